// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "output/ProgressText.h"

#include <QCommandLineParser>
#include <QObject>
#include <QProcessEnvironment>

class QNetworkAccessManager;

namespace smsc {
class CredentialStore;
}

namespace smsc::cli {

class Console;
class ProgressLine;
class SignalWatcher;

//! What every command may use; built once by the composition root (main.cpp).
struct CommandContext
{
    Console *console = nullptr;
    QNetworkAccessManager *network = nullptr;
    CredentialStore *credentialStore = nullptr;
    SignalWatcher *signalWatcher = nullptr;   //!< may be null (no signal handling)
    QProcessEnvironment environment;
};

//! One subcommand. start() parses and runs it; finished() is emitted exactly once, queued.
class Command : public QObject
{
    Q_OBJECT
public:
    Command(const CommandContext &context, QObject *parent);

    virtual QString name() const = 0;
    virtual QString summary() const = 0;  //!< one translated line for the top-level help
    virtual void start(const QStringList &arguments) = 0;  //!< arguments after the command name

signals:
    void finished(int exitCode);

public:
    //! "sms-consistency-cli X.Y.Z", what --version prints for the program and every command.
    static QString versionLine();

protected:
    //! Emits finished(code) once, from the event loop.
    void finish(int exitCode);
    /*!
     * Refuses secret-carrying options, parses `arguments`, prints help for --help and the version for --version.
     * Returns true when the command should run; otherwise finish() has been called.
     */
    bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage);
    //! Prints a usage/input problem as one line (and the JSON failure object with --json); exit 2.
    void failUsage(const QString &message, bool json);
    //! Prints `message` (and the JSON failure object with --json) and finishes with `exitCode`.
    void fail(int exitCode, const QString &message, bool json);

    //! Adds --quiet and --progress (README.md "The command line": progress) before parse().
    static void addProgressOptions(QCommandLineParser &parser);
    //! After parse(): applies --quiet and starts the progress line when --progress, --json and
    //! the terminal allow one. It is erased before other output, on an interrupt and by finish().
    void startProgress(const QCommandLineParser &parser, bool json);
    //! Shows `stage` on the progress line (nothing when there is none).
    void progressStage(ProgressState::Stage stage);

    CommandContext m_context;
    ProgressLine *m_progress = nullptr;  //!< null when no progress is shown

private:
    bool m_finished = false;
};

} // namespace smsc::cli
