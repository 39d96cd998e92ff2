// SPDX-License-Identifier: GPL-3.0-or-later
// The `sign` command's own parsing (method, URL with its query, 'Name: value' headers) and the
// signer's canonicalisation of what it parsed, run in-process as the CLI runs it.
// Input: "<method>\0<URL>\0<header lines>[\0<body>]"; with a body part it is signed through
// --body-file. Every run is made twice, as text and as --json.
#include "FuzzSupport.h"

#include "commands/SignCommand.h"
#include "output/Console.h"
#include "output/ExitCode.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace smsc;

namespace {

constexpr char kAccessKey[] = "FUZZACCESSKEY0123456";
constexpr char kSecretKey[] = "FuzzSecretKeyZ9q8w7e6r5t4y3u2i1o0pAsDfGhJk";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A stream the console writes into, read back afterwards.
struct MemoryStream
{
    char *buffer = nullptr;
    size_t size = 0;
    std::FILE *file = open_memstream(&buffer, &size);
    ~MemoryStream()
    {
        if (file)
            std::fclose(file);
        std::free(buffer);
    }
    QByteArray take()
    {
        std::fflush(file);
        return QByteArray(buffer, qsizetype(size));
    }
};

Run run(const QStringList &arguments)
{
    MemoryStream out;
    MemoryStream err;
    SMSC_FUZZ_CHECK(out.file && err.file);
    cli::Console console(out.file, err.file);
    cli::CommandContext context;
    context.console = &console;
    context.environment.insert(u"CLOUD_SDK_AK"_s, QString::fromLatin1(kAccessKey));
    context.environment.insert(u"CLOUD_SDK_SK"_s, QString::fromLatin1(kSecretKey));
    Run result;
    {
        cli::SignCommand command(context, nullptr);
        QObject::connect(&command, &cli::Command::finished, &command, [&result](int code) { result.exitCode = code; });
        command.start(arguments);
        QCoreApplication::sendPostedEvents(&command);
    }
    result.out = out.take();
    result.err = err.take();
    return result;
}

// The body part written to a file for --body-file.
QString bodyFileWith(const QByteArray &body)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(u"body"_s);
    QFile file(path);
    SMSC_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(body) == body.size());
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QList<QByteArray> in = fuzz::parts(data, size, 4);
    const bool hasBody = QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)).count('\0') >= 3;
    QStringList arguments{u"--method"_s, QString::fromUtf8(in.at(0)), u"--url"_s, QString::fromUtf8(in.at(1)),
                          u"--date"_s, u"20250314T092653Z"_s};
    for (const QByteArray &line : in.at(2).split('\n')) {
        if (!line.isEmpty())
            arguments << u"--header"_s << QString::fromUtf8(line);
    }
    if (hasBody)
        arguments << u"--body-file"_s << bodyFileWith(in.at(3));
    // The payload's hash ends the canonical request, unless a header gives it.
    const bool hashGiven = in.at(2).toLower().contains("x-sdk-content-sha256");
    const QByteArray bodyHash = QCryptographicHash::hash(in.at(3), QCryptographicHash::Sha256).toHex();
    for (const bool json : {false, true}) {
        const Run r = run(json ? arguments + QStringList{u"--json"_s} : arguments);
        SMSC_FUZZ_CHECK(r.exitCode == cli::Success || r.exitCode == cli::Usage);
        SMSC_FUZZ_CHECK(!r.out.contains(kSecretKey) && !r.err.contains(kSecretKey));
        if (r.exitCode != cli::Success) {
            SMSC_FUZZ_CHECK(!r.err.isEmpty());
            continue;
        }
        if (!json) {
            SMSC_FUZZ_CHECK(r.out.startsWith("Canonical request:\n"));
            continue;
        }
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QString canonical = o.value(u"canonical_request"_s).toString();
        SMSC_FUZZ_CHECK(!canonical.isEmpty());
        SMSC_FUZZ_CHECK(hashGiven || canonical.endsWith(u'\n' + QString::fromLatin1(bodyHash)));
        // SDK-HMAC-SHA256 <hex>\n…: the string to sign names the algorithm, the date and the hash.
        SMSC_FUZZ_CHECK(o.value(u"string_to_sign"_s).toString().startsWith(u"SDK-HMAC-SHA256\n20250314T092653Z\n"_s));
        SMSC_FUZZ_CHECK(o.value(u"authorization"_s).toString().startsWith(
            u"SDK-HMAC-SHA256 Access=%1, SignedHeaders="_s.arg(QLatin1StringView(kAccessKey))));
        const QStringList signedHeaders = o.value(u"signed_headers"_s).toString().split(u';');
        SMSC_FUZZ_CHECK(signedHeaders.contains(u"host"_s) && signedHeaders.contains(u"x-sdk-date"_s));
        for (qsizetype i = 0; i < signedHeaders.size(); ++i) {
            SMSC_FUZZ_CHECK(signedHeaders.at(i) == signedHeaders.at(i).toLower());
            SMSC_FUZZ_CHECK(i == 0 || signedHeaders.at(i - 1) < signedHeaders.at(i));
        }
    }
    return 0;
}
