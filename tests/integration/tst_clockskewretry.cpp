// SPDX-License-Identifier: GPL-3.0-or-later
// The clock policy against a loopback server whose clock runs ahead.
#include "account/AccountLister.h"
#include "account/StsClient.h"
#include "AccountFixtures.h"
#include "clock/ClockRetry.h"
#include "clock/ClockSkew.h"
#include "signing/Signer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <cstdlib>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::test;

namespace {

// Measured skews come from whole-second Date headers and a test that may be slowed down by a
// busy machine: "about" is generous, the policy thresholds are minutes.
constexpr qint64 kTolerance = 60;

QByteArray header(const QJsonObject &record, const QByteArray &name)
{
    for (const QJsonValue &pair : record.value(u"headers").toArray()) {
        if (pair.toArray().at(0).toString().toUtf8().compare(name, Qt::CaseInsensitive) == 0)
            return pair.toArray().at(1).toString().toUtf8();
    }
    return {};
}

} // namespace

class TestClockSkewRetry final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init() { QVERIFY(m_server.reset()); }

    void expiredSignatureThenOneRetryWithTheMeasuredOffset_data();
    void expiredSignatureThenOneRetryWithTheMeasuredOffset();
    void listingRetriesWithTheOffsetToo();
    void moderateSkewSucceedsButWarns();

private:
    CallerIdentityResult whoAmI(const std::function<QDateTime()> &clock, bool https, bool retryTransient);

    LoopbackServer m_server;
    QNetworkAccessManager m_network;
};

CallerIdentityResult TestClockSkewRetry::whoAmI(const std::function<QDateTime()> &clock, bool https,
                                                bool retryTransient)
{
    Profile profile = loopbackProfile(m_server, https ? m_server.httpsUrl() : m_server.httpUrl());
    profile.transport.retryTransient = retryTransient;
    StsClient client(&m_network, profile, akSk());
    if (clock)
        client.setClock(clock);
    QSignalSpy finished(&client, &StsClient::callerIdentityFinished);
    client.callerIdentity();
    if (!finished.wait(30'000))
        return {};
    return finished.takeFirst().at(0).value<CallerIdentityResult>();
}

void TestClockSkewRetry::expiredSignatureThenOneRetryWithTheMeasuredOffset_data()
{
    QTest::addColumn<bool>("https");
    QTest::addColumn<bool>("retryTransient");
    QTest::newRow("http") << false << false;
    QTest::newRow("https, transient retries on (never for 401)") << true << true;
}

void TestClockSkewRetry::expiredSignatureThenOneRetryWithTheMeasuredOffset()
{
    QFETCH(bool, https);
    QFETCH(bool, retryTransient);
    m_server.setConfig({{u"date_offset_seconds"_s, 1200}});

    const CallerIdentityResult failed = whoAmI({}, https, retryTransient);
    QCOMPARE(failed.error.kind, ErrorKind::Authentication);
    QCOMPARE(failed.error.errorCode, u"APIGW.0303"_s);
    QVERIFY(ClockSkew::isSignatureExpired(failed.error));
    QVERIFY(failed.error.clockSkewSeconds.has_value());
    QVERIFY2(std::llabs(*failed.error.clockSkewSeconds + 1200) <= kTolerance,
             qPrintable(QString::number(*failed.error.clockSkewSeconds)));
    QVERIFY(ClockSkew::shouldWarn(failed.error.clockSkewSeconds));
    QVERIFY(ClockSkew::warningText(*failed.error.clockSkewSeconds).contains(u"behind"_s));
    // No automatic retry: the offer needs the user's yes.
    QCOMPARE(m_server.requests(u"/v5/caller-identity"_s).size(), 1);

    ClockRetry once;
    const std::optional<ClockOffset> offset = once.take(failed.error);
    QVERIFY(offset);
    QVERIFY(std::llabs(offset->seconds() - 1200) <= kTolerance);
    QVERIFY(!once.take(failed.error));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const CallerIdentityResult retried = whoAmI(offset->clock(), https, retryTransient);
    QVERIFY2(retried.ok(), qPrintable(retried.error.headline + u' ' + retried.error.errorMsg));
    QCOMPARE(retried.identity.accountId, kTestDomainId);

    const QJsonArray requests = m_server.requests(u"/v5/caller-identity"_s);
    QCOMPARE(requests.size(), 2);
    const QJsonObject second = requests.at(1).toObject();
    QCOMPARE(second.value(u"signature_ok"_s).toBool(), true);
    const QDateTime signedAt = QDateTime::fromString(QString::fromLatin1(header(second, "X-Sdk-Date")),
                                                     u"yyyyMMdd'T'HHmmss'Z'"_s);
    QVERIFY(signedAt.isValid());
    QVERIFY(std::llabs(QDateTime(signedAt.date(), signedAt.time(), Qt::UTC).secsTo(before) + 1200) <= kTolerance);
}

void TestClockSkewRetry::listingRetriesWithTheOffsetToo()
{
    m_server.setConfig({{u"date_offset_seconds"_s, -1500}});
    const Profile profile = loopbackProfile(m_server, m_server.httpUrl());
    auto list = [&](const std::function<QDateTime()> &clock) {
        AccountLister lister(&m_network, profile, akSk(), kTestDomainId);
        if (clock)
            lister.setClock(clock);
        QSignalSpy finished(&lister, &AccountLister::finished);
        lister.listTasks({u"task-00"_s, {}, {}});
        return finished.wait(30'000) ? finished.takeFirst().at(0).value<AccountListResult>() : AccountListResult{};
    };
    const AccountListResult failed = list({});
    QVERIFY(ClockSkew::isSignatureExpired(failed.error));
    const std::optional<ClockOffset> offset = ClockRetry().take(failed.error);
    QVERIFY(offset);
    QVERIFY(std::llabs(offset->seconds() + 1500) <= kTolerance);
    QVERIFY(ClockSkew::retryQuestion(*offset).contains(u"earlier"_s));
    const AccountListResult retried = list(offset->clock());
    QVERIFY2(retried.ok(), qPrintable(retried.error.errorMsg));
    QCOMPARE(retried.tasks.size(), 10);
    QCOMPARE(m_server.requests(u"/v3/tasks"_s).size(), 2);
}

void TestClockSkewRetry::moderateSkewSucceedsButWarns()
{
    m_server.setConfig({{u"date_offset_seconds"_s, 400}});
    const CallerIdentityResult result = whoAmI({}, false, false);
    QVERIFY2(result.ok(), qPrintable(result.error.errorMsg));
    QVERIFY(result.clockSkewSeconds);
    QVERIFY(std::llabs(*result.clockSkewSeconds + 400) <= kTolerance);
    QVERIFY(ClockSkew::shouldWarn(result.clockSkewSeconds));
    QVERIFY(!ClockSkew::shouldWarn(std::optional<qint64>(0)));
}

QTEST_GUILESS_MAIN(TestClockSkewRetry)
#include "tst_clockskewretry.moc"
