// SPDX-License-Identifier: GPL-3.0-or-later
// `limber --render-exercises DIR` with no display and no running Limber: one contact
// sheet with a tile per catalogue exercise, light and dark, plus a picture and an
// animation strip per exercise. The sheet is kept in $LIMBER_FIGURE_SHEET_DIR (the
// build directory) for people reviewing the art.
#include "core/ExerciseCatalogue.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;

namespace {

struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CommandRun limber(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Headless: no display to fall back on, and no platform chosen for it.
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LIMBER_BINARY), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

int ink(const QImage &image, const QRect &area)
{
    const QRgb background = image.pixel(area.center().x(), area.top() + 6);
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); y += 2)
        for (int x = area.left(); x <= area.right(); x += 2)
            n += std::abs(qGray(image.pixel(x, y)) - qGray(background)) > 40 ? 1 : 0;
    return n;
}

TEST(ContactSheet, EveryExerciseGetsATileOnASheetRenderedWithoutADisplay)
{
    test::TempDir temp;
    const QString dirPath = qEnvironmentVariableIsEmpty("LIMBER_FIGURE_SHEET_DIR")
                                ? temp.path()
                                : qEnvironmentVariable("LIMBER_FIGURE_SHEET_DIR");
    QDir(dirPath).removeRecursively();
    const CommandRun run = limber({u"--render-exercises"_s, dirPath});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_FALSE(run.err.contains("leaves its frame"_L1)) << qPrintable(run.err);
    const QDir dir(dirPath);
    EXPECT_TRUE(run.out.contains(dir.filePath(u"contact-sheet.png"_s)));

    ExerciseCatalogue catalogue;
    ASSERT_TRUE(catalogue.loadBuiltIn());
    const qsizetype count = catalogue.exercises().size();

    QFile indexFile(dir.filePath(u"contact-sheet.json"_s));
    ASSERT_TRUE(indexFile.open(QIODevice::ReadOnly));
    const QJsonObject index = QJsonDocument::fromJson(indexFile.readAll()).object();
    const int columns = index.value("columns"_L1).toInt();
    const int tileWidth = index.value("tile"_L1).toArray().at(0).toInt();
    const int tileHeight = index.value("tile"_L1).toArray().at(1).toInt();
    const QJsonArray tiles = index.value("tiles"_L1).toArray();
    ASSERT_GT(columns, 0);
    ASSERT_EQ(tiles.size(), count) << "one tile per exercise";

    const QImage sheet(dir.filePath(u"contact-sheet.png"_s));
    ASSERT_FALSE(sheet.isNull());
    const auto rows = static_cast<int>((count + columns - 1) / columns);
    EXPECT_EQ(sheet.size(), QSize(columns * tileWidth, rows * tileHeight));
    const QImage dark(dir.filePath(u"contact-sheet-dark.png"_s));
    ASSERT_EQ(dark.size(), sheet.size());
    EXPECT_LT(qGray(dark.pixel(tileWidth / 2, 10)), 80) << "a dark palette";
    EXPECT_GT(qGray(sheet.pixel(tileWidth / 2, 10)), 200) << "a light palette";

    QSet<QRgb> colours;
    for (int y = 0; y < sheet.height(); y += 7)
        for (int x = 0; x < sheet.width(); x += 7)
            colours.insert(sheet.pixel(x, y));
    EXPECT_GT(colours.size(), 50) << "not blank";

    QSet<QString> ids;
    for (qsizetype i = 0; i < count; ++i) {
        const QJsonObject tile = tiles.at(i).toObject();
        const QString id = tile.value("id"_L1).toString();
        EXPECT_EQ(id, catalogue.exercises().at(i).id) << "in catalogue order";
        ids.insert(id);
        const QJsonArray r = tile.value("rect"_L1).toArray();
        const QRect rect(r.at(0).toInt(), r.at(1).toInt(), r.at(2).toInt(), r.at(3).toInt());
        EXPECT_TRUE(sheet.rect().contains(rect)) << qPrintable(id);
        // Below the title: the figures.
        const QRect figures = rect.adjusted(20, rect.height() / 5, -20, -10);
        EXPECT_GT(ink(sheet, figures), 400) << qPrintable(id) << " has a drawing";
        EXPECT_GT(ink(dark, figures), 400) << qPrintable(id) << " has a drawing in the dark";
        for (const char *folder : {"exercises", "frames"}) {
            const QImage picture(dir.filePath(u"%1/%2.png"_s.arg(QLatin1String(folder), id)));
            EXPECT_FALSE(picture.isNull()) << folder << "/" << qPrintable(id);
        }
    }
    EXPECT_EQ(ids.size(), count) << "no exercise twice";
}

TEST(ContactSheet, TheDirectoryIsRequired)
{
    const CommandRun run = limber({u"--render-exercises"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("--render-exercises needs a directory"_L1));
}

} // namespace
