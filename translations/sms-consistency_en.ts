<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>%1 hours %2 minutes</source>
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
        <source>No answer from %1 within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service stopped sending data for %1 seconds.</source>
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
