// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/figure/ExerciseContactSheet.h"

#include "app/figure/FigurePainter.h"
#include "core/ExerciseCatalogue.h"
#include "core/figure/FigureMotion.h"
#include "core/figure/PoseLibrary.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace limber::contactsheet {

namespace {

using namespace figure;

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    return p;
}

/// The title line and the key poses of one exercise in `rect`.
void paintTile(QPainter &p, const QRect &rect, const Exercise &exercise,
               const ExerciseFigure &figure, const QPalette &palette)
{
    const FigureColours colours = FigureColours::from(palette);
    p.fillRect(rect.adjusted(4, 4, -4, -4), colours.background);
    QFont title = p.font();
    title.setPixelSize(std::max(14, rect.height() / 16));
    title.setWeight(QFont::DemiBold);
    p.setFont(title);
    p.setPen(palette.color(QPalette::Text));
    const int line = QFontMetrics(title).height();
    const QRect titleRect(rect.left() + 16, rect.top() + 10, rect.width() - 32, line);
    const QString name = exercise.dosage.perSide
                             ? QCoreApplication::translate("limber::contactsheet", "%1 (each side)")
                                   .arg(exercise.name)
                             : exercise.name;
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, name);
    const QRectF poses = QRectF(rect).adjusted(12, 16 + line, -12, -10);
    figurepainter::paintKeyPoses(p, figure, false, poses, colours);
}

/// Frames through the movement: each key pose and two eased steps to the next one,
/// or moments of a breath for a single pose.
QList<Pose> framesOf(const ExerciseFigure &figure, const Exercise &exercise)
{
    QList<Pose> frames;
    const qsizetype n = figure.poses.size();
    if (n == 1) {
        const FigureMotion motion(figure, tempoFor(exercise.dosage));
        for (int k = 0; k < 4; ++k)
            frames << motion.poseAt(FigureMotion::kBreathSeconds * k / 4.0);
        return frames;
    }
    for (qsizetype i = 0; i + 1 < n; ++i)
        for (const double t : {0.0, 1.0 / 3, 2.0 / 3})
            frames << interpolate(figure.poses.at(i), figure.poses.at(i + 1), easeInOut(t));
    frames << figure.poses.last();
    return frames;
}

bool save(const QImage &image, const QString &path, QStringList &written, QString *error)
{
    if (!image.save(path, "PNG")) {
        *error = u"cannot write %1"_s.arg(path);
        return false;
    }
    written << path;
    return true;
}

} // namespace

QStringList render(const QString &directory, const PoseLibrary &library, QString *error)
{
    ExerciseCatalogue catalogue;
    if (!catalogue.loadBuiltIn()) {
        *error = u"the built-in catalogue has errors"_s;
        return {};
    }
    if (!library.errors().isEmpty()) {
        *error = library.errors().first().toString();
        return {};
    }
    QDir dir(directory);
    if (!dir.mkpath(u"exercises"_s) || !dir.mkpath(u"frames"_s)) {
        *error = u"cannot create %1"_s.arg(directory);
        return {};
    }
    QList<std::pair<const Exercise *, const ExerciseFigure *>> items;
    for (const Exercise &e : catalogue.exercises())
        if (const ExerciseFigure *f = library.find(e.id))
            items.append({&e, f});

    const int rows = static_cast<int>((items.size() + kColumns - 1) / kColumns);
    QStringList written;
    QJsonArray tiles;
    for (const bool dark : {false, true}) {
        const QPalette palette = dark ? darkPalette() : lightPalette();
        QImage sheet(kColumns * kTileWidth, rows * kTileHeight, QImage::Format_RGB32);
        sheet.fill(palette.color(QPalette::Window));
        QPainter p(&sheet);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QRect rect(static_cast<int>(i % kColumns) * kTileWidth,
                             static_cast<int>(i / kColumns) * kTileHeight, kTileWidth, kTileHeight);
            paintTile(p, rect, *items.at(i).first, *items.at(i).second, palette);
            if (!dark)
                tiles.append(QJsonObject{
                    {u"id"_s, items.at(i).first->id},
                    {u"rect"_s, QJsonArray{rect.x(), rect.y(), rect.width(), rect.height()}}});
        }
        p.end();
        const QString name = dark ? u"contact-sheet-dark.png"_s : u"contact-sheet.png"_s;
        if (!save(sheet, dir.filePath(name), written, error))
            return {};
    }
    QFile index(dir.filePath(u"contact-sheet.json"_s));
    const QJsonObject indexJson{{u"columns"_s, kColumns},
                                {u"tile"_s, QJsonArray{kTileWidth, kTileHeight}},
                                {u"tiles"_s, tiles}};
    if (!index.open(QIODevice::WriteOnly) || index.write(QJsonDocument(indexJson).toJson()) < 0) {
        *error = u"cannot write %1"_s.arg(index.fileName());
        return {};
    }
    written << index.fileName();

    for (const auto &[exercise, figure] : items) {
        QImage single(2 * kTileWidth, 2 * kTileHeight, QImage::Format_RGB32);
        single.fill(lightPalette().color(QPalette::Window));
        QPainter p(&single);
        paintTile(p, single.rect(), *exercise, *figure, lightPalette());
        p.end();
        if (!save(single, dir.filePath(u"exercises/%1.png"_s.arg(exercise->id)), written, error))
            return {};

        // Mid-animation frames: light as drawn, then dark and mirrored (the other side).
        const QList<Pose> frames = framesOf(*figure, *exercise);
        const QSize cell(320, 240);
        QImage strip(cell.width() * static_cast<int>(frames.size()), 2 * cell.height(),
                     QImage::Format_RGB32);
        QPainter s(&strip);
        for (int row = 0; row < 2; ++row) {
            const FigureColours colours =
                FigureColours::from(row == 0 ? lightPalette() : darkPalette());
            for (qsizetype k = 0; k < frames.size(); ++k) {
                const QRect r(static_cast<int>(k) * cell.width(), row * cell.height(), cell.width(),
                              cell.height());
                s.fillRect(r, colours.background);
                figurepainter::paintScene(s, buildScene(*figure, frames.at(k), row == 1),
                                          QRectF(r).adjusted(4, 4, -4, -4), colours);
            }
        }
        s.end();
        if (!save(strip, dir.filePath(u"frames/%1.png"_s.arg(exercise->id)), written, error))
            return {};
    }
    return written;
}

QStringList frameProblems(const PoseLibrary &library)
{
    QStringList out;
    for (const ExerciseFigure &figure : library.figures())
        for (const Pose &pose : figure.poses) {
            const QRectF bounds = buildScene(figure, pose).bounds();
            // A hair of tolerance: shapes cut at the frame end on its edge.
            if (!figure.frame.adjusted(-0.01, -0.01, 0.01, 0.01).contains(bounds))
                out << QStringLiteral("%1, pose %2, leaves its frame: drawn from x %3 to %4, "
                                      "y %5 to %6")
                           .arg(figure.exerciseId, pose.name)
                           .arg(bounds.left(), 0, 'f', 1)
                           .arg(bounds.right(), 0, 'f', 1)
                           .arg(bounds.top(), 0, 'f', 1)
                           .arg(bounds.bottom(), 0, 'f', 1);
        }
    return out;
}

int runCommand(int argc, char *argv[], const QString &directory)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QString error;
    const QStringList written = render(directory, PoseLibrary::builtIn(), &error);
    if (written.isEmpty()) {
        QTextStream(stderr) << "limber: " << error << '\n';
        return 1;
    }
    QTextStream out(stdout);
    for (const QString &path : written)
        out << path << '\n';
    for (const QString &problem : frameProblems(PoseLibrary::builtIn()))
        QTextStream(stderr) << "limber: " << problem << '\n';
    return 0;
}

} // namespace limber::contactsheet
