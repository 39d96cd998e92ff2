#include "diagnostics/WhoAmIDialog.h"

#include "clock/ClockSkew.h"

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
    : StsResultDialog(network, profile, std::move(credentials), u"summaryLabel"_s, u"checkAgain"_s, parent),
      m_profile(std::move(profile)), m_accountId(std::move(accountId))
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
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_warning->hide();

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

void WhoAmIDialog::showReport()
{
    const bool ok = m_result.ok();
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
        headline()->setText(tr("The check failed."));
        QString text = m_result.error.headline;
        if (m_result.error.kind == ErrorKind::Permission)
            text = tr("%1 %2").arg(text, StsClient::callerIdentityPermissionHint(m_result.error.errorMsg));
        else if (!m_result.error.hint.isEmpty())
            text = tr("%1 %2").arg(text, m_result.error.hint);
        if (!m_result.error.requestId.isEmpty())
            text = tr("%1 (request ID %2)").arg(text, m_result.error.requestId);
        warnings << text;
    } else {
        headline()->setText(tr("The credentials of profile “%1” work.").arg(m_profile.name));
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
    setWindowTitle(tr("Check Profile"));
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
    if (isDone())
        showReport();
    else
        headline()->setText(isRunning() ? tr("Asking STS who these credentials belong to…") : QString());
}

} // namespace smsc
