// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace limber {

/// How the tray icon looks: a ring that fills towards the next break, an attention
/// look when the break is due, a muted look with pause bars when reminders are held.
enum class TrayLook
{
    Progress,
    Due,
    Paused
};

/// The icon, drawn at whatever size a tray asks for (it offers the usual tray sizes,
/// kTrayIconSizes) and keeping no pixmap. `progress` is 0..1 of the work interval.
QIcon drawTrayIcon(TrayLook look, double progress);
inline constexpr int kTrayIconSizes[] = {16, 22, 24, 32, 48, 64};

/// The progress rounded to the steps the ring shows, so the icon is only redrawn
/// when a person could see a difference.
int trayProgressStep(double progress);
inline constexpr int kTrayProgressSteps = 24;

} // namespace limber
