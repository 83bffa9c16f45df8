// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QPushButton;

namespace limber {

/// The Today window's offer on a desktop that hides tray icons (GNOME without the
/// AppIndicator extension): "Show Limber in the top bar", with a button. Shown only
/// when the daemon says the offer applies; what the button does is the daemon's call.
class TrayOfferNotice : public QFrame
{
    Q_OBJECT
public:
    explicit TrayOfferNotice(QWidget *parent = nullptr);

    QPushButton *button() const { return m_button; }

signals:
    void enableRequested();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPushButton *m_button;
};

} // namespace limber
