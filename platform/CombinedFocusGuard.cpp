// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/CombinedFocusGuard.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace limber {

CombinedFocusGuard::CombinedFocusGuard(std::vector<std::unique_ptr<FocusGuard>> guards,
                                       QObject *parent)
    : FocusGuard(parent)
    , m_guards(std::move(guards))
{
    for (const auto &guard : m_guards)
        connect(guard.get(), &FocusGuard::holdingChanged, this, &CombinedFocusGuard::update);
    update();
}

CombinedFocusGuard::~CombinedFocusGuard() = default;

QString CombinedFocusGuard::name() const
{
    QStringList names;
    for (const auto &guard : m_guards) {
        const QString name = guard->name();
        if (name != u"none"_s)
            names << name;
    }
    return names.isEmpty() ? u"none"_s : names.join(u'+');
}

void CombinedFocusGuard::setCallSignals(const CallSignals &enabled)
{
    for (const auto &guard : m_guards)
        guard->setCallSignals(enabled);
}

QStringList CombinedFocusGuard::problems() const
{
    QStringList all;
    for (const auto &guard : m_guards)
        all << guard->problems();
    all.removeDuplicates();
    return all;
}

void CombinedFocusGuard::update()
{
    FocusHold strongest = FocusHold::None;
    for (const auto &guard : m_guards) {
        const FocusHold hold = guard->hold();
        if (strongest == FocusHold::None || (hold != FocusHold::None && hold < strongest))
            strongest = hold;
    }
    if (strongest == m_hold)
        return;
    m_hold = strongest;
    emit holdingChanged(isHolding());
}

} // namespace limber
