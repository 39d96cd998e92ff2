// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/AppIdentity.h"

#include "BuildInfo.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace smsc {

void applyAppIdentity()
{
    QCoreApplication::setOrganizationName(u"sms-consistency-exporter"_s);
    QCoreApplication::setApplicationName(u"sms-consistency-exporter"_s);
    QCoreApplication::setApplicationVersion(appVersionText());
}

QString appVersion()
{
    return QString::fromUtf8(SMSC_VERSION);
}

QString appCommit()
{
    return QString::fromUtf8(SMSC_GIT_COMMIT);
}

QString appVersionText()
{
    const QString commit = appCommit();
    return commit.isEmpty() ? appVersion() : u"%1 (commit %2)"_s.arg(appVersion(), commit);
}

QString appHomepage()
{
    return QString::fromUtf8(SMSC_HOMEPAGE);
}

} // namespace smsc
