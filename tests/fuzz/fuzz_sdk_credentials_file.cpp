// SPDX-License-Identifier: GPL-3.0-or-later
// The SDK credentials file (HUAWEICLOUD_SDK_CREDENTIALS_FILE or ~/.huaweicloud/credentials) through
// SdkCredentialsFile, then the section choice and the profile it makes. Input: the file's bytes.
#include "FuzzSupport.h"

#include "profile/credentials/SdkCredentialsFile.h"

#include <QRegularExpression>

using namespace smsc;
using namespace Qt::StringLiterals;

namespace {

//! Values that look like keys (12 or more characters, a digit and an upper-case letter among them).
QStringList secretLookingValues(const QString &text)
{
    static const QRegularExpression value(u"=\\s*['\"]?([^\\s'\"]{12,})"_s);
    static const QRegularExpression digit(u"[0-9]"_s);
    static const QRegularExpression upper(u"[A-Z]"_s);
    QStringList found;
    for (auto it = value.globalMatch(text); it.hasNext();) {
        const QString candidate = it.next().captured(1);
        if (candidate.contains(digit) && candidate.contains(upper))
            found << candidate;
    }
    return found;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = fuzz::bytes(data, size);
    const Outcome<SdkCredentialsFile> file = SdkCredentialsFile::parse(text, u"credentials"_s);
    if (!file.ok()) {
        const int lines = int(text.count('\n')) + 1;
        SMSC_FUZZ_CHECK(file.failure().line >= 0 && file.failure().line <= lines);
        SMSC_FUZZ_CHECK(!file.error().isEmpty());
        // No message repeats what the file holds: its values are keys and tokens.
        for (const QString &secret : secretLookingValues(QString::fromUtf8(text)))
            SMSC_FUZZ_CHECK(!file.error().contains(secret));
        return 0;
    }
    SMSC_FUZZ_CHECK(!file.value().sections().isEmpty() && file.value().sections().size() <= 2);
    for (const SdkCredentialsSection &section : file.value().sections()) {
        SMSC_FUZZ_CHECK(section.name == u"basic"_s || section.name == u"global"_s);
        SMSC_FUZZ_CHECK(section.line >= 1);
        SMSC_FUZZ_CHECK(section.credentials().missingPart().isEmpty());
        const Profile profile = section.applyTo(Profile{});
        SMSC_FUZZ_CHECK(profile.authMode == section.credentials().mode);
        SMSC_FUZZ_CHECK(!section.projectId.isEmpty() || profile.projectId.isEmpty());
        SMSC_FUZZ_CHECK(file.value().section(section.name).ok());
    }
    SMSC_FUZZ_CHECK(file.value().section({}).ok() == (file.value().sections().size() == 1));
    return 0;
}
