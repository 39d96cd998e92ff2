// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using smsc::FailureKind;
using smsc::SafeFile;

//! The program's own files: read bounded and without blocking, replaced without following a link.
class TestSafeFile final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString make(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
            return {};
        return path;
    }

private slots:
    void readsARegularFileUpToItsLimit()
    {
        const QString path = make(u"ten.txt"_s, "0123456789");
        QCOMPARE(SafeFile::read(path, 10).valueOr({}), QByteArray("0123456789"));
        const auto over = SafeFile::read(path, 9);
        QVERIFY(!over.ok());
        QCOMPARE(over.error(), u"it is larger than 9 bytes"_s);
        QCOMPARE(SafeFile::read(path, 0).kind(), FailureKind::Failed);
        const auto big = SafeFile::read(make(u"big.bin"_s, QByteArray(1024 * 1024 + 1, 'x')), 1024 * 1024);
        QCOMPARE(big.error(), u"it is larger than 1 MiB"_s);
    }

    void missingIsNotFound()
    {
        QCOMPARE(SafeFile::read(m_dir.filePath(u"none"_s), 10).kind(), FailureKind::NotFound);
        QCOMPARE(SafeFile::checkRegular(m_dir.filePath(u"none"_s)).kind(), FailureKind::NotFound);
    }

    void linksAreFollowedOnlyWhenAllowed()
    {
        const QString target = make(u"target.txt"_s, "data");
        const QString link = m_dir.filePath(u"link.txt"_s);
        QVERIFY(QFile::link(target, link));
        QCOMPARE(SafeFile::read(link, 10).valueOr({}), QByteArray("data"));
        QCOMPARE(SafeFile::read(link, 10, SafeFile::Links::Refuse).error(), u"it is a symbolic link"_s);
    }

    void fifosDevicesAndFoldersAreRefusedAtOnce()
    {
        const QString fifo = m_dir.filePath(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QString &path : {fifo, u"/dev/zero"_s, m_dir.path()}) {
            QCOMPARE(SafeFile::read(path, 1024).error(), u"it is not a regular file"_s);
            QCOMPARE(SafeFile::checkRegular(path).error(), u"it is not a regular file"_s);
        }
    }

    void writeReplacesTheNameAndLeavesNoTemporaryFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state.json"_s);
        QVERIFY(SafeFile::write(path, "first").ok());
        QVERIFY(SafeFile::write(path, "second").ok());
        QCOMPARE(SafeFile::read(path, 100).valueOr({}), QByteArray("second"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(SafeFile::write(path, "third").ok());
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));  // its mode kept
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"state.json"_s});
    }

    void writeReplacesALinkNeverItsTarget_data()
    {
        QTest::addColumn<bool>("dangling");
        QTest::newRow("to a file") << false;
        QTest::newRow("dangling") << true;
    }

    void writeReplacesALinkNeverItsTarget()
    {
        QFETCH(bool, dangling);
        QTemporaryDir dir;
        const QString target = dir.filePath(u"target.txt"_s);
        if (!dangling) {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep");
        }
        const QString link = dir.filePath(u"link.json"_s);
        QVERIFY(QFile::link(target, link));
        QVERIFY(SafeFile::write(link, "new").ok());
        QVERIFY(!QFileInfo(link).isSymLink());
        QCOMPARE(SafeFile::read(link, 100).valueOr({}), QByteArray("new"));
        if (dangling)
            QVERIFY(!QFileInfo::exists(target));  // a dangling link does not create its target
        else
            QCOMPARE(SafeFile::read(target, 100).valueOr({}), QByteArray("keep"));
    }

    void writeIntoAMissingFolderGivesTheOsReason()
    {
        const auto written = SafeFile::write(m_dir.filePath(u"gone/file.json"_s), "x");
        QVERIFY(!written.ok());
        QCOMPARE(written.error(), u"No such file or directory"_s);
    }
};

QTEST_GUILESS_MAIN(TestSafeFile)
#include "tst_safefile.moc"
