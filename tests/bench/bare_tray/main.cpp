// SPDX-License-Identifier: GPL-3.0-or-later
// The least a Qt 6 tray program can be: the floor for Limber's footprint benchmarks
// and the subject the end-to-end harness (tests/e2e) is validated with.
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);

    // Drawn, not loaded from an icon theme, so it looks the same on every machine.
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xff, 0xc1, 0x07), 8));
    painter.setBrush(QColor(0x2e, 0x7d, 0x32));
    painter.drawEllipse(6, 6, 52, 52);
    painter.end();

    QMenu menu;
    menu.addAction(u"Quit"_s, &app, &QApplication::quit);
    QSystemTrayIcon tray{QIcon(pixmap)};
    tray.setToolTip(u"limber_bare_tray"_s);
    tray.setContextMenu(&menu);
    tray.show();
    return QApplication::exec();
}
