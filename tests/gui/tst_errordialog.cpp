// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/HostileText.h"
#include "diagnostics/ErrorDialog.h"
#include "errors/ErrorMapper.h"
#include "harness/ScriptedPrompts.h"
#include "redaction/RequestRedactor.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

using namespace smsc;

namespace {
const QString kAk = u"SMSCTESTAK0000000001"_s;
const QString kSk = u"SMSCTESTSECRETKEY0000000000000000000000000"_s;
const QString kSecurityToken = u"SMSCTESTSECURITYTOKEN00000000000000000000"_s;
const QString kSignature = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;
const QString kEncoded = QString(1234, u'E');

ErrorReport forbiddenReport()
{
    ApiError e;
    e.kind = ErrorKind::Permission;
    e.httpStatus = 403;
    e.errorCode = u"SMS.0204"_s;
    e.errorMsgRaw = u"Insufficient permissions. Cause: {0[0]}"_s;
    e.errorMsg = u"Insufficient permissions. Cause: sms:server:getBatchConsistencyResults"_s;
    e.errorParam = {u"sms:server:getBatchConsistencyResults"_s};
    e.details = {{u"IAM.0002"_s, u"Policy denies the action"_s}, {u"IAM.0003"_s, u"No allow statement"_s}};
    e.encodedAuthorizationMessage = kEncoded;
    e.requestId = u"req-7f3a"_s;
    e.serverDate = QDateTime(QDate(2026, 11, 27), QTime(19, 0, 30), Qt::UTC);
    e.clockSkewSeconds = -30;
    e.headline = u"You do not have permission to export consistency results."_s;
    e.hint = u"Ask your administrator for sms:server:getBatchConsistencyResults."_s;
    RequestRecord r;
    r.method = "POST";
    r.url = u"https://sms.example.test/v3/tasks/consistency-results/export"_s;
    r.headers = {{"Authorization", (u"SDK-HMAC-SHA256 Access="_s + kAk + u", SignedHeaders=host;x-sdk-date, Signature="
                                    + kSignature).toLatin1()},
                 {"X-Security-Token", kSecurityToken.toLatin1()}};
    r.sentAtUtc = QDateTime(QDate(2026, 11, 27), QTime(19, 0, 0), Qt::UTC);
    const QString curl = u"curl -X POST 'https://sms.example.test/v3/tasks/consistency-results/export' "
                         u"-H 'Authorization: SDK-HMAC-SHA256 Access="_s + kAk + u", Signature="_s + kSignature
                         + u"' -H 'X-Security-Token: "_s + kSecurityToken + u"'"_s;
    return ErrorReport(e, r, {u"prod"_s, u"https://sms.example.test"_s, AuthMode::TemporaryAkSk, curl, {}, {}, {}},
                       {AuthMode::TemporaryAkSk, kAk, kSk, kSecurityToken, {}});
}

// A signature rejected by the gateway, with its canonical request echoed: the hash lines are
// 64 hexadecimal characters, the longest lines of both panes.
ErrorReport signatureReport()
{
    const QString hash = u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    const QString ours = u"POST\n/v3/tasks/consistency-results/export/\n\ncontent-type:application/json;charset=UTF-8\n"
                         u"host:sms.ap-southeast-3.myhuaweicloud.com\nx-domain-id:0a1b2c3d4e5f60718293a4b5c6d7e8f9\n"
                         u"x-sdk-date:20261127T190000Z\n\ncontent-type;host;x-domain-id;x-sdk-date\n"_s + hash;
    ApiError e;
    e.kind = ErrorKind::Authentication;
    e.httpStatus = 401;
    e.errorCode = u"APIGW.0303"_s;
    e.errorMsg = u"verify signature fail"_s;
    e.headline = u"The gateway rejected the signature."_s;
    e.gatewayCanonicalRequest = QString(ours).replace(u"/export/"_s, u"/export"_s);
    RequestRecord r;
    r.method = "POST";
    r.url = u"https://sms.ap-southeast-3.myhuaweicloud.com/v3/tasks/consistency-results/export"_s;
    r.canonicalRequest = ours.toUtf8();
    r.stringToSign = (u"SDK-HMAC-SHA256\n20261127T190000Z\n"_s + hash).toUtf8();
    return ErrorReport(e, r, {u"prod"_s, u"https://sms.example.test"_s, AuthMode::AkSk, {}, {}, {}, {}},
                       {AuthMode::AkSk, kAk, kSk, {}, {}});
}

//! The report of forbiddenReport() with an encoded authorization message of `length` characters.
ErrorReport forbiddenReportWithEncodedMessage(qsizetype length)
{
    ErrorReport report = forbiddenReport();
    ApiError e = report.error();
    e.encodedAuthorizationMessage = QString(length, u'Q');
    return ErrorReport(e, report.request(), report.context(), {AuthMode::TemporaryAkSk, kAk, kSk, kSecurityToken, {}});
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no widget named %s", name);
    return widget;
}

QString lineText(QWidget *parent, const char *name)
{
    auto *edit = child<QLineEdit>(parent, name);
    return edit ? edit->text() : QString();
}

bool containsSecret(const QByteArray &data)
{
    for (const QString &secret : {kSk, kSecurityToken, kSignature, kAk})
        if (data.contains(secret.toUtf8()))
            return true;
    return false;
}
} // namespace

class TestErrorDialog final : public QObject
{
    Q_OBJECT
private slots:
    void titleNamesWhatFailed_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("title");
        QTest::newRow("export (default)") << QString() << u"Export failed"_s;
        QTest::newRow("account picker") << u"Loading from the account failed"_s
                                        << u"Loading from the account failed"_s;
    }

    void titleNamesWhatFailed()
    {
        QFETCH(QString, context);
        QFETCH(QString, title);
        test::ScriptedPrompts prompts;
        ErrorDialog dialog(forbiddenReport(), &prompts);
        const QByteArray source = context.toUtf8();  // outlives the dialog
        if (!context.isEmpty())
            dialog.setContext(source.constData());
        dialog.show();
        QCOMPARE(dialog.windowTitle(), title);
        QEvent languageChange(QEvent::LanguageChange);  // the title survives a retranslation
        QCoreApplication::sendEvent(&dialog, &languageChange);
        QCOMPARE(dialog.windowTitle(), title);
    }

    void rendersEveryFieldOfA403()
    {
        test::ScriptedPrompts prompts;
        ErrorDialog dialog(forbiddenReport(), &prompts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QCOMPARE(child<QLabel>(&dialog, "headlineLabel")->text(),
                 u"You do not have permission to export consistency results."_s);
        QVERIFY(child<QLabel>(&dialog, "hintLabel")->text().contains(u"Ask your administrator"_s));
        QCOMPARE(lineText(&dialog, "httpStatusEdit"), u"403"_s);
        QCOMPARE(lineText(&dialog, "errorCodeEdit"), u"SMS.0204"_s);
        QCOMPARE(lineText(&dialog, "errorParamEdit"), u"sms:server:getBatchConsistencyResults"_s);
        QCOMPARE(lineText(&dialog, "requestIdEdit"), u"req-7f3a"_s);
        QCOMPARE(lineText(&dialog, "timeUtcEdit"), u"2026-11-27 19:00:00 UTC"_s);
        // The same shape as the UTC fields, in local time with its offset.
        const QDateTime local = QDateTime(QDate(2026, 11, 27), QTime(19, 0, 0), Qt::UTC).toLocalTime();
        QVERIFY2(lineText(&dialog, "timeLocalEdit").startsWith(local.toString(u"yyyy-MM-dd HH:mm:ss UTC"_s)),
                 qPrintable(lineText(&dialog, "timeLocalEdit")));
        QCOMPARE(lineText(&dialog, "serverTimeEdit"), u"2026-11-27 19:00:30 UTC"_s);
        QVERIFY(lineText(&dialog, "clockSkewEdit").contains(u"30 s behind"_s));
        QCOMPARE(lineText(&dialog, "endpointEdit"), u"https://sms.example.test"_s);
        QCOMPARE(lineText(&dialog, "profileEdit"), u"prod"_s);
        QVERIFY(lineText(&dialog, "authModeEdit").contains(u"security token"_s));
        QCOMPARE(lineText(&dialog, "accessKeyEdit"), u"SMSC****0001"_s);

        auto *details = child<QTableWidget>(&dialog, "detailsTable");
        QCOMPARE(details->rowCount(), 2);
        QCOMPARE(details->item(0, 0)->text(), u"IAM.0002"_s);
        QCOMPARE(details->item(1, 1)->text(), u"No allow statement"_s);
        QVERIFY(details->isVisible());
    }

    // A long encoded authorization message wraps inside its own scrolling field: the dialog keeps
    // the width it has without one, shown and with the message opened.
    void aLongEncodedMessageKeepsTheDialogsWidth_data()
    {
        QTest::addColumn<int>("length");
        QTest::newRow("2048 characters (the usual)") << 2048;
        QTest::newRow("65535 characters (the most the service sends)") << 65535;
    }
    void aLongEncodedMessageKeepsTheDialogsWidth()
    {
        QFETCH(int, length);
        test::ScriptedPrompts prompts;
        ErrorDialog plain(forbiddenReportWithEncodedMessage(0), &prompts);
        plain.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        ErrorDialog dialog(forbiddenReportWithEncodedMessage(length), &prompts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.width(), plain.width());
        QVERIFY2(dialog.minimumSizeHint().width() <= plain.minimumSizeHint().width(),
                 qPrintable(u"%1 > %2"_s.arg(dialog.minimumSizeHint().width()).arg(plain.minimumSizeHint().width())));
        auto *toggle = child<QToolButton>(&dialog, "encodedMessageToggle");
        toggle->setFocus();
        QTest::keyClick(toggle, Qt::Key_Space);
        auto *box = child<QPlainTextEdit>(&dialog, "encodedMessageEdit");
        QVERIFY(box->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(dialog.width(), plain.width());
        QVERIFY(dialog.minimumSizeHint().width() <= plain.minimumSizeHint().width());
        // All of it is there, wrapped (no sideways scrolling) and reachable by scrolling down.
        QCOMPARE(box->toPlainText().size(), length);
        QVERIFY(box->isReadOnly());
        QVERIFY(!box->horizontalScrollBar()->isVisible());
        QVERIFY(box->verticalScrollBar()->maximum() > 0);
        QVERIFY(box->width() <= dialog.width());
        // The dialog can still be made narrower than it opens.
        dialog.resize(plain.minimumSizeHint().width(), dialog.height());
        QCOMPARE(dialog.width(), plain.minimumSizeHint().width());
    }

    // The canonical requests side by side: every line, the 64-character hashes included, is
    // either shown whole or reachable by scrolling the pane sideways; no pane is cut by the dialog.
    void canonicalRequestPanesShowWholeLines_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("as it opens") << 0;
        QTest::newRow("made narrow") << 560;
    }
    void canonicalRequestPanesShowWholeLines()
    {
        QFETCH(int, width);
        test::ScriptedPrompts prompts;
        ErrorDialog dialog(signatureReport(), &prompts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (width > 0)
            dialog.resize(width, dialog.height());
        QCoreApplication::processEvents();
        for (const char *name : {"gatewayCanonicalRequest", "ourCanonicalRequest", "ourStringToSign"}) {
            auto *pane = child<QPlainTextEdit>(&dialog, name);
            QVERIFY2(pane && pane->isVisible(), name);
            // The pane itself lies inside the dialog's visible area, left to right.
            auto *scroll = child<QScrollArea>(&dialog, "fieldsScrollArea");
            const QRect inViewport(pane->mapTo(scroll->viewport(), QPoint(0, 0)), pane->size());
            QVERIFY2(inViewport.left() >= 0 && inViewport.right() < scroll->viewport()->width(),
                     qPrintable(u"%1 spans x %2..%3, the dialog shows 0..%4"_s.arg(QString::fromLatin1(name))
                                    .arg(inViewport.left()).arg(inViewport.right()).arg(scroll->viewport()->width())));
            QVERIFY2(pane->lineWrapMode() == QPlainTextEdit::NoWrap, name);  // a hash split in two reads as two values
            const QFontMetrics metrics(pane->font());
            int widest = 0;
            for (const QString &line : pane->toPlainText().split(u'\n'))
                widest = std::max(widest, metrics.horizontalAdvance(line));
            const int shown = pane->viewport()->width() + pane->horizontalScrollBar()->maximum();
            QVERIFY2(shown >= widest + int(pane->document()->documentMargin()),
                     qPrintable(u"%1: %2 px reachable, the widest line needs %3"_s.arg(QString::fromLatin1(name))
                                    .arg(shown).arg(widest)));
            if (pane->horizontalScrollBar()->maximum() > 0)
                QVERIFY2(pane->horizontalScrollBar()->isVisible(), name);
        }
    }

    // Read-only text draws no caret (tst_windowaudits checks every window), yet the keyboard still
    // copies it: Tab to the headline or a field, Ctrl+A, Ctrl+C.
    void readOnlyTextIsCopiedByKeyboardWithoutACaret()
    {
        test::ScriptedPrompts prompts;
        ErrorDialog dialog(forbiddenReport(), &prompts);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        for (const char *name : {"headlineLabel", "errorMsgEdit"}) {
            QWidget *widget = child<QWidget>(&dialog, name);
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
            widget->setFocus(Qt::TabFocusReason);
            QGuiApplication::clipboard()->clear();
            QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(widget, Qt::Key_C, Qt::ControlModifier);
            const QString expected = name == QByteArrayView("headlineLabel") ? child<QLabel>(&dialog, name)->text()
                                                                             : child<QPlainTextEdit>(&dialog, name)->toPlainText();
            QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        }
    }

    void messageShowsSubstitutedTextAndRawOneClickAway()
    {
        test::ScriptedPrompts prompts;
        ErrorDialog dialog(forbiddenReport(), &prompts);
        dialog.show();
        auto *message = child<QPlainTextEdit>(&dialog, "errorMsgEdit");
        QCOMPARE(message->toPlainText(), u"Insufficient permissions. Cause: sms:server:getBatchConsistencyResults"_s);
        QTest::mouseClick(child<QToolButton>(&dialog, "showRawMessageButton"), Qt::LeftButton);
        QCOMPARE(message->toPlainText(), u"Insufficient permissions. Cause: {0[0]}"_s);
        QTest::mouseClick(child<QToolButton>(&dialog, "showRawMessageButton"), Qt::LeftButton);
        QVERIFY(message->toPlainText().endsWith(u"getBatchConsistencyResults"_s));
    }

    void encodedMessageIsCollapsibleWithLengthAndCopy()
    {
        test::ScriptedPrompts prompts;
        ErrorDialog dialog(forbiddenReport(), &prompts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *toggle = child<QToolButton>(&dialog, "encodedMessageToggle");
        auto *box = child<QPlainTextEdit>(&dialog, "encodedMessageEdit");
        QVERIFY(toggle->text().contains(u"1234"_s));
        QVERIFY(!box->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(box->isVisible());
        QVERIFY(box->isReadOnly());
        QCOMPARE(box->toPlainText(), kEncoded);
        QVERIFY(box->font().fixedPitch() || box->font().styleHint() == QFont::TypeWriter
                || QFontInfo(box->font()).fixedPitch());
        QTest::mouseClick(child<QPushButton>(&dialog, "copyEncodedButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), kEncoded);
    }

    void copyAsCurlIsRedacted()
    {
        test::ScriptedPrompts prompts;
        ErrorDialog dialog(forbiddenReport(), &prompts);
        dialog.show();
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(&dialog, "copyCurlButton"), Qt::LeftButton);
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY(curl.startsWith(u"curl "_s));
        QVERIFY(curl.contains(u"consistency-results/export"_s));
        QVERIFY(curl.contains(QLatin1String(kRedacted)));
        QVERIFY(!containsSecret(curl.toUtf8()));
    }

    void copySummaryHasTheEssentials()
    {
        test::ScriptedPrompts prompts;
        ErrorDialog dialog(forbiddenReport(), &prompts);
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "copySummaryButton"), Qt::LeftButton);
        const QString summary = QGuiApplication::clipboard()->text();
        for (const QString &expected : {u"403"_s, u"SMS.0204"_s, u"req-7f3a"_s, u"2026-11-27 19:00:00 UTC"_s})
            QVERIFY2(summary.contains(expected), qPrintable(expected));
        QVERIFY(!containsSecret(summary.toUtf8()));
    }

    void saveReportWritesARedactedFile_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("text report") << u"report.txt"_s;
        QTest::newRow("JSON report") << u"report.json"_s;
    }
    void saveReportWritesARedactedFile()
    {
        QFETCH(QString, fileName);
        QTemporaryDir dir;
        test::ScriptedPrompts prompts;
        prompts.fileNames << dir.filePath(fileName);
        ErrorDialog dialog(forbiddenReport(), &prompts);
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "saveReportButton"), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(dir.filePath(fileName)));
        QFile file(dir.filePath(fileName));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(!containsSecret(data));
        QVERIFY(data.contains("SMS.0204"));
        QVERIFY(data.contains("req-7f3a"));
        QVERIFY(data.contains(kEncoded.toUtf8()));
        if (fileName.endsWith(u".json"_s))
            QCOMPARE(QJsonDocument::fromJson(data).object().value(u"http_status"_s).toInt(), 403);
        else
            QVERIFY(data.contains("HTTP status: 403"));
        QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains(fileName));
    }

    void hostileServerTextIsInertInTheDialogAndTheSavedReports_data()
    {
        QTest::addColumn<bool>("mapped");
        QTest::newRow("error mapped from a hostile reply") << true;
        QTest::newRow("error built raw (the report neutralises on its own)") << false;
    }
    void hostileServerTextIsInertInTheDialogAndTheSavedReports()
    {
        QFETCH(bool, mapped);
        using test::hostileText;
        const QByteArray body = QJsonDocument(test::hostileErrorBody()).toJson();
        ApiError e;
        if (mapped) {
            ReplyFacts facts;
            facts.url = QUrl(u"https://sms.example.test/v3/tasks/consistency-results/export"_s);
            facts.httpStatus = 403;
            facts.headers = {{"Content-Type", "application/json"},
                             {"X-Request-Id", test::hostileHeaderText(u"rid"_s).toUtf8() + "\x9b\x1b"}};
            facts.body = body;
            facts.networkErrorString = hostileText(u"reason phrase"_s);
            e = ErrorMapper::map(facts);
            QCOMPARE(e.kind, ErrorKind::Permission);
        } else {
            e.kind = ErrorKind::Permission;
            e.httpStatus = 403;
            e.errorCode = hostileText(u"code"_s);
            e.errorMsgRaw = hostileText(u"raw {0}"_s);
            e.errorMsg = hostileText(u"message"_s);
            e.errorParam = {hostileText(u"param"_s)};
            e.details = {{hostileText(u"detail-code"_s), hostileText(u"detail-message"_s)}};
            e.requestId = hostileText(u"rid"_s);
            e.headline = hostileText(u"<b>headline</b>"_s);
            e.hint = hostileText(u"hint"_s);
            e.technicalDetail = hostileText(u"technical"_s);
            e.gatewayCanonicalRequest = hostileText(u"echo"_s);
            e.redirectLocation = hostileText(u"location"_s);
            e.encodedAuthorizationMessage = hostileText(u"encoded"_s);
        }
        e.bodyExcerpt = body;
        const ErrorReport report(e, RequestRecord{}, {u"prod"_s, u"https://sms.example.test"_s, AuthMode::AkSk, {}, {}, {}, {}},
                                 {AuthMode::AkSk, kAk, kSk, {}, {}});
        QTemporaryDir dir;
        test::ScriptedPrompts prompts;
        prompts.fileNames << dir.filePath(u"report.txt"_s) << dir.filePath(u"report.json"_s);
        ErrorDialog dialog(report, &prompts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QStringList shown{dialog.windowTitle()};
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            shown << label->text();
        for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            shown << edit->text();
        for (const QPlainTextEdit *edit : dialog.findChildren<QPlainTextEdit *>())
            shown << edit->toPlainText();
        for (const QTableWidget *table : dialog.findChildren<QTableWidget *>()) {
            for (int row = 0; row < table->rowCount(); ++row)
                for (int column = 0; column < table->columnCount(); ++column)
                    shown << (table->item(row, column) ? table->item(row, column)->text() : QString());
        }
        auto *showRaw = child<QToolButton>(&dialog, "showRawMessageButton");
        if (showRaw->isEnabled()) {
            QTest::mouseClick(showRaw, Qt::LeftButton);
            shown << child<QPlainTextEdit>(&dialog, "errorMsgEdit")->toPlainText();
        }
        const QString all = shown.join(u'\n');
        QVERIFY2(test::liveControls(all).isEmpty(), qPrintable(test::liveControls(all).join(u' ')));
        QVERIFY2(all.contains(u"\\x1b]52"_s) && all.contains(u"\\u202e"_s), qPrintable(all));  // shown, escaped
        QVERIFY(!child<QLabel>(&dialog, "headlineLabel")->text().isEmpty());
        QCOMPARE(child<QLabel>(&dialog, "headlineLabel")->textFormat(), Qt::PlainText);

        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(&dialog, "copySummaryButton"), Qt::LeftButton);
        QVERIFY(test::liveControls(QGuiApplication::clipboard()->text()).isEmpty());

        for (const QString &name : {u"report.txt"_s, u"report.json"_s}) {
            QTest::mouseClick(child<QPushButton>(&dialog, "saveReportButton"), Qt::LeftButton);
            QTRY_VERIFY(QFile::exists(dir.filePath(name)));
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            QVERIFY2(test::liveControls(data).isEmpty(), qPrintable(name + test::liveControls(data).join(u' ')));
            QVERIFY(data.contains("\\x1b]52") || data.contains("\\\\x1b]52"));
            if (name.endsWith(u".json"_s)) {
                const QJsonObject o = QJsonDocument::fromJson(data).object();
                QVERIFY(!o.isEmpty());
                for (const QString &key : {u"error_code"_s, u"error_msg"_s, u"response_body"_s, u"headline"_s})
                    QVERIFY2(test::liveControls(o.value(key).toString()).isEmpty(), qPrintable(key));
            }
        }
    }

    void everyValueIsReadOnlyNamedAndReachableByTab()
    {
        test::ScriptedPrompts prompts;
        ErrorDialog dialog(forbiddenReport(), &prompts);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        QSet<QWidget *> reached;
        QWidget *first = QApplication::focusWidget();
        for (int i = 0; i < 60; ++i) {
            reached.insert(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget() == first)
                break;
        }
        const auto edits = dialog.findChildren<QLineEdit *>();
        QVERIFY(!edits.isEmpty());
        for (QLineEdit *edit : edits) {
            if (!edit->isVisibleTo(&dialog))
                continue;
            QVERIFY2(edit->isReadOnly(), qPrintable(edit->objectName()));
            QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(edit->objectName()));
            QVERIFY2(reached.contains(edit), qPrintable(edit->objectName()));
        }
        for (const char *name : {"errorMsgEdit", "detailsTable", "copySummaryButton", "copyCurlButton",
                                 "saveReportButton", "headlineLabel"})
            QVERIFY2(reached.contains(child<QWidget>(&dialog, name)), name);
        QVERIFY(!child<QWidget>(&dialog, "detailsTable")->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestErrorDialog)
#include "tst_errordialog.moc"
