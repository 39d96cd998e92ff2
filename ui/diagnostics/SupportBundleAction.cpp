// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/SupportBundleAction.h"

#include "prompts/UserPrompts.h"

#include <QDir>
#include <QStandardPaths>

namespace smsc {

QString SupportBundleAction::text()
{
    return tr("Save support &bundle…");
}

ExchangeRecord SupportBundleAction::exchangeOf(const ErrorReport &report)
{
    const ApiError &error = report.error();
    ExchangeRecord exchange;
    exchange.request = report.request();
    exchange.httpStatus = error.httpStatus;
    exchange.responseBody = error.bodyExcerpt;
    exchange.requestId = error.requestId;
    exchange.receivedAtUtc = error.serverDate;
    exchange.clockSkewSeconds = error.clockSkewSeconds;
    exchange.endpoint = report.context().endpoint;
    exchange.error = error;
    return exchange;
}

SupportContext SupportBundleAction::contextOf(const ErrorReport &report)
{
    SupportContext context;
    context.profileName = report.context().profileName;
    context.authMode = report.context().authMode;
    if (!report.error().requestId.isEmpty())
        context.requestIds << report.error().requestId;
    return context;
}

void SupportBundleAction::save(QWidget *parent, UserPrompts *prompts, const ExchangeRecord &exchange,
                               const SupportContext &context, const Credentials &credentials, Done done)
{
    const QByteArray bundle = SupportBundle::build(exchange, context, credentials);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(SupportBundle::defaultFileName());
    prompts->saveFileName(parent, tr("Save support bundle"), suggested, tr("Support bundle (*.json)"),
                          [bundle, done = std::move(done)](const QString &path) {
                              if (path.isEmpty()) {
                                  done(QString(), QString());
                                  return;
                              }
                              done(path, SupportBundle::save(path, bundle).error());
                          });
}

} // namespace smsc
