// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/WhoAmIDialog.h"

#include "clock/ClockSkew.h"
#include "errors/ErrorReport.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace smsc {

WhoAmIDialog::WhoAmIDialog(QNetworkAccessManager *network, Profile profile, Credentials credentials,
                           QString accountId, QWidget *parent)
    : StsResultDialog(network, profile, credentials, u"summaryLabel"_s, u"checkAgain"_s, parent),
      m_profile(std::move(profile)), m_accountId(std::move(accountId)), m_credentials(std::move(credentials))
{
    setObjectName(u"whoAmIDialog"_s);
    m_account = addField(u"accountField"_s);
    m_principal = addField(u"principalField"_s);
    m_urn = addField(u"principalUrnField"_s);
    m_scope = addField(u"scopeHeaderField"_s);
    m_endpoint = addField(u"endpointField"_s);
    m_clock = addField(u"clockSkewField"_s);

    m_warning = new QLabel;
    m_warning->setObjectName(u"warningLabel"_s);
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->hide();

    // After a failure: the full error (Details…) and a redacted copy for a ticket, next to the reason.
    m_failureButtons = new QWidget;
    auto *failureRow = new QHBoxLayout(m_failureButtons);
    failureRow->setContentsMargins(0, 0, 0, 0);
    m_details = new QPushButton;
    m_details->setObjectName(u"failureDetailsButton"_s);
    m_copy = new QPushButton;
    m_copy->setObjectName(u"copyFailureButton"_s);
    for (QPushButton *button : {m_details, m_copy}) {
        button->setAutoDefault(false);
        failureRow->addWidget(button);
    }
    failureRow->addStretch(1);
    m_failureButtons->hide();
    connect(m_details, &QPushButton::clicked, this, [this] { emit detailsRequested(m_result); });
    connect(m_copy, &QPushButton::clicked, this, &WhoAmIDialog::copyFailure);

    m_checklistLabel = new QLabel;
    m_checklistLabel->setWordWrap(true);
    m_checklist = new QTreeWidget;
    m_checklist->setObjectName(u"permissionChecklist"_s);
    m_checklist->setColumnCount(2);
    m_checklist->setRootIsDecorated(false);
    m_checklist->header()->setStretchLastSection(true);
    m_checklistLabel->setBuddy(m_checklist);
    connect(client(), &StsClient::callerIdentityFinished, this, &WhoAmIDialog::onIdentity);

    layOut([this](QVBoxLayout *layout) {
        layout->addWidget(m_failureButtons);
        layout->addWidget(m_warning);
        layout->addWidget(m_checklistLabel);
        layout->addWidget(m_checklist, 1);
    });
    retranslateUi();
    resize(640, 480);
}

void WhoAmIDialog::send()
{
    client()->callerIdentity();
}

void WhoAmIDialog::onIdentity(const CallerIdentityResult &result)
{
    m_result = result;
    m_report = WhoAmIReport::from(result, m_profile, m_accountId);
    finish();
    emit finished(result);
}

QString WhoAmIDialog::principalText() const
{
    switch (m_report.principalKind) {
    case PrincipalKind::User: return tr("IAM user %1").arg(m_report.principalName);
    case PrincipalKind::Agency: return tr("Agency %1").arg(m_report.principalName);
    case PrincipalKind::Unknown: break;
    }
    return m_report.principalUrn;
}

QString WhoAmIDialog::clockText() const
{
    if (!m_report.clockSkewSeconds)
        return tr("Unknown: the answer carried no usable Date header");
    const qint64 skew = *m_report.clockSkewSeconds;
    if (skew == 0)
        return tr("In step with the server");
    const QString size = ClockSkew::exactDuration(skew);
    return skew > 0 ? tr("%1 ahead of the server").arg(size) : tr("%1 behind the server").arg(size);
}

void WhoAmIDialog::copyFailure()
{
    ErrorReportContext context;
    context.profileName = m_profile.name;
    context.endpoint = m_result.endpoint;
    context.authMode = m_profile.authMode;
    QGuiApplication::clipboard()->setText(
        ErrorReport(m_result.error, m_result.exchange.request, context, m_credentials).toSummary());
}

void WhoAmIDialog::showReport()
{
    const bool ok = m_result.ok();
    // A failure answers nothing about the account: its reason comes first, not empty fields.
    for (QLineEdit *field : {m_account, m_principal, m_urn})
        setFieldVisible(field, ok);
    m_failureButtons->setVisible(!ok);
    m_account->setText(ok ? m_report.accountId : QString());
    m_principal->setText(ok ? principalText() : QString());
    m_urn->setText(ok ? m_report.principalUrn : QString());
    m_scope->setText(m_report.scopeHeaderValue.isEmpty()
                         ? tr("None sent")
                         : tr("%1: %2").arg(m_report.scopeHeaderName, m_report.scopeHeaderValue));
    m_endpoint->setText(m_result.endpoint);
    m_clock->setText(m_result.clockSkewSeconds ? clockText() : QString());

    QStringList warnings;
    if (!ok) {
        QString text = m_result.error.headline;
        if (m_result.error.kind == ErrorKind::Permission)
            text = tr("%1 %2").arg(text, StsClient::callerIdentityPermissionHint(m_result.error.errorMsg));
        else if (!m_result.error.hint.isEmpty())
            text = tr("%1 %2").arg(text, m_result.error.hint);
        if (!m_result.error.requestId.isEmpty())
            text = tr("%1 (request ID %2)").arg(text, m_result.error.requestId);
        headline()->setText(tr("The check failed: %1").arg(text));
    } else {
        headline()->setText(tr("The credentials of profile \"%1\" work.").arg(m_profile.name));
        if (m_report.accountMismatch(m_profile))
            warnings << tr("The profile names account %1, but these credentials belong to account %2.")
                            .arg(m_profile.domainId, m_report.accountId);
    }
    if (ClockSkew::shouldWarn(m_result.clockSkewSeconds))
        warnings << ClockSkew::warningText(*m_result.clockSkewSeconds);
    m_warning->setText(warnings.join(u'\n'));
    m_warning->setVisible(!warnings.isEmpty());
}

void WhoAmIDialog::retranslateUi()
{
    setWindowTitle(tr("Check profile"));
    setFieldLabels({tr("Account ID:"), tr("User or agency:"), tr("Principal URN:"), tr("Scope header sent:"),
                    tr("Endpoint reached:"), tr("Clock skew:")});
    headline()->setAccessibleName(tr("Result"));
    m_warning->setAccessibleName(tr("Warnings"));
    m_checklistLabel->setText(tr("IAM actions this app needs (not checked here; a denial names the missing one):"));
    m_checklist->setAccessibleName(tr("Required IAM actions"));
    m_checklist->setHeaderLabels({tr("Used for"), tr("IAM action")});
    m_checklist->clear();
    for (const RequiredPermission &permission : WhoAmIReport::requiredPermissions())
        m_checklist->addTopLevelItem(new QTreeWidgetItem({permission.purpose, permission.action}));
    m_checklist->resizeColumnToContents(0);
    againButton()->setText(tr("Check &again"));
    m_details->setText(tr("&Details…"));
    m_details->setToolTip(tr("Every field of the failed request and answer, secrets redacted"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy a summary of the failure; keys, tokens and signatures are redacted"));
    if (isDone())
        showReport();
    else
        headline()->setText(isRunning() ? tr("Asking STS who these credentials belong to…") : QString());
}

} // namespace smsc
