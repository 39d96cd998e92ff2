// SPDX-License-Identifier: GPL-3.0-or-later
// The side-by-side canonical request view on real gateway_echo answers of the loopback server.
#include "../integration/AccountFixtures.h"
#include "account/AccountLister.h"
#include "diagnostics/SignatureDiagnosisView.h"
#include "harness/GuiTestEnvironment.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::test;

class TestSignatureDiagnosisView final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init() { QVERIFY(m_server.reset()); }

    void highlightsAndNamesTheTamperedLine_data();
    void highlightsAndNamesTheTamperedLine();
    void highlightFollowsThePalette();
    void identicalRequestsPointAtTheKey();
    void hashLinesAreShownWhole();

private:
    AccountListResult listWithEcho(const QJsonObject &scenario, const Credentials &credentials = akSk());
    static QString label(QWidget *view, const char *name)
    {
        auto *widget = view->findChild<QLabel *>(QLatin1String(name));
        return widget ? widget->text() : u"<missing %1>"_s.arg(QLatin1String(name));
    }
    static QString lineOf(QWidget *view, const char *edit, int line)
    {
        return view->findChild<QPlainTextEdit *>(QLatin1String(edit))->document()->findBlockByNumber(line).text();
    }

    LoopbackServer m_server;
    QNetworkAccessManager m_network;
};

AccountListResult TestSignatureDiagnosisView::listWithEcho(const QJsonObject &scenario, const Credentials &credentials)
{
    if (!m_server.setScenario(u"/v3/sources"_s, scenario))
        return {};
    AccountLister lister(&m_network, loopbackProfile(m_server, m_server.httpUrl()), credentials, kTestDomainId);
    QSignalSpy finished(&lister, &AccountLister::finished);
    lister.listServers({u"web server+数据库"_s, {}, {}, true});
    if (!finished.wait(30'000))
        return {};
    return finished.takeFirst().at(0).value<AccountListResult>();
}

void TestSignatureDiagnosisView::highlightsAndNamesTheTamperedLine_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("differingStart");   // how our differing line starts; empty: by index
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("causeWords");
    QTest::newRow("path_slash: line 2") << u"path_slash"_s << QString() << QString() << 1 << u"trailing slash"_s;
    QTest::newRow("query_encoding: line 3") << u"query_encoding"_s << QString() << QString() << 2 << u"%20"_s;
    QTest::newRow("header_value x-domain-id") << u"header_value"_s << u"x-domain-id"_s << u"x-domain-id:"_s << 0
                                              << u"value of the header \"x-domain-id\""_s;
    QTest::newRow("header_case content-type") << u"header_case"_s << u"content-type"_s << u"content-type:"_s << 0
                                            << u"letter case"_s;
    QTest::newRow("body_hash: last line") << u"body_hash"_s << QString() << QString() << -1 << u"body hash"_s;
}

void TestSignatureDiagnosisView::highlightsAndNamesTheTamperedLine()
{
    QFETCH(QString, tamper);
    QFETCH(QString, header);
    QFETCH(QString, differingStart);
    QFETCH(int, index);
    QFETCH(QString, causeWords);
    QJsonObject scenario{{u"name"_s, u"gateway_echo"_s}, {u"tamper"_s, tamper}};
    if (!header.isEmpty())
        scenario.insert(u"header"_s, header);
    const AccountListResult result = listWithEcho(scenario);
    QCOMPARE(result.error.errorCode, u"APIGW.0303"_s);
    const QString ours = QString::fromUtf8(result.lastExchange.request.canonicalRequest);
    const QStringList ourLines = ours.split(u'\n');
    int expected = index < 0 ? int(ourLines.size()) - 1 : index;
    if (!differingStart.isEmpty())
        expected = int(std::find_if(ourLines.begin(), ourLines.end(),
                                    [&](const QString &l) { return l.startsWith(differingStart); }) - ourLines.begin());

    SignatureDiagnosisView view;
    view.setRequests(result.error.gatewayCanonicalRequest, ours,
                     QString::fromUtf8(result.lastExchange.request.stringToSign));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QCOMPARE(view.highlightedLine(true), expected);
    QCOMPARE(view.highlightedLine(false), expected);
    QVERIFY(lineOf(&view, "gatewayCanonicalRequest", expected) != lineOf(&view, "ourCanonicalRequest", expected));
    const QString difference = label(&view, "differenceLabel");
    QVERIFY2(difference.startsWith(u"▶ Line %1 differs"_s.arg(expected + 1)), qPrintable(difference));
    QVERIFY2(label(&view, "causeLabel").contains(causeWords), qPrintable(label(&view, "causeLabel")));
    QCOMPARE(view.findChild<QPlainTextEdit *>(u"ourCanonicalRequest"_s)->accessibleDescription(),
             u"Line %1 differs"_s.arg(expected + 1));
    QVERIFY(!view.findChild<QPlainTextEdit *>(u"ourStringToSign"_s)->toPlainText().isEmpty());
}

void TestSignatureDiagnosisView::highlightFollowsThePalette()
{
    SignatureDiagnosisView view;
    view.setRequests(u"GET\n/v3/sources\n\nhost:a\n\nhost\nabc"_s, u"GET\n/v3/sources/\n\nhost:a\n\nhost\nabc"_s,
                     u"SDK-HMAC-SHA256\n20261127T000000Z\nff"_s);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *edit = view.findChild<QPlainTextEdit *>(u"gatewayCanonicalRequest"_s);
    QCOMPARE(edit->extraSelections().size(), 1);
    QCOMPARE(edit->extraSelections().first().format.background().color(), view.palette().color(QPalette::Highlight));
    QPalette changed = view.palette();
    changed.setColor(QPalette::Highlight, QColor(0x12, 0x34, 0x56));   // a test palette, not app code
    view.setPalette(changed);
    QCOMPARE(edit->extraSelections().first().format.background().color(), QColor(0x12, 0x34, 0x56));
    QCOMPARE(view.highlightedLine(true), 1);
}

void TestSignatureDiagnosisView::identicalRequestsPointAtTheKey()
{
    Credentials wrong = akSk();
    wrong.secretKey = u"not-the-secret-key-of-this-access-key"_s;
    const AccountListResult result = listWithEcho({{u"name"_s, u"gateway_echo"_s}}, wrong);
    QCOMPARE(result.error.errorCode, u"APIGW.0303"_s);
    SignatureDiagnosisView view;
    view.setRequests(result.error.gatewayCanonicalRequest, QString::fromUtf8(result.lastExchange.request.canonicalRequest),
                     QString::fromUtf8(result.lastExchange.request.stringToSign));
    QCOMPARE(view.highlightedLine(true), -1);
    QVERIFY(label(&view, "differenceLabel").contains(u"identical"_s));
    QVERIFY(label(&view, "causeLabel").contains(u"secret key"_s));
}

// At its natural size the view shows every line whole, the 64-character hashes included, without
// scrolling sideways, and the string to sign shows its three lines above any scroll bar.
void TestSignatureDiagnosisView::hashLinesAreShownWhole()
{
    const QString hash = u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    const QString ours = u"POST\n/v3/tasks/consistency-results/export/\n\ncontent-type:application/json;charset=UTF-8\n"
                         u"host:sms.ap-southeast-3.myhuaweicloud.com\nx-sdk-date:20261127T190000Z\n\n"
                         u"content-type;host;x-sdk-date\n"_s + hash;
    SignatureDiagnosisView view;
    view.setRequests(QString(ours).replace(u"/export/"_s, u"/export"_s), ours,
                     u"SDK-HMAC-SHA256\n20261127T190000Z\n"_s + hash);
    view.resize(view.sizeHint());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (const char *name : {"gatewayCanonicalRequest", "ourCanonicalRequest", "ourStringToSign"}) {
        auto *pane = view.findChild<QPlainTextEdit *>(QLatin1String(name));
        QVERIFY2(pane->horizontalScrollBar()->maximum() == 0,
                 qPrintable(u"%1 scrolls %2 px sideways"_s.arg(QLatin1String(name)).arg(pane->horizontalScrollBar()->maximum())));
    }
    auto *toSign = view.findChild<QPlainTextEdit *>(u"ourStringToSign"_s);
    QVERIFY(toSign->verticalScrollBar()->maximum() == 0);
    QVERIFY(toSign->viewport()->height() >= 3 * toSign->fontMetrics().lineSpacing());
}

SMSC_GUI_TEST_MAIN(TestSignatureDiagnosisView)
#include "tst_signaturediagnosisview.moc"
