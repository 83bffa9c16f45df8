// SPDX-License-Identifier: GPL-3.0-or-later
// The tray icon's art: every size a tray asks for, a ring that shows the progress, and
// no pixmap left behind however often the ring moves on (a tray daemon redraws it all
// day; tests/bench/soak.py watches the same over a simulated month).
#include "app/tray/TrayIconArt.h"

#include <QImage>
#include <QPainter>
#include <QPixmapCache>

#include <gtest/gtest.h>

#include <malloc.h>

using namespace limber;

namespace {

int opaquePixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
    return n;
}

/// What a tray does with an icon: the XEmbed tray paints it into its window, the
/// StatusNotifierItem code asks for a pixmap of each size it offers.
QImage useLikeATray(const QIcon &icon, int side = 22)
{
    QImage window(side, side, QImage::Format_ARGB32_Premultiplied);
    window.fill(Qt::transparent);
    QPainter painter(&window);
    icon.paint(&painter, window.rect());
    painter.end();
    for (const QSize &size : icon.availableSizes())
        (void)icon.pixmap(size);
    return window;
}

} // namespace

TEST(TrayIconArt, OffersTheUsualTraySizesAndDrawsEachExactly)
{
    const QIcon icon = drawTrayIcon(TrayLook::Progress, 0.5);
    const QList<QSize> sizes = icon.availableSizes();
    ASSERT_EQ(sizes.size(), std::size(kTrayIconSizes));
    for (const QSize &size : sizes) {
        const QPixmap pixmap = icon.pixmap(size);
        EXPECT_EQ(pixmap.size(), size);
        EXPECT_GT(opaquePixels(pixmap.toImage()), size.width()) << size.width();
    }
    EXPECT_EQ(icon.pixmap(QSize(40, 40)).size(), QSize(40, 40)) << "any size, drawn sharp";
}

TEST(TrayIconArt, TheRingShowsTheProgressAndEachLookDiffers)
{
    const QImage empty = useLikeATray(drawTrayIcon(TrayLook::Progress, 0.0), 32);
    const QImage half = useLikeATray(drawTrayIcon(TrayLook::Progress, 0.5), 32);
    const QImage due = useLikeATray(drawTrayIcon(TrayLook::Due, 1.0), 32);
    const QImage paused = useLikeATray(drawTrayIcon(TrayLook::Paused, 0.5), 32);
    EXPECT_NE(empty, half);
    EXPECT_NE(half, due);
    EXPECT_NE(half, paused);
    EXPECT_GT(opaquePixels(due), opaquePixels(half)) << "the due look is a filled disc";
    EXPECT_EQ(trayProgressStep(0.0), 0);
    EXPECT_EQ(trayProgressStep(1.0), kTrayProgressSteps);
    EXPECT_EQ(trayProgressStep(1.7), kTrayProgressSteps);
}

// Every step of the ring is a new QIcon. Built from pixmaps, each left a scaled copy in
// QPixmapCache; drawn on demand, nothing stays behind.
TEST(TrayIconArt, RedrawingTheRingAllDayLeavesNothingBehind)
{
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "the sanitizer's allocator does not report heap use through mallinfo2";
#else
    QPixmapCache::setCacheLimit(10 * 1024); // Qt's default: room to hoard
    auto redraw = [](int icons) {
        for (int i = 0; i < icons; ++i)
            useLikeATray(drawTrayIcon(TrayLook::Progress, (i % 97) / 97.0));
    };
    redraw(50); // Qt's own first-use allocations
    const size_t before = mallinfo2().uordblks;
    redraw(1000);
    const size_t after = mallinfo2().uordblks;
    EXPECT_LT(after, before + 64 * 1024)
        << "1000 ring steps kept " << (after - before) / 1024 << " KiB on the heap";
#endif
}
