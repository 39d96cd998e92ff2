// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/SecretPrompt.h"

#include "output/Console.h"

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace smsc::cli {

namespace {

//! Switches terminal echo off for its lifetime, so a typed secret never shows on screen.
class EchoOff final
{
public:
    EchoOff()
    {
        m_active = ::tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved = {};
    bool m_active = false;
};

QString readLine()
{
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (!any)
        return {};
    return QString::fromStdString(line).trimmed();
}

} // namespace

SecretPrompt::SecretPrompt(Console *console) : m_console(console) {}

QString SecretPrompt::read(const QString &prompt)
{
    if (!m_console->stdinIsTerminal())
        return readLine();
    m_console->errRaw(prompt.toUtf8() + ' ');
    QString value;
    {
        EchoOff quiet;
        value = readLine();
    }
    m_console->errRaw("\n");
    return value;
}

QString SecretPrompt::askVisible(const QString &prompt)
{
    m_console->errRaw(prompt.toUtf8() + ' ');
    return readLine();
}

} // namespace smsc::cli
