// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/HostileText.h"
#include "diagnostics/ErrorDialog.h"
#include "errors/ErrorMapper.h"
#include "harness/ErrorReportSamples.h"
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
using namespace smsc::test;

//! What leaves the error dialog (cURL line, summary, saved reports) is redacted, and hostile server text stays inert.
class TestErrorDialogReports final : public QObject
{
    Q_OBJECT
private slots:
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
};

QTEST_MAIN(TestErrorDialogReports)
#include "tst_errordialogreports.moc"
