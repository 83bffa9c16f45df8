// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Notifier.h"

#include <QList>

namespace limber::test {

/// A notifier that keeps what it was asked to show; `available` says whether a
/// notification server "runs". invoke() plays the person's click on an action.
class RecordingNotifier final : public Notifier
{
    Q_OBJECT
public:
    explicit RecordingNotifier(bool available = true)
        : m_available(available)
    {
    }

    QString name() const override { return QStringLiteral("recording"); }
    bool isAvailable() const override { return m_available; }
    void showReminder(const ReminderNotice &notice) override
    {
        reminders.append(notice);
        showing = true;
    }
    void closeReminder() override
    {
        showing = false;
        ++closed;
    }
    void showMessage(const QString &title, const QString &body) override
    {
        messages.append({title, body});
    }
    void invoke(ReminderAction action) { emit actionInvoked(action); }

    QList<ReminderNotice> reminders;
    QList<std::pair<QString, QString>> messages;
    bool showing = false;
    int closed = 0;

private:
    bool m_available;
};

} // namespace limber::test
