#pragma once

#include "CliRunner.h"
#include "LoopbackServer.h"

#include <QCryptographicHash>
#include <QFile>

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

} // namespace smsc::test

#define VERIFY_NO_SECRET(result)                                                                              \
    do {                                                                                                      \
        QString leaked;                                                                                       \
        QVERIFY2(!smsc::test::CliRunner::leaksSecret((result), smsc::test::kCliSecrets, &leaked), qPrintable(leaked)); \
    } while (false)
