// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace smsc::cli {

class Console;

//! Reads secrets from stdin: one per line, or at a prompt without echo when stdin is a terminal;
//! and answers to a question, with echo.
class SecretPrompt final
{
public:
    explicit SecretPrompt(Console *console);
    //! The next line of stdin, trimmed; a null QString at end of input.
    QString read(const QString &prompt);
    //! `prompt` on stderr, then the next line of stdin with echo (an answer, never a secret), trimmed.
    QString askVisible(const QString &prompt);

private:
    Console *m_console;
};

} // namespace smsc::cli
