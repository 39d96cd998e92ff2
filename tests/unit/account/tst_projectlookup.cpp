// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/ProjectIdCache.h"
#include "account/ProjectIdResolver.h"

#include <QTest>

using namespace Qt::StringLiterals;

using smsc::ProjectIdCache;
using smsc::ProjectIdResolver;
using smsc::ProjectLookup;

Q_DECLARE_METATYPE(smsc::ProjectLookup::Status)

namespace {
const QString kId = u"9f8e7d6c5b4a39281706f5e4d3c2b1a0"_s;
}

class TestProjectLookup final : public QObject
{
    Q_OBJECT
private slots:
    void projectFromIam_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ProjectLookup::Status>("status");
        QTest::addColumn<QString>("id");
        const QByteArray one = R"({"projects":[{"id":"9f8e7d6c5b4a39281706f5e4d3c2b1a0","name":"cn-north-4"}]})";
        QTest::newRow("the one project of the region") << one << ProjectLookup::Status::Found << kId;
        QTest::newRow("other regions ignored")
            << QByteArray(R"({"projects":[{"id":"3c2b1a0f9e8d47c6b5a4938271605f4e","name":"ap-southeast-3"},)"
                          R"({"id":"9f8e7d6c5b4a39281706f5e4d3c2b1a0","name":"cn-north-4","enabled":true}]})")
            << ProjectLookup::Status::Found << kId;
        QTest::newRow("a sub-project is another name")
            << QByteArray(R"({"projects":[{"id":"3c2b1a0f9e8d47c6b5a4938271605f4e","name":"cn-north-4_dev"}]})")
            << ProjectLookup::Status::None << QString();
        QTest::newRow("empty list") << QByteArray(R"({"projects":[]})") << ProjectLookup::Status::None << QString();
        QTest::newRow("two with the name")
            << QByteArray(R"({"projects":[{"id":"9f8e7d6c5b4a39281706f5e4d3c2b1a0","name":"cn-north-4"},)"
                          R"({"id":"3c2b1a0f9e8d47c6b5a4938271605f4e","name":"cn-north-4"}]})")
            << ProjectLookup::Status::Several << QString();
        QTest::newRow("no projects key") << QByteArray(R"({"links":{}})") << ProjectLookup::Status::Malformed << QString();
        QTest::newRow("projects not a list") << QByteArray(R"({"projects":{}})") << ProjectLookup::Status::Malformed
                                             << QString();
        QTest::newRow("not JSON") << QByteArray("<html>") << ProjectLookup::Status::Malformed << QString();
        QTest::newRow("empty body") << QByteArray() << ProjectLookup::Status::Malformed << QString();
        QTest::newRow("id not a string") << QByteArray(R"({"projects":[{"id":5,"name":"cn-north-4"}]})")
                                         << ProjectLookup::Status::Malformed << QString();
        QTest::newRow("id with a terminal escape")
            << QByteArray("{\"projects\":[{\"id\":\"9f8e7d6c5b4a39281706f5e4d3c2b1a\\u001b\",\"name\":\"cn-north-4\"}]}")
            << ProjectLookup::Status::Malformed << QString();
        QTest::newRow("id upper case") << QByteArray(R"({"projects":[{"id":"9F8E7D6C5B4A39281706F5E4D3C2B1A0","name":"cn-north-4"}]})")
                                       << ProjectLookup::Status::Malformed << QString();
    }
    void projectFromIam()
    {
        QFETCH(QByteArray, body);
        QFETCH(ProjectLookup::Status, status);
        const ProjectLookup lookup = ProjectIdResolver::projectFromIam(body, u"cn-north-4"_s);
        QCOMPARE(lookup.status, status);
        QTEST(lookup.projectId, "id");
    }

    void cacheIsPerKeyAndRegionAndHashed()
    {
        ProjectIdCache cache;
        cache.insert(u"AK1"_s, u"cn-north-4"_s, u"p1"_s);
        cache.insert(u"AK1"_s, u"ap-southeast-3"_s, u"p2"_s);
        cache.insert(u"AK2"_s, u"cn-north-4"_s, QString());  // never cache "nothing"
        QCOMPARE(cache.find(u"AK1"_s, u"cn-north-4"_s), u"p1"_s);
        QCOMPARE(cache.find(u"AK1"_s, u"ap-southeast-3"_s), u"p2"_s);
        QVERIFY(cache.find(u"AK2"_s, u"cn-north-4"_s).isEmpty());
        QCOMPARE(cache.size(), 2);
        const QString key = ProjectIdCache::key(u"SMSCTESTAK0000000001"_s, u"cn-north-4"_s);
        QCOMPARE(key.size(), 64);
        QVERIFY(!key.contains(u"SMSCTESTAK"_s));
        QVERIFY(key != ProjectIdCache::key(u"SMSCTESTAK0000000001"_s, u"cn-north-1"_s));
    }
};

QTEST_GUILESS_MAIN(TestProjectLookup)
#include "tst_projectlookup.moc"
