// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by tst_apicall and tst_exportjob (header-only, test code only).

#include "LoopbackServer.h"
#include "profile/credentials/Credentials.h"
#include "profile/Profile.h"
#include "rows/TaskRow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace smsc::test {

inline Credentials testCredentials(AuthMode mode = AuthMode::AkSk)
{
    Credentials c;
    c.mode = mode;
    c.accessKey = kTestAk;
    c.secretKey = kTestSk;
    if (mode == AuthMode::TemporaryAkSk)
        c.securityToken = kTestSecurityToken;
    if (mode == AuthMode::IamToken) {
        c.accessKey.clear();
        c.secretKey.clear();
        c.iamToken = kTestIamToken;
    }
    return c;
}

//! A profile whose SMS, IAM and STS endpoints are all the loopback server at `base`.
inline Profile loopbackProfile(const QUrl &base, const QString &caFile = QString())
{
    Profile p;
    p.name = u"loopback"_s;
    p.endpoint = base.toString();
    p.iamEndpoint = base.toString();
    p.stsEndpoint = base.toString();
    p.domainId = kTestDomainId;
    p.language = RequestLanguage::EnUs;
    p.transport.caFile = caFile;
    p.transport.connectTimeoutSeconds = 10;
    p.transport.transferTimeoutSeconds = 10;
    return p;
}

inline QList<TaskRow> testRows()
{
    return {{u"7a000000-0000-4000-8000-000000000001"_s, u"5e000000-0000-4000-8000-000000000001"_s,
             u"srv-001"_s},
            {u"7a000000-0000-4000-8000-000000000003"_s, u"5e000000-0000-4000-8000-000000000003"_s,
             u"web server 003"_s}};
}

inline QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

//! Every entry of a folder, hidden ones included: leftovers of a failed download show up here.
inline QStringList folderEntries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

//! Value of a request-log header (case-insensitive); only for non-secret headers.
inline QString loggedHeader(const QJsonObject &record, const QString &name)
{
    for (const QJsonValue pair : record.value(u"headers"_s).toArray()) {
        const QJsonArray kv = pair.toArray();
        if (kv.at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return kv.at(1).toString();
    }
    return {};
}

//! `count` loopback TCP ports that were free a moment ago and are closed now: connecting is refused.
inline QList<quint16> closedLoopbackPorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> servers;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        servers.push_back(std::make_unique<QTcpServer>());
        if (!servers.back()->listen(QHostAddress::LocalHost))
            return {};
        ports << servers.back()->serverPort();
    }
    return ports;  // the servers close here
}

inline QJsonObject scenario(const QString &name, const QJsonObject &params = {})
{
    QJsonObject s = params;
    s.insert(u"name"_s, name);
    return s;
}

//! Peak resident memory (VmHWM) in KiB, after resetting it when `reset`; -1 when unavailable.
inline qint64 peakRssKiB(bool reset)
{
    if (reset) {
        QFile clear(u"/proc/self/clear_refs"_s);
        if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1)
            return -1;
    }
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace smsc::test
