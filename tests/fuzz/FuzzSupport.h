// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: an invariant check that stops the run where libFuzzer (or the
// replay main) reports it, the input split into parts, and the one application object.

//! Aborts with the failed invariant; libFuzzer saves the input as a crash.
#define SMSC_FUZZ_CHECK(condition)                                                                  \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace smsc::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

//! The input cut at the first `count - 1` NUL bytes: several fields from one input (missing ones
//! are empty), so the corpus files stay readable text with "\0" between the parts.
inline QList<QByteArray> parts(const uint8_t *data, size_t size, int count)
{
    QList<QByteArray> out;
    QByteArrayView rest(reinterpret_cast<const char *>(data), qsizetype(size));
    for (int i = 0; i + 1 < count; ++i) {
        const qsizetype nul = rest.indexOf('\0');
        if (nul < 0)
            break;
        out << rest.first(nul).toByteArray();
        rest = rest.sliced(nul + 1);
    }
    out << rest.toByteArray();
    while (out.size() < count)
        out << QByteArray();
    return out;
}

//! A QCoreApplication for the targets that need an event loop, settings or timers; made once.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "smsc-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

//! True when `text` holds a C0/C1 control or a Unicode format character other than those listed.
inline bool hasControl(const QString &text, QStringView allowed = {})
{
    for (const QChar c : text) {
        const bool control = c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
        if (control && !allowed.contains(c))
            return true;
    }
    return false;
}

} // namespace smsc::fuzz
