// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/credentials/Credentials.h"

#include <QString>

namespace smsc {

enum class ScopeHeader { DomainId, ProjectId };       //!< X-Domain-Id (default) or X-Project-Id
enum class RequestLanguage { None, EnUs, ZhCn };      //!< X-Language: not sent, en-us, zh-cn

QString requestLanguageId(RequestLanguage language);  //!< "none", "en-us", "zh-cn"
bool requestLanguageFromId(const QString &id, RequestLanguage *language);

//! Network settings shared by every call made for a profile.
struct TransportOptions
{
    int connectTimeoutSeconds = 60;    //!< SDK default
    int transferTimeoutSeconds = 120;  //!< SDK default; also the idle limit between bytes
    int maxTimeSeconds = 0;            //!< limit of one whole exchange, retries included; 0: none (not stored)
    QString proxyUrl;                  //!< empty: system proxy; "none": no proxy
    QString caFile;                    //!< extra PEM bundle trusted besides the system store
    bool retryTransient = false;       //!< retry 429/APIGW.0308/5xx/connection errors (never 401/403)
    int maxAttempts = 3;
};

//! Everything about a connection except secrets; stored in QSettings by ProfileStore.
struct Profile
{
    QString name;
    QString region;        //!< catalogue region id; ignored when `endpoint` is set
    QString endpoint;      //!< custom SMS endpoint URL (https; http only to loopback)
    QString iamEndpoint;   //!< overrides the region's IAM endpoint
    QString stsEndpoint;   //!< overrides https://sts.<region>.myhuaweicloud.com
    AuthMode authMode = AuthMode::AkSk;
    ScopeHeader scopeHeader = ScopeHeader::DomainId;
    QString domainId;      //!< account id; resolved through IAM/STS when empty
    QString projectId;     //!< sent as X-Project-Id when scopeHeader is ProjectId
    RequestLanguage language = RequestLanguage::EnUs;
    //! Never chosen explicitly: X-Language follows the UI language (the GUI), else the terminal's.
    //! Stored as "auto"; `language` then holds the terminal's choice until a caller overrides it.
    bool languageFollowsUi = false;
    TransportOptions transport;
};

} // namespace smsc
