// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountIdCache.h"
#include "account/AccountIdResolver.h"

#include <QTest>

using namespace Qt::StringLiterals;

using smsc::AccountIdCache;
using smsc::AccountIdResolver;

class TestAccountId final : public QObject
{
    Q_OBJECT
private slots:
    void domainIdFromIam_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("id");
        QTest::newRow("first domain") << QByteArray("{\"domains\":[{\"id\":\"d1\",\"name\":\"a\"},{\"id\":\"d2\"}]}") << u"d1"_s;
        QTest::newRow("empty list") << QByteArray("{\"domains\":[]}") << QString();
        QTest::newRow("no domains key") << QByteArray("{\"links\":{}}") << QString();
        QTest::newRow("not JSON") << QByteArray("<html>") << QString();
        QTest::newRow("id not a string") << QByteArray("{\"domains\":[{\"id\":5}]}") << QString();
    }
    void domainIdFromIam()
    {
        QFETCH(QByteArray, body);
        QTEST(AccountIdResolver::domainIdFromIam(body), "id");
    }

    void accountIdFromSts_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("id");
        QTest::newRow("caller identity") << QByteArray("{\"account_id\":\"acc\",\"principal_urn\":\"iam::acc:user:x\"}") << u"acc"_s;
        QTest::newRow("missing") << QByteArray("{\"principal_id\":\"p\"}") << QString();
        QTest::newRow("empty body") << QByteArray() << QString();
    }
    void accountIdFromSts()
    {
        QFETCH(QByteArray, body);
        QTEST(AccountIdResolver::accountIdFromSts(body), "id");
    }

    void cacheIsPerAccessKey()
    {
        AccountIdCache cache;
        cache.insert(u"AK1"_s, u"acc1"_s);
        cache.insert(u"AK2"_s, u"acc2"_s);
        cache.insert(u"AK3"_s, QString());  // never cache "nothing"
        QCOMPARE(cache.find(u"AK1"_s), u"acc1"_s);
        QCOMPARE(cache.find(u"AK2"_s), u"acc2"_s);
        QVERIFY(cache.find(u"AK3"_s).isEmpty());
        QCOMPARE(cache.size(), 2);
        cache.remove(u"AK1"_s);
        QVERIFY(cache.find(u"AK1"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountId)
#include "tst_accountid.moc"
