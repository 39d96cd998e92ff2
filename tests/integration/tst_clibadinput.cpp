// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

using namespace smsc::test;

//! Every kind of bad input: one clear line, exit 2 (6 for credentials), nothing sent, nothing written.
class TestCliBadInput final : public QObject, private CliExportFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startFixture(); }
    void init() { resetFixture(); }
    void existingOutputNeedsForce()
    {
        const QString target = writeFile(m_work->filePath(u"out/keep.csv"_s), "precious");
        const QStringList args = exportTo(m_server.httpUrl()).mid(0, 3) + QStringList{u"--output"_s, target, u"--row"_s, u"t1,s1,n1"_s};
        const CliResult refused = m_cli.run(args, akSkEnvironment());
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.errLines().size(), 1);
        QVERIFY2(refused.err.contains("--force"), refused.err.constData());
        QCOMPARE(m_server.requests().size(), 0);
        QFile kept(target);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("precious"));
        kept.close();

        const CliResult forced = m_cli.run(args + QStringList{u"--force"_s}, akSkEnvironment());
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(sha256Of(target), m_server.lastBody().value(u"sha256"_s).toString().toLatin1());
    }

    void badInputIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QProcessEnvironment>("env");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<QByteArray>("rowsFile");  // written to @ROWS@ first when not empty
        const QString dir = u"@OUT@"_s;
        const QString ep = u"@EP@"_s;
        QStringList many;
        for (int i = 0; i < 201; ++i)
            many << u"--row"_s << u"task-%1,,"_s.arg(i);
        const QString id37(37, QLatin1Char('a'));
        QTest::newRow("201 rows") << (QStringList{u"export"_s, u"--endpoint"_s, ep, u"--output-dir"_s, dir} + many)
                                  << akSkEnvironment() << 2 << u"200"_s << QByteArray();
        QTest::newRow("37-character task id")
            << QStringList{u"export"_s, u"--endpoint"_s, ep, u"--output-dir"_s, dir, u"--row"_s, id37 + u",s,n"_s}
            << akSkEnvironment() << 2 << u"task_id"_s << QByteArray();
        QTest::newRow("unknown region")
            << QStringList{u"export"_s, u"--region"_s, u"xx-nowhere-9"_s, u"--output-dir"_s, dir, u"--row"_s, u"t,s,n"_s}
            << akSkEnvironment() << 2 << u"xx-nowhere-9"_s << QByteArray();
        QTest::newRow("endpoint without scheme")
            << QStringList{u"export"_s, u"--endpoint"_s, u"127.0.0.1:8443"_s, u"--output-dir"_s, dir, u"--row"_s, u"t,s,n"_s}
            << akSkEnvironment() << 2 << u"scheme"_s << QByteArray();
        QTest::newRow("rows file does not exist")
            << QStringList{u"export"_s, u"--endpoint"_s, ep, u"--output-dir"_s, dir, u"--rows"_s, u"@WORK@/missing.csv"_s}
            << akSkEnvironment() << 2 << u"missing.csv"_s << QByteArray();
        QTest::newRow("rows file is a folder")
            << QStringList{u"export"_s, u"--endpoint"_s, ep, u"--output-dir"_s, dir, u"--rows"_s, u"@WORK@"_s}
            << akSkEnvironment() << 2 << u"folder"_s << QByteArray();
        QTest::newRow("output folder does not exist")
            << QStringList{u"export"_s, u"--endpoint"_s, ep, u"--output-dir"_s, u"@WORK@/nope"_s, u"--row"_s, u"t,s,n"_s}
            << akSkEnvironment() << 2 << u"nope"_s << QByteArray();
        QTest::newRow("output folder nobody can write (sysfs)")
            << QStringList{u"export"_s, u"--endpoint"_s, ep, u"--output-dir"_s, u"/sys/fs"_s, u"--row"_s, u"t,s,n"_s}
            << akSkEnvironment() << 2 << u"not writable"_s << QByteArray();
        QTest::newRow("read-only output folder (mode 555)")
            << QStringList{u"export"_s, u"--endpoint"_s, ep, u"--output-dir"_s, u"@RO@"_s, u"--row"_s, u"t,s,n"_s}
            << akSkEnvironment() << 2 << u"not writable"_s << QByteArray();
        QProcessEnvironment noSk;
        noSk.insert(u"CLOUD_SDK_AK"_s, kTestAk);
        QTest::newRow("missing SK")
            << QStringList{u"export"_s, u"--endpoint"_s, ep, u"--output-dir"_s, dir, u"--row"_s, u"t,s,n"_s}
            << noSk << 6 << u"CLOUD_SDK_SK"_s << QByteArray();
        QTest::newRow("no credentials at all")
            << QStringList{u"export"_s, u"--endpoint"_s, ep, u"--output-dir"_s, dir, u"--row"_s, u"t,s,n"_s}
            << QProcessEnvironment() << 6 << u"CLOUD_SDK_AK"_s << QByteArray();
        QTest::newRow("secret as an argument")
            << QStringList{u"export"_s, u"--endpoint"_s, ep, u"--sk"_s, u"whatever-it-is"_s, u"--row"_s, u"t,s,n"_s}
            << akSkEnvironment() << 2 << u"--sk is not accepted"_s << QByteArray();
        QTest::newRow("secret as --sk=value")
            << QStringList{u"export"_s, u"--sk=whatever-it-is"_s, u"--endpoint"_s, ep, u"--row"_s, u"t,s,n"_s}
            << akSkEnvironment() << 2 << u"shell history"_s << QByteArray();
        QTest::newRow("proxy password as an argument")
            << QStringList{u"export"_s, u"--endpoint"_s, ep, u"--proxy"_s, u"http://u:whatever-it-is@127.0.0.1:3128"_s,
                           u"--row"_s, u"t,s,n"_s}
            << akSkEnvironment() << 2 << u"--proxy must not carry a password"_s << QByteArray();
        QTest::newRow("unknown option")
            << QStringList{u"export"_s, u"--endpoint"_s, ep, u"--colour"_s, u"--row"_s, u"t,s,n"_s}
            << akSkEnvironment() << 2 << u"colour"_s << QByteArray();
        QTest::newRow("no rows")
            << QStringList{u"export"_s, u"--endpoint"_s, ep, u"--output-dir"_s, dir} << akSkEnvironment() << 2 << u"--rows"_s << QByteArray();
        QTest::newRow("unknown language")
            << QStringList{u"export"_s, u"--endpoint"_s, ep, u"--language"_s, u"fr"_s, u"--row"_s, u"t,s,n"_s}
            << akSkEnvironment() << 2 << u"en-us"_s << QByteArray();
        QTest::newRow("no region or endpoint")
            << QStringList{u"export"_s, u"--output-dir"_s, dir, u"--row"_s, u"t,s,n"_s} << akSkEnvironment() << 2 << u"--region"_s << QByteArray();
        const QStringList fromFile{u"export"_s, u"--endpoint"_s, ep, u"--output-dir"_s, dir, u"--rows"_s, u"@ROWS@"_s};
        QTest::newRow("malformed CSV: quote not closed")
            << fromFile << akSkEnvironment() << 2 << u"rows.csv: Line 3: a quoted field is not closed"_s
            << QByteArray("task_id,source_id,source_name\r\nt1,s1,n1\r\n\"t2,s2,n2\r\n");
        QTest::newRow("CSV without a task_id column")
            << fromFile << akSkEnvironment() << 2 << u"task_id"_s << QByteArray("id,source_id,source_name\nt1,s1,n1\n");
        QTest::newRow("task_id column twice (the second column's values would vanish)")
            << fromFile << akSkEnvironment() << 2 << u"rows.csv: Line 1: column 2 \"task_id\" repeats task_id (column 1)"_s
            << QByteArray("task_id,task_id,source_name\nt1,t2,n1\n");
        QTest::newRow("unknown column in a file")
            << fromFile << akSkEnvironment() << 2 << u"rows.csv: Line 1: column 3 \"notes\" is not a column"_s
            << QByteArray("Task ID,Source ID,notes\nt1,s1,keep\n");
        QByteArray rows201 = "task_id,source_id,source_name\n";
        for (int i = 0; i < 201; ++i)
            rows201 += "task-" + QByteArray::number(i) + ",s,n\n";
        QTest::newRow("201 rows in a file") << fromFile << akSkEnvironment() << 2 << u"200"_s << rows201;
        QTest::newRow("37-character task id in a file, named by line")
            << fromFile << akSkEnvironment() << 2 << u"rows.csv, line 3: Row 2, task_id: 37 characters"_s
            << QByteArray("task_id,source_id,source_name\nok,s,n\n" + QByteArray(37, 'x') + ",s,n\n");
        QTest::newRow("unreadable rows file (mode 000)") << fromFile << akSkEnvironment() << 2 << u"rows.csv"_s << QByteArray("@UNREADABLE@");
    }
    void badInputIsRefusedBeforeSending()
    {
        QFETCH(QStringList, args);
        QFETCH(QProcessEnvironment, env);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        QFETCH(QByteArray, rowsFile);
        const QString rowsPath = m_work->filePath(u"rows.csv"_s);
        if (rowsFile == "@UNREADABLE@") {
            if (::geteuid() == 0)
                QSKIP("root reads mode-000 files; the missing-file and folder rows cover this case");
            writeFile(rowsPath, "task_id,source_id,source_name\nt,s,n\n");
            QFile::setPermissions(rowsPath, QFile::Permissions());
        } else if (!rowsFile.isEmpty()) {
            writeFile(rowsPath, rowsFile);
        }
        const QString readOnly = m_work->filePath(u"ro"_s);
        if (args.contains(u"@RO@"_s)) {
            if (::geteuid() == 0)
                QSKIP("root writes into mode-555 folders; the sysfs row covers this case");
            QVERIFY(QDir().mkpath(readOnly));
            QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner);
        }
        for (QString &a : args) {
            a.replace(u"@OUT@"_s, out()).replace(u"@EP@"_s, m_server.httpUrl().toString());
            a.replace(u"@WORK@"_s, m_work->path()).replace(u"@RO@"_s, readOnly).replace(u"@ROWS@"_s, rowsPath);
        }
        const CliResult r = m_cli.run(args, env);
        VERIFY_NO_SECRET(r);
        QVERIFY(!r.err.contains("whatever-it-is"));
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(m_server.requests().size(), 0);
        QCOMPARE(entriesIn(out()), QStringList());
        if (QFileInfo::exists(readOnly))
            QCOMPARE(entriesIn(readOnly), QStringList());
    }

    void repeatedColumnOnStdinIsRefused()
    {
        const QStringList args{u"export"_s, u"--endpoint"_s, m_server.httpUrl().toString(), u"--output-dir"_s, out(),
                               u"--rows"_s, u"-"_s};
        // The window's Chinese title and the API name of one column.
        const CliResult r = m_cli.run(args, akSkEnvironment(), QByteArray("\xE4\xBB\xBB\xE5\x8A\xA1 ID\ttask_id\nt1\tt2\n"));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains("stdin: Line 1: column 2 \"task_id\" repeats task_id (column 1)"), r.err.constData());
        QCOMPARE(m_server.requests().size(), 0);
        QCOMPARE(entriesIn(out()), QStringList());
    }

    void badInputWithJsonIsOneObject()
    {
        const CliResult r = m_cli.run({u"export"_s, u"--region"_s, u"xx-nowhere-9"_s, u"--row"_s, u"t,s,n"_s, u"--json"_s}, akSkEnvironment());
        QCOMPARE(r.exitCode, 2);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.keys().size(), 12);
        QCOMPARE(o[u"ok"_s].toBool(true), false);
        QVERIFY(o[u"error_msg"_s].toString().contains(u"xx-nowhere-9"_s));
        QVERIFY(o[u"http_status"_s].isNull());
    }
};

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_clibadinput.moc"
