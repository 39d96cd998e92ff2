// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportController.h"
#include "export/ExportProgressDialog.h"
#include "FakeCredentialStore.h"
#include "harness/GuiTestEnvironment.h"
#include "harness/ScriptedPrompts.h"
#include "LoopbackServer.h"
#include "profile/ProfileStore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWidget>

using namespace Qt::StringLiterals;

using namespace smsc;
using test::kExportPath;

namespace {

const QString kName = u"consistency-results.csv"_s;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList entriesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

/*!
 * The window's save path (ExportController → ExportFilePlacer) with a symbolic link at the name
 * the service gives: the user is asked, Keep both leaves the link alone, Replace replaces the
 * link itself and never writes through it.
 */
class TestExportSave final : public QObject
{
    Q_OBJECT
    test::LoopbackServer m_server;

    struct Window
    {
        QWidget window;
        test::ScriptedPrompts prompts;
        test::FakeCredentialStore secrets;
        ProfileStore profiles;
        QNetworkAccessManager network;
        ExportController controller{&profiles, &secrets, &network, &prompts, &window};

        explicit Window(const QString &folder)
        {
            secrets.entries.insert(u"loopback/ak"_s, test::kTestAk);
            secrets.entries.insert(u"loopback/sk"_s, test::kTestSk);
            controller.setExportFolder(folder);
            window.show();
        }
        //! Exports one row and gives the saved path (empty when nothing was saved).
        QString exportNow()
        {
            QSignalSpy finished(&controller, &ExportController::finished);
            controller.start(u"loopback"_s, {TaskRow{u"task-1"_s, u"src-1"_s, u"web-01"_s}});
            return finished.wait(30000) ? finished.first().at(1).toString() : u"(timed out)"_s;
        }
    };

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void init()
    {
        QSettings().clear();
        QVERIFY(m_server.reset());
        Profile p;
        p.name = u"loopback"_s;
        p.endpoint = m_server.httpUrl().toString();
        p.domainId = test::kTestDomainId;
        p.transport.proxyUrl = u"none"_s;
        ProfileStore store;
        QVERIFY(store.save(p).ok());
    }

    void aLinkAtTheNameIsAskedAboutAndNeverWrittenThrough_data()
    {
        QTest::addColumn<bool>("dangling");
        QTest::newRow("dangling link") << true;
        QTest::newRow("link to an existing file") << false;
    }
    void aLinkAtTheNameIsAskedAboutAndNeverWrittenThrough()
    {
        QFETCH(bool, dangling);
        QTemporaryDir folder;
        QTemporaryDir elsewhere;
        const QString link = QDir(folder.path()).filePath(kName);
        const QString target = elsewhere.filePath(u"target.csv"_s);
        if (!dangling) {
            QFile f(target);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious");
        }
        QVERIFY(QFile::link(target, link));
        QSettings().setValue(u"export/askWhenNameExists"_s, true);  // the default keeps both without asking
        Window w(folder.path());
        w.prompts.overwriteAnswers = {UserPrompts::Overwrite::Cancel, UserPrompts::Overwrite::KeepBoth,
                                      UserPrompts::Overwrite::Replace};

        // asked; Cancel replaces nothing, but what arrived is kept under a free name, never discarded
        QCOMPARE(w.exportNow(), QDir(folder.path()).filePath(u"consistency-results (1).csv"_s));
        QCOMPARE(QFileInfo(link).symLinkTarget(), target);

        const QString kept = w.exportNow();  // asked; Keep both
        QCOMPARE(kept, QDir(folder.path()).filePath(u"consistency-results (2).csv"_s));
        QCOMPARE(QFileInfo(link).symLinkTarget(), target);
        QCOMPARE(QFileInfo(kept).size(), m_server.lastBody().value(u"size"_s).toInteger());

        QCOMPARE(w.exportNow(), link);  // asked; Replace: the link itself goes
        QVERIFY(!QFileInfo(link).isSymLink());
        QCOMPARE(QCryptographicHash::hash(readAll(link), QCryptographicHash::Sha256).toHex(),
                 m_server.lastBody().value(u"sha256"_s).toString().toLatin1());
        QCOMPARE(w.prompts.asked.filter(kName).size(), 3);

        QCOMPARE(QFileInfo::exists(target), !dangling);  // the target was never created nor changed
        QCOMPARE(readAll(target), dangling ? QByteArray() : QByteArray("precious"));
        QCOMPARE(entriesIn(folder.path()),
                 (QStringList{u"consistency-results (1).csv"_s, u"consistency-results (2).csv"_s, kName}));
    }
};

SMSC_GUI_TEST_MAIN(TestExportSave)
#include "tst_exportsave.moc"
