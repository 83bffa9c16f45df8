// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace limber {

/// A quiet box for a note (the safety line, an exercise's cautions): a rounded area a
/// shade off the window colour with an accent stripe, an optional bold heading and
/// whatever is added to its layout. Colours come from the palette.
class NotePanel : public QFrame
{
    Q_OBJECT
public:
    explicit NotePanel(const QString &heading = {}, QWidget *parent = nullptr);

    QVBoxLayout *body() const { return m_body; }
    QLabel *heading() const { return m_heading; }

    /// Paints a note's background on `widget`: a panel barely off the window colour with
    /// the accent as a stripe on the left. For widgets that are notes of their own kind.
    static void paintPanel(QWidget &widget);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVBoxLayout *m_body;
    QLabel *m_heading = nullptr;
};

} // namespace limber
