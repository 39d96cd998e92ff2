// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP dates (the Date header that reveals a clock skew): IMF-fixdate, RFC 850 and asctime.
#include "FuzzSupport.h"

#include "http/HttpDate.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace smsc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value = fuzz::bytes(data, size);
    const QDateTime parsed = HttpDate::parse(value);
    const QDateTime now(QDate(2026, 3, 14), QTime(9, 26, 53), QTimeZone::utc());
    const std::optional<qint64> skew = HttpDate::clockSkew(value, now);
    SMSC_FUZZ_CHECK(skew.has_value() == parsed.isValid());
    if (!parsed.isValid())
        return 0;
    SMSC_FUZZ_CHECK(parsed.timeSpec() == Qt::UTC);
    SMSC_FUZZ_CHECK(*skew == parsed.secsTo(now));
    // The same instant written as IMF-fixdate reads back unchanged.
    const QString imf = QLocale::c().toString(parsed, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    SMSC_FUZZ_CHECK(HttpDate::parse(imf.toLatin1()) == parsed);
    return 0;
}
