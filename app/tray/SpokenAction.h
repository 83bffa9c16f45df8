// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace limber {

/// A menu entry that a screen reader names differently from how it looks: the week
/// line draws one symbol per day, and a reader should say "Mon done, Tue missed, …"
/// instead of "black circle, white circle". Only a QMenu (the XEmbed tray) can do
/// this; over com.canonical.dbusmenu (StatusNotifierItem) the host reads the label.
class SpokenAction : public QAction
{
    Q_OBJECT
public:
    using QAction::QAction;

    void setSpokenText(const QString &text) { m_spoken = text; }
    QString spokenText() const { return m_spoken; }

    /// Makes Qt's accessibility use the spoken text as the entry's name. Once per
    /// process, before the menu is first shown.
    static void installAccessibility();

private:
    QString m_spoken;
};

} // namespace limber
