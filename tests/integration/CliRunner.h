// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace smsc::test {

//! What one run of the real sms-consistency-cli produced.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QStringList errLines() const
    {
        return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

/*!
 * Runs SMSC_BIN_DIR/sms-consistency-cli as a user would, with a private HOME / XDG config (so
 * profiles land in a throw-away QSettings) and English messages. Secrets are passed through the
 * environment only, never argv; every output is checked for the fake secrets.
 */
class CliRunner final
{
public:
    CliRunner()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : m_env.keys()) {
            if (name.startsWith(u"CLOUD_SDK_"_s) || name.startsWith(u"HUAWEICLOUD_SDK_"_s))
                m_env.remove(name);
        }
        m_env.insert(u"HOME"_s, m_home.path());
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        m_env.insert(u"LANG"_s, u"C.UTF-8"_s);
        m_env.insert(u"LANGUAGE"_s, u"en"_s);
        m_env.remove(u"LC_ALL"_s);
        m_env.insert(u"no_proxy"_s, u"127.0.0.1,localhost"_s);
    }

    static QString program() { return QString::fromUtf8(SMSC_BIN_DIR "/sms-consistency-cli"); }
    QString home() const { return m_home.path(); }
    QProcessEnvironment &environment() { return m_env; }

    //! `extraEnv` adds variables for this run only (e.g. CLOUD_SDK_SK).
    CliResult run(const QStringList &arguments, const QProcessEnvironment &extraEnv = {},
                  const QByteArray &stdinData = {}, int timeoutMs = 60000) const
    {
        QProcess process;
        process.setProcessEnvironment(merged(extraEnv));
        process.start(program(), arguments);
        CliResult r;
        if (!process.waitForStarted(10000)) {
            r.err = process.errorString().toUtf8();
            return r;
        }
        process.write(stdinData);
        process.closeWriteChannel();
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            r.err = "timed out";
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        return r;
    }

    QProcessEnvironment merged(const QProcessEnvironment &extra) const
    {
        QProcessEnvironment env = m_env;
        for (const QString &k : extra.keys())
            env.insert(k, extra.value(k));
        return env;
    }

    //! The secrets the tests use, which must never appear in any output.
    static bool leaksSecret(const CliResult &r, const QStringList &secrets, QString *which)
    {
        for (const QString &s : secrets) {
            if (r.out.contains(s.toUtf8()) || r.err.contains(s.toUtf8())) {
                *which = s.left(4) + u"…"_s;
                return true;
            }
        }
        return false;
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

//! Files and folders in `dir` (hidden ones too), to prove nothing was written.
inline QStringList entriesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace smsc::test
