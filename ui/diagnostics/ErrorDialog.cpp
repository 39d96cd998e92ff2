// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/ErrorDialog.h"

#include "diagnostics/SignatureDiagnosisView.h"
#include "diagnostics/SupportBundleAction.h"
#include "prompts/UserPrompts.h"
#include "util/SafeFile.h"
#include "widgets/SelectableLabel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smsc {
namespace {

QPlainTextEdit *readOnlyText(const QString &text, const QString &objectName, int lines)
{
    auto *edit = new QPlainTextEdit(text);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setMaximumHeight(lineHeight * lines + 2 * edit->frameWidth() + 8);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    return edit;
}

QString optionalNumber(int value)
{
    return value > 0 ? QString::number(value) : QString();
}

} // namespace

ErrorDialog::ErrorDialog(const ErrorReport &report, UserPrompts *prompts, QWidget *parent)
    : QDialog(parent), m_report(report), m_prompts(prompts), m_title(QT_TR_NOOP("Export failed"))
{
    setObjectName(u"ErrorDialog"_s);
    buildUi();
    retranslateUi();
    // Show every field without scrolling when the screen is tall enough; scroll on small screens.
    const int available = screen() ? screen()->availableGeometry().height() - 80 : 680;
    m_fieldsScroll->setMinimumHeight(
        std::min(m_fieldsScroll->widget()->sizeHint().height(), std::max(available - 300, 120)));
    // Never wider than the screen: 800 is more than a 1280-pixel screen at 200 % shows.
    const int screenWidth = screen() ? screen()->availableGeometry().width() - 40 : 800;
    const int width = std::min(800, std::max(minimumSizeHint().width(), screenWidth));
    // Never below 480: word-wrapped labels report a taller minimum once the dialog is narrower.
    resize(width, std::max({minimumSizeHint().height(), 480, std::min(sizeHint().height(), available)}));
}

QLineEdit *ErrorDialog::addLineRow(const char *label, const QString &value, const QString &objectName)
{
    auto *edit = new QLineEdit(value);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setCursorPosition(0);
    addRow(label, edit);
    return edit;
}

void ErrorDialog::addRow(const char *label, QWidget *field)
{
    auto *text = new QLabel;
    text->setBuddy(field);
    m_form->addRow(text, field);
    m_rowLabels.append({text, label});
}

void ErrorDialog::buildUi()
{
    const ApiError &e = m_report.error();
    auto *layout = new QVBoxLayout(this);

    m_headline = new SelectableLabel;  // may quote the server (a redirect target): plain text, never markup
    m_headline->setObjectName(u"headlineLabel"_s);
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_headline->setFont(bold);
    layout->addWidget(m_headline);

    m_hint = new SelectableLabel;
    m_hint->setText(e.hint);
    m_hint->setObjectName(u"hintLabel"_s);
    m_hint->setWordWrap(true);
    m_hint->setVisible(!e.hint.isEmpty());
    layout->addWidget(m_hint);

    m_recordedOnly = new SelectableLabel;
    m_recordedOnly->setObjectName(u"recordedOnlyLabel"_s);
    m_recordedOnly->setWordWrap(true);
    m_recordedOnly->setVisible(false);
    layout->addWidget(m_recordedOnly);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"fieldsScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *fields = new QWidget;
    auto *fieldsColumn = new QVBoxLayout(fields);
    fieldsColumn->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    fieldsColumn->addLayout(m_form);
    addSignatureDiagnosis(fieldsColumn);
    fieldsColumn->addStretch(1);  // spare height below the fields, never inside a row
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(fields);
    m_fieldsScroll = scroll;
    layout->addWidget(scroll, 1);

    addLineRow(QT_TR_NOOP("HTTP status:"), optionalNumber(e.httpStatus), u"httpStatusEdit"_s);
    addLineRow(QT_TR_NOOP("Error code:"), e.errorCode, u"errorCodeEdit"_s);

    auto *messageRow = new QWidget;
    auto *messageLayout = new QHBoxLayout(messageRow);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    m_message = readOnlyText(e.errorMsg, u"errorMsgEdit"_s, 3);
    m_showRaw = new QToolButton;
    m_showRaw->setObjectName(u"showRawMessageButton"_s);
    m_showRaw->setCheckable(true);
    m_showRaw->setEnabled(e.errorMsgRaw != e.errorMsg && !e.errorMsgRaw.isEmpty());
    connect(m_showRaw, &QToolButton::toggled, this, [this](bool raw) {
        m_message->setPlainText(raw ? m_report.error().errorMsgRaw : m_report.error().errorMsg);
        retranslateUi();
    });
    messageLayout->addWidget(m_message, 1, Qt::AlignTop);
    messageLayout->addWidget(m_showRaw, 0, Qt::AlignTop);
    addRow(QT_TR_NOOP("Error message:"), messageRow);
    m_rowLabels.last().first->setBuddy(m_message);

    addLineRow(QT_TR_NOOP("Error parameters:"), e.errorParam.join(u"; "), u"errorParamEdit"_s);

    m_details = new QTableWidget(static_cast<int>(e.details.size()), 2);
    m_details->setObjectName(u"detailsTable"_s);
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setTabKeyNavigation(false);
    m_details->verticalHeader()->hide();
    m_details->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < e.details.size(); ++row) {
        m_details->setItem(row, 0, new QTableWidgetItem(e.details.at(row).code));
        m_details->setItem(row, 1, new QTableWidgetItem(e.details.at(row).message));
    }
    m_details->resizeColumnToContents(0);
    m_details->setWordWrap(false);
    // Tall enough for every row (up to 6) without an inner scroll bar.
    const int rows = std::clamp(m_details->rowCount(), 1, 6);
    m_details->setFixedHeight(m_details->horizontalHeader()->sizeHint().height() + 2 * m_details->frameWidth()
                              + rows * m_details->verticalHeader()->defaultSectionSize() + 2);
    addRow(QT_TR_NOOP("Details:"), m_details);

    addLineRow(QT_TR_NOOP("Request ID:"), e.requestId, u"requestIdEdit"_s);
    addLineRow(QT_TR_NOOP("Time (UTC):"), ErrorReport::formatUtc(m_report.requestTimeUtc()), u"timeUtcEdit"_s);
    addLineRow(QT_TR_NOOP("Time (local):"), ErrorReport::formatLocal(m_report.requestTimeUtc()), u"timeLocalEdit"_s);
    addLineRow(QT_TR_NOOP("Server time (UTC):"), ErrorReport::formatUtc(e.serverDate), u"serverTimeEdit"_s);
    m_clockSkew = addLineRow(QT_TR_NOOP("Clock skew:"), {}, u"clockSkewEdit"_s);
    addLineRow(QT_TR_NOOP("Endpoint:"), m_report.context().endpoint, u"endpointEdit"_s);
    addLineRow(QT_TR_NOOP("Profile:"), m_report.context().profileName, u"profileEdit"_s);
    m_authMode = addLineRow(QT_TR_NOOP("Authentication:"), {}, u"authModeEdit"_s);
    addLineRow(QT_TR_NOOP("Access key:"), m_report.maskedAccessKey(), u"accessKeyEdit"_s);
    addLineRow(QT_TR_NOOP("Technical detail:"), e.technicalDetail, u"technicalDetailEdit"_s);
    addRow(QT_TR_NOOP("Gateway's canonical request:"),
           readOnlyText(e.gatewayCanonicalRequest, u"gatewayCanonicalEdit"_s, 4));

    // Rows without a value are hidden rather than shown empty: fewer stops for a screen reader.
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QWidget *field = m_form->itemAt(row, QFormLayout::FieldRole)->widget();
        bool empty = false;
        if (auto *line = qobject_cast<QLineEdit *>(field))
            empty = line->text().isEmpty() && line != m_clockSkew && line != m_authMode;
        else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
            empty = text->toPlainText().isEmpty()
                    || (text->objectName() == u"gatewayCanonicalEdit" && findChild<SignatureDiagnosisView *>());
        else if (field == m_details)
            empty = e.details.isEmpty();
        if (m_clockSkew == field)
            empty = m_report.clockSkewText().isEmpty();
        m_form->setRowVisible(row, !empty);
    }

    m_encodedBox = new QWidget;
    m_encodedBox->setObjectName(u"encodedMessageBox"_s);
    auto *encodedLayout = new QVBoxLayout(m_encodedBox);
    encodedLayout->setContentsMargins(0, 0, 0, 0);
    m_encodedToggle = new QToolButton;
    m_encodedToggle->setObjectName(u"encodedMessageToggle"_s);
    m_encodedToggle->setCheckable(true);
    m_encodedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_encodedToggle->setArrowType(Qt::RightArrow);
    m_encodedToggle->setAutoRaise(true);
    m_encoded = readOnlyText(e.encodedAuthorizationMessage, u"encodedMessageEdit"_s, 6);
    m_encoded->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_encoded->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_encoded->setWordWrapMode(QTextOption::WrapAnywhere);
    m_encoded->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_encoded->setVisible(false);
    m_copyEncoded = new QPushButton;
    m_copyEncoded->setObjectName(u"copyEncodedButton"_s);
    m_copyEncoded->setVisible(false);
    connect(m_copyEncoded, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_report.error().encodedAuthorizationMessage);
        showStatus(tr("Encoded authorization message copied."));
    });
    connect(m_encodedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_encodedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_encoded->setVisible(open);
        // Make room for the box instead of squeezing the fields, as far as the screen allows.
        if (open && screen())
            resize(width(), std::min(height() + m_encoded->maximumHeight(), screen()->availableGeometry().height() - 40));
        m_copyEncoded->setVisible(open);
    });
    auto *toggleRow = new QHBoxLayout;
    m_decode = new QPushButton;
    m_decode->setObjectName(u"decodeButton"_s);
    connect(m_decode, &QPushButton::clicked, this,
            [this] { emit decodeRequested(m_report.error().encodedAuthorizationMessage); });
    // Its actions go under the toggle, so the box never sets the dialog's minimum width.
    toggleRow->addWidget(m_decode);
    toggleRow->addWidget(m_copyEncoded);
    toggleRow->addStretch(1);
    encodedLayout->addWidget(m_encodedToggle, 0, Qt::AlignLeft);
    encodedLayout->addLayout(toggleRow);
    encodedLayout->addWidget(m_encoded);
    m_encodedBox->setVisible(!e.encodedAuthorizationMessage.isEmpty());
    layout->addWidget(m_encodedBox);

    m_status = new QLabel;
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    // The ways to pass the failure on get a row of their own above Try again and Close: in one
    // row the six buttons would not fit a 1280-pixel screen at 200 % (docs/ARCHITECTURE.md
    // "Keyboard and scaling").
    auto *reportRow = new QHBoxLayout;
    auto addReportButton = [reportRow](const QString &name) {
        auto *button = new QPushButton;
        button->setObjectName(name);
        reportRow->addWidget(button);
        return button;
    };
    m_copySummary = addReportButton(u"copySummaryButton"_s);
    m_copyCurl = addReportButton(u"copyCurlButton"_s);
    m_copyCurl->setEnabled(!m_report.context().curlCommand.isEmpty());
    m_saveReport = addReportButton(u"saveReportButton"_s);
    m_saveBundle = addReportButton(u"saveSupportBundleButton"_s);
    reportRow->addStretch(1);
    layout->addLayout(reportRow);
    connect(m_saveBundle, &QPushButton::clicked, this, &ErrorDialog::saveSupportBundle);
    auto *buttons = new QDialogButtonBox;
    m_retry = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->setVisible(false);
    connect(m_retry, &QPushButton::clicked, this, &ErrorDialog::retryRequested);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"closeButton"_s);
    m_close->setDefault(true);
    connect(m_copySummary, &QPushButton::clicked, this, &ErrorDialog::copySummary);
    connect(m_copyCurl, &QPushButton::clicked, this, &ErrorDialog::copyCurl);
    connect(m_saveReport, &QPushButton::clicked, this, &ErrorDialog::saveReportAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ErrorDialog::setDecodedMessage(const QString &decodedJson)
{
    m_report.setDecodedAuthorizationMessage(decodedJson);
}

void ErrorDialog::setRetryAvailable(bool available)
{
    m_retry->setVisible(available);
}

void ErrorDialog::setRecordedOnly()
{
    m_recordedOnly->setVisible(true);
    // Without the request, the times would be this dialog's own and cURL and the bundle empty.
    for (const char *name : {"timeUtcEdit", "timeLocalEdit"}) {
        if (auto *field = findChild<QLineEdit *>(QString::fromLatin1(name)))
            m_form->setRowVisible(field, false);
    }
    m_copyCurl->setVisible(false);
    m_saveBundle->setVisible(false);
}

void ErrorDialog::setContext(const char *sourceTitle)
{
    m_title = sourceTitle;
    setWindowTitle(tr(m_title));
}

void ErrorDialog::retranslateUi()
{
    setWindowTitle(tr(m_title));
    m_headline->setText(m_report.headline());
    m_headline->setAccessibleName(tr("Headline"));
    m_hint->setAccessibleName(tr("What to do"));
    m_recordedOnly->setText(tr("This error was recorded in an earlier session, and only what was recorded is shown: "
                               "the request, the service's full answer and its cURL line were not kept."));
    m_recordedOnly->setAccessibleName(tr("Recorded in an earlier session"));
    for (const auto &[label, source] : m_rowLabels) {
        label->setText(tr(source));
        QString name = label->text();
        name.chop(name.endsWith(u':') ? 1 : 0);
        label->buddy()->setAccessibleName(name);
    }
    m_authMode->setText(m_report.authModeName());
    m_clockSkew->setText(m_report.clockSkewText());
    m_showRaw->setText(m_showRaw->isChecked() ? tr("Show with parameters") : tr("Show as sent"));
    m_showRaw->setAccessibleName(m_showRaw->text());
    m_message->setAccessibleDescription(m_showRaw->isChecked() ? tr("As sent by the service, placeholders intact")
                                                               : tr("With the error parameters filled in"));
    m_details->setHorizontalHeaderLabels({tr("Code"), tr("Message")});
    const auto length = m_report.error().encodedAuthorizationMessage.size();
    m_encodedToggle->setText(tr("Encoded authorization message (%1 characters)").arg(length));
    m_encodedToggle->setAccessibleName(m_encodedToggle->text());
    m_encoded->setAccessibleName(tr("Encoded authorization message"));
    m_encoded->setAccessibleDescription(tr("%1 characters; decode it with STS decode-authorization-message")
                                            .arg(length));
    m_copyEncoded->setText(tr("Cop&y encoded message"));
    m_copySummary->setText(tr("&Copy summary"));
    m_retry->setText(tr("&Try again"));
    m_retry->setToolTip(tr("Send the same request once more"));
    m_copyCurl->setText(tr("Copy as c&URL"));
    m_copyCurl->setToolTip(tr("The request as a cURL command; signature, tokens and the secret key are redacted."));
    m_saveReport->setText(tr("&Save report…"));
    m_saveReport->setToolTip(tr("Save every field above as text or JSON; secrets are redacted."));
    m_decode->setText(tr("&Decode…"));
    m_decode->setToolTip(tr("Ask STS, with this profile's keys, which policy denied the request"));
    m_saveBundle->setText(SupportBundleAction::text());
    m_saveBundle->setToolTip(tr("One redacted file with the request, the answer, request IDs and times, for a ticket"));
    m_status->setAccessibleName(tr("Status"));
}

void ErrorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ErrorDialog::showStatus(const QString &text)
{
    m_status->setText(text);
}

void ErrorDialog::copySummary()
{
    QGuiApplication::clipboard()->setText(m_report.toSummary());
    showStatus(tr("Summary copied to the clipboard."));
}

void ErrorDialog::copyCurl()
{
    QGuiApplication::clipboard()->setText(m_report.context().curlCommand);
    showStatus(tr("cURL command copied (signature, tokens and secret key redacted)."));
}

bool ErrorDialog::saveReport(const QString &path, QString *errorMessage) const
{
    const QByteArray data = path.endsWith(u".json", Qt::CaseInsensitive) ? m_report.toJson()
                                                                          : m_report.toText().toUtf8();
    const Outcome<void> written = SafeFile::write(path, data);
    if (!written.ok()) {
        if (errorMessage)
            *errorMessage = tr("Could not save the report to \"%1\": %2")
                                .arg(QDir::toNativeSeparators(path), written.error());
        return false;
    }
    return true;
}

void ErrorDialog::saveReportAs()
{
    QString id = m_report.error().requestId.isEmpty()
                     ? m_report.requestTimeUtc().toString(u"yyyyMMdd-HHmmss"_s)
                     : m_report.error().requestId;
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_s);
    id.replace(unsafe, u"_"_s);
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(u"sms-error-%1.txt"_s.arg(id));
    m_prompts->saveFileName(this, tr("Save error report"), suggested,
                            tr("Text report (*.txt);;JSON report (*.json)"),
                            [this](const QString &path) {
                                if (path.isEmpty())
                                    return;
                                QString error;
                                showStatus(saveReport(path, &error)
                                               ? tr("Report saved to \"%1\".").arg(QDir::toNativeSeparators(path))
                                               : error);
                            });
}

void ErrorDialog::addSignatureDiagnosis(QVBoxLayout *fieldsColumn)
{
    // Only when the gateway echoed its canonical request; it replaces the plain echo row.
    if (m_report.error().gatewayCanonicalRequest.isEmpty() || m_report.request().canonicalRequest.isEmpty())
        return;
    auto *view = new SignatureDiagnosisView;
    view->setRequests(m_report.error().gatewayCanonicalRequest, QString::fromUtf8(m_report.request().canonicalRequest),
                      QString::fromUtf8(m_report.request().stringToSign));
    fieldsColumn->addWidget(view);
}

void ErrorDialog::saveSupportBundle()
{
    SupportBundleAction::save(this, m_prompts, SupportBundleAction::exchangeOf(m_report),
                              SupportBundleAction::contextOf(m_report), Credentials(),
                              [this](const QString &path, const QString &problem) {
                                  if (path.isEmpty())
                                      return;
                                  showStatus(problem.isEmpty() ? tr("Support bundle saved to \"%1\".")
                                                                     .arg(QDir::toNativeSeparators(path))
                                                               : problem);
                              });
}

} // namespace smsc
