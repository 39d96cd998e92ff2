// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/DoctorStep.h"

#include <QAbstractSocket>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>
#include <QTimer>

class QSslSocket;

namespace smsc {

/*!
 * Check 4: a TLS handshake with each https host, trusting what the app trusts (the system store
 * plus the profile's CA file, applied by TransportSetup): protocol, cipher, the chain (subject,
 * issuer, expiry, days left) and, when not trusted, why. It only shakes hands: nothing is sent.
 */
class TlsStep final : public DoctorStep
{
    Q_OBJECT
public:
    TlsStep(DoctorContext *context, QObject *parent = nullptr);
    ~TlsStep() override;
    void start() override;

    //! One line per certificate: subject, issuer, expiry date and days left as of `now`.
    static QString chainText(const QList<QSslCertificate> &chain, const QDateTime &now);
    //! The causes in plain words (self-signed, unknown issuer, wrong host name, expired), each once.
    static QStringList causes(const QList<QSslError> &errors);

private:
    void shakeNext();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onError(QAbstractSocket::SocketError error);
    void done(DoctorVerdict verdict, const QString &line);

    int m_index = 0;
    QPointer<QSslSocket> m_socket;
    QTimer m_timeout;
    QList<QSslError> m_errors;
    QList<QSslCertificate> m_chain;
    QStringList m_lines;
    QStringList m_figures;
    QStringList m_problems;
    DoctorVerdict m_verdict = DoctorVerdict::Ok;
    int m_shaken = 0;
};

} // namespace smsc
