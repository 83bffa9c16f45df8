// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace limber {

/// What installTranslations() found for a locale.
struct InstalledTranslations
{
    /// The language of Limber's translation now in use ("de"), empty when the person
    /// reads English (the language of the sources) or Limber has no translation for any
    /// of their languages.
    QString language;
    /// Whether Qt's own translation (standard buttons, text field menus) was found too.
    bool qt = false;
};

/// Where the compiled translations are built in (limber_<language>.qm).
QString translationsDirectory();

/// Installs into the running Q(Core)Application Limber's translation for the first of
/// `locale`'s interface languages that has one (the system locale by default, which Qt
/// reads from LANGUAGE, LC_ALL, LC_MESSAGES and LANG), and Qt's qtbase translation for
/// the same language from QLibraryInfo::TranslationsPath when the system has it.
/// English anywhere before it in that list wins: nothing is installed then.
InstalledTranslations installTranslations(const QLocale &locale = QLocale());

/// Removes and deletes what installTranslations() installed (for tests).
void removeTranslations();

} // namespace limber
