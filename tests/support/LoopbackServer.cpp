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

namespace smsc::test {

namespace {
constexpr int kStartTimeoutMs = 20000;
constexpr int kControlTimeoutMs = 15000;
constexpr int kStopTimeoutMs = 5000;

QString supportDir()
{
    return QDir::cleanPath(QStringLiteral(SMSC_TEST_SUPPORT_DIR));
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
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        m_lastError = QStringLiteral("python3 not found in PATH");
        return false;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    m_process.setProcessEnvironment(env);
    // The server's stderr carries only crash reports (never request data): let tests show it.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(python, {supportDir() + QStringLiteral("/fake_sms_server.py")});
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
        m_lastError = QStringLiteral("the server printed no ports line");
        return false;
    }
    const QJsonObject ports = QJsonDocument::fromJson(m_process.readLine()).object();
    m_httpPort = ports.value(QStringLiteral("http_port")).toInt();
    m_httpsPort = ports.value(QStringLiteral("https_port")).toInt();
    m_httpsUntrustedPort = ports.value(QStringLiteral("https_untrusted_port")).toInt();
    m_proxyPort = ports.value(QStringLiteral("proxy_port")).toInt();
    if (m_httpPort <= 0 || m_httpsPort <= 0 || m_httpsUntrustedPort <= 0 || m_proxyPort <= 0) {
        m_lastError = QStringLiteral("the ports line is not valid JSON with four ports");
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
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port);
    return u;
}

QUrl LoopbackServer::httpUrl() const
{
    return url(QStringLiteral("http"), m_httpPort);
}

QUrl LoopbackServer::httpsUrl() const
{
    return url(QStringLiteral("https"), m_httpsPort);
}

QUrl LoopbackServer::httpsUntrustedUrl() const
{
    return url(QStringLiteral("https"), m_httpsUntrustedPort);
}

QUrl LoopbackServer::proxyUrl() const
{
    return url(QStringLiteral("http"), m_proxyPort);
}

QString LoopbackServer::caFile() const
{
    return QDir::cleanPath(supportDir() + QStringLiteral("/../data/tls/ca.pem"));
}

QJsonValue LoopbackServer::control(const QByteArray &verb, const QString &path,
                                   const QJsonObject &body)
{
    if (!m_nam) {
        m_lastError = QStringLiteral("the server is not started");
        return QJsonValue(QJsonValue::Undefined);
    }
    QUrl target = httpUrl();
    const qsizetype q = path.indexOf(u'?');
    target.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        target.setQuery(path.mid(q + 1));
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(kControlTimeoutMs);
    const QByteArray payload = verb == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact)
                                              : QByteArray();
    std::unique_ptr<QNetworkReply> reply(m_nam->sendCustomRequest(request, verb, payload));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(kControlTimeoutMs)) {
        m_lastError = QStringLiteral("control call %1 timed out").arg(path);
        return QJsonValue(QJsonValue::Undefined);
    }
    const QByteArray answer = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        m_lastError = QStringLiteral("control call %1 failed: HTTP %2 %3 %4")
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
    body.insert(QStringLiteral("path"), path);
    if (control("POST", QStringLiteral("/__control/scenario"), body).isUndefined()) {
        QTest::qFail(qPrintable(m_lastError), __FILE__, __LINE__);
        return false;
    }
    return true;
}

QJsonArray LoopbackServer::requests(const QString &path)
{
    QString call = QStringLiteral("/__control/requests");
    if (!path.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("path"), path);
        call += u'?' + query.toString(QUrl::FullyEncoded);
    }
    const QJsonValue list = control("GET", call);
    if (list.isUndefined())
        QTest::qFail(qPrintable(m_lastError), __FILE__, __LINE__);
    return list.toArray();
}

bool LoopbackServer::reset()
{
    if (control("POST", QStringLiteral("/__control/reset")).isUndefined()) {
        QTest::qFail(qPrintable(m_lastError), __FILE__, __LINE__);
        return false;
    }
    return true;
}

QJsonObject LoopbackServer::setConfig(const QJsonObject &values)
{
    const QJsonValue config = control("POST", QStringLiteral("/__control/config"), values);
    if (config.isUndefined())
        QTest::qFail(qPrintable(m_lastError), __FILE__, __LINE__);
    return config.toObject();
}

QJsonArray LoopbackServer::proxyRequests()
{
    const QJsonValue list = control("GET", QStringLiteral("/__control/proxy_requests"));
    if (list.isUndefined())
        QTest::qFail(qPrintable(m_lastError), __FILE__, __LINE__);
    return list.toArray();
}

QJsonObject LoopbackServer::lastBody()
{
    return control("GET", QStringLiteral("/__control/last_body_sha256")).toObject();
}

QString LoopbackServer::encodedMessage(bool allow)
{
    const QString call = allow ? QStringLiteral("/__control/encoded_message?decision=allow")
                               : QStringLiteral("/__control/encoded_message?decision=deny");
    return control("GET", call).toObject().value(QStringLiteral("encoded_message")).toString();
}

} // namespace smsc::test
