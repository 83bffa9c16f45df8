// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QLabel>

namespace limber {

/// A label for words from the catalogue (plain text, never markup), wrapped, its font
/// `scale` times the widget font at `weight`: a name, a dose, a summary.
inline QLabel *textLabel(QWidget *parent, double scale = 1.0, QFont::Weight weight = QFont::Normal)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setWeight(weight);
    label->setFont(f);
    return label;
}

} // namespace limber
