// SPDX-License-Identifier: GPL-3.0-or-later
// "Save support bundle…" on a real failed exchange with the loopback server.
#include "../integration/AccountFixtures.h"
#include "account/StsClient.h"
#include "diagnostics/SupportBundleAction.h"
#include "harness/GuiTestEnvironment.h"
#include "harness/ScriptedPrompts.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::test;

class TestSupportBundleAction final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void savesTheRequestIdAndNoSecret();
    void cancelWritesNothing();
    void unwritablePathIsReported();

private:
    ExchangeRecord failedExchange();
    struct Saved
    {
        bool called = false;
        QString path;
        QString problem;
    };
    Saved save(ScriptedPrompts &prompts, const ExchangeRecord &exchange);

    LoopbackServer m_server;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

ExchangeRecord TestSupportBundleAction::failedExchange()
{
    // Temporary AK/SK: the signed request carries the security token, which must be redacted.
    m_server.setScenario(u"/v5/decode-authorization-message"_s, {{u"name"_s, u"denied"_s}});
    StsClient client(&m_network, loopbackProfile(m_server, m_server.httpsUrl()), temporaryAkSk());
    QSignalSpy finished(&client, &StsClient::decodeFinished);
    client.decode(m_server.encodedMessage(false));
    if (!finished.wait(30'000))
        return {};
    return finished.takeFirst().at(0).value<DecodeResult>().exchange;
}

TestSupportBundleAction::Saved TestSupportBundleAction::save(ScriptedPrompts &prompts, const ExchangeRecord &exchange)
{
    Saved saved;
    SupportContext context;
    context.profileName = u"migration-prod"_s;
    context.authMode = AuthMode::TemporaryAkSk;
    SupportBundleAction::save(nullptr, &prompts, exchange, context, temporaryAkSk(),
                              [&saved](const QString &path, const QString &problem) {
                                  saved = {true, path, problem};
                              });
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&saved] { return saved.called; }, 5'000);   // callers check .called
    return saved;
}

void TestSupportBundleAction::savesTheRequestIdAndNoSecret()
{
    const ExchangeRecord exchange = failedExchange();
    QVERIFY(exchange.isValid());
    QCOMPARE(exchange.httpStatus, 403);
    QVERIFY(!exchange.requestId.isEmpty());

    ScriptedPrompts prompts;
    const QString path = m_dir.filePath(u"bundle.json"_s);
    prompts.fileNames << path;
    const Saved saved = save(prompts, exchange);
    QVERIFY(saved.called);
    QCOMPARE(saved.problem, QString());
    QCOMPARE(saved.path, path);
    QCOMPARE(prompts.asked.value(0), u"Save support bundle"_s);  // the caption in sentence case, as the button
    QVERIFY2(prompts.asked.value(1).endsWith(u".json"_s), qPrintable(prompts.asked.join(u", "_s)));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString bundle = QString::fromUtf8(file.readAll());
    QVERIFY(bundle.contains(exchange.requestId));
    QVERIFY(bundle.contains(u"decode-authorization-message"_s));
    const QStringList secrets = fakeSecrets();
    QVERIFY(secrets.size() >= 3);
    for (const QString &secret : secrets)
        QVERIFY2(!bundle.contains(secret), "a fake secret landed in the bundle");   // never print it
    QVERIFY(!bundle.contains(kTestAk));   // only the masked AK
}

void TestSupportBundleAction::cancelWritesNothing()
{
    ScriptedPrompts prompts;   // no file name queued: the user cancels
    const Saved saved = save(prompts, ExchangeRecord());
    QVERIFY(saved.called);
    QVERIFY(saved.path.isEmpty());
    QVERIFY(saved.problem.isEmpty());
}

void TestSupportBundleAction::unwritablePathIsReported()
{
    ScriptedPrompts prompts;
    prompts.fileNames << m_dir.filePath(u"missing-folder/bundle.json"_s);
    const Saved saved = save(prompts, ExchangeRecord());
    QVERIFY(saved.called);
    QVERIFY(!saved.problem.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(u"missing-folder/bundle.json"_s)));
}

SMSC_GUI_TEST_MAIN(TestSupportBundleAction)
#include "tst_supportbundleaction.moc"
