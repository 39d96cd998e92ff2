// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace smsc::test {

// The fake credentials the loopback server accepts (also listed in tests/data/test-secrets.txt,
// so the secret scanner fails the run if any of them leaks into a file or test output).
inline const QString kTestAk = u"SMSCTESTAK0000000001"_s;
inline const QString kTestSk = u"SMSCTESTSECRETKEY0000000000000000000000000"_s;
inline const QString kTestSecurityToken = u"SMSCTESTSECURITYTOKEN00000000000000000000"_s;
inline const QString kTestIamToken = u"SMSCTESTIAMTOKEN000000000000000000000000"_s;
inline const QString kTestDomainId = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s;
inline const QString kTestProjectId = u"9f8e7d6c5b4a39281706f5e4d3c2b1a0"_s;
inline const QString kExportPath = u"/v3/tasks/consistency-results/export"_s;

//! The Python loopback server (tests/support/fake_sms_server.py) as a child process.
//! Control calls block on a local event loop (at most a few seconds); see README.md.
class LoopbackServer final
{
public:
    LoopbackServer();
    ~LoopbackServer();  //!< closes the server's stdin (it exits), kills it if it lingers
    LoopbackServer(const LoopbackServer &) = delete;
    LoopbackServer &operator=(const LoopbackServer &) = delete;

    //! Starts python3 and waits for the ports line; false (and lastError()) on failure.
    bool start();
    //! Closes stdin and waits; true when the server exited by itself, as it must.
    bool stop();
    bool isRunning() const;
    QString lastError() const { return m_lastError; }

    QUrl httpUrl() const;            //!< http://127.0.0.1:<port>
    QUrl httpsUrl() const;           //!< https://127.0.0.1:<port>, certificate from caFile()
    QUrl httpsUntrustedUrl() const;  //!< https://127.0.0.1:<port>, self-signed, not in caFile()
    QUrl httpsExpiredUrl() const;    //!< https://127.0.0.1:<port>, issued by caFile()'s CA, expired in 2020
    QUrl httpsWrongHostUrl() const;  //!< https://127.0.0.1:<port>, issued by caFile()'s CA for wrong-host.invalid only
    QString caFile() const;          //!< tests/data/tls/ca.pem (absolute)
    QUrl proxyUrl() const;           //!< http://127.0.0.1:<port>: forward proxy (HTTP and CONNECT)

    //! Sets how `path` answers (scenario {"name": ..., params}); fails the test on a bad name.
    bool setScenario(const QString &path, const QJsonObject &scenario);
    //! Received requests (oldest first), optionally only those for `path`.
    QJsonArray requests(const QString &path = QString());
    //! Forgets scenarios, requests and config.
    bool reset();
    //! Merges `values` into the server config (date_offset_seconds, source_count, ...).
    QJsonObject setConfig(const QJsonObject &values);
    //! What went through the proxy: [{seq, method, target, auth_ok, status}].
    QJsonArray proxyRequests();
    //! {path, sha256, size} of the last file body the server planned to send.
    QJsonObject lastBody();
    //! An encoded_authorization_message that STS decodes to allow or deny.
    QString encodedMessage(bool allow);

private:
    QJsonValue control(const QByteArray &verb, const QString &path,
                       const QJsonObject &body = QJsonObject());
    QUrl url(const QString &scheme, int port) const;

    QProcess m_process;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    int m_httpPort = 0;
    int m_httpsPort = 0;
    int m_httpsUntrustedPort = 0;
    int m_httpsExpiredPort = 0;
    int m_httpsWrongHostPort = 0;
    int m_proxyPort = 0;
    QString m_lastError;
};

} // namespace smsc::test
