// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestHelpers.h"
#include "HostileText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc::test;

//! A hostile server's text (error body fields, headers, file names) through the real CLI: nothing
//! reaches stdout or stderr live, in text or --json, and the saved file name is clean too.
class TestCliHostileText final : public QObject, private CliExportFixture
{
    Q_OBJECT
private:
    static QJsonObject hostileHeaders()
    {
        return {{u"X-Request-Id"_s, hostileHeaderText(u"header-request-id"_s)},
                {u"X-Hostile"_s, hostileHeaderText(u"other"_s)}};
    }
    QStringList exportArgs() const
    {
        return exportTo(m_server.httpUrl()) + QStringList{u"--row"_s, u"t1,s1,n1"_s};
    }

private slots:
    void initTestCase() { startFixture(); }
    void init() { resetFixture(); }

    void errorBodyAndHeadersAreShownEscapedOnStderr()
    {
        m_server.setScenario(kExportPath, {{u"name"_s, u"error"_s}, {u"status"_s, 403},
                                           {u"body"_s, hostileErrorBody()}, {u"headers"_s, hostileHeaders()}});
        const CliResult r = m_cli.run(exportArgs(), akSkEnvironment());
        VERIFY_NO_SECRET(r);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(liveControls(r.err).isEmpty(), qPrintable(liveControls(r.err).join(u' ')));
        QVERIFY2(liveControls(r.out).isEmpty(), qPrintable(liveControls(r.out).join(u' ')));
        // Still there to read, as visible escapes, for every field.
        for (const char *seen : {"SMS.0204 \\x1b]52;c;", "message ", "param \\x1b", "detail-code \\x1b",
                                 "detail-message \\x1b", "encoded \\x1b", "\\x1b[2J", "real\\rFAKE", "\\x9b31m",
                                 "\\u202elmth.exe", "\\u2066x\\u2069"})
            QVERIFY2(r.err.contains(seen), seen);
        QVERIFY2(r.err.contains("header-request-id \\x1b]52"), r.err.constData());
    }

    void errorBodyAndHeadersAreEscapedInJson()
    {
        m_server.setScenario(kExportPath, {{u"name"_s, u"error"_s}, {u"status"_s, 403},
                                           {u"body"_s, hostileErrorBody()}, {u"headers"_s, hostileHeaders()}});
        const CliResult r = m_cli.run(exportArgs() + QStringList{u"--json"_s}, akSkEnvironment());
        VERIFY_NO_SECRET(r);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(liveControls(r.out).isEmpty(), qPrintable(liveControls(r.out).join(u' ')));
        QVERIFY2(liveControls(r.err).isEmpty(), qPrintable(liveControls(r.err).join(u' ')));
        QCOMPARE(r.out.count('\n'), 1);
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        // Parsed values are inert too (a consumer printing them is safe), and every field arrived.
        QStringList values{o[u"error_code"_s].toString(), o[u"error_msg"_s].toString(), o[u"request_id"_s].toString(),
                           o[u"encoded_authorization_message"_s].toString(),
                           o[u"error_param"_s].toArray().at(0).toString(),
                           o[u"details"_s].toArray().at(0)[u"error_code"_s].toString(),
                           o[u"details"_s].toArray().at(0)[u"error_msg"_s].toString()};
        for (const QString &value : values) {
            QVERIFY2(liveControls(value).isEmpty(), qPrintable(value));
            QVERIFY2(value.contains(u"\\x1b]52"_s) && value.contains(u"\\u202e"_s), qPrintable(value));
        }
        QVERIFY(o[u"error_code"_s].toString().startsWith(u"SMS.0204"_s));
        QVERIFY(o[u"request_id"_s].toString().startsWith(u"header-request-id"_s));
    }

    void redirectTargetIsShownEscaped()
    {
        m_server.setScenario(kExportPath, {{u"name"_s, u"redirect"_s},
                                           {u"location"_s, u"http://127.0.0.2/\x1b]0;owned\x07\u202eexe"_s}});
        const CliResult r = m_cli.run(exportArgs(), akSkEnvironment());
        QVERIFY(r.exitCode != 0);
        QVERIFY2(liveControls(r.err).isEmpty(), qPrintable(liveControls(r.err).join(u' ')));
        QVERIFY2(r.err.contains("\\x1b]0;owned"), r.err.constData());
    }

    void hostileFileNameIsSavedWithoutControls_data()
    {
        QTest::addColumn<QByteArray>("disposition");
        QTest::newRow("plain filename with ESC, C1, RLO, isolate")
            << u"attachment; filename=\"re\x1b[2Jport\u009b31m\u202evsc.exe\u2066.csv\""_s.toUtf8();
        QTest::newRow("filename* with ESC ]52, CR, NEL, RLO")
            << QByteArray("attachment; filename*=UTF-8''a%1B%5D52%3Bc%3Bx%07b%0Dc%C2%85d%E2%80%AEe.csv");
    }
    void hostileFileNameIsSavedWithoutControls()
    {
        QFETCH(QByteArray, disposition);
        for (const bool json : {false, true}) {
            resetFixture();
            m_server.setScenario(kExportPath, {{u"name"_s, u"file"_s}, {u"disposition"_s, QString::fromUtf8(disposition)},
                                               {u"headers"_s, hostileHeaders()}});
            const CliResult r = m_cli.run(exportArgs() + (json ? QStringList{u"--json"_s} : QStringList()),
                                          akSkEnvironment());
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(liveControls(r.out).isEmpty(), qPrintable(liveControls(r.out).join(u' ')));
            QVERIFY2(liveControls(r.err).isEmpty(), qPrintable(liveControls(r.err).join(u' ')));
            const QStringList saved = entriesIn(out());
            QCOMPARE(saved.size(), 1);
            QVERIFY2(liveControls(saved.constFirst()).isEmpty(), qPrintable(liveControls(saved.constFirst()).join(u' ')));
            QVERIFY2(saved.constFirst().endsWith(u".csv"_s), qPrintable(saved.constFirst()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliHostileText)
#include "tst_clihostiletext.moc"
