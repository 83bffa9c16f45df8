// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QGridLayout;

namespace limber {

/// A list of wrapped lines with hanging indents: numbered steps (the number in an
/// accent-coloured disc, read as "Step 2" by a screen reader) or bullet points.
class StepList : public QWidget
{
    Q_OBJECT
public:
    enum class Style
    {
        Numbered,
        Bulleted
    };

    explicit StepList(Style style, QWidget *parent = nullptr);
    void setItems(const QStringList &items);
    QStringList items() const { return m_items; }

private:
    Style m_style;
    QStringList m_items;
    QGridLayout *m_grid;
};

} // namespace limber
