// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace smsc {

//! Help > Keyboard shortcuts: every action of `window` that has keys, found in its menus and
//! among its actions (so the list cannot drift from what the keys do), then the keys of the rows table.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QList<QAction *> actionsWithKeys() const;
    void addRow(const QString &what, const QString &keys, bool heading = false);
    void fitColumns();

    QWidget *m_window;
    QTableWidget *m_table;
};

} // namespace smsc
