// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliRunner.h"
#include "LoopbackServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace smsc::test {

//! The fake secrets: none may appear in any CLI output.
inline const QStringList kCliSecrets = {kTestSk, kTestSecurityToken, kTestIamToken};

//! AK/SK and the account id the loopback server accepts, as environment variables.
inline QProcessEnvironment akSkEnvironment()
{
    QProcessEnvironment e;
    e.insert(u"CLOUD_SDK_AK"_s, kTestAk);
    e.insert(u"CLOUD_SDK_SK"_s, kTestSk);
    e.insert(u"HUAWEICLOUD_SDK_DOMAIN_ID"_s, kTestDomainId);
    return e;
}

inline QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

inline QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

/*!
 * What the export tests through the real CLI share: the loopback server, the CLI and, per test
 * function, a fresh work folder with an empty "out" folder. A test class derives from it privately
 * (after QObject) and calls startFixture() from initTestCase() and resetFixture() from init().
 */
class CliExportFixture
{
protected:
    void startFixture()
    {
        QVERIFY2(QFileInfo(CliRunner::program()).isExecutable(), qPrintable(CliRunner::program()));
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }
    void resetFixture()
    {
        m_server.reset();
        m_work = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir().mkpath(out()));
    }

    QString out() const { return m_work->filePath(u"out"_s); }
    QStringList exportTo(const QUrl &endpoint) const
    {
        return {u"export"_s, u"--endpoint"_s, endpoint.toString(), u"--output-dir"_s, out()};
    }

    LoopbackServer m_server;
    CliRunner m_cli;
    std::unique_ptr<QTemporaryDir> m_work;  // fresh per test: output folder and input files
};

} // namespace smsc::test

#define VERIFY_NO_SECRET(result)                                                                              \
    do {                                                                                                      \
        QString leaked;                                                                                       \
        QVERIFY2(!smsc::test::CliRunner::leaksSecret((result), smsc::test::kCliSecrets, &leaked), qPrintable(leaked)); \
    } while (false)
