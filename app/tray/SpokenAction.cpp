// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/tray/SpokenAction.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QMenu>
#include <QPointer>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

/// The accessible side of one SpokenAction in a QMenu: a menu item like Qt's own,
/// whose name is the spoken text. Qt asks installed factories before it makes its
/// own interface for a menu's action, so this one is used wherever the entry is.
class SpokenActionAccessible final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    explicit SpokenActionAccessible(SpokenAction *action)
        : m_action(action)
    {
    }

    bool isValid() const override { return m_action && menu(); }
    QObject *object() const override { return m_action; }
    QWindow *window() const override
    {
        QMenu *m = menu();
        return m ? m->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return QAccessible::queryAccessibleInterface(menu());
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    QString text(QAccessible::Text t) const override
    {
        if (!m_action || t != QAccessible::Name)
            return {};
        const QString spoken = m_action->spokenText();
        return spoken.isEmpty() ? m_action->text().remove(u'&') : spoken;
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        QMenu *m = menu();
        if (!m)
            return {};
        return m->actionGeometry(m_action).translated(m->mapToGlobal(QPoint(0, 0)));
    }
    QAccessible::Role role() const override { return QAccessible::MenuItem; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        QMenu *m = menu();
        s.invisible = !m || !m->isVisible() || !m_action->isVisible();
        s.disabled = !m_action->isEnabled();
        s.focused = m && m->activeAction() == m_action;
        s.focusable = !s.disabled;
        return s;
    }

    void *interface_cast(QAccessible::InterfaceType t) override
    {
        return t == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this)
                                                 : nullptr;
    }
    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &name) override
    {
        if (m_action && m_action->isEnabled() && name == pressAction())
            m_action->trigger();
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QMenu *menu() const
    {
        if (!m_action)
            return nullptr;
        for (QObject *o : m_action->associatedObjects())
            if (auto *m = qobject_cast<QMenu *>(o))
                return m;
        return nullptr;
    }

    QPointer<SpokenAction> m_action;
};

QAccessibleInterface *spokenActionFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(SpokenAction::staticMetaObject.className()))
        if (auto *action = qobject_cast<SpokenAction *>(object))
            return new SpokenActionAccessible(action);
    return nullptr;
}

} // namespace

void SpokenAction::installAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(spokenActionFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace limber
