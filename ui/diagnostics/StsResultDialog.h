// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/StsClient.h"

#include <QDialog>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QVBoxLayout;

namespace smsc {

/*!
 * The skeleton of a dialog that asks STS one question and shows the answer: a headline (busy text,
 * then the outcome), read-only fields, the dialog's own widgets, an "again" button and Close.
 * The texts live in the subclasses, so their translations keep the subclasses' contexts.
 */
class StsResultDialog : public QDialog
{
    Q_OBJECT
public:
    void setClock(std::function<QDateTime()> utcNow);   //!< signing clock (ClockOffset)
    //! Sends the request; the headline shows the busy text until STS answers.
    void start();
    bool isRunning() const;

protected:
    StsResultDialog(QNetworkAccessManager *network, Profile profile, Credentials credentials,
                    const QString &headlineName, const QString &againName, QWidget *parent);

    //! A read-only field with a label in the form, in order.
    QLineEdit *addField(const QString &objectName);
    //! Lays out headline, fields, what `addBody` adds, then the buttons: also the tab order.
    void layOut(const std::function<void(QVBoxLayout *)> &addBody);
    void setFieldLabels(const QStringList &texts);
    void setFieldVisible(QLineEdit *field, bool visible);  //!< the field with its label
    //! Called by the subclass once STS answered: leaves the busy state.
    void finish();

    virtual void send() = 0;
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent *event) override;

    StsClient *client() const { return m_client; }
    QLabel *headline() const { return m_headline; }
    QPushButton *againButton() const { return m_again; }
    bool isDone() const { return m_done; }

private:
    StsClient *m_client;
    bool m_done = false;
    QLabel *m_headline;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QPushButton *m_again;
    QWidget *m_buttons;
};

} // namespace smsc
