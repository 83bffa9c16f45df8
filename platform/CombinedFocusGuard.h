// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/FocusGuard.h"

#include <memory>
#include <vector>

namespace limber {

/// Several reasons to hold reminders at once (a fullscreen window, the notification
/// server's Inhibited property, the desktop's do-not-disturb setting): holds while any of
/// its guards holds, for the strongest of their reasons. Its name joins theirs with '+'
/// ("inhibit+gnome-dnd"), leaving out the ones that have nothing to go on ("none"); "none" when
/// none has.
class CombinedFocusGuard final : public FocusGuard
{
    Q_OBJECT
public:
    explicit CombinedFocusGuard(std::vector<std::unique_ptr<FocusGuard>> guards,
                                QObject *parent = nullptr);
    ~CombinedFocusGuard() override;

    QString name() const override;
    FocusHold hold() const override { return m_hold; }
    void setCallSignals(const CallSignals &enabled) override;
    QStringList problems() const override;

private:
    void update();

    std::vector<std::unique_ptr<FocusGuard>> m_guards;
    FocusHold m_hold = FocusHold::None;
};

} // namespace limber
