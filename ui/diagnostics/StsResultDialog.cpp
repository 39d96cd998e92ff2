// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/StsResultDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smsc {

StsResultDialog::StsResultDialog(QNetworkAccessManager *network, Profile profile, Credentials credentials,
                                 const QString &headlineName, const QString &againName, QWidget *parent)
    : QDialog(parent), m_client(new StsClient(network, std::move(profile), std::move(credentials), this)),
      m_headline(new QLabel), m_form(new QFormLayout)
{
    m_headline->setObjectName(headlineName);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);  // selectable, but no caret in a headline

    auto *buttons = new QDialogButtonBox;
    m_again = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_again->setObjectName(againName);
    m_again->setAutoDefault(false);  // Enter closes; asking STS again is a deliberate click
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, &StsResultDialog::start);
    m_buttons = buttons;
}

QLineEdit *StsResultDialog::addField(const QString &objectName)
{
    auto *field = new QLineEdit;
    field->setObjectName(objectName);
    field->setReadOnly(true);
    auto *label = new QLabel;
    label->setBuddy(field);
    m_labels << label;
    m_form->addRow(label, field);
    return field;
}

void StsResultDialog::layOut(const std::function<void(QVBoxLayout *)> &addBody)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(m_form);
    addBody(layout);
    layout->addWidget(m_buttons);
}

void StsResultDialog::setFieldVisible(QLineEdit *field, bool visible)
{
    m_form->setRowVisible(field, visible);
}

void StsResultDialog::setFieldLabels(const QStringList &texts)
{
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(texts.value(i));
}

void StsResultDialog::setClock(std::function<QDateTime()> utcNow)
{
    m_client->setClock(std::move(utcNow));
}

void StsResultDialog::start()
{
    if (m_client->isRunning())
        return;
    m_done = false;
    m_again->setEnabled(false);
    send();
    retranslateUi();
}

bool StsResultDialog::isRunning() const
{
    return m_client->isRunning();
}

void StsResultDialog::finish()
{
    m_done = true;
    m_again->setEnabled(true);
    retranslateUi();
}

void StsResultDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace smsc
