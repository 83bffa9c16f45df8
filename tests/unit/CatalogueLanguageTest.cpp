// SPDX-License-Identifier: GPL-3.0-or-later
// The exercises speak the interface's language: the language installTranslations()
// picks for a locale is the one the catalogue's words are loaded in (main.cpp passes it
// to the daemon), with the same fallback from a region to its language.
#include "app/common/Translations.h"
#include "core/ExerciseCatalogue.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;

namespace {

class CatalogueLanguage : public ::testing::Test
{
protected:
    void TearDown() override { removeTranslations(); }

    /// The name of cat-cow as a person with `locale` reads it.
    static QString catCowFor(const QLocale &locale)
    {
        ExerciseCatalogue catalogue;
        catalogue.setLanguage(installTranslations(locale).language);
        removeTranslations();
        EXPECT_TRUE(catalogue.loadBuiltIn());
        return catalogue.find(u"cat-cow"_s)->name;
    }
};

TEST_F(CatalogueLanguage, GermanAndAustrianGermanReadTheGermanCatalogue)
{
    EXPECT_EQ(catCowFor(QLocale(QLocale::German, QLocale::Germany)), u"Katze-Kuh"_s);
    EXPECT_EQ(catCowFor(QLocale(QLocale::German, QLocale::Austria)), u"Katze-Kuh"_s);
}

TEST_F(CatalogueLanguage, EnglishAndLanguagesWithoutAnInterfaceReadEnglish)
{
    EXPECT_EQ(catCowFor(QLocale(QLocale::English, QLocale::UnitedKingdom)), u"Cat-cow"_s);
    EXPECT_EQ(catCowFor(QLocale::c()), u"Cat-cow"_s);
    // No interface in Japanese: English throughout, not English buttons around another
    // language's steps.
    EXPECT_EQ(catCowFor(QLocale(QLocale::Japanese, QLocale::Japan)), u"Cat-cow"_s);
}

} // namespace
