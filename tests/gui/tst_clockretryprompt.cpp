// SPDX-License-Identifier: GPL-3.0-or-later
// The "retry once with the measured offset" question on a real signature-expired answer (docs/SERVICE.md "Clock").
#include "../integration/AccountFixtures.h"
#include "account/AccountLister.h"
#include "clock/ClockSkew.h"
#include "diagnostics/ClockRetryPrompt.h"
#include "harness/GuiTestEnvironment.h"
#include "harness/ScriptedPrompts.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::test;

class TestClockRetryPrompt final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init() { QVERIFY(m_server.reset()); }

    void agreeingRetriesWithTheMeasuredOffset_data();
    void agreeingRetriesWithTheMeasuredOffset();
    void decliningGivesNoOffset();
    void otherErrorsAskNothing();

private:
    AccountListResult list(std::function<QDateTime()> clock = {});
    struct Answer
    {
        bool called = false;
        bool calledInsideAsk = false;   // callers must never be re-entered
        std::optional<ClockOffset> offset;
    };
    static Answer ask(ScriptedPrompts &prompts, const ApiError &error);

    LoopbackServer m_server;
    QNetworkAccessManager m_network;
};

AccountListResult TestClockRetryPrompt::list(std::function<QDateTime()> clock)
{
    AccountLister lister(&m_network, loopbackProfile(m_server, m_server.httpUrl()), akSk(), kTestDomainId);
    if (clock)
        lister.setClock(std::move(clock));
    QSignalSpy finished(&lister, &AccountLister::finished);
    lister.listServers({u"web server"_s, {}, {}, false});
    if (!finished.wait(30'000))
        return {};
    return finished.takeFirst().at(0).value<AccountListResult>();
}

TestClockRetryPrompt::Answer TestClockRetryPrompt::ask(ScriptedPrompts &prompts, const ApiError &error)
{
    Answer answer;
    ClockRetryPrompt::ask(nullptr, &prompts, error, [&answer](std::optional<ClockOffset> offset) {
        answer.called = true;
        answer.offset = offset;
    });
    answer.calledInsideAsk = answer.called;
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&answer] { return answer.called; }, 5'000);   // callers check .called
    return answer;
}

void TestClockRetryPrompt::agreeingRetriesWithTheMeasuredOffset_data()
{
    QTest::addColumn<int>("serverAheadSeconds");
    QTest::newRow("server clock one hour ahead") << 3600;
    QTest::newRow("server clock 40 minutes behind") << -2400;
}

void TestClockRetryPrompt::agreeingRetriesWithTheMeasuredOffset()
{
    QFETCH(int, serverAheadSeconds);
    m_server.setConfig({{u"date_offset_seconds"_s, serverAheadSeconds}});
    const AccountListResult failed = list();
    QVERIFY(ClockSkew::isSignatureExpired(failed.error));
    QVERIFY(failed.error.clockSkewSeconds.has_value());

    ScriptedPrompts prompts;
    prompts.confirmAnswers << true;
    const Answer answer = ask(prompts, failed.error);
    QVERIFY(answer.called);
    QVERIFY(!answer.calledInsideAsk);
    QCOMPARE(prompts.asked.size(), 1);
    QCOMPARE(prompts.asked.first(), u"Clock out of step"_s);  // titles in sentence case, like every other
    QVERIFY(answer.offset.has_value());
    QCOMPARE(answer.offset->seconds(), -*failed.error.clockSkewSeconds);
    QVERIFY((answer.offset->seconds() > 0) == (serverAheadSeconds > 0));

    // The one retry, signed with the offset, goes through.
    const AccountListResult retried = list(answer.offset->clock());
    QVERIFY2(retried.ok(), qPrintable(retried.error.headline));
    QCOMPARE(retried.servers.size(), 45);
}

void TestClockRetryPrompt::decliningGivesNoOffset()
{
    m_server.setConfig({{u"date_offset_seconds"_s, 3600}});
    const AccountListResult failed = list();
    QVERIFY(ClockSkew::isSignatureExpired(failed.error));
    ScriptedPrompts prompts;
    prompts.confirmAnswers << false;
    const Answer answer = ask(prompts, failed.error);
    QVERIFY(answer.called);
    QVERIFY(!answer.calledInsideAsk);
    QCOMPARE(prompts.asked.size(), 1);
    QVERIFY(!answer.offset.has_value());
}

void TestClockRetryPrompt::otherErrorsAskNothing()
{
    m_server.setScenario(u"/v3/sources"_s, {{u"name"_s, u"unauthorized"_s}});
    const AccountListResult failed = list();
    QCOMPARE(failed.error.httpStatus, 401);
    QVERIFY(!ClockSkew::isSignatureExpired(failed.error));
    ScriptedPrompts prompts;
    prompts.confirmAnswers << true;
    const Answer answer = ask(prompts, failed.error);
    QVERIFY(answer.called);
    QVERIFY(!answer.calledInsideAsk);
    QVERIFY(prompts.asked.isEmpty());
    QVERIFY(!answer.offset.has_value());
}

SMSC_GUI_TEST_MAIN(TestClockRetryPrompt)
#include "tst_clockretryprompt.moc"
