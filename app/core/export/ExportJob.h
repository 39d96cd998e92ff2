// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountIdResolver.h"
#include "account/ProjectIdResolver.h"
#include "errors/ApiError.h"
#include "http/RequestRecord.h"
#include "profile/credentials/Credentials.h"
#include "profile/Profile.h"
#include "rows/TaskRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace smsc {

class AccountIdCache;
class ProjectIdCache;

//! Where the returned file goes.
struct OutputOptions
{
    QString directory;        //!< the file is named from the response inside this folder (default: current)
    QString filePath;         //!< explicit path; wins over `directory`
    bool overwrite = false;   //!< replace an existing file (atomically)
    bool uniqueName = false;  //!< instead of refusing, save as "name (1).ext" (the GUI's choice)
    QString namePrefix;       //!< put before the service's file name in `directory` (a batch's "batch-007-")
};

struct ExportOutcome
{
    QString filePath;        //!< saved file (ok() and !noFile)
    QString requestedPath;   //!< the name asked for; differs from filePath when it was taken meanwhile (both kept)
    bool replacedLink = false;  //!< overwrite replaced a symbolic link at the name (its target is untouched)
    qint64 bytes = 0;        //!< body bytes received
    QString requestId;
    int httpStatus = 0;
    bool noFile = false;     //!< 200 but the body was empty / "OK" / "{}": nothing saved
    QByteArray returnedBody; //!< what the service returned when noFile
    ApiError error;          //!< kind None when ok()
    RequestRecord request;   //!< the last request signed (redacted); also filled by a dry run
    QString curlCommand;     //!< the same request as a cURL line (redacted)
    QString endpoint;        //!< the SMS base URL used
    QString accountId;       //!< the X-Domain-Id sent (empty with X-Project-Id or an IAM token)
    AccountIdSource accountIdSource = AccountIdSource::None;  //!< None: from the profile or not needed
    QString projectId;       //!< the X-Project-Id looked up for this export (empty when the profile gave one)
    ProjectIdSource projectIdSource = ProjectIdSource::None;  //!< None: from the profile or not needed
    int attempts = 0;
    bool dryRun = false;
    std::optional<qint64> clockSkewSeconds;  //!< local (signing) clock minus the answer's Date, when known

    //! The request was built and nothing failed: the service accepted it (a file was saved, or
    //! noFile), or a dry run signed it. False for a run that stopped before building any request.
    bool ok() const { return !error.isError() && !request.isEmpty(); }
};

/*!
 * One export: validate rows, check credentials and endpoints, resolve the account id (or the project id) when
 * needed, build, sign, send, stream the answer to disk atomically. Emits finished() exactly once
 * (also for a dry run, which builds and signs but sends nothing, and for a cancel).
 */
class ExportJob final : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Validating, ResolvingAccount, Sending, Receiving, Done };
    Q_ENUM(Stage)

    ExportJob(QNetworkAccessManager *network, Profile profile, Credentials credentials,
              QList<TaskRow> rows, OutputOptions output, QObject *parent = nullptr);
    ~ExportJob() override;

    void setAccountIdCache(AccountIdCache *cache);              //!< shared per-AK cache (optional)
    void setProjectIdCache(ProjectIdCache *cache);              //!< shared per AK and region (optional)
    void setClock(std::function<QDateTime()> utcNow);           //!< for tests; default: current UTC
    void setDryRun(bool dryRun);                                //!< build and sign, send nothing
    void setBaseRetryDelayMs(int ms);                           //!< backoff step for transient retries

    void start();
    void cancel();
    Stage stage() const;

signals:
    void stageChanged(smsc::ExportJob::Stage stage);
    void requestSent();                                         //!< Sending: on the wire, the answer is awaited
    void progress(qint64 bytesReceived, qint64 bytesTotal);     //!< total -1 when unknown
    void retrying(int nextAttempt, int delayMs, const smsc::ApiError &reason);
    void finished(const smsc::ExportOutcome &outcome);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace smsc

Q_DECLARE_METATYPE(smsc::ExportOutcome)
