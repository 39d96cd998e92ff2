// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdio>
#include <functional>

namespace smsc::cli {

//! stdout for results, stderr for messages; UTF-8, flushed per call so output order is kept.
//! Known secrets are replaced before anything is written, and no control or bidi character reaches
//! the terminal live (docs/ARCHITECTURE.md "Text from the network"): newlines and tabs are kept.
class Console final
{
public:
    Console(std::FILE *out = stdout, std::FILE *err = stderr);

    void out(const QString &line);            //!< one line on stdout
    void err(const QString &line);            //!< one line on stderr
    void outRaw(const QByteArray &bytes);     //!< UTF-8 text or JSON as given on stdout (neutralised)
    void errRaw(const QByteArray &bytes);     //!< UTF-8 text as given on stderr (neutralised)
    //! One informational line on stderr (a note, not an error); --quiet drops it.
    void note(const QString &line);
    void setQuiet(bool quiet) { m_quiet = quiet; }
    bool stdinIsTerminal() const;
    bool stderrIsTerminal() const;
    //! Called before anything is written (the progress line erases itself); empty to remove.
    void setBeforeOutput(std::function<void()> hook) { m_beforeOutput = std::move(hook); }
    //! Every later output has `secret` replaced by a redaction mark (defence in depth).
    void addSecret(const QString &secret);

private:
    QByteArray safe(const QByteArray &bytes) const;

    QList<QByteArray> m_secrets;
    std::function<void()> m_beforeOutput;
    bool m_quiet = false;
    std::FILE *m_out;
    std::FILE *m_err;
};

} // namespace smsc::cli
