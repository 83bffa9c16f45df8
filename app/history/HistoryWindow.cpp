// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/HistoryWindow.h"

#include "app/history/HistoryChart.h"
#include "core/ExerciseCatalogue.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

constexpr int kCards = 4;
constexpr int kLegendColumns = 3;

QLabel *plain(const QString &text = {}, bool wrap = false)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    return label;
}

QLabel *heading(const QString &text, double scale)
{
    QLabel *label = plain(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *dim(const QString &text = {}, bool wrap = false)
{
    QLabel *label = plain(text, wrap);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// One legend entry's cell, painted like the chart's in the current palette (so it
/// follows a switch between light and dark).
class Swatch : public QWidget
{
public:
    explicit Swatch(const WeekDay &day)
        : m_day(day)
    {
        const int side = fontMetrics().height() + 6;
        setFixedSize(side, side);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        HistoryChart::paintCell(p, QRectF(rect()).adjusted(3, 3, -3, -3), m_day, 4, palette(),
                                false);
    }

private:
    WeekDay m_day;
};

void clear(QGridLayout *grid)
{
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

/// One row of a ranked list in `grid`: the name, a bar of `value` out of `most` (named
/// `spoken` for a screen reader), and `count` in words. Returns the name's label.
QLabel *addBarRow(QGridLayout *grid, int row, const QString &name, int value, int most,
                  const QString &count, const QString &spoken)
{
    QLabel *label = plain(name);
    const QFontMetrics metrics = label->fontMetrics();
    auto *bar = new QProgressBar;
    bar->setRange(0, most);
    bar->setValue(value);
    bar->setTextVisible(false);
    bar->setMaximumHeight(metrics.height() / 2 + 2);
    bar->setMinimumWidth(metrics.averageCharWidth() * 10);
    bar->setAccessibleName(spoken);
    grid->addWidget(label, row, 0);
    grid->addWidget(bar, row, 1);
    grid->addWidget(dim(count), row, 2, Qt::AlignRight);
    return label;
}

QString daysText(int n)
{
    return n == 1 ? HistoryWindow::tr("1 day") : HistoryWindow::tr("%n days", nullptr, n);
}

} // namespace

HistoryWindow::HistoryWindow(const ExerciseCatalogue &catalogue, QWidget *parent)
    : QDialog(parent)
    , m_catalogue(catalogue)
{
    setWindowTitle(tr("History")); // the platform adds " — Limber"
    setAttribute(Qt::WA_DeleteOnClose);

    auto *history = new QWidget;
    auto *v = new QVBoxLayout(history);
    v->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(heading(tr("Your last 8 weeks"), 1.35));
    m_range = dim();
    titleRow->addWidget(m_range, 1, Qt::AlignRight | Qt::AlignBottom);
    v->addLayout(titleRow);
    v->addWidget(buildCards());
    v->addSpacing(fontMetrics().height() / 2);

    auto *body = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_chart = new HistoryChart;
    left->addWidget(m_chart);
    m_goalLine = dim();
    left->addWidget(m_goalLine);
    left->addSpacing(fontMetrics().height() / 2);
    left->addWidget(buildLegend());
    left->addStretch(1);
    body->addLayout(left);
    body->addSpacing(fontMetrics().height() * 2);

    auto *right = new QVBoxLayout;
    right->addWidget(heading(tr("Done most often"), 1.1));
    m_top = new QGridLayout;
    m_top->setHorizontalSpacing(fontMetrics().averageCharWidth());
    m_top->setColumnStretch(1, 1);
    right->addLayout(m_top);
    m_devices = new QWidget;
    auto *devices = new QVBoxLayout(m_devices);
    devices->setContentsMargins(0, fontMetrics().height(), 0, 0);
    devices->addWidget(heading(tr("On your computers"), 1.1));
    m_deviceRows = new QGridLayout;
    m_deviceRows->setHorizontalSpacing(fontMetrics().averageCharWidth());
    m_deviceRows->setColumnStretch(1, 1);
    devices->addLayout(m_deviceRows);
    m_devices->hide();
    right->addWidget(m_devices);
    right->addStretch(1);
    body->addLayout(right, 1);
    v->addLayout(body, 1);

    m_unavailable = plain(QString(), true);
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_pages = new QStackedWidget;
    m_pages->addWidget(history);
    m_pages->addWidget(m_unavailable);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
}

QWidget *HistoryWindow::buildCards()
{
    auto *row = new QWidget;
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kCards; ++i) {
        auto *card = new QFrame;
        card->setFrameShape(QFrame::StyledPanel);
        card->setBackgroundRole(QPalette::Base);
        card->setAutoFillBackground(true);
        auto *c = new QVBoxLayout(card);
        c->setSpacing(0);
        QLabel *value = heading(QString(), 1.6);
        QLabel *caption = dim();
        c->addWidget(value);
        c->addWidget(caption);
        h->addWidget(card, 1);
        m_cardValues << value;
        m_cardCaptions << caption;
    }
    return row;
}

void HistoryWindow::setCard(int index, const QString &value, const QString &caption)
{
    m_cardValues[index]->setText(value);
    m_cardCaptions[index]->setText(caption);
    QWidget *card = m_cardValues[index]->parentWidget();
    card->setAccessibleName(caption + u": "_s + value);
}

QWidget *HistoryWindow::buildLegend()
{
    auto *legend = new QWidget;
    legend->setAccessibleName(tr("Legend"));
    auto *grid = new QGridLayout(legend);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(fontMetrics().averageCharWidth());
    const QDate someDay(2001, 1, 1);
    const std::pair<WeekDay, QString> entries[] = {
        {{someDay, DayStatus::Done, 4, 0}, tr("Goal reached")},
        {{someDay, DayStatus::Partial, 2, 0}, tr("Some breaks")},
        {{someDay, DayStatus::Missed, 0, 0}, tr("No breaks")},
        {{someDay, DayStatus::Rest, 0, 0}, tr("Away from the computer")},
        {{someDay, DayStatus::Today, 0, 0}, tr("Today")},
        {{someDay, DayStatus::Partial, 0, 1}, tr("A break cut short")},
    };
    int i = 0;
    for (const auto &[day, text] : entries) {
        auto *icon = new Swatch(day);
        grid->addWidget(icon, i / kLegendColumns, (i % kLegendColumns) * 2);
        grid->addWidget(dim(text), i / kLegendColumns, (i % kLegendColumns) * 2 + 1);
        ++i;
    }
    grid->setColumnStretch(kLegendColumns * 2 - 1, 1);
    return legend;
}

void HistoryWindow::setOverview(const HistoryOverview &o)
{
    m_pages->setCurrentIndex(0);
    const QLocale locale;
    m_range->setText(tr("%1 – %2").arg(locale.toString(o.firstDay(), QLocale::ShortFormat),
                                       locale.toString(o.today, QLocale::ShortFormat)));
    const HistoryWeek thisWeek = o.weeks.isEmpty() ? HistoryWeek{} : o.weeks.constLast();
    setCard(0, daysText(o.streak.current), tr("Current streak"));
    setCard(1, daysText(o.streak.best), tr("Best streak"));
    setCard(2, QString::number(thisWeek.completed), tr("Breaks this week"));
    setCard(3, QString::number(o.completed),
            tr("Breaks in %n weeks", nullptr, static_cast<int>(o.weeks.size())));
    int pastDays = 0;
    for (const HistoryWeek &week : o.weeks)
        for (const WeekDay &day : week.days)
            pastDays += day.status != DayStatus::Future && day.status != DayStatus::Rest ? 1 : 0;
    m_goalLine->setText(tr("Goal of %1 breaks reached on %2 of %n days", nullptr, pastDays)
                            .arg(o.goal)
                            .arg(o.daysDone));
    m_chart->setOverview(o);
    fillTopExercises(o);
    fillDevices(o);
    // The chart's size depends on the data; let the window follow before it is shown.
    if (QLayout *l = layout()) {
        l->invalidate();
        l->activate();
    }
    resize(size().expandedTo(sizeHint()));
}

void HistoryWindow::fillTopExercises(const HistoryOverview &o)
{
    clear(m_top);
    if (o.topExercises.isEmpty()) {
        m_top->addWidget(
            dim(tr("Nothing yet: the exercises of your breaks will show up here."), true), 0, 0, 1,
            3);
        return;
    }
    const int most = o.topExercises.constFirst().times;
    int row = 0;
    for (const ExerciseCount &count : o.topExercises) {
        const Exercise *exercise = m_catalogue.find(count.exerciseId);
        const QString name = exercise ? exercise->name : count.exerciseId;
        const QString times = count.times == 1 ? tr("once") : tr("%n times", nullptr, count.times);
        addBarRow(m_top, row++, name, count.times, most, times, tr("%1: %2").arg(name, times));
    }
}

void HistoryWindow::fillDevices(const HistoryOverview &o)
{
    clear(m_deviceRows);
    m_devices->setVisible(!o.devices.isEmpty());
    int most = 1;
    for (const DeviceShare &share : o.devices)
        most = std::max(most, share.completed + share.partial);
    const QLocale locale;
    int row = 0;
    for (const DeviceShare &share : o.devices) {
        QString name = share.name;
        if (share.device.isEmpty())
            name = name.isEmpty() ? tr("This computer") : tr("%1 (this computer)").arg(name);
        else if (name.isEmpty())
            name = tr("Another computer");
        const int breaks = share.completed + share.partial;
        const QString count = breaks == 1 ? tr("1 break") : tr("%n breaks", nullptr, breaks);
        const QString last =
            share.lastDay.isValid()
                ? tr("the last on %1").arg(locale.toString(share.lastDay, QLocale::ShortFormat))
                : tr("none in these weeks");
        addBarRow(m_deviceRows, row++, name, breaks, most, count,
                  tr("%1: %2, %3").arg(name, count, last))
            ->setToolTip(last);
    }
}

void HistoryWindow::setUnavailable(const QString &reason)
{
    m_unavailable->setText(tr("The history cannot be read right now.\n%1").arg(reason));
    m_pages->setCurrentIndex(1);
}

} // namespace limber
