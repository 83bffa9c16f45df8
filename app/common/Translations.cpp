// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// Marks the translators this file installed, so removeTranslations() finds them.
const char *const kTranslatorName = "limber-translator";

bool install(const QString &file, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(QLatin1String(kTranslatorName));
    // load() falls back from "limber_de_AT" to "limber_de".
    if (translator->load(file, directory) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QString translationsDirectory()
{
    return u":/limber/i18n"_s;
}

InstalledTranslations installTranslations(const QLocale &locale)
{
    InstalledTranslations installed;
    if (!QCoreApplication::instance())
        return installed;
    const QStringList languages = locale.uiLanguages();
    for (QString name : languages) {
        name.replace(u'-', u'_');
        const QLocale::Language language = QLocale(name).language();
        // English is the sources' language, and C/POSIX reads English too: only the
        // plural forms ("1 day", "2 days") come from a translation (limber_en).
        if (language == QLocale::English || language == QLocale::C) {
            install(u"limber_en"_s, translationsDirectory());
            break;
        }
        if (!install(u"limber_"_s + name, translationsDirectory()))
            continue;
        installed.language = QLocale::languageToCode(language);
        // Qt's words for the same language only, so a dialog never mixes two languages.
        installed.qt =
            install(u"qtbase_"_s + name, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        break;
    }
    return installed;
}

void removeTranslations()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    const auto translators = app->findChildren<QTranslator *>(QLatin1String(kTranslatorName),
                                                              Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace limber
