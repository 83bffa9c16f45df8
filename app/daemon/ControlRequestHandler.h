// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ControlMessage.h"

#include <QCoreApplication>

namespace limber {

class DaemonActions;

/// The daemon's answers to the control socket (`limber --break-now`, `--status`, ...;
/// docs/CLI.md): each request becomes an action, answered in words or JSON.
class ControlRequestHandler
{
    Q_DECLARE_TR_FUNCTIONS(limber::ControlRequestHandler)
public:
    explicit ControlRequestHandler(DaemonActions &actions)
        : m_actions(actions)
    {
    }

    ControlResponse handle(const ControlRequest &request);

private:
    DaemonActions &m_actions;
};

} // namespace limber
