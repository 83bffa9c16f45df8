// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/daemon/TrayOfferPolicy.h"

#include "app/daemon/WindowPresenter.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTrayOffer, "limber.app.tray", QtInfoMsg)

namespace limber {

TrayOfferPolicy::TrayOfferPolicy(bool statusNotifierHost, ShellExtensions &extensions,
                                 WindowPresenter &windows, QObject *parent)
    : QObject(parent)
    , m_statusNotifierHost(statusNotifierHost)
    , m_extensions(extensions)
    , m_windows(windows)
{
    connect(&m_extensions, &ShellExtensions::changed, this, &TrayOfferPolicy::update);
    connect(&m_extensions, &ShellExtensions::enableFailed, this, [this](const QString &why) {
        qCWarning(lcTrayOffer) << "the shell did not turn its tray extension on:" << why;
        emit failed(tr("The top bar extension could not be turned on"),
                    tr("GNOME Shell said: %1").arg(why));
    });
    connect(&m_windows, &WindowPresenter::enableTrayRequested, &m_extensions,
            &ShellExtensions::enableTrayExtension);
    connect(&m_windows, &WindowPresenter::restartRequested, this,
            &TrayOfferPolicy::restartRequested);
    update();
}

TrayOffer TrayOfferPolicy::offerFor(bool statusNotifierHost, TrayExtensionState state)
{
    if (statusNotifierHost)
        return TrayOffer::None; // the icon is there
    switch (state) {
    case TrayExtensionState::Disabled:
        return TrayOffer::ShowInTopBar;
    case TrayExtensionState::Enabled:
        return TrayOffer::RestartToShow;
    case TrayExtensionState::Unknown:
    case TrayExtensionState::NotInstalled:
    case TrayExtensionState::Failed:
        break;
    }
    return TrayOffer::None;
}

void TrayOfferPolicy::update()
{
    const TrayExtensionState state = m_extensions.trayExtension();
    qCDebug(lcTrayOffer) << "tray extension:" << trayExtensionStateName(state);
    m_windows.setTrayOffer(offerFor(m_statusNotifierHost, state));
}

} // namespace limber
