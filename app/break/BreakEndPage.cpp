// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/break/BreakEndPage.h"

#include "app/common/ExerciseText.h"
#include "app/common/PaletteShades.h"
#include "core/StatsReport.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

/// A disc with a tick for a finished break, a ring with a pause bar for a partial one.
class ResultBadge : public QWidget
{
public:
    explicit ResultBadge(QWidget *parent)
        : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    /// `share`: how much of the planned time was done, drawn as an arc when partial.
    void setResult(bool completed, double share)
    {
        m_completed = completed;
        m_share = std::clamp(share, 0.0, 1.0);
        update();
    }
    QSize sizeHint() const override
    {
        const int side = fontMetrics().height() * 4;
        return {side, side};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        const double side = std::min(width(), height());
        const double stroke = side * 0.08;
        const QRectF disc = QRectF(0, 0, side, side).adjusted(stroke, stroke, -stroke, -stroke);
        const QColor accent = pal.color(QPalette::Highlight);
        if (m_completed) {
            p.setPen(Qt::NoPen);
            p.setBrush(accent);
            p.drawEllipse(disc);
            QPainterPath tick;
            tick.moveTo(disc.left() + disc.width() * 0.28, disc.top() + disc.height() * 0.52);
            tick.lineTo(disc.left() + disc.width() * 0.44, disc.top() + disc.height() * 0.67);
            tick.lineTo(disc.left() + disc.width() * 0.73, disc.top() + disc.height() * 0.36);
            p.setPen(QPen(pal.color(QPalette::HighlightedText), stroke * 1.2, Qt::SolidLine,
                          Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(tick);
        } else {
            p.setPen(QPen(shades::track(pal), stroke));
            p.drawEllipse(disc);
            if (m_share > 0) {
                p.setPen(QPen(accent, stroke, Qt::SolidLine, Qt::RoundCap));
                p.drawArc(disc, 90 * 16, -static_cast<int>(m_share * 360 * 16));
            }
        }
    }

private:
    bool m_completed = true;
    double m_share = 1.0;
};

QLabel *centred(QWidget *parent, double scale, QFont::Weight weight)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // Full width and centred text: an alignment flag in the layout would shrink a
    // word-wrapped label to its narrowest wrap.
    label->setAlignment(Qt::AlignHCenter);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setWeight(weight);
    label->setFont(f);
    return label;
}

} // namespace

BreakEndPage::BreakEndPage(QWidget *parent)
    : QWidget(parent)
    , m_badge(new ResultBadge(this))
    , m_title(centred(this, 1.8, QFont::Bold))
    , m_detail(centred(this, 1.1, QFont::Normal))
    , m_exercises(new QWidget(this))
    , m_tiles(new QWidget(this))
    , m_todayValue(centred(m_tiles, 2.0, QFont::Bold))
    , m_todayCaption(centred(m_tiles, 1.0, QFont::Normal))
    , m_streakValue(centred(m_tiles, 2.0, QFont::Bold))
    , m_streakCaption(centred(m_tiles, 1.0, QFont::Normal))
{
    const int line = fontMetrics().height();
    auto *tiles = new QHBoxLayout(m_tiles);
    tiles->setSpacing(line * 3);
    tiles->addStretch();
    for (auto [value, caption] :
         {std::pair{m_todayValue, m_todayCaption}, std::pair{m_streakValue, m_streakCaption}}) {
        auto *tile = new QVBoxLayout;
        tile->setSpacing(0);
        tile->addWidget(value);
        tile->addWidget(caption);
        caption->setForegroundRole(QPalette::PlaceholderText);
        tiles->addLayout(tile);
    }
    tiles->addStretch();
    m_tiles->hide();

    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(line / 2);
    v->addStretch(2);
    v->addWidget(m_badge, 0, Qt::AlignHCenter);
    v->addSpacing(line / 2);
    v->addWidget(m_title);
    v->addWidget(m_detail);
    v->addSpacing(line);
    v->addWidget(m_exercises, 0, Qt::AlignHCenter);
    v->addSpacing(line * 3 / 2);
    v->addWidget(m_tiles);
    v->addStretch(3);
}

void BreakEndPage::showResult(const BreakRecord &record, const Routine &routine)
{
    showExercises(record, routine);
    const bool completed = record.outcome == BreakOutcome::Completed;
    static_cast<ResultBadge *>(m_badge)->setResult(
        completed,
        record.plannedSeconds > 0 ? double(record.doneSeconds) / record.plannedSeconds : 0);
    const QString done = text::shortDuration(std::chrono::seconds(record.doneSeconds));
    if (completed) {
        m_title->setText(tr("Break complete"));
        m_detail->setText(tr("You moved for %1. Well done.").arg(done));
    } else {
        m_title->setText(tr("Break ended early"));
        m_detail->setText(
            tr("Saved as a partial break: %1 of %2 done.")
                .arg(done, text::shortDuration(std::chrono::seconds(record.plannedSeconds))));
    }
    setAccessibleDescription(summary());
}

void BreakEndPage::showExercises(const BreakRecord &record, const Routine &routine)
{
    // Each exercise and how much of it was done: two columns, names left, times right.
    auto *grid = new QGridLayout(m_exercises);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(fontMetrics().height() * 2);
    grid->setVerticalSpacing(fontMetrics().height() / 3);
    for (qsizetype i = 0; i < record.exercises.size() && i < routine.exercises.size(); ++i) {
        const ExerciseDone &done = record.exercises[i];
        const auto seconds = [](int s) { return text::shortDuration(std::chrono::seconds(s)); };
        QString amount;
        if (done.doneSeconds >= done.plannedSeconds)
            amount = seconds(done.doneSeconds);
        else if (done.doneSeconds == 0)
            amount = tr("not done");
        else
            amount = tr("%1 of %2").arg(seconds(done.doneSeconds), seconds(done.plannedSeconds));
        auto *name = new QLabel(routine.exercises[i].exercise.name, m_exercises);
        auto *time = new QLabel(amount, m_exercises);
        time->setForegroundRole(QPalette::PlaceholderText);
        time->setAccessibleName(tr("%1: %2").arg(name->text(), amount));
        const auto row = static_cast<int>(i);
        grid->addWidget(name, row, 0);
        grid->addWidget(time, row, 1, Qt::AlignRight);
    }
}

void BreakEndPage::showStats(const StatsReport &stats)
{
    m_todayValue->setText(tr("%1 of %2").arg(stats.completedToday).arg(stats.goal));
    m_todayCaption->setText(tr("breaks today"));
    m_todayValue->setAccessibleName(
        tr("Today: %1 of %n breaks", nullptr, stats.goal).arg(stats.completedToday));
    const int streak = stats.streak.current;
    m_streakValue->setText(streak == 1 ? tr("1 day") : tr("%n days", nullptr, streak));
    m_streakCaption->setText(tr("current streak"));
    m_streakValue->setAccessibleName(streak == 1 ? tr("Current streak: 1 day")
                                                 : tr("Current streak: %n days", nullptr, streak));
    m_tiles->show();
    setAccessibleDescription(summary());
}

QString BreakEndPage::title() const
{
    return m_title->text();
}

QString BreakEndPage::summary() const
{
    QStringList lines{m_title->text(), m_detail->text()};
    if (!m_tiles->isHidden())
        lines << m_todayValue->accessibleName() << m_streakValue->accessibleName();
    return lines.join(u'\n');
}

} // namespace limber
