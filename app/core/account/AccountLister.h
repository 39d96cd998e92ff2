// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountListParser.h"
#include "errors/ApiError.h"
#include "http/ExchangeRecord.h"
#include "profile/credentials/Credentials.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;

namespace smsc {

class AccountIdCache;
class AccountIdResolver;
class ProjectIdCache;
class ProjectIdResolver;
struct ProjectIdResult;
class ApiCall;
struct AccountIdResult;

//! Everything one listing produced: all pages, or the one error that stopped it.
struct AccountListResult
{
    QList<SourceServer> servers;   //!< listServers()
    QList<MigrationTask> tasks;    //!< listTasks()
    int count = 0;                 //!< the service's filtered total
    int pages = 0;                 //!< pages received
    int skipped = 0;               //!< entries dropped because they had no id
    bool truncated = false;        //!< stopped at the service's offset limit (65535)
    ApiError error;                //!< kind None on success; Cancelled after cancel()
    ExchangeRecord lastExchange;   //!< the last request and answer (support bundle, signature diagnosis)
    bool ok() const { return !error.isError(); }
};

/*!
 * Lists the account's source servers or migration tasks, every page (limit ≤ 200, offset until
 * offset >= count), signed like the export. One listing per object; emits finished() once.
 */
class AccountLister final : public QObject
{
    Q_OBJECT
public:
    //! `accountId` goes into X-Domain-Id (or the profile's project id into X-Project-Id); when it is
    //! empty but needed, it is resolved first (AccountIdResolver: IAM, then STS only for an empty list;
    //! an empty project id: ProjectIdResolver).
    AccountLister(QNetworkAccessManager *network, Profile profile, Credentials credentials,
                  QString accountId, QObject *parent = nullptr);
    ~AccountLister() override;

    void setPageSize(int limit);                            //!< 1…200 (default 200)
    void setClock(std::function<QDateTime()> utcNow);       //!< the signer's clock (ClockOffset)
    void setAccountIdCache(AccountIdCache *cache);          //!< shared per-AK cache for the resolution
    void setProjectIdCache(ProjectIdCache *cache);          //!< shared per AK and region
    QString accountId() const { return m_accountId; }       //!< as given or resolved
    QString projectId() const { return m_profile.projectId; }  //!< as given or resolved

    void listServers(const SourceFilter &filter);
    void listTasks(const TaskFilter &filter);
    void cancel();   //!< finished() reports kind Cancelled with what was loaded so far
    bool isRunning() const;

    //! The hint for a 403 on a list call: names sms:server:list or sms:server:listTask.
    static QString permissionHint(bool tasks);

signals:
    void resolvingAccount();                //!< the account id is being resolved first
    void requestingPage(int offset);        //!< a page request is being sent
    void progress(int loaded, int total);   //!< total -1 until the first page arrives
    void finished(const smsc::AccountListResult &result);

private:
    void begin();
    void onAccountId(const AccountIdResult &result);
    void onProjectId(const ProjectIdResult &result);
    void requestPage();
    void onPage(const ApiResult &result);
    void finish(ApiError error = ApiError());

    QPointer<QNetworkAccessManager> m_network;
    Profile m_profile;
    Credentials m_credentials;
    QString m_accountId;
    std::function<QDateTime()> m_clock;
    SourceFilter m_sourceFilter;
    TaskFilter m_taskFilter;
    bool m_tasks = false;
    int m_limit = AccountListParser::kMaxLimit;
    int m_offset = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QUrl m_base;
    QList<QUrl> m_alternates;  // further SMS endpoints, tried when m_base cannot be connected
    RequestRecord m_lastRequest;
    AccountListResult m_result;
    ApiCall *m_call = nullptr;
    AccountIdResolver *m_resolver = nullptr;
    AccountIdCache *m_cache = nullptr;
    ProjectIdResolver *m_projectResolver = nullptr;
    ProjectIdCache *m_projectCache = nullptr;
};

} // namespace smsc

Q_DECLARE_METATYPE(smsc::AccountListResult)
