// SPDX-License-Identifier: GPL-3.0-or-later
// Each translation file (.ts), checked the same way: complete, its placeholders and
// plural forms intact, built into the executable, and holding every string the sources
// have today (lupdate runs over them). English holds only the plural forms.
#include "app/common/Translations.h"
#include "tests/support/TempDir.h"
#include "tests/support/TsFile.h"

#include <QTranslator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace limber;
using namespace limber::test;

namespace {

struct Language
{
    QString language;   ///< the file's: limber_<language>.ts
    QString tsLanguage; ///< the <TS language="…"> attribute
};

void PrintTo(const Language &l, std::ostream *os)
{
    *os << qPrintable(l.language);
}

class TsFileTest : public ::testing::TestWithParam<Language>
{
protected:
    QString tsFile() const
    {
        return QStringLiteral(LIMBER_TS_DIR "/limber_") + GetParam().language + u".ts"_s;
    }
};

INSTANTIATE_TEST_SUITE_P(Shipped, TsFileTest,
                         ::testing::Values(Language{u"de"_s, u"de_DE"_s},
                                           Language{u"fr"_s, u"fr_FR"_s},
                                           Language{u"es"_s, u"es_ES"_s}),
                         [](const auto &param) { return param.param.language.toStdString(); });

TEST_P(TsFileTest, EveryMessageIsTranslated)
{
    QString language;
    const QList<Message> messages = readTs(tsFile(), &language);
    EXPECT_EQ(language, GetParam().tsLanguage);
    ASSERT_GT(messages.size(), 200);
    for (const Message &m : messages) {
        EXPECT_TRUE(m.type.isEmpty())
            << "type=\"" << qPrintable(m.type) << "\": " << qPrintable(describe(m));
        EXPECT_EQ(m.forms.size(), m.numerus ? 2 : 1) << qPrintable(describe(m));
        for (const QString &form : m.forms) {
            EXPECT_FALSE(form.trimmed().isEmpty()) << qPrintable(describe(m));
            // A numerus form may leave out %n ("einmal"); every other placeholder stays.
            QSet<QString> expected = placeholders(m.source);
            QSet<QString> got = placeholders(form);
            if (m.numerus) {
                expected.remove(u"%n"_s);
                got.remove(u"%n"_s);
            }
            EXPECT_EQ(got, expected) << qPrintable(describe(m)) << " → " << qPrintable(form);
        }
    }
}

TEST_P(TsFileTest, TheBuiltInQmHasEveryMessage)
{
    QTranslator qm;
    ASSERT_TRUE(qm.load(u"limber_"_s + GetParam().language, translationsDirectory()));
    QString language;
    for (const Message &m : readTs(tsFile(), &language)) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const QString got =
            qm.translate(context.constData(), source.constData(),
                         comment.isEmpty() ? nullptr : comment.constData(), m.numerus ? 5 : -1);
        const QString want = m.numerus ? m.forms.value(1) : m.forms.value(0);
        EXPECT_EQ(got, want) << qPrintable(describe(m));
    }
}

// lupdate over the sources must find nothing the .ts lacks: a new tr() string fails here
// until `cmake --build <dir> --target limber_lupdate` and a translation (docs/TRANSLATING.md).
TEST_P(TsFileTest, HasEveryStringOfTheSources)
{
    if (!haveLupdate())
        GTEST_SKIP() << "lupdate not found (Debian: qt6-l10n-tools)";
    TempDir dir;
    const QSet<QString> known = knownIn(tsFile());
    const QList<Message> found = lupdateSources(dir, false);
    ASSERT_GT(found.size(), 200) << "lupdate found too little; is the source tree there?";
    for (const Message &m : found)
        EXPECT_TRUE(known.contains(describe(m) + u'|' + m.comment))
            << "not in " << qPrintable(QFileInfo(tsFile()).fileName()) << ": "
            << qPrintable(describe(m));
}

// The same for English, whose file has only the strings with a plural (%n).
TEST(EnglishTsFile, HasEveryPluralOfTheSourcesInBothForms)
{
    const QString english = QStringLiteral(LIMBER_TS_DIR "/limber_en.ts");
    QString language;
    const QList<Message> messages = readTs(english, &language);
    EXPECT_EQ(language, u"en"_s);
    ASSERT_GT(messages.size(), 10);
    for (const Message &m : messages) {
        EXPECT_TRUE(m.numerus && m.type.isEmpty()) << qPrintable(describe(m));
        ASSERT_EQ(m.forms.size(), 2) << qPrintable(describe(m));
        EXPECT_EQ(m.forms.at(1), m.source) << "the plural is the source itself";
        EXPECT_NE(m.forms.at(0), m.source) << "a singular of its own: " << qPrintable(describe(m));
        EXPECT_EQ(placeholders(m.forms.at(0)), placeholders(m.source)) << qPrintable(describe(m));
    }
    if (!haveLupdate())
        GTEST_SKIP() << "lupdate not found (Debian: qt6-l10n-tools)";
    TempDir dir;
    const QSet<QString> known = knownIn(english);
    for (const Message &m : lupdateSources(dir, true))
        EXPECT_TRUE(known.contains(describe(m) + u'|' + m.comment))
            << "not in limber_en.ts: " << qPrintable(describe(m));
}

} // namespace
