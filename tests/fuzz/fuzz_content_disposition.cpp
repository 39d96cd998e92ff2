// SPDX-License-Identifier: GPL-3.0-or-later
// Content-Disposition of a 2xx answer (the name the downloaded file gets) and the Content-Type that
// picks the fallback extension. Input: "<Content-Disposition>\0<Content-Type>".
#include "FuzzSupport.h"

#include "export/ContentDisposition.h"

#include <QTimeZone>

using namespace smsc;

namespace {

void checkSafeName(const QString &name)
{
    SMSC_FUZZ_CHECK(!name.isEmpty());
    SMSC_FUZZ_CHECK(!name.contains(u'/') && !name.contains(u'\\'));
    SMSC_FUZZ_CHECK(!name.contains(u"..") && !name.startsWith(u'.'));
    SMSC_FUZZ_CHECK(!fuzz::hasControl(name));
    SMSC_FUZZ_CHECK(!name.front().isSpace() && !name.back().isSpace());
    for (const char16_t c : {u'<', u'>', u':', u'"', u'|', u'?', u'*', u'\0'})
        SMSC_FUZZ_CHECK(!name.contains(QChar(c)));
    SMSC_FUZZ_CHECK(name.toUcs4().size() <= ContentDisposition::kMaxFileNameLength);
    SMSC_FUZZ_CHECK(name.toUtf8().size() <= 255);
    // Well-formed UTF-16: no lone surrogate reaches the file system.
    SMSC_FUZZ_CHECK(QString::fromUtf8(name.toUtf8()) == name);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> in = fuzz::parts(data, size, 2);
    const ContentDisposition disposition = ContentDisposition::parse(in.at(0));
    SMSC_FUZZ_CHECK(disposition.type() == disposition.type().toLower());

    const QString sanitised = disposition.sanitisedFileName();
    if (!sanitised.isEmpty()) {
        checkSafeName(sanitised);
        SMSC_FUZZ_CHECK(ContentDisposition::sanitise(sanitised) == sanitised);  // idempotent
    }
    // The raw header bytes as a name (a server may send anything there).
    const QString direct = ContentDisposition::sanitise(QString::fromUtf8(in.at(0)));
    if (!direct.isEmpty())
        checkSafeName(direct);

    const QDateTime when(QDate(2026, 3, 14), QTime(9, 26, 53), QTimeZone::utc());
    const QString name = ContentDisposition::fileNameFor(in.at(0), in.at(1), when);
    checkSafeName(name);
    SMSC_FUZZ_CHECK(!ContentDisposition::extensionFor(in.at(1)).isEmpty());
    return 0;
}
