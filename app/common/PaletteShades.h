// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace limber::shades {

/// `a` moved `share` of the way towards `b`.
inline QColor blend(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - share) + b.redF() * share),
                            static_cast<float>(a.greenF() * (1 - share) + b.greenF() * share),
                            static_cast<float>(a.blueF() * (1 - share) + b.blueF() * share));
}

/// The empty part of a ring or bar: a little darker than the window in a light
/// palette, a little lighter in a dark one.
inline QColor track(const QPalette &p)
{
    return blend(p.color(QPalette::Window), p.color(QPalette::WindowText), 0.14);
}

/// The background of a note: barely off the window colour.
inline QColor panel(const QPalette &p)
{
    return blend(p.color(QPalette::Window), p.color(QPalette::WindowText), 0.06);
}

/// A hairline border.
inline QColor border(const QPalette &p)
{
    return blend(p.color(QPalette::Window), p.color(QPalette::WindowText), 0.25);
}

} // namespace limber::shades
