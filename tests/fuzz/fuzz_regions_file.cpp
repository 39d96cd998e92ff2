// SPDX-License-Identifier: GPL-3.0-or-later
// The SDK regions file (HUAWEICLOUD_SDK_REGIONS_FILE or ~/.huaweicloud/regions.yaml) through
// RegionsFile, then the SMS endpoints it gives through EndpointCatalogue. Input: the file's bytes.
#include "FuzzSupport.h"

#include "profile/endpoints/RegionsFile.h"

using namespace smsc;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = fuzz::bytes(data, size);
    const Outcome<RegionsFile> file = RegionsFile::parse(text, u"regions.yaml"_s);
    if (!file.ok()) {
        // A failure names a line of the input (or none, for a file too large).
        const int lines = int(text.count('\n')) + 1;
        SMSC_FUZZ_CHECK(file.failure().line >= 0 && file.failure().line <= lines);
        SMSC_FUZZ_CHECK(!file.error().isEmpty());
        return 0;
    }
    for (const RegionsFileEntry &entry : file.value().entries()) {
        SMSC_FUZZ_CHECK(!entry.regionId.isEmpty());
        SMSC_FUZZ_CHECK(entry.service == entry.service.toUpper());
        SMSC_FUZZ_CHECK(entry.line >= 1);
        const RegionsFileEntry *found = file.value().find(entry.service.toLower(), entry.regionId);
        SMSC_FUZZ_CHECK(found || entry.endpoints.isEmpty());
        if (found)
            SMSC_FUZZ_CHECK(!found->endpoints.isEmpty());
    }
    return 0;
}
