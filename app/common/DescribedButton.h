// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

namespace limber {

/// A push button whose description is both its tooltip and what a screen reader says
/// after its name.
inline QPushButton *describedButton(const QString &text, const QString &description,
                                    QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setToolTip(description);
    b->setAccessibleDescription(description);
    return b;
}

} // namespace limber
