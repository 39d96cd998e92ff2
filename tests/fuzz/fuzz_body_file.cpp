// SPDX-License-Identifier: GPL-3.0-or-later
// BodyFile: the exact bytes `sign --body-file` signs, from a regular file and from a pipe, bounded
// in size (README.md "The command line"). Input: the body. Every byte comes back unchanged, in
// order; one byte over the limit is refused with a message naming the file; nothing blocks.
#include "FuzzSupport.h"

#include "input/BodyFile.h"

#include <QFile>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace smsc;
using smsc::cli::BodyFile;

namespace {

constexpr int kTimeoutMs = 2000;  // a pipe that was written and closed ends at once

void checkRead(const QString &path, const QByteArray &body, qint64 limit)
{
    const Outcome<QByteArray> read = BodyFile::read(path, limit, kTimeoutMs);
    if (body.size() <= limit) {
        SMSC_FUZZ_CHECK(read.ok());
        SMSC_FUZZ_CHECK(read.value() == body);
    } else {
        SMSC_FUZZ_CHECK(!read.ok());
        SMSC_FUZZ_CHECK(read.error().contains(path) && read.error().contains(u"larger than"_s));
    }
}

void checkRegularFile(const QByteArray &body, qint64 limit)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(u"body.bin"_s);
    QFile file(path);
    SMSC_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    SMSC_FUZZ_CHECK(file.write(body) == body.size());
    file.close();
    checkRead(path, body, limit);
}

// A pipe written and closed before the read: the read end as /proc/self/fd/N, as a shell's
// process substitution passes it.
void checkPipe(const QByteArray &body, qint64 limit)
{
    if (body.size() > 60000)
        return;  // within one pipe buffer, so the write never waits for a reader
    int ends[2];
    SMSC_FUZZ_CHECK(::pipe2(ends, O_CLOEXEC) == 0);
    SMSC_FUZZ_CHECK(::write(ends[1], body.constData(), size_t(body.size())) == body.size());
    ::close(ends[1]);
    checkRead(u"/proc/self/fd/%1"_s.arg(ends[0]), body, limit);
    ::close(ends[0]);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const qint64 n = body.size();
    for (const qint64 limit : {BodyFile::kMaxBytes, n, n - 1, n / 2}) {
        if (limit < 0)
            continue;
        checkRegularFile(body, limit);
        checkPipe(body, limit);
    }
    return 0;
}
