// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/DoctorCheck.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace smsc {

class DoctorRun;

/*!
 * "Check connection": shows a DoctorRun live (docs/ARCHITECTURE.md "The doctor window"). One row per check
 * with its verdict icon, name and figure, expandable for the detail and the fix (a failed or warning
 * check opens by itself); "Copy report" copies DoctorReport's text, the one the CLI prints, and
 * "Copy policy" the IAM custom policy JSON. Renders only: the checks come from the core, already
 * neutralised and free of secrets.
 */
class DoctorDialog final : public QDialog
{
    Q_OBJECT
public:
    //! Takes `run` (not started) as its child.
    DoctorDialog(DoctorRun *run, const QString &profileName, QWidget *parent = nullptr);
    ~DoctorDialog() override;

    void start();  //!< starts the run
    bool isRunning() const;
    //! What "Copy report" copies: the checks so far with their detail and fix, and the policy.
    QString reportText() const;

signals:
    void runFinished(const QList<smsc::DoctorCheck> &checks);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onStarted(int index);
    void onCheck(const DoctorCheck &check);
    void onFinished(const QList<DoctorCheck> &checks);
    void showCheck(QTreeWidgetItem *item, const DoctorCheck &check);
    void setChild(QTreeWidgetItem *item, int index, const QString &label, const QString &text);
    void fitRows();  // each fix and detail as tall as its wrapped text
    void updateHeadline();
    void retranslateUi();

    QPointer<DoctorRun> m_run;
    QString m_profileName;
    QList<DoctorCheck> m_checks;
    int m_running = -1;  // index of the running check, -1 when none
    bool m_done = false;
    QLabel *m_headline;
    QTreeWidget *m_list;
    QPushButton *m_copyReport;
    QPushButton *m_copyPolicy;
    QPushButton *m_close;
};

} // namespace smsc
