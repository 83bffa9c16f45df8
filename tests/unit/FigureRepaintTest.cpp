// SPDX-License-Identifier: GPL-3.0-or-later
// The animated figure repaints only what moved, a whole pixel at a time, and what is on
// screen after many partial frames is the picture a full repaint gives.
#include "app/figure/ExerciseFigureView.h"
#include "tests/support/FigureTestHelpers.h"

#include <QImage>
#include <QPaintEvent>
#include <QScreen>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;

class FigureRepaintTest : public BuiltInExercises
{
};

namespace {

/// Records the rectangles a widget is asked to paint.
class PaintRecorder : public QObject
{
public:
    QList<QRect> rects;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            rects << static_cast<QPaintEvent *>(event)->rect();
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

TEST_F(FigureRepaintTest, EachFrameRepaintsOnlyWhatMovedAndLeavesNoTrail)
{
    // Wall angels move the arms; the legs and most of the wall hold still, so a frame
    // repaints a part of the view (the figure is most of a break's CPU).
    ExerciseFigureView view;
    view.resize(480, 360);
    view.setExercise(exercise("wall-angels"));
    PaintRecorder recorder;
    view.installEventFilter(&recorder);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setAnimationSeconds(0.6); // the arms sweep up
    QTest::qWait(ExerciseFigureView::kFrameIntervalMs * 12);
    view.setPaused(true);
    QCoreApplication::processEvents();
    ASSERT_GT(recorder.rects.size(), 5) << "frames were painted";
    const int whole = view.width() * view.height();
    int partial = 0;
    for (const QRect &r : std::as_const(recorder.rects))
        partial += r.width() * r.height() < whole / 2 ? 1 : 0;
    EXPECT_GT(partial, recorder.rects.size() / 2) << "most frames repaint under half the view";
    // What is on screen, built from those partial frames, is the picture a full repaint
    // of the same frame gives: nothing that moved away was left behind.
    const QImage onScreen =
        view.screen()->grabWindow(view.winId()).toImage().convertToFormat(QImage::Format_RGB32);
    const QImage full = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    ASSERT_EQ(onScreen.size(), full.size());
    int differing = 0;
    for (int y = 0; y < full.height(); ++y)
        for (int x = 0; x < full.width(); ++x)
            differing += onScreen.pixel(x, y) != full.pixel(x, y) ? 1 : 0;
    EXPECT_EQ(differing, 0);
    saveArtifact(onScreen, u"wall-angels-after-partial-frames.png"_s);
}

TEST_F(FigureRepaintTest, AFrameThatWouldMoveLessThanAPixelIsSkipped)
{
    // The same movement in a large view and in a thumbnail: there, most ticks move the
    // figure by less than a pixel and are not painted.
    auto paintsIn = [this](QSize size) {
        ExerciseFigureView view;
        view.resize(size);
        view.setExercise(exercise("wall-angels"));
        PaintRecorder recorder;
        view.installEventFilter(&recorder);
        view.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&view));
        view.setAnimationSeconds(0.6);
        QCoreApplication::processEvents();
        recorder.rects.clear();
        QTest::qWait(ExerciseFigureView::kFrameIntervalMs * 15);
        return recorder.rects.size();
    };
    const qsizetype large = paintsIn({480, 360});
    const qsizetype thumbnail = paintsIn({24, 18});
    EXPECT_GE(large, 10) << "about one a tick";
    EXPECT_LE(thumbnail * 2, large);
    EXPECT_GE(thumbnail, 1) << "it still moves, in whole steps";
}
