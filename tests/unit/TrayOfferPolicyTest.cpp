// SPDX-License-Identifier: GPL-3.0-or-later
// What Today offers about Limber's icon, for each state of GNOME's tray extension.
#include "app/daemon/TrayOfferPolicy.h"

#include <gtest/gtest.h>

using namespace limber;

namespace {

TEST(TrayOfferPolicyTest, AnIconOverStatusNotifierItemNeedsNoOffer)
{
    for (TrayExtensionState state :
         {TrayExtensionState::Unknown, TrayExtensionState::NotInstalled,
          TrayExtensionState::Disabled, TrayExtensionState::Enabled, TrayExtensionState::Failed})
        EXPECT_EQ(TrayOfferPolicy::offerFor(true, state), TrayOffer::None)
            << trayExtensionStateName(state).toStdString();
}

TEST(TrayOfferPolicyTest, WithoutAnIconTheOfferFollowsTheExtension)
{
    EXPECT_EQ(TrayOfferPolicy::offerFor(false, TrayExtensionState::Disabled),
              TrayOffer::ShowInTopBar);
    EXPECT_EQ(TrayOfferPolicy::offerFor(false, TrayExtensionState::Enabled),
              TrayOffer::RestartToShow)
        << "Qt made its tray icon before there was a tray: only a new process shows one";
    EXPECT_EQ(TrayOfferPolicy::offerFor(false, TrayExtensionState::NotInstalled), TrayOffer::None);
    EXPECT_EQ(TrayOfferPolicy::offerFor(false, TrayExtensionState::Failed), TrayOffer::None);
    EXPECT_EQ(TrayOfferPolicy::offerFor(false, TrayExtensionState::Unknown), TrayOffer::None)
        << "nothing is said before the shell answered";
}

} // namespace
