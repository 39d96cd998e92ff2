// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/RetryPolicy.h"

#include <QTest>

using smsc::ApiError;
using smsc::ErrorKind;
using smsc::RetryPolicy;

Q_DECLARE_METATYPE(smsc::ErrorKind)

class TestRetryPolicy final : public QObject
{
    Q_OBJECT
private slots:
    void transientFailures_data()
    {
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("transient");
        QTest::newRow("429 throttled") << ErrorKind::Throttled << 429 << true;
        QTest::newRow("APIGW.0308 on a 400") << ErrorKind::Throttled << 400 << true;
        QTest::newRow("500") << ErrorKind::Server << 500 << true;
        QTest::newRow("503") << ErrorKind::Server << 503 << true;
        QTest::newRow("connection refused") << ErrorKind::Network << 0 << true;
        QTest::newRow("reset mid-body") << ErrorKind::Network << 200 << true;
        QTest::newRow("401 never") << ErrorKind::Authentication << 401 << false;
        QTest::newRow("403 never") << ErrorKind::Permission << 403 << false;
        QTest::newRow("403 even with a throttling code") << ErrorKind::Throttled << 403 << false;
        QTest::newRow("401 even when it looks like a server error") << ErrorKind::Server << 401 << false;
        QTest::newRow("400 invalid") << ErrorKind::InvalidInput << 400 << false;
        QTest::newRow("404") << ErrorKind::NotFound << 404 << false;
        QTest::newRow("timeout") << ErrorKind::Timeout << 0 << false;
        QTest::newRow("TLS") << ErrorKind::Tls << 0 << false;
        QTest::newRow("redirect") << ErrorKind::Redirected << 302 << false;
        QTest::newRow("cancel") << ErrorKind::Cancelled << 0 << false;
        QTest::newRow("local file") << ErrorKind::LocalFile << 200 << false;
    }
    void transientFailures()
    {
        QFETCH(ErrorKind, kind);
        QFETCH(int, status);
        ApiError e;
        e.kind = kind;
        e.httpStatus = status;
        QTEST(RetryPolicy::isTransient(e), "transient");
    }

    void delays_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("delay");
        QTest::newRow("first backoff") << 1 << QByteArray() << 1000;
        QTest::newRow("second backoff doubles") << 2 << QByteArray() << 2000;
        QTest::newRow("backoff is capped") << 9 << QByteArray() << RetryPolicy::kMaxDelayMs;
        QTest::newRow("Retry-After seconds") << 1 << QByteArray("3") << 3000;
        QTest::newRow("Retry-After zero") << 2 << QByteArray(" 0 ") << 0;
        QTest::newRow("Retry-After huge is capped") << 1 << QByteArray("86400") << RetryPolicy::kMaxDelayMs;
        QTest::newRow("Retry-After HTTP date 7 s ahead") << 1 << QByteArray("Fri, 27 Nov 2026 10:00:07 GMT") << 7000;
        QTest::newRow("Retry-After date in the past") << 1 << QByteArray("Fri, 27 Nov 2026 09:00:00 GMT") << 0;
        QTest::newRow("Retry-After garbage: backoff") << 2 << QByteArray("soon") << 2000;
        QTest::newRow("negative Retry-After: backoff") << 1 << QByteArray("-5") << 1000;
    }
    void delays()
    {
        QFETCH(int, attempt);
        QFETCH(QByteArray, retryAfter);
        const QDateTime now(QDate(2026, 11, 27), QTime(10, 0, 0), Qt::UTC);
        QTEST(RetryPolicy::delayMs(attempt, retryAfter, 1000, now), "delay");
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
