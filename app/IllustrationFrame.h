// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exercise.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

namespace limber {

/// Makes the widget that illustrates an exercise (e.g. an animated figure), as a child
/// of `parent`. May return nullptr: the frame then shows its placeholder.
using IllustrationFactory = std::function<QWidget *(const Exercise &, QWidget *parent)>;

/// The break window's picture of the current exercise: a frame of a fixed 4:3 shape,
/// sized from the font so it grows with it, holding the widget an IllustrationFactory
/// made for the exercise, or a placeholder naming the position and the equipment.
///
/// The content fills the frame. It is shown only while the frame is on screen and the
/// break runs in a visible window: setContentVisible(false) hides it (the window is
/// hidden, minimised or the break is over), so an animation gets a QHideEvent and can
/// stop, and a QShowEvent when it may run again. A new exercise replaces (deletes) it.
class IllustrationFrame : public QWidget
{
    Q_OBJECT
public:
    explicit IllustrationFrame(QWidget *parent = nullptr);

    /// Replaces the factory and rebuilds the content for the current exercise.
    void setFactory(IllustrationFactory factory);
    void setExercise(const Exercise &exercise);
    void setContentVisible(bool visible);
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
    std::optional<Exercise> m_exercise;
    QPointer<QWidget> m_content;
    bool m_contentVisible = true;
};

} // namespace limber
