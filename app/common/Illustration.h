// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The seam between the break window and what illustrates an exercise (the animated
// figure): the break window asks a factory for a widget and tells it about pauses and
// sides; neither knows the other's classes.

#include "core/RoutinePlanner.h"

#include <QWidget>

#include <functional>

namespace limber {

/// Makes the widget that illustrates an exercise at the dose the routine planned (e.g.
/// an animated figure), as a child of `parent`. May return nullptr: the frame then
/// shows its placeholder.
using IllustrationFactory = std::function<QWidget *(const PlannedExercise &, QWidget *parent)>;

/// What an illustration that moves wants to hear as the exercise runs. Optional: a
/// widget the factory made may implement it besides QWidget.
class IllustrationControl
{
public:
    virtual ~IllustrationControl() = default;
    /// The break is paused: hold still where it is; resumed: go on from there.
    virtual void setPaused(bool paused) = 0;
    /// An exercise done on each side has reached its second half: show the other side.
    virtual void setSecondSide(bool second) = 0;
};

} // namespace limber
