// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/DownloadFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <memory>
#include <sys/mount.h>
#include <thread>
#include <vector>

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

//! A 64 KiB tmpfs, to see a real "No space left on device"; unmounted again at the end.
class TinyDisk final
{
public:
    TinyDisk()
    {
        m_mounted = m_dir.isValid()
            && ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, "size=64k") == 0;
    }
    ~TinyDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

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

    void keepsBothWhenTheNameIsTakenDuringDownload_data()
    {
        QTest::addColumn<QString>("appears");
        QTest::newRow("a file") << u"file"_s;
        QTest::newRow("a dangling symbolic link") << u"dangling"_s;
        QTest::newRow("a symbolic link to a file") << u"link"_s;
    }
    void keepsBothWhenTheNameIsTakenDuringDownload()
    {
        QFETCH(QString, appears);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        const QString elsewhere = dir.filePath(u"elsewhere"_s);
        DownloadFile file(path);
        QVERIFY(file.open().ok());
        QVERIFY(file.write("new bytes").ok());
        // Someone else saved something under the name meanwhile: it is never replaced nor written through.
        if (appears == u"file"_s) {
            writeFile(path, "precious");
        } else {
            if (appears == u"link"_s)
                writeFile(elsewhere, "precious");
            QVERIFY(QFile::link(elsewhere, path));
        }
        QVERIFY2(file.commit().ok(), qPrintable(file.error().technicalDetail));
        QCOMPARE(file.path(), dir.filePath(u"out (1).csv"_s));
        QCOMPARE(file.requestedPath(), path);
        QCOMPARE(readAll(file.path()), QByteArray("new bytes"));
        if (appears == u"file"_s)
            QCOMPARE(readAll(path), QByteArray("precious"));
        else
            QCOMPARE(QFileInfo(path).symLinkTarget(), elsewhere);
        QCOMPARE(readAll(elsewhere), QByteArray(appears == u"link"_s ? "precious" : ""));
        QCOMPARE(QFileInfo::exists(elsewhere), appears == u"link"_s);
    }

    void concurrentCommitsNeverReplaceEachOther()
    {
        // Many downloads of one name finishing together: every one is kept, under its own name.
        for (int round = 0; round < 50; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(u"out.csv"_s);
            constexpr int kFiles = 4;
            std::vector<std::unique_ptr<DownloadFile>> files;
            for (int i = 0; i < kFiles; ++i) {
                files.push_back(std::make_unique<DownloadFile>(path));
                QVERIFY(files.back()->open().ok());
                QVERIFY(files.back()->write(QByteArray::number(i)).ok());
            }
            std::atomic<int> ready = 0;
            std::vector<std::thread> threads;
            std::array<bool, kFiles> committed = {};
            for (int i = 0; i < kFiles; ++i) {
                threads.emplace_back([&, i] {
                    ++ready;
                    while (ready.load() < kFiles) {
                    }
                    committed[size_t(i)] = files[size_t(i)]->commit().ok();
                });
            }
            for (std::thread &t : threads)
                t.join();
            QSet<QString> names;
            for (int i = 0; i < kFiles; ++i) {
                QVERIFY(committed[size_t(i)]);
                names.insert(files[size_t(i)]->path());
                QCOMPARE(readAll(files[size_t(i)]->path()), QByteArray::number(i));
            }
            QCOMPARE(names.size(), kFiles);
            QCOMPARE(entries(dir).size(), kFiles);
        }
    }

    void refusesASymbolicLinkAtOpen_data()
    {
        QTest::addColumn<bool>("dangling");
        QTest::newRow("dangling") << true;
        QTest::newRow("to an existing file") << false;
    }
    void refusesASymbolicLinkAtOpen()
    {
        QFETCH(bool, dangling);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        const QString target = dir.filePath(u"target"_s);
        if (!dangling)
            writeFile(target, "precious");
        QVERIFY(QFile::link(target, path));
        for (const auto existing : {DownloadFile::Existing::Refuse, DownloadFile::Existing::PickUniqueName}) {
            DownloadFile file(path, existing);
            const smsc::Outcome<void> opened = file.open();
            if (existing == DownloadFile::Existing::PickUniqueName) {
                // A link is a taken name: the unique name goes beside it.
                QVERIFY(opened.ok());
                QCOMPARE(file.path(), dir.filePath(u"out (1).csv"_s));
                continue;
            }
            QVERIFY(!opened.ok());
            QCOMPARE(opened.kind(), smsc::FailureKind::Exists);
            QVERIFY(file.error().headline.contains(path));
            QVERIFY2(file.error().technicalDetail.contains(u"symbolic link"_s), qPrintable(file.error().technicalDetail));
        }
        QCOMPARE(QFileInfo::exists(target), !dangling);
        if (!dangling)
            QCOMPARE(readAll(target), QByteArray("precious"));
        QCOMPARE(entries(dir), dangling ? QStringList{u"out.csv"_s} : (QStringList{u"out.csv"_s, u"target"_s}));
    }

    void overwriteReplacesTheLinkItselfNotItsTarget_data() { refusesASymbolicLinkAtOpen_data(); }
    void overwriteReplacesTheLinkItselfNotItsTarget()
    {
        QFETCH(bool, dangling);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        const QString target = dir.filePath(u"target"_s);
        if (!dangling)
            writeFile(target, "precious");
        QVERIFY(QFile::link(target, path));
        DownloadFile file(path, DownloadFile::Existing::Overwrite);
        QVERIFY(file.open().ok());
        QVERIFY(file.write("new").ok());
        QVERIFY(file.commit().ok());
        QVERIFY(file.replacedLink());
        QVERIFY(!QFileInfo(path).isSymLink());
        QCOMPARE(readAll(path), QByteArray("new"));
        QCOMPARE(QFileInfo::exists(target), !dangling);
        if (!dangling)
            QCOMPARE(readAll(target), QByteArray("precious"));
    }

    void aFullDiskGivesTheOsReasonAndLeavesNothing()
    {
        TinyDisk disk;
        if (!disk.mounted())
            QSKIP("mounting a 64 KiB tmpfs needs root (CAP_SYS_ADMIN); tst_clifilesafety covers it through the CLI too");
        DownloadFile file(disk.path() + u"/out.csv"_s);
        QVERIFY(file.open().ok());
        smsc::Outcome<void> written;
        for (int i = 0; i < 64 && written.ok(); ++i)
            written = file.write(QByteArray(8192, 'x'));
        QVERIFY(!written.ok());
        QCOMPARE(file.error().kind, ErrorKind::LocalFile);
        QCOMPARE(file.error().technicalDetail, QString::fromLocal8Bit(std::strerror(ENOSPC)));
        QVERIFY(!file.isOpen());
        QCOMPARE(QDir(disk.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void aFolderRemovedBeforeCommitGivesTheOsReason()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"sub"_s);
        QVERIFY(QDir().mkpath(folder));
        DownloadFile file(folder + u"/out.csv"_s);
        QVERIFY(file.open().ok());
        QVERIFY(file.write("bytes").ok());
        QVERIFY(QDir(folder).removeRecursively());
        QVERIFY(!file.commit().ok());
        QCOMPARE(file.error().kind, ErrorKind::LocalFile);
        QCOMPARE(file.error().technicalDetail, QString::fromLocal8Bit(std::strerror(ENOENT)));
        QCOMPARE(entries(dir), QStringList());
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
