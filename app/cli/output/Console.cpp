// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/Console.h"

#include "redaction/RequestRedactor.h"
#include "util/UntrustedText.h"

#include <unistd.h>

namespace smsc::cli {

Console::Console(std::FILE *out, std::FILE *err) : m_out(out), m_err(err) {}

void Console::out(const QString &line)
{
    outRaw(line.toUtf8() + '\n');
}

void Console::err(const QString &line)
{
    errRaw(line.toUtf8() + '\n');
}

void Console::note(const QString &line)
{
    if (!m_quiet)
        err(line);
}

void Console::outRaw(const QByteArray &raw)
{
    if (m_beforeOutput)
        m_beforeOutput();
    const QByteArray bytes = safe(raw);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
    std::fflush(m_out);
}

void Console::errRaw(const QByteArray &raw)
{
    if (m_beforeOutput)
        m_beforeOutput();
    const QByteArray bytes = safe(raw);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_err);
    std::fflush(m_err);
}

bool Console::stdinIsTerminal() const
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool Console::stderrIsTerminal() const
{
    return ::isatty(::fileno(m_err)) == 1;
}

} // namespace smsc::cli

namespace smsc::cli {

void Console::addSecret(const QString &secret)
{
    // Very short values would redact ordinary words; no real key or token is that short.
    if (secret.size() >= 8 && !m_secrets.contains(secret.toUtf8()))
        m_secrets.append(secret.toUtf8());
}

QByteArray Console::safe(const QByteArray &raw) const
{
    // jsonEscaped() writes C1 and bidi controls as \uXXXX, which keeps JSON valid and is a visible
    // escape in text too; the C0 controls left (JSON already escapes them) become \x escapes.
    QByteArray bytes = UntrustedText::fromUtf8(UntrustedText::jsonEscaped(raw), UntrustedText::Lines::Keep).toUtf8();
    for (const QByteArray &secret : m_secrets)
        bytes.replace(secret, smsc::kRedacted);
    return bytes;
}

} // namespace smsc::cli
