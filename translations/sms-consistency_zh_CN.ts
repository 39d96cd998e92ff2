<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>smsc::AutosaveController</name>
    <message>
        <source>Could not read the saved rows from %1: %2</source>
        <translation>无法从 %1 读取已保存的行：%2</translation>
    </message>
    <message>
        <source>The saved rows in %1 are damaged and were not loaded.</source>
        <translation>%1 中保存的行已损坏，未加载。</translation>
    </message>
    <message>
        <source>Could not save the rows to %1: %2</source>
        <translation>无法将行保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>smsc::CredentialChecks</name>
    <message>
        <source>access key (AK)</source>
        <translation>访问密钥 (AK)</translation>
    </message>
    <message>
        <source>secret key (SK)</source>
        <translation>秘密访问密钥 (SK)</translation>
    </message>
    <message>
        <source>security token</source>
        <translation>安全令牌 (security token)</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM 令牌</translation>
    </message>
    <message>
        <source>The %1 contains a line break at character %2. Copy the key again as a single line.</source>
        <translation>%1 在第 %2 个字符处包含换行符。请重新复制密钥，使其保持为一行。</translation>
    </message>
    <message>
        <source>The %1 contains a space or tab at character %2. Keys never contain spaces: copy the key again without it.</source>
        <translation>%1 在第 %2 个字符处包含空格或制表符。密钥中不会有空格：请重新复制不含空格的密钥。</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>请输入访问密钥 (AK)。</translation>
    </message>
    <message>
        <source>This access key starts with &quot;LTAI&quot;, which is how Alibaba Cloud keys start. Create an access key in the Huawei Cloud console (My Credentials &gt; Access Keys).</source>
        <translation>此访问密钥以“LTAI”开头，这是阿里云密钥的格式。请在华为云控制台（我的凭证 &gt; 访问密钥）中创建访问密钥。</translation>
    </message>
    <message>
        <source>This access key starts with &quot;%1&quot;, which is how Amazon Web Services (AWS) keys start. Create an access key in the Huawei Cloud console (My Credentials &gt; Access Keys).</source>
        <translation>此访问密钥以“%1”开头，这是亚马逊云科技 (AWS) 密钥的格式。请在华为云控制台（我的凭证 &gt; 访问密钥）中创建访问密钥。</translation>
    </message>
    <message>
        <source>This access key starts with &quot;AKID&quot;, which is how Tencent Cloud keys start. Create an access key in the Huawei Cloud console (My Credentials &gt; Access Keys).</source>
        <translation>此访问密钥以“AKID”开头，这是腾讯云密钥的格式。请在华为云控制台（我的凭证 &gt; 访问密钥）中创建访问密钥。</translation>
    </message>
    <message>
        <source>This looks like a secret key (SK), not an access key: it has %1 characters and an access key has %2 upper-case letters and digits. Check that the AK and SK fields are not swapped.</source>
        <translation>这看起来是秘密访问密钥 (SK)，而不是访问密钥：它有 %1 个字符，而访问密钥由 %2 个大写字母和数字组成。请检查 AK 和 SK 两栏是否填反了。</translation>
    </message>
    <message>
        <source>An access key (AK) has exactly %1 upper-case letters and digits; this one has %2 characters%3.</source>
        <translation>访问密钥 (AK) 恰好由 %1 个大写字母和数字组成；此密钥有 %2 个字符%3。</translation>
    </message>
    <message>
        <source>, including lower-case letters or symbols</source>
        <translation>，其中包含小写字母或符号</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>请输入秘密访问密钥 (SK)。</translation>
    </message>
    <message>
        <source>This looks like an access key (AK), not a secret key: it has %1 upper-case letters and digits. Check that the AK and SK fields are not swapped.</source>
        <translation>这看起来是访问密钥 (AK)，而不是秘密访问密钥：它由 %1 个大写字母和数字组成。请检查 AK 和 SK 两栏是否填反了。</translation>
    </message>
    <message>
        <source>A Huawei Cloud secret key has only letters and digits, but this one contains &quot;%1&quot;. Keys of other clouds (such as AWS) contain symbols; check where this key comes from.</source>
        <translation>华为云的秘密访问密钥只包含字母和数字，但此密钥包含“%1”。其他云（例如 AWS）的密钥会包含符号；请确认此密钥的来源。</translation>
    </message>
    <message>
        <source>A secret key (SK) has about 40 characters; this one has %1. Copy the whole key from the credentials file you downloaded.</source>
        <translation>秘密访问密钥 (SK) 约有 40 个字符；此密钥有 %1 个。请从下载的凭证文件中复制完整的密钥。</translation>
    </message>
    <message>
        <source>Enter the IAM token.</source>
        <translation>请输入 IAM 令牌。</translation>
    </message>
    <message>
        <source>Enter the security token.</source>
        <translation>请输入安全令牌。</translation>
    </message>
</context>
<context>
    <name>smsc::Credentials</name>
    <message>
        <source>the access key (AK)</source>
        <translation>访问密钥 (AK)</translation>
    </message>
    <message>
        <source>the secret key (SK)</source>
        <translation>秘密访问密钥 (SK)</translation>
    </message>
    <message>
        <source>the security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <source>the IAM token</source>
        <translation>IAM 令牌</translation>
    </message>
    <message>
        <source>Credentials incomplete: %1 missing.</source>
        <translation>凭证不完整：缺少%1。</translation>
    </message>
</context>
<context>
    <name>smsc::DownloadFile</name>
    <message>
        <source>No free file name is left in this folder.</source>
        <translation>此文件夹中已没有可用的文件名。</translation>
    </message>
    <message>
        <source>A folder of that name exists.</source>
        <translation>已存在同名文件夹。</translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation>文件未以写入方式打开。</translation>
    </message>
</context>
<context>
    <name>smsc::EndpointCatalogue</name>
    <message>
        <source>The endpoint is empty.</source>
        <translation>终端节点为空。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; has no scheme; write it as https://%1</source>
        <translation>终端节点“%1”缺少协议；请写成 https://%1</translation>
    </message>
    <message>
        <source>The endpoint must not contain a user name or password.</source>
        <translation>终端节点中不能包含用户名或密码。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL.</source>
        <translation>终端节点“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; must start with https://</source>
        <translation>终端节点“%1”必须以 https:// 开头</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; must not contain a query or fragment.</source>
        <translation>终端节点“%1”不能包含查询参数或片段。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; uses plain http, which is allowed only to this computer (127.0.0.1, ::1, localhost); use https.</source>
        <translation>终端节点“%1”使用明文 http，只允许用于本机（127.0.0.1、::1、localhost）；请使用 https。</translation>
    </message>
    <message>
        <source>No IAM endpoint is known for this endpoint: enter the account ID, or set an IAM endpoint.</source>
        <translation>此终端节点没有已知的 IAM 终端节点：请输入账号 ID，或设置 IAM 终端节点。</translation>
    </message>
    <message>
        <source>Region %1 has no built-in IAM endpoint: enter the account ID, or set an IAM endpoint.</source>
        <translation>区域 %1 没有内置的 IAM 终端节点：请输入账号 ID，或设置 IAM 终端节点。</translation>
    </message>
    <message>
        <source>No region or endpoint is set.</source>
        <translation>未设置区域或终端节点。</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;. Known regions: %2. Or give the endpoint URL instead.</source>
        <translation>未知区域“%1”。已知区域：%2。也可以直接填写终端节点 URL。</translation>
    </message>
</context>
<context>
    <name>smsc::ErrorDialog</name>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP 状态码：</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>错误码：</translation>
    </message>
    <message>
        <source>Error message:</source>
        <translation>错误信息：</translation>
    </message>
    <message>
        <source>Error parameters:</source>
        <translation>错误参数：</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>详细信息：</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>请求 ID：</translation>
    </message>
    <message>
        <source>Time (UTC):</source>
        <translation>时间 (UTC)：</translation>
    </message>
    <message>
        <source>Time (local):</source>
        <translation>时间（本地）：</translation>
    </message>
    <message>
        <source>Server time (UTC):</source>
        <translation>服务器时间 (UTC)：</translation>
    </message>
    <message>
        <source>Clock skew:</source>
        <translation>时钟偏差：</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>终端节点：</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>配置文件：</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>认证方式：</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>访问密钥：</translation>
    </message>
    <message>
        <source>Technical detail:</source>
        <translation>技术细节：</translation>
    </message>
    <message>
        <source>Gateway&apos;s canonical request:</source>
        <translation>网关的规范请求：</translation>
    </message>
    <message>
        <source>Encoded authorization message copied.</source>
        <translation>已复制编码的授权信息。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <source>Show with parameters</source>
        <translation>显示代入参数后的内容</translation>
    </message>
    <message>
        <source>Show as sent</source>
        <translation>显示原始内容</translation>
    </message>
    <message>
        <source>As sent by the service, placeholders intact</source>
        <translation>服务返回的原文，保留占位符</translation>
    </message>
    <message>
        <source>With the error parameters filled in</source>
        <translation>已代入错误参数</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Encoded authorization message (%1 characters)</source>
        <translation>编码的授权信息（%1 个字符）</translation>
    </message>
    <message>
        <source>Encoded authorization message</source>
        <translation>编码的授权信息</translation>
    </message>
    <message>
        <source>%1 characters; decode it with STS decode-authorization-message</source>
        <translation>%1 个字符；可用 STS decode-authorization-message 解码</translation>
    </message>
    <message>
        <source>Cop&amp;y encoded message</source>
        <translation>复制编码信息(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>复制摘要(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>复制为 cURL 命令(&amp;U)</translation>
    </message>
    <message>
        <source>The request as a cURL command; signature, tokens and the secret key are redacted.</source>
        <translation>以 cURL 命令形式复制请求；签名、令牌和秘密访问密钥均已隐去。</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Save every field above as text or JSON; secrets are redacted.</source>
        <translation>将以上所有字段保存为文本或 JSON；敏感信息已隐去。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>摘要已复制到剪贴板。</translation>
    </message>
    <message>
        <source>cURL command copied (signature, tokens and secret key redacted).</source>
        <translation>已复制 cURL 命令（签名、令牌和秘密访问密钥已隐去）。</translation>
    </message>
    <message>
        <source>Could not save the report to &quot;%1&quot;: %2</source>
        <translation>无法将报告保存到“%1”：%2</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <source>Text report (*.txt);;JSON report (*.json)</source>
        <translation>文本报告 (*.txt);;JSON 报告 (*.json)</translation>
    </message>
    <message>
        <source>Report saved to &quot;%1&quot;.</source>
        <translation>报告已保存到“%1”。</translation>
    </message>
</context>
<context>
    <name>smsc::ErrorHints</name>
    <message>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 hours %2 minutes</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>The service rejects requests signed more than 15 minutes away from its own clock. Set this computer&apos;s clock automatically (NTP) and check its time zone.</source>
        <translation>如果请求的签名时间与服务端时钟相差超过 15 分钟，服务会拒绝该请求。请将本机时钟设置为自动同步 (NTP)，并检查时区。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock or time zone is probably wrong. %1</source>
        <translation>本机的时钟或时区可能不正确。%1</translation>
    </message>
    <message>
        <source>Your clock matches the server&apos;s. %1</source>
        <translation>本机时钟与服务器一致。%1</translation>
    </message>
    <message>
        <source>Your clock is %1 ahead of the server.</source>
        <translation>本机时钟比服务器快 %1。</translation>
    </message>
    <message>
        <source>Your clock is %1 behind the server.</source>
        <translation>本机时钟比服务器慢 %1。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Your IAM user is not allowed to export consistency results. Ask an administrator to grant the actions sms:server:getBatchConsistencyResults and sms:server:queryServer (which it depends on), for example through a custom policy, then try again.</source>
        <translation>您的 IAM 用户无权导出一致性校验结果。请联系管理员授予 sms:server:getBatchConsistencyResults 及其依赖的 sms:server:queryServer 操作权限（例如通过自定义策略），然后重试。</translation>
    </message>
    <message>
        <source>If the endpoint uses a private certificate authority (a proxy or a private cloud), add its CA file in the connection settings. Certificate errors are never ignored.</source>
        <translation>如果终端节点使用私有证书颁发机构（代理或私有云），请在连接设置中添加其 CA 文件。证书错误永远不会被忽略。</translation>
    </message>
    <message>
        <source>The secret key does not match the access key, or the request was signed incorrectly. Check the secret key; repeated failures lock the key for 5 minutes.</source>
        <translation>秘密访问密钥与访问密钥不匹配，或请求签名有误。请检查秘密访问密钥；连续失败会使密钥被锁定 5 分钟。</translation>
    </message>
    <message>
        <source>This access key is not known here. Check the access key, and that it belongs to this cloud and site (a key of another cloud or of the other site does not work).</source>
        <translation>此处无法识别该访问密钥。请检查访问密钥，并确认它属于华为云及当前站点（其他云或另一站点的密钥无法使用）。</translation>
    </message>
    <message>
        <source>The access key is locked for 5 minutes after more than 5 failed attempts in a row. Wait 5 minutes, correct the secret key, then try once.</source>
        <translation>连续失败超过 5 次后，访问密钥会被锁定 5 分钟。请等待 5 分钟，更正秘密访问密钥后再试一次。</translation>
    </message>
    <message>
        <source>The IAM token is invalid or has expired (tokens are valid for 24 hours). Get a new token and try again.</source>
        <translation>IAM 令牌无效或已过期（令牌有效期为 24 小时）。请获取新令牌后重试。</translation>
    </message>
    <message>
        <source>IAM authentication failed. Check the access key, the secret key or the token.</source>
        <translation>IAM 认证失败。请检查访问密钥、秘密访问密钥或令牌。</translation>
    </message>
    <message>
        <source>The gateway computed a different signature. Compare its canonical request, shown in the details, line by line with the one this program signed.</source>
        <translation>网关计算出的签名不同。请将详细信息中网关的规范请求与本程序签名的规范请求逐行比较。</translation>
    </message>
    <message>
        <source>The API was not found. Check the endpoint host and region; the path or method may be wrong for this endpoint.</source>
        <translation>未找到该 API。请检查终端节点的主机和区域；对该终端节点而言，路径或方法可能有误。</translation>
    </message>
    <message>
        <source>Too many requests: the service is throttling. Wait a minute, then try again.</source>
        <translation>请求过多，服务正在限流。请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>The access key or secret key was rejected. Check both, and that the key is enabled.</source>
        <translation>访问密钥或秘密访问密钥被拒绝。请检查两者，并确认该密钥已启用。</translation>
    </message>
    <message>
        <source>The request is larger than the service accepts (10,240 bytes). Export fewer rows at a time, or shorten the source names.</source>
        <translation>请求超出了服务允许的大小（10,240 字节）。请减少每次导出的行数，或缩短源端名称。</translation>
    </message>
    <message>
        <source>The service did not see a JSON Content-Type. Something between you and the service, such as a proxy, may have changed the request.</source>
        <translation>服务未收到 JSON 类型的 Content-Type。您与服务之间的某个环节（例如代理）可能修改了请求。</translation>
    </message>
    <message>
        <source>A task or server in the list belongs to another account. Check the account id and the task and source ids.</source>
        <translation>列表中的某个任务或服务器属于其他账号。请检查账号 ID 以及任务 ID 和源端 ID。</translation>
    </message>
    <message>
        <source>No migration task is associated with one of the source servers. Check each row&apos;s task id and source id.</source>
        <translation>某个源端服务器没有关联的迁移任务。请检查每一行的任务 ID 和源端 ID。</translation>
    </message>
    <message>
        <source>The account has not completed real-name verification. Complete it in the console, then try again.</source>
        <translation>该账号尚未完成实名认证。请在控制台完成认证后重试。</translation>
    </message>
</context>
<context>
    <name>smsc::ErrorMapper</name>
    <message>
        <source>The service rejected the request as invalid (HTTP %1).</source>
        <translation>服务认为请求无效并拒绝了它 (HTTP %1)。</translation>
    </message>
    <message>
        <source>The service did not accept your credentials.</source>
        <translation>服务不接受您的凭证。</translation>
    </message>
    <message>
        <source>Permission denied: this account may not export the consistency results.</source>
        <translation>权限不足：此账号无权导出一致性校验结果。</translation>
    </message>
    <message>
        <source>The service or the requested item was not found.</source>
        <translation>未找到服务或所请求的内容。</translation>
    </message>
    <message>
        <source>The service is busy: too many requests.</source>
        <translation>服务繁忙：请求过多。</translation>
    </message>
    <message>
        <source>The service had a problem of its own (HTTP %1).</source>
        <translation>服务自身出现了问题 (HTTP %1)。</translation>
    </message>
    <message>
        <source>The connection to the service failed.</source>
        <translation>连接服务失败。</translation>
    </message>
    <message>
        <source>The secure connection could not be verified.</source>
        <translation>无法验证安全连接。</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>服务未能及时响应。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The service redirected the request; redirects are not followed.</source>
        <translation>服务重定向了请求；本程序不跟随重定向。</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>无法保存文件。</translation>
    </message>
    <message>
        <source>The credentials are incomplete or unavailable.</source>
        <translation>凭证不完整或不可用。</translation>
    </message>
    <message>
        <source>the certificate is self-signed and not trusted</source>
        <translation>证书为自签名证书，不受信任</translation>
    </message>
    <message>
        <source>the certificate was issued by an authority this computer does not trust</source>
        <translation>证书的颁发机构不受本机信任</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <source>the certificate is not valid yet (or this computer&apos;s clock is wrong)</source>
        <translation>证书尚未生效（或本机时钟有误）</translation>
    </message>
    <message>
        <source>the certificate was issued for a different host name</source>
        <translation>证书签发给了其他主机名</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>证书已被吊销</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>服务器未发送证书</translation>
    </message>
    <message>
        <source>The connection to %1 was refused. Check the endpoint and port, and that no firewall blocks it.</source>
        <translation>到 %1 的连接被拒绝。请检查终端节点和端口，并确认没有防火墙阻止连接。</translation>
    </message>
    <message>
        <source>The host name %1 could not be found. Check the endpoint and your network or DNS settings.</source>
        <translation>找不到主机名 %1。请检查终端节点以及网络或 DNS 设置。</translation>
    </message>
    <message>
        <source>The connection was closed before the whole file arrived.</source>
        <translation>文件尚未完整接收，连接就已关闭。</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 在响应之前关闭了连接。</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>到 %1 的连接超时。</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>网络不可用。</translation>
    </message>
    <message>
        <source>The proxy refused the connection.</source>
        <translation>代理拒绝了连接。</translation>
    </message>
    <message>
        <source>The proxy closed the connection unexpectedly.</source>
        <translation>代理意外关闭了连接。</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name could not be found.</source>
        <translation>找不到代理的主机名。</translation>
    </message>
    <message>
        <source>The proxy did not answer in time.</source>
        <translation>代理未能及时响应。</translation>
    </message>
    <message>
        <source>The proxy requires a user name and password, or rejected the ones given.</source>
        <translation>代理需要用户名和密码，或拒绝了所提供的用户名和密码。</translation>
    </message>
    <message>
        <source>The proxy failed to pass the request on.</source>
        <translation>代理未能转发请求。</translation>
    </message>
    <message>
        <source>The address %1 does not use a supported protocol (use https).</source>
        <translation>地址 %1 使用的协议不受支持（请使用 https）。</translation>
    </message>
    <message>
        <source>The transfer broke off before the whole file arrived.</source>
        <translation>文件尚未完整接收，传输就已中断。</translation>
    </message>
    <message>
        <source>The answer from %1 was not valid HTTP.</source>
        <translation>%1 的响应不是有效的 HTTP。</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>连接 %1 失败。</translation>
    </message>
    <message>
        <source>The service redirected the request to %1; redirects are not followed.</source>
        <translation>服务将请求重定向到 %1；本程序不跟随重定向。</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 seconds.</source>
        <translation>%1 在 %2 秒内没有响应。</translation>
    </message>
    <message>
        <source>The service stopped sending data for %1 seconds.</source>
        <translation>服务已有 %1 秒未发送数据。</translation>
    </message>
    <message>
        <source>%1 (certificate: %2)</source>
        <translation>%1（证书：%2）</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation>到 %1 的安全连接失败。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2.</source>
        <translation>无法验证到 %1 的安全连接：%2。</translation>
    </message>
    <message>
        <source>The file %1 could not be saved.</source>
        <translation>无法保存文件 %1。</translation>
    </message>
    <message>
        <source>%1 already exists and was not overwritten.</source>
        <translation>%1 已存在，未被覆盖。</translation>
    </message>
    <message>
        <source>Choose another file name or folder, or allow overwriting.</source>
        <translation>请选择其他文件名或文件夹，或允许覆盖。</translation>
    </message>
    <message>
        <source>The proxy address %1 is not valid. Use http://host:port, socks5://host:port or &quot;none&quot;.</source>
        <translation>代理地址 %1 无效。请使用 http://主机:端口、socks5://主机:端口 或“none”。</translation>
    </message>
    <message>
        <source>The CA file %1 could not be read or holds no PEM certificate.</source>
        <translation>无法读取 CA 文件 %1，或其中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The account id could not be found: both the IAM and the STS lookup failed.</source>
        <translation>无法获取账号 ID：IAM 和 STS 查询均失败。</translation>
    </message>
    <message>
        <source>IAM (/v3/auth/domains): %1
STS (/v5/caller-identity): %2</source>
        <translation>IAM (/v3/auth/domains)：%1
STS (/v5/caller-identity)：%2</translation>
    </message>
    <message>
        <source>returned no account</source>
        <translation>未返回账号</translation>
    </message>
    <message>
        <source>returned no account id</source>
        <translation>未返回账号 ID</translation>
    </message>
    <message>
        <source>Enter the account id in the profile to skip the lookup.</source>
        <translation>在配置文件中填写账号 ID 即可跳过此查询。</translation>
    </message>
</context>
<context>
    <name>smsc::ErrorReport</name>
    <message>
        <source>The export failed: the service answered with HTTP status %1.</source>
        <translation>导出失败：服务返回 HTTP 状态码 %1。</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <source>AK/SK</source>
        <translation>AK/SK</translation>
    </message>
    <message>
        <source>Temporary AK/SK with security token</source>
        <translation>临时 AK/SK 与安全令牌</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM 令牌</translation>
    </message>
    <message>
        <source>none (this computer&apos;s clock matches the server)</source>
        <translation>无（本机时钟与服务器一致）</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 s ahead of the server</source>
        <translation>本机时钟比服务器快 %1 秒</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 s behind the server</source>
        <translation>本机时钟比服务器慢 %1 秒</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态码</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>终端节点</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Error message as sent</source>
        <translation>原始错误信息</translation>
    </message>
    <message>
        <source>Error parameters</source>
        <translation>错误参数</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>时间（本地）</translation>
    </message>
    <message>
        <source>Server time (UTC)</source>
        <translation>服务器时间 (UTC)</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation>时钟偏差</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>访问密钥</translation>
    </message>
    <message>
        <source>Redirected to</source>
        <translation>重定向到</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation>技术细节</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>程序版本</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Report created (UTC)</source>
        <translation>报告生成时间 (UTC)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Encoded authorization message (length %1)</source>
        <translation>编码的授权信息（长度 %1）</translation>
    </message>
    <message>
        <source>Canonical request echoed by the gateway</source>
        <translation>网关返回的规范请求</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Canonical request</source>
        <translation>规范请求</translation>
    </message>
    <message>
        <source>String to sign</source>
        <translation>待签名字符串</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>响应正文</translation>
    </message>
    <message>
        <source>As a cURL command</source>
        <translation>cURL 命令形式</translation>
    </message>
</context>
<context>
    <name>smsc::GuiCommandLine</name>
    <message>
        <source>Export Huawei Cloud SMS consistency verification results in batches.</source>
        <translation>批量导出华为云主机迁移服务 (SMS) 的一致性校验结果。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Quit as soon as the main window is shown.</source>
        <translation>主窗口显示后立即退出。</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>用法：%1 [选项]</translation>
    </message>
</context>
<context>
    <name>smsc::MainWindow</name>
    <message>
        <source>SMS Consistency Exporter</source>
        <translation>SMS 一致性结果导出工具</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>配置文件(&amp;P)…</translation>
    </message>
    <message>
        <source>Add, edit or delete connection profiles</source>
        <translation>添加、编辑或删除连接配置文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>配置文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>The connection profile used for Export</source>
        <translation>导出时使用的连接配置文件</translation>
    </message>
    <message>
        <source>Rows to export</source>
        <translation>要导出的行</translation>
    </message>
    <message>
        <source>Rows in the table; at most %1 can be exported at once</source>
        <translation>表格中的行数；一次最多可导出 %1 行</translation>
    </message>
    <message>
        <source>An export is running.</source>
        <translation>正在导出。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1（另有 %n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 行，共 %2 行</translation>
    </message>
    <message numerus="yes">
        <source>Export the consistency results of %n row(s)</source>
        <translation>
            <numerusform>导出 %n 行的一致性校验结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to export %n row(s).</source>
        <translation>
            <numerusform>可以导出 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export is disabled: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <source>No profile yet: add one under Profiles…</source>
        <translation>还没有配置文件：请在“配置文件…”中添加</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>更多菜单</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>更多工具</translation>
    </message>
</context>
<context>
    <name>smsc::ProfileSecrets</name>
    <message>
        <source>access key (AK)</source>
        <translation>访问密钥 (AK)</translation>
    </message>
    <message>
        <source>secret key (SK)</source>
        <translation>秘密访问密钥 (SK)</translation>
    </message>
    <message>
        <source>security token</source>
        <translation>安全令牌 (security token)</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM 令牌</translation>
    </message>
    <message>
        <source>Nothing was saved for profile “%1”: %2</source>
        <translation>配置文件“%1”未保存任何内容：%2</translation>
    </message>
    <message>
        <source>Profile “%1” has no %2 stored in the keychain.</source>
        <translation>配置文件“%1”在密钥环中没有保存%2。</translation>
    </message>
    <message>
        <source>The %1 of profile “%2” could not be accessed. %3</source>
        <translation>无法访问配置文件“%2”的%1。%3</translation>
    </message>
</context>
<context>
    <name>smsc::ProfileStore</name>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>无法写入设置文件 %1。</translation>
    </message>
    <message>
        <source>The proxy URL contains a password; it cannot be stored in the settings file.</source>
        <translation>代理 URL 中包含密码，不能保存在设置文件中。</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>没有名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>名为“%1”的配置文件已存在。</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>配置文件需要名称。</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with spaces.</source>
        <translation>配置文件名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>A profile name can have at most 64 characters.</source>
        <translation>配置文件名称最多 64 个字符。</translation>
    </message>
    <message>
        <source>A profile name cannot contain “/”, “\” or control characters.</source>
        <translation>配置文件名称不能包含“/”、“\”或控制字符。</translation>
    </message>
</context>
<context>
    <name>smsc::RowActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;lear cells</source>
        <translation>清空单元格(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Insert row</source>
        <translation>插入行(&amp;I)</translation>
    </message>
    <message>
        <source>D&amp;uplicate rows</source>
        <translation>复制行(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>删除行(&amp;D)</translation>
    </message>
    <message>
        <source>Remove du&amp;plicates</source>
        <translation>删除重复行(&amp;P)</translation>
    </message>
    <message>
        <source>Clear &amp;all</source>
        <translation>全部清空(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import CSV/TSV…</source>
        <translation>导入 CSV/TSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Export rows as &amp;CSV…</source>
        <translation>将行导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Add an empty row at the end</source>
        <translation>在末尾添加一个空行</translation>
    </message>
    <message>
        <source>Remove rows that exactly repeat an earlier row</source>
        <translation>删除与前面某行完全相同的行</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>清空单元格</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清空</translation>
    </message>
    <message>
        <source>Remove duplicates</source>
        <translation>删除重复行</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n duplicate row(s).</source>
        <translation>
            <numerusform>已删除 %n 个重复行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Cannot paste</source>
        <translation>无法粘贴</translation>
    </message>
    <message>
        <source>Cannot import rows</source>
        <translation>无法导入行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 读取 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import rows</source>
        <translation>导入行</translation>
    </message>
    <message>
        <source>Rows files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>行文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export rows as CSV</source>
        <translation>将行导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot export rows</source>
        <translation>无法导出行</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行保存到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out: the table holds at most %1 rows.</source>
        <translation>
            <numerusform>有 %n 行未添加：表格最多容纳 %1 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row limit reached</source>
        <translation>已达到行数上限</translation>
    </message>
</context>
<context>
    <name>smsc::RowItemDelegate</name>
    <message>
        <source>Edit cell</source>
        <translation>编辑单元格</translation>
    </message>
</context>
<context>
    <name>smsc::RowTableModel</name>
    <message>
        <source>Task ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation>源端 ID</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>源端名称</translation>
    </message>
    <message>
        <source>task_id: required, at most %1 characters</source>
        <translation>task_id：必填，最多 %1 个字符</translation>
    </message>
    <message>
        <source>source_id: optional, at most %1 characters</source>
        <translation>source_id：可选，最多 %1 个字符</translation>
    </message>
    <message>
        <source>source_name: optional, at most %1 characters</source>
        <translation>source_name：可选，最多 %1 个字符</translation>
    </message>
</context>
<context>
    <name>smsc::RowValidator</name>
    <message>
        <source>There is nothing to export: add at least one row with a task_id.</source>
        <translation>没有可导出的内容：请至少添加一行带 task_id 的数据。</translation>
    </message>
    <message>
        <source>Row %1: too many rows; one request may contain at most %2 rows.</source>
        <translation>第 %1 行：行数过多；一次请求最多包含 %2 行。</translation>
    </message>
    <message>
        <source>Row %1, %2: required, but empty.</source>
        <translation>第 %1 行，%2：必填，但为空。</translation>
    </message>
    <message>
        <source>Row %1, %2: %3 characters, at most %4 allowed.</source>
        <translation>第 %1 行，%2：%3 个字符，最多允许 %4 个。</translation>
    </message>
    <message>
        <source>Row %1: the same task_id, source_id and source_name as row %2.</source>
        <translation>第 %1 行：task_id、source_id 和 source_name 与第 %2 行完全相同。</translation>
    </message>
</context>
<context>
    <name>smsc::RowsFile</name>
    <message>
        <source>Line %1: unexpected text after a closing quote.</source>
        <translation>第 %1 行：右引号后有多余的文本。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>第 %1 行：带引号的字段没有闭合。</translation>
    </message>
    <message>
        <source>Line %1: the header row has no task_id column (expected task_id, source_id, source_name).</source>
        <translation>第 %1 行：标题行中没有 task_id 列（应为 task_id、source_id、source_name）。</translation>
    </message>
    <message>
        <source>Line %1: %2 fields, but the header row has %3.</source>
        <translation>第 %1 行：有 %2 个字段，但标题行有 %3 个。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB, too large for a rows file.</source>
        <translation>%1 大于 16 MiB，作为行文件过大。</translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8 text.</source>
        <translation>第 %1 行：文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The rows file is empty; it needs a header row naming task_id, source_id and source_name.</source>
        <translation>行文件为空；它需要一个包含 task_id、source_id 和 source_name 的标题行。</translation>
    </message>
    <message>
        <source>Line %1: %2 columns; without a header row, paste only task_id, source_id and source_name, in that order.</source>
        <translation>第 %1 行：有 %2 列；没有标题行时，只能按顺序粘贴 task_id、source_id 和 source_name 三列。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>smsc::StoreResult</name>
    <message>
        <source>The keychain holds no such entry.</source>
        <translation>密钥环中没有此条目。</translation>
    </message>
    <message>
        <source>The OS keychain (secure storage) is unavailable.</source>
        <translation>系统密钥环（安全存储）不可用。</translation>
    </message>
    <message>
        <source>The OS keychain (secure storage) is unavailable: %1</source>
        <translation>系统密钥环（安全存储）不可用：%1</translation>
    </message>
    <message>
        <source>The OS keychain did not answer in time (it may be locked and waiting for a password prompt).</source>
        <translation>系统密钥环未能及时响应（它可能已锁定，正在等待输入密码）。</translation>
    </message>
</context>
<context>
    <name>smsc::WidgetPrompts</name>
    <message>
        <source>File exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists in this folder. Replace it, or keep both files?</source>
        <translation>此文件夹中已存在“%1”。要替换它，还是保留两个文件？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>全部保留(&amp;K)</translation>
    </message>
</context>
</TS>
