// SPDX-License-Identifier: GPL-3.0-or-later
// The in-place JSON reader of the sync journals: what it reads, what it refuses, and
// that it calls JSON what QtCore's reader calls JSON.
#include "core/JsonScanner.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using limber::json::Scanner;

namespace {

/// Everything in `text` skipped as one value: is it JSON?
bool isJson(QByteArrayView text)
{
    Scanner s(text);
    return s.skip() && s.atEnd();
}

bool qtCallsItJson(const QByteArray &text)
{
    QJsonParseError error{};
    QJsonDocument::fromJson(text, &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

TEST(JsonScanner, ReadsMembersAndItemsInOrder)
{
    Scanner s(R"( {"a": "x", "n": -12.5e1, "list": [[1, "y"], []], "skip": {"t": [true, null]}} )");
    ASSERT_TRUE(s.beginObject());
    QString key;
    QString text;
    double number = 0;
    ASSERT_TRUE(s.nextMember(&key));
    EXPECT_EQ(key, u"a"_s);
    ASSERT_TRUE(s.string(&text));
    EXPECT_EQ(text, u"x"_s);
    ASSERT_TRUE(s.nextMember(&key));
    ASSERT_TRUE(s.number(&number));
    EXPECT_EQ(number, -125.0);
    ASSERT_TRUE(s.nextMember(&key));
    EXPECT_EQ(key, u"list"_s);
    ASSERT_EQ(s.peek(), Scanner::Kind::Array);
    ASSERT_TRUE(s.beginArray());
    ASSERT_TRUE(s.nextItem());
    ASSERT_TRUE(s.beginArray());
    ASSERT_TRUE(s.nextItem());
    ASSERT_TRUE(s.number(&number));
    EXPECT_EQ(number, 1.0);
    ASSERT_TRUE(s.nextItem());
    ASSERT_TRUE(s.string(&text));
    EXPECT_EQ(text, u"y"_s);
    EXPECT_FALSE(s.nextItem()); // "]" of [1, "y"]
    ASSERT_TRUE(s.nextItem());
    ASSERT_TRUE(s.beginArray());
    EXPECT_FALSE(s.nextItem()); // the empty one
    EXPECT_FALSE(s.nextItem()); // the outer list
    ASSERT_TRUE(s.nextMember(&key));
    EXPECT_EQ(key, u"skip"_s);
    ASSERT_TRUE(s.skip());
    EXPECT_FALSE(s.nextMember(&key));
    EXPECT_FALSE(s.failed());
    EXPECT_TRUE(s.atEnd());
}

TEST(JsonScanner, UnescapesStringsIntoUnicode)
{
    const auto read = [](QByteArrayView json) {
        Scanner s(json);
        QString text;
        EXPECT_TRUE(s.string(&text)) << json.toByteArray().constData();
        return text;
    };
    EXPECT_EQ(read(R"("a\"b\\c\/d\n\t")"), u"a\"b\\c/d\n\t"_s);
    EXPECT_EQ(read(R"("caf\u00e9 na\u00EFve")"), u"café naïve"_s);
    EXPECT_EQ(read("\"Bürostuhl\""), u"Bürostuhl"_s);
    EXPECT_EQ(read(R"("\ud83d\ude00")"), u"😀"_s);
    EXPECT_EQ(read(R"("\ud83d!")"), u"\uFFFD!"_s); // half a pair
}

TEST(JsonScanner, RefusesWhatIsNotJson)
{
    for (const char *text : {"",
                             "{",
                             "{\"a\"}",
                             "{\"a\":}",
                             "{\"a\":1,}",
                             "[1,]",
                             "[1 2]",
                             "01",
                             "1.",
                             "-",
                             ".5",
                             "1e",
                             "\"open",
                             "\"tab\there\"",
                             "\"\\x\"",
                             "\"\\u12\"",
                             "tru",
                             "nul",
                             "{} x",
                             "{}{}",
                             "{'a':1}",
                             "[1e999]",
                             "\"\xff\xfe\"",
                             "{\"a\":1 \"b\":2}"}) {
        EXPECT_FALSE(isJson(text)) << text;
        EXPECT_FALSE(qtCallsItJson(text) && QByteArrayView(text).startsWith('{')) << text;
    }
    QByteArray deep(100, '[');
    deep += QByteArray(100, ']');
    EXPECT_FALSE(isJson(deep)) << "nesting is bounded";
}

TEST(JsonScanner, AgreesWithQtCoreOnWhatIsAnObject)
{
    for (const char *text :
         {"{}", " {\"a\" : [ ] } ", "{\"a\":{\"b\":{\"c\":[1,-0,0.5,2E+3,true,false,null]}}}",
          "{\"a\":\"\\u0000\"}", "{\"a\":1}\n", "{\"a\":\"é\"}", "{\"a\":[{}]}"}) {
        EXPECT_TRUE(isJson(text)) << text;
        EXPECT_TRUE(qtCallsItJson(text)) << text;
    }
}
