// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/HttpTraceHub.h"

#include <QNetworkAccessManager>

namespace smsc {

HttpTraceHub::HttpTraceHub(QNetworkAccessManager *manager) : QObject(manager) {}

HttpTraceHub *HttpTraceHub::install(QNetworkAccessManager *manager)
{
    if (HttpTraceHub *existing = of(manager))
        return existing;
    return new HttpTraceHub(manager);
}

HttpTraceHub *HttpTraceHub::of(const QNetworkAccessManager *manager)
{
    return manager ? manager->findChild<HttpTraceHub *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void HttpTraceHub::record(const HttpTraceEvent &event)
{
    emit traced(event);
}

} // namespace smsc
