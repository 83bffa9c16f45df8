// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace limber {

/// What Today offers about Limber's icon on a desktop that hides tray icons (GNOME
/// without the AppIndicator extension).
enum class TrayOffer
{
    None,          ///< an icon is shown, or nothing can be done from here
    ShowInTopBar,  ///< the extension is installed but off: turn it on
    RestartToShow, ///< it is on now, but this Limber started without it: restart
};

/// The Today window's note about the tray, with one button. Shown only when the daemon
/// says an offer applies; what the button does is the daemon's call.
class TrayOfferNotice : public QFrame
{
    Q_OBJECT
public:
    explicit TrayOfferNotice(QWidget *parent = nullptr);

    /// Sets the words and the button for `offer`; hidden for TrayOffer::None.
    void setOffer(TrayOffer offer);
    TrayOffer offer() const { return m_offer; }
    QPushButton *button() const { return m_button; }

signals:
    /// "Show in the top bar" was pressed.
    void enableRequested();
    /// "Restart Limber" was pressed.
    void restartRequested();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_button;
    TrayOffer m_offer = TrayOffer::None;
};

} // namespace limber
