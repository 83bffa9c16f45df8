// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/common/Illustration.h"
#include "core/RoutinePlanner.h"

#include <QPointer>
#include <QWidget>

#include <optional>

namespace limber {

/// The picture of an exercise (the break window's current one, the Exercises window's
/// chosen one): a frame of a fixed 4:3 shape, sized from the font so it grows with it,
/// holding the widget an IllustrationFactory made for the exercise, or a placeholder
/// naming the position and the equipment.
///
/// The content fills the frame. It is shown only while the frame is on screen and the
/// break runs in a visible window: setContentVisible(false) hides it (the window is
/// hidden, minimised or the break is over), so an animation gets a QHideEvent and can
/// stop, and a QShowEvent when it may run again. A new exercise replaces (deletes) it.
/// Pause and the side being worked reach content that implements IllustrationControl.
class IllustrationFrame : public QWidget
{
    Q_OBJECT
public:
    explicit IllustrationFrame(QWidget *parent = nullptr);

    /// Replaces the factory and rebuilds the content for the current exercise.
    void setFactory(IllustrationFactory factory);
    void setExercise(const PlannedExercise &exercise);
    void setContentVisible(bool visible);
    void setPaused(bool paused);
    void setSecondSide(bool second);
    /// The factory's widget or the placeholder; nullptr before the first exercise.
    QWidget *content() const { return m_content; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    QRect contentRect() const;

    IllustrationFactory m_factory;
    IllustrationControl *control() const;

    std::optional<PlannedExercise> m_exercise;
    QPointer<QWidget> m_content;
    bool m_contentVisible = true;
    bool m_paused = false;
    bool m_secondSide = false;
};

} // namespace limber
