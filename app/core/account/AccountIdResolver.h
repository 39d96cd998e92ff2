// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ApiError.h"
#include "profile/credentials/Credentials.h"
#include "profile/endpoints/EndpointCatalogue.h"
#include "profile/Profile.h"

#include <QDateTime>
#include <QObject>
#include <functional>

class QNetworkAccessManager;

namespace smsc {

class AccountIdCache;
class IamLookup;
struct ApiResult;

//! Where an account id came from.
enum class AccountIdSource { None, Cache, Iam, Sts };

struct AccountIdResult
{
    QString accountId;
    AccountIdSource source = AccountIdSource::None;
    ApiError error;  //!< kind None when accountId is set
    int requestsSent = 0;
    bool ok() const { return !accountId.isEmpty(); }
};

/*!
 * Finds the account (domain) id for an access key as the SDKs do: signed GET {iam}/v3/auth/domains
 * → domains[0].id; only if that list is empty (or no IAM endpoint is set), STS
 * GET {sts}/v5/caller-identity → account_id. Any other IAM failure is reported as it is. Cached per AK. A rejected key is reported as the
 * key rejection (kind Authentication), never as "domain id missing". Emits finished() exactly once.
 */
class AccountIdResolver final : public QObject
{
    Q_OBJECT
public:
    AccountIdResolver(QNetworkAccessManager *network, ServiceEndpoints endpoints, Credentials credentials,
                      TransportOptions transport, QObject *parent = nullptr);
    ~AccountIdResolver() override;

    void setCache(AccountIdCache *cache);                     //!< optional, shared per process
    void setClock(std::function<QDateTime()> utcNow);         //!< signing time; default current UTC

    void start();
    void cancel();

    //! domains[0].id from an IAM /v3/auth/domains body; empty when the list is empty or malformed.
    static QString domainIdFromIam(const QByteArray &body);
    //! account_id from an STS caller-identity body; empty when absent.
    static QString accountIdFromSts(const QByteArray &body);

signals:
    void finished(const smsc::AccountIdResult &result);

private:
    void askIam();
    void askSts();
    void onIamFinished(const ApiResult &result);
    void onStsFinished(const ApiResult &result);
    void finish(AccountIdResult result);

    ServiceEndpoints m_endpoints;
    QString m_accessKey;
    IamLookup *m_lookup;
    AccountIdCache *m_cache = nullptr;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace smsc

Q_DECLARE_METATYPE(smsc::AccountIdResult)
