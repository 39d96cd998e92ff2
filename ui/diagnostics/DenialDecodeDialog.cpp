// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/DenialDecodeDialog.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smsc {

DenialDecodeDialog::DenialDecodeDialog(QNetworkAccessManager *network, Profile profile, Credentials credentials,
                                       QString encodedMessage, QWidget *parent)
    : StsResultDialog(network, std::move(profile), std::move(credentials), u"decisionLabel"_s, u"decodeAgain"_s,
                      parent),
      m_message(std::move(encodedMessage))
{
    setObjectName(u"denialDecodeDialog"_s);
    QFont bold = headline()->font();
    bold.setBold(true);
    headline()->setFont(bold);

    m_action = addField(u"actionField"_s);
    m_resource = addField(u"resourceField"_s);
    m_policy = addField(u"policyField"_s);
    m_reason = addField(u"reasonField"_s);

    m_problem = new QLabel;
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    m_rawToggle = new QToolButton;
    m_rawToggle->setObjectName(u"rawJsonToggle"_s);
    m_rawToggle->setCheckable(true);
    m_rawToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rawToggle->setArrowType(Qt::RightArrow);
    m_raw = new QPlainTextEdit;
    m_raw->setObjectName(u"rawJson"_s);
    m_raw->setReadOnly(true);
    m_raw->setTabChangesFocus(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->hide();
    connect(m_rawToggle, &QToolButton::toggled, this, [this](bool on) {
        m_raw->setVisible(on);
        m_rawToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(client(), &StsClient::decodeFinished, this, &DenialDecodeDialog::onDecoded);

    layOut([this](QVBoxLayout *layout) {
        layout->addWidget(m_problem);
        layout->addWidget(m_rawToggle, 0, Qt::AlignLeft);
        layout->addWidget(m_raw, 1);
        layout->addStretch();
    });
    retranslateUi();
    resize(640, 420);
}

void DenialDecodeDialog::send()
{
    m_problem->hide();
    client()->decode(m_message);
}

void DenialDecodeDialog::onDecoded(const DecodeResult &result)
{
    m_result = result;
    finish();
    emit finished(result);
}

void DenialDecodeDialog::showDecision(const AuthorizationDecision &decision)
{
    using Verdict = AuthorizationDecision::Verdict;
    switch (decision.verdict) {
    case Verdict::Allow: headline()->setText(tr("Allowed: the policies allow this action.")); break;
    case Verdict::Deny: headline()->setText(tr("Denied: the policies do not allow this action.")); break;
    case Verdict::Unknown: headline()->setText(tr("STS did not say whether the action is allowed.")); break;
    }
    m_action->setText(decision.action);
    m_resource->setText(decision.resource);
    QStringList policies;
    for (const MatchedStatement &statement : decision.statements) {
        policies << tr("%1 (%2 policy), statement %3: %4")
                        .arg(statement.policy, statement.policyType, statement.statementId, statement.effect);
    }
    m_policy->setText(policies.isEmpty() ? tr("No statement matched") : policies.join(u"; "_s));
    m_policy->setToolTip(m_policy->text());
    if (decision.verdict == Verdict::Allow)
        m_reason->setText(tr("An Allow statement matched and no Deny statement did."));
    else if (decision.explicitDeny)
        m_reason->setText(tr("An explicit Deny statement matched; it overrides every Allow."));
    else if (decision.verdict == Verdict::Deny)
        m_reason->setText(tr("No policy allows this action (implicit deny): grant it to the user or agency."));
    else
        m_reason->setText(decision.problem);
    m_raw->setPlainText(decision.rawJson);
}

void DenialDecodeDialog::showProblem(const ApiError &error)
{
    headline()->setText(tr("The message could not be decoded."));
    QString text = error.headline;
    if (error.kind == ErrorKind::Permission) {
        text = tr("%1 (HTTP %2, error code %3)")
                   .arg(StsClient::decodePermissionHint(error.errorMsg), QString::number(error.httpStatus),
                        error.errorCode);
    } else if (!error.hint.isEmpty()) {
        text = tr("%1 %2").arg(error.headline, error.hint);
    }
    if (!error.requestId.isEmpty())
        text = tr("%1 (request ID %2)").arg(text, error.requestId);
    m_problem->setText(text);
    m_problem->show();
    m_raw->setPlainText(QString::fromUtf8(m_result.exchange.responseBody));
}

void DenialDecodeDialog::retranslateUi()
{
    setWindowTitle(tr("Decode authorization message"));
    setFieldLabels({tr("&Action:"), tr("&Resource:"), tr("Matching &policy:"), tr("Rea&son:")});
    headline()->setAccessibleName(tr("Decision"));
    m_problem->setAccessibleName(tr("Problem"));
    m_rawToggle->setText(tr("Raw &JSON"));
    m_raw->setAccessibleName(tr("Decoded message as JSON"));
    againButton()->setText(tr("&Decode again"));
    if (!isDone()) {
        headline()->setText(isRunning() ? tr("Decoding with STS…") : QString());
    } else if (m_result.ok()) {
        showDecision(m_result.decision);
    } else {
        showProblem(m_result.error);
    }
}

} // namespace smsc
