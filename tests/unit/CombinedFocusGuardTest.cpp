// SPDX-License-Identifier: GPL-3.0-or-later
// Several reasons to hold reminders at once: the combined guard holds while any holds
// and names the ones that have something to go on.
#include "platform/CombinedFocusGuard.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <optional>

using namespace Qt::StringLiterals;

using namespace limber;

namespace {

class SwitchGuard final : public FocusGuard
{
public:
    explicit SwitchGuard(QString name)
        : m_name(std::move(name))
    {
    }
    QString name() const override { return m_name; }
    FocusHold hold() const override { return m_hold; }
    void set(bool holding, FocusHold why = FocusHold::DoNotDisturb)
    {
        m_hold = holding ? why : FocusHold::None;
        emit holdingChanged(holding);
    }
    void rename(const QString &name) { m_name = name; }
    void setCallSignals(const CallSignals &enabled) override { signalsGiven = enabled; }
    QStringList problems() const override { return problemsNow; }

    std::optional<CallSignals> signalsGiven;
    QStringList problemsNow;

private:
    QString m_name;
    FocusHold m_hold = FocusHold::None;
};

struct Guards
{
    SwitchGuard *inhibit;
    SwitchGuard *dnd;
    std::unique_ptr<CombinedFocusGuard> combined;
};

Guards makeGuards()
{
    auto inhibit = std::make_unique<SwitchGuard>(u"inhibit"_s);
    auto dnd = std::make_unique<SwitchGuard>(u"none"_s);
    Guards guards{inhibit.get(), dnd.get(), nullptr};
    std::vector<std::unique_ptr<FocusGuard>> list;
    list.push_back(std::move(inhibit));
    list.push_back(std::move(dnd));
    guards.combined = std::make_unique<CombinedFocusGuard>(std::move(list));
    return guards;
}

TEST(CombinedFocusGuardTest, HoldsWhileAnyHolds)
{
    Guards g = makeGuards();
    QSignalSpy holding(g.combined.get(), &FocusGuard::holdingChanged);
    EXPECT_FALSE(g.combined->isHolding());
    g.dnd->set(true);
    EXPECT_TRUE(g.combined->isHolding());
    g.inhibit->set(true);
    g.dnd->set(false);
    EXPECT_TRUE(g.combined->isHolding()) << "the inhibition still holds";
    g.inhibit->set(false);
    EXPECT_FALSE(g.combined->isHolding());
    ASSERT_EQ(holding.size(), 2) << "one signal per change of the whole, not per guard";
    EXPECT_TRUE(holding.at(0).at(0).toBool());
    EXPECT_FALSE(holding.at(1).at(0).toBool());
}

TEST(CombinedFocusGuardTest, NamesTheGuardsThatHaveSomethingToGoOn)
{
    Guards g = makeGuards();
    EXPECT_EQ(g.combined->name(), u"inhibit"_s);
    g.dnd->rename(u"gnome-dnd"_s);
    EXPECT_EQ(g.combined->name(), u"inhibit+gnome-dnd"_s);
    g.inhibit->rename(u"none"_s);
    EXPECT_EQ(g.combined->name(), u"gnome-dnd"_s);
    g.dnd->rename(u"none"_s);
    EXPECT_EQ(g.combined->name(), u"none"_s);
}

TEST(CombinedFocusGuardTest, AFullscreenWindowOutranksDoNotDisturb)
{
    Guards g = makeGuards();
    QSignalSpy changes(g.combined.get(), &FocusGuard::holdingChanged);
    g.dnd->set(true);
    EXPECT_EQ(g.combined->hold(), FocusHold::DoNotDisturb);
    g.inhibit->set(true, FocusHold::Fullscreen);
    EXPECT_EQ(g.combined->hold(), FocusHold::Fullscreen);
    g.inhibit->set(false);
    EXPECT_EQ(g.combined->hold(), FocusHold::DoNotDisturb);
    EXPECT_EQ(changes.count(), 3) << "a change of reason is a change too";
}

} // namespace

TEST(CombinedFocusGuard, PassesThePrivacySwitchesToEachAndJoinsTheirProblems)
{
    Guards guards = makeGuards();
    const CallSignals noMicrophone{.camera = true, .microphone = false, .screenSharing = true};
    guards.combined->setCallSignals(noMicrophone);
    EXPECT_EQ(guards.inhibit->signalsGiven, noMicrophone);
    EXPECT_EQ(guards.dnd->signalsGiven, noMicrophone);

    EXPECT_TRUE(guards.combined->problems().isEmpty());
    guards.inhibit->problemsNow = {u"no_pipewire"_s};
    guards.dnd->problemsNow = {u"no_pipewire"_s, u"other"_s};
    EXPECT_EQ(guards.combined->problems(), (QStringList{u"no_pipewire"_s, u"other"_s}));
}
