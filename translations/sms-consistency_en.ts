<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>smsc::AccountIdResolver</name>
    <message>
        <source>The account id could not be looked up: no IAM or STS endpoint is known for this region. Enter the account id in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::AccountListParser</name>
    <message>
        <source>The service answered with something that is not a list (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s answer has no &quot;%1&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::AccountLister</name>
    <message>
        <source>Listing migration tasks needs the IAM action sms:server:listTask. Ask an administrator to grant it, or type the task ids by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing source servers needs the IAM action sms:server:list. Ask an administrator to grant it, or type the rows by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::AutosaveController</name>
    <message>
        <source>Could not read the saved rows from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved rows in %1 are damaged and were not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the rows to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::CanonicalRequestDiff</name>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canonical URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canonical query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canonical header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both canonical requests are identical, so the signature itself differs: the secret key does not belong to this access key, or the X-Sdk-Date sent differs from the one signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP method differs: the request was sent with another method than the one signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path differs only in its trailing slash: the canonical URI must end with &apos;/&apos; while the path sent keeps none (or a proxy added or removed one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is the same but encoded differently: each path segment must be percent-encoded exactly once, with upper-case hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway received a different path: a proxy or a custom endpoint with a path prefix may rewrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query string holds the same parameters encoded differently: spaces must be sent as %20 (never &apos;+&apos;), &apos;+&apos; as %2B, and non-ASCII as UTF-8 percent-encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway received different query parameters than the ones signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; differs in letter case: signed header names must be lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the header &quot;%1&quot; differs: it was changed on the way (by a proxy or the HTTP stack) or not trimmed before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; was signed but the gateway did not receive it: it was dropped on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway signed the header &quot;%1&quot;, which is not in our canonical request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of signed headers differs: it must be the lower-case names, sorted, joined by &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body hash differs: the body the gateway received is not byte for byte the one signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canonical requests differ, but not in a way this app recognises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical request: ours compared with the gateway&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; %1  ours:    %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       gateway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First difference: line %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our string to sign:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::ClockSkew</name>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s (%3 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the server&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the server&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Requests signed more than 15 minutes off are rejected; set the clock automatically (NTP) and check the time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was rejected because of the clock. Retry once, signing with a time %1 later than this computer&apos;s clock?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was rejected because of the clock. Retry once, signing with a time %1 earlier than this computer&apos;s clock?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::CredentialChecks</name>
    <message>
        <source>access key (AK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret key (SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains a line break at character %2. Copy the key again as a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains a space or tab at character %2. Keys never contain spaces: copy the key again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access key starts with &quot;LTAI&quot;, which is how Alibaba Cloud keys start. Create an access key in the Huawei Cloud console (My Credentials &gt; Access Keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access key starts with &quot;%1&quot;, which is how Amazon Web Services (AWS) keys start. Create an access key in the Huawei Cloud console (My Credentials &gt; Access Keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access key starts with &quot;AKID&quot;, which is how Tencent Cloud keys start. Create an access key in the Huawei Cloud console (My Credentials &gt; Access Keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a secret key (SK), not an access key: it has %1 characters and an access key has %2 upper-case letters and digits. Check that the AK and SK fields are not swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access key (AK) has exactly %1 upper-case letters and digits; this one has %2 characters%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, including lower-case letters or symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like an access key (AK), not a secret key: it has %1 upper-case letters and digits. Check that the AK and SK fields are not swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Huawei Cloud secret key has only letters and digits, but this one contains &quot;%1&quot;. Keys of other clouds (such as AWS) contain symbols; check where this key comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret key (SK) has about 40 characters; this one has %1. Copy the whole key from the credentials file you downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IAM token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the security token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::Credentials</name>
    <message>
        <source>the access key (AK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key (SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IAM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials incomplete: %1 missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::DownloadFile</name>
    <message>
        <source>No free file name is left in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of that name exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::EndpointCatalogue</name>
    <message>
        <source>The endpoint is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; has no scheme; write it as https://%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; must not contain a query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; uses plain http, which is allowed only to this computer (127.0.0.1, ::1, localhost); use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IAM endpoint is known for this endpoint: enter the account ID, or set an IAM endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1 has no built-in IAM endpoint: enter the account ID, or set an IAM endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region or endpoint is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;. Known regions: %2. Or give the endpoint URL instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::ErrorDialog</name>
    <message>
        <source>HTTP status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server time (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock skew:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway&apos;s canonical request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoded authorization message copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show with parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As sent by the service, placeholders intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the error parameters filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoded authorization message (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoded authorization message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters; decode it with STS decode-authorization-message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y encoded message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request as a cURL command; signature, tokens and the secret key are redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every field above as text or JSON; secrets are redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cURL command copied (signature, tokens and secret key redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text report (*.txt);;JSON report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::ErrorHints</name>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service rejects requests signed more than 15 minutes away from its own clock. Set this computer&apos;s clock automatically (NTP) and check its time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock or time zone is probably wrong. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clock matches the server&apos;s. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clock is %1 ahead of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clock is %1 behind the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IAM user is not allowed to export consistency results. Ask an administrator to grant the actions sms:server:getBatchConsistencyResults and sms:server:queryServer (which it depends on), for example through a custom policy, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the endpoint uses a private certificate authority (a proxy or a private cloud), add its CA file in the connection settings. Certificate errors are never ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key does not match the access key, or the request was signed incorrectly. Check the secret key; repeated failures lock the key for 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access key is not known here. Check the access key, and that it belongs to this cloud and site (a key of another cloud or of the other site does not work).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key is locked for 5 minutes after more than 5 failed attempts in a row. Wait 5 minutes, correct the secret key, then try once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM token is invalid or has expired (tokens are valid for 24 hours). Get a new token and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM authentication failed. Check the access key, the secret key or the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway computed a different signature. Compare its canonical request, shown in the details, line by line with the one this program signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API was not found. Check the endpoint host and region; the path or method may be wrong for this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: the service is throttling. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key or secret key was rejected. Check both, and that the key is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is larger than the service accepts (10,240 bytes). Export fewer rows at a time, or shorten the source names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not see a JSON Content-Type. Something between you and the service, such as a proxy, may have changed the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task or server in the list belongs to another account. Check the account id and the task and source ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No migration task is associated with one of the source servers. Check each row&apos;s task id and source id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has not completed real-name verification. Complete it in the console, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::ErrorMapper</name>
    <message>
        <source>The service rejected the request as invalid (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not accept your credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: this account may not export the consistency results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service or the requested item was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is busy: too many requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had a problem of its own (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the service failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service redirected the request; redirects are not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are incomplete or unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is self-signed and not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate was issued by an authority this computer does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not valid yet (or this computer&apos;s clock is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate was issued for a different host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was refused. Check the endpoint and port, and that no firewall blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 could not be found. Check the endpoint and your network or DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before the whole file arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy closed the connection unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s host name could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy requires a user name and password, or rejected the ones given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed to pass the request on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 does not use a supported protocol (use https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer broke off before the whole file arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was not valid HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service redirected the request to %1; redirects are not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (certificate: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file name or folder, or allow overwriting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy address %1 is not valid. Use http://host:port, socks5://host:port or &quot;none&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 could not be read or holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id could not be found: both the IAM and the STS lookup failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM (/v3/auth/domains): %1
STS (/v5/caller-identity): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned no account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned no account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account id in the profile to skip the lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused the connection. Check the proxy address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service stopped sending data for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::ErrorReport</name>
    <message>
        <source>The export failed: the service answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AK/SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary AK/SK with security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (this computer&apos;s clock matches the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 s ahead of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 s behind the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoded authorization message (length %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical request echoed by the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a cURL command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::ExportHistory</name>
    <message>
        <source>The export history %1 is too large to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export history %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export history %1 is damaged (%2); it starts again empty with the next export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export history %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::ExportJob</name>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows have %1 problems; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::GuiCommandLine</name>
    <message>
        <source>Export Huawei Cloud SMS consistency verification results in batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit as soon as the main window is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::MainWindow</name>
    <message>
        <source>SMS Consistency Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or delete connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection profile used for Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in the table; at most %1 can be exported at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (and %n more problem)</numerusform>
            <numerusform>%1 (and %n more problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export the consistency results of %n row(s)</source>
        <translation>
            <numerusform>Export the consistency results of %n row</numerusform>
            <numerusform>Export the consistency results of %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to export %n row(s).</source>
        <translation>
            <numerusform>Ready to export %n row.</numerusform>
            <numerusform>Ready to export %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export is disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile yet: add one under Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::ProfileChecks</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region, or enter a custom endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account ID is 32 characters, digits and letters a-f (My Credentials &gt; API Credentials &gt; Account ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the project ID to send in X-Project-Id, or send X-Domain-Id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project ID is 32 characters, digits and letters a-f (My Credentials &gt; API Credentials &gt; Projects).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connect timeout must be between 1 and 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer timeout must be between 1 and 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the proxy as http://host:port (or &quot;none&quot; for a direct connection; leave empty for the system proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy URL contains a password, which would be stored in plain text; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::ProfileDialog</name>
    <message>
        <source>Reading the keys of &quot;%1&quot; from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys are stored for this profile yet: enter them and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is unavailable, so the keys cannot be shown or saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile: fill in the form and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of the profile: change what differs and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new name, then save. The keys move with the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and remove its keys from the system keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted, but its keys could not be removed from the system keychain. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved. No keys were entered, so none are stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the keys to the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the settings (region, endpoints, account, network) were saved, but the keys were NOT saved, because the system keychain is unavailable.
%2
Keys are stored only in the system keychain, never anywhere else: make the keychain available, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; the keys are in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting the account ID is not available here; enter it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking IAM for the account ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account ID could not be detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID detected. Save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::ProfileEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IAM endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;TS endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key (AK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret key (SK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security t&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM t&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope &amp;header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials (stored in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AK/SK (permanent access key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary AK/SK + security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (en-us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (zh-cn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://sms.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to detect the account ID, e.g. https://iam.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: overrides https://sts.&lt;region&gt;.myhuaweicloud.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 characters; leave empty to detect it on export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: system proxy; &quot;none&quot;: direct; or http://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: extra PEM bundle to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IAM for the account ID with the keys above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;transient errors (throttling, 5xx, connection drops; never 401/403)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::ProfileSecrets</name>
    <message>
        <source>access key (AK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret key (SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved for profile “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has no %2 stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of profile “%2” could not be accessed. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::ProfileStore</name>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy URL contains a password; it cannot be stored in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name can have at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot contain “/”, “\” or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::RowActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove du&amp;plicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV/TSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rows as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an empty row at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rows that exactly repeat an earlier row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n duplicate row(s).</source>
        <translation>
            <numerusform>Removed %n duplicate row.</numerusform>
            <numerusform>Removed %n duplicate rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) from %1.</source>
        <translation>
            <numerusform>Read %n row from %1.</numerusform>
            <numerusform>Read %n rows from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rows as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Saved %n row to %1.</numerusform>
            <numerusform>Saved %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out: the table holds at most %1 rows.</source>
        <translation>
            <numerusform>%n row left out: the table holds at most %1 rows.</numerusform>
            <numerusform>%n rows left out: the table holds at most %1 rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::RowItemDelegate</name>
    <message>
        <source>Edit cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::RowTableModel</name>
    <message>
        <source>Task ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task_id: required, at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source_id: optional, at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source_name: optional, at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::RowValidator</name>
    <message>
        <source>There is nothing to export: add at least one row with a task_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: too many rows; one request may contain at most %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: required, but empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3 characters, at most %4 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the same task_id, source_id and source_name as row %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::RowsFile</name>
    <message>
        <source>Line %1: unexpected text after a closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the header row has no task_id column (expected task_id, source_id, source_name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 fields, but the header row has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB, too large for a rows file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows file is empty; it needs a header row naming task_id, source_id and source_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 columns; without a header row, paste only task_id, source_id and source_name, in that order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::SecretLineEdit</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in clear text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked; use Show in the context menu to reveal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two keys of one action</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::StoreResult</name>
    <message>
        <source>The keychain holds no such entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain (secure storage) is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain (secure storage) is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain did not answer in time (it may be locked and waiting for a password prompt).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::StsClient</name>
    <message>
        <source>STS refused to decode the message: your user needs the STS decode-authorization-message permission (the refusal names the action %1). Ask an administrator to grant it, or ask them to decode the message for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS refused to decode the message: your user needs the STS decode-authorization-message permission. Ask an administrator to grant it, or ask them to decode the message for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS refused to say who these credentials belong to: your user needs the STS caller-identity permission (the refusal names the action %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS refused to say who these credentials belong to: your user needs the STS caller-identity permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No STS endpoint is known for this profile: enter one in the profile&apos;s STS endpoint field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::StsParser</name>
    <message>
        <source>The encoded authorization message is empty: paste the encoded_authorization_message of a 403 answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoded authorization message has %1 characters; STS decodes at most %2. It was probably cut or joined with other text: copy it again from the 403 answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS answered without a decoded message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS returned a decoded message this app cannot read; it is shown as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS caller-identity answered without an account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: denied by an explicit Deny statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: denied (no policy allows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching statement: %1 in policy %2 (%3, effect %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: no statement matched, so the request was denied by default. A policy granting the action is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::SupportBundle</name>
    <message>
        <source>The support bundle %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::WhoAmIReport</name>
    <message>
        <source>Export consistency results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode a denial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the STS decode-authorization-message permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (domain) id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal URN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope header: none sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope header: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock: the answer carried no usable Date header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock: within %1 of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM actions this app needs (not checked; a denial names the missing one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [ ] %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smsc::WidgetPrompts</name>
    <message>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists in this folder. Replace it, or keep both files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
