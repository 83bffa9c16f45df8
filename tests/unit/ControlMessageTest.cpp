// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ControlMessage.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using Cmd = ControlRequest::Command;

namespace {

TEST(ControlMessage, RequestsRoundTrip)
{
    for (const Cmd c : {Cmd::Activate, Cmd::BreakNow, Cmd::Resume, Cmd::Quit, Cmd::Status,
                        Cmd::Stats, Cmd::Settings, Cmd::History, Cmd::Exercises}) {
        ControlRequest r;
        r.command = c;
        r.json = c == Cmd::Status || c == Cmd::Stats;
        QString error;
        const auto back = ControlRequest::decode(r.encode().trimmed(), &error);
        ASSERT_TRUE(back) << qPrintable(error);
        EXPECT_EQ(back->command, c);
        EXPECT_EQ(back->json, r.json);
    }
    ControlRequest snooze{Cmd::Snooze, 15, false};
    QString error;
    const auto back = ControlRequest::decode(snooze.encode(), &error);
    ASSERT_TRUE(back) << qPrintable(error);
    EXPECT_EQ(back->minutes, 15);
}

TEST(ControlMessage, WindowCommandsHaveTheirWordsAndTakeNothingElse)
{
    QString error;
    const auto settings = ControlRequest::decode(R"({"v":1,"command":"settings"})", &error);
    ASSERT_TRUE(settings) << qPrintable(error);
    EXPECT_EQ(settings->command, Cmd::Settings);
    const auto history = ControlRequest::decode(R"({"v":1,"command":"history"})", &error);
    ASSERT_TRUE(history) << qPrintable(error);
    EXPECT_EQ(history->command, Cmd::History);
    EXPECT_EQ(toString(Cmd::Settings), u"settings"_s);
    EXPECT_EQ(toString(Cmd::History), u"history"_s);

    for (const QByteArray &line : {QByteArray(R"({"v":1,"command":"settings","minutes":5})"),
                                   QByteArray(R"({"v":1,"command":"history","page":"x"})"),
                                   QByteArray(R"({"v":1,"command":"Settings"})"),
                                   QByteArray(R"({"v":1,"command":"history ","json":1})")}) {
        EXPECT_FALSE(ControlRequest::decode(line, &error)) << line.constData();
        EXPECT_FALSE(error.isEmpty());
    }
}

TEST(ControlMessage, HostileRequestsAreRejectedWithAReason)
{
    const QByteArray bad[] = {
        "",
        "not json",
        "[1,2,3]",
        R"({"v":2,"command":"status"})",
        R"({"v":1,"command":"format-disk"})",
        R"({"v":1,"command":"snooze"})",
        R"({"v":1,"command":"snooze","minutes":0})",
        R"({"v":1,"command":"snooze","minutes":1441})",
        R"({"v":1,"command":"pause","minutes":2.5})",
        R"({"v":1,"command":"pause","minutes":"10"})",
        R"({"v":1,"command":"quit","minutes":5})",
        R"({"v":1,"command":"status","json":"yes"})",
        R"({"v":1,"command":"status","extra":1})",
        QByteArray(R"({"v":1,"command":"status","x":")") + QByteArray(5000, 'a') + "\"}",
    };
    for (const QByteArray &line : bad) {
        QString error;
        EXPECT_FALSE(ControlRequest::decode(line, &error)) << line.left(80).constData();
        EXPECT_FALSE(error.isEmpty());
    }
}

TEST(ControlMessage, ResponsesRoundTrip)
{
    const ControlResponse r{3, u"Limber is not running\nline two"_s};
    QString error;
    const auto back = ControlResponse::decode(r.encode().trimmed(), &error);
    ASSERT_TRUE(back) << qPrintable(error);
    EXPECT_EQ(back->exitCode, 3);
    EXPECT_EQ(back->output, r.output);
    EXPECT_FALSE(ControlResponse::decode(R"({"v":1,"exit":"x"})", &error));
}

} // namespace
