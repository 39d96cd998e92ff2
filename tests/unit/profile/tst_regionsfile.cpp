// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/endpoints/RegionsFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using smsc::RegionsFile;

class TestRegionsFile final : public QObject
{
    Q_OBJECT
private slots:
    void readsTheSdkLayouts()
    {
        // The layouts the SDKs' own tests and manuals use: endpoint, endpoints, a compact list,
        // a bracketed list, quotes and comments.
        const QByteArray text = "# my regions\n"
                                "---\n"
                                "sms:\n"
                                "  - id: cn-north-4\n"
                                "    endpoint: 'https://sms.one.example'   # the first\n"
                                "  - id: ap-southeast-3\n"
                                "    endpoints:\n"
                                "      - https://sms.a.example\n"
                                "      - \"https://sms.b.example\"\n"
                                "ECS:\n"
                                "- id: cn-north-4\n"
                                "  endpoints: [https://ecs.example, 'https://ecs2.example']\n"
                                "  comment: ignored like the SDKs do\n"
                                "Sms:\n"
                                "  - id: ru-moscow-1\n"
                                "    endpoint: https://sms.ru.example\n"
                                "    endpoints:\n"
                                "    - https://sms.ru2.example\n";
        const smsc::Outcome<RegionsFile> file = RegionsFile::parse(text, u"regions.yaml"_s);
        QVERIFY2(file.ok(), qPrintable(file.error()));
        const smsc::RegionsFileEntry *one = file.value().find(u"SMS"_s, u"cn-north-4"_s);
        QVERIFY(one);
        QCOMPARE(one->endpoints, QStringList{u"https://sms.one.example"_s});
        QCOMPARE(one->line, 4);
        const smsc::RegionsFileEntry *two = file.value().find(u"sms"_s, u"ap-southeast-3"_s);
        QVERIFY(two);
        QCOMPARE(two->endpoints, (QStringList{u"https://sms.a.example"_s, u"https://sms.b.example"_s}));
        const smsc::RegionsFileEntry *ecs = file.value().find(u"ecs"_s, u"cn-north-4"_s);
        QVERIFY(ecs);
        QCOMPARE(ecs->endpoints, (QStringList{u"https://ecs.example"_s, u"https://ecs2.example"_s}));
        const smsc::RegionsFileEntry *moscow = file.value().find(u"SMS"_s, u"ru-moscow-1"_s);
        QVERIFY(moscow);
        QCOMPARE(moscow->endpoints, (QStringList{u"https://sms.ru.example"_s, u"https://sms.ru2.example"_s}));
        QVERIFY(!file.value().find(u"SMS"_s, u"eu-west-101"_s));
    }
    void emptyFilesAndEntriesWithoutEndpoints()
    {
        for (const QByteArray &text : {QByteArray(), QByteArray("# nothing\n\n"), QByteArray("SMS: []\n"),
                                       QByteArray("SMS:\n  - id: cn-north-4\n")}) {
            const smsc::Outcome<RegionsFile> file = RegionsFile::parse(text);
            QVERIFY2(file.ok(), qPrintable(file.error()));
            QVERIFY(!file.value().find(u"SMS"_s, u"cn-north-4"_s));
        }
    }
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("tab indent") << QByteArray("SMS:\n\t- id: x\n") << 2;
        QTest::newRow("item before any service") << QByteArray("  - id: x\n") << 1;
        QTest::newRow("not a mapping") << QByteArray("just text\n") << 1;
        QTest::newRow("service with a scalar") << QByteArray("SMS: https://x\n") << 1;
        QTest::newRow("key outside an item") << QByteArray("SMS:\n  id: x\n") << 2;
        QTest::newRow("misindented key") << QByteArray("SMS:\n  - id: x\n      endpoint: https://a\n") << 3;
        QTest::newRow("misindented item") << QByteArray("SMS:\n  - id: x\n    endpoint: https://a\n - id: y\n") << 4;
        QTest::newRow("unclosed quote") << QByteArray("SMS:\n  - id: x\n    endpoint: 'https://a\n") << 3;
        QTest::newRow("bad escape") << QByteArray("SMS:\n  - id: x\n    endpoint: \"a\\nb\"\n") << 3;
        QTest::newRow("duplicate key") << QByteArray("SMS:\n  - id: x\n    id: y\n") << 3;
        QTest::newRow("duplicate service") << QByteArray("SMS:\n  - id: x\nSMS:\n") << 3;
        QTest::newRow("endpoints not a list") << QByteArray("SMS:\n  - id: x\n    endpoints: https://a\n") << 3;
        QTest::newRow("nested mapping in endpoints") << QByteArray("SMS:\n  - id: x\n    endpoints:\n      - a: b\n") << 4;
        QTest::newRow("flow mapping") << QByteArray("SMS:\n  - id: {a: b}\n") << 2;
        QTest::newRow("anchor") << QByteArray("SMS:\n  - id: &a x\n") << 2;
        QTest::newRow("invalid UTF-8") << QByteArray("SMS:\n  - id: \xff\n") << 2;
        QTest::newRow("NUL byte") << QByteArray("SMS:\n  - id: a\0b\n", 17) << 2;
        QTest::newRow("value with colon-space") << QByteArray("SMS:\n  - id: a: b\n") << 2;
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const smsc::Outcome<RegionsFile> file = RegionsFile::parse(text, u"/home/u/.huaweicloud/regions.yaml"_s);
        QVERIFY(!file.ok());
        QCOMPARE(file.failure().line, line);
        QVERIFY2(file.error().contains(u"/home/u/.huaweicloud/regions.yaml, line %1:"_s.arg(line)),
                 qPrintable(file.error()));
    }
    void tooLargeIsRefused()
    {
        const smsc::Outcome<RegionsFile> file = RegionsFile::parse(QByteArray(RegionsFile::kMaxBytes + 1, '#'));
        QVERIFY(!file.ok());
    }
    void readingAFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(u"none.yaml"_s);
        QCOMPARE(RegionsFile::read(missing).kind(), smsc::FailureKind::NotFound);
        QFile file(dir.filePath(u"regions.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SMS:\r\n  - id: cn-north-4\r\n    endpoint: https://sms.x.example\r\n");
        file.close();
        const smsc::Outcome<RegionsFile> read = RegionsFile::read(file.fileName());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.value().path(), file.fileName());
        QVERIFY(read.value().find(u"SMS"_s, u"cn-north-4"_s));
    }
};

QTEST_GUILESS_MAIN(TestRegionsFile)
#include "tst_regionsfile.moc"
