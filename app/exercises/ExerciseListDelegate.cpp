// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/exercises/ExerciseListDelegate.h"

#include <QApplication>
#include <QPainter>

namespace limber {

namespace {

QFont noteFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    return small;
}

} // namespace

void ExerciseListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString name = opt.text;
    const QString note = index.data(kNoteRole).toString();
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection, check box and focus frame as the style draws them.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    const bool selected = (opt.state & QStyle::State_Selected) != 0;
    const QFontMetrics nameMetrics(opt.font);
    const QFont small = noteFont(opt.font);
    const QFontMetrics noteMetrics(small);
    const int height = nameMetrics.height() + (note.isEmpty() ? 0 : noteMetrics.height());
    const int top = text.top() + (text.height() - height) / 2;

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(text.left(), top, text.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, text.width()));
    if (!note.isEmpty()) {
        painter->setFont(small);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText
                                                          : QPalette::PlaceholderText));
        painter->drawText(
            QRect(text.left(), top + nameMetrics.height(), text.width(), noteMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            noteMetrics.elidedText(note, Qt::ElideRight, text.width()));
    }
    painter->restore();
}

QSize ExerciseListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    // Every row has room for the note, so the rows line up whether or not it shows.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int lines =
        QFontMetrics(option.font).height() + QFontMetrics(noteFont(option.font)).height();
    size.setHeight(std::max(size.height(), lines + QFontMetrics(option.font).height() / 2));
    return size;
}

} // namespace limber
