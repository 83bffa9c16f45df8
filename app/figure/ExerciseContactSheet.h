// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace limber::figure {
class PoseLibrary;
}

namespace limber::contactsheet {

/// Tiles of the contact sheet: one per exercise, in catalogue order.
constexpr int kColumns = 3;
constexpr int kTileWidth = 720;
constexpr int kTileHeight = 300;

/// `limber --render-exercises DIR`: renders every exercise's key poses into
/// DIR/contact-sheet.png (light palette) and DIR/contact-sheet-dark.png, with
/// DIR/contact-sheet.json naming each tile's exercise and rectangle; one larger
/// picture per exercise in DIR/exercises/ and frames of one animation cycle (light,
/// then dark and mirrored) in DIR/frames/. Needs a QGuiApplication. Returns the files
/// written, or an empty list and `error`.
QStringList render(const QString &directory, const figure::PoseLibrary &library, QString *error);

/// Problems a reviewer should know about: a pose whose figure leaves its frame.
QStringList frameProblems(const figure::PoseLibrary &library);

/// The whole command: makes an application (offscreen unless QT_QPA_PLATFORM says
/// otherwise, so it works without a display), renders and reports; an exit status.
int runCommand(int argc, char *argv[], const QString &directory);

} // namespace limber::contactsheet
