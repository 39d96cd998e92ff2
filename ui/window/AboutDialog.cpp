// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/AboutDialog.h"

#include "profile/AppIdentity.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

QLabel *textLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // Selectable (a support ticket quotes the version) but without a caret: docs/ARCHITECTURE.md "Text style".
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent),
      m_title(textLabel(u"aboutTitle"_s, this)),
      m_version(textLabel(u"aboutVersion"_s, this)),
      m_licence(textLabel(u"aboutLicence"_s, this)),
      m_homepage(textLabel(u"aboutHomepage"_s, this))
{
    setObjectName(u"aboutDialog"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_homepage->setTextFormat(Qt::RichText);
    m_homepage->setOpenExternalLinks(true);
    m_homepage->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    for (QLabel *label : {m_title, m_version, m_licence, m_homepage})
        layout->addWidget(label);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
    retranslateUi();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About SMS Consistency Exporter"));
    m_title->setText(tr("SMS Consistency Exporter"));
    m_version->setText(tr("Version %1, built with Qt %2").arg(appVersionText(), QString::fromLatin1(qVersion())));
    m_licence->setText(tr("Free software, licensed under the GNU General Public License, version 3 or "
                          "(at your option) any later version (%1). It comes with no warranty.")
                           .arg(QString::fromLatin1(kLicense)));
    const QString url = appHomepage();
    m_homepage->setText(tr("Home page: %1").arg(u"<a href=\"%1\">%1</a>"_s.arg(url.toHtmlEscaped())));
}

} // namespace smsc
