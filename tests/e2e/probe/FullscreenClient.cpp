// SPDX-License-Identifier: GPL-3.0-or-later
// limber_fullscreen_client: a window that goes fullscreen (QWidget::showFullScreen), as a
// presentation or a video player does, for the end-to-end tests of the fullscreen hold.
// Prints "shown" once the window is exposed; runs until stopped.
#include <QApplication>
#include <QPalette>
#include <QTimer>
#include <QWidget>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Fullscreen test client"));
    window.setAutoFillBackground(true);
    window.showFullScreen();
    QTimer::singleShot(0, &window, [] {
        std::puts("shown");
        std::fflush(stdout);
    });
    return QApplication::exec();
}
