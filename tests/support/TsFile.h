// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading Qt Linguist .ts files in tests, and what lupdate finds in the sources now.
#include "tests/support/TempDir.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace limber::test {

using namespace Qt::StringLiterals;

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished" ...
    QStringList forms;
};

/// Every message of a .ts file, read with QXmlStreamReader.
inline QList<Message> readTs(const QString &path, QString *language)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == "message"_L1)
                messages << current;
            continue;
        }
        const auto name = xml.name();
        if (name == "TS"_L1) {
            *language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            current.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            current.type = xml.attributes().value("type"_L1).toString();
            if (!current.numerus)
                current.forms << xml.readElementText();
        } else if (name == "numerusform"_L1) {
            current.forms << xml.readElementText();
        }
    }
    EXPECT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    return messages;
}

/// %1 … %99 and %n in a text, as a set.
inline QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (const auto &match : re.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

inline QString describe(const Message &m)
{
    return m.context + u" | "_s + m.source;
}

/// What lupdate finds in the sources today (only the plural forms with `pluralOnly`, as
/// for limber_en.ts); empty and a test failure when it cannot run.
inline QList<Message> lupdateSources(const TempDir &dir, bool pluralOnly)
{
    const QString fresh = dir.file(u"fresh.ts"_s);
    QStringList args{u"-silent"_s,
                     u"-locations"_s,
                     u"none"_s,
                     u"-no-obsolete"_s,
                     u"-extensions"_s,
                     u"cpp,h"_s,
                     u"-I"_s,
                     QStringLiteral(LIMBER_SOURCE_ROOT),
                     u"app"_s,
                     u"core"_s,
                     u"platform"_s,
                     u"-ts"_s,
                     fresh};
    if (pluralOnly)
        args << u"-pluralonly"_s;
    QProcess p;
    p.setWorkingDirectory(QStringLiteral(LIMBER_SOURCE_ROOT));
    p.start(QStringLiteral(LIMBER_LUPDATE), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().constData();
    QString language;
    return readTs(fresh, &language);
}

inline bool haveLupdate()
{
    const QString lupdate = QStringLiteral(LIMBER_LUPDATE);
    return !lupdate.isEmpty() && QFileInfo::exists(lupdate);
}

inline QSet<QString> knownIn(const QString &tsFile)
{
    QString language;
    QSet<QString> known;
    for (const Message &m : readTs(tsFile, &language))
        known.insert(describe(m) + u'|' + m.comment);
    return known;
}

} // namespace limber::test
