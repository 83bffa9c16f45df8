// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/InhibitFocusGuard.h"

#include "platform/linux/NotificationInhibitWatcher.h"

using namespace Qt::StringLiterals;

namespace limber {

InhibitFocusGuard::InhibitFocusGuard(QDBusConnection bus, QObject *parent)
    : FocusGuard(parent)
    , m_inhibit(new NotificationInhibitWatcher(std::move(bus), this))
{
    connect(m_inhibit, &NotificationInhibitWatcher::inhibitedChanged, this,
            &FocusGuard::holdingChanged);
}

QString InhibitFocusGuard::name() const
{
    return m_inhibit->isSupported() ? u"inhibit"_s : u"none"_s;
}

FocusHold InhibitFocusGuard::hold() const
{
    return m_inhibit->isInhibited() ? FocusHold::DoNotDisturb : FocusHold::None;
}

} // namespace limber
