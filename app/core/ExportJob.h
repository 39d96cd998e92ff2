#pragma once

#include "ApiError.h"
#include "Credentials.h"
#include "Profile.h"
#include "TaskRow.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;

namespace smsc {

class AccountIdCache;

//! Where the returned file goes.
struct OutputOptions
{
    QString directory;   //!< the file is named from the response inside this folder
    QString filePath;    //!< explicit path; wins over `directory`
    bool overwrite = false;
};

//! What support staff need of the request that was sent (secrets already redacted).
struct RequestRecord
{
    QByteArray method;
    QString url;
    QList<QPair<QByteArray, QByteArray>> headers;  //!< redacted: Authorization signature, tokens
    QByteArray body;
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QDateTime sentAtUtc;
};

struct ExportOutcome
{
    bool ok = false;
    QString filePath;        //!< saved file (ok only)
    qint64 bytes = 0;
    QString requestId;
    int httpStatus = 0;
    bool noFile = false;     //!< 200 but the body was empty / "OK" / "{}": nothing saved
    QByteArray returnedBody; //!< what the service returned when noFile
    ApiError error;          //!< kind None when ok
    RequestRecord request;
    QString endpoint;        //!< the SMS base URL used
    int attempts = 0;
};

/*!
 * One export: validate rows, resolve the account id when needed, build, sign, send,
 * stream the answer to disk atomically. Emits finished() exactly once.
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
    void setClock(std::function<QDateTime()> utcNow);           //!< for tests; default: current UTC
    void setDryRun(bool dryRun);                                //!< build and sign, send nothing

    void start();
    void cancel();

signals:
    void stageChanged(smsc::ExportJob::Stage stage);
    void progress(qint64 bytesReceived, qint64 bytesTotal);     //!< total -1 when unknown
    void finished(const smsc::ExportOutcome &outcome);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace smsc
