// SPDX-License-Identifier: GPL-3.0-or-later
// JsonPrefix: what is kept of a JSON error body cut at the 1 MiB cap (docs/ARCHITECTURE.md "Folders").
// Input: any bytes. Whatever they are, reading them never crashes; when they
// hold a JSON object, that object cut at every place gives only what was given: members that
// are in the whole object, strings that are prefixes of its strings, and the whole object when
// nothing is cut.
#include "FuzzSupport.h"

#include "errors/JsonPrefix.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>

using namespace smsc;

namespace {

// `part` is what a cut of `whole` may give: the same scalar, a prefix of the string, or a
// container whose members are all such parts, at most one of them (the one cut) unequal.
bool isPartOf(const QJsonValue &part, const QJsonValue &whole)
{
    if (part.isString() && whole.isString())
        return whole.toString().startsWith(part.toString());
    if (part.isArray() && whole.isArray()) {
        const QJsonArray p = part.toArray();
        const QJsonArray w = whole.toArray();
        if (p.size() > w.size())
            return false;
        for (qsizetype i = 0; i < p.size(); ++i) {
            const bool last = i + 1 == p.size();
            if (last ? !isPartOf(p.at(i), w.at(i)) : p.at(i) != w.at(i))
                return false;
        }
        return true;
    }
    if (part.isObject() && whole.isObject()) {
        const QJsonObject p = part.toObject();
        const QJsonObject w = whole.toObject();
        int unequal = 0;
        for (auto it = p.begin(); it != p.end(); ++it) {
            if (!w.contains(it.key()) || !isPartOf(it.value(), w.value(it.key())))
                return false;
            unequal += it.value() != w.value(it.key()) ? 1 : 0;
        }
        return unequal <= 1;
    }
    return part == whole;
}

// The nesting of the deepest container (the top-level object is 0).
int depthOf(const QJsonValue &value, int level = 0)
{
    int deepest = value.isObject() || value.isArray() ? level : -1;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            deepest = std::max(deepest, depthOf(it.value(), level + 1));
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            deepest = std::max(deepest, depthOf(element, level + 1));
    }
    return deepest;
}

void checkCuts(const QByteArray &text, const QJsonObject &whole)
{
    const bool shallow = depthOf(whole) < JsonPrefix::kMaxDepth;
    if (shallow)
        SMSC_FUZZ_CHECK(JsonPrefix::salvageObject(text) == whole);
    // Every cut of a short text, an even spread of a long one (each input its own offset, so that
    // the runs together reach every place).
    const qsizetype n = text.size();
    const qsizetype step = std::max<qsizetype>(1, n / 64);
    QJsonObject previous;
    for (qsizetype cut = qHash(text) % step; cut <= n; cut += step) {
        const QJsonObject salvaged = JsonPrefix::salvageObject(text.first(cut));
        SMSC_FUZZ_CHECK(isPartOf(salvaged, whole));
        SMSC_FUZZ_CHECK(isPartOf(previous, salvaged));  // more bytes never lose a field
        previous = salvaged;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    // Anything: nothing read past the end, and what comes back is a plain object.
    const QJsonObject anything = JsonPrefix::salvageObject(bytes);
    SMSC_FUZZ_CHECK(QJsonDocument::fromJson(QJsonDocument(anything).toJson()).object() == anything);

    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return 0;
    const QJsonObject whole = document.object();
    // The object as a server would write it (the input itself may repeat a key, and then no
    // cut of it is a prefix of the whole), compact and indented.
    for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
        const QByteArray text = QJsonDocument(whole).toJson(format);
        if (QJsonDocument::fromJson(text).object() != whole)
            continue;  // a value QJsonDocument itself does not write back (none known)
        checkCuts(text, whole);
        // Trailing bytes after the object do not change it.
        if (depthOf(whole) < JsonPrefix::kMaxDepth)
            SMSC_FUZZ_CHECK(JsonPrefix::salvageObject(text + bytes) == whole);
    }
    return 0;
}
