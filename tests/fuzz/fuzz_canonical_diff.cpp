// SPDX-License-Identifier: GPL-3.0-or-later
// The gateway's echo of the canonical request in an APIGW.0303 message, its "signature time /
// server time" skew, and the line-by-line comparison with ours (ErrorParser, CanonicalRequestDiff).
#include "FuzzSupport.h"

#include "errors/ErrorParser.h"
#include "signing/CanonicalRequestDiff.h"
#include "signing/Signer.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace smsc;

namespace {

const SignatureParts &ourParts()
{
    static const SignatureParts parts = [] {
        HttpRequest request;
        request.method = "POST";
        request.host = u"sms.example.com"_s;
        request.path = u"/v3/consistency-results/export"_s;
        request.query = {{u"a b"_s, u"ü"_s}};
        request.headers = {{"Content-Type", "application/json"}, {"X-Security-Token", "FuzzToken"}};
        request.body = "{}";
        return Signer::sign(request, u"FUZZACCESSKEY0123456"_s, u"FuzzSecretKey"_s,
                            QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53), QTimeZone::utc()));
    }();
    return parts;
}

void checkComparison(const CanonicalComparison &c)
{
    SMSC_FUZZ_CHECK(c.firstDifference >= -1 && c.firstDifference < c.lines.size());
    SMSC_FUZZ_CHECK(c.identical() == (c.cause == SignatureMismatchCause::None));
    SMSC_FUZZ_CHECK(!c.causeText.isEmpty());
    SMSC_FUZZ_CHECK(!CanonicalRequestDiff::causeId(c.cause).isEmpty());
    for (int i = 0; i < c.lines.size(); ++i)
        SMSC_FUZZ_CHECK(c.lines.at(i).index == i && (i != c.firstDifference || c.lines.at(i).differs));
    SMSC_FUZZ_CHECK(!CanonicalRequestDiff::toText(c).isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString message = QString::fromUtf8(fuzz::bytes(data, size));
    std::ignore = ErrorParser::signatureSkew(message);
    QString gateway = ErrorParser::canonicalRequestEcho(message);
    if (gateway.isEmpty())
        gateway = QString(message).replace(u'|', u'\n');

    const SignatureParts &ours = ourParts();
    const QString canonical = QString::fromUtf8(ours.canonicalRequest);
    checkComparison(CanonicalRequestDiff::compare(gateway, canonical, QString::fromUtf8(ours.stringToSign)));
    checkComparison(CanonicalRequestDiff::compare(canonical, gateway));
    const CanonicalComparison self = CanonicalRequestDiff::compare(gateway, gateway);
    SMSC_FUZZ_CHECK(self.identical());
    checkComparison(self);
    SMSC_FUZZ_CHECK(CanonicalRequestDiff::partsOf(gateway.split(u'\n')).size() == gateway.count(u'\n') + 1);
    return 0;
}
