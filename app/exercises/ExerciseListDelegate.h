// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace limber {

/// Draws a row of the Exercises window's list in two lines: the exercise's name, and
/// under it, smaller and quieter, why it is not in the breaks (kNoteRole: "Left out",
/// "Only at home"), or nothing. The check box and the selection are the style's own,
/// so Space and a click on the box toggle it as in any check list.
class ExerciseListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kIdRole = Qt::UserRole;
    static constexpr int kNoteRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace limber
