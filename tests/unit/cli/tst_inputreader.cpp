// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/InputReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using smsc::Outcome;
using smsc::cli::InputReader;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
// Generous: these are failure guards for a busy machine, not measurements.
constexpr int kWaitMs = 20000;

/*!
 * One read, watched: the result, how often it came, and how often a 5 ms timer fired on the
 * same event loop meanwhile (a read that blocked the loop would leave it at zero).
 */
class Watched final
{
public:
    Watched(const QString &path, qint64 maxBytes) : reader(path, maxBytes)
    {
        m_ticker.setInterval(5);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] { ++ticks; });
    }
    void start()
    {
        m_ticker.start();
        reader.start([this](const Outcome<QByteArray> &r) {
            ++calls;
            result = r;
            m_ticker.stop();
        });
    }
    bool finished() const { return calls > 0; }
    QString error() const { return result ? result->error() : QString(); }

    InputReader reader;
    std::optional<Outcome<QByteArray>> result;
    int calls = 0;
    int ticks = 0;

private:
    QTimer m_ticker;
};

} // namespace

/*!
 * InputReader, the reader of --rows FILE and stdin (docs/PLATFORM.md "Saving files"): whole
 * inputs come back whole; a FIFO nobody writes to, an endless device and a too-large file each
 * end with their own message, and the event loop keeps running while it waits.
 */
class TestInputReader final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString fifo()
    {
        // "%2" in the name: a message must show the path as it is, not fill in its placeholder.
        const QString path = m_dir->filePath(u"rows %2.fifo"_s);
        if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
            return {};
        return path;
    }
    QString fileWith(const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(u"rows.csv"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void initTestCase() { std::signal(SIGPIPE, SIG_IGN); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void aWholeFileComesBackWhole()
    {
        const QByteArray rows = "task_id,source_id,source_name\nt1,s1,n1\n";
        Watched read(fileWith(rows), kMiB);
        read.start();
        QTRY_VERIFY_WITH_TIMEOUT(read.finished(), kWaitMs);
        QVERIFY2(read.result->ok(), qPrintable(read.error()));
        QCOMPARE(read.result->value(), rows);
        QTest::qWait(50);
        QCOMPARE(read.calls, 1);
    }

    void aFifoWithoutWriterEndsWhenNothingArrives()
    {
        const QString path = fifo();
        QVERIFY(!path.isEmpty());
        Watched read(path, kMiB);
        read.reader.setIdleTimeoutMs(300);
        read.start();  // opening a FIFO nobody writes to returns at once
        QVERIFY(!read.finished());
        QTRY_VERIFY_WITH_TIMEOUT(read.finished(), kWaitMs);
        QVERIFY(!read.result->ok());
        QCOMPARE(read.error(), u"Nothing arrived from %1 for 1 seconds; giving up."_s.arg(path));
        QVERIFY2(read.ticks > 0, "the event loop did not run while the FIFO was waited for");
    }

    void aFifoThatNeverEndsIsBoundedInTime()
    {
        const QString path = fifo();
        QVERIFY(!path.isEmpty());
        Watched read(path, kMiB);
        read.reader.setIdleTimeoutMs(kWaitMs);
        read.reader.setTotalTimeoutMs(1000);
        read.start();
        // A writer that sends a line every 50 ms and never closes: never idle, never done.
        const int writer = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        QVERIFY(writer >= 0);
        QTimer drip;
        int writeErrors = 0;
        QObject::connect(&drip, &QTimer::timeout, [writer, &writeErrors] {
            // EPIPE once the reader gave up and closed its end (SIGPIPE is ignored here).
            if (::write(writer, "t1,s1,n1\n", 9) != 9 && errno != EPIPE)
                ++writeErrors;
        });
        drip.start(50);
        QTRY_VERIFY_WITH_TIMEOUT(read.finished(), kWaitMs);
        drip.stop();
        ::close(writer);
        QCOMPARE(writeErrors, 0);
        QVERIFY(!read.result->ok());
        QCOMPARE(read.error(), u"%1 did not end within 1 seconds; giving up."_s.arg(path));
    }

    void aFifoWrittenAndClosedIsRead()
    {
        const QString path = fifo();
        QVERIFY(!path.isEmpty());
        Watched read(path, kMiB);
        read.start();
        const int writer = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        QVERIFY(writer >= 0);
        QCOMPARE(::write(writer, "t1,s1,n1\n", 9), 9);
        ::close(writer);
        QTRY_VERIFY_WITH_TIMEOUT(read.finished(), kWaitMs);
        QVERIFY2(read.result->ok(), qPrintable(read.error()));
        QCOMPARE(read.result->value(), QByteArray("t1,s1,n1\n"));
    }

    void endlessDevicesAreBoundedBySize_data()
    {
        QTest::addColumn<QString>("device");
        QTest::newRow("/dev/zero") << u"/dev/zero"_s;
        QTest::newRow("/dev/urandom") << u"/dev/urandom"_s;
    }
    void endlessDevicesAreBoundedBySize()
    {
        QFETCH(QString, device);
        Watched read(device, 4 * kMiB);
        read.start();
        QVERIFY(!read.finished());
        QTRY_VERIFY_WITH_TIMEOUT(read.finished(), kWaitMs);
        QVERIFY(!read.result->ok());
        QVERIFY2(read.error().startsWith(device + u" is larger than "_s), qPrintable(read.error()));
        QVERIFY2(read.error().endsWith(u", too large."_s), qPrintable(read.error()));
        // Read a chunk per wake-up, so the loop ran in between.
        QVERIFY2(read.ticks > 0, "the event loop did not run while the device was read");
    }

    void aTooLargeFileIsRefusedBeforeReading()
    {
        const QString path = fileWith(QByteArray(4096, 'x'));
        QVERIFY(!path.isEmpty());
        Watched read(path, 1024);
        read.start();
        QVERIFY(!read.finished());  // even a refusal comes from the event loop, never inside start()
        QTRY_VERIFY_WITH_TIMEOUT(read.finished(), kWaitMs);
        QVERIFY(!read.result->ok());
        QVERIFY2(read.error().startsWith(path + u" is larger than "_s), qPrintable(read.error()));
    }

    void aFileOneByteOverTheLimitIsRefused()
    {
        // A file that grows past its size at open time is caught while reading: here a FIFO
        // carries limit + 1 bytes.
        const QString path = fifo();
        QVERIFY(!path.isEmpty());
        Watched read(path, 1024);
        read.start();
        const int writer = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        QVERIFY(writer >= 0);
        const QByteArray bytes(1025, 'x');
        QCOMPARE(::write(writer, bytes.constData(), size_t(bytes.size())), bytes.size());
        ::close(writer);
        QTRY_VERIFY_WITH_TIMEOUT(read.finished(), kWaitMs);
        QVERIFY(!read.result->ok());
        QVERIFY2(read.error().contains(u"is larger than"_s), qPrintable(read.error()));
    }

    void aFolderOrAMissingFileIsNamed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("folder") << u"."_s << u"%1 is a folder, not a file."_s;
        QTest::newRow("missing") << u"missing.csv"_s << u"Cannot read %1: No such file or directory"_s;
    }
    void aFolderOrAMissingFileIsNamed()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const QString path = m_dir->filePath(name);
        Watched read(path, kMiB);
        read.start();
        QTRY_VERIFY_WITH_TIMEOUT(read.finished(), kWaitMs);
        QVERIFY(!read.result->ok());
        QVERIFY2(read.error().startsWith(message.arg(path)), qPrintable(read.error()));
    }

    void cancelStopsReadingWithoutAnAnswer()
    {
        const QString path = fifo();
        QVERIFY(!path.isEmpty());
        Watched read(path, kMiB);
        read.reader.setIdleTimeoutMs(200);
        read.start();
        read.reader.cancel();
        QTest::qWait(600);  // past the idle limit: no answer may come any more
        QCOMPARE(read.calls, 0);
        // The FIFO is closed: a writer now finds no reader.
        const int writer = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        QCOMPARE(writer, -1);
        QCOMPARE(errno, ENXIO);
    }
};

QTEST_GUILESS_MAIN(TestInputReader)
#include "tst_inputreader.moc"
