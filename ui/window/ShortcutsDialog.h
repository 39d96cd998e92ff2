#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace smsc {

//! Help > Keyboard shortcuts: every action of the window with its keys, read from the actions themselves.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(QList<QAction *> actions, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<QAction *> m_actions;
    QTableWidget *m_table;
};

} // namespace smsc
