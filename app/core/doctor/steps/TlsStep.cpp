// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/steps/TlsStep.h"

#include "doctor/DoctorContext.h"
#include "errors/ErrorMapper.h"
#include "http/HttpRequest.h"
#include "http/transport/TransportSetup.h"
#include "util/UntrustedText.h"

#include <QSslCipher>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

constexpr int kMaxHandshakeSeconds = 15;
constexpr qint64 kWarnDaysLeft = 14;

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_3:
        return u"TLS 1.3"_s;
    case QSsl::TlsV1_2:
        return u"TLS 1.2"_s;
    default:
        return u"TLS"_s;
    }
}

QString certName(const QStringList &names)
{
    return UntrustedText::neutralised(names.join(u", "_s));
}

} // namespace

TlsStep::TlsStep(DoctorContext *context, QObject *parent)
    : DoctorStep(DoctorCheckId::Tls, context, parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_context->hosts[m_index].tlsFailed = true;
        done(DoctorVerdict::Failed, tr("%1: no handshake within %2 s").arg(m_context->hosts.at(m_index).host).arg(kMaxHandshakeSeconds));
    });
}

TlsStep::~TlsStep()
{
    if (m_socket)
        m_socket->abort();
}

QString TlsStep::chainText(const QList<QSslCertificate> &chain, const QDateTime &now)
{
    QStringList lines;
    for (const QSslCertificate &cert : chain) {
        const qint64 days = now.daysTo(cert.expiryDate());
        // tr() fills %n only for a count of 0 or more
        const QString left = days >= 0 ? tr("%n day(s) left", nullptr, int(days)) : tr("expired %n day(s) ago", nullptr, int(-days));
        lines << tr("subject %1; issuer %2; expires %3 (%4)")
                     .arg(certName(cert.subjectInfo(QSslCertificate::CommonName)),
                          certName(cert.issuerInfo(QSslCertificate::CommonName)),
                          cert.expiryDate().toUTC().toString(Qt::ISODate), left);
    }
    return lines.join(u'\n');
}

QStringList TlsStep::causes(const QList<QSslError> &errors)
{
    QStringList out;
    for (const QSslError &e : errors)
        out << ErrorMapper::sslProblemText(e);
    out.removeDuplicates();
    return out;
}

void TlsStep::start()
{
    if (!m_context->configurationUsable)
        return skip(tr("no endpoint (see Configuration)"));
    bool anyHttps = false;
    for (const DoctorHost &h : m_context->hosts)
        anyHttps = anyHttps || h.url.scheme() == u"https";
    if (!anyHttps)
        return skip(tr("plain HTTP (loopback only): no TLS"));
    shakeNext();
}

void TlsStep::shakeNext()
{
    const QList<DoctorHost> &hosts = m_context->hosts;
    while (m_index < hosts.size() && (hosts.at(m_index).url.scheme() != u"https" || !hosts.at(m_index).connected)) {
        if (hosts.at(m_index).url.scheme() == u"https") {
            m_lines << tr("%1: not tried (no connection)").arg(hosts.at(m_index).host);
            m_verdict = DoctorVerdict::Failed;
            m_problems << tr("%1 not reached").arg(hosts.at(m_index).host);
        }
        ++m_index;
    }
    if (m_index >= hosts.size()) {
        DoctorCheck check = blank();
        const QString ca = m_context->profile.transport.caFile;
        m_lines << (ca.isEmpty() ? tr("Trusted authorities: the system's") : tr("Trusted authorities: the system's plus the CA file %1").arg(ca));
        check.detail = m_lines.join(u'\n');
        if (m_shaken == 0 && m_problems.isEmpty())
            return skip(tr("no https host was reached"));
        check.verdict = m_verdict;
        m_figures.removeDuplicates();
        check.figure = m_problems.isEmpty() ? m_figures.join(u"; "_s) : m_problems.join(u"; "_s);
        if (!ca.isEmpty())
            check.figure = tr("%1 (with a custom CA file)").arg(check.figure);
        if (m_verdict == DoctorVerdict::Failed)
            check.fix = tr("If a proxy or firewall inspects TLS, add its CA certificate as the profile's CA file "
                           "(--ca-file); if the endpoint is wrong (a name the certificate does not cover), correct "
                           "it; never turn verification off.");
        else if (m_verdict == DoctorVerdict::Warning)
            check.fix = tr("A certificate expires soon: tell whoever runs the endpoint.");
        return finish(check);
    }
    const DoctorHost &host = hosts.at(m_index);
    bool ok = true;
    HttpRequest probe;
    probe.host = host.host;
    const QNetworkRequest request = TransportSetup::networkRequest(probe, m_context->profile.transport, &ok);
    if (!ok) {
        m_context->hosts[m_index].tlsFailed = true;
        return done(DoctorVerdict::Failed, tr("%1: the CA file %2 holds no PEM certificate").arg(host.host, m_context->profile.transport.caFile));
    }
    m_errors.clear();
    m_chain.clear();
    m_socket = new QSslSocket(this);
    QSslConfiguration tls = request.sslConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(tls);
    if (const auto proxy = m_context->proxyFor(host.url))
        m_socket->setProxy(*proxy);
    connect(m_socket, &QSslSocket::encrypted, this, &TlsStep::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &TlsStep::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &TlsStep::onError);
    m_timeout.start(kMaxHandshakeSeconds * 1000);
    m_socket->connectToHostEncrypted(host.host, host.port);
}

void TlsStep::onSslErrors(const QList<QSslError> &errors)
{
    // Recorded, never ignored: the handshake then fails and onError() reports it.
    m_errors = errors;
    m_chain = m_socket->peerCertificateChain();
}

void TlsStep::onEncrypted()
{
    const DoctorHost &host = m_context->hosts.at(m_index);
    const QString figure = tr("%1, %2").arg(protocolName(m_socket->sessionProtocol()),
                                            UntrustedText::neutralised(m_socket->sessionCipher().name()));
    m_figures << figure;
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    DoctorVerdict verdict = DoctorVerdict::Ok;
    const QDateTime now = m_context->localClock();
    if (!chain.isEmpty() && now.daysTo(chain.constFirst().expiryDate()) < kWarnDaysLeft) {
        verdict = DoctorVerdict::Warning;
        m_figures << tr("%1's certificate expires soon").arg(host.host);
    }
    done(verdict, tr("%1: %2, trusted\n%3").arg(host.host, figure, chainText(chain, now)));
}

void TlsStep::onError(QAbstractSocket::SocketError error)
{
    DoctorHost &host = m_context->hosts[m_index];
    host.tlsFailed = true;
    const QStringList why = causes(m_errors);
    if (!why.isEmpty()) {
        m_problems << tr("not trusted: %1").arg(why.join(u", "_s));
        return done(DoctorVerdict::Failed, tr("%1: not trusted: %2\n%3").arg(host.host, why.join(u"; "_s),
                                                                        chainText(m_chain, m_context->localClock())));
    }
    Q_UNUSED(error)
    m_problems << tr("%1: handshake failed").arg(host.host);
    done(DoctorVerdict::Failed, tr("%1: the handshake failed: %2").arg(host.host, m_socket ? m_socket->errorString() : QString()));
}

void TlsStep::done(DoctorVerdict verdict, const QString &line)
{
    m_timeout.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    ++m_shaken;
    if (verdict == DoctorVerdict::Failed || (verdict == DoctorVerdict::Warning && m_verdict == DoctorVerdict::Ok))
        m_verdict = verdict;
    m_lines << line;
    ++m_index;
    QMetaObject::invokeMethod(this, &TlsStep::shakeNext, Qt::QueuedConnection);
}

} // namespace smsc
