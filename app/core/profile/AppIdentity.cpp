#include "profile/AppIdentity.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace smsc {

void applyAppIdentity()
{
    QCoreApplication::setOrganizationName(u"sms-consistency-exporter"_s);
    QCoreApplication::setApplicationName(u"sms-consistency-exporter"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(SMSC_VERSION));
}

} // namespace smsc
