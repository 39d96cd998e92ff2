// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace smsc::test {

namespace {
constexpr int kStartTimeoutMs = 20000;
constexpr int kControlTimeoutMs = 15000;
constexpr int kStopTimeoutMs = 5000;

QString supportDir()
{
    return QDir::cleanPath(QString::fromUtf8(SMSC_TEST_SUPPORT_DIR));
}
} // namespace

LoopbackServer::LoopbackServer() = default;

LoopbackServer::~LoopbackServer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(kStopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(kStopTimeoutMs);
    }
}

bool LoopbackServer::start()
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty()) {
        m_lastError = u"python3 not found in PATH"_s;
        return false;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);
    m_process.setProcessEnvironment(env);
    // The server's stderr carries only crash reports (never request data): let tests show it.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(python, {supportDir() + u"/fake_sms_server.py"_s});
    if (!m_process.waitForStarted(kStartTimeoutMs)) {
        m_lastError = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!m_process.canReadLine() && !deadline.hasExpired()
           && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(int(deadline.remainingTime()));
    }
    if (!m_process.canReadLine()) {
        m_lastError = u"the server printed no ports line"_s;
        return false;
    }
    const QJsonObject ports = QJsonDocument::fromJson(m_process.readLine()).object();
    m_httpPort = ports.value(u"http_port"_s).toInt();
    m_httpsPort = ports.value(u"https_port"_s).toInt();
    m_httpsUntrustedPort = ports.value(u"https_untrusted_port"_s).toInt();
    m_httpsExpiredPort = ports.value(u"https_expired_port"_s).toInt();
    m_httpsWrongHostPort = ports.value(u"https_wronghost_port"_s).toInt();
    m_proxyPort = ports.value(u"proxy_port"_s).toInt();
    if (m_httpPort <= 0 || m_httpsPort <= 0 || m_httpsUntrustedPort <= 0 || m_proxyPort <= 0
        || m_httpsExpiredPort <= 0 || m_httpsWrongHostPort <= 0) {
        m_lastError = u"the ports line is not valid JSON with six ports"_s;
        return false;
    }
    m_nam = std::make_unique<QNetworkAccessManager>();
    // Control calls must reach 127.0.0.1 directly even when a test sets an application proxy.
    m_nam->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    return true;
}

bool LoopbackServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    m_process.closeWriteChannel();
    return m_process.waitForFinished(kStopTimeoutMs);
}

bool LoopbackServer::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QUrl LoopbackServer::url(const QString &scheme, int port) const
{
    QUrl u;
    u.setScheme(scheme);
    u.setHost(u"127.0.0.1"_s);
    u.setPort(port);
    return u;
}

QUrl LoopbackServer::httpUrl() const
{
    return url(u"http"_s, m_httpPort);
}

QUrl LoopbackServer::httpsUrl() const
{
    return url(u"https"_s, m_httpsPort);
}

QUrl LoopbackServer::httpsUntrustedUrl() const
{
    return url(u"https"_s, m_httpsUntrustedPort);
}

QUrl LoopbackServer::httpsExpiredUrl() const
{
    return url(u"https"_s, m_httpsExpiredPort);
}

QUrl LoopbackServer::httpsWrongHostUrl() const
{
    return url(u"https"_s, m_httpsWrongHostPort);
}

QUrl LoopbackServer::proxyUrl() const
{
    return url(u"http"_s, m_proxyPort);
}

QString LoopbackServer::caFile() const
{
    return QDir::cleanPath(supportDir() + u"/../data/tls/ca.pem"_s);
}

QJsonValue LoopbackServer::control(const QByteArray &verb, const QString &path,
                                   const QJsonObject &body)
{
    if (!m_nam) {
        m_lastError = u"the server is not started"_s;
        return QJsonValue(QJsonValue::Undefined);
    }
    QUrl target = httpUrl();
    const qsizetype q = path.indexOf(u'?');
    target.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        target.setQuery(path.mid(q + 1));
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(kControlTimeoutMs);
    const QByteArray payload = verb == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact)
                                              : QByteArray();
    std::unique_ptr<QNetworkReply> reply(m_nam->sendCustomRequest(request, verb, payload));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(kControlTimeoutMs)) {
        m_lastError = u"control call %1 timed out"_s.arg(path);
        return QJsonValue(QJsonValue::Undefined);
    }
    const QByteArray answer = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        m_lastError = u"control call %1 failed: HTTP %2 %3 %4"_s
                          .arg(path, QString::number(status), reply->errorString(),
                               QString::fromUtf8(answer));
        return QJsonValue(QJsonValue::Undefined);
    }
    const QJsonDocument doc = QJsonDocument::fromJson(answer);
    if (doc.isArray())
        return doc.array();
    return doc.object();
}

bool LoopbackServer::setScenario(const QString &path, const QJsonObject &scenario)
{
    QJsonObject body = scenario;
    body.insert(u"path"_s, path);
    if (control("POST", u"/__control/scenario"_s, body).isUndefined()) {
        QTest::qFail(qPrintable(m_lastError), __FILE__, __LINE__);
        return false;
    }
    return true;
}

QJsonArray LoopbackServer::requests(const QString &path)
{
    QString call = u"/__control/requests"_s;
    if (!path.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(u"path"_s, path);
        call += u'?' + query.toString(QUrl::FullyEncoded);
    }
    const QJsonValue list = control("GET", call);
    if (list.isUndefined())
        QTest::qFail(qPrintable(m_lastError), __FILE__, __LINE__);
    return list.toArray();
}

bool LoopbackServer::reset()
{
    if (control("POST", u"/__control/reset"_s).isUndefined()) {
        QTest::qFail(qPrintable(m_lastError), __FILE__, __LINE__);
        return false;
    }
    return true;
}

QJsonObject LoopbackServer::setConfig(const QJsonObject &values)
{
    const QJsonValue config = control("POST", u"/__control/config"_s, values);
    if (config.isUndefined())
        QTest::qFail(qPrintable(m_lastError), __FILE__, __LINE__);
    return config.toObject();
}

QJsonArray LoopbackServer::proxyRequests()
{
    const QJsonValue list = control("GET", u"/__control/proxy_requests"_s);
    if (list.isUndefined())
        QTest::qFail(qPrintable(m_lastError), __FILE__, __LINE__);
    return list.toArray();
}

QJsonObject LoopbackServer::lastBody()
{
    return control("GET", u"/__control/last_body_sha256"_s).toObject();
}

QString LoopbackServer::encodedMessage(bool allow)
{
    const QString call = allow ? u"/__control/encoded_message?decision=allow"_s
                               : u"/__control/encoded_message?decision=deny"_s;
    return control("GET", call).toObject().value(u"encoded_message"_s).toString();
}

} // namespace smsc::test
