// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAutosaveKill final : public QObject
{
    Q_OBJECT
private slots:
    void rowsSurviveKillDashNine()
    {
        QTemporaryDir sandbox;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, sandbox.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, sandbox.filePath(u"config"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

        QProcess app;
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QString::fromUtf8(SMSC_SESSION_HELPER), {u"edit"_s});
        QVERIFY(app.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += app.readAllStandardOutput()).contains("typed\n"), 30000);
        const QString autosaveFile = QString::fromUtf8(output.split('\n').first().mid(int(qstrlen("autosave "))));
        QVERIFY2(autosaveFile.startsWith(sandbox.path()), qPrintable(autosaveFile));
        // The last typed cell must reach the disk while the app keeps running (no quit, no flush).
        QTRY_VERIFY_WITH_TIMEOUT(readFile(autosaveFile).contains(u"服务器 3"_s.toUtf8()), 10000);

        app.kill();  // SIGKILL: no destructor, no aboutToQuit, nothing gets a chance to save
        QVERIFY(app.waitForFinished());
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);

        QProcess restarted;
        restarted.setProcessEnvironment(env);
        restarted.start(QString::fromUtf8(SMSC_SESSION_HELPER), {u"dump"_s});
        QVERIFY(restarted.waitForFinished(30000));
        QCOMPARE(restarted.exitCode(), 0);
        const QJsonArray rows = QJsonDocument::fromJson(restarted.readAllStandardOutput()).array();
        QCOMPARE(rows.size(), 4);  // Tab past the last cell had opened a fourth, blank row
        for (int i = 0; i < 3; ++i) {
            const QString n = QString::number(i + 1);
            QCOMPARE(rows.at(i).toArray(), (QJsonArray{QString(u"kill-"_s + n), QString(u"src-"_s + n), QString(u"服务器 "_s + n)}));
        }
        QCOMPARE(rows.at(3).toArray(), (QJsonArray{QString(), QString(), QString()}));
    }
};

QTEST_GUILESS_MAIN(TestAutosaveKill)
#include "tst_autosavekill.moc"
