// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportJob.h"

#include "account/AccountIdCache.h"
#include "account/ProjectIdCache.h"
#include "errors/ErrorMapper.h"
#include "errors/ErrorReport.h"
#include "export/ContentDisposition.h"
#include "export/ExportRequestBuilder.h"
#include "http/ApiCall.h"
#include "http/DownloadFile.h"
#include "http/HttpDate.h"
#include "profile/endpoints/EndpointCatalogue.h"
#include "redaction/CurlCommand.h"
#include "redaction/RequestRedactor.h"
#include "rows/RowValidator.h"
#include "util/FileOps.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>

namespace smsc {

struct ExportJob::Private
{
    ExportJob *q = nullptr;
    QPointer<QNetworkAccessManager> network;
    Profile profile;
    Credentials credentials;
    QList<TaskRow> rows;
    OutputOptions output;
    AccountIdCache *cache = nullptr;
    ProjectIdCache *projectCache = nullptr;
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    bool dryRun = false;
    int baseRetryDelayMs = 1000;
    Stage stage = Stage::Validating;
    bool started = false;
    bool finished = false;
    bool cancelled = false;
    ServiceEndpoints endpoints;
    ExportOutcome outcome;
    QPointer<AccountIdResolver> resolver;
    QPointer<ProjectIdResolver> projectResolver;
    QPointer<ApiCall> call;

    void setStage(Stage next)
    {
        if (stage == next)
            return;
        stage = next;
        emit q->stageChanged(next);
    }

    void finish(const ApiError &error = {})
    {
        if (finished)
            return;
        finished = true;
        if (error.isError()) {
            // Scrubbed here so every consumer (history, CLI JSON, dialogs) gets no echoed secret.
            outcome.error = ErrorReport::redacted(error, credentials);
            if (outcome.requestId.isEmpty())
                outcome.requestId = error.requestId;
            if (outcome.httpStatus == 0)
                outcome.httpStatus = error.httpStatus;
        }
        if (!outcome.request.isEmpty())
            outcome.curlCommand = CurlCommand::fromRecord(outcome.request);
        setStage(Stage::Done);
        emit q->finished(outcome);
    }

    void finishLater(const ApiError &error = {})
    {
        QMetaObject::invokeMethod(q, [this, error] { finish(error); }, Qt::QueuedConnection);
    }

    ApiError cancelledError() const
    {
        ReplyFacts facts;
        facts.cancelled = true;
        facts.localNowUtc = clock();
        return ErrorMapper::map(facts);
    }

    bool needsAccountId() const
    {
        return profile.scopeHeader == ScopeHeader::DomainId && profile.domainId.trimmed().isEmpty()
            && credentials.mode != AuthMode::IamToken;  // a domain-scoped token already names the account
    }

    //! Local checks that must pass before anything is sent; returns the first failure.
    ApiError checkLocally()
    {
        const RowValidation validation = RowValidator::validate(rows);
        if (!validation.ok()) {
            QStringList lines;
            for (const RowProblem &problem : validation.problems)
                lines << problem.message();
            const QString headline = lines.size() == 1
                ? ExportJob::tr("%1 Nothing was sent.").arg(lines.constFirst())
                : ExportJob::tr("The rows have %1 problems; nothing was sent.").arg(lines.size());
            return ErrorMapper::invalidInput(headline, lines);
        }
        rows = validation.rows;
        const QString missing = credentials.missingPart();
        if (!missing.isEmpty())
            return ErrorMapper::credentials(missing);
        endpoints = EndpointCatalogue::resolve(profile);
        if (!endpoints.ok())
            return ErrorMapper::invalidInput(endpoints.error, {});
        outcome.endpoint = endpoints.sms.toString();
        if (!output.filePath.isEmpty()) {
            const QFileInfo target(output.filePath);
            if (FileOps::isSymLink(output.filePath) && !output.overwrite) {
                return ErrorMapper::localFile(output.filePath,
                                              ExportJob::tr("It is a symbolic link; a file is never written through a link."));
            }
            if (target.exists() && !output.overwrite && !output.uniqueName)
                return ErrorMapper::fileExists(output.filePath);
            if (!target.absoluteDir().exists())
                return ErrorMapper::localFile(output.filePath, ExportJob::tr("The folder does not exist."));
        } else {
            const QString dir = output.directory.isEmpty() ? QDir::currentPath() : output.directory;
            if (!QFileInfo(dir).isDir())
                return ErrorMapper::localFile(dir, ExportJob::tr("The folder does not exist."));
            if (!QFileInfo(dir).isWritable())
                return ErrorMapper::localFile(dir, ExportJob::tr("The folder is not writable."));
        }
        return {};
    }

    QString targetPath(const HeaderList &headers) const
    {
        if (!output.filePath.isEmpty())
            return output.filePath;
        auto header = [&headers](const QByteArray &name) {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return QByteArray();
        };
        const QString name = ContentDisposition::fileNameFor(header("Content-Disposition"), header("Content-Type"),
                                                             clock().toLocalTime());
        const QString dir = output.directory.isEmpty() ? QDir::currentPath() : output.directory;
        return QDir(dir).filePath(output.namePrefix + name);
    }

    void resolveAccount()
    {
        setStage(Stage::ResolvingAccount);
        auto *r = new AccountIdResolver(network, endpoints, credentials, profile.transport, q);
        r->setCache(cache);
        r->setClock(clock);
        resolver = r;
        QObject::connect(r, &AccountIdResolver::finished, q, [this, r](const AccountIdResult &result) {
            r->deleteLater();
            if (!result.ok()) {
                finish(result.error);
                return;
            }
            outcome.accountId = result.accountId;
            outcome.accountIdSource = result.source;
            send();
        });
        r->start();
    }

    void resolveProject()
    {
        setStage(Stage::ResolvingAccount);
        auto *r = new ProjectIdResolver(network, endpoints, credentials, profile.transport, q);
        r->setCache(projectCache);
        r->setClock(clock);
        projectResolver = r;
        QObject::connect(r, &ProjectIdResolver::finished, q, [this, r](const ProjectIdResult &result) {
            r->deleteLater();
            if (!result.ok()) {
                finish(result.error);
                return;
            }
            useProjectId(result.projectId, result.source);
            send();
        });
        r->start();
    }

    void useProjectId(const QString &id, ProjectIdSource source)
    {
        profile.projectId = id;  // this job's copy: the request builder sends it as X-Project-Id
        outcome.projectId = id;
        outcome.projectIdSource = source;
    }

    void buildOnly()
    {
        const QDateTime now = clock();
        const PreparedRequest prepared = ExportRequestBuilder::buildExport(rows, profile, outcome.accountId,
                                                                           endpoints, credentials, now);
        outcome.request = RequestRedactor::record(prepared.request, prepared.signature.canonicalRequest,
                                                  prepared.signature.stringToSign, now);
        finishLater();
    }

    void send()
    {
        if (dryRun) {
            buildOnly();
            return;
        }
        setStage(Stage::Sending);
        auto factory = [this] {
            const QDateTime now = clock();
            const PreparedRequest prepared = ExportRequestBuilder::buildExport(rows, profile, outcome.accountId,
                                                                               endpoints, credentials, now);
            outcome.request = RequestRedactor::record(prepared.request, prepared.signature.canonicalRequest,
                                                      prepared.signature.stringToSign, now);
            return prepared.request;
        };
        auto *c = new ApiCall(network, factory, profile.transport, q);
        c->setClock(clock);
        c->setBaseRetryDelayMs(baseRetryDelayMs);
        c->setConnectFailover([this] {
            if (endpoints.smsAlternates.isEmpty())
                return false;
            endpoints.sms = endpoints.smsAlternates.takeFirst();
            outcome.endpoint = endpoints.sms.toString();
            return true;
        });
        c->setSinkFactory([this](const HeaderList &headers) {
            const auto existing = output.overwrite ? DownloadFile::Existing::Overwrite
                : output.uniqueName               ? DownloadFile::Existing::PickUniqueName
                                                  : DownloadFile::Existing::Refuse;
            const QString target = targetPath(headers);
            outcome.requestedPath = target;
            outcome.replacedLink = output.overwrite && FileOps::isSymLink(target);
            return std::make_unique<DownloadFile>(target, existing);
        });
        call = c;
        QObject::connect(c, &ApiCall::responseStarted, q, [this] { setStage(Stage::Receiving); });
        QObject::connect(c, &ApiCall::requestSent, q, &ExportJob::requestSent);
        QObject::connect(c, &ApiCall::progress, q, &ExportJob::progress);
        QObject::connect(c, &ApiCall::retrying, q, &ExportJob::retrying);
        QObject::connect(c, &ApiCall::finished, q, [this, c](const ApiResult &result) {
            c->deleteLater();
            outcome.httpStatus = result.httpStatus;
            outcome.requestId = result.requestId;
            outcome.bytes = result.bytesReceived;
            outcome.attempts = result.attempts;
            outcome.clockSkewSeconds = HttpDate::clockSkew(result.header(QByteArrayLiteral("Date")), clock());
            if (!result.ok()) {
                ApiError error = result.error;
                if (error.kind == ErrorKind::LocalFile && error.httpStatus == 0)
                    error.httpStatus = result.httpStatus;  // answered, but not saved
                finish(error);
                return;
            }
            outcome.noFile = result.noFile;
            outcome.returnedBody = result.noFile ? result.body : QByteArray();
            outcome.filePath = result.savedPath;
            finish();
        });
        c->start();
    }
};

ExportJob::ExportJob(QNetworkAccessManager *network, Profile profile, Credentials credentials,
                     QList<TaskRow> rows, OutputOptions output, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->network = network;
    d->profile = std::move(profile);
    d->credentials = std::move(credentials);
    d->rows = std::move(rows);
    d->output = std::move(output);
}

ExportJob::~ExportJob() = default;

void ExportJob::setAccountIdCache(AccountIdCache *cache) { d->cache = cache; }
void ExportJob::setProjectIdCache(ProjectIdCache *cache) { d->projectCache = cache; }
void ExportJob::setClock(std::function<QDateTime()> utcNow) { d->clock = std::move(utcNow); }
void ExportJob::setDryRun(bool dryRun) { d->dryRun = dryRun; }
void ExportJob::setBaseRetryDelayMs(int ms) { d->baseRetryDelayMs = ms; }
ExportJob::Stage ExportJob::stage() const { return d->stage; }

void ExportJob::start()
{
    if (d->started || d->finished)
        return;
    d->started = true;
    d->outcome.dryRun = d->dryRun;
    const ApiError problem = d->checkLocally();
    if (problem.isError()) {
        d->finishLater(problem);
        return;
    }
    if (d->needsAccountId()) {
        const QString cached = d->cache ? d->cache->find(d->credentials.accessKey) : QString();
        if (d->dryRun || !cached.isEmpty()) {
            // A dry run sends nothing, not even the lookup: it shows the cached id or none.
            d->outcome.accountId = cached;
            d->outcome.accountIdSource = cached.isEmpty() ? AccountIdSource::None : AccountIdSource::Cache;
            d->send();
            return;
        }
        d->resolveAccount();
        return;
    }
    if (ProjectIdResolver::needsProjectId(d->profile, d->credentials)) {
        const QString cached = d->projectCache ? d->projectCache->find(d->credentials.accessKey, d->endpoints.regionId)
                                               : QString();
        if (d->dryRun || !cached.isEmpty()) {
            // As for the account id: a dry run asks nobody and shows the cached id or none.
            d->useProjectId(cached, cached.isEmpty() ? ProjectIdSource::None : ProjectIdSource::Cache);
            d->send();
            return;
        }
        d->resolveProject();
        return;
    }
    if (d->profile.scopeHeader == ScopeHeader::DomainId)
        d->outcome.accountId = d->profile.domainId.trimmed();
    d->send();
}

void ExportJob::cancel()
{
    if (d->finished || d->cancelled)
        return;
    d->cancelled = true;
    if (d->call) {
        d->call->cancel();
        return;
    }
    if (d->resolver) {
        d->resolver->cancel();
        return;
    }
    if (d->projectResolver) {
        d->projectResolver->cancel();
        return;
    }
    d->finishLater(d->cancelledError());
}

} // namespace smsc
