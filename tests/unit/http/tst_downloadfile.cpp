#include "http/DownloadFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using smsc::DownloadFile;
using smsc::ErrorKind;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Everything in the folder, hidden files included: a temporary file left behind shows up here.
QStringList entries(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                      QDir::Name);
}

} // namespace

class TestDownloadFile final : public QObject
{
    Q_OBJECT
private slots:
    void committedFileHasEveryByte()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        DownloadFile file(path);
        QVERIFY(file.open().ok());
        QByteArray expected;
        for (int i = 0; i < 100; ++i) {
            const QByteArray chunk = QByteArray::number(i).repeated(1000);
            expected += chunk;
            QVERIFY(file.write(chunk).ok());
        }
        QVERIFY(!QFile::exists(path));  // not visible before commit
        QVERIFY(file.commit().ok());
        QCOMPARE(file.size(), expected.size());
        QCOMPARE(readAll(path), expected);
        QCOMPARE(entries(dir), QStringList{u"out.csv"_s});
    }

    void discardLeavesNothing()
    {
        QTemporaryDir dir;
        DownloadFile file(dir.filePath(u"out.csv"_s));
        QVERIFY(file.open().ok());
        QVERIFY(file.write(QByteArray(100000, 'x')).ok());
        file.discard();
        QVERIFY(entries(dir).isEmpty());
        QVERIFY(!file.commit().ok());
        QVERIFY(entries(dir).isEmpty());
    }

    void destroyingUncommittedLeavesNothing()
    {
        QTemporaryDir dir;
        {
            DownloadFile file(dir.filePath(u"out.csv"_s));
            QVERIFY(file.open().ok());
            QVERIFY(file.write(QByteArray(100000, 'x')).ok());
        }
        QVERIFY(entries(dir).isEmpty());
    }

    void refusesExistingFileAtOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        writeFile(path, "precious");
        DownloadFile file(path);
        const smsc::Outcome<void> opened = file.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.kind(), smsc::FailureKind::Exists);
        QCOMPARE(opened.error(), file.error().headline);
        QCOMPARE(file.error().kind, ErrorKind::LocalFile);
        QVERIFY(file.error().headline.contains(path));
        QCOMPARE(readAll(path), QByteArray("precious"));
        QCOMPARE(entries(dir), QStringList{u"out.csv"_s});
    }

    void refusesFileCreatedDuringDownload()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        DownloadFile file(path);
        QVERIFY(file.open().ok());
        QVERIFY(file.write("new bytes").ok());
        writeFile(path, "precious");  // someone else saved a file meanwhile
        QVERIFY(!file.commit().ok());
        QCOMPARE(file.error().kind, ErrorKind::LocalFile);
        QCOMPARE(readAll(path), QByteArray("precious"));
        QCOMPARE(entries(dir), QStringList{u"out.csv"_s});
    }

    void overwritesWhenTold()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        writeFile(path, "old");
        DownloadFile file(path, DownloadFile::Existing::Overwrite);
        QVERIFY(file.open().ok());
        QVERIFY(file.write("new").ok());
        QVERIFY(file.commit().ok());
        QCOMPARE(readAll(path), QByteArray("new"));
        QCOMPARE(entries(dir), QStringList{u"out.csv"_s});
    }

    void picksUniqueNames()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"out.csv"_s), "0");
        writeFile(dir.filePath(u"out (1).csv"_s), "1");
        DownloadFile file(dir.filePath(u"out.csv"_s), DownloadFile::Existing::PickUniqueName);
        QVERIFY(file.open().ok());
        QCOMPARE(file.path(), dir.filePath(u"out (2).csv"_s));
        QVERIFY(file.write("2").ok());
        QVERIFY(file.commit().ok());
        QCOMPARE(readAll(dir.filePath(u"out (2).csv"_s)), QByteArray("2"));
        QCOMPARE(readAll(dir.filePath(u"out.csv"_s)), QByteArray("0"));
    }

    void uniquePathWithoutExtension()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"results"_s), "0");
        QCOMPARE(DownloadFile::uniquePath(dir.filePath(u"results"_s)), dir.filePath(u"results (1)"_s));
        QCOMPARE(DownloadFile::uniquePath(dir.filePath(u"free.csv"_s)), dir.filePath(u"free.csv"_s));
    }

    void reopenAfterDiscardStartsAfresh()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        DownloadFile file(path);
        QVERIFY(file.open().ok());
        QVERIFY(file.write("first attempt, broken off").ok());
        file.discard();
        QVERIFY(file.open().ok());
        QVERIFY(file.write("second").ok());
        QVERIFY(file.commit().ok());
        QCOMPARE(readAll(path), QByteArray("second"));
        QCOMPARE(file.size(), 6);
    }

    void unusableTargetsAreLocalFileErrors_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("missing folder") << u"no/such/folder/out.csv"_s;
        QTest::newRow("a folder has that name") << u"sub"_s;
        QTest::newRow("parent is a regular file (unwritable even for root)") << u"plain/out.csv"_s;
    }
    void unusableTargetsAreLocalFileErrors()
    {
        QFETCH(QString, relative);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
        writeFile(dir.filePath(u"plain"_s), "x");
        const QString path = dir.filePath(relative);
        DownloadFile file(path);
        QVERIFY(!file.open().ok());
        QCOMPARE(file.error().kind, ErrorKind::LocalFile);
        QVERIFY2(file.error().headline.contains(path), qPrintable(file.error().headline));
        QCOMPARE(entries(dir), (QStringList{u"plain"_s, u"sub"_s}));
    }

    void readOnlyFolderIsALocalFileError()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QFile probe(dir.filePath(u"probe"_s));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSKIP("running with privileges that ignore folder permissions");
        }
        DownloadFile file(dir.filePath(u"out.csv"_s));
        const bool opened = file.open().ok();
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!opened);
        QCOMPARE(file.error().kind, ErrorKind::LocalFile);
        QVERIFY(!file.error().technicalDetail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDownloadFile)
#include "tst_downloadfile.moc"
