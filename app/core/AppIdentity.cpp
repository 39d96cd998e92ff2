#include "AppIdentity.h"

#include <QCoreApplication>

namespace smsc {

void applyAppIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("sms-consistency-exporter"));
    QCoreApplication::setApplicationName(QStringLiteral("sms-consistency-exporter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMSC_VERSION));
}

} // namespace smsc
