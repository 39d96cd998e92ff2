// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractScrollArea;
class QAction;
class QLabel;
class QPushButton;

namespace smsc {

/*!
 * What to do first, shown over the empty rows table: create a profile (while there is none), then
 * add rows by typing, pasting, importing or picking from the account. Its buttons trigger the
 * window's own actions and follow the table in the Tab order.
 */
class FirstStepsPanel final : public QWidget
{
    Q_OBJECT
public:
    struct Actions
    {
        QAction *createProfile;
        QAction *addRow;
        QAction *paste;
        QAction *import;
        QAction *addFromAccount;
    };
    //! Over `table`'s viewport; its buttons come right after `before` in the Tab order.
    FirstStepsPanel(QAbstractScrollArea *table, QWidget *before, const Actions &actions);

    //! Shown while the table is empty; the profile step only while there is no profile.
    void update(bool tableEmpty, bool hasProfile);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QPushButton *addButton(QAction *action, const QString &objectName);
    void place();
    void retranslateUi();

    QAbstractScrollArea *m_table;
    QLabel *m_title;
    QLabel *m_steps;
    QPushButton *m_createProfile;
    QPushButton *m_addRow;
    QPushButton *m_paste;
    QPushButton *m_import;
    QPushButton *m_addFromAccount;
    bool m_hasProfile = true;
};

} // namespace smsc
