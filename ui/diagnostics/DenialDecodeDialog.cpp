#include "diagnostics/DenialDecodeDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
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
    : QDialog(parent), m_client(new StsClient(network, std::move(profile), std::move(credentials), this)),
      m_message(std::move(encodedMessage))
{
    setObjectName(u"denialDecodeDialog"_s);
    m_verdict = new QLabel;
    m_verdict->setObjectName(u"decisionLabel"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);

    auto *form = new QFormLayout;
    m_action = addField(u"actionField"_s);
    m_resource = addField(u"resourceField"_s);
    m_policy = addField(u"policyField"_s);
    m_reason = addField(u"reasonField"_s);
    for (QLineEdit *field : {m_action, m_resource, m_policy, m_reason}) {
        auto *label = new QLabel;
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    }

    m_problem = new QLabel;
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
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

    auto *buttons = new QDialogButtonBox;
    m_retry = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(u"decodeAgain"_s);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"closeButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &DenialDecodeDialog::start);
    connect(m_client, &StsClient::decodeFinished, this, &DenialDecodeDialog::onDecoded);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_rawToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_raw, 1);
    layout->addStretch();
    layout->addWidget(buttons);
    retranslateUi();
    resize(640, 420);
}

QLineEdit *DenialDecodeDialog::addField(const QString &objectName)
{
    auto *field = new QLineEdit;
    field->setObjectName(objectName);
    field->setReadOnly(true);
    return field;
}

void DenialDecodeDialog::setClock(std::function<QDateTime()> utcNow)
{
    m_client->setClock(std::move(utcNow));
}

void DenialDecodeDialog::start()
{
    if (m_client->isRunning())
        return;
    m_done = false;
    m_problem->hide();
    m_retry->setEnabled(false);
    m_client->decode(m_message);
    retranslateUi();
}

bool DenialDecodeDialog::isRunning() const
{
    return m_client->isRunning();
}

void DenialDecodeDialog::onDecoded(const DecodeResult &result)
{
    m_result = result;
    m_done = true;
    m_retry->setEnabled(true);
    retranslateUi();
    emit finished(result);
}

void DenialDecodeDialog::showDecision(const AuthorizationDecision &decision)
{
    using Verdict = AuthorizationDecision::Verdict;
    switch (decision.verdict) {
    case Verdict::Allow: m_verdict->setText(tr("Allowed: the policies allow this action.")); break;
    case Verdict::Deny: m_verdict->setText(tr("Denied: the policies do not allow this action.")); break;
    case Verdict::Unknown: m_verdict->setText(tr("STS did not say whether the action is allowed.")); break;
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
    m_verdict->setText(tr("The message could not be decoded."));
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

void DenialDecodeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DenialDecodeDialog::retranslateUi()
{
    setWindowTitle(tr("Decode Authorization Message"));
    const QStringList names = {tr("&Action:"), tr("&Resource:"), tr("Matching &policy:"), tr("Rea&son:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(names.at(i));
    m_verdict->setAccessibleName(tr("Decision"));
    m_problem->setAccessibleName(tr("Problem"));
    m_rawToggle->setText(tr("Raw &JSON"));
    m_raw->setAccessibleName(tr("Decoded message as JSON"));
    m_retry->setText(tr("&Decode again"));
    if (!m_done) {
        m_verdict->setText(m_client->isRunning() ? tr("Decoding with STS…") : QString());
    } else if (m_result.ok()) {
        showDecision(m_result.decision);
    } else {
        showProblem(m_result.error);
    }
}

} // namespace smsc
