// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace smsc {

//! The desktop app's own options, parsed before QApplication exists so that `--help` and
//! `--version` work without a display. Qt's options (-platform, -style, ...) are left to QApplication.
class GuiCommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::GuiCommandLine)
public:
    GuiCommandLine(int argc, char **argv);
    explicit GuiCommandLine(const QStringList &arguments);

    //! True when the options ask only for text (help or version): print it and exit, no window.
    bool exitsEarly() const { return !m_output.isEmpty(); }
    //! The text that `--help` or `--version` prints; empty otherwise.
    QString output() const { return m_output; }
    //! Writes output() to standard output and returns the process exit code.
    int printOutput() const;
    //! Smoke-test hook (hidden `--quit-after-show`): quit right after the main window is shown.
    bool quitAfterShow() const { return m_quitAfterShow; }

private:
    QString m_output;
    bool m_quitAfterShow = false;
};

} // namespace smsc
