// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/DoctorStep.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QTcpSocket;

namespace smsc {

//! Check 3: a TCP connection to each host through the proxy the app would use (configured,
//! system or none), its connect time, and whether the proxy answered.
class ConnectionStep final : public DoctorStep
{
    Q_OBJECT
public:
    ConnectionStep(DoctorContext *context, QObject *parent = nullptr);
    ~ConnectionStep() override;
    void start() override;

    //! True for the socket errors that come from the proxy rather than the server.
    static bool isProxyError(QAbstractSocket::SocketError error);

private:
    void connectNext();
    void onConnected();
    void onError(QAbstractSocket::SocketError error);
    void onTimeout();
    void done(bool ok, const QString &line);

    int m_index = 0;
    QPointer<QTcpSocket> m_socket;
    QTimer m_timeout;
    QElapsedTimer m_timer;
    qint64 m_slowestMs = 0;
    bool m_usedProxy = false;
    QStringList m_lines;
    QStringList m_failed;
    QString m_proxyProblem;
};

} // namespace smsc
