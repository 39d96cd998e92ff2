<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>smsc::AboutDialog</name>
    <message>
        <source>About SMS Consistency Exporter</source>
        <translation>关于 SMS 一致性校验结果导出</translation>
    </message>
    <message>
        <source>SMS Consistency Exporter</source>
        <translation>SMS 一致性校验结果导出</translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2</source>
        <translation>版本 %1，使用 Qt %2 构建</translation>
    </message>
    <message>
        <source>Free software, licensed under the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty.</source>
        <translation>自由软件，依据 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本（%1）授权。本软件不提供任何担保。</translation>
    </message>
    <message>
        <source>Home page: %1</source>
        <translation>主页：%1</translation>
    </message>
</context>
<context>
    <name>smsc::AccountIdResolver</name>
    <message>
        <source>The account id could not be looked up: no IAM endpoint is set. %1</source>
        <translation>无法查询账号 ID：未设置 IAM 终端节点。%1</translation>
    </message>
    <message>
        <source>IAM returned no account for these keys. %1</source>
        <translation>IAM 未返回这些密钥所属的账号。%1</translation>
    </message>
</context>
<context>
    <name>smsc::AccountIdStep</name>
    <message>
        <source>no endpoint (see Configuration)</source>
        <translation>没有端点（见“配置”）</translation>
    </message>
    <message>
        <source>neither IAM nor STS was reached (see Connection and TLS)</source>
        <translation>IAM 和 STS 均未连通（见“连接”和“TLS”）</translation>
    </message>
    <message>
        <source>key rejected (%1)</source>
        <translation>密钥被拒绝（%1）</translation>
    </message>
    <message>
        <source>could not be resolved: %1</source>
        <translation>无法解析：%1</translation>
    </message>
    <message>
        <source>%1 configured, could not be confirmed</source>
        <translation>已配置 %1，但无法确认</translation>
    </message>
    <message>
        <source>Enter the account id in the profile (My Credentials in the console shows it), or allow the user to read it (IAM, or STS caller-identity).</source>
        <translation>在配置中填写账号 ID（控制台“我的凭证”中可以看到），或允许该用户读取它（IAM，或 STS caller-identity）。</translation>
    </message>
    <message>
        <source>IAM</source>
        <translation>IAM</translation>
    </message>
    <message>
        <source>STS</source>
        <translation>STS</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Resolved through %1: %2</source>
        <translation>通过 %1 解析：%2</translation>
    </message>
    <message>
        <source>%1 (none configured: resolved through %2)</source>
        <translation>%1（未配置：通过 %2 解析）</translation>
    </message>
    <message>
        <source>%1, as configured</source>
        <translation>%1，与配置一致</translation>
    </message>
    <message>
        <source>configured %1, but the keys belong to %2</source>
        <translation>配置的是 %1，但密钥属于 %2</translation>
    </message>
    <message>
        <source>Correct the account id in the profile (or --domain-id) to %1, or leave it empty so that it is resolved.</source>
        <translation>将配置（或 --domain-id）中的账号 ID 改为 %1，或留空以自动解析。</translation>
    </message>
</context>
<context>
    <name>smsc::AccountListPage</name>
    <message>
        <source>&amp;Name contains:</source>
        <translation>名称包含(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;IP address contains:</source>
        <translation>IP 地址包含(&amp;I)：</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Only servers with consistency &amp;results</source>
        <translation>仅显示有一致性校验结果的服务器(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Load servers</source>
        <translation>加载服务器(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Load tasks</source>
        <translation>加载任务(&amp;L)</translation>
    </message>
    <message>
        <source>Searc&amp;h the loaded list:</source>
        <translation>在已加载列表中搜索(&amp;H)：</translation>
    </message>
    <message>
        <source>Name, ID, IP or state</source>
        <translation>名称、ID、IP 或状态</translation>
    </message>
    <message>
        <source>Source servers</source>
        <translation>源端服务器</translation>
    </message>
    <message>
        <source>Migration tasks</source>
        <translation>迁移任务</translation>
    </message>
    <message>
        <source>&amp;Uncheck all</source>
        <translation>全部取消勾选(&amp;U)</translation>
    </message>
    <message>
        <source>Chec&amp;k all shown</source>
        <translation>勾选所有显示项(&amp;K)</translation>
    </message>
</context>
<context>
    <name>smsc::AccountListParser</name>
    <message>
        <source>The service answered with something that is not a list (%1).</source>
        <translation>服务返回的内容不是列表（%1）。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>The service&apos;s answer has no &quot;%1&quot; list.</source>
        <translation>服务的响应中没有“%1”列表。</translation>
    </message>
</context>
<context>
    <name>smsc::AccountLister</name>
    <message>
        <source>Listing migration tasks needs the IAM action sms:server:listTask. Ask an administrator to grant it, or type the task ids by hand.</source>
        <translation>列出迁移任务需要 IAM 操作权限 sms:server:listTask。请联系管理员授予，或手动输入任务 ID。</translation>
    </message>
    <message>
        <source>Listing source servers needs the IAM action sms:server:list. Ask an administrator to grant it, or type the rows by hand.</source>
        <translation>列出源端服务器需要 IAM 操作权限 sms:server:list。请联系管理员授予，或手动输入各行。</translation>
    </message>
</context>
<context>
    <name>smsc::AccountPickerDialog</name>
    <message>
        <source>Loading source servers…</source>
        <translation>正在加载源端服务器…</translation>
    </message>
    <message>
        <source>Loading migration tasks…</source>
        <translation>正在加载迁移任务…</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>已加载 %1 / %2</translation>
    </message>
    <message>
        <source>Loading cancelled: %1 of %2 items were loaded.</source>
        <translation>加载已取消：已加载 %2 项中的 %1 项。</translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>加载失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n source server(s) loaded.</source>
        <translation>
            <numerusform>已加载 %n 台源端服务器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n migration task(s) loaded.</source>
        <translation>
            <numerusform>已加载 %n 个迁移任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The service stops listing at offset %2: narrow the filters to see the rest.</source>
        <translation>%1 服务在偏移量 %2 处停止列出：请缩小筛选范围以查看其余项。</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>已加载 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added.</source>
        <translation>
            <numerusform>已添加 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n row(s)</source>
        <translation>
            <numerusform>添加 %n 行(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Add from account</source>
        <translation>从账号添加</translation>
    </message>
    <message>
        <source>&amp;Source servers</source>
        <translation>源端服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Migration tasks</source>
        <translation>迁移任务(&amp;M)</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>加载进度</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>取消加载(&amp;C)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>smsc::AccountPickerModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Already in the table.</source>
        <translation>已在表格中。</translation>
    </message>
    <message>
        <source>This server has no migration task, so it has no consistency results to export.</source>
        <translation>此服务器没有迁移任务，因此没有可导出的一致性校验结果。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Has results</source>
        <translation>有结果</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Source server</source>
        <translation>源端服务器</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>源端 IP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>The table holds at most %1 rows: %2 of the %3 checked items were added and %4 were left out. Export these first, then add the rest.</source>
        <translation>表格最多容纳 %1 行：在勾选的 %3 项中已添加 %2 项，另有 %4 项未添加。请先导出这些行，再添加其余部分。</translation>
    </message>
</context>
<context>
    <name>smsc::AccountWorkflows</name>
    <message>
        <source>No profile yet</source>
        <translation>还没有配置文件</translation>
    </message>
    <message>
        <source>This needs a profile with the keys of your account, and there is none yet. Create one now?</source>
        <translation>此操作需要一个包含您账号密钥的配置文件，但目前还没有。现在创建一个吗？</translation>
    </message>
    <message>
        <source>&amp;Create profile…</source>
        <translation>创建配置文件(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>smsc::AppController</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1（%2：%3）</translation>
    </message>
    <message>
        <source>Cannot export rows</source>
        <translation>无法导出行</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1 for the batch export.</source>
        <translation>
            <numerusform>已将 %n 行保存到 %1，用于批量导出。</numerusform>
        </translation>
    </message>
</context>
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
    <name>smsc::BatchController</name>
    <message>
        <source>Choose the rows file to export.</source>
        <translation>请选择要导出的行文件。</translation>
    </message>
    <message>
        <source>No profile is selected: choose one in the main window.</source>
        <translation>未选择配置文件：请在主窗口中选择一个。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no keys stored yet: open Profiles, enter its keys and save.</source>
        <translation>配置文件“%1”尚未存储密钥：请打开“配置文件”，输入其密钥并保存。</translation>
    </message>
    <message>
        <source>The keys of profile &quot;%1&quot; could not be read: the system keychain is unavailable (%2).</source>
        <translation>无法读取配置文件“%1”的密钥：系统密钥环不可用（%2）。</translation>
    </message>
</context>
<context>
    <name>smsc::BatchExportWindow</name>
    <message>
        <source>Sending the batches into %1…</source>
        <translation>正在将批次发送到 %1…</translation>
    </message>
    <message>
        <source>Batch export</source>
        <translation>批量导出</translation>
    </message>
    <message>
        <source>&amp;Rows file:</source>
        <translation>行文件(&amp;R)：</translation>
    </message>
    <message>
        <source>A CSV or TSV file with task_id, source_id and source_name, any number of rows</source>
        <translation>包含 task_id、source_id 和 source_name 的 CSV 或 TSV 文件，行数不限</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Each run makes a new folder sms-export-YYYYMMDD-HHMMSS here, with one file per batch and manifest.json</source>
        <translation>每次运行都会在此创建新文件夹 sms-export-YYYYMMDD-HHMMSS，其中每个批次一个文件，另有 manifest.json</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation>批大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>Rows per request, 1 to %1</source>
        <translation>每个请求的行数，1 到 %1</translation>
    </message>
    <message>
        <source>&amp;Parallel requests:</source>
        <translation>并行请求数(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;tries:</source>
        <translation>重试次数(&amp;T)：</translation>
    </message>
    <message>
        <source>Repeats of a batch after 429, 5xx or a network error; never after 401 or 403</source>
        <translation>批次遇到 429、5xx 或网络错误后的重试次数；401 或 403 之后从不重试</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>继续运行(&amp;U)…</translation>
    </message>
    <message>
        <source>Continue an earlier run from its manifest.json: only the batches not saved are sent</source>
        <translation>根据 manifest.json 继续之前的运行：只发送未保存的批次</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>详细信息(&amp;D)…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>尚未运行。</translation>
    </message>
    <message>
        <source>Every batch of this run is saved, in %1.</source>
        <translation>此运行的所有批次均已保存，位于 %1。</translation>
    </message>
    <message>
        <source>%1 of %2 batches of this run are not saved. Resume… with its manifest.json sends only those.</source>
        <translation>此运行的 %2 个批次中有 %1 个未保存。用其 manifest.json “继续运行…”只会发送这些批次。</translation>
    </message>
    <message>
        <source>Choose the rows file</source>
        <translation>选择行文件</translation>
    </message>
    <message>
        <source>Rows files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>行文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Where should the run folders be created?</source>
        <translation>要在哪里创建运行文件夹？</translation>
    </message>
    <message>
        <source>Resume a run: choose its manifest.json</source>
        <translation>继续运行：选择其 manifest.json</translation>
    </message>
    <message>
        <source>Run manifests (manifest.json);;JSON files (*.json)</source>
        <translation>运行清单 (manifest.json);;JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>No application on this desktop opens folders. The run folder is %1.</source>
        <translation>此桌面上没有能打开文件夹的应用程序。运行文件夹为 %1。</translation>
    </message>
    <message>
        <source>Batches: %1 of %2 done. Rows saved: %3 of %4. Received: %5.</source>
        <translation>批次：已完成 %1/%2。已保存行：%3/%4。已接收：%5。</translation>
    </message>
    <message>
        <source>The run stopped: the service refused batch %1 (HTTP %2), so nothing more was sent; a key is locked after repeated refusals. %3 batch(es) are pending. Fix the profile&apos;s keys or its IAM permission (the error window says which), then use Resume… with this run&apos;s manifest.json.</source>
        <translation>运行已停止：服务拒绝了批次 %1（HTTP %2），因此不再发送任何内容；多次被拒后密钥会被锁定。%3 个批次待发送。请修正配置文件的密钥或其 IAM 权限（错误窗口会说明是哪一项），然后用此运行的 manifest.json “继续运行…”。</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 batches saved, %3 pending, nothing half-written kept. Resume… sends the rest.</source>
        <translation>已取消：%2 个批次中已保存 %1 个，%3 个待发送，未保留写了一半的文件。“继续运行…”会发送其余批次。</translation>
    </message>
    <message>
        <source>All %1 batches saved (%2 rows, %3) in %4.</source>
        <translation>全部 %1 个批次已保存（%2 行，%3），位于 %4。</translation>
    </message>
    <message>
        <source>%1 of %2 batches saved, %3 failed, %4 pending. Details… shows why a batch failed; Resume… sends the batches not saved.</source>
        <translation>%2 个批次中已保存 %1 个，失败 %3 个，待发送 %4 个。“详细信息…”显示批次失败的原因；“继续运行…”会发送未保存的批次。</translation>
    </message>
    <message>
        <source>Stop the batch export?</source>
        <translation>停止批量导出？</translation>
    </message>
    <message>
        <source>A run is going on. Stop it and close? The batches not finished stay pending and can be sent later with Resume….</source>
        <translation>正在运行。要停止并关闭吗？未完成的批次保持待发送状态，稍后可用“继续运行…”发送。</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>停止并关闭(&amp;S)</translation>
    </message>
    <message>
        <source>Batches of the run</source>
        <translation>此运行的批次</translation>
    </message>
    <message>
        <source>Batches done</source>
        <translation>已完成的批次</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>smsc::BatchManifest</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2</source>
        <translation>不是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>不是字符串</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1：不是对象</translation>
    </message>
    <message>
        <source>%1 where %2 belongs</source>
        <translation>为 %1，此处应为 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not saved, failed or pending</source>
        <translation>“%1”不是 saved、failed 或 pending</translation>
    </message>
    <message>
        <source>not a file name inside the run folder</source>
        <translation>不是运行文件夹内的文件名</translation>
    </message>
    <message>
        <source>not 64 lower-case hexadecimal digits</source>
        <translation>不是 64 位小写十六进制数字</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>version %1 is not known to this program (it reads %2)</source>
        <translation>本程序不认识版本 %1（只读取版本 %2）</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>不是日期时间</translation>
    </message>
    <message>
        <source>not a file path</source>
        <translation>不是文件路径</translation>
    </message>
    <message>
        <source>not a list of batches</source>
        <translation>不是批次列表</translation>
    </message>
    <message>
        <source>not after the previous batch&apos;s</source>
        <translation>不在上一批次之后</translation>
    </message>
    <message>
        <source>%1, but the batches hold %2</source>
        <translation>为 %1，但各批次合计 %2 行</translation>
    </message>
    <message>
        <source>The manifest %1 cannot be read: %2</source>
        <translation>无法读取清单 %1：%2</translation>
    </message>
    <message>
        <source>The manifest %1 is damaged or not a batch manifest (%2).</source>
        <translation>清单 %1 已损坏或不是批量导出清单（%2）。</translation>
    </message>
    <message>
        <source>The manifest %1 cannot be written: %2</source>
        <translation>无法写入清单 %1：%2</translation>
    </message>
    <message>
        <source>This run was sent to %1, but the connection now goes to %2. A run folder keeps the answers of one endpoint: resume with the profile or --endpoint the run began with; nothing was sent.</source>
        <translation>此运行发送到了 %1，但现在的连接指向 %2。一个运行文件夹只保存同一个端点的应答：请使用运行开始时的配置文件或 --endpoint 继续；未发送任何内容。</translation>
    </message>
    <message>
        <source>not an absolute path</source>
        <translation>不是绝对路径</translation>
    </message>
</context>
<context>
    <name>smsc::BatchRun</name>
    <message>
        <source>The service answered without a file.</source>
        <translation>服务的应答中没有文件。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>smsc::BatchSetup</name>
    <message>
        <source>Cannot read the rows file %1: %2</source>
        <translation>无法读取行文件 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in the file.</source>
        <translation>
            <numerusform>文件中还有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>The rows file %1 has changed since the run began (its SHA-256 differs from the manifest&apos;s); nothing was sent.</source>
        <translation>行文件 %1 在运行开始后已更改（其 SHA-256 与清单中记录的不同）；未发送任何内容。</translation>
    </message>
    <message>
        <source>The rows file %1 no longer splits into the batches the manifest records; nothing was sent.</source>
        <translation>行文件 %1 拆分出的批次已与清单记录的不一致；未发送任何内容。</translation>
    </message>
    <message>
        <source>batches[%1].file: the saved file %2 cannot be found (%3); nothing was sent. Put it back, or start a new run.</source>
        <translation>batches[%1].file：找不到已保存的文件 %2（%3）；未发送任何内容。请把它放回原处，或开始新的运行。</translation>
    </message>
    <message>
        <source>batches[%1].file: the saved file %2 is now a symbolic link; nothing was sent.</source>
        <translation>batches[%1].file：已保存的文件 %2 现在是一个符号链接；未发送任何内容。</translation>
    </message>
    <message>
        <source>batches[%1].file: the saved file %2 is not a regular file; nothing was sent.</source>
        <translation>batches[%1].file：已保存的文件 %2 不是普通文件；未发送任何内容。</translation>
    </message>
    <message>
        <source>batches[%1].bytes: the saved file %2 has %3 bytes, the manifest records %4; nothing was sent.</source>
        <translation>batches[%1].bytes：已保存的文件 %2 有 %3 字节，清单记录的是 %4 字节；未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>smsc::BatchTableModel</name>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>%1 (from row %2)</source>
        <translation>%1（自第 %2 行起）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1，%2</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>smsc::CanonicalRequestDiff</name>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>canonical URI</source>
        <translation>规范 URI</translation>
    </message>
    <message>
        <source>canonical query</source>
        <translation>规范查询字符串</translation>
    </message>
    <message>
        <source>canonical header</source>
        <translation>规范请求头</translation>
    </message>
    <message>
        <source>end of headers</source>
        <translation>请求头结束</translation>
    </message>
    <message>
        <source>signed headers</source>
        <translation>已签名请求头</translation>
    </message>
    <message>
        <source>payload hash</source>
        <translation>正文哈希</translation>
    </message>
    <message>
        <source>extra line</source>
        <translation>多余的行</translation>
    </message>
    <message>
        <source>Both canonical requests are identical, so the signature itself differs: the secret key does not belong to this access key, or the X-Sdk-Date sent differs from the one signed.</source>
        <translation>两个规范请求完全相同，因此是签名本身不同：秘密访问密钥不属于此访问密钥，或发送的 X-Sdk-Date 与签名时使用的不同。</translation>
    </message>
    <message>
        <source>The HTTP method differs: the request was sent with another method than the one signed.</source>
        <translation>HTTP 方法不同：发送请求所用的方法与签名时的不同。</translation>
    </message>
    <message>
        <source>The path differs only in its trailing slash: the canonical URI must end with &apos;/&apos; while the path sent keeps none (or a proxy added or removed one).</source>
        <translation>路径仅在末尾斜杠上不同：规范 URI 必须以“/”结尾，而发送的路径不带斜杠（或代理添加或删除了斜杠）。</translation>
    </message>
    <message>
        <source>The path is the same but encoded differently: each path segment must be percent-encoded exactly once, with upper-case hex.</source>
        <translation>路径相同但编码不同：每个路径段必须恰好进行一次百分号编码，并使用大写十六进制。</translation>
    </message>
    <message>
        <source>The gateway received a different path: a proxy or a custom endpoint with a path prefix may rewrite it.</source>
        <translation>网关收到的路径不同：代理或带路径前缀的自定义终端节点可能改写了它。</translation>
    </message>
    <message>
        <source>The query string holds the same parameters encoded differently: spaces must be sent as %20 (never &apos;+&apos;), &apos;+&apos; as %2B, and non-ASCII as UTF-8 percent-encoding.</source>
        <translation>查询字符串中的参数相同但编码不同：空格必须发送为 %20（不能用“+”），“+”发送为 %2B，非 ASCII 字符使用 UTF-8 百分号编码。</translation>
    </message>
    <message>
        <source>The gateway received different query parameters than the ones signed.</source>
        <translation>网关收到的查询参数与签名时的不同。</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; differs in letter case: signed header names must be lower case.</source>
        <translation>请求头名称“%1”的大小写不同：已签名的请求头名称必须为小写。</translation>
    </message>
    <message>
        <source>The value of the header &quot;%1&quot; differs: it was changed on the way (by a proxy or the HTTP stack) or not trimmed before signing.</source>
        <translation>请求头“%1”的值不同：它在传输途中被修改（被代理或 HTTP 协议栈），或签名前未去除首尾空白。</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; was signed but the gateway did not receive it: it was dropped on the way.</source>
        <translation>请求头“%1”已签名，但网关没有收到：它在传输途中被丢弃了。</translation>
    </message>
    <message>
        <source>The gateway signed the header &quot;%1&quot;, which is not in our canonical request.</source>
        <translation>网关对请求头“%1”进行了签名，但它不在本程序的规范请求中。</translation>
    </message>
    <message>
        <source>The list of signed headers differs: it must be the lower-case names, sorted, joined by &apos;;&apos;.</source>
        <translation>已签名请求头列表不同：它必须是排好序的小写名称，以“;”连接。</translation>
    </message>
    <message>
        <source>The body hash differs: the body the gateway received is not byte for byte the one signed.</source>
        <translation>正文哈希不同：网关收到的正文与签名时的正文不是逐字节相同。</translation>
    </message>
    <message>
        <source>The canonical requests differ, but not in a way this app recognises.</source>
        <translation>规范请求不同，但差异不属于本程序能识别的类型。</translation>
    </message>
    <message>
        <source>Canonical request: ours compared with the gateway&apos;s</source>
        <translation>规范请求：本程序与网关的对比</translation>
    </message>
    <message>
        <source>(no line)</source>
        <translation>（无此行）</translation>
    </message>
    <message>
        <source>&gt; %1  ours:    %2</source>
        <translation>&gt; %1  本程序：%2</translation>
    </message>
    <message>
        <source>       gateway: %1</source>
        <translation>       网关：  %1</translation>
    </message>
    <message>
        <source>No line differs.</source>
        <translation>没有不同的行。</translation>
    </message>
    <message>
        <source>First difference: line %1 (%2).</source>
        <translation>第一处差异：第 %1 行（%2）。</translation>
    </message>
    <message>
        <source>Likely cause: %1</source>
        <translation>可能的原因：%1</translation>
    </message>
    <message>
        <source>Our string to sign:</source>
        <translation>本程序的待签名字符串：</translation>
    </message>
</context>
<context>
    <name>smsc::ClockRetryPrompt</name>
    <message>
        <source>Clock out of step</source>
        <translation>时钟不同步</translation>
    </message>
    <message>
        <source>&amp;Retry once</source>
        <translation>重试一次(&amp;R)</translation>
    </message>
</context>
<context>
    <name>smsc::ClockSkew</name>
    <message>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s (%3 seconds)</source>
        <translation>%1 分 %2 秒（%3 秒）</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the server&apos;s clock.</source>
        <translation>本机时钟比服务器时钟快 %1。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the server&apos;s clock.</source>
        <translation>本机时钟比服务器时钟慢 %1。</translation>
    </message>
    <message>
        <source>%1 Requests signed more than 15 minutes off are rejected; set the clock automatically (NTP) and check the time zone.</source>
        <translation>%1 签名时间偏差超过 15 分钟的请求会被拒绝；请将时钟设置为自动同步 (NTP)，并检查时区。</translation>
    </message>
    <message>
        <source>The request was rejected because of the clock. Retry once, signing with a time %1 later than this computer&apos;s clock?</source>
        <translation>请求因时钟问题被拒绝。是否重试一次，使用比本机时钟晚 %1 的时间签名？</translation>
    </message>
    <message>
        <source>The request was rejected because of the clock. Retry once, signing with a time %1 earlier than this computer&apos;s clock?</source>
        <translation>请求因时钟问题被拒绝。是否重试一次，使用比本机时钟早 %1 的时间签名？</translation>
    </message>
</context>
<context>
    <name>smsc::ClockStep</name>
    <message>
        <source>+%1 s</source>
        <translation>+%1 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>no host was reached (see Connection and TLS)</source>
        <translation>没有连通任何主机（见“连接”和“TLS”）</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>没有应答：%1</translation>
    </message>
    <message>
        <source>the service sent no readable Date header</source>
        <translation>服务没有返回可读的 Date 头</translation>
    </message>
    <message>
        <source>See the connection and TLS checks above.</source>
        <translation>请查看上面的连接和 TLS 检查。</translation>
    </message>
    <message>
        <source>Make sure this computer&apos;s clock is set automatically (NTP).</source>
        <translation>请确保本机时钟自动校准（NTP）。</translation>
    </message>
    <message>
        <source>skew %1</source>
        <translation>偏差 %1</translation>
    </message>
    <message>
        <source>skew %1, %2 with the clock offset %3</source>
        <translation>偏差 %1，使用时钟偏移 %3 后为 %2</translation>
    </message>
    <message>
        <source>Server time (Date header): %1
This computer: %2
Measured against %3</source>
        <translation>服务器时间（Date 头）：%1
本机：%2
测量对象：%3</translation>
    </message>
    <message>
        <source>Set this computer&apos;s clock (turn on automatic time, NTP), or sign with the server&apos;s time: --clock-offset %1 (or --clock-offset auto).</source>
        <translation>请校准本机时钟（开启自动对时、NTP），或按服务器时间签名：--clock-offset %1（或 --clock-offset auto）。</translation>
    </message>
    <message>
        <source>the clock is more than 15 minutes off: the gateway would refuse every signature (see Clock)</source>
        <translation>时钟偏差超过 15 分钟：网关会拒绝所有签名（见“时钟”）</translation>
    </message>
</context>
<context>
    <name>smsc::ConfigurationStep</name>
    <message>
        <source>AK/SK</source>
        <translation>AK/SK</translation>
    </message>
    <message>
        <source>temporary AK/SK</source>
        <translation>临时 AK/SK</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM 令牌</translation>
    </message>
    <message>
        <source>Choose a region or enter the SMS endpoint (https://…) in the profile or with --endpoint.</source>
        <translation>请在配置中选择区域或填写 SMS 端点（https://…），或使用 --endpoint。</translation>
    </message>
    <message>
        <source>SMS endpoint: %1 (%2)</source>
        <translation>SMS 端点：%1（%2）</translation>
    </message>
    <message>
        <source>IAM endpoint: none known</source>
        <translation>IAM 端点：未知</translation>
    </message>
    <message>
        <source>IAM endpoint: %1 (%2)</source>
        <translation>IAM 端点：%1（%2）</translation>
    </message>
    <message>
        <source>STS endpoint: none known</source>
        <translation>STS 端点：未知</translation>
    </message>
    <message>
        <source>STS endpoint: %1 (%2)</source>
        <translation>STS 端点：%1（%2）</translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation>认证方式：%1</translation>
    </message>
    <message>
        <source>No credentials were found.</source>
        <translation>没有找到凭证。</translation>
    </message>
    <message>
        <source>no credentials (see Configuration)</source>
        <translation>没有凭证（见“配置”）</translation>
    </message>
    <message>
        <source>Store the keys with the profile (Profiles… or `profile set-secret`), or set them in the environment.</source>
        <translation>请将密钥保存到配置中（“配置…”或 `profile set-secret`），或在环境变量中设置。</translation>
    </message>
    <message>
        <source>Access key: %1</source>
        <translation>访问密钥：%1</translation>
    </message>
    <message>
        <source>the keys are incomplete or malformed (see Configuration): they are not sent</source>
        <translation>密钥不完整或格式错误（见“配置”）：不会发送</translation>
    </message>
    <message>
        <source>Enter the keys again exactly as the console shows them (Huawei Cloud AK: 20 letters and digits; SK: 40 characters).</source>
        <translation>请按控制台显示的原样重新输入密钥（华为云 AK：20 位字母和数字；SK：40 个字符）。</translation>
    </message>
    <message>
        <source>X-Project-Id (empty)</source>
        <translation>X-Project-Id（空）</translation>
    </message>
    <message>
        <source>X-Project-Id %1</source>
        <translation>X-Project-Id %1</translation>
    </message>
    <message>
        <source>The scope header is X-Project-Id but no project id is set.</source>
        <translation>作用域头为 X-Project-Id，但未设置项目 ID。</translation>
    </message>
    <message>
        <source>Enter the project id, or switch the scope header to X-Domain-Id.</source>
        <translation>请填写项目 ID，或将作用域头改为 X-Domain-Id。</translation>
    </message>
    <message>
        <source>X-Domain-Id (resolved through IAM/STS)</source>
        <translation>X-Domain-Id（通过 IAM/STS 解析）</translation>
    </message>
    <message>
        <source>X-Domain-Id %1</source>
        <translation>X-Domain-Id %1</translation>
    </message>
    <message>
        <source>Scope header: %1</source>
        <translation>作用域头：%1</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>代理：%1</translation>
    </message>
    <message>
        <source>CA file: none (the system&apos;s trusted authorities)</source>
        <translation>CA 文件：无（使用系统信任的证书机构）</translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation>CA 文件：%1</translation>
    </message>
    <message>
        <source>Timeouts: connect %1 s, idle %2 s</source>
        <translation>超时：连接 %1 秒，空闲 %2 秒</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the profile as described above.</source>
        <translation>请按上面的说明修正配置。</translation>
    </message>
</context>
<context>
    <name>smsc::ConnectionStep</name>
    <message>
        <source>no endpoint to connect to (see Configuration)</source>
        <translation>没有可连接的端点（见“配置”）</translation>
    </message>
    <message>
        <source>%1: not tried (the name did not resolve)</source>
        <translation>%1：未尝试（名称未能解析）</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s), slowest %1 ms, proxy %2</source>
        <translation>
            <numerusform>%n 台主机，最慢 %1 毫秒，代理 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not reachable, proxy %2</source>
        <translation>%1 无法连通，代理 %2</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s address, port, user name and password (profile or --proxy), or ask the network administrator which proxy to use.</source>
        <translation>请检查代理的地址、端口、用户名和密码（配置或 --proxy），或询问网络管理员应使用哪个代理。</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s port, a firewall between here and the service, and whether this network needs a proxy (profile or --proxy).</source>
        <translation>请检查端点的端口、本机与服务之间的防火墙，以及此网络是否需要代理（配置或 --proxy）。</translation>
    </message>
    <message>
        <source>the configured proxy is not a usable URL</source>
        <translation>配置的代理不是可用的 URL</translation>
    </message>
    <message>
        <source>%1: not tried (the proxy setting is unusable)</source>
        <translation>%1：未尝试（代理设置不可用）</translation>
    </message>
    <message>
        <source>%1:%2 (%3): connected in %4 ms through the proxy, which answered</source>
        <translation>%1:%2（%3）：经代理 %4 毫秒连通，代理有应答</translation>
    </message>
    <message>
        <source>%1:%2 (%3): connected in %4 ms</source>
        <translation>%1:%2（%3）：%4 毫秒连通</translation>
    </message>
    <message>
        <source>connection refused: nothing listens on port %1</source>
        <translation>连接被拒绝：端口 %1 上没有服务在监听</translation>
    </message>
    <message>
        <source>the proxy asks for a user name and password (407)</source>
        <translation>代理要求用户名和密码（407）</translation>
    </message>
    <message>
        <source>the proxy refused the connection (is its address and port right?)</source>
        <translation>代理拒绝了连接（地址和端口是否正确？）</translation>
    </message>
    <message>
        <source>the proxy&apos;s host name could not be found</source>
        <translation>找不到代理的主机名</translation>
    </message>
    <message>
        <source>the proxy closed the connection or refused to connect to %1</source>
        <translation>代理关闭了连接或拒绝连接到 %1</translation>
    </message>
    <message>
        <source>the host name could not be found</source>
        <translation>找不到主机名</translation>
    </message>
    <message>
        <source>%1:%2: failed after %3 ms: %4</source>
        <translation>%1:%2：%3 毫秒后失败：%4</translation>
    </message>
    <message>
        <source>%1:%2: no connection within %3 s</source>
        <translation>%1:%2：%3 秒内未能连接</translation>
    </message>
    <message>
        <source>proxy %1: %2</source>
        <translation>代理 %1：%2</translation>
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
    <name>smsc::CredentialStore</name>
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
    <message>
        <source>The keychain is locked. Unlock the login keyring (log in to the desktop session, or run gnome-keyring-daemon --unlock and type the login password) and try again.</source>
        <translation>密钥环已锁定。请解锁登录密钥环（登录桌面会话，或运行 gnome-keyring-daemon --unlock 并输入登录密码），然后重试。</translation>
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
    <name>smsc::CredentialsStep</name>
    <message>
        <source>Check the AK and SK (or the token) against the console, and that the key is enabled. The gateway locks a key after 5 failed attempts: the doctor sent it once and sends it no more.</source>
        <translation>请对照控制台检查 AK 和 SK（或令牌），并确认密钥已启用。网关在 5 次失败后会锁定密钥：诊断只发送了一次，之后不再发送。</translation>
    </message>
    <message>
        <source>the key was rejected (see Credentials accepted): it is not sent again</source>
        <translation>密钥被拒绝（见“凭证已接受”）：不会再次发送</translation>
    </message>
    <message>
        <source>no endpoint (see Configuration)</source>
        <translation>没有端点（见“配置”）</translation>
    </message>
    <message>
        <source>no STS endpoint for this region</source>
        <translation>此区域没有 STS 端点</translation>
    </message>
    <message>
        <source>STS was not reached (see Connection and TLS)</source>
        <translation>未连通 STS（见“连接”和“TLS”）</translation>
    </message>
    <message>
        <source>agency %1</source>
        <translation>委托 %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>principal %1</source>
        <translation>主体 %1</translation>
    </message>
    <message>
        <source>account %1, %2</source>
        <translation>账号 %1，%2</translation>
    </message>
    <message>
        <source>Principal URN: %1</source>
        <translation>主体 URN：%1</translation>
    </message>
    <message>
        <source>Principal id: %1</source>
        <translation>主体 ID：%1</translation>
    </message>
    <message>
        <source>Key: permanent access key</source>
        <translation>密钥：永久访问密钥</translation>
    </message>
    <message>
        <source>Key: temporary access key with a security token; caller-identity does not say when it expires</source>
        <translation>密钥：带安全令牌的临时访问密钥；caller-identity 不提供其过期时间</translation>
    </message>
    <message>
        <source>Key: IAM token (valid for 24 hours from when it was issued)</source>
        <translation>密钥：IAM 令牌（自签发起 24 小时内有效）</translation>
    </message>
    <message>
        <source>STS endpoint: %1</source>
        <translation>STS 端点：%1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>signature refused: this computer&apos;s clock is off (%1)</source>
        <translation>签名被拒绝：本机时钟不准（%1）</translation>
    </message>
    <message>
        <source>Correct the clock (see Clock) or use --clock-offset.</source>
        <translation>请校准时钟（见“时钟”）或使用 --clock-offset。</translation>
    </message>
    <message>
        <source>key rejected (%1)</source>
        <translation>密钥被拒绝（%1）</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>key accepted, but STS caller-identity is not allowed (%1)</source>
        <translation>密钥已接受，但不允许调用 STS caller-identity（%1）</translation>
    </message>
    <message>
        <source>See the checks above; try again when the service is reachable.</source>
        <translation>请查看上面的检查；服务可达后再试。</translation>
    </message>
</context>
<context>
    <name>smsc::DenialDecodeDialog</name>
    <message>
        <source>Allowed: the policies allow this action.</source>
        <translation>允许：策略允许此操作。</translation>
    </message>
    <message>
        <source>Denied: the policies do not allow this action.</source>
        <translation>拒绝：策略不允许此操作。</translation>
    </message>
    <message>
        <source>STS did not say whether the action is allowed.</source>
        <translation>STS 未说明是否允许此操作。</translation>
    </message>
    <message>
        <source>%1 (%2 policy), statement %3: %4</source>
        <translation>%1（%2 策略），语句 %3：%4</translation>
    </message>
    <message>
        <source>No statement matched</source>
        <translation>没有匹配的语句</translation>
    </message>
    <message>
        <source>An Allow statement matched and no Deny statement did.</source>
        <translation>匹配到 Allow 语句，且没有匹配的 Deny 语句。</translation>
    </message>
    <message>
        <source>An explicit Deny statement matched; it overrides every Allow.</source>
        <translation>匹配到显式 Deny 语句；它优先于所有 Allow。</translation>
    </message>
    <message>
        <source>No policy allows this action (implicit deny): grant it to the user or agency.</source>
        <translation>没有策略允许此操作（隐式拒绝）：请为该用户或委托授予此权限。</translation>
    </message>
    <message>
        <source>The message could not be decoded.</source>
        <translation>无法解码该消息。</translation>
    </message>
    <message>
        <source>%1 (HTTP %2, error code %3)</source>
        <translation>%1（HTTP %2，错误码 %3）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (request ID %2)</source>
        <translation>%1（请求 ID %2）</translation>
    </message>
    <message>
        <source>Decode authorization message</source>
        <translation>解码授权消息</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>资源(&amp;R)：</translation>
    </message>
    <message>
        <source>Matching &amp;policy:</source>
        <translation>匹配的策略(&amp;P)：</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>原因(&amp;S)：</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>原始 JSON(&amp;J)</translation>
    </message>
    <message>
        <source>Decoded message as JSON</source>
        <translation>解码后的消息（JSON）</translation>
    </message>
    <message>
        <source>&amp;Decode again</source>
        <translation>重新解码(&amp;D)</translation>
    </message>
    <message>
        <source>Decoding with STS…</source>
        <translation>正在通过 STS 解码…</translation>
    </message>
</context>
<context>
    <name>smsc::DoctorCheck</name>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Name resolution</source>
        <translation>名称解析</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Credentials accepted</source>
        <translation>凭证已接受</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>smsc::DoctorContext</name>
    <message>
        <source>unusable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>configured: %1</source>
        <translation>已配置：%1</translation>
    </message>
    <message>
        <source>system: %1</source>
        <translation>系统：%1</translation>
    </message>
</context>
<context>
    <name>smsc::DoctorDialog</name>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>解决办法</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Checking the connection of profile &quot;%1&quot;: %2 of %3 checks done…</source>
        <translation>正在检查配置文件“%1”的连接：已完成 %2/%3 项检查…</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2 of %3 checks failed. Open a check to see how to fix it.</source>
        <translation>配置文件“%1”：%3 项检查中有 %2 项失败。展开一项检查可查看解决办法。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: nothing failed, but %2 checks have warnings.</source>
        <translation>配置文件“%1”：没有失败项，但有 %2 项检查带有警告。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: every check passed.</source>
        <translation>配置文件“%1”：所有检查均已通过。</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>检查连接</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>复制报告(&amp;R)</translation>
    </message>
    <message>
        <source>Copy every check with its detail and fix, without secrets</source>
        <translation>复制每项检查及其详细信息和解决办法，不含任何密钥</translation>
    </message>
    <message>
        <source>Copy &amp;policy</source>
        <translation>复制策略(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the IAM custom policy the export needs, as JSON</source>
        <translation>以 JSON 复制导出所需的 IAM 自定义策略</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>smsc::DoctorPolicy</name>
    <message>
        <source>The export needs two IAM actions: %1 and %2 (stated, not tried: the doctor exports nothing). A custom policy granting exactly those:</source>
        <translation>导出需要两个 IAM 操作：%1 和 %2（仅作说明，未实际尝试：诊断不会导出任何内容）。恰好授予这两项的自定义策略：</translation>
    </message>
</context>
<context>
    <name>smsc::DoctorReport</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>处理：%1</translation>
    </message>
</context>
<context>
    <name>smsc::DoctorRun</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
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
    <message>
        <source>It is a symbolic link; a file is never written through a link.</source>
        <translation>这是一个符号链接；文件绝不会通过链接写入。</translation>
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
    <message>
        <source>%1 (set by %2)</source>
        <translation>%1（来自%2）</translation>
    </message>
    <message>
        <source>No STS endpoint is known for this endpoint: enter the account ID, or set an STS endpoint.</source>
        <translation>此终端节点没有已知的 STS 终端节点：请输入账号 ID，或设置 STS 终端节点。</translation>
    </message>
    <message>
        <source>Region %1 has no STS endpoint (no official SDK lists one): enter the account ID, or set an STS endpoint.</source>
        <translation>区域 %1 没有 STS 终端节点（官方 SDK 均未列出）：请输入账号 ID，或设置 STS 终端节点。</translation>
    </message>
</context>
<context>
    <name>smsc::EndpointOrigin</name>
    <message>
        <source>built-in catalogue</source>
        <translation>内置目录</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>环境变量 %1</translation>
    </message>
    <message>
        <source>regions file %1:%2</source>
        <translation>区域文件 %1:%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
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
    <message>
        <source>&amp;Decode…</source>
        <translation>解码(&amp;D)…</translation>
    </message>
    <message>
        <source>Ask STS, with this profile&apos;s keys, which policy denied the request</source>
        <translation>使用此配置文件的密钥询问 STS 是哪条策略拒绝了请求</translation>
    </message>
    <message>
        <source>One redacted file with the request, the answer, request IDs and times, for a ticket</source>
        <translation>一个已脱敏的文件，包含请求、响应、请求 ID 和时间，用于提交工单</translation>
    </message>
    <message>
        <source>Support bundle saved to &quot;%1&quot;.</source>
        <translation>支持包已保存到“%1”。</translation>
    </message>
    <message>
        <source>Loading from the account failed</source>
        <translation>从账号加载失败</translation>
    </message>
    <message>
        <source>Check profile failed</source>
        <translation>检查配置文件失败</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Send the same request once more</source>
        <translation>再次发送同一个请求</translation>
    </message>
    <message>
        <source>This error was recorded in an earlier session, and only what was recorded is shown: the request, the service&apos;s full answer and its cURL line were not kept.</source>
        <translation>此错误记录于之前的会话，这里只显示当时记录的内容：请求、服务的完整应答及其 cURL 命令行均未保留。</translation>
    </message>
    <message>
        <source>Recorded in an earlier session</source>
        <translation>记录于之前的会话</translation>
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
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>1 hour %1</source>
        <translation>1 小时 %1</translation>
    </message>
    <message>
        <source>%1 hours %2</source>
        <translation>%1 小时 %2</translation>
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
        <source>The proxy refused the connection. Check the proxy address and port.</source>
        <translation>代理拒绝了连接。请检查代理地址和端口。</translation>
    </message>
    <message>
        <source>No answer from %1 within %2.</source>
        <translation>%1 在 %2 内没有响应。</translation>
    </message>
    <message>
        <source>The service stopped sending data for %1.</source>
        <translation>服务已有 %1 未发送数据。</translation>
    </message>
    <message>
        <source>The answer&apos;s body was longer than %1 MiB and was cut: only its first %1 MiB was kept and read.</source>
        <translation>应答正文超过 %1 MiB，已被截断：只保留并读取了前 %1 MiB。</translation>
    </message>
    <message>
        <source>The exchange with %1 was stopped: it took longer than the limit of %2 for the whole exchange.</source>
        <translation>与 %1 的交换已停止：整个交换的耗时超过了 %2 的限制。</translation>
    </message>
    <message>
        <source>The connection closed before the whole answer arrived (%1 of %2 bytes).</source>
        <translation>连接在完整应答到达之前关闭（已收到 %1 / %2 字节）。</translation>
    </message>
    <message>
        <source>The connection closed before the whole answer arrived (%1 bytes received).</source>
        <translation>连接在完整应答到达之前关闭（已收到 %1 字节）。</translation>
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
    <message>
        <source>Decoded authorization message</source>
        <translation>解码后的授权信息</translation>
    </message>
</context>
<context>
    <name>smsc::ExportController</name>
    <message>
        <source>Checking the rows and the profile…</source>
        <translation>正在检查行和配置文件…</translation>
    </message>
    <message>
        <source>Finding the account ID…</source>
        <translation>正在获取账号 ID…</translation>
    </message>
    <message>
        <source>Sending the export request…</source>
        <translation>正在发送导出请求…</translation>
    </message>
    <message>
        <source>Receiving the file…</source>
        <translation>正在接收文件…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>正在完成…</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>正在准备导出…</translation>
    </message>
    <message>
        <source>No profile is selected.</source>
        <translation>未选择配置文件。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>Open Profiles, create a profile with your keys, and choose it in the main window.</source>
        <translation>请打开“配置文件”，用您的密钥创建一个配置文件，然后在主窗口中选择它。</translation>
    </message>
    <message>
        <source>The export folder &quot;%1&quot; does not exist and cannot be created.</source>
        <translation>导出文件夹“%1”不存在，且无法创建。</translation>
    </message>
    <message>
        <source>Choose another folder for exports, or create this one.</source>
        <translation>请为导出选择其他文件夹，或创建此文件夹。</translation>
    </message>
    <message>
        <source>SMS exports</source>
        <translation>SMS 导出</translation>
    </message>
    <message>
        <source>Where should exports be saved?</source>
        <translation>导出的文件保存到哪里？</translation>
    </message>
    <message>
        <source>Export cancelled: no folder was chosen.</source>
        <translation>导出已取消：未选择文件夹。</translation>
    </message>
    <message>
        <source>Reading the keys of &quot;%1&quot; from the system keychain…</source>
        <translation>正在从系统密钥环读取“%1”的密钥…</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no keys stored yet.</source>
        <translation>配置文件“%1”尚未保存密钥。</translation>
    </message>
    <message>
        <source>Open Profiles, enter the keys for this profile and save.</source>
        <translation>请打开“配置文件”，输入此配置文件的密钥并保存。</translation>
    </message>
    <message>
        <source>The keys of profile &quot;%1&quot; could not be read: the system keychain is unavailable.</source>
        <translation>无法读取配置文件“%1”的密钥：系统密钥环不可用。</translation>
    </message>
    <message>
        <source>Unlock or start the system keychain (for example GNOME Keyring), then export again.</source>
        <translation>请解锁或启动系统密钥环（例如 GNOME Keyring），然后重新导出。</translation>
    </message>
    <message>
        <source>The export folder &quot;%1&quot; cannot be written to.</source>
        <translation>无法写入导出文件夹“%1”。</translation>
    </message>
    <message>
        <source>Choose another folder, or check its permissions.</source>
        <translation>请选择其他文件夹，或检查其权限。</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation>导出已取消；未保存任何内容。</translation>
    </message>
    <message>
        <source>The file was received but could not be saved.</source>
        <translation>文件已接收，但无法保存。</translation>
    </message>
    <message>
        <source>Check the free space and permissions of the export folder.</source>
        <translation>请检查导出文件夹的剩余空间和权限。</translation>
    </message>
    <message>
        <source>Retrying once with the clock corrected…</source>
        <translation>正在校正时钟后重试一次…</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>No application on this desktop opens &quot;%1&quot;. Copy its path to paste it elsewhere?</source>
        <translation>此桌面上没有可以打开“%1”的应用程序。要复制它的路径以便粘贴到别处吗？</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>复制路径(&amp;C)</translation>
    </message>
    <message>
        <source>The export failed: the service refused it. The error window shows why.</source>
        <translation>导出失败：服务拒绝了请求。错误窗口中显示了原因。</translation>
    </message>
    <message>
        <source>Nothing was replaced. The received file was kept as &quot;%1&quot;.</source>
        <translation>没有替换任何文件。收到的文件已保存为“%1”。</translation>
    </message>
</context>
<context>
    <name>smsc::ExportFilePlacer</name>
    <message>
        <source>The file could not be moved to &quot;%1&quot;: %2</source>
        <translation>无法将文件移动到“%1”：%2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
</context>
<context>
    <name>smsc::ExportHistory</name>
    <message>
        <source>The export history %1 cannot be read: %2</source>
        <translation>无法读取导出历史 %1：%2</translation>
    </message>
    <message>
        <source>The export history %1 is damaged (%2); it starts again empty with the next export.</source>
        <translation>导出历史 %1 已损坏（%2）；下次导出时将重新开始记录。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The export history %1 cannot be written: %2</source>
        <translation>无法写入导出历史 %1：%2</translation>
    </message>
</context>
<context>
    <name>smsc::ExportHistoryModel</name>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>No file returned (HTTP %1)</source>
        <translation>未返回文件 (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed: %1 (HTTP %2)</source>
        <translation>失败：%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Batch run: %1 saved, %2 failed, %3 pending</source>
        <translation>批量运行：已保存 %1，失败 %2，待发送 %3</translation>
    </message>
</context>
<context>
    <name>smsc::ExportJob</name>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 未发送任何内容。</translation>
    </message>
    <message>
        <source>The rows have %1 problems; nothing was sent.</source>
        <translation>这些行有 %1 个问题；未发送任何内容。</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>文件夹不存在。</translation>
    </message>
    <message>
        <source>The folder is not writable.</source>
        <translation>文件夹不可写。</translation>
    </message>
    <message>
        <source>It is a symbolic link; a file is never written through a link.</source>
        <translation>这是一个符号链接；文件绝不会通过链接写入。</translation>
    </message>
</context>
<context>
    <name>smsc::ExportProgressDialog</name>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>The service accepted the request but returned no file. This is what it returned:</source>
        <translation>服务接受了请求，但没有返回文件。它返回的内容如下：</translation>
    </message>
    <message>
        <source>(an empty body)</source>
        <translation>（空响应正文）</translation>
    </message>
    <message>
        <source>Nothing was saved. Check that the task IDs have consistency results, or contact support with the request ID.</source>
        <translation>未保存任何内容。请确认这些任务 ID 有一致性校验结果，或凭请求 ID 联系技术支持。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 of %2 received</source>
        <translation>已接收 %1，共 %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>已接收 %1</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>已接收字节数</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>导出状态</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>请求 ID：</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>详细信息(&amp;D)…</translation>
    </message>
    <message>
        <source>C&amp;hange export folder…</source>
        <translation>更改导出文件夹(&amp;H)…</translation>
    </message>
    <message>
        <source>Where the next exports are saved</source>
        <translation>后续导出文件的保存位置</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>打开文件(&amp;F)</translation>
    </message>
    <message>
        <source>If the file name &amp;exists:</source>
        <translation>文件名已存在时(&amp;E)：</translation>
    </message>
    <message>
        <source>Keep both (add a number), don&apos;t ask</source>
        <translation>保留两者（添加编号），不询问</translation>
    </message>
    <message>
        <source>Ask: replace or keep both</source>
        <translation>询问：替换或保留两者</translation>
    </message>
</context>
<context>
    <name>smsc::FirstStepsPanel</name>
    <message>
        <source>Add the rows to export</source>
        <translation>添加要导出的行</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>从这里开始</translation>
    </message>
    <message>
        <source>Type task and source server IDs into the table, paste them from a spreadsheet, import a CSV file, or pick servers from the account.</source>
        <translation>在表格中输入任务 ID 和源端服务器 ID，从电子表格粘贴，导入 CSV 文件，或从账号中选择服务器。</translation>
    </message>
    <message>
        <source>1. Create a profile with your account&apos;s keys.
2. Add the rows to export: type them, paste them from a spreadsheet, import a CSV file, or pick servers from the account.</source>
        <translation>1. 使用您账号的密钥创建一个配置文件。
2. 添加要导出的行：直接输入，从电子表格粘贴，导入 CSV 文件，或从账号中选择服务器。</translation>
    </message>
    <message>
        <source>Create a profile…</source>
        <translation>创建配置文件…</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>粘贴行</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Add from account…</source>
        <translation>从账号添加…</translation>
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
    <name>smsc::HistoryDialog</name>
    <message>
        <source>No exports yet. Each export is recorded here (profile, rows, request ID, outcome).</source>
        <translation>尚无导出记录。每次导出都会记录在这里（配置文件、行、请求 ID、结果）。</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>终端节点：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>文件 %1 已不存在。</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>没有应用程序能打开 %1。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出历史</translation>
    </message>
    <message>
        <source>Exports, newest first</source>
        <translation>导出记录（最新的在前）</translation>
    </message>
    <message>
        <source>Selected export</source>
        <translation>所选导出</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Load these rows again</source>
        <translation>重新加载这些行(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;error</source>
        <translation>显示错误(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;batch run</source>
        <translation>打开批量运行(&amp;B)</translation>
    </message>
</context>
<context>
    <name>smsc::HttpTraceText</name>
    <message>
        <source>no proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>proxy %1 (configured)</source>
        <translation>代理 %1（已配置）</translation>
    </message>
    <message>
        <source>proxy %1 (system)</source>
        <translation>代理 %1（系统）</translation>
    </message>
    <message>
        <source>Attempt %1, %2</source>
        <translation>第 %1 次尝试，%2</translation>
    </message>
    <message>
        <source>Request body: %1 bytes</source>
        <translation>请求体：%1 字节</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Answer %1 to %2 %3 (attempt %4) after %5 ms, request id %6</source>
        <translation>%2 %3 的应答 %1（第 %4 次尝试），用时 %5 毫秒，请求 ID %6</translation>
    </message>
    <message>
        <source>TLS: %1, cipher %2</source>
        <translation>TLS：%1，加密套件 %2</translation>
    </message>
    <message>
        <source>Response body: %1 bytes</source>
        <translation>响应体：%1 字节</translation>
    </message>
    <message>
        <source>Redirected to %1 (not followed)</source>
        <translation>重定向到 %1（未跟随）</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>No answer to %1 %2 (attempt %3) after %4 ms: %5</source>
        <translation>%1 %2 没有应答（第 %3 次尝试），%4 毫秒后：%5</translation>
    </message>
    <message>
        <source>Retrying %1 in %2 ms as attempt %3: %4</source>
        <translation>%2 毫秒后重试 %1，第 %3 次尝试：%4</translation>
    </message>
    <message>
        <source>Could not connect to %1; trying the next endpoint.</source>
        <translation>无法连接 %1；改试下一个端点。</translation>
    </message>
</context>
<context>
    <name>smsc::KeychainStatusText</name>
    <message>
        <source>Reading the keys of &quot;%1&quot; from the system keychain…</source>
        <translation>正在从系统密钥环读取“%1”的密钥…</translation>
    </message>
    <message>
        <source>No keys are stored for this profile yet: enter them and save.</source>
        <translation>此配置文件尚未保存密钥：请输入后保存。</translation>
    </message>
    <message>
        <source>The system keychain is unavailable, so the keys cannot be shown or saved. %1</source>
        <translation>系统密钥环不可用，因此无法显示或保存密钥。%1</translation>
    </message>
    <message>
        <source>Saving the keys to the system keychain…</source>
        <translation>正在将密钥保存到系统密钥环…</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; the keys are in the system keychain.</source>
        <translation>配置文件“%1”已保存；密钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the settings (region, endpoints, account, network) were saved, but the keys were NOT saved, because the system keychain is unavailable.
%2
Keys are stored only in the system keychain, never anywhere else: make the keychain available, then save again.</source>
        <translation>配置文件“%1”：设置（区域、终端节点、账号、网络）已保存，但密钥未保存，因为系统密钥环不可用。
%2
密钥只保存在系统密钥环中，绝不会保存到其他地方：请使系统密钥环可用后再次保存。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>配置文件“%1”已删除。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted, but its keys could not be removed from the system keychain. %2</source>
        <translation>配置文件“%1”已删除，但无法从系统密钥环中移除其密钥。%2</translation>
    </message>
</context>
<context>
    <name>smsc::LastExportBar</name>
    <message>
        <source>Last export saved as %1</source>
        <translation>上次导出已保存为 %1</translation>
    </message>
    <message>
        <source>Last export: %1</source>
        <translation>上次导出：%1</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>将 %1 复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>smsc::LookupErrors</name>
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
    <message>
        <source>The account id could not be looked up: %1</source>
        <translation>无法查询账号 ID：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>IAM (/v3/auth/domains): %1</source>
        <translation>IAM (/v3/auth/domains)：%1</translation>
    </message>
    <message>
        <source>The project id could not be looked up: IAM denied the request (it needs the action iam:projects:listProjects).</source>
        <translation>无法查询项目 ID：IAM 拒绝了该请求（需要 IAM 操作权限 iam:projects:listProjects）。</translation>
    </message>
    <message>
        <source>The project id could not be looked up: %1</source>
        <translation>无法查询项目 ID：%1</translation>
    </message>
    <message>
        <source>IAM (/v3/projects): %1</source>
        <translation>IAM (/v3/projects)：%1</translation>
    </message>
    <message>
        <source>Enter the project id in the profile (or --project-id) to skip the lookup.</source>
        <translation>在配置文件中填写项目 ID（或使用 --project-id）即可跳过查询。</translation>
    </message>
    <message>
        <source>The project id could not be looked up: IAM&apos;s answer about the projects could not be read.</source>
        <translation>无法查询项目 ID：无法读取 IAM 返回的项目信息。</translation>
    </message>
    <message>
        <source>IAM returned several projects named &quot;%1&quot;; enter the project id to use.</source>
        <translation>IAM 返回了多个名为“%1”的项目；请填写要使用的项目 ID。</translation>
    </message>
    <message>
        <source>IAM returned no project named &quot;%1&quot; for these keys.</source>
        <translation>IAM 未返回这些密钥下名为“%1”的项目。</translation>
    </message>
    <message>
        <source>Enter the project id in the profile (or --project-id), or choose the region the project is in.</source>
        <translation>在配置文件中填写项目 ID（或使用 --project-id），或选择项目所在的区域。</translation>
    </message>
    <message>
        <source>X-Project-Id is chosen without a project id, and no region is set to look it up by: enter the project id, or choose the region.</source>
        <translation>已选择 X-Project-Id 但未填写项目 ID，也没有设置用于查询的区域：请填写项目 ID，或选择区域。</translation>
    </message>
</context>
<context>
    <name>smsc::MainWindow</name>
    <message>
        <source>SMS Consistency Exporter</source>
        <translation>SMS 一致性结果导出工具</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
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
    <message>
        <source>Export now uses the profile &quot;%1&quot;.</source>
        <translation>导出现在使用配置文件“%1”。</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>配置文件(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>smsc::MainWindowActions</name>
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
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
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
        <source>Pick source servers or migration tasks of the account</source>
        <translation>选择账号中的源端服务器或迁移任务</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Earlier exports: load their rows again, open the file, show the error</source>
        <translation>以前的导出：重新加载其行、打开文件、显示错误</translation>
    </message>
    <message>
        <source>&amp;About SMS Consistency Exporter</source>
        <translation>关于 SMS 一致性校验结果导出(&amp;A)</translation>
    </message>
    <message>
        <source>Add from a&amp;ccount…</source>
        <translation>从账号添加(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Batch export…</source>
        <translation>批量导出(&amp;B)…</translation>
    </message>
    <message>
        <source>Export a rows file of any size in batches of at most 200 rows, resumable</source>
        <translation>将任意大小的行文件按每批最多 200 行分批导出，可继续运行</translation>
    </message>
    <message>
        <source>&amp;Check connection…</source>
        <translation>检查连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Find what stops the current profile from exporting: configuration, network, TLS, clock, keys, account and permissions</source>
        <translation>找出当前配置文件无法导出的原因：配置、网络、TLS、时钟、密钥、账号和权限</translation>
    </message>
</context>
<context>
    <name>smsc::NameResolutionStep</name>
    <message>
        <source>no endpoint to look up (see Configuration)</source>
        <translation>没有可查询的端点（见“配置”）</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>找不到 %1</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s spelling, this computer&apos;s DNS settings and network, or set the proxy your network requires.</source>
        <translation>请检查端点拼写、本机的 DNS 设置和网络，或设置你的网络所需的代理。</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es), %1 ms</source>
        <translation>
            <numerusform>%n 个地址，%1 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not resolve here; the proxy has to resolve it.</source>
        <translation>%1 在本机无法解析；需要由代理解析。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 in %3 ms</source>
        <translation>%1：%2，用时 %3 毫秒</translation>
    </message>
    <message>
        <source>%1: not found after %2 ms (%3)</source>
        <translation>%1：%2 毫秒后未找到（%3）</translation>
    </message>
</context>
<context>
    <name>smsc::PermissionsStep</name>
    <message>
        <source>no endpoint (see Configuration)</source>
        <translation>没有端点（见“配置”）</translation>
    </message>
    <message>
        <source>SMS was not reached (see Connection and TLS)</source>
        <translation>未连通 SMS（见“连接”和“TLS”）</translation>
    </message>
    <message>
        <source>allowed: %1 (GET /v3/sources)</source>
        <translation>已允许：%1（GET /v3/sources）</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>the list call was refused (%1)</source>
        <translation>列表调用被拒绝（%1）</translation>
    </message>
    <message>
        <source>The gateway refused the request: check the key and the scope header&apos;s id (see Account id). %1</source>
        <translation>网关拒绝了请求：请检查密钥和作用域头中的 ID（见“账号 ID”）。%1</translation>
    </message>
    <message>
        <source>denied: %1 (%2)</source>
        <translation>已拒绝：%1（%2）</translation>
    </message>
    <message>
        <source>Ask an administrator to grant %1 (needed to pick servers from the account) and the two actions of the export, e.g. with the custom policy below.</source>
        <translation>请管理员授予 %1（从账号中选择服务器时需要）以及导出所需的两个操作，例如使用下面的自定义策略。</translation>
    </message>
    <message>
        <source>The denial, decoded by STS:</source>
        <translation>由 STS 解码的拒绝原因：</translation>
    </message>
    <message>
        <source>denied: %1, decoded: %2</source>
        <translation>已拒绝：%1，解码结果：%2</translation>
    </message>
    <message>
        <source>The encoded authorization message could not be decoded: %1</source>
        <translation>无法解码编码的授权信息：%1</translation>
    </message>
</context>
<context>
    <name>smsc::ProfileChecks</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation>名为“%1”的配置文件已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>Choose a region, or enter a custom endpoint.</source>
        <translation>请选择区域，或输入自定义终端节点。</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;.</source>
        <translation>未知区域“%1”。</translation>
    </message>
    <message>
        <source>An account ID is 32 characters, digits and letters a-f (My Credentials &gt; API Credentials &gt; Account ID).</source>
        <translation>账号 ID 为 32 个字符，由数字和字母 a-f 组成（我的凭证 &gt; API 凭证 &gt; 账号 ID）。</translation>
    </message>
    <message>
        <source>A project ID is 32 characters, digits and letters a-f (My Credentials &gt; API Credentials &gt; Projects).</source>
        <translation>项目 ID 为 32 个字符，由数字和字母 a-f 组成（我的凭证 &gt; API 凭证 &gt; 项目列表）。</translation>
    </message>
    <message>
        <source>The connect timeout must be between 1 and 600 seconds.</source>
        <translation>连接超时必须在 1 到 600 秒之间。</translation>
    </message>
    <message>
        <source>The transfer timeout must be between 1 and 3600 seconds.</source>
        <translation>传输超时必须在 1 到 3600 秒之间。</translation>
    </message>
    <message>
        <source>Write the proxy as http://host:port (or &quot;none&quot; for a direct connection; leave empty for the system proxy).</source>
        <translation>代理请写成 http://主机:端口（填“none”表示直接连接；留空则使用系统代理）。</translation>
    </message>
    <message>
        <source>The proxy URL contains a password, which would be stored in plain text; remove it.</source>
        <translation>代理 URL 中包含密码，它将以明文保存；请删除密码。</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; does not exist.</source>
        <translation>CA 文件“%1”不存在。</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; cannot be read.</source>
        <translation>无法读取 CA 文件“%1”。</translation>
    </message>
    <message>
        <source>Enter the project ID to send in X-Project-Id, or choose the region so that it can be looked up.</source>
        <translation>请填写要在 X-Project-Id 中发送的项目 ID，或选择区域以便自动查询。</translation>
    </message>
</context>
<context>
    <name>smsc::ProfileDialog</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建配置文件</translation>
    </message>
    <message>
        <source>New profile: fill in the form and save.</source>
        <translation>新建配置文件：请填写表单后保存。</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Copy of the profile: change what differs and save.</source>
        <translation>配置文件副本：请修改不同之处后保存。</translation>
    </message>
    <message>
        <source>Type the new name, then save. The keys move with the profile.</source>
        <translation>请输入新名称后保存。密钥会随配置文件一起转移。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and remove its keys from the system keychain?</source>
        <translation>要删除配置文件“%1”，并从系统密钥环中移除其密钥吗？</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved. No keys were entered, so none are stored yet.</source>
        <translation>配置文件“%1”已保存。未输入密钥，因此尚未保存任何密钥。</translation>
    </message>
    <message>
        <source>Detecting the account ID is not available here; enter it by hand.</source>
        <translation>此处无法自动获取账号 ID；请手动输入。</translation>
    </message>
    <message>
        <source>Asking IAM for the account ID…</source>
        <translation>正在向 IAM 查询账号 ID…</translation>
    </message>
    <message>
        <source>The account ID could not be detected: %1</source>
        <translation>无法获取账号 ID：%1</translation>
    </message>
    <message>
        <source>Account ID detected. Save to keep it.</source>
        <translation>已获取账号 ID。保存后生效。</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Check &amp;who I am</source>
        <translation>检查身份(&amp;W)</translation>
    </message>
    <message>
        <source>Ask STS who these keys belong to, and list the permissions the app needs</source>
        <translation>询问 STS 这些密钥属于谁，并列出本程序需要的权限</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>配置文件(&amp;P)：</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>重命名(&amp;M)</translation>
    </message>
    <message>
        <source>Save the profile, its keys in the system keychain (%1)</source>
        <translation>保存配置文件，其密钥存入系统密钥环（%1）</translation>
    </message>
    <message>
        <source>Check this profile step by step: configuration, network, TLS, clock, keys, account and permissions</source>
        <translation>逐步检查此配置文件：配置、网络、TLS、时钟、密钥、账号和权限</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>高级(&amp;V)</translation>
    </message>
    <message>
        <source>Check &amp;connection…</source>
        <translation>检查连接(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>smsc::ProfileEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>终端节点(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;IAM endpoint:</source>
        <translation>IAM 终端节点(&amp;I)：</translation>
    </message>
    <message>
        <source>Access &amp;key (AK):</source>
        <translation>访问密钥 (AK)(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Secret key (SK):</source>
        <translation>秘密访问密钥 (SK)(&amp;S)：</translation>
    </message>
    <message>
        <source>Security t&amp;oken:</source>
        <translation>安全令牌(&amp;O)：</translation>
    </message>
    <message>
        <source>IAM t&amp;oken:</source>
        <translation>IAM 令牌(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>连接超时(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Transfer timeout:</source>
        <translation>传输超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>正在获取…</translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation>自动获取(&amp;D)</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>选择 CA 证书文件</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Credentials (stored in the system keychain)</source>
        <translation>凭证（保存在系统密钥环中）</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Custom endpoint…</source>
        <translation>自定义终端节点…</translation>
    </message>
    <message>
        <source>AK/SK (permanent access key)</source>
        <translation>AK/SK（永久访问密钥）</translation>
    </message>
    <message>
        <source>Temporary AK/SK + security token</source>
        <translation>临时 AK/SK + 安全令牌</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM 令牌</translation>
    </message>
    <message>
        <source>English (en-us)</source>
        <translation>英文 (en-us)</translation>
    </message>
    <message>
        <source>Chinese (zh-cn)</source>
        <translation>中文 (zh-cn)</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>不发送</translation>
    </message>
    <message>
        <source>https://sms.example.com</source>
        <translation>https://sms.example.com</translation>
    </message>
    <message>
        <source>Needed to detect the account ID, e.g. https://iam.example.com</source>
        <translation>自动获取账号 ID 时需要，例如 https://iam.example.com</translation>
    </message>
    <message>
        <source>Optional: overrides https://sts.&lt;region&gt;.myhuaweicloud.com</source>
        <translation>可选：替代 https://sts.&lt;区域&gt;.myhuaweicloud.com</translation>
    </message>
    <message>
        <source>32 characters; leave empty to detect it on export</source>
        <translation>32 个字符；留空则在导出时自动获取</translation>
    </message>
    <message>
        <source>Empty: system proxy; &quot;none&quot;: direct; or http://host:port</source>
        <translation>留空：系统代理；“none”：直接连接；或 http://主机:端口</translation>
    </message>
    <message>
        <source>Optional: extra PEM bundle to trust</source>
        <translation>可选：额外信任的 PEM 证书包</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Ask IAM for the account ID with the keys above</source>
        <translation>使用上面的密钥向 IAM 查询账号 ID</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for the CA file</source>
        <translation>浏览 CA 文件</translation>
    </message>
    <message>
        <source>STS endpoint:</source>
        <translation>STS 终端节点：</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>认证方式(&amp;H)：</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>账号 ID：</translation>
    </message>
    <message>
        <source>Scope header:</source>
        <translation>范围请求头：</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>项目 ID(&amp;J)：</translation>
    </message>
    <message>
        <source>X-Lan&amp;guage:</source>
        <translation>X-Language(&amp;G)：</translation>
    </message>
    <message>
        <source>sends no X-Language header</source>
        <translation>不发送 X-Language 请求头</translation>
    </message>
    <message>
        <source>sends: %1</source>
        <translation>发送：%1</translation>
    </message>
    <message>
        <source>Same as the interface language</source>
        <translation>与界面语言相同</translation>
    </message>
    <message>
        <source>Retr&amp;y transient errors (throttling, 5xx, connection drops; never 401/403)</source>
        <translation>重试临时错误(&amp;Y)（限流、5xx、连接中断；401/403 永不重试）</translation>
    </message>
    <message>
        <source>SMS in use: %1 (from %2)</source>
        <translation>使用的 SMS：%1（来自%2）</translation>
    </message>
    <message>
        <source>IAM in use: none</source>
        <translation>使用的 IAM：无</translation>
    </message>
    <message>
        <source>IAM in use: %1 (from %2)</source>
        <translation>使用的 IAM：%1（来自%2）</translation>
    </message>
    <message>
        <source>STS in use: none (the account ID cannot be looked up through STS)</source>
        <translation>使用的 STS：无（无法通过 STS 查询账号 ID）</translation>
    </message>
    <message>
        <source>STS in use: %1 (from %2)</source>
        <translation>使用的 STS：%1（来自%2）</translation>
    </message>
    <message>
        <source>32 characters; leave empty to look it up through IAM by the region on export</source>
        <translation>32 个字符；留空则在导出时按区域通过 IAM 查询</translation>
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
        <source>Nothing was saved for profile &quot;%1&quot;: %2</source>
        <translation>配置文件“%1”未保存任何内容：%2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no %2 stored in the keychain.</source>
        <translation>配置文件“%1”在密钥环中没有保存%2。</translation>
    </message>
    <message>
        <source>The %1 of profile &quot;%2&quot; could not be accessed. %3</source>
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
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
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
        <source>A profile name cannot contain &quot;/&quot;, &quot;\&quot; or control characters.</source>
        <translation>配置文件名称不能包含“/”、“\”或控制字符。</translation>
    </message>
</context>
<context>
    <name>smsc::ProjectIdResolver</name>
    <message>
        <source>The project id could not be looked up: no IAM endpoint is set. Enter the project id, or an IAM endpoint.</source>
        <translation>无法查询项目 ID：未设置 IAM 终端节点。请填写项目 ID 或 IAM 终端节点。</translation>
    </message>
</context>
<context>
    <name>smsc::RegionsFile</name>
    <message>
        <source>a quoted value is not closed</source>
        <translation>引号括起的值没有结束</translation>
    </message>
    <message>
        <source>only \&quot; and \\ may be escaped in a quoted value</source>
        <translation>双引号括起的值中只能转义 \&quot; 和 \\</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain value; quote it</source>
        <translation>“%1”不是普通值，请给它加上引号</translation>
    </message>
    <message>
        <source>a list in brackets must hold plain values separated by commas</source>
        <translation>方括号中的列表只能包含以逗号分隔的普通值</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8 text</source>
        <translation>该行不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>a tab cannot indent a line; use spaces</source>
        <translation>不能用制表符缩进，请使用空格</translation>
    </message>
    <message>
        <source>the line is indented differently from the list above it</source>
        <translation>该行的缩进与上方的列表不一致</translation>
    </message>
    <message>
        <source>each endpoint must be one value</source>
        <translation>每个终端节点必须是单个值</translation>
    </message>
    <message>
        <source>expected a service name followed by &quot;:&quot; at the start of the line</source>
        <translation>行首应为服务名加“:”</translation>
    </message>
    <message>
        <source>expected a list item &quot;- id: …&quot; under the service</source>
        <translation>服务下应为列表项“- id: …”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>“%1”出现了两次</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation>应为“键: 值”</translation>
    </message>
    <message>
        <source>&quot;endpoints&quot; must be a list</source>
        <translation>“endpoints”必须是列表</translation>
    </message>
    <message>
        <source>the regions file</source>
        <translation>区域文件</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; it is not a regions file.</source>
        <translation>%1 大于 1 MiB，不是区域文件。</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1，第 %2 行：%3。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
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
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>The table is full: it holds at most %1 rows.</source>
        <translation>表格已满：最多容纳 %1 行。</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>those added</source>
        <translation>所添加的行</translation>
    </message>
    <message>
        <source>this export</source>
        <translation>此次导出</translation>
    </message>
    <message>
        <source>Replace the rows in the table?</source>
        <translation>替换表格中的行？</translation>
    </message>
    <message numerus="yes">
        <source>The table has %n row(s). Replace them with the rows of this export (%1)? Undo brings them back.</source>
        <translation>
            <numerusform>表格中有 %n 行。要替换为此次导出的行（%1 行）吗？撤销可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Add from account</source>
        <translation>从账号添加</translation>
    </message>
    <message>
        <source>Load rows from history</source>
        <translation>从历史记录加载行</translation>
    </message>
    <message>
        <source>Cl&amp;ear all</source>
        <translation>全部清空(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>编辑单元格</translation>
    </message>
</context>
<context>
    <name>smsc::RowPaster</name>
    <message>
        <source>Cannot paste</source>
        <translation>无法粘贴</translation>
    </message>
    <message>
        <source>Is the first row a header?</source>
        <translation>第一行是标题行吗？</translation>
    </message>
    <message>
        <source>The first pasted row, &quot;%1&quot;, reads like column titles, but it names none of the table&apos;s columns (%2). Skip it as a header row (the other rows then fill the columns in this order), or paste it as a row?</source>
        <translation>粘贴的第一行“%1”看起来像列标题，但没有指明表格的任何一列（%2）。要把它作为标题行跳过（其余各行按这一列顺序填入），还是作为一行数据粘贴？</translation>
    </message>
    <message>
        <source>&amp;Skip it (header row)</source>
        <translation>作为标题行跳过(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Paste it as a row</source>
        <translation>作为数据行粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>Paste over filled cells?</source>
        <translation>覆盖已填写的单元格？</translation>
    </message>
    <message numerus="yes">
        <source>The paste would change %n filled cell(s), in table rows %1. Replace them, or add the pasted rows after the last filled row?</source>
        <translation>
            <numerusform>此次粘贴会更改 %n 个已填写的单元格（表格第 %1 行）。要替换它们，还是把粘贴的行添加到最后一个已填写的行之后？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace them</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add as new rows</source>
        <translation>添加为新行(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Pasted over %n filled cell(s); Undo brings them back.</source>
        <translation>
            <numerusform>已覆盖 %n 个已填写的单元格；撤销可恢复。</numerusform>
        </translation>
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
    <message>
        <source>Added from the account.</source>
        <translation>从账号添加。</translation>
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
    <name>smsc::RowWriter</name>
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
        <source>%n row(s) left out: the table holds at most %1 rows. Not added: line(s) %2 of %3.</source>
        <translation>
            <numerusform>有 %n 行未添加：表格最多容纳 %1 行。未添加：%3 的第 %2 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out: the table holds at most %1 rows. Not added: row(s) %2 of %3.</source>
        <translation>
            <numerusform>有 %n 行未添加：表格最多容纳 %1 行。未添加：%3中的第 %2 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row limit reached</source>
        <translation>已达到行数上限</translation>
    </message>
    <message>
        <source>%1 Save the rows left out to a rows file, to add them later?</source>
        <translation>%1 要把未添加的行保存到行文件，以便稍后添加吗？</translation>
    </message>
    <message>
        <source>&amp;Save them…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the rows left out</source>
        <translation>保存未添加的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 Export all %2 rows in batches of at most %3 instead (a batch export window opens with them), or save the rows left out to a rows file, to add them later?</source>
        <translation>%1 要改为把全部 %2 行按每批最多 %3 行分批导出（将打开包含这些行的批量导出窗口），还是把未添加的行保存到行文件，以便稍后添加？</translation>
    </message>
    <message>
        <source>&amp;Export all %1 rows in batches…</source>
        <translation>分批导出全部 %1 行(&amp;E)…</translation>
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
        <source>Line %1: %2 fields, but the header row has %3.</source>
        <translation>第 %1 行：有 %2 个字段，但标题行有 %3 个。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
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
    <message>
        <source>Line %1, column %2: a value in a column without a title in the header row (line %3).</source>
        <translation>第 %1 行第 %2 列：该列在标题行（第 %3 行）中没有标题，却填有值。</translation>
    </message>
</context>
<context>
    <name>smsc::RowsHeader</name>
    <message>
        <source>column %1 &quot;%2&quot; is not a column of the rows table</source>
        <translation>第 %1 列“%2”不是行表格中的列</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot; repeats %3 (column %4)</source>
        <translation>第 %1 列“%2”重复了 %3（第 %4 列）</translation>
    </message>
    <message>
        <source>Line %1 is not a header row: it names none of the columns task_id, source_id and source_name.</source>
        <translation>第 %1 行不是标题行：它没有指明 task_id、source_id、source_name 中的任何一列。</translation>
    </message>
    <message>
        <source>Line %1: %2; the header row names task_id, source_id and source_name, each at most once.</source>
        <translation>第 %1 行：%2；标题行应指明 task_id、source_id 和 source_name，每列最多一次。</translation>
    </message>
    <message>
        <source>Line %1: the header row has no task_id column (expected task_id, source_id, source_name).</source>
        <translation>第 %1 行：标题行中没有 task_id 列（应为 task_id、source_id、source_name）。</translation>
    </message>
</context>
<context>
    <name>smsc::RunFolder</name>
    <message>
        <source>The run folder %1 cannot be created: %2</source>
        <translation>无法创建运行文件夹 %1：%2</translation>
    </message>
    <message>
        <source>No free run folder name is left in %1.</source>
        <translation>%1 中已没有可用的运行文件夹名称。</translation>
    </message>
</context>
<context>
    <name>smsc::SafeFile</name>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>它大于 %1 MiB</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>它大于 %1 字节</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>它是一个符号链接</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
</context>
<context>
    <name>smsc::SdkCredentialsFile</name>
    <message>
        <source>the section [%1] needs both ak and sk</source>
        <translation>[%1] 节需要同时包含 ak 和 sk</translation>
    </message>
    <message>
        <source>a section other than [basic] or [global] (the SDKs read only those)</source>
        <translation>不是 [basic] 或 [global] 节（SDK 只读取这两节）</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time (first on line %2)</source>
        <translation>[%1] 节第二次出现（首次在第 %2 行）</translation>
    </message>
    <message>
        <source>the line is not &quot;key = value&quot;</source>
        <translation>该行不是“key = value”格式</translation>
    </message>
    <message>
        <source>a key before the first section ([basic] or [global])</source>
        <translation>在第一个节（[basic] 或 [global]）之前出现了键</translation>
    </message>
    <message>
        <source>an unknown key (the SDKs read ak, sk, security_token, project_id, domain_id and iam_endpoint)</source>
        <translation>未知的键（SDK 读取 ak、sk、security_token、project_id、domain_id 和 iam_endpoint）</translation>
    </message>
    <message>
        <source>%1 appears a second time in [%2]</source>
        <translation>%1 在 [%2] 中第二次出现</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 没有值</translation>
    </message>
    <message>
        <source>the value of %1 contains a space or a control character</source>
        <translation>%1 的值包含空格或控制字符</translation>
    </message>
    <message>
        <source>%1 is not 32 characters, digits and letters a-f</source>
        <translation>%1 不是由数字和字母 a-f 组成的 32 个字符</translation>
    </message>
    <message>
        <source>there is no [basic] or [global] section</source>
        <translation>没有 [basic] 或 [global] 节</translation>
    </message>
    <message>
        <source>The SDK credentials file</source>
        <translation>SDK 凭证文件</translation>
    </message>
    <message>
        <source>%1 is larger than 64 KiB; it is not an SDK credentials file.</source>
        <translation>%1 大于 64 KiB，不是 SDK 凭证文件。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1，第 %2 行：%3。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The section must be basic or global, not &quot;%1&quot;.</source>
        <translation>节必须是 basic 或 global，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 has both a [basic] and a [global] section: choose one ([basic] sends X-Project-Id, [global] X-Domain-Id).</source>
        <translation>%1 同时包含 [basic] 和 [global] 节：请选择其一（[basic] 发送 X-Project-Id，[global] 发送 X-Domain-Id）。</translation>
    </message>
    <message>
        <source>%1 has no [%2] section.</source>
        <translation>%1 中没有 [%2] 节。</translation>
    </message>
</context>
<context>
    <name>smsc::SdkImportAction</name>
    <message>
        <source>Import from SDK credentials</source>
        <translation>从 SDK 凭证文件导入</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import [basic] (X-Project-Id)</source>
        <translation>导入 [basic]（X-Project-Id）</translation>
    </message>
    <message>
        <source>Import [global] (X-Domain-Id)</source>
        <translation>导入 [global]（X-Domain-Id）</translation>
    </message>
    <message>
        <source>Filled from [%1] of %2. Check the region, then save: the keys go into the keychain.</source>
        <translation>已从 %2 的 [%1] 节填入。请检查区域后保存：密钥将存入密钥环。</translation>
    </message>
    <message>
        <source>The keys from %1 are now in the keychain, but the file still holds them in plain text. Delete the file? Other tools that use the SDK may still read it.</source>
        <translation>%1 中的密钥现已存入密钥环，但该文件仍以明文保存着它们。要删除该文件吗？其他使用 SDK 的工具可能仍在读取它。</translation>
    </message>
    <message>
        <source>Delete the SDK credentials file?</source>
        <translation>删除 SDK 凭证文件？</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>删除文件</translation>
    </message>
    <message>
        <source>%1 was left as it is; it still holds the keys in plain text.</source>
        <translation>%1 保持原样；其中仍以明文保存着密钥。</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>&amp;Import from SDK credentials…</source>
        <translation>从 SDK 凭证文件导入(&amp;I)…</translation>
    </message>
    <message>
        <source>A new profile from the SDKs&apos; credentials file (~/.huaweicloud/credentials); its keys go into the keychain when you save</source>
        <translation>根据 SDK 凭证文件（~/.huaweicloud/credentials）新建配置文件；保存时其密钥存入密钥环</translation>
    </message>
</context>
<context>
    <name>smsc::SecretLineEdit</name>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>隐藏内容</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>显示内容</translation>
    </message>
    <message>
        <source>Shown in clear text</source>
        <translation>以明文显示</translation>
    </message>
    <message>
        <source>Masked; use Show in the context menu to reveal</source>
        <translation>已遮盖；可在右键菜单中选择“显示”查看</translation>
    </message>
</context>
<context>
    <name>smsc::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two keys of one action</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Next cell; on the last cell, add a row</source>
        <translation>下一个单元格；在最后一个单元格时添加一行</translation>
    </message>
    <message>
        <source>Previous cell</source>
        <translation>上一个单元格</translation>
    </message>
    <message>
        <source>Edit the cell; while editing, keep the edit</source>
        <translation>编辑单元格；编辑时保留所做的修改</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>Move between cells</source>
        <translation>在单元格之间移动</translation>
    </message>
    <message>
        <source>First cell, last cell</source>
        <translation>第一个单元格、最后一个单元格</translation>
    </message>
    <message>
        <source>Leave the table</source>
        <translation>离开表格</translation>
    </message>
    <message>
        <source>In the rows table</source>
        <translation>在行表格中</translation>
    </message>
    <message>
        <source>Replace the cell with what you type</source>
        <translation>用输入的内容替换单元格</translation>
    </message>
    <message>
        <source>Any letter or digit</source>
        <translation>任意字母或数字</translation>
    </message>
</context>
<context>
    <name>smsc::SignatureDiagnosisView</name>
    <message>
        <source>HTTP method</source>
        <translation>HTTP 方法</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>query string</source>
        <translation>查询字符串</translation>
    </message>
    <message>
        <source>signed header</source>
        <translation>签名的请求头</translation>
    </message>
    <message>
        <source>end of the headers</source>
        <translation>请求头结束</translation>
    </message>
    <message>
        <source>signed header names</source>
        <translation>签名的请求头名称</translation>
    </message>
    <message>
        <source>body hash</source>
        <translation>正文哈希</translation>
    </message>
    <message>
        <source>extra line</source>
        <translation>多余的行</translation>
    </message>
    <message>
        <source>&amp;Gateway&apos;s canonical request:</source>
        <translation>网关的规范请求(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Our canonical request:</source>
        <translation>本程序的规范请求(&amp;O)：</translation>
    </message>
    <message>
        <source>Our &amp;string to sign:</source>
        <translation>本程序的待签名字符串(&amp;S)：</translation>
    </message>
    <message>
        <source>First difference</source>
        <translation>第一处差异</translation>
    </message>
    <message>
        <source>Likely cause</source>
        <translation>可能的原因</translation>
    </message>
    <message>
        <source>Both canonical requests are identical.</source>
        <translation>两个规范请求完全相同。</translation>
    </message>
    <message>
        <source>▶ Line %1 differs (%2): the gateway has &quot;%3&quot;, we have &quot;%4&quot;.</source>
        <translation>▶ 第 %1 行不同（%2）：网关为“%3”，本程序为“%4”。</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Line %1 differs</source>
        <translation>第 %1 行不同</translation>
    </message>
</context>
<context>
    <name>smsc::StsClient</name>
    <message>
        <source>STS refused to decode the message: your user needs the STS decode-authorization-message permission (the refusal names the action %1). Ask an administrator to grant it, or ask them to decode the message for you.</source>
        <translation>STS 拒绝解码该信息：您的用户需要 STS decode-authorization-message 权限（拒绝信息中的操作为 %1）。请联系管理员授予权限，或请管理员代为解码。</translation>
    </message>
    <message>
        <source>STS refused to decode the message: your user needs the STS decode-authorization-message permission. Ask an administrator to grant it, or ask them to decode the message for you.</source>
        <translation>STS 拒绝解码该信息：您的用户需要 STS decode-authorization-message 权限。请联系管理员授予权限，或请管理员代为解码。</translation>
    </message>
    <message>
        <source>STS refused to say who these credentials belong to: your user needs the STS caller-identity permission (the refusal names the action %1).</source>
        <translation>STS 拒绝告知这些凭证的所属身份：您的用户需要 STS caller-identity 权限（拒绝信息中的操作为 %1）。</translation>
    </message>
    <message>
        <source>STS refused to say who these credentials belong to: your user needs the STS caller-identity permission.</source>
        <translation>STS 拒绝告知这些凭证的所属身份：您的用户需要 STS caller-identity 权限。</translation>
    </message>
</context>
<context>
    <name>smsc::StsParser</name>
    <message>
        <source>The encoded authorization message is empty: paste the encoded_authorization_message of a 403 answer.</source>
        <translation>编码的授权信息为空：请粘贴 403 响应中的 encoded_authorization_message。</translation>
    </message>
    <message>
        <source>The encoded authorization message has %1 characters; STS decodes at most %2. It was probably cut or joined with other text: copy it again from the 403 answer.</source>
        <translation>编码的授权信息有 %1 个字符；STS 最多解码 %2 个。它可能被截断或与其他文本连在了一起：请从 403 响应中重新复制。</translation>
    </message>
    <message>
        <source>STS answered without a decoded message.</source>
        <translation>STS 的响应中没有解码后的信息。</translation>
    </message>
    <message>
        <source>STS returned a decoded message this app cannot read; it is shown as sent.</source>
        <translation>STS 返回了本程序无法解析的解码信息；按原文显示。</translation>
    </message>
    <message>
        <source>STS caller-identity answered without an account id.</source>
        <translation>STS caller-identity 的响应中没有账号 ID。</translation>
    </message>
    <message>
        <source>Decision: allowed</source>
        <translation>决策：允许</translation>
    </message>
    <message>
        <source>Decision: denied by an explicit Deny statement</source>
        <translation>决策：被显式 Deny 语句拒绝</translation>
    </message>
    <message>
        <source>Decision: denied (no policy allows it)</source>
        <translation>决策：拒绝（没有策略允许）</translation>
    </message>
    <message>
        <source>Decision: not stated</source>
        <translation>决策：未说明</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>操作：%1</translation>
    </message>
    <message>
        <source>Resource: %1</source>
        <translation>资源：%1</translation>
    </message>
    <message>
        <source>Principal: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <source>Matching statement: %1 in policy %2 (%3, effect %4)</source>
        <translation>匹配的语句：策略 %2 中的 %1（%3，效果 %4）</translation>
    </message>
    <message>
        <source>Reason: no statement matched, so the request was denied by default. A policy granting the action is missing.</source>
        <translation>原因：没有匹配的语句，因此请求被默认拒绝。缺少授予该操作的策略。</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>条件：%1</translation>
    </message>
</context>
<context>
    <name>smsc::SupportBundle</name>
    <message>
        <source>The support bundle %1 cannot be written: %2</source>
        <translation>无法写入支持信息包 %1：%2</translation>
    </message>
</context>
<context>
    <name>smsc::SupportBundleAction</name>
    <message>
        <source>Save support bundle</source>
        <translation>保存支持包</translation>
    </message>
    <message>
        <source>Support bundle (*.json)</source>
        <translation>支持包 (*.json)</translation>
    </message>
    <message>
        <source>Save support &amp;bundle…</source>
        <translation>保存支持包(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>smsc::TlsStep</name>
    <message>
        <source>%1: no handshake within %2 s</source>
        <translation>%1：%2 秒内未完成握手</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>已过期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>subject %1; issuer %2; expires %3 (%4)</source>
        <translation>主体 %1；颁发者 %2；到期 %3（%4）</translation>
    </message>
    <message>
        <source>no endpoint (see Configuration)</source>
        <translation>没有端点（见“配置”）</translation>
    </message>
    <message>
        <source>plain HTTP (loopback only): no TLS</source>
        <translation>明文 HTTP（仅限本机回环）：无 TLS</translation>
    </message>
    <message>
        <source>%1: not tried (no connection)</source>
        <translation>%1：未尝试（没有连接）</translation>
    </message>
    <message>
        <source>%1 not reached</source>
        <translation>未连通 %1</translation>
    </message>
    <message>
        <source>Trusted authorities: the system&apos;s</source>
        <translation>信任的证书机构：系统自带</translation>
    </message>
    <message>
        <source>Trusted authorities: the system&apos;s plus the CA file %1</source>
        <translation>信任的证书机构：系统自带，加上 CA 文件 %1</translation>
    </message>
    <message>
        <source>no https host was reached</source>
        <translation>没有连通任何 https 主机</translation>
    </message>
    <message>
        <source>%1 (with a custom CA file)</source>
        <translation>%1（使用自定义 CA 文件）</translation>
    </message>
    <message>
        <source>If a proxy or firewall inspects TLS, add its CA certificate as the profile&apos;s CA file (--ca-file); if the endpoint is wrong (a name the certificate does not cover), correct it; never turn verification off.</source>
        <translation>如果代理或防火墙会检查 TLS，请把它的 CA 证书设为配置的 CA 文件（--ca-file）；如果端点有误（证书不包含该名称），请更正；切勿关闭验证。</translation>
    </message>
    <message>
        <source>A certificate expires soon: tell whoever runs the endpoint.</source>
        <translation>有证书即将到期：请告知端点的运维方。</translation>
    </message>
    <message>
        <source>%1: the CA file %2 holds no PEM certificate</source>
        <translation>%1：CA 文件 %2 中没有 PEM 证书</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1&apos;s certificate expires soon</source>
        <translation>%1 的证书即将到期</translation>
    </message>
    <message>
        <source>%1: %2, trusted
%3</source>
        <translation>%1：%2，受信任
%3</translation>
    </message>
    <message>
        <source>not trusted: %1</source>
        <translation>不受信任：%1</translation>
    </message>
    <message>
        <source>%1: not trusted: %2
%3</source>
        <translation>%1：不受信任：%2
%3</translation>
    </message>
    <message>
        <source>%1: handshake failed</source>
        <translation>%1：握手失败</translation>
    </message>
    <message>
        <source>%1: the handshake failed: %2</source>
        <translation>%1：握手失败：%2</translation>
    </message>
</context>
<context>
    <name>smsc::WhoAmIDialog</name>
    <message>
        <source>IAM user %1</source>
        <translation>IAM 用户 %1</translation>
    </message>
    <message>
        <source>Agency %1</source>
        <translation>委托 %1</translation>
    </message>
    <message>
        <source>Unknown: the answer carried no usable Date header</source>
        <translation>未知：响应中没有可用的 Date 请求头</translation>
    </message>
    <message>
        <source>In step with the server</source>
        <translation>与服务器同步</translation>
    </message>
    <message>
        <source>%1 ahead of the server</source>
        <translation>比服务器快 %1</translation>
    </message>
    <message>
        <source>%1 behind the server</source>
        <translation>比服务器慢 %1</translation>
    </message>
    <message>
        <source>None sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (request ID %2)</source>
        <translation>%1（请求 ID %2）</translation>
    </message>
    <message>
        <source>The credentials of profile &quot;%1&quot; work.</source>
        <translation>配置文件“%1”的凭证可用。</translation>
    </message>
    <message>
        <source>The profile names account %1, but these credentials belong to account %2.</source>
        <translation>配置文件指定的账号为 %1，但这些凭证属于账号 %2。</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>账号 ID：</translation>
    </message>
    <message>
        <source>User or agency:</source>
        <translation>用户或委托：</translation>
    </message>
    <message>
        <source>Principal URN:</source>
        <translation>主体 URN：</translation>
    </message>
    <message>
        <source>Scope header sent:</source>
        <translation>发送的范围请求头：</translation>
    </message>
    <message>
        <source>Endpoint reached:</source>
        <translation>访问的终端节点：</translation>
    </message>
    <message>
        <source>Clock skew:</source>
        <translation>时钟偏差：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>IAM actions this app needs (not checked here; a denial names the missing one):</source>
        <translation>本程序需要的 IAM 操作（此处不检查；拒绝信息会指出缺少的操作）：</translation>
    </message>
    <message>
        <source>Required IAM actions</source>
        <translation>所需的 IAM 操作</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>IAM action</source>
        <translation>IAM 操作</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再次检查(&amp;A)</translation>
    </message>
    <message>
        <source>Asking STS who these credentials belong to…</source>
        <translation>正在询问 STS 这些凭证属于谁…</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>检查失败：%1</translation>
    </message>
    <message>
        <source>Check profile</source>
        <translation>检查配置文件</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>详细信息(&amp;D)…</translation>
    </message>
    <message>
        <source>Every field of the failed request and answer, secrets redacted</source>
        <translation>失败的请求和响应的所有字段，机密信息已隐去</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy a summary of the failure; keys, tokens and signatures are redacted</source>
        <translation>复制失败摘要；密钥、令牌和签名已隐去</translation>
    </message>
</context>
<context>
    <name>smsc::WhoAmIReport</name>
    <message>
        <source>Export consistency results</source>
        <translation>导出一致性校验结果</translation>
    </message>
    <message>
        <source>Add from account</source>
        <translation>从账号添加</translation>
    </message>
    <message>
        <source>Decode a denial</source>
        <translation>解码拒绝信息</translation>
    </message>
    <message>
        <source>the STS decode-authorization-message permission</source>
        <translation>STS decode-authorization-message 权限</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>配置文件：%1</translation>
    </message>
    <message>
        <source>Account (domain) id: %1</source>
        <translation>账号 (domain) ID：%1</translation>
    </message>
    <message>
        <source>IAM user: %1</source>
        <translation>IAM 用户：%1</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>委托：%1</translation>
    </message>
    <message>
        <source>Principal: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <source>Principal URN: %1</source>
        <translation>主体 URN：%1</translation>
    </message>
    <message>
        <source>Principal id: %1</source>
        <translation>主体 ID：%1</translation>
    </message>
    <message>
        <source>Scope header: none sent</source>
        <translation>范围请求头：未发送</translation>
    </message>
    <message>
        <source>Scope header: %1: %2</source>
        <translation>范围请求头：%1: %2</translation>
    </message>
    <message>
        <source>Endpoint reached: %1</source>
        <translation>访问的终端节点：%1</translation>
    </message>
    <message>
        <source>Clock: the answer carried no usable Date header</source>
        <translation>时钟：响应中没有可用的 Date 请求头</translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation>时钟：%1</translation>
    </message>
    <message>
        <source>Clock: within %1 of the server</source>
        <translation>时钟：与服务器相差在 %1 以内</translation>
    </message>
    <message>
        <source>IAM actions this app needs (not checked; a denial names the missing one):</source>
        <translation>本程序需要的 IAM 操作权限（未逐一检查；被拒绝时会指出缺少哪一项）：</translation>
    </message>
    <message>
        <source>  [ ] %1: %2</source>
        <translation>  [ ] %1：%2</translation>
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
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>配置文件“%1”有未保存的更改。要保存吗？</translation>
    </message>
</context>
<context>
    <name>smsc::cli::AccountCommandSupport</name>
    <message>
        <source>Correct a wrong local clock: &quot;auto&quot; retries once with the measured offset when the signature is rejected as expired; a number adds that many seconds to the signing time.</source>
        <translation>校正错误的本地时钟：&quot;auto&quot; 在签名因过期被拒绝时使用测得的偏移量重试一次；数字表示在签名时间上加上相应的秒数。</translation>
    </message>
    <message>
        <source>--clock-offset takes &quot;auto&quot; or a number of seconds (at most a week either way), not &quot;%1&quot;.</source>
        <translation>--clock-offset 只接受 &quot;auto&quot; 或秒数（前后最多一周），而不是“%1”。</translation>
    </message>
    <message>
        <source>The clock is off: run the command again with --clock-offset auto to sign with the measured offset.</source>
        <translation>时钟不准：请加上 --clock-offset auto 再次运行该命令，以使用测得的偏移量签名。</translation>
    </message>
    <message>
        <source>Retrying once with the signing time moved by %1 seconds.</source>
        <translation>将签名时间调整 %1 秒后重试一次。</translation>
    </message>
</context>
<context>
    <name>smsc::cli::AccountTable</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>CONNECTED</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>RESULTS</source>
        <translation>校验结果</translation>
    </message>
    <message>
        <source>TASK ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>CREATED (UTC)</source>
        <translation>创建时间 (UTC)</translation>
    </message>
    <message>
        <source>SOURCE ID</source>
        <translation>源端 ID</translation>
    </message>
    <message>
        <source>SOURCE NAME</source>
        <translation>源端名称</translation>
    </message>
</context>
<context>
    <name>smsc::cli::BatchExportCommand</name>
    <message>
        <source>Export any number of rows in batches into a run folder, resumable.</source>
        <translation>将任意数量的行分批导出到一个运行文件夹，可续传。</translation>
    </message>
    <message>
        <source>Exports any number of rows in batches of at most 200, one request per batch, into a new run folder (sms-export-YYYYMMDD-HHMMSS in --output-dir) holding one file per batch and manifest.json, which records every batch. --resume sends only the batches that are not saved, into the same folder.
Exit codes: 0 every batch saved; 2 invalid input or usage, or a changed rows file (nothing sent); 3 stopped by a 401/403 or another 4xx; 4 a batch failed with 5xx after its retries; 5 network; 6 credentials unavailable; 7 a file or the manifest could not be saved; 130 interrupted. When batches fail differently, 130 wins over 3, 3 over 7, 7 over 5, 5 over 4.</source>
        <translation>将任意数量的行按每批最多 200 行分批导出，每批一个请求，保存到新的运行文件夹（--output-dir 中的 sms-export-YYYYMMDD-HHMMSS），其中每批一个文件，另有记录每个批次的 manifest.json。--resume 只发送尚未保存的批次，保存到同一文件夹。
退出码：0 所有批次均已保存；2 输入或用法无效，或行文件已更改（未发送任何内容）；3 因 401/403 或其他 4xx 而停止；4 某批次重试后仍因 5xx 失败；5 网络错误；6 凭据不可用；7 文件或清单无法保存；130 已中断。批次失败原因不同时，130 优先于 3，3 优先于 7，7 优先于 5，5 优先于 4。</translation>
    </message>
    <message>
        <source>Split the rows into batches (see --batch-size).</source>
        <translation>将行拆分成批次（见 --batch-size）。</translation>
    </message>
    <message>
        <source>Continue the run this manifest.json describes.</source>
        <translation>继续此 manifest.json 所描述的运行。</translation>
    </message>
    <message>
        <source>Read the rows from this CSV or TSV FILE (not stdin: a run is resumed from the file).</source>
        <translation>从此 CSV 或 TSV 文件读取行（不支持 stdin：续传时要重新读取该文件）。</translation>
    </message>
    <message>
        <source>Rows per request, 1 to 200 (default 200).</source>
        <translation>每个请求的行数，1 到 200（默认 200）。</translation>
    </message>
    <message>
        <source>Batches sent at once, 1 to 4 (default 1).</source>
        <translation>同时发送的批次数，1 到 4（默认 1）。</translation>
    </message>
    <message>
        <source>Repeat a batch after 429, 5xx or a network error up to N times, 0 to 5 (default 0); never after 401/403.</source>
        <translation>批次遇到 429、5xx 或网络错误后最多重试 N 次，0 到 5（默认 0）；401/403 从不重试。</translation>
    </message>
    <message>
        <source>Create the run folder in this folder (default: the current folder).</source>
        <translation>在此文件夹中创建运行文件夹（默认：当前文件夹）。</translation>
    </message>
    <message>
        <source>X-Language header: en-us, zh-cn or none.</source>
        <translation>X-Language 请求头：en-us、zh-cn 或 none。</translation>
    </message>
    <message>
        <source>Print one JSON object with the totals on stdout.</source>
        <translation>在 stdout 上输出一个包含汇总的 JSON 对象。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>Give either --batch or --resume MANIFEST, not both.</source>
        <translation>--batch 和 --resume MANIFEST 必须且只能指定其一。</translation>
    </message>
    <message>
        <source>--%1 cannot be changed on --resume: the manifest records it.</source>
        <translation>--resume 时不能更改 --%1：清单中已记录。</translation>
    </message>
    <message>
        <source>--batch needs the rows in a file: --rows FILE.</source>
        <translation>--batch 需要从文件读取行：--rows FILE。</translation>
    </message>
    <message>
        <source>--batch cannot read the rows from stdin: a run is resumed from its rows file.</source>
        <translation>--batch 不能从 stdin 读取行：续传要依据行文件。</translation>
    </message>
    <message>
        <source>--batch-size must be a whole number from 1 to %1.</source>
        <translation>--batch-size 必须是 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>--parallel must be a whole number from 1 to %1.</source>
        <translation>--parallel 必须是 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>--retry must be a whole number from 0 to %1.</source>
        <translation>--retry 必须是 0 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>--language must be en-us, zh-cn or none, not &quot;%1&quot;.</source>
        <translation>--language 必须是 en-us、zh-cn 或 none，而不是“%1”。</translation>
    </message>
    <message>
        <source>Batch %1/%2 saved: %3 (%4 rows, %5 bytes, request id %6)</source>
        <translation>批次 %1/%2 已保存：%3（%4 行，%5 字节，请求 ID %6）</translation>
    </message>
    <message>
        <source>Batch %1/%2 failed after %3 attempt(s): %4 (%5%6, request id %7)</source>
        <translation>批次 %1/%2 尝试 %3 次后失败：%4（%5%6，请求 ID %7）</translation>
    </message>
    <message>
        <source>The service refused the credentials or the permission: the run stopped, the batches not sent are pending. Fix the cause, then: sms-consistency-cli export --resume %1</source>
        <translation>服务拒绝了凭据或权限：运行已停止，未发送的批次仍为 pending。排除原因后执行：sms-consistency-cli export --resume %1</translation>
    </message>
    <message>
        <source>To send the batches not saved: sms-consistency-cli export --resume %1</source>
        <translation>发送尚未保存的批次：sms-consistency-cli export --resume %1</translation>
    </message>
    <message>
        <source>%1 of %2 batches saved (%3 rows, %4 bytes), %5 failed, %6 pending; manifest: %7</source>
        <translation>已保存 %1/%2 个批次（%3 行，%4 字节），%5 个失败，%6 个待发送；清单：%7</translation>
    </message>
    <message>
        <source>Interrupted; nothing was sent.</source>
        <translation>已中断；未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>smsc::cli::BodyFile</name>
    <message>
        <source>The body file %1 is larger than %2; no request body of this API is that large.</source>
        <translation>正文文件 %1 大于 %2；此 API 的请求正文不会这么大。</translation>
    </message>
    <message>
        <source>The body file %1 did not end within %2 seconds (a pipe nobody writes to?).</source>
        <translation>正文文件 %1 未在 %2 秒内结束（是否为无人写入的管道？）。</translation>
    </message>
    <message>
        <source>The body file %1 cannot be read: %2</source>
        <translation>无法读取正文文件 %1：%2</translation>
    </message>
    <message>
        <source>The body file %1 is a folder.</source>
        <translation>正文文件 %1 是一个文件夹。</translation>
    </message>
</context>
<context>
    <name>smsc::cli::CliApplication</name>
    <message>
        <source>Unknown command &quot;%1&quot;; run &apos;sms-consistency-cli --help&apos;.</source>
        <translation>未知命令“%1”；请运行 &apos;sms-consistency-cli --help&apos;。</translation>
    </message>
    <message>
        <source>Usage: sms-consistency-cli COMMAND [options]

Exports Huawei Cloud SMS consistency verification results.

Commands:
</source>
        <translation>用法：sms-consistency-cli COMMAND [选项]

导出华为云主机迁移服务 (SMS) 的一致性校验结果。

命令：
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help.
  -v, --version  Show the version.
</source>
        <translation>
选项：
  -h, --help     显示此帮助。
  -v, --version  显示版本。
</translation>
    </message>
    <message>
        <source>Run &apos;sms-consistency-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>运行 &apos;sms-consistency-cli COMMAND --help&apos; 查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Secrets are never accepted as arguments: use the environment (CLOUD_SDK_AK, CLOUD_SDK_SK), --token-file, or a stored --profile.</source>
        <translation>绝不接受以参数形式传入密钥：请使用环境变量（CLOUD_SDK_AK、CLOUD_SDK_SK）、--token-file 或已保存的 --profile。</translation>
    </message>
    <message>
        <source>Progress: while export, list-servers, list-tasks, decode and whoami work, one status line on stderr shows the stage, and while receiving the bytes, rate, elapsed and remaining time; it is erased when the command ends. It is shown only when stderr is a terminal, never with --json. --quiet prints only errors on stderr; --progress prints plain progress lines every few seconds instead (for CI logs). NO_COLOR and TERM=dumb are respected.</source>
        <translation>进度：export、list-servers、list-tasks、decode 和 whoami 运行期间，stderr 上有一行状态显示当前阶段，接收数据时还显示已接收字节数、速率、已用时间和剩余时间；命令结束时该行会被清除。仅当 stderr 是终端时显示，使用 --json 时从不显示。--quiet 只在 stderr 上打印错误；--progress 改为每隔几秒打印一行普通的进度文本（适用于 CI 日志）。遵循 NO_COLOR 和 TERM=dumb。</translation>
    </message>
    <message>
        <source>The commands that talk to the service take --timeout SECONDS (the longest wait for the next byte) and --max-time SECONDS (the longest one whole exchange may take, retries included).</source>
        <translation>与服务通信的命令接受 --timeout SECONDS（等待下一个字节的最长时间）和 --max-time SECONDS（一次完整交换所能花费的最长时间，含重试）。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 2 invalid input or usage, 3 rejected by the service, 4 service error, 5 network/TLS/timeout, 6 credentials unavailable, 7 answer not saved (disk, name, folder, permission, link), 8 a doctor check failed, 130 interrupted, 143 terminated.</source>
        <translation>退出码：0 成功，2 输入或用法无效，3 被服务拒绝，4 服务错误，5 网络/TLS/超时，6 凭证不可用，7 应答未能保存（磁盘、名称、文件夹、权限、链接），8 诊断检查失败，130 被中断，143 被终止。</translation>
    </message>
    <message>
        <source>--debug (on every command that talks to the service) traces each request and answer on stderr: method, URL, status, time taken, request id, headers with every secret and signature redacted, body sizes (never bodies), the proxy in use and the TLS protocol; retries and redirects get their own lines.</source>
        <translation>--debug（所有与服务通信的命令均可用）在 stderr 上跟踪每个请求和应答：方法、URL、状态、用时、请求 ID、已隐去所有密钥和签名的请求头、请求体和响应体的大小（从不输出其内容）、所用代理和 TLS 协议；重试和重定向各占单独的行。</translation>
    </message>
</context>
<context>
    <name>smsc::cli::Command</name>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>%1 (see &apos;sms-consistency-cli %2 --help&apos;)</source>
        <translation>%1（参见 &apos;sms-consistency-cli %2 --help&apos;）</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>[common options]</source>
        <translation>[通用选项]</translation>
    </message>
</context>
<context>
    <name>smsc::cli::CommonOptions</name>
    <message>
        <source>Use the stored profile NAME (settings and keychain secrets).</source>
        <translation>使用已保存的配置文件 NAME（设置和密钥环中的密钥）。</translation>
    </message>
    <message>
        <source>Region id, e.g. ap-southeast-3.</source>
        <translation>区域 ID，例如 ap-southeast-3。</translation>
    </message>
    <message>
        <source>Custom SMS endpoint URL (https; http only to loopback).</source>
        <translation>自定义 SMS 终端节点 URL（https；仅环回地址可用 http）。</translation>
    </message>
    <message>
        <source>IAM endpoint URL, used to find the account id.</source>
        <translation>IAM 终端节点 URL，用于查找账号 ID。</translation>
    </message>
    <message>
        <source>STS endpoint URL, used to find the account id.</source>
        <translation>STS 终端节点 URL，用于查找账号 ID。</translation>
    </message>
    <message>
        <source>Account (domain) id, sent as X-Domain-Id.</source>
        <translation>账号 (domain) ID，以 X-Domain-Id 发送。</translation>
    </message>
    <message>
        <source>Project id, sent as X-Project-Id instead of X-Domain-Id.</source>
        <translation>项目 ID，以 X-Project-Id 代替 X-Domain-Id 发送。</translation>
    </message>
    <message>
        <source>Connect and transfer timeout in seconds (default 60 / 120).</source>
        <translation>连接和传输超时，单位为秒（默认 60 / 120）。</translation>
    </message>
    <message>
        <source>Also trust the PEM certificates in FILE.</source>
        <translation>同时信任 FILE 中的 PEM 证书。</translation>
    </message>
    <message>
        <source>Proxy URL, or &quot;none&quot; (default: the system proxy).</source>
        <translation>代理 URL，或 &quot;none&quot;（默认：系统代理）。</translation>
    </message>
    <message>
        <source>Authenticate with the IAM token in FILE (X-Auth-Token).</source>
        <translation>使用 FILE 中的 IAM 令牌认证（X-Auth-Token）。</translation>
    </message>
    <message>
        <source>Give either --region or --endpoint, not both.</source>
        <translation>--region 和 --endpoint 只能指定其一。</translation>
    </message>
    <message>
        <source>Give either --domain-id or --project-id, not both.</source>
        <translation>--domain-id 和 --project-id 只能指定其一。</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout 需要 1 到 3600 之间的秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>无法读取 CA 文件 %1。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (see &apos;sms-consistency-cli profile list&apos;).</source>
        <translation>没有名为“%1”的配置文件（参见 &apos;sms-consistency-cli profile list&apos;）。</translation>
    </message>
    <message>
        <source>Choose where to send the request: --region ID, --endpoint URL or --profile NAME.</source>
        <translation>请选择请求的发送目标：--region ID、--endpoint URL 或 --profile NAME。</translation>
    </message>
    <message>
        <source>--proxy must not carry a password: a command line is visible to other users. Set http_proxy / https_proxy in the environment instead.</source>
        <translation>--proxy 不能包含密码：命令行对其他用户可见。请改为在环境变量中设置 http_proxy / https_proxy。</translation>
    </message>
    <message>
        <source>Stop each exchange with the service that takes longer than SECONDS in all, retries included (--timeout limits only waiting for the next byte).</source>
        <translation>单次与服务的交换（含重试）总耗时超过 SECONDS 秒即停止（--timeout 只限制等待下一个字节的时间）。</translation>
    </message>
    <message>
        <source>--max-time needs a number of seconds from 1 to 86400, not &quot;%1&quot;.</source>
        <translation>--max-time 需要 1 到 86400 之间的秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Scope header: domain (X-Domain-Id, the default) or project (X-Project-Id; without --project-id the region&apos;s project id is looked up through IAM).</source>
        <translation>作用域请求头：domain（X-Domain-Id，默认）或 project（X-Project-Id；未指定 --project-id 时通过 IAM 查询该区域的项目 ID）。</translation>
    </message>
    <message>
        <source>--scope must be domain or project, not &quot;%1&quot;.</source>
        <translation>--scope 必须是 domain 或 project，而不是“%1”。</translation>
    </message>
    <message>
        <source>--scope %1 contradicts the id given.</source>
        <translation>--scope %1 与所给的 ID 相矛盾。</translation>
    </message>
    <message>
        <source>Trace every request and answer on stderr: method, URL, status, time, request id, headers with secrets and signatures redacted, body sizes (never bodies), proxy and TLS.</source>
        <translation>在 stderr 上跟踪每个请求和应答：方法、URL、状态、用时、请求 ID、已隐去密钥和签名的请求头、内容大小（从不输出内容）、代理和 TLS。</translation>
    </message>
</context>
<context>
    <name>smsc::cli::CredentialSource</name>
    <message>
        <source>No credentials: set CLOUD_SDK_AK and CLOUD_SDK_SK in the environment, give an IAM token with --token-file, or use --profile NAME.</source>
        <translation>没有凭证：请在环境变量中设置 CLOUD_SDK_AK 和 CLOUD_SDK_SK，用 --token-file 提供 IAM 令牌，或使用 --profile NAME。</translation>
    </message>
    <message>
        <source>The access key is missing: CLOUD_SDK_SK is set but CLOUD_SDK_AK is not.</source>
        <translation>缺少访问密钥 ID (AK)：已设置 CLOUD_SDK_SK，但未设置 CLOUD_SDK_AK。</translation>
    </message>
    <message>
        <source>The secret key is missing: CLOUD_SDK_AK is set but CLOUD_SDK_SK is not.</source>
        <translation>缺少秘密访问密钥 (SK)：已设置 CLOUD_SDK_AK，但未设置 CLOUD_SDK_SK。</translation>
    </message>
    <message>
        <source>The token file %1 cannot be read: %2</source>
        <translation>无法读取令牌文件 %1：%2</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>令牌文件 %1 为空。</translation>
    </message>
    <message>
        <source>--%1 is not accepted: secrets on the command line are visible to other users and stay in the shell history. Set CLOUD_SDK_AK / CLOUD_SDK_SK (and CLOUD_SDK_SECURITY_TOKEN) in the environment, use --token-file FILE, or store them with &apos;profile set&apos;.</source>
        <translation>不接受 --%1：命令行上的密钥对其他用户可见，并会留在 shell 历史记录中。请在环境变量中设置 CLOUD_SDK_AK / CLOUD_SDK_SK（以及 CLOUD_SDK_SECURITY_TOKEN），使用 --token-file FILE，或用 &apos;profile set&apos; 保存它们。</translation>
    </message>
</context>
<context>
    <name>smsc::cli::DecodeCommand</name>
    <message>
        <source>Decode the encoded authorization message of a 403 answer with STS.</source>
        <translation>通过 STS 解码 403 响应中的编码授权消息。</translation>
    </message>
    <message>
        <source>Sends POST /v5/decode-authorization-message to STS with the same credentials as &apos;export&apos; and prints the decision: allowed or denied, action, resource and the matching policy statement.
FILE holds the message, or a 403 answer (or &apos;export --json&apos; output) that carries it; without FILE, or with -, it is read from stdin. It is never taken as an argument.</source>
        <translation>向 STS 发送 POST /v5/decode-authorization-message（使用与 &apos;export&apos; 相同的凭证），并输出判定结果：允许或拒绝、操作、资源以及匹配的策略语句。
FILE 中保存该消息，或保存携带该消息的 403 响应（或 &apos;export --json&apos; 的输出）；不指定 FILE 或指定 - 时从 stdin 读取。该消息绝不以参数形式传入。</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout.</source>
        <translation>在 stdout 上输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>File holding the message; - or nothing reads stdin.</source>
        <translation>保存消息的文件；- 或不指定时读取 stdin。</translation>
    </message>
    <message>
        <source>Give one file, or none to read stdin.</source>
        <translation>请指定一个文件，或不指定以读取 stdin。</translation>
    </message>
    <message>
        <source>Pipe the message into &apos;decode&apos; or give a FILE (see --help).</source>
        <translation>请将消息通过管道传给 &apos;decode&apos;，或指定 FILE（参见 --help）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: that is not an authorization message.</source>
        <translation>%1 大于 1 MiB：这不是授权消息。</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
</context>
<context>
    <name>smsc::cli::DoctorCommand</name>
    <message>
        <source>Check the set-up step by step: configuration, names, connection, TLS, clock, keys, account id, permissions.</source>
        <translation>逐步检查设置：配置、名称、连接、TLS、时钟、密钥、账号 ID、权限。</translation>
    </message>
    <message>
        <source>Runs eight checks in order and prints one line for each: its mark (ok, warning, failed, skipped), what it measured and, when it failed, what to do. 1 configuration (endpoints, auth mode, keys, scope header); 2 name resolution of the SMS, IAM and STS hosts; 3 a TCP connection to each, through the proxy in use; 4 TLS: protocol, cipher, certificate chain and trust; 5 the clock against the service&apos;s Date header; 6 the keys, by a signed STS caller-identity call (a rejected key is never sent again); 7 the account id configured against the one the keys resolve to; 8 permissions, by a signed GET /v3/sources?limit=1, then the two IAM actions the export needs and a custom policy granting them. Exit codes: 0 nothing failed, 8 a check failed, 6 credentials unavailable, 2 usage.</source>
        <translation>按顺序运行八项检查，每项输出一行：标记（正常、警告、失败、已跳过）、测得的结果，失败时给出处理方法。1 配置（端点、认证方式、密钥、作用域头）；2 SMS、IAM 和 STS 主机的名称解析；3 经当前代理到各主机的 TCP 连接；4 TLS：协议、加密套件、证书链及是否受信任；5 本机时钟与服务 Date 头的对比；6 通过签名的 STS caller-identity 调用检查密钥（被拒绝的密钥不会再次发送）；7 配置的账号 ID 与密钥解析出的账号 ID 的对比；8 权限：签名的 GET /v3/sources?limit=1，然后说明导出所需的两个 IAM 操作，并给出授予它们的自定义策略。退出码：0 没有失败，8 有检查失败，6 凭证不可用，2 用法错误。</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout: ok, checks (id, name, verdict, figure, detail, fix) and the policy.</source>
        <translation>在 stdout 输出一个 JSON 对象：ok、checks（id、name、verdict、figure、detail、fix）和 policy。</translation>
    </message>
    <message>
        <source>Also print each check&apos;s detail and the policy to paste.</source>
        <translation>同时输出每项检查的详情和可粘贴的策略。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n 项检查失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>No check failed.</source>
        <translation>没有检查失败。</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
</context>
<context>
    <name>smsc::cli::ExportCommand</name>
    <message>
        <source>One row (repeatable).</source>
        <translation>一行（可重复指定）。</translation>
    </message>
    <message>
        <source>Save to this file path.</source>
        <translation>保存到此文件路径。</translation>
    </message>
    <message>
        <source>Save into this folder, named by the service (default: the current folder).</source>
        <translation>保存到此文件夹，文件名由服务决定（默认：当前文件夹）。</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>替换已存在的输出文件。</translation>
    </message>
    <message>
        <source>X-Language header: en-us, zh-cn or none.</source>
        <translation>X-Language 请求头：en-us、zh-cn 或 none。</translation>
    </message>
    <message>
        <source>Print the signed request (secrets redacted); send nothing.</source>
        <translation>输出已签名的请求（密钥已脱敏）；不发送任何内容。</translation>
    </message>
    <message>
        <source>Print one JSON object with the outcome on stdout.</source>
        <translation>在 stdout 上输出一个包含结果的 JSON 对象。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>Give the rows with either --rows FILE or --row TASK_ID,SOURCE_ID,SOURCE_NAME.</source>
        <translation>请用 --rows FILE 或 --row TASK_ID,SOURCE_ID,SOURCE_NAME 指定行。</translation>
    </message>
    <message>
        <source>Give either --output or --output-dir, not both.</source>
        <translation>--output 和 --output-dir 只能指定其一。</translation>
    </message>
    <message>
        <source>--language must be en-us, zh-cn or none, not &quot;%1&quot;.</source>
        <translation>--language 必须是 en-us、zh-cn 或 none，而不是“%1”。</translation>
    </message>
    <message>
        <source>Interrupted; nothing was sent.</source>
        <translation>已中断；未发送任何内容。</translation>
    </message>
    <message>
        <source>Read rows from a CSV or TSV FILE with a header row naming task_id, source_id, source_name (or the window&apos;s titles, e.g. Task ID), each once; - reads stdin.</source>
        <translation>从带标题行的 CSV 或 TSV 文件 FILE 读取行，标题行指明 task_id、source_id、source_name（或窗口中的列标题，如“任务 ID”），每列一次；- 表示读取 stdin。</translation>
    </message>
    <message>
        <source>Sends POST /v3/tasks/consistency-results/export and saves the returned file.
Credentials: --profile NAME, or CLOUD_SDK_AK / CLOUD_SDK_SK (optional CLOUD_SDK_SECURITY_TOKEN), or an IAM token with --token-file or CLOUD_SDK_IAM_TOKEN. Secrets are never taken as arguments.
Exit codes: 0 saved; 2 invalid input or usage (nothing sent); 3 rejected by the service (4xx); 4 service error (5xx); 5 network, TLS or timeout; 6 credentials unavailable; 7 the answer could not be saved (disk full, name taken, folder gone, permission, a symbolic link at the output name); 130 interrupted (SIGINT), 143 terminated (SIGTERM).</source>
        <translation>发送 POST /v3/tasks/consistency-results/export 并保存返回的文件。
凭证：--profile NAME，或 CLOUD_SDK_AK / CLOUD_SDK_SK（可选 CLOUD_SDK_SECURITY_TOKEN），或通过 --token-file 或 CLOUD_SDK_IAM_TOKEN 提供的 IAM 令牌。绝不接受以参数形式传入密钥。
退出码：0 已保存；2 输入或用法无效（未发送任何内容）；3 被服务拒绝 (4xx)；4 服务错误 (5xx)；5 网络、TLS 或超时；6 凭证不可用；7 应答未能保存（磁盘已满、名称已被占用、文件夹已不存在、权限不足、输出名称处是符号链接）；130 被中断 (SIGINT)，143 被终止 (SIGTERM)。</translation>
    </message>
    <message>
        <source>Export the consistency results of up to 200 tasks to a file, or any number in batches (--batch).</source>
        <translation>将最多 200 个任务的一致性结果导出到文件，或分批导出任意数量（--batch）。</translation>
    </message>
    <message>
        <source>Any number of rows in batches, resumable (see &apos;sms-consistency-cli export --batch --help&apos;).</source>
        <translation>分批导出任意数量的行，可续传（见“sms-consistency-cli export --batch --help”）。</translation>
    </message>
    <message>
        <source>Continue a batch run from its manifest.json.</source>
        <translation>依据 manifest.json 继续一次批量运行。</translation>
    </message>
    <message>
        <source>X-Project-Id: %1 (looked up through IAM for region %2)</source>
        <translation>X-Project-Id：%1（通过 IAM 查询区域 %2 得到）</translation>
    </message>
</context>
<context>
    <name>smsc::cli::InputReader</name>
    <message>
        <source>Nothing arrived from %1 for %2 seconds; giving up.</source>
        <translation>%2 秒内未从 %1 收到任何内容；已放弃。</translation>
    </message>
    <message>
        <source>%1 did not end within %2 seconds; giving up.</source>
        <translation>%1 在 %2 秒内没有结束；已放弃。</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2, too large.</source>
        <translation>%1 大于 %2，太大了。</translation>
    </message>
</context>
<context>
    <name>smsc::cli::ListCommand</name>
    <message>
        <source>List the account&apos;s source servers (every page), or write them as rows.</source>
        <translation>列出账号的源端服务器（所有分页），或将其写为行。</translation>
    </message>
    <message>
        <source>List the account&apos;s migration tasks (every page), or write them as rows.</source>
        <translation>列出账号的迁移任务（所有分页），或将其写为行。</translation>
    </message>
    <message>
        <source>Sends GET /v3/sources page by page (IAM action sms:server:list).</source>
        <translation>逐页发送 GET /v3/sources（IAM 操作 sms:server:list）。</translation>
    </message>
    <message>
        <source>Sends GET /v3/tasks page by page (IAM action sms:server:listTask).</source>
        <translation>逐页发送 GET /v3/tasks（IAM 操作 sms:server:listTask）。</translation>
    </message>
    <message>
        <source>Only names containing TEXT.</source>
        <translation>仅名称包含 TEXT 的项。</translation>
    </message>
    <message>
        <source>Only IP addresses containing TEXT.</source>
        <translation>仅 IP 地址包含 TEXT 的项。</translation>
    </message>
    <message>
        <source>Only this state.</source>
        <translation>仅此状态。</translation>
    </message>
    <message>
        <source>Only servers that have consistency results.</source>
        <translation>仅有一致性校验结果的服务器。</translation>
    </message>
    <message>
        <source>Only tasks of this source server.</source>
        <translation>仅此源端服务器的任务。</translation>
    </message>
    <message>
        <source>Also write the rows (task_id, source_id, source_name) as a CSV FILE that &apos;export --rows&apos; reads.</source>
        <translation>同时将行（task_id, source_id, source_name）写入 CSV 文件 FILE，供 &apos;export --rows&apos; 读取。</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout instead of a table.</source>
        <translation>在 stdout 上输出一个 JSON 对象，而不是表格。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>%1 source servers.</source>
        <translation>%1 台源端服务器。</translation>
    </message>
    <message>
        <source>%1 migration tasks.</source>
        <translation>%1 个迁移任务。</translation>
    </message>
    <message>
        <source>%1 servers have no migration task and were left out of %2.</source>
        <translation>%1 台服务器没有迁移任务，未写入 %2。</translation>
    </message>
    <message>
        <source>%1 holds %2 rows; one export takes at most %3, so split it or filter further.</source>
        <translation>%1 包含 %2 行；一次导出最多 %3 行，请拆分或进一步筛选。</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
</context>
<context>
    <name>smsc::cli::OutputTarget</name>
    <message>
        <source>The output %1 is a folder; use --output-dir for a folder.</source>
        <translation>输出 %1 是一个文件夹；如需输出到文件夹，请使用 --output-dir。</translation>
    </message>
    <message>
        <source>The output file %1 already exists; add --force to replace it.</source>
        <translation>输出文件 %1 已存在；添加 --force 以替换它。</translation>
    </message>
    <message>
        <source>The output folder %1 does not exist.</source>
        <translation>输出文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The output folder %1 is not writable.</source>
        <translation>输出文件夹 %1 不可写。</translation>
    </message>
    <message>
        <source>The output folder %1 is not a folder.</source>
        <translation>输出文件夹 %1 不是文件夹。</translation>
    </message>
    <message>
        <source>The output %1 is a symbolic link; it is not written through. Nothing was sent or written; add --force to replace the link itself.</source>
        <translation>输出 %1 是一个符号链接，不会通过它写入。未发送也未写入任何内容；添加 --force 可替换链接本身。</translation>
    </message>
</context>
<context>
    <name>smsc::cli::ProfileCommand</name>
    <message>
        <source>The profile name.</source>
        <translation>配置文件名称。</translation>
    </message>
    <message>
        <source>Give exactly one profile NAME (see --help).</source>
        <translation>请指定且仅指定一个配置文件名称 NAME（参见 --help）。</translation>
    </message>
    <message>
        <source>Creates or updates profile NAME. Secrets are read from stdin, one per line in this order: AK, SK (and the security token for --auth temporary), or the IAM token for --auth token; at a terminal you are asked for them without echo. --from-env takes them from CLOUD_SDK_AK / CLOUD_SDK_SK / CLOUD_SDK_SECURITY_TOKEN instead.</source>
        <translation>创建或更新配置文件 NAME。密钥从 stdin 读取，每行一个，顺序为：AK、SK（--auth temporary 时还有安全令牌），或 --auth token 时的 IAM 令牌；在终端中会以不回显的方式提示输入。--from-env 则从 CLOUD_SDK_AK / CLOUD_SDK_SK / CLOUD_SDK_SECURITY_TOKEN 读取。</translation>
    </message>
    <message>
        <source>Auth mode: aksk (default), temporary or token.</source>
        <translation>认证方式：aksk（默认）、temporary 或 token。</translation>
    </message>
    <message>
        <source>X-Language header: en-us, zh-cn or none.</source>
        <translation>X-Language 请求头：en-us、zh-cn 或 none。</translation>
    </message>
    <message>
        <source>Take the secrets from the environment.</source>
        <translation>从环境变量读取密钥。</translation>
    </message>
    <message>
        <source>Change settings only; keep the stored secrets.</source>
        <translation>仅更改设置；保留已保存的密钥。</translation>
    </message>
    <message>
        <source>Also make it the current profile of the desktop app.</source>
        <translation>同时将其设为桌面应用的当前配置文件。</translation>
    </message>
    <message>
        <source>--auth must be aksk, temporary or token, not &quot;%1&quot;.</source>
        <translation>--auth 必须是 aksk、temporary 或 token，而不是“%1”。</translation>
    </message>
    <message>
        <source>--language must be en-us, zh-cn or none, not &quot;%1&quot;.</source>
        <translation>--language 必须是 en-us、zh-cn 或 none，而不是“%1”。</translation>
    </message>
    <message>
        <source>The environment holds %1 credentials, not the ones --auth %2 needs.</source>
        <translation>环境变量中的是 %1 凭证，而不是 --auth %2 所需的凭证。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation>已保存配置文件“%1”。</translation>
    </message>
    <message>
        <source>Lists the stored profiles, one name per line.</source>
        <translation>列出已保存的配置文件，每行一个名称。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Shows a profile&apos;s settings and which secrets the keychain holds (the AK masked, never a secret).</source>
        <translation>显示配置文件的设置以及密钥环中保存了哪些密钥（AK 已掩码，绝不显示密钥）。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>配置文件：%1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>终端节点：%1</translation>
    </message>
    <message>
        <source>Auth mode: %1</source>
        <translation>认证方式：%1</translation>
    </message>
    <message>
        <source>X-Project-Id: %1</source>
        <translation>X-Project-Id：%1</translation>
    </message>
    <message>
        <source>X-Domain-Id: %1</source>
        <translation>X-Domain-Id：%1</translation>
    </message>
    <message>
        <source>(resolved through IAM)</source>
        <translation>（通过 IAM 解析）</translation>
    </message>
    <message>
        <source>X-Language: %1</source>
        <translation>X-Language：%1</translation>
    </message>
    <message>
        <source>Timeouts: connect %1 s, transfer %2 s</source>
        <translation>超时：连接 %1 秒，传输 %2 秒</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>代理：%1</translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation>CA 文件：%1</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>密钥：%1</translation>
    </message>
    <message>
        <source>Secrets: stored in the keychain (AK %1)</source>
        <translation>密钥：已保存在密钥环中（AK %1）</translation>
    </message>
    <message>
        <source>Secrets: stored in the keychain</source>
        <translation>密钥：已保存在密钥环中</translation>
    </message>
    <message>
        <source>Deletes a profile&apos;s settings and its secrets in the keychain.</source>
        <translation>删除配置文件的设置及其在密钥环中的密钥。</translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot;.</source>
        <translation>已删除配置文件“%1”。</translation>
    </message>
    <message>
        <source>Options:
  -h, --help     Show this help.
  -v, --version  Show the version.</source>
        <translation>选项：
  -h, --help     显示此帮助。
  -v, --version  显示版本。</translation>
    </message>
    <message>
        <source>Endpoints: %1</source>
        <translation>终端节点：%1</translation>
    </message>
    <message>
        <source>SMS endpoint: %1 (from %2)</source>
        <translation>SMS 终端节点：%1（来自%2）</translation>
    </message>
    <message>
        <source>IAM endpoint: none (%1)</source>
        <translation>IAM 终端节点：无（%1）</translation>
    </message>
    <message>
        <source>IAM endpoint: %1 (from %2)</source>
        <translation>IAM 终端节点：%1（来自%2）</translation>
    </message>
    <message>
        <source>STS endpoint: none (%1)</source>
        <translation>STS 终端节点：无（%1）</translation>
    </message>
    <message>
        <source>STS endpoint: %1 (from %2)</source>
        <translation>STS 终端节点：%1（来自%2）</translation>
    </message>
    <message>
        <source>Create, list, show, delete or import (from the SDK credentials file) stored profiles (secrets in the OS keychain).</source>
        <translation>创建、列出、显示、删除或（从 SDK 凭证文件）导入已保存的配置文件（密钥保存在操作系统密钥环中）。</translation>
    </message>
    <message>
        <source>Usage: sms-consistency-cli profile set|list|show|delete|import-sdk [NAME] [options]
Run &apos;sms-consistency-cli profile ACTION --help&apos; for the options of an action.</source>
        <translation>用法：sms-consistency-cli profile set|list|show|delete|import-sdk [NAME] [选项]
运行 &apos;sms-consistency-cli profile ACTION --help&apos; 查看某个操作的选项。</translation>
    </message>
    <message>
        <source>profile needs an action: set, list, show, delete or import-sdk.</source>
        <translation>profile 需要一个操作：set、list、show、delete 或 import-sdk。</translation>
    </message>
    <message>
        <source>(looked up through IAM for region %1)</source>
        <translation>（通过 IAM 查询区域 %1 的项目）</translation>
    </message>
</context>
<context>
    <name>smsc::cli::ProfileImportCommand</name>
    <message>
        <source>Create a profile from the SDK credentials file (keys into the OS keychain).</source>
        <translation>根据 SDK 凭证文件创建配置文件（密钥存入操作系统密钥环）。</translation>
    </message>
    <message>
        <source>Creates profile NAME from the official SDKs&apos; credentials file: ak, sk and security_token go into the OS keychain only; project_id, domain_id and iam_endpoint into the profile. [basic] sends X-Project-Id, [global] X-Domain-Id. The file is never printed, and deleted only when you say so.</source>
        <translation>根据官方 SDK 的凭证文件创建配置文件 NAME：ak、sk 和 security_token 仅存入操作系统密钥环；project_id、domain_id 和 iam_endpoint 存入配置文件。[basic] 发送 X-Project-Id，[global] 发送 X-Domain-Id。绝不输出该文件内容，只有在您同意时才会删除它。</translation>
    </message>
    <message>
        <source>The credentials file (default: HUAWEICLOUD_SDK_CREDENTIALS_FILE, else ~/.huaweicloud/credentials).</source>
        <translation>凭证文件（默认：HUAWEICLOUD_SDK_CREDENTIALS_FILE，否则为 ~/.huaweicloud/credentials）。</translation>
    </message>
    <message>
        <source>The section to import: basic or global (needed when the file has both).</source>
        <translation>要导入的节：basic 或 global（文件同时包含两者时必须指定）。</translation>
    </message>
    <message>
        <source>Replace an existing profile of that name.</source>
        <translation>替换同名的现有配置文件。</translation>
    </message>
    <message>
        <source>Delete the credentials file once the keys are in the keychain, without asking.</source>
        <translation>密钥存入密钥环后直接删除凭证文件，不再询问。</translation>
    </message>
    <message>
        <source>Keep the credentials file without asking.</source>
        <translation>保留凭证文件，不再询问。</translation>
    </message>
    <message>
        <source>Also make it the current profile of the desktop app.</source>
        <translation>同时将其设为桌面应用的当前配置文件。</translation>
    </message>
    <message>
        <source>The profile name.</source>
        <translation>配置文件名称。</translation>
    </message>
    <message>
        <source>Give exactly one profile NAME (see --help).</source>
        <translation>请指定且仅指定一个配置文件名称 NAME（参见 --help）。</translation>
    </message>
    <message>
        <source>Give either --delete-file or --keep-file, not both.</source>
        <translation>请只指定 --delete-file 或 --keep-file 之一。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; nothing was imported. Give --force to replace it, or choose another name.</source>
        <translation>名为“%1”的配置文件已存在；未导入任何内容。使用 --force 替换它，或换一个名称。</translation>
    </message>
    <message>
        <source>The credentials file names no region: give --region ID (or --endpoint URL).</source>
        <translation>凭证文件中没有区域：请指定 --region ID（或 --endpoint URL）。</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot; from %2; its keys are in the keychain.</source>
        <translation>已从 %2 保存配置文件“%1”；其密钥已存入密钥环。</translation>
    </message>
    <message>
        <source>%1 still holds the keys in plain text. Delete it now? Other tools that use the SDK may still read it. [y/N]</source>
        <translation>%1 仍以明文保存着密钥。现在删除它吗？其他使用 SDK 的工具可能仍在读取它。[y/N]</translation>
    </message>
    <message>
        <source>%1 was left as it is; it still holds the keys in plain text.</source>
        <translation>%1 保持原样；其中仍以明文保存着密钥。</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
</context>
<context>
    <name>smsc::cli::ProgressLine</name>
    <message>
        <source>Print only errors on stderr: no progress, no notes (results still go to stdout).</source>
        <translation>只在 stderr 上打印错误：不显示进度，也不显示提示（结果仍输出到 stdout）。</translation>
    </message>
    <message>
        <source>Print progress as plain lines every few seconds, even when stderr is not a terminal (for CI logs).</source>
        <translation>每隔几秒以普通文本行打印进度，即使 stderr 不是终端也打印（适用于 CI 日志）。</translation>
    </message>
</context>
<context>
    <name>smsc::cli::ProgressText</name>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>正在检查行</translation>
    </message>
    <message>
        <source>Reading the credentials</source>
        <translation>正在读取凭证</translation>
    </message>
    <message>
        <source>Resolving the account</source>
        <translation>正在解析账号</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Waiting for the service</source>
        <translation>正在等待服务响应</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>正在接收</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>正在列出</translation>
    </message>
    <message>
        <source>%1: %2 items, pages received: %3, %4 elapsed</source>
        <translation>%1：%2 项，已接收 %3 页，已用 %4</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items, pages received: %4, %5 elapsed</source>
        <translation>%1：%2 / %3 项，已接收 %4 页，已用 %5</translation>
    </message>
    <message>
        <source>%1… %2 elapsed</source>
        <translation>%1… 已用 %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 elapsed</source>
        <translation>%1：%2，%3，已用 %4</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4%), %5, %6 elapsed, %7 left</source>
        <translation>%1：%2 / %3（%4%），%5，已用 %6，剩余 %7</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批量导出</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done, %4 of %5 rows, %6, %7 elapsed, %8 left</source>
        <translation>%1：已完成 %2 / %3，%4 / %5 行，%6，已用 %7，剩余 %8</translation>
    </message>
</context>
<context>
    <name>smsc::cli::ReportPrinter</name>
    <message>
        <source>Saved %1 bytes.</source>
        <translation>已保存 %1 字节。</translation>
    </message>
    <message>
        <source>Saved %1 bytes; request id %2.</source>
        <translation>已保存 %1 字节；请求 ID %2。</translation>
    </message>
    <message>
        <source>The service returned no file (HTTP %1 with an empty body).</source>
        <translation>服务未返回文件（HTTP %1，响应体为空）。</translation>
    </message>
    <message>
        <source>The service returned no file (HTTP %1); it returned: %2</source>
        <translation>服务未返回文件（HTTP %1）；返回内容：%2</translation>
    </message>
    <message>
        <source>The export failed (%1).</source>
        <translation>导出失败（%1）。</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态：%1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>参数：%1</translation>
    </message>
    <message>
        <source>Detail: %1 %2</source>
        <translation>详情：%1 %2</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <source>Redirected to: %1</source>
        <translation>重定向到：%1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Clock skew: %1 s (this computer minus the server)</source>
        <translation>时钟偏差：%1 秒（本机时间减去服务器时间）</translation>
    </message>
    <message>
        <source>Encoded authorization message (%1 characters; decode it with STS): %2</source>
        <translation>编码的授权消息（%1 个字符；请用 STS 解码）：%2</translation>
    </message>
    <message>
        <source>The gateway&apos;s canonical request:</source>
        <translation>网关的规范请求：</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent. The signed request (signature and tokens redacted):</source>
        <translation>试运行：未发送任何内容。已签名的请求（签名和令牌已脱敏）：</translation>
    </message>
    <message>
        <source>Canonical request:</source>
        <translation>规范请求：</translation>
    </message>
    <message>
        <source>String to sign:</source>
        <translation>待签名字符串：</translation>
    </message>
    <message>
        <source>%1 appeared while the file was downloading; both are kept: this export is %2.</source>
        <translation>下载期间出现了 %1；两者都已保留：本次导出为 %2。</translation>
    </message>
    <message>
        <source>Replaced the symbolic link %1 itself; its target was not changed.</source>
        <translation>已替换符号链接 %1 本身；其目标未被更改。</translation>
    </message>
</context>
<context>
    <name>smsc::cli::RowsInput</name>
    <message>
        <source>--row &quot;%1&quot; is not TASK_ID,SOURCE_ID,SOURCE_NAME (two commas needed).</source>
        <translation>--row “%1” 不是 TASK_ID,SOURCE_ID,SOURCE_NAME 格式（需要两个逗号）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
</context>
<context>
    <name>smsc::cli::SignCommand</name>
    <message>
        <source>Print the canonical request, string to sign and Authorization header for a request.</source>
        <translation>输出某个请求的规范请求、待签名字符串和 Authorization 请求头。</translation>
    </message>
    <message>
        <source>Signs one request with SDK-HMAC-SHA256 using CLOUD_SDK_AK / CLOUD_SDK_SK from the environment and prints every intermediate. Nothing is sent.</source>
        <translation>使用环境变量中的 CLOUD_SDK_AK / CLOUD_SDK_SK，以 SDK-HMAC-SHA256 对一个请求签名，并输出每个中间结果。不发送任何内容。</translation>
    </message>
    <message>
        <source>HTTP method, e.g. POST.</source>
        <translation>HTTP 方法，例如 POST。</translation>
    </message>
    <message>
        <source>Full request URL (scheme, host, path, query).</source>
        <translation>完整的请求 URL（协议、主机、路径、查询字符串）。</translation>
    </message>
    <message>
        <source>A header to sign, &apos;Name: value&apos; (repeatable).</source>
        <translation>要签名的请求头，格式为 &apos;Name: value&apos;（可重复指定）。</translation>
    </message>
    <message>
        <source>Sign as of this UTC time instead of now.</source>
        <translation>以此 UTC 时间而不是当前时间签名。</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>输出一个 JSON 对象，而不是文本。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>sign needs --method and --url.</source>
        <translation>sign 需要 --method 和 --url。</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; is not a full URL such as https://host/path.</source>
        <translation>URL“%1”不是完整的 URL，例如 https://host/path。</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not in the form &apos;Name: value&apos;.</source>
        <translation>请求头“%1”不是 &apos;Name: value&apos; 格式。</translation>
    </message>
    <message>
        <source>--date must look like 20250314T092653Z, not &quot;%1&quot;.</source>
        <translation>--date 的格式必须类似 20250314T092653Z，而不是“%1”。</translation>
    </message>
    <message>
        <source>sign needs CLOUD_SDK_AK and CLOUD_SDK_SK (an IAM token is not signed).</source>
        <translation>sign 需要 CLOUD_SDK_AK 和 CLOUD_SDK_SK（IAM 令牌不签名）。</translation>
    </message>
    <message>
        <source>Canonical request:</source>
        <translation>规范请求：</translation>
    </message>
    <message>
        <source>String to sign:</source>
        <translation>待签名字符串：</translation>
    </message>
    <message>
        <source>Signed headers: %1</source>
        <translation>签名的请求头：%1</translation>
    </message>
    <message>
        <source>X-Sdk-Date: %1</source>
        <translation>X-Sdk-Date: %1</translation>
    </message>
    <message>
        <source>Authorization: %1</source>
        <translation>Authorization: %1</translation>
    </message>
    <message>
        <source>Read the exact request body from FILE (at most 10 MiB, within 5 seconds).</source>
        <translation>从 FILE 读取精确的请求正文（最多 10 MiB，需在 5 秒内读完）。</translation>
    </message>
    <message>
        <source>The URL path &quot;%1&quot; has a percent-escape that is not UTF-8; no signer can sign it as sent.</source>
        <translation>URL 路径“%1”含有不是 UTF-8 的百分号转义；任何签名工具都无法按原样对其签名。</translation>
    </message>
    <message>
        <source>The query parameter &quot;%1&quot; has a percent-escape that is not UTF-8; no signer can sign it as sent.</source>
        <translation>查询参数“%1”含有不是 UTF-8 的百分号转义；任何签名工具都无法按原样对其签名。</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; cannot be sent: a name must be a plain token and a value must not contain CR, LF or NUL.</source>
        <translation>无法发送请求头“%1”：名称必须是普通标记（token），值不得包含 CR、LF 或 NUL。</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is given more than once.</source>
        <translation>请求头“%1”出现了多次。</translation>
    </message>
</context>
<context>
    <name>smsc::cli::WhoAmICommand</name>
    <message>
        <source>Show whose credentials these are: account, user or agency, scope header, clock.</source>
        <translation>显示这些凭证属于谁：账号、用户或委托、范围请求头、时钟。</translation>
    </message>
    <message>
        <source>Sends GET /v5/caller-identity to STS and shows the account, the IAM user or agency, the scope header this app sends, the endpoint reached, the clock skew and the IAM actions the app needs.</source>
        <translation>向 STS 发送 GET /v5/caller-identity，并显示账号、IAM 用户或委托、本程序发送的范围请求头、访问的终端节点、时钟偏差以及本程序需要的 IAM 操作。</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout.</source>
        <translation>在 stdout 上输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>The account id given (%1) is not the account these credentials belong to (%2).</source>
        <translation>给定的账号 ID（%1）不是这些凭证所属的账号（%2）。</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
</context>
</TS>
