// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountListParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace smsc::cli {

//! Text and JSON renderings of listed servers and tasks for `list-servers` / `list-tasks`. Pure.
class AccountTable final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::cli::AccountTable)
public:
    static QString servers(const QList<SourceServer> &servers);
    static QString tasks(const QList<MigrationTask> &tasks);
    static QJsonArray serversJson(const QList<SourceServer> &servers);
    static QJsonArray tasksJson(const QList<MigrationTask> &tasks);
    //! Columns padded to the widest cell; wide (CJK) characters count as two terminal columns.
    static QString aligned(const QStringList &header, const QList<QStringList> &rows);
    //! Terminal columns `text` takes.
    static int displayWidth(const QString &text);
};

} // namespace smsc::cli
