// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountLister.h"

#include "account/AccountIdResolver.h"
#include "account/ProjectIdResolver.h"
#include "errors/ErrorMapper.h"
#include "export/ExportRequestBuilder.h"
#include "http/ApiCall.h"
#include "profile/endpoints/EndpointCatalogue.h"
#include "redaction/RequestRedactor.h"

#include <QNetworkAccessManager>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

const QString kSourcesPath = u"/v3/sources"_s;
const QString kTasksPath = u"/v3/tasks"_s;

// The same scope header rule as the export call (docs/SERVICE.md "Scope header").
void addScope(HttpRequest &request, const Profile &profile, const QString &accountId)
{
    if (profile.scopeHeader == ScopeHeader::ProjectId) {
        if (!profile.projectId.trimmed().isEmpty())
            request.setHeader(QByteArrayLiteral("X-Project-Id"), profile.projectId.trimmed().toUtf8());
    } else if (!accountId.trimmed().isEmpty()) {
        request.setHeader(QByteArrayLiteral("X-Domain-Id"), accountId.trimmed().toUtf8());
    }
}

} // namespace

AccountLister::AccountLister(QNetworkAccessManager *network, Profile profile, Credentials credentials,
                             QString accountId, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_profile(std::move(profile))
    , m_credentials(std::move(credentials))
    , m_accountId(std::move(accountId))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

AccountLister::~AccountLister() = default;

void AccountLister::setPageSize(int limit) { m_limit = std::clamp(limit, 1, AccountListParser::kMaxLimit); }
void AccountLister::setClock(std::function<QDateTime()> utcNow) { m_clock = std::move(utcNow); }
void AccountLister::setAccountIdCache(AccountIdCache *cache) { m_cache = cache; }
void AccountLister::setProjectIdCache(ProjectIdCache *cache) { m_projectCache = cache; }
bool AccountLister::isRunning() const { return m_running; }

QString AccountLister::permissionHint(bool tasks)
{
    return tasks ? tr("Listing migration tasks needs the IAM action sms:server:listTask. Ask an administrator "
                      "to grant it, or type the task ids by hand.")
                 : tr("Listing source servers needs the IAM action sms:server:list. Ask an administrator "
                      "to grant it, or type the rows by hand.");
}

void AccountLister::listServers(const SourceFilter &filter)
{
    if (m_running)
        return;
    m_tasks = false;
    m_sourceFilter = filter;
    m_running = true;
    begin();
}

void AccountLister::listTasks(const TaskFilter &filter)
{
    if (m_running)
        return;
    m_tasks = true;
    m_taskFilter = filter;
    m_running = true;
    begin();
}

void AccountLister::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_resolver)
        m_resolver->cancel();
    else if (m_projectResolver)
        m_projectResolver->cancel();
    else if (m_call)
        m_call->cancel();  // its finished() reports the cancel
}

void AccountLister::begin()
{
    const bool needsAccountId = m_credentials.mode != AuthMode::IamToken
        && m_profile.scopeHeader == ScopeHeader::DomainId && m_accountId.trimmed().isEmpty();
    const ServiceEndpoints endpoints = EndpointCatalogue::resolve(m_profile);
    if (ProjectIdResolver::needsProjectId(m_profile, m_credentials) && endpoints.ok()
        && m_credentials.missingPart().isEmpty()) {
        m_projectResolver = new ProjectIdResolver(m_network, endpoints, m_credentials, m_profile.transport, this);
        m_projectResolver->setCache(m_projectCache);
        m_projectResolver->setClock(m_clock);
        connect(m_projectResolver, &ProjectIdResolver::finished, this, &AccountLister::onProjectId);
        emit resolvingAccount();
        m_projectResolver->start();
        return;
    }
    if (!needsAccountId || !endpoints.ok() || !m_credentials.missingPart().isEmpty()) {
        requestPage();  // reports a bad endpoint or missing credentials itself
        return;
    }
    m_resolver = new AccountIdResolver(m_network, endpoints, m_credentials, m_profile.transport, this);
    m_resolver->setCache(m_cache);
    m_resolver->setClock(m_clock);
    connect(m_resolver, &AccountIdResolver::finished, this, &AccountLister::onAccountId);
    emit resolvingAccount();
    m_resolver->start();
}

void AccountLister::onAccountId(const AccountIdResult &result)
{
    m_resolver->deleteLater();
    m_resolver = nullptr;
    if (!result.ok()) {
        finish(result.error);
        return;
    }
    m_accountId = result.accountId;
    if (m_cancelled) {
        ReplyFacts facts;
        facts.cancelled = true;
        finish(ErrorMapper::map(facts));
        return;
    }
    requestPage();
}

void AccountLister::onProjectId(const ProjectIdResult &result)
{
    m_projectResolver->deleteLater();
    m_projectResolver = nullptr;
    if (!result.ok()) {
        finish(result.error);
        return;
    }
    m_profile.projectId = result.projectId;  // addScope() sends it as X-Project-Id
    if (m_cancelled) {
        ReplyFacts facts;
        facts.cancelled = true;
        finish(ErrorMapper::map(facts));
        return;
    }
    requestPage();
}

void AccountLister::requestPage()
{
    const ServiceEndpoints endpoints = EndpointCatalogue::resolve(m_profile);
    const QString missing = m_credentials.missingPart();
    if (!endpoints.ok() || !missing.isEmpty()) {
        const ApiError error = !missing.isEmpty()
            ? ErrorMapper::credentials(missing)
            : ErrorMapper::invalidInput(endpoints.error, {endpoints.error});
        QMetaObject::invokeMethod(this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    if (m_base.isEmpty()) {  // later pages stay on the endpoint that answered
        m_base = endpoints.sms;
        m_alternates = endpoints.smsAlternates;
    }
    const QueryList query = m_tasks ? AccountListParser::taskQuery(m_taskFilter, m_limit, m_offset)
                                    : AccountListParser::serverQuery(m_sourceFilter, m_limit, m_offset);
    auto factory = [this, query] {
        HttpRequest request = ExportRequestBuilder::getRequest(m_base, m_tasks ? kTasksPath : kSourcesPath, query);
        addScope(request, m_profile, m_accountId);
        const QDateTime now = m_clock();
        const PreparedRequest prepared = ExportRequestBuilder::authorize(request, m_credentials, now);
        m_lastRequest = RequestRedactor::record(prepared.request, prepared.signature.canonicalRequest,
                                                prepared.signature.stringToSign, now);
        return prepared.request;
    };
    m_call = new ApiCall(m_network, factory, m_profile.transport, this);
    m_call->setConnectFailover([this] {
        if (m_alternates.isEmpty())
            return false;
        m_base = m_alternates.takeFirst();
        return true;
    });
    connect(m_call, &ApiCall::finished, this, &AccountLister::onPage);
    emit requestingPage(m_offset);
    m_call->start();
}

void AccountLister::onPage(const ApiResult &result)
{
    m_call->deleteLater();
    m_call = nullptr;
    m_result.lastExchange = ExchangeRecord::of(m_lastRequest, result, m_base, QDateTime::currentDateTimeUtc());
    if (!result.ok()) {
        ApiError error = result.error;
        if (error.kind == ErrorKind::Permission)
            error.hint = permissionHint(m_tasks);
        finish(error);
        return;
    }
    int received = 0;
    int count = -1;
    QString problem;
    if (m_tasks) {
        const ListPage<MigrationTask> page = AccountListParser::parseTasks(result.body);
        m_result.tasks += page.items;
        m_result.skipped += page.skipped;
        received = int(page.items.size()) + page.skipped;
        count = page.count;
        problem = page.problem;
    } else {
        const ListPage<SourceServer> page = AccountListParser::parseServers(result.body);
        m_result.servers += page.items;
        m_result.skipped += page.skipped;
        received = int(page.items.size()) + page.skipped;
        count = page.count;
        problem = page.problem;
    }
    if (!problem.isEmpty()) {
        // A 2xx that is not a list: ErrorMapper saw a success, so this is the one place it is not.
        ApiError error;
        error.kind = ErrorKind::Server;
        error.httpStatus = result.httpStatus;
        error.headline = ErrorMapper::headlineFor(ErrorKind::Server, result.httpStatus);
        error.technicalDetail = problem;
        error.requestId = result.requestId;
        error.bodyExcerpt = result.body.left(ApiCall::kErrorExcerptBytes);
        finish(error);
        return;
    }
    ++m_result.pages;
    m_offset += received;
    const int loaded = int(m_tasks ? m_result.tasks.size() : m_result.servers.size());
    m_result.count = count < 0 ? loaded : count;
    emit progress(loaded, m_result.count);
    if (m_cancelled) {
        ReplyFacts facts;
        facts.url = m_base;
        facts.cancelled = true;
        finish(ErrorMapper::map(facts));
        return;
    }
    // A short or empty page while offset < count would otherwise loop forever.
    if (count < 0 || m_offset >= count || received == 0) {
        finish();
        return;
    }
    if (m_offset > AccountListParser::kMaxOffset) {
        m_result.truncated = true;
        finish();
        return;
    }
    requestPage();
}

void AccountLister::finish(ApiError error)
{
    if (!m_running)
        return;
    m_running = false;
    m_result.error = std::move(error);
    emit finished(m_result);
}

} // namespace smsc
