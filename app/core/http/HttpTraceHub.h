// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpTraceEvent.h"

#include <QObject>

class QNetworkAccessManager;

namespace smsc {

/*!
 * The observer seam of every request: attached to a network manager, it receives one
 * HttpTraceEvent per step of each ApiCall on that manager (request, answer or failure, retry,
 * failover). The core only emits values; whoever installed the hub renders them (the CLI's
 * `--debug` through diagnostics/HttpTraceText). Without a hub ApiCall traces nothing.
 */
class HttpTraceHub final : public QObject
{
    Q_OBJECT
public:
    //! The hub of `manager`, created as its child on first use.
    static HttpTraceHub *install(QNetworkAccessManager *manager);
    //! The hub of `manager`, or null when none was installed.
    static HttpTraceHub *of(const QNetworkAccessManager *manager);

    void record(const smsc::HttpTraceEvent &event);  //!< emits traced()

signals:
    void traced(const smsc::HttpTraceEvent &event);

private:
    explicit HttpTraceHub(QNetworkAccessManager *manager);
};

} // namespace smsc
