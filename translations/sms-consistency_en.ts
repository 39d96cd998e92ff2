<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>smsc::AboutDialog</name>
    <message>
        <source>About SMS Consistency Exporter</source>
        <translation>About SMS Consistency Exporter</translation>
    </message>
    <message>
        <source>SMS Consistency Exporter</source>
        <translation>SMS Consistency Exporter</translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2</source>
        <translation>Version %1, built with Qt %2</translation>
    </message>
    <message>
        <source>Free software, licensed under the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty.</source>
        <translation>Free software, licensed under the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty.</translation>
    </message>
    <message>
        <source>Home page: %1</source>
        <translation>Home page: %1</translation>
    </message>
</context>
<context>
    <name>smsc::AccountIdResolver</name>
    <message>
        <source>The account id could not be looked up: no IAM endpoint is set. %1</source>
        <translation>The account id could not be looked up: no IAM endpoint is set. %1</translation>
    </message>
    <message>
        <source>IAM returned no account for these keys. %1</source>
        <translation>IAM returned no account for these keys. %1</translation>
    </message>
</context>
<context>
    <name>smsc::AccountIdStep</name>
    <message>
        <source>no endpoint (see Configuration)</source>
        <translation>no endpoint (see Configuration)</translation>
    </message>
    <message>
        <source>neither IAM nor STS was reached (see Connection and TLS)</source>
        <translation>neither IAM nor STS was reached (see Connection and TLS)</translation>
    </message>
    <message>
        <source>key rejected (%1)</source>
        <translation>key rejected (%1)</translation>
    </message>
    <message>
        <source>could not be resolved: %1</source>
        <translation>could not be resolved: %1</translation>
    </message>
    <message>
        <source>%1 configured, could not be confirmed</source>
        <translation>%1 configured, could not be confirmed</translation>
    </message>
    <message>
        <source>Enter the account id in the profile (My Credentials in the console shows it), or allow the user to read it (IAM, or STS caller-identity).</source>
        <translation>Enter the account id in the profile (My Credentials in the console shows it), or allow the user to read it (IAM, or STS caller-identity).</translation>
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
        <translation>cache</translation>
    </message>
    <message>
        <source>Resolved through %1: %2</source>
        <translation>Resolved through %1: %2</translation>
    </message>
    <message>
        <source>%1 (none configured: resolved through %2)</source>
        <translation>%1 (none configured: resolved through %2)</translation>
    </message>
    <message>
        <source>%1, as configured</source>
        <translation>%1, as configured</translation>
    </message>
    <message>
        <source>configured %1, but the keys belong to %2</source>
        <translation>configured %1, but the keys belong to %2</translation>
    </message>
    <message>
        <source>Correct the account id in the profile (or --domain-id) to %1, or leave it empty so that it is resolved.</source>
        <translation>Correct the account id in the profile (or --domain-id) to %1, or leave it empty so that it is resolved.</translation>
    </message>
</context>
<context>
    <name>smsc::AccountListPage</name>
    <message>
        <source>&amp;Name contains:</source>
        <translation>&amp;Name contains:</translation>
    </message>
    <message>
        <source>&amp;IP address contains:</source>
        <translation>&amp;IP address contains:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <source>Only servers with consistency &amp;results</source>
        <translation>Only servers with consistency &amp;results</translation>
    </message>
    <message>
        <source>&amp;Load servers</source>
        <translation>&amp;Load servers</translation>
    </message>
    <message>
        <source>&amp;Load tasks</source>
        <translation>&amp;Load tasks</translation>
    </message>
    <message>
        <source>Searc&amp;h the loaded list:</source>
        <translation>Searc&amp;h the loaded list:</translation>
    </message>
    <message>
        <source>Name, ID, IP or state</source>
        <translation>Name, ID, IP or state</translation>
    </message>
    <message>
        <source>Source servers</source>
        <translation>Source servers</translation>
    </message>
    <message>
        <source>Migration tasks</source>
        <translation>Migration tasks</translation>
    </message>
    <message>
        <source>&amp;Uncheck all</source>
        <translation>&amp;Uncheck all</translation>
    </message>
    <message>
        <source>Chec&amp;k all shown</source>
        <translation>Chec&amp;k all shown</translation>
    </message>
</context>
<context>
    <name>smsc::AccountListParser</name>
    <message>
        <source>The service answered with something that is not a list (%1).</source>
        <translation>The service answered with something that is not a list (%1).</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>The service&apos;s answer has no &quot;%1&quot; list.</source>
        <translation>The service&apos;s answer has no &quot;%1&quot; list.</translation>
    </message>
</context>
<context>
    <name>smsc::AccountLister</name>
    <message>
        <source>Listing migration tasks needs the IAM action sms:server:listTask. Ask an administrator to grant it, or type the task ids by hand.</source>
        <translation>Listing migration tasks needs the IAM action sms:server:listTask. Ask an administrator to grant it, or type the task ids by hand.</translation>
    </message>
    <message>
        <source>Listing source servers needs the IAM action sms:server:list. Ask an administrator to grant it, or type the rows by hand.</source>
        <translation>Listing source servers needs the IAM action sms:server:list. Ask an administrator to grant it, or type the rows by hand.</translation>
    </message>
</context>
<context>
    <name>smsc::AccountPickerDialog</name>
    <message>
        <source>Loading source servers…</source>
        <translation>Loading source servers…</translation>
    </message>
    <message>
        <source>Loading migration tasks…</source>
        <translation>Loading migration tasks…</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 of %2 loaded</translation>
    </message>
    <message>
        <source>Loading cancelled: %1 of %2 items were loaded.</source>
        <translation>Loading cancelled: %1 of %2 items were loaded.</translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>Loading failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n source server(s) loaded.</source>
        <translation>
            <numerusform>%n source server loaded.</numerusform>
            <numerusform>%n source servers loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n migration task(s) loaded.</source>
        <translation>
            <numerusform>%n migration task loaded.</numerusform>
            <numerusform>%n migration tasks loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The service stops listing at offset %2: narrow the filters to see the rest.</source>
        <translation>%1 The service stops listing at offset %2: narrow the filters to see the rest.</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 loaded</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added.</source>
        <translation>
            <numerusform>%n row added.</numerusform>
            <numerusform>%n rows added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n row(s)</source>
        <translation>
            <numerusform>&amp;Add %n row</numerusform>
            <numerusform>&amp;Add %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Add from account</source>
        <translation>Add from account</translation>
    </message>
    <message>
        <source>&amp;Source servers</source>
        <translation>&amp;Source servers</translation>
    </message>
    <message>
        <source>&amp;Migration tasks</source>
        <translation>&amp;Migration tasks</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Loading progress</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>&amp;Cancel loading</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>smsc::AccountPickerModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Already in the table.</source>
        <translation>Already in the table.</translation>
    </message>
    <message>
        <source>This server has no migration task, so it has no consistency results to export.</source>
        <translation>This server has no migration task, so it has no consistency results to export.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Has results</source>
        <translation>Has results</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>Task ID</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Source server</source>
        <translation>Source server</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>Source IP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>The table holds at most %1 rows: %2 of the %3 checked items were added and %4 were left out. Export these first, then add the rest.</source>
        <translation>The table holds at most %1 rows: %2 of the %3 checked items were added and %4 were left out. Export these first, then add the rest.</translation>
    </message>
</context>
<context>
    <name>smsc::AccountWorkflows</name>
    <message>
        <source>No profile yet</source>
        <translation>No profile yet</translation>
    </message>
    <message>
        <source>This needs a profile with the keys of your account, and there is none yet. Create one now?</source>
        <translation>This needs a profile with the keys of your account, and there is none yet. Create one now?</translation>
    </message>
    <message>
        <source>&amp;Create profile…</source>
        <translation>&amp;Create profile…</translation>
    </message>
</context>
<context>
    <name>smsc::AppController</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>Cannot export rows</source>
        <translation>Cannot export rows</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1 for the batch export.</source>
        <translation>
            <numerusform>Saved %n row to %1 for the batch export.</numerusform>
            <numerusform>Saved %n rows to %1 for the batch export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsc::AutosaveController</name>
    <message>
        <source>Could not read the saved rows from %1: %2</source>
        <translation>Could not read the saved rows from %1: %2</translation>
    </message>
    <message>
        <source>The saved rows in %1 are damaged and were not loaded.</source>
        <translation>The saved rows in %1 are damaged and were not loaded.</translation>
    </message>
    <message>
        <source>Could not save the rows to %1: %2</source>
        <translation>Could not save the rows to %1: %2</translation>
    </message>
</context>
<context>
    <name>smsc::BatchController</name>
    <message>
        <source>Choose the rows file to export.</source>
        <translation>Choose the rows file to export.</translation>
    </message>
    <message>
        <source>No profile is selected: choose one in the main window.</source>
        <translation>No profile is selected: choose one in the main window.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>There is no profile named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no keys stored yet: open Profiles, enter its keys and save.</source>
        <translation>Profile &quot;%1&quot; has no keys stored yet: open Profiles, enter its keys and save.</translation>
    </message>
    <message>
        <source>The keys of profile &quot;%1&quot; could not be read: the system keychain is unavailable (%2).</source>
        <translation>The keys of profile &quot;%1&quot; could not be read: the system keychain is unavailable (%2).</translation>
    </message>
</context>
<context>
    <name>smsc::BatchExportWindow</name>
    <message>
        <source>Sending the batches into %1…</source>
        <translation>Sending the batches into %1…</translation>
    </message>
    <message>
        <source>Batch export</source>
        <translation>Batch export</translation>
    </message>
    <message>
        <source>&amp;Rows file:</source>
        <translation>&amp;Rows file:</translation>
    </message>
    <message>
        <source>A CSV or TSV file with task_id, source_id and source_name, any number of rows</source>
        <translation>A CSV or TSV file with task_id, source_id and source_name, any number of rows</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>&amp;Output folder:</translation>
    </message>
    <message>
        <source>Each run makes a new folder sms-export-YYYYMMDD-HHMMSS here, with one file per batch and manifest.json</source>
        <translation>Each run makes a new folder sms-export-YYYYMMDD-HHMMSS here, with one file per batch and manifest.json</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation>Batch si&amp;ze:</translation>
    </message>
    <message>
        <source>Rows per request, 1 to %1</source>
        <translation>Rows per request, 1 to %1</translation>
    </message>
    <message>
        <source>&amp;Parallel requests:</source>
        <translation>&amp;Parallel requests:</translation>
    </message>
    <message>
        <source>Re&amp;tries:</source>
        <translation>Re&amp;tries:</translation>
    </message>
    <message>
        <source>Repeats of a batch after 429, 5xx or a network error; never after 401 or 403</source>
        <translation>Repeats of a batch after 429, 5xx or a network error; never after 401 or 403</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>Res&amp;ume…</translation>
    </message>
    <message>
        <source>Continue an earlier run from its manifest.json: only the batches not saved are sent</source>
        <translation>Continue an earlier run from its manifest.json: only the batches not saved are sent</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>No run yet.</translation>
    </message>
    <message>
        <source>Every batch of this run is saved, in %1.</source>
        <translation>Every batch of this run is saved, in %1.</translation>
    </message>
    <message>
        <source>%1 of %2 batches of this run are not saved. Resume… with its manifest.json sends only those.</source>
        <translation>%1 of %2 batches of this run are not saved. Resume… with its manifest.json sends only those.</translation>
    </message>
    <message>
        <source>Choose the rows file</source>
        <translation>Choose the rows file</translation>
    </message>
    <message>
        <source>Rows files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Rows files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Where should the run folders be created?</source>
        <translation>Where should the run folders be created?</translation>
    </message>
    <message>
        <source>Resume a run: choose its manifest.json</source>
        <translation>Resume a run: choose its manifest.json</translation>
    </message>
    <message>
        <source>Run manifests (manifest.json);;JSON files (*.json)</source>
        <translation>Run manifests (manifest.json);;JSON files (*.json)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>No application on this desktop opens folders. The run folder is %1.</source>
        <translation>No application on this desktop opens folders. The run folder is %1.</translation>
    </message>
    <message>
        <source>Batches: %1 of %2 done. Rows saved: %3 of %4. Received: %5.</source>
        <translation>Batches: %1 of %2 done. Rows saved: %3 of %4. Received: %5.</translation>
    </message>
    <message>
        <source>The run stopped: the service refused batch %1 (HTTP %2), so nothing more was sent; a key is locked after repeated refusals. %3 batch(es) are pending. Fix the profile&apos;s keys or its IAM permission (the error window says which), then use Resume… with this run&apos;s manifest.json.</source>
        <translation>The run stopped: the service refused batch %1 (HTTP %2), so nothing more was sent; a key is locked after repeated refusals. %3 batch(es) are pending. Fix the profile&apos;s keys or its IAM permission (the error window says which), then use Resume… with this run&apos;s manifest.json.</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 batches saved, %3 pending, nothing half-written kept. Resume… sends the rest.</source>
        <translation>Cancelled: %1 of %2 batches saved, %3 pending, nothing half-written kept. Resume… sends the rest.</translation>
    </message>
    <message>
        <source>All %1 batches saved (%2 rows, %3) in %4.</source>
        <translation>All %1 batches saved (%2 rows, %3) in %4.</translation>
    </message>
    <message>
        <source>%1 of %2 batches saved, %3 failed, %4 pending. Details… shows why a batch failed; Resume… sends the batches not saved.</source>
        <translation>%1 of %2 batches saved, %3 failed, %4 pending. Details… shows why a batch failed; Resume… sends the batches not saved.</translation>
    </message>
    <message>
        <source>Stop the batch export?</source>
        <translation>Stop the batch export?</translation>
    </message>
    <message>
        <source>A run is going on. Stop it and close? The batches not finished stay pending and can be sent later with Resume….</source>
        <translation>A run is going on. Stop it and close? The batches not finished stay pending and can be sent later with Resume….</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>&amp;Stop and close</translation>
    </message>
    <message>
        <source>Batches of the run</source>
        <translation>Batches of the run</translation>
    </message>
    <message>
        <source>Batches done</source>
        <translation>Batches done</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>smsc::BatchManifest</name>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2</source>
        <translation>not a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>not a string</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: not an object</translation>
    </message>
    <message>
        <source>%1 where %2 belongs</source>
        <translation>%1 where %2 belongs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not saved, failed or pending</source>
        <translation>&quot;%1&quot; is not saved, failed or pending</translation>
    </message>
    <message>
        <source>not a file name inside the run folder</source>
        <translation>not a file name inside the run folder</translation>
    </message>
    <message>
        <source>not 64 lower-case hexadecimal digits</source>
        <translation>not 64 lower-case hexadecimal digits</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>version %1 is not known to this program (it reads %2)</source>
        <translation>version %1 is not known to this program (it reads %2)</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>not a date and time</translation>
    </message>
    <message>
        <source>not a file path</source>
        <translation>not a file path</translation>
    </message>
    <message>
        <source>not a list of batches</source>
        <translation>not a list of batches</translation>
    </message>
    <message>
        <source>not after the previous batch&apos;s</source>
        <translation>not after the previous batch&apos;s</translation>
    </message>
    <message>
        <source>%1, but the batches hold %2</source>
        <translation>%1, but the batches hold %2</translation>
    </message>
    <message>
        <source>The manifest %1 cannot be read: %2</source>
        <translation>The manifest %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The manifest %1 is damaged or not a batch manifest (%2).</source>
        <translation>The manifest %1 is damaged or not a batch manifest (%2).</translation>
    </message>
    <message>
        <source>The manifest %1 cannot be written: %2</source>
        <translation>The manifest %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>This run was sent to %1, but the connection now goes to %2. A run folder keeps the answers of one endpoint: resume with the profile or --endpoint the run began with; nothing was sent.</source>
        <translation>This run was sent to %1, but the connection now goes to %2. A run folder keeps the answers of one endpoint: resume with the profile or --endpoint the run began with; nothing was sent.</translation>
    </message>
    <message>
        <source>not an absolute path</source>
        <translation>not an absolute path</translation>
    </message>
</context>
<context>
    <name>smsc::BatchRun</name>
    <message>
        <source>The service answered without a file.</source>
        <translation>The service answered without a file.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>smsc::BatchSetup</name>
    <message>
        <source>Cannot read the rows file %1: %2</source>
        <translation>Cannot read the rows file %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in the file.</source>
        <translation>
            <numerusform>%n more problem in the file.</numerusform>
            <numerusform>%n more problems in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nothing was sent.</translation>
    </message>
    <message>
        <source>The rows file %1 has changed since the run began (its SHA-256 differs from the manifest&apos;s); nothing was sent.</source>
        <translation>The rows file %1 has changed since the run began (its SHA-256 differs from the manifest&apos;s); nothing was sent.</translation>
    </message>
    <message>
        <source>The rows file %1 no longer splits into the batches the manifest records; nothing was sent.</source>
        <translation>The rows file %1 no longer splits into the batches the manifest records; nothing was sent.</translation>
    </message>
    <message>
        <source>batches[%1].file: the saved file %2 cannot be found (%3); nothing was sent. Put it back, or start a new run.</source>
        <translation>batches[%1].file: the saved file %2 cannot be found (%3); nothing was sent. Put it back, or start a new run.</translation>
    </message>
    <message>
        <source>batches[%1].file: the saved file %2 is now a symbolic link; nothing was sent.</source>
        <translation>batches[%1].file: the saved file %2 is now a symbolic link; nothing was sent.</translation>
    </message>
    <message>
        <source>batches[%1].file: the saved file %2 is not a regular file; nothing was sent.</source>
        <translation>batches[%1].file: the saved file %2 is not a regular file; nothing was sent.</translation>
    </message>
    <message>
        <source>batches[%1].bytes: the saved file %2 has %3 bytes, the manifest records %4; nothing was sent.</source>
        <translation>batches[%1].bytes: the saved file %2 has %3 bytes, the manifest records %4; nothing was sent.</translation>
    </message>
</context>
<context>
    <name>smsc::BatchTableModel</name>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>%1 (from row %2)</source>
        <translation>%1 (from row %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>smsc::CanonicalRequestDiff</name>
    <message>
        <source>method</source>
        <translation>method</translation>
    </message>
    <message>
        <source>canonical URI</source>
        <translation>canonical URI</translation>
    </message>
    <message>
        <source>canonical query</source>
        <translation>canonical query</translation>
    </message>
    <message>
        <source>canonical header</source>
        <translation>canonical header</translation>
    </message>
    <message>
        <source>end of headers</source>
        <translation>end of headers</translation>
    </message>
    <message>
        <source>signed headers</source>
        <translation>signed headers</translation>
    </message>
    <message>
        <source>payload hash</source>
        <translation>payload hash</translation>
    </message>
    <message>
        <source>extra line</source>
        <translation>extra line</translation>
    </message>
    <message>
        <source>Both canonical requests are identical, so the signature itself differs: the secret key does not belong to this access key, or the X-Sdk-Date sent differs from the one signed.</source>
        <translation>Both canonical requests are identical, so the signature itself differs: the secret key does not belong to this access key, or the X-Sdk-Date sent differs from the one signed.</translation>
    </message>
    <message>
        <source>The HTTP method differs: the request was sent with another method than the one signed.</source>
        <translation>The HTTP method differs: the request was sent with another method than the one signed.</translation>
    </message>
    <message>
        <source>The path differs only in its trailing slash: the canonical URI must end with &apos;/&apos; while the path sent keeps none (or a proxy added or removed one).</source>
        <translation>The path differs only in its trailing slash: the canonical URI must end with &apos;/&apos; while the path sent keeps none (or a proxy added or removed one).</translation>
    </message>
    <message>
        <source>The path is the same but encoded differently: each path segment must be percent-encoded exactly once, with upper-case hex.</source>
        <translation>The path is the same but encoded differently: each path segment must be percent-encoded exactly once, with upper-case hex.</translation>
    </message>
    <message>
        <source>The gateway received a different path: a proxy or a custom endpoint with a path prefix may rewrite it.</source>
        <translation>The gateway received a different path: a proxy or a custom endpoint with a path prefix may rewrite it.</translation>
    </message>
    <message>
        <source>The query string holds the same parameters encoded differently: spaces must be sent as %20 (never &apos;+&apos;), &apos;+&apos; as %2B, and non-ASCII as UTF-8 percent-encoding.</source>
        <translation>The query string holds the same parameters encoded differently: spaces must be sent as %20 (never &apos;+&apos;), &apos;+&apos; as %2B, and non-ASCII as UTF-8 percent-encoding.</translation>
    </message>
    <message>
        <source>The gateway received different query parameters than the ones signed.</source>
        <translation>The gateway received different query parameters than the ones signed.</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; differs in letter case: signed header names must be lower case.</source>
        <translation>The header name &quot;%1&quot; differs in letter case: signed header names must be lower case.</translation>
    </message>
    <message>
        <source>The value of the header &quot;%1&quot; differs: it was changed on the way (by a proxy or the HTTP stack) or not trimmed before signing.</source>
        <translation>The value of the header &quot;%1&quot; differs: it was changed on the way (by a proxy or the HTTP stack) or not trimmed before signing.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; was signed but the gateway did not receive it: it was dropped on the way.</source>
        <translation>The header &quot;%1&quot; was signed but the gateway did not receive it: it was dropped on the way.</translation>
    </message>
    <message>
        <source>The gateway signed the header &quot;%1&quot;, which is not in our canonical request.</source>
        <translation>The gateway signed the header &quot;%1&quot;, which is not in our canonical request.</translation>
    </message>
    <message>
        <source>The list of signed headers differs: it must be the lower-case names, sorted, joined by &apos;;&apos;.</source>
        <translation>The list of signed headers differs: it must be the lower-case names, sorted, joined by &apos;;&apos;.</translation>
    </message>
    <message>
        <source>The body hash differs: the body the gateway received is not byte for byte the one signed.</source>
        <translation>The body hash differs: the body the gateway received is not byte for byte the one signed.</translation>
    </message>
    <message>
        <source>The canonical requests differ, but not in a way this app recognises.</source>
        <translation>The canonical requests differ, but not in a way this app recognises.</translation>
    </message>
    <message>
        <source>Canonical request: ours compared with the gateway&apos;s</source>
        <translation>Canonical request: ours compared with the gateway&apos;s</translation>
    </message>
    <message>
        <source>(no line)</source>
        <translation>(no line)</translation>
    </message>
    <message>
        <source>&gt; %1  ours:    %2</source>
        <translation>&gt; %1  ours:    %2</translation>
    </message>
    <message>
        <source>       gateway: %1</source>
        <translation>       gateway: %1</translation>
    </message>
    <message>
        <source>No line differs.</source>
        <translation>No line differs.</translation>
    </message>
    <message>
        <source>First difference: line %1 (%2).</source>
        <translation>First difference: line %1 (%2).</translation>
    </message>
    <message>
        <source>Likely cause: %1</source>
        <translation>Likely cause: %1</translation>
    </message>
    <message>
        <source>Our string to sign:</source>
        <translation>Our string to sign:</translation>
    </message>
</context>
<context>
    <name>smsc::ClockRetryPrompt</name>
    <message>
        <source>Clock out of step</source>
        <translation>Clock out of step</translation>
    </message>
    <message>
        <source>&amp;Retry once</source>
        <translation>&amp;Retry once</translation>
    </message>
</context>
<context>
    <name>smsc::ClockSkew</name>
    <message>
        <source>1 second</source>
        <translation>1 second</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 seconds</translation>
    </message>
    <message>
        <source>%1 min %2 s (%3 seconds)</source>
        <translation>%1 min %2 s (%3 seconds)</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the server&apos;s clock.</source>
        <translation>This computer&apos;s clock is %1 ahead of the server&apos;s clock.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the server&apos;s clock.</source>
        <translation>This computer&apos;s clock is %1 behind the server&apos;s clock.</translation>
    </message>
    <message>
        <source>%1 Requests signed more than 15 minutes off are rejected; set the clock automatically (NTP) and check the time zone.</source>
        <translation>%1 Requests signed more than 15 minutes off are rejected; set the clock automatically (NTP) and check the time zone.</translation>
    </message>
    <message>
        <source>The request was rejected because of the clock. Retry once, signing with a time %1 later than this computer&apos;s clock?</source>
        <translation>The request was rejected because of the clock. Retry once, signing with a time %1 later than this computer&apos;s clock?</translation>
    </message>
    <message>
        <source>The request was rejected because of the clock. Retry once, signing with a time %1 earlier than this computer&apos;s clock?</source>
        <translation>The request was rejected because of the clock. Retry once, signing with a time %1 earlier than this computer&apos;s clock?</translation>
    </message>
</context>
<context>
    <name>smsc::ClockStep</name>
    <message>
        <source>+%1 s</source>
        <translation>+%1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no host was reached (see Connection and TLS)</source>
        <translation>no host was reached (see Connection and TLS)</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>no answer: %1</translation>
    </message>
    <message>
        <source>the service sent no readable Date header</source>
        <translation>the service sent no readable Date header</translation>
    </message>
    <message>
        <source>See the connection and TLS checks above.</source>
        <translation>See the connection and TLS checks above.</translation>
    </message>
    <message>
        <source>Make sure this computer&apos;s clock is set automatically (NTP).</source>
        <translation>Make sure this computer&apos;s clock is set automatically (NTP).</translation>
    </message>
    <message>
        <source>skew %1</source>
        <translation>skew %1</translation>
    </message>
    <message>
        <source>skew %1, %2 with the clock offset %3</source>
        <translation>skew %1, %2 with the clock offset %3</translation>
    </message>
    <message>
        <source>Server time (Date header): %1
This computer: %2
Measured against %3</source>
        <translation>Server time (Date header): %1
This computer: %2
Measured against %3</translation>
    </message>
    <message>
        <source>Set this computer&apos;s clock (turn on automatic time, NTP), or sign with the server&apos;s time: --clock-offset %1 (or --clock-offset auto).</source>
        <translation>Set this computer&apos;s clock (turn on automatic time, NTP), or sign with the server&apos;s time: --clock-offset %1 (or --clock-offset auto).</translation>
    </message>
    <message>
        <source>the clock is more than 15 minutes off: the gateway would refuse every signature (see Clock)</source>
        <translation>the clock is more than 15 minutes off: the gateway would refuse every signature (see Clock)</translation>
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
        <translation>temporary AK/SK</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM token</translation>
    </message>
    <message>
        <source>Choose a region or enter the SMS endpoint (https://…) in the profile or with --endpoint.</source>
        <translation>Choose a region or enter the SMS endpoint (https://…) in the profile or with --endpoint.</translation>
    </message>
    <message>
        <source>SMS endpoint: %1 (%2)</source>
        <translation>SMS endpoint: %1 (%2)</translation>
    </message>
    <message>
        <source>IAM endpoint: none known</source>
        <translation>IAM endpoint: none known</translation>
    </message>
    <message>
        <source>IAM endpoint: %1 (%2)</source>
        <translation>IAM endpoint: %1 (%2)</translation>
    </message>
    <message>
        <source>STS endpoint: none known</source>
        <translation>STS endpoint: none known</translation>
    </message>
    <message>
        <source>STS endpoint: %1 (%2)</source>
        <translation>STS endpoint: %1 (%2)</translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation>Authentication: %1</translation>
    </message>
    <message>
        <source>No credentials were found.</source>
        <translation>No credentials were found.</translation>
    </message>
    <message>
        <source>no credentials (see Configuration)</source>
        <translation>no credentials (see Configuration)</translation>
    </message>
    <message>
        <source>Store the keys with the profile (Profiles… or `profile set-secret`), or set them in the environment.</source>
        <translation>Store the keys with the profile (Profiles… or `profile set-secret`), or set them in the environment.</translation>
    </message>
    <message>
        <source>Access key: %1</source>
        <translation>Access key: %1</translation>
    </message>
    <message>
        <source>the keys are incomplete or malformed (see Configuration): they are not sent</source>
        <translation>the keys are incomplete or malformed (see Configuration): they are not sent</translation>
    </message>
    <message>
        <source>Enter the keys again exactly as the console shows them (Huawei Cloud AK: 20 letters and digits; SK: 40 characters).</source>
        <translation>Enter the keys again exactly as the console shows them (Huawei Cloud AK: 20 letters and digits; SK: 40 characters).</translation>
    </message>
    <message>
        <source>X-Project-Id (empty)</source>
        <translation>X-Project-Id (empty)</translation>
    </message>
    <message>
        <source>X-Project-Id %1</source>
        <translation>X-Project-Id %1</translation>
    </message>
    <message>
        <source>The scope header is X-Project-Id but no project id is set.</source>
        <translation>The scope header is X-Project-Id but no project id is set.</translation>
    </message>
    <message>
        <source>Enter the project id, or switch the scope header to X-Domain-Id.</source>
        <translation>Enter the project id, or switch the scope header to X-Domain-Id.</translation>
    </message>
    <message>
        <source>X-Domain-Id (resolved through IAM/STS)</source>
        <translation>X-Domain-Id (resolved through IAM/STS)</translation>
    </message>
    <message>
        <source>X-Domain-Id %1</source>
        <translation>X-Domain-Id %1</translation>
    </message>
    <message>
        <source>Scope header: %1</source>
        <translation>Scope header: %1</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>Proxy: %1</translation>
    </message>
    <message>
        <source>CA file: none (the system&apos;s trusted authorities)</source>
        <translation>CA file: none (the system&apos;s trusted authorities)</translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation>CA file: %1</translation>
    </message>
    <message>
        <source>Timeouts: connect %1 s, idle %2 s</source>
        <translation>Timeouts: connect %1 s, idle %2 s</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the profile as described above.</source>
        <translation>Correct the profile as described above.</translation>
    </message>
</context>
<context>
    <name>smsc::ConnectionStep</name>
    <message>
        <source>no endpoint to connect to (see Configuration)</source>
        <translation>no endpoint to connect to (see Configuration)</translation>
    </message>
    <message>
        <source>%1: not tried (the name did not resolve)</source>
        <translation>%1: not tried (the name did not resolve)</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s), slowest %1 ms, proxy %2</source>
        <translation>
            <numerusform>%n host, slowest %1 ms, proxy %2</numerusform>
            <numerusform>%n hosts, slowest %1 ms, proxy %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not reachable, proxy %2</source>
        <translation>%1 not reachable, proxy %2</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s address, port, user name and password (profile or --proxy), or ask the network administrator which proxy to use.</source>
        <translation>Check the proxy&apos;s address, port, user name and password (profile or --proxy), or ask the network administrator which proxy to use.</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s port, a firewall between here and the service, and whether this network needs a proxy (profile or --proxy).</source>
        <translation>Check the endpoint&apos;s port, a firewall between here and the service, and whether this network needs a proxy (profile or --proxy).</translation>
    </message>
    <message>
        <source>the configured proxy is not a usable URL</source>
        <translation>the configured proxy is not a usable URL</translation>
    </message>
    <message>
        <source>%1: not tried (the proxy setting is unusable)</source>
        <translation>%1: not tried (the proxy setting is unusable)</translation>
    </message>
    <message>
        <source>%1:%2 (%3): connected in %4 ms through the proxy, which answered</source>
        <translation>%1:%2 (%3): connected in %4 ms through the proxy, which answered</translation>
    </message>
    <message>
        <source>%1:%2 (%3): connected in %4 ms</source>
        <translation>%1:%2 (%3): connected in %4 ms</translation>
    </message>
    <message>
        <source>connection refused: nothing listens on port %1</source>
        <translation>connection refused: nothing listens on port %1</translation>
    </message>
    <message>
        <source>the proxy asks for a user name and password (407)</source>
        <translation>the proxy asks for a user name and password (407)</translation>
    </message>
    <message>
        <source>the proxy refused the connection (is its address and port right?)</source>
        <translation>the proxy refused the connection (is its address and port right?)</translation>
    </message>
    <message>
        <source>the proxy&apos;s host name could not be found</source>
        <translation>the proxy&apos;s host name could not be found</translation>
    </message>
    <message>
        <source>the proxy closed the connection or refused to connect to %1</source>
        <translation>the proxy closed the connection or refused to connect to %1</translation>
    </message>
    <message>
        <source>the host name could not be found</source>
        <translation>the host name could not be found</translation>
    </message>
    <message>
        <source>%1:%2: failed after %3 ms: %4</source>
        <translation>%1:%2: failed after %3 ms: %4</translation>
    </message>
    <message>
        <source>%1:%2: no connection within %3 s</source>
        <translation>%1:%2: no connection within %3 s</translation>
    </message>
    <message>
        <source>proxy %1: %2</source>
        <translation>proxy %1: %2</translation>
    </message>
</context>
<context>
    <name>smsc::CredentialChecks</name>
    <message>
        <source>access key (AK)</source>
        <translation>access key (AK)</translation>
    </message>
    <message>
        <source>secret key (SK)</source>
        <translation>secret key (SK)</translation>
    </message>
    <message>
        <source>security token</source>
        <translation>security token</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM token</translation>
    </message>
    <message>
        <source>The %1 contains a line break at character %2. Copy the key again as a single line.</source>
        <translation>The %1 contains a line break at character %2. Copy the key again as a single line.</translation>
    </message>
    <message>
        <source>The %1 contains a space or tab at character %2. Keys never contain spaces: copy the key again without it.</source>
        <translation>The %1 contains a space or tab at character %2. Keys never contain spaces: copy the key again without it.</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>Enter the access key (AK).</translation>
    </message>
    <message>
        <source>This access key starts with &quot;LTAI&quot;, which is how Alibaba Cloud keys start. Create an access key in the Huawei Cloud console (My Credentials &gt; Access Keys).</source>
        <translation>This access key starts with &quot;LTAI&quot;, which is how Alibaba Cloud keys start. Create an access key in the Huawei Cloud console (My Credentials &gt; Access Keys).</translation>
    </message>
    <message>
        <source>This access key starts with &quot;%1&quot;, which is how Amazon Web Services (AWS) keys start. Create an access key in the Huawei Cloud console (My Credentials &gt; Access Keys).</source>
        <translation>This access key starts with &quot;%1&quot;, which is how Amazon Web Services (AWS) keys start. Create an access key in the Huawei Cloud console (My Credentials &gt; Access Keys).</translation>
    </message>
    <message>
        <source>This access key starts with &quot;AKID&quot;, which is how Tencent Cloud keys start. Create an access key in the Huawei Cloud console (My Credentials &gt; Access Keys).</source>
        <translation>This access key starts with &quot;AKID&quot;, which is how Tencent Cloud keys start. Create an access key in the Huawei Cloud console (My Credentials &gt; Access Keys).</translation>
    </message>
    <message>
        <source>This looks like a secret key (SK), not an access key: it has %1 characters and an access key has %2 upper-case letters and digits. Check that the AK and SK fields are not swapped.</source>
        <translation>This looks like a secret key (SK), not an access key: it has %1 characters and an access key has %2 upper-case letters and digits. Check that the AK and SK fields are not swapped.</translation>
    </message>
    <message>
        <source>An access key (AK) has exactly %1 upper-case letters and digits; this one has %2 characters%3.</source>
        <translation>An access key (AK) has exactly %1 upper-case letters and digits; this one has %2 characters%3.</translation>
    </message>
    <message>
        <source>, including lower-case letters or symbols</source>
        <translation>, including lower-case letters or symbols</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>Enter the secret key (SK).</translation>
    </message>
    <message>
        <source>This looks like an access key (AK), not a secret key: it has %1 upper-case letters and digits. Check that the AK and SK fields are not swapped.</source>
        <translation>This looks like an access key (AK), not a secret key: it has %1 upper-case letters and digits. Check that the AK and SK fields are not swapped.</translation>
    </message>
    <message>
        <source>A Huawei Cloud secret key has only letters and digits, but this one contains &quot;%1&quot;. Keys of other clouds (such as AWS) contain symbols; check where this key comes from.</source>
        <translation>A Huawei Cloud secret key has only letters and digits, but this one contains &quot;%1&quot;. Keys of other clouds (such as AWS) contain symbols; check where this key comes from.</translation>
    </message>
    <message>
        <source>A secret key (SK) has about 40 characters; this one has %1. Copy the whole key from the credentials file you downloaded.</source>
        <translation>A secret key (SK) has about 40 characters; this one has %1. Copy the whole key from the credentials file you downloaded.</translation>
    </message>
    <message>
        <source>Enter the IAM token.</source>
        <translation>Enter the IAM token.</translation>
    </message>
    <message>
        <source>Enter the security token.</source>
        <translation>Enter the security token.</translation>
    </message>
</context>
<context>
    <name>smsc::CredentialStore</name>
    <message>
        <source>The keychain holds no such entry.</source>
        <translation>The keychain holds no such entry.</translation>
    </message>
    <message>
        <source>The OS keychain (secure storage) is unavailable.</source>
        <translation>The OS keychain (secure storage) is unavailable.</translation>
    </message>
    <message>
        <source>The OS keychain (secure storage) is unavailable: %1</source>
        <translation>The OS keychain (secure storage) is unavailable: %1</translation>
    </message>
    <message>
        <source>The OS keychain did not answer in time (it may be locked and waiting for a password prompt).</source>
        <translation>The OS keychain did not answer in time (it may be locked and waiting for a password prompt).</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock the login keyring (log in to the desktop session, or run gnome-keyring-daemon --unlock and type the login password) and try again.</source>
        <translation>The keychain is locked. Unlock the login keyring (log in to the desktop session, or run gnome-keyring-daemon --unlock and type the login password) and try again.</translation>
    </message>
</context>
<context>
    <name>smsc::Credentials</name>
    <message>
        <source>the access key (AK)</source>
        <translation>the access key (AK)</translation>
    </message>
    <message>
        <source>the secret key (SK)</source>
        <translation>the secret key (SK)</translation>
    </message>
    <message>
        <source>the security token</source>
        <translation>the security token</translation>
    </message>
    <message>
        <source>the IAM token</source>
        <translation>the IAM token</translation>
    </message>
    <message>
        <source>Credentials incomplete: %1 missing.</source>
        <translation>Credentials incomplete: %1 missing.</translation>
    </message>
</context>
<context>
    <name>smsc::CredentialsStep</name>
    <message>
        <source>Check the AK and SK (or the token) against the console, and that the key is enabled. The gateway locks a key after 5 failed attempts: the doctor sent it once and sends it no more.</source>
        <translation>Check the AK and SK (or the token) against the console, and that the key is enabled. The gateway locks a key after 5 failed attempts: the doctor sent it once and sends it no more.</translation>
    </message>
    <message>
        <source>the key was rejected (see Credentials accepted): it is not sent again</source>
        <translation>the key was rejected (see Credentials accepted): it is not sent again</translation>
    </message>
    <message>
        <source>no endpoint (see Configuration)</source>
        <translation>no endpoint (see Configuration)</translation>
    </message>
    <message>
        <source>no STS endpoint for this region</source>
        <translation>no STS endpoint for this region</translation>
    </message>
    <message>
        <source>STS was not reached (see Connection and TLS)</source>
        <translation>STS was not reached (see Connection and TLS)</translation>
    </message>
    <message>
        <source>agency %1</source>
        <translation>agency %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>user %1</translation>
    </message>
    <message>
        <source>principal %1</source>
        <translation>principal %1</translation>
    </message>
    <message>
        <source>account %1, %2</source>
        <translation>account %1, %2</translation>
    </message>
    <message>
        <source>Principal URN: %1</source>
        <translation>Principal URN: %1</translation>
    </message>
    <message>
        <source>Principal id: %1</source>
        <translation>Principal id: %1</translation>
    </message>
    <message>
        <source>Key: permanent access key</source>
        <translation>Key: permanent access key</translation>
    </message>
    <message>
        <source>Key: temporary access key with a security token; caller-identity does not say when it expires</source>
        <translation>Key: temporary access key with a security token; caller-identity does not say when it expires</translation>
    </message>
    <message>
        <source>Key: IAM token (valid for 24 hours from when it was issued)</source>
        <translation>Key: IAM token (valid for 24 hours from when it was issued)</translation>
    </message>
    <message>
        <source>STS endpoint: %1</source>
        <translation>STS endpoint: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Request id: %1</translation>
    </message>
    <message>
        <source>signature refused: this computer&apos;s clock is off (%1)</source>
        <translation>signature refused: this computer&apos;s clock is off (%1)</translation>
    </message>
    <message>
        <source>Correct the clock (see Clock) or use --clock-offset.</source>
        <translation>Correct the clock (see Clock) or use --clock-offset.</translation>
    </message>
    <message>
        <source>key rejected (%1)</source>
        <translation>key rejected (%1)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>key accepted, but STS caller-identity is not allowed (%1)</source>
        <translation>key accepted, but STS caller-identity is not allowed (%1)</translation>
    </message>
    <message>
        <source>See the checks above; try again when the service is reachable.</source>
        <translation>See the checks above; try again when the service is reachable.</translation>
    </message>
</context>
<context>
    <name>smsc::DenialDecodeDialog</name>
    <message>
        <source>Allowed: the policies allow this action.</source>
        <translation>Allowed: the policies allow this action.</translation>
    </message>
    <message>
        <source>Denied: the policies do not allow this action.</source>
        <translation>Denied: the policies do not allow this action.</translation>
    </message>
    <message>
        <source>STS did not say whether the action is allowed.</source>
        <translation>STS did not say whether the action is allowed.</translation>
    </message>
    <message>
        <source>%1 (%2 policy), statement %3: %4</source>
        <translation>%1 (%2 policy), statement %3: %4</translation>
    </message>
    <message>
        <source>No statement matched</source>
        <translation>No statement matched</translation>
    </message>
    <message>
        <source>An Allow statement matched and no Deny statement did.</source>
        <translation>An Allow statement matched and no Deny statement did.</translation>
    </message>
    <message>
        <source>An explicit Deny statement matched; it overrides every Allow.</source>
        <translation>An explicit Deny statement matched; it overrides every Allow.</translation>
    </message>
    <message>
        <source>No policy allows this action (implicit deny): grant it to the user or agency.</source>
        <translation>No policy allows this action (implicit deny): grant it to the user or agency.</translation>
    </message>
    <message>
        <source>The message could not be decoded.</source>
        <translation>The message could not be decoded.</translation>
    </message>
    <message>
        <source>%1 (HTTP %2, error code %3)</source>
        <translation>%1 (HTTP %2, error code %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (request ID %2)</source>
        <translation>%1 (request ID %2)</translation>
    </message>
    <message>
        <source>Decode authorization message</source>
        <translation>Decode authorization message</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Resource:</translation>
    </message>
    <message>
        <source>Matching &amp;policy:</source>
        <translation>Matching &amp;policy:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>Raw &amp;JSON</translation>
    </message>
    <message>
        <source>Decoded message as JSON</source>
        <translation>Decoded message as JSON</translation>
    </message>
    <message>
        <source>&amp;Decode again</source>
        <translation>&amp;Decode again</translation>
    </message>
    <message>
        <source>Decoding with STS…</source>
        <translation>Decoding with STS…</translation>
    </message>
</context>
<context>
    <name>smsc::DoctorCheck</name>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Name resolution</source>
        <translation>Name resolution</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Credentials accepted</source>
        <translation>Credentials accepted</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Account id</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
</context>
<context>
    <name>smsc::DoctorContext</name>
    <message>
        <source>unusable: %1</source>
        <translation>unusable: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>configured: %1</source>
        <translation>configured: %1</translation>
    </message>
    <message>
        <source>system: %1</source>
        <translation>system: %1</translation>
    </message>
</context>
<context>
    <name>smsc::DoctorDialog</name>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Checking the connection of profile &quot;%1&quot;: %2 of %3 checks done…</source>
        <translation>Checking the connection of profile &quot;%1&quot;: %2 of %3 checks done…</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2 of %3 checks failed. Open a check to see how to fix it.</source>
        <translation>Profile &quot;%1&quot;: %2 of %3 checks failed. Open a check to see how to fix it.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: nothing failed, but %2 checks have warnings.</source>
        <translation>Profile &quot;%1&quot;: nothing failed, but %2 checks have warnings.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: every check passed.</source>
        <translation>Profile &quot;%1&quot;: every check passed.</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Check connection</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>Copy &amp;report</translation>
    </message>
    <message>
        <source>Copy every check with its detail and fix, without secrets</source>
        <translation>Copy every check with its detail and fix, without secrets</translation>
    </message>
    <message>
        <source>Copy &amp;policy</source>
        <translation>Copy &amp;policy</translation>
    </message>
    <message>
        <source>Copy the IAM custom policy the export needs, as JSON</source>
        <translation>Copy the IAM custom policy the export needs, as JSON</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>smsc::DoctorPolicy</name>
    <message>
        <source>The export needs two IAM actions: %1 and %2 (stated, not tried: the doctor exports nothing). A custom policy granting exactly those:</source>
        <translation>The export needs two IAM actions: %1 and %2 (stated, not tried: the doctor exports nothing). A custom policy granting exactly those:</translation>
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
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
</context>
<context>
    <name>smsc::DoctorRun</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>smsc::DownloadFile</name>
    <message>
        <source>No free file name is left in this folder.</source>
        <translation>No free file name is left in this folder.</translation>
    </message>
    <message>
        <source>A folder of that name exists.</source>
        <translation>A folder of that name exists.</translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation>The file is not open for writing.</translation>
    </message>
    <message>
        <source>It is a symbolic link; a file is never written through a link.</source>
        <translation>It is a symbolic link; a file is never written through a link.</translation>
    </message>
</context>
<context>
    <name>smsc::EndpointCatalogue</name>
    <message>
        <source>The endpoint is empty.</source>
        <translation>The endpoint is empty.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; has no scheme; write it as https://%1</source>
        <translation>The endpoint &quot;%1&quot; has no scheme; write it as https://%1</translation>
    </message>
    <message>
        <source>The endpoint must not contain a user name or password.</source>
        <translation>The endpoint must not contain a user name or password.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL.</source>
        <translation>The endpoint &quot;%1&quot; is not a valid URL.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; must start with https://</source>
        <translation>The endpoint &quot;%1&quot; must start with https://</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; must not contain a query or fragment.</source>
        <translation>The endpoint &quot;%1&quot; must not contain a query or fragment.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; uses plain http, which is allowed only to this computer (127.0.0.1, ::1, localhost); use https.</source>
        <translation>The endpoint &quot;%1&quot; uses plain http, which is allowed only to this computer (127.0.0.1, ::1, localhost); use https.</translation>
    </message>
    <message>
        <source>No IAM endpoint is known for this endpoint: enter the account ID, or set an IAM endpoint.</source>
        <translation>No IAM endpoint is known for this endpoint: enter the account ID, or set an IAM endpoint.</translation>
    </message>
    <message>
        <source>Region %1 has no built-in IAM endpoint: enter the account ID, or set an IAM endpoint.</source>
        <translation>Region %1 has no built-in IAM endpoint: enter the account ID, or set an IAM endpoint.</translation>
    </message>
    <message>
        <source>No region or endpoint is set.</source>
        <translation>No region or endpoint is set.</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;. Known regions: %2. Or give the endpoint URL instead.</source>
        <translation>Unknown region &quot;%1&quot;. Known regions: %2. Or give the endpoint URL instead.</translation>
    </message>
    <message>
        <source>%1 (set by %2)</source>
        <translation>%1 (set by %2)</translation>
    </message>
    <message>
        <source>No STS endpoint is known for this endpoint: enter the account ID, or set an STS endpoint.</source>
        <translation>No STS endpoint is known for this endpoint: enter the account ID, or set an STS endpoint.</translation>
    </message>
    <message>
        <source>Region %1 has no STS endpoint (no official SDK lists one): enter the account ID, or set an STS endpoint.</source>
        <translation>Region %1 has no STS endpoint (no official SDK lists one): enter the account ID, or set an STS endpoint.</translation>
    </message>
</context>
<context>
    <name>smsc::EndpointOrigin</name>
    <message>
        <source>built-in catalogue</source>
        <translation>built-in catalogue</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>environment variable %1</translation>
    </message>
    <message>
        <source>regions file %1:%2</source>
        <translation>regions file %1:%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>smsc::ErrorDialog</name>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP status:</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>Error code:</translation>
    </message>
    <message>
        <source>Error message:</source>
        <translation>Error message:</translation>
    </message>
    <message>
        <source>Error parameters:</source>
        <translation>Error parameters:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>Request ID:</translation>
    </message>
    <message>
        <source>Time (UTC):</source>
        <translation>Time (UTC):</translation>
    </message>
    <message>
        <source>Time (local):</source>
        <translation>Time (local):</translation>
    </message>
    <message>
        <source>Server time (UTC):</source>
        <translation>Server time (UTC):</translation>
    </message>
    <message>
        <source>Clock skew:</source>
        <translation>Clock skew:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentication:</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>Access key:</translation>
    </message>
    <message>
        <source>Technical detail:</source>
        <translation>Technical detail:</translation>
    </message>
    <message>
        <source>Gateway&apos;s canonical request:</source>
        <translation>Gateway&apos;s canonical request:</translation>
    </message>
    <message>
        <source>Encoded authorization message copied.</source>
        <translation>Encoded authorization message copied.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Show with parameters</source>
        <translation>Show with parameters</translation>
    </message>
    <message>
        <source>Show as sent</source>
        <translation>Show as sent</translation>
    </message>
    <message>
        <source>As sent by the service, placeholders intact</source>
        <translation>As sent by the service, placeholders intact</translation>
    </message>
    <message>
        <source>With the error parameters filled in</source>
        <translation>With the error parameters filled in</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Encoded authorization message (%1 characters)</source>
        <translation>Encoded authorization message (%1 characters)</translation>
    </message>
    <message>
        <source>Encoded authorization message</source>
        <translation>Encoded authorization message</translation>
    </message>
    <message>
        <source>%1 characters; decode it with STS decode-authorization-message</source>
        <translation>%1 characters; decode it with STS decode-authorization-message</translation>
    </message>
    <message>
        <source>Cop&amp;y encoded message</source>
        <translation>Cop&amp;y encoded message</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>&amp;Copy summary</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copy as c&amp;URL</translation>
    </message>
    <message>
        <source>The request as a cURL command; signature, tokens and the secret key are redacted.</source>
        <translation>The request as a cURL command; signature, tokens and the secret key are redacted.</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Save report…</translation>
    </message>
    <message>
        <source>Save every field above as text or JSON; secrets are redacted.</source>
        <translation>Save every field above as text or JSON; secrets are redacted.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>Summary copied to the clipboard.</translation>
    </message>
    <message>
        <source>cURL command copied (signature, tokens and secret key redacted).</source>
        <translation>cURL command copied (signature, tokens and secret key redacted).</translation>
    </message>
    <message>
        <source>Could not save the report to &quot;%1&quot;: %2</source>
        <translation>Could not save the report to &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <source>Text report (*.txt);;JSON report (*.json)</source>
        <translation>Text report (*.txt);;JSON report (*.json)</translation>
    </message>
    <message>
        <source>Report saved to &quot;%1&quot;.</source>
        <translation>Report saved to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&amp;Decode…</source>
        <translation>&amp;Decode…</translation>
    </message>
    <message>
        <source>Ask STS, with this profile&apos;s keys, which policy denied the request</source>
        <translation>Ask STS, with this profile&apos;s keys, which policy denied the request</translation>
    </message>
    <message>
        <source>One redacted file with the request, the answer, request IDs and times, for a ticket</source>
        <translation>One redacted file with the request, the answer, request IDs and times, for a ticket</translation>
    </message>
    <message>
        <source>Support bundle saved to &quot;%1&quot;.</source>
        <translation>Support bundle saved to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Loading from the account failed</source>
        <translation>Loading from the account failed</translation>
    </message>
    <message>
        <source>Check profile failed</source>
        <translation>Check profile failed</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Send the same request once more</source>
        <translation>Send the same request once more</translation>
    </message>
    <message>
        <source>This error was recorded in an earlier session, and only what was recorded is shown: the request, the service&apos;s full answer and its cURL line were not kept.</source>
        <translation>This error was recorded in an earlier session, and only what was recorded is shown: the request, the service&apos;s full answer and its cURL line were not kept.</translation>
    </message>
    <message>
        <source>Recorded in an earlier session</source>
        <translation>Recorded in an earlier session</translation>
    </message>
</context>
<context>
    <name>smsc::ErrorHints</name>
    <message>
        <source>1 second</source>
        <translation>1 second</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 seconds</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>The service rejects requests signed more than 15 minutes away from its own clock. Set this computer&apos;s clock automatically (NTP) and check its time zone.</source>
        <translation>The service rejects requests signed more than 15 minutes away from its own clock. Set this computer&apos;s clock automatically (NTP) and check its time zone.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock or time zone is probably wrong. %1</source>
        <translation>This computer&apos;s clock or time zone is probably wrong. %1</translation>
    </message>
    <message>
        <source>Your clock matches the server&apos;s. %1</source>
        <translation>Your clock matches the server&apos;s. %1</translation>
    </message>
    <message>
        <source>Your clock is %1 ahead of the server.</source>
        <translation>Your clock is %1 ahead of the server.</translation>
    </message>
    <message>
        <source>Your clock is %1 behind the server.</source>
        <translation>Your clock is %1 behind the server.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Your IAM user is not allowed to export consistency results. Ask an administrator to grant the actions sms:server:getBatchConsistencyResults and sms:server:queryServer (which it depends on), for example through a custom policy, then try again.</source>
        <translation>Your IAM user is not allowed to export consistency results. Ask an administrator to grant the actions sms:server:getBatchConsistencyResults and sms:server:queryServer (which it depends on), for example through a custom policy, then try again.</translation>
    </message>
    <message>
        <source>If the endpoint uses a private certificate authority (a proxy or a private cloud), add its CA file in the connection settings. Certificate errors are never ignored.</source>
        <translation>If the endpoint uses a private certificate authority (a proxy or a private cloud), add its CA file in the connection settings. Certificate errors are never ignored.</translation>
    </message>
    <message>
        <source>The secret key does not match the access key, or the request was signed incorrectly. Check the secret key; repeated failures lock the key for 5 minutes.</source>
        <translation>The secret key does not match the access key, or the request was signed incorrectly. Check the secret key; repeated failures lock the key for 5 minutes.</translation>
    </message>
    <message>
        <source>This access key is not known here. Check the access key, and that it belongs to this cloud and site (a key of another cloud or of the other site does not work).</source>
        <translation>This access key is not known here. Check the access key, and that it belongs to this cloud and site (a key of another cloud or of the other site does not work).</translation>
    </message>
    <message>
        <source>The access key is locked for 5 minutes after more than 5 failed attempts in a row. Wait 5 minutes, correct the secret key, then try once.</source>
        <translation>The access key is locked for 5 minutes after more than 5 failed attempts in a row. Wait 5 minutes, correct the secret key, then try once.</translation>
    </message>
    <message>
        <source>The IAM token is invalid or has expired (tokens are valid for 24 hours). Get a new token and try again.</source>
        <translation>The IAM token is invalid or has expired (tokens are valid for 24 hours). Get a new token and try again.</translation>
    </message>
    <message>
        <source>IAM authentication failed. Check the access key, the secret key or the token.</source>
        <translation>IAM authentication failed. Check the access key, the secret key or the token.</translation>
    </message>
    <message>
        <source>The gateway computed a different signature. Compare its canonical request, shown in the details, line by line with the one this program signed.</source>
        <translation>The gateway computed a different signature. Compare its canonical request, shown in the details, line by line with the one this program signed.</translation>
    </message>
    <message>
        <source>The API was not found. Check the endpoint host and region; the path or method may be wrong for this endpoint.</source>
        <translation>The API was not found. Check the endpoint host and region; the path or method may be wrong for this endpoint.</translation>
    </message>
    <message>
        <source>Too many requests: the service is throttling. Wait a minute, then try again.</source>
        <translation>Too many requests: the service is throttling. Wait a minute, then try again.</translation>
    </message>
    <message>
        <source>The access key or secret key was rejected. Check both, and that the key is enabled.</source>
        <translation>The access key or secret key was rejected. Check both, and that the key is enabled.</translation>
    </message>
    <message>
        <source>The request is larger than the service accepts (10,240 bytes). Export fewer rows at a time, or shorten the source names.</source>
        <translation>The request is larger than the service accepts (10,240 bytes). Export fewer rows at a time, or shorten the source names.</translation>
    </message>
    <message>
        <source>The service did not see a JSON Content-Type. Something between you and the service, such as a proxy, may have changed the request.</source>
        <translation>The service did not see a JSON Content-Type. Something between you and the service, such as a proxy, may have changed the request.</translation>
    </message>
    <message>
        <source>A task or server in the list belongs to another account. Check the account id and the task and source ids.</source>
        <translation>A task or server in the list belongs to another account. Check the account id and the task and source ids.</translation>
    </message>
    <message>
        <source>No migration task is associated with one of the source servers. Check each row&apos;s task id and source id.</source>
        <translation>No migration task is associated with one of the source servers. Check each row&apos;s task id and source id.</translation>
    </message>
    <message>
        <source>The account has not completed real-name verification. Complete it in the console, then try again.</source>
        <translation>The account has not completed real-name verification. Complete it in the console, then try again.</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>1 hour %1</source>
        <translation>1 hour %1</translation>
    </message>
    <message>
        <source>%1 hours %2</source>
        <translation>%1 hours %2</translation>
    </message>
</context>
<context>
    <name>smsc::ErrorMapper</name>
    <message>
        <source>The service rejected the request as invalid (HTTP %1).</source>
        <translation>The service rejected the request as invalid (HTTP %1).</translation>
    </message>
    <message>
        <source>The service did not accept your credentials.</source>
        <translation>The service did not accept your credentials.</translation>
    </message>
    <message>
        <source>Permission denied: this account may not export the consistency results.</source>
        <translation>Permission denied: this account may not export the consistency results.</translation>
    </message>
    <message>
        <source>The service or the requested item was not found.</source>
        <translation>The service or the requested item was not found.</translation>
    </message>
    <message>
        <source>The service is busy: too many requests.</source>
        <translation>The service is busy: too many requests.</translation>
    </message>
    <message>
        <source>The service had a problem of its own (HTTP %1).</source>
        <translation>The service had a problem of its own (HTTP %1).</translation>
    </message>
    <message>
        <source>The connection to the service failed.</source>
        <translation>The connection to the service failed.</translation>
    </message>
    <message>
        <source>The secure connection could not be verified.</source>
        <translation>The secure connection could not be verified.</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>The service did not answer in time.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>The service redirected the request; redirects are not followed.</source>
        <translation>The service redirected the request; redirects are not followed.</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>The file could not be saved.</translation>
    </message>
    <message>
        <source>The credentials are incomplete or unavailable.</source>
        <translation>The credentials are incomplete or unavailable.</translation>
    </message>
    <message>
        <source>the certificate is self-signed and not trusted</source>
        <translation>the certificate is self-signed and not trusted</translation>
    </message>
    <message>
        <source>the certificate was issued by an authority this computer does not trust</source>
        <translation>the certificate was issued by an authority this computer does not trust</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>the certificate has expired</translation>
    </message>
    <message>
        <source>the certificate is not valid yet (or this computer&apos;s clock is wrong)</source>
        <translation>the certificate is not valid yet (or this computer&apos;s clock is wrong)</translation>
    </message>
    <message>
        <source>the certificate was issued for a different host name</source>
        <translation>the certificate was issued for a different host name</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>the certificate has been revoked</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>the server sent no certificate</translation>
    </message>
    <message>
        <source>The connection to %1 was refused. Check the endpoint and port, and that no firewall blocks it.</source>
        <translation>The connection to %1 was refused. Check the endpoint and port, and that no firewall blocks it.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found. Check the endpoint and your network or DNS settings.</source>
        <translation>The host name %1 could not be found. Check the endpoint and your network or DNS settings.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 closed the connection before answering.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>The connection to %1 timed out.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>The network is not available.</translation>
    </message>
    <message>
        <source>The proxy refused the connection.</source>
        <translation>The proxy refused the connection.</translation>
    </message>
    <message>
        <source>The proxy closed the connection unexpectedly.</source>
        <translation>The proxy closed the connection unexpectedly.</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name could not be found.</source>
        <translation>The proxy&apos;s host name could not be found.</translation>
    </message>
    <message>
        <source>The proxy did not answer in time.</source>
        <translation>The proxy did not answer in time.</translation>
    </message>
    <message>
        <source>The proxy requires a user name and password, or rejected the ones given.</source>
        <translation>The proxy requires a user name and password, or rejected the ones given.</translation>
    </message>
    <message>
        <source>The proxy failed to pass the request on.</source>
        <translation>The proxy failed to pass the request on.</translation>
    </message>
    <message>
        <source>The address %1 does not use a supported protocol (use https).</source>
        <translation>The address %1 does not use a supported protocol (use https).</translation>
    </message>
    <message>
        <source>The answer from %1 was not valid HTTP.</source>
        <translation>The answer from %1 was not valid HTTP.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>The connection to %1 failed.</translation>
    </message>
    <message>
        <source>The service redirected the request to %1; redirects are not followed.</source>
        <translation>The service redirected the request to %1; redirects are not followed.</translation>
    </message>
    <message>
        <source>%1 (certificate: %2)</source>
        <translation>%1 (certificate: %2)</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation>The secure connection to %1 failed.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2.</source>
        <translation>The secure connection to %1 could not be verified: %2.</translation>
    </message>
    <message>
        <source>The file %1 could not be saved.</source>
        <translation>The file %1 could not be saved.</translation>
    </message>
    <message>
        <source>%1 already exists and was not overwritten.</source>
        <translation>%1 already exists and was not overwritten.</translation>
    </message>
    <message>
        <source>Choose another file name or folder, or allow overwriting.</source>
        <translation>Choose another file name or folder, or allow overwriting.</translation>
    </message>
    <message>
        <source>The proxy address %1 is not valid. Use http://host:port, socks5://host:port or &quot;none&quot;.</source>
        <translation>The proxy address %1 is not valid. Use http://host:port, socks5://host:port or &quot;none&quot;.</translation>
    </message>
    <message>
        <source>The CA file %1 could not be read or holds no PEM certificate.</source>
        <translation>The CA file %1 could not be read or holds no PEM certificate.</translation>
    </message>
    <message>
        <source>The proxy refused the connection. Check the proxy address and port.</source>
        <translation>The proxy refused the connection. Check the proxy address and port.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2.</source>
        <translation>No answer from %1 within %2.</translation>
    </message>
    <message>
        <source>The service stopped sending data for %1.</source>
        <translation>The service stopped sending data for %1.</translation>
    </message>
    <message>
        <source>The answer&apos;s body was longer than %1 MiB and was cut: only its first %1 MiB was kept and read.</source>
        <translation>The answer&apos;s body was longer than %1 MiB and was cut: only its first %1 MiB was kept and read.</translation>
    </message>
    <message>
        <source>The exchange with %1 was stopped: it took longer than the limit of %2 for the whole exchange.</source>
        <translation>The exchange with %1 was stopped: it took longer than the limit of %2 for the whole exchange.</translation>
    </message>
    <message>
        <source>The connection closed before the whole answer arrived (%1 of %2 bytes).</source>
        <translation>The connection closed before the whole answer arrived (%1 of %2 bytes).</translation>
    </message>
    <message>
        <source>The connection closed before the whole answer arrived (%1 bytes received).</source>
        <translation>The connection closed before the whole answer arrived (%1 bytes received).</translation>
    </message>
</context>
<context>
    <name>smsc::ErrorReport</name>
    <message>
        <source>The export failed: the service answered with HTTP status %1.</source>
        <translation>The export failed: the service answered with HTTP status %1.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>The export failed.</translation>
    </message>
    <message>
        <source>AK/SK</source>
        <translation>AK/SK</translation>
    </message>
    <message>
        <source>Temporary AK/SK with security token</source>
        <translation>Temporary AK/SK with security token</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM token</translation>
    </message>
    <message>
        <source>none (this computer&apos;s clock matches the server)</source>
        <translation>none (this computer&apos;s clock matches the server)</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 s ahead of the server</source>
        <translation>this computer&apos;s clock is %1 s ahead of the server</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 s behind the server</source>
        <translation>this computer&apos;s clock is %1 s behind the server</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Error code</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Error message as sent</source>
        <translation>Error message as sent</translation>
    </message>
    <message>
        <source>Error parameters</source>
        <translation>Error parameters</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Time (local)</translation>
    </message>
    <message>
        <source>Server time (UTC)</source>
        <translation>Server time (UTC)</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation>Clock skew</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Access key</translation>
    </message>
    <message>
        <source>Redirected to</source>
        <translation>Redirected to</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation>Technical detail</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App version</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>Report created (UTC)</source>
        <translation>Report created (UTC)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Encoded authorization message (length %1)</source>
        <translation>Encoded authorization message (length %1)</translation>
    </message>
    <message>
        <source>Canonical request echoed by the gateway</source>
        <translation>Canonical request echoed by the gateway</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Canonical request</source>
        <translation>Canonical request</translation>
    </message>
    <message>
        <source>String to sign</source>
        <translation>String to sign</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Response body</translation>
    </message>
    <message>
        <source>As a cURL command</source>
        <translation>As a cURL command</translation>
    </message>
    <message>
        <source>Decoded authorization message</source>
        <translation>Decoded authorization message</translation>
    </message>
</context>
<context>
    <name>smsc::ExportController</name>
    <message>
        <source>Checking the rows and the profile…</source>
        <translation>Checking the rows and the profile…</translation>
    </message>
    <message>
        <source>Finding the account ID…</source>
        <translation>Finding the account ID…</translation>
    </message>
    <message>
        <source>Sending the export request…</source>
        <translation>Sending the export request…</translation>
    </message>
    <message>
        <source>Receiving the file…</source>
        <translation>Receiving the file…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Preparing the export…</translation>
    </message>
    <message>
        <source>No profile is selected.</source>
        <translation>No profile is selected.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>There is no profile named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Open Profiles, create a profile with your keys, and choose it in the main window.</source>
        <translation>Open Profiles, create a profile with your keys, and choose it in the main window.</translation>
    </message>
    <message>
        <source>The export folder &quot;%1&quot; does not exist and cannot be created.</source>
        <translation>The export folder &quot;%1&quot; does not exist and cannot be created.</translation>
    </message>
    <message>
        <source>Choose another folder for exports, or create this one.</source>
        <translation>Choose another folder for exports, or create this one.</translation>
    </message>
    <message>
        <source>SMS exports</source>
        <translation>SMS exports</translation>
    </message>
    <message>
        <source>Where should exports be saved?</source>
        <translation>Where should exports be saved?</translation>
    </message>
    <message>
        <source>Export cancelled: no folder was chosen.</source>
        <translation>Export cancelled: no folder was chosen.</translation>
    </message>
    <message>
        <source>Reading the keys of &quot;%1&quot; from the system keychain…</source>
        <translation>Reading the keys of &quot;%1&quot; from the system keychain…</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no keys stored yet.</source>
        <translation>Profile &quot;%1&quot; has no keys stored yet.</translation>
    </message>
    <message>
        <source>Open Profiles, enter the keys for this profile and save.</source>
        <translation>Open Profiles, enter the keys for this profile and save.</translation>
    </message>
    <message>
        <source>The keys of profile &quot;%1&quot; could not be read: the system keychain is unavailable.</source>
        <translation>The keys of profile &quot;%1&quot; could not be read: the system keychain is unavailable.</translation>
    </message>
    <message>
        <source>Unlock or start the system keychain (for example GNOME Keyring), then export again.</source>
        <translation>Unlock or start the system keychain (for example GNOME Keyring), then export again.</translation>
    </message>
    <message>
        <source>The export folder &quot;%1&quot; cannot be written to.</source>
        <translation>The export folder &quot;%1&quot; cannot be written to.</translation>
    </message>
    <message>
        <source>Choose another folder, or check its permissions.</source>
        <translation>Choose another folder, or check its permissions.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation>Export cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>The file was received but could not be saved.</source>
        <translation>The file was received but could not be saved.</translation>
    </message>
    <message>
        <source>Check the free space and permissions of the export folder.</source>
        <translation>Check the free space and permissions of the export folder.</translation>
    </message>
    <message>
        <source>Retrying once with the clock corrected…</source>
        <translation>Retrying once with the clock corrected…</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>No application on this desktop opens &quot;%1&quot;. Copy its path to paste it elsewhere?</source>
        <translation>No application on this desktop opens &quot;%1&quot;. Copy its path to paste it elsewhere?</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copy path</translation>
    </message>
    <message>
        <source>The export failed: the service refused it. The error window shows why.</source>
        <translation>The export failed: the service refused it. The error window shows why.</translation>
    </message>
    <message>
        <source>Nothing was replaced. The received file was kept as &quot;%1&quot;.</source>
        <translation>Nothing was replaced. The received file was kept as &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>smsc::ExportFilePlacer</name>
    <message>
        <source>The file could not be moved to &quot;%1&quot;: %2</source>
        <translation>The file could not be moved to &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
</context>
<context>
    <name>smsc::ExportHistory</name>
    <message>
        <source>The export history %1 cannot be read: %2</source>
        <translation>The export history %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The export history %1 is damaged (%2); it starts again empty with the next export.</source>
        <translation>The export history %1 is damaged (%2); it starts again empty with the next export.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The export history %1 cannot be written: %2</source>
        <translation>The export history %1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>smsc::ExportHistoryModel</name>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>No file returned (HTTP %1)</source>
        <translation>No file returned (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed: %1 (HTTP %2)</source>
        <translation>Failed: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Batch run: %1 saved, %2 failed, %3 pending</source>
        <translation>Batch run: %1 saved, %2 failed, %3 pending</translation>
    </message>
</context>
<context>
    <name>smsc::ExportJob</name>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Nothing was sent.</translation>
    </message>
    <message>
        <source>The rows have %1 problems; nothing was sent.</source>
        <translation>The rows have %1 problems; nothing was sent.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>The folder does not exist.</translation>
    </message>
    <message>
        <source>The folder is not writable.</source>
        <translation>The folder is not writable.</translation>
    </message>
    <message>
        <source>It is a symbolic link; a file is never written through a link.</source>
        <translation>It is a symbolic link; a file is never written through a link.</translation>
    </message>
</context>
<context>
    <name>smsc::ExportProgressDialog</name>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>Saved &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The service accepted the request but returned no file. This is what it returned:</source>
        <translation>The service accepted the request but returned no file. This is what it returned:</translation>
    </message>
    <message>
        <source>(an empty body)</source>
        <translation>(an empty body)</translation>
    </message>
    <message>
        <source>Nothing was saved. Check that the task IDs have consistency results, or contact support with the request ID.</source>
        <translation>Nothing was saved. Check that the task IDs have consistency results, or contact support with the request ID.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>%1 of %2 received</source>
        <translation>%1 of %2 received</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 received</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Bytes received</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Export status</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Saved as:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>Request ID:</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>Saved as</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>C&amp;hange export folder…</source>
        <translation>C&amp;hange export folder…</translation>
    </message>
    <message>
        <source>Where the next exports are saved</source>
        <translation>Where the next exports are saved</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Open &amp;file</translation>
    </message>
    <message>
        <source>If the file name &amp;exists:</source>
        <translation>If the file name &amp;exists:</translation>
    </message>
    <message>
        <source>Keep both (add a number), don&apos;t ask</source>
        <translation>Keep both (add a number), don&apos;t ask</translation>
    </message>
    <message>
        <source>Ask: replace or keep both</source>
        <translation>Ask: replace or keep both</translation>
    </message>
</context>
<context>
    <name>smsc::FirstStepsPanel</name>
    <message>
        <source>Add the rows to export</source>
        <translation>Add the rows to export</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Start here</translation>
    </message>
    <message>
        <source>Type task and source server IDs into the table, paste them from a spreadsheet, import a CSV file, or pick servers from the account.</source>
        <translation>Type task and source server IDs into the table, paste them from a spreadsheet, import a CSV file, or pick servers from the account.</translation>
    </message>
    <message>
        <source>1. Create a profile with your account&apos;s keys.
2. Add the rows to export: type them, paste them from a spreadsheet, import a CSV file, or pick servers from the account.</source>
        <translation>1. Create a profile with your account&apos;s keys.
2. Add the rows to export: type them, paste them from a spreadsheet, import a CSV file, or pick servers from the account.</translation>
    </message>
    <message>
        <source>Create a profile…</source>
        <translation>Create a profile…</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Paste rows</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <source>Add from account…</source>
        <translation>Add from account…</translation>
    </message>
</context>
<context>
    <name>smsc::GuiCommandLine</name>
    <message>
        <source>Export Huawei Cloud SMS consistency verification results in batches.</source>
        <translation>Export Huawei Cloud SMS consistency verification results in batches.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>Quit as soon as the main window is shown.</source>
        <translation>Quit as soon as the main window is shown.</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Usage: %1 [options]</translation>
    </message>
</context>
<context>
    <name>smsc::HistoryDialog</name>
    <message>
        <source>No exports yet. Each export is recorded here (profile, rows, request ID, outcome).</source>
        <translation>No exports yet. Each export is recorded here (profile, rows, request ID, outcome).</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpoint: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Request ID: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>The file %1 no longer exists.</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>No application could open %1.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Opened %1.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Export history</translation>
    </message>
    <message>
        <source>Exports, newest first</source>
        <translation>Exports, newest first</translation>
    </message>
    <message>
        <source>Selected export</source>
        <translation>Selected export</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Load these rows again</source>
        <translation>&amp;Load these rows again</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <source>Show &amp;error</source>
        <translation>Show &amp;error</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Open &amp;batch run</source>
        <translation>Open &amp;batch run</translation>
    </message>
</context>
<context>
    <name>smsc::HttpTraceText</name>
    <message>
        <source>no proxy</source>
        <translation>no proxy</translation>
    </message>
    <message>
        <source>proxy %1 (configured)</source>
        <translation>proxy %1 (configured)</translation>
    </message>
    <message>
        <source>proxy %1 (system)</source>
        <translation>proxy %1 (system)</translation>
    </message>
    <message>
        <source>Attempt %1, %2</source>
        <translation>Attempt %1, %2</translation>
    </message>
    <message>
        <source>Request body: %1 bytes</source>
        <translation>Request body: %1 bytes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Answer %1 to %2 %3 (attempt %4) after %5 ms, request id %6</source>
        <translation>Answer %1 to %2 %3 (attempt %4) after %5 ms, request id %6</translation>
    </message>
    <message>
        <source>TLS: %1, cipher %2</source>
        <translation>TLS: %1, cipher %2</translation>
    </message>
    <message>
        <source>Response body: %1 bytes</source>
        <translation>Response body: %1 bytes</translation>
    </message>
    <message>
        <source>Redirected to %1 (not followed)</source>
        <translation>Redirected to %1 (not followed)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>No answer to %1 %2 (attempt %3) after %4 ms: %5</source>
        <translation>No answer to %1 %2 (attempt %3) after %4 ms: %5</translation>
    </message>
    <message>
        <source>Retrying %1 in %2 ms as attempt %3: %4</source>
        <translation>Retrying %1 in %2 ms as attempt %3: %4</translation>
    </message>
    <message>
        <source>Could not connect to %1; trying the next endpoint.</source>
        <translation>Could not connect to %1; trying the next endpoint.</translation>
    </message>
</context>
<context>
    <name>smsc::KeychainStatusText</name>
    <message>
        <source>Reading the keys of &quot;%1&quot; from the system keychain…</source>
        <translation>Reading the keys of &quot;%1&quot; from the system keychain…</translation>
    </message>
    <message>
        <source>No keys are stored for this profile yet: enter them and save.</source>
        <translation>No keys are stored for this profile yet: enter them and save.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable, so the keys cannot be shown or saved. %1</source>
        <translation>The system keychain is unavailable, so the keys cannot be shown or saved. %1</translation>
    </message>
    <message>
        <source>Saving the keys to the system keychain…</source>
        <translation>Saving the keys to the system keychain…</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; the keys are in the system keychain.</source>
        <translation>Profile &quot;%1&quot; saved; the keys are in the system keychain.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the settings (region, endpoints, account, network) were saved, but the keys were NOT saved, because the system keychain is unavailable.
%2
Keys are stored only in the system keychain, never anywhere else: make the keychain available, then save again.</source>
        <translation>Profile &quot;%1&quot;: the settings (region, endpoints, account, network) were saved, but the keys were NOT saved, because the system keychain is unavailable.
%2
Keys are stored only in the system keychain, never anywhere else: make the keychain available, then save again.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Profile &quot;%1&quot; deleted.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted, but its keys could not be removed from the system keychain. %2</source>
        <translation>Profile &quot;%1&quot; deleted, but its keys could not be removed from the system keychain. %2</translation>
    </message>
</context>
<context>
    <name>smsc::LastExportBar</name>
    <message>
        <source>Last export saved as %1</source>
        <translation>Last export saved as %1</translation>
    </message>
    <message>
        <source>Last export: %1</source>
        <translation>Last export: %1</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copy path</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copy %1 to the clipboard</translation>
    </message>
</context>
<context>
    <name>smsc::LookupErrors</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The account id could not be found: both the IAM and the STS lookup failed.</source>
        <translation>The account id could not be found: both the IAM and the STS lookup failed.</translation>
    </message>
    <message>
        <source>IAM (/v3/auth/domains): %1
STS (/v5/caller-identity): %2</source>
        <translation>IAM (/v3/auth/domains): %1
STS (/v5/caller-identity): %2</translation>
    </message>
    <message>
        <source>returned no account</source>
        <translation>returned no account</translation>
    </message>
    <message>
        <source>returned no account id</source>
        <translation>returned no account id</translation>
    </message>
    <message>
        <source>Enter the account id in the profile to skip the lookup.</source>
        <translation>Enter the account id in the profile to skip the lookup.</translation>
    </message>
    <message>
        <source>The account id could not be looked up: %1</source>
        <translation>The account id could not be looked up: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>IAM (/v3/auth/domains): %1</source>
        <translation>IAM (/v3/auth/domains): %1</translation>
    </message>
    <message>
        <source>The project id could not be looked up: IAM denied the request (it needs the action iam:projects:listProjects).</source>
        <translation>The project id could not be looked up: IAM denied the request (it needs the action iam:projects:listProjects).</translation>
    </message>
    <message>
        <source>The project id could not be looked up: %1</source>
        <translation>The project id could not be looked up: %1</translation>
    </message>
    <message>
        <source>IAM (/v3/projects): %1</source>
        <translation>IAM (/v3/projects): %1</translation>
    </message>
    <message>
        <source>Enter the project id in the profile (or --project-id) to skip the lookup.</source>
        <translation>Enter the project id in the profile (or --project-id) to skip the lookup.</translation>
    </message>
    <message>
        <source>The project id could not be looked up: IAM&apos;s answer about the projects could not be read.</source>
        <translation>The project id could not be looked up: IAM&apos;s answer about the projects could not be read.</translation>
    </message>
    <message>
        <source>IAM returned several projects named &quot;%1&quot;; enter the project id to use.</source>
        <translation>IAM returned several projects named &quot;%1&quot;; enter the project id to use.</translation>
    </message>
    <message>
        <source>IAM returned no project named &quot;%1&quot; for these keys.</source>
        <translation>IAM returned no project named &quot;%1&quot; for these keys.</translation>
    </message>
    <message>
        <source>Enter the project id in the profile (or --project-id), or choose the region the project is in.</source>
        <translation>Enter the project id in the profile (or --project-id), or choose the region the project is in.</translation>
    </message>
    <message>
        <source>X-Project-Id is chosen without a project id, and no region is set to look it up by: enter the project id, or choose the region.</source>
        <translation>X-Project-Id is chosen without a project id, and no region is set to look it up by: enter the project id, or choose the region.</translation>
    </message>
</context>
<context>
    <name>smsc::MainWindow</name>
    <message>
        <source>SMS Consistency Exporter</source>
        <translation>SMS Consistency Exporter</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>The connection profile used for Export</source>
        <translation>The connection profile used for Export</translation>
    </message>
    <message>
        <source>Rows to export</source>
        <translation>Rows to export</translation>
    </message>
    <message>
        <source>Rows in the table; at most %1 can be exported at once</source>
        <translation>Rows in the table; at most %1 can be exported at once</translation>
    </message>
    <message>
        <source>An export is running.</source>
        <translation>An export is running.</translation>
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
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 of %2 rows</translation>
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
        <translation>Export is disabled: %1</translation>
    </message>
    <message>
        <source>No profile yet: add one under Profiles…</source>
        <translation>No profile yet: add one under Profiles…</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>More menus</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>More tools</translation>
    </message>
    <message>
        <source>Export now uses the profile &quot;%1&quot;.</source>
        <translation>Export now uses the profile &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofile:</translation>
    </message>
</context>
<context>
    <name>smsc::MainWindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Rows</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profiles…</translation>
    </message>
    <message>
        <source>Add, edit or delete connection profiles</source>
        <translation>Add, edit or delete connection profiles</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Pick source servers or migration tasks of the account</source>
        <translation>Pick source servers or migration tasks of the account</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Earlier exports: load their rows again, open the file, show the error</source>
        <translation>Earlier exports: load their rows again, open the file, show the error</translation>
    </message>
    <message>
        <source>&amp;About SMS Consistency Exporter</source>
        <translation>&amp;About SMS Consistency Exporter</translation>
    </message>
    <message>
        <source>Add from a&amp;ccount…</source>
        <translation>Add from a&amp;ccount…</translation>
    </message>
    <message>
        <source>&amp;Batch export…</source>
        <translation>&amp;Batch export…</translation>
    </message>
    <message>
        <source>Export a rows file of any size in batches of at most 200 rows, resumable</source>
        <translation>Export a rows file of any size in batches of at most 200 rows, resumable</translation>
    </message>
    <message>
        <source>&amp;Check connection…</source>
        <translation>&amp;Check connection…</translation>
    </message>
    <message>
        <source>Find what stops the current profile from exporting: configuration, network, TLS, clock, keys, account and permissions</source>
        <translation>Find what stops the current profile from exporting: configuration, network, TLS, clock, keys, account and permissions</translation>
    </message>
</context>
<context>
    <name>smsc::NameResolutionStep</name>
    <message>
        <source>no endpoint to look up (see Configuration)</source>
        <translation>no endpoint to look up (see Configuration)</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 not found</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s spelling, this computer&apos;s DNS settings and network, or set the proxy your network requires.</source>
        <translation>Check the endpoint&apos;s spelling, this computer&apos;s DNS settings and network, or set the proxy your network requires.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es), %1 ms</source>
        <translation>
            <numerusform>%n address, %1 ms</numerusform>
            <numerusform>%n addresses, %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not resolve here; the proxy has to resolve it.</source>
        <translation>%1 did not resolve here; the proxy has to resolve it.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 in %3 ms</source>
        <translation>%1: %2 in %3 ms</translation>
    </message>
    <message>
        <source>%1: not found after %2 ms (%3)</source>
        <translation>%1: not found after %2 ms (%3)</translation>
    </message>
</context>
<context>
    <name>smsc::PermissionsStep</name>
    <message>
        <source>no endpoint (see Configuration)</source>
        <translation>no endpoint (see Configuration)</translation>
    </message>
    <message>
        <source>SMS was not reached (see Connection and TLS)</source>
        <translation>SMS was not reached (see Connection and TLS)</translation>
    </message>
    <message>
        <source>allowed: %1 (GET /v3/sources)</source>
        <translation>allowed: %1 (GET /v3/sources)</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Request id: %1</translation>
    </message>
    <message>
        <source>the list call was refused (%1)</source>
        <translation>the list call was refused (%1)</translation>
    </message>
    <message>
        <source>The gateway refused the request: check the key and the scope header&apos;s id (see Account id). %1</source>
        <translation>The gateway refused the request: check the key and the scope header&apos;s id (see Account id). %1</translation>
    </message>
    <message>
        <source>denied: %1 (%2)</source>
        <translation>denied: %1 (%2)</translation>
    </message>
    <message>
        <source>Ask an administrator to grant %1 (needed to pick servers from the account) and the two actions of the export, e.g. with the custom policy below.</source>
        <translation>Ask an administrator to grant %1 (needed to pick servers from the account) and the two actions of the export, e.g. with the custom policy below.</translation>
    </message>
    <message>
        <source>The denial, decoded by STS:</source>
        <translation>The denial, decoded by STS:</translation>
    </message>
    <message>
        <source>denied: %1, decoded: %2</source>
        <translation>denied: %1, decoded: %2</translation>
    </message>
    <message>
        <source>The encoded authorization message could not be decoded: %1</source>
        <translation>The encoded authorization message could not be decoded: %1</translation>
    </message>
</context>
<context>
    <name>smsc::ProfileChecks</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation>A profile named &quot;%1&quot; already exists; choose another name.</translation>
    </message>
    <message>
        <source>Choose a region, or enter a custom endpoint.</source>
        <translation>Choose a region, or enter a custom endpoint.</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;.</source>
        <translation>Unknown region &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An account ID is 32 characters, digits and letters a-f (My Credentials &gt; API Credentials &gt; Account ID).</source>
        <translation>An account ID is 32 characters, digits and letters a-f (My Credentials &gt; API Credentials &gt; Account ID).</translation>
    </message>
    <message>
        <source>A project ID is 32 characters, digits and letters a-f (My Credentials &gt; API Credentials &gt; Projects).</source>
        <translation>A project ID is 32 characters, digits and letters a-f (My Credentials &gt; API Credentials &gt; Projects).</translation>
    </message>
    <message>
        <source>The connect timeout must be between 1 and 600 seconds.</source>
        <translation>The connect timeout must be between 1 and 600 seconds.</translation>
    </message>
    <message>
        <source>The transfer timeout must be between 1 and 3600 seconds.</source>
        <translation>The transfer timeout must be between 1 and 3600 seconds.</translation>
    </message>
    <message>
        <source>Write the proxy as http://host:port (or &quot;none&quot; for a direct connection; leave empty for the system proxy).</source>
        <translation>Write the proxy as http://host:port (or &quot;none&quot; for a direct connection; leave empty for the system proxy).</translation>
    </message>
    <message>
        <source>The proxy URL contains a password, which would be stored in plain text; remove it.</source>
        <translation>The proxy URL contains a password, which would be stored in plain text; remove it.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; does not exist.</source>
        <translation>The CA file &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; cannot be read.</source>
        <translation>The CA file &quot;%1&quot; cannot be read.</translation>
    </message>
    <message>
        <source>Enter the project ID to send in X-Project-Id, or choose the region so that it can be looked up.</source>
        <translation>Enter the project ID to send in X-Project-Id, or choose the region so that it can be looked up.</translation>
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
        <translation>New profile</translation>
    </message>
    <message>
        <source>New profile: fill in the form and save.</source>
        <translation>New profile: fill in the form and save.</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copy</translation>
    </message>
    <message>
        <source>Copy of the profile: change what differs and save.</source>
        <translation>Copy of the profile: change what differs and save.</translation>
    </message>
    <message>
        <source>Type the new name, then save. The keys move with the profile.</source>
        <translation>Type the new name, then save. The keys move with the profile.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and remove its keys from the system keychain?</source>
        <translation>Delete the profile &quot;%1&quot; and remove its keys from the system keychain?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved. No keys were entered, so none are stored yet.</source>
        <translation>Profile &quot;%1&quot; saved. No keys were entered, so none are stored yet.</translation>
    </message>
    <message>
        <source>Detecting the account ID is not available here; enter it by hand.</source>
        <translation>Detecting the account ID is not available here; enter it by hand.</translation>
    </message>
    <message>
        <source>Asking IAM for the account ID…</source>
        <translation>Asking IAM for the account ID…</translation>
    </message>
    <message>
        <source>The account ID could not be detected: %1</source>
        <translation>The account ID could not be detected: %1</translation>
    </message>
    <message>
        <source>Account ID detected. Save to keep it.</source>
        <translation>Account ID detected. Save to keep it.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check &amp;who I am</source>
        <translation>Check &amp;who I am</translation>
    </message>
    <message>
        <source>Ask STS who these keys belong to, and list the permissions the app needs</source>
        <translation>Ask STS who these keys belong to, and list the permissions the app needs</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profiles:</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Rena&amp;me</translation>
    </message>
    <message>
        <source>Save the profile, its keys in the system keychain (%1)</source>
        <translation>Save the profile, its keys in the system keychain (%1)</translation>
    </message>
    <message>
        <source>Check this profile step by step: configuration, network, TLS, clock, keys, account and permissions</source>
        <translation>Check this profile step by step: configuration, network, TLS, clock, keys, account and permissions</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Ad&amp;vanced</translation>
    </message>
    <message>
        <source>Check &amp;connection…</source>
        <translation>Check &amp;connection…</translation>
    </message>
</context>
<context>
    <name>smsc::ProfileEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>&amp;IAM endpoint:</source>
        <translation>&amp;IAM endpoint:</translation>
    </message>
    <message>
        <source>Access &amp;key (AK):</source>
        <translation>Access &amp;key (AK):</translation>
    </message>
    <message>
        <source>&amp;Secret key (SK):</source>
        <translation>&amp;Secret key (SK):</translation>
    </message>
    <message>
        <source>Security t&amp;oken:</source>
        <translation>Security t&amp;oken:</translation>
    </message>
    <message>
        <source>IAM t&amp;oken:</source>
        <translation>IAM t&amp;oken:</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Connect timeout:</translation>
    </message>
    <message>
        <source>&amp;Transfer timeout:</source>
        <translation>&amp;Transfer timeout:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA &amp;file:</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>Detecting…</translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation>&amp;Detect</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Choose a CA certificate file</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Credentials (stored in the system keychain)</source>
        <translation>Credentials (stored in the system keychain)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Custom endpoint…</source>
        <translation>Custom endpoint…</translation>
    </message>
    <message>
        <source>AK/SK (permanent access key)</source>
        <translation>AK/SK (permanent access key)</translation>
    </message>
    <message>
        <source>Temporary AK/SK + security token</source>
        <translation>Temporary AK/SK + security token</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM token</translation>
    </message>
    <message>
        <source>English (en-us)</source>
        <translation>English (en-us)</translation>
    </message>
    <message>
        <source>Chinese (zh-cn)</source>
        <translation>Chinese (zh-cn)</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>Don&apos;t send</translation>
    </message>
    <message>
        <source>https://sms.example.com</source>
        <translation>https://sms.example.com</translation>
    </message>
    <message>
        <source>Needed to detect the account ID, e.g. https://iam.example.com</source>
        <translation>Needed to detect the account ID, e.g. https://iam.example.com</translation>
    </message>
    <message>
        <source>Optional: overrides https://sts.&lt;region&gt;.myhuaweicloud.com</source>
        <translation>Optional: overrides https://sts.&lt;region&gt;.myhuaweicloud.com</translation>
    </message>
    <message>
        <source>32 characters; leave empty to detect it on export</source>
        <translation>32 characters; leave empty to detect it on export</translation>
    </message>
    <message>
        <source>Empty: system proxy; &quot;none&quot;: direct; or http://host:port</source>
        <translation>Empty: system proxy; &quot;none&quot;: direct; or http://host:port</translation>
    </message>
    <message>
        <source>Optional: extra PEM bundle to trust</source>
        <translation>Optional: extra PEM bundle to trust</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Ask IAM for the account ID with the keys above</source>
        <translation>Ask IAM for the account ID with the keys above</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Browse for the CA file</source>
        <translation>Browse for the CA file</translation>
    </message>
    <message>
        <source>STS endpoint:</source>
        <translation>STS endpoint:</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Aut&amp;hentication:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>Account ID:</translation>
    </message>
    <message>
        <source>Scope header:</source>
        <translation>Scope header:</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>Pro&amp;ject ID:</translation>
    </message>
    <message>
        <source>X-Lan&amp;guage:</source>
        <translation>X-Lan&amp;guage:</translation>
    </message>
    <message>
        <source>sends no X-Language header</source>
        <translation>sends no X-Language header</translation>
    </message>
    <message>
        <source>sends: %1</source>
        <translation>sends: %1</translation>
    </message>
    <message>
        <source>Same as the interface language</source>
        <translation>Same as the interface language</translation>
    </message>
    <message>
        <source>Retr&amp;y transient errors (throttling, 5xx, connection drops; never 401/403)</source>
        <translation>Retr&amp;y transient errors (throttling, 5xx, connection drops; never 401/403)</translation>
    </message>
    <message>
        <source>SMS in use: %1 (from %2)</source>
        <translation>SMS in use: %1 (from %2)</translation>
    </message>
    <message>
        <source>IAM in use: none</source>
        <translation>IAM in use: none</translation>
    </message>
    <message>
        <source>IAM in use: %1 (from %2)</source>
        <translation>IAM in use: %1 (from %2)</translation>
    </message>
    <message>
        <source>STS in use: none (the account ID cannot be looked up through STS)</source>
        <translation>STS in use: none (the account ID cannot be looked up through STS)</translation>
    </message>
    <message>
        <source>STS in use: %1 (from %2)</source>
        <translation>STS in use: %1 (from %2)</translation>
    </message>
    <message>
        <source>32 characters; leave empty to look it up through IAM by the region on export</source>
        <translation>32 characters; leave empty to look it up through IAM by the region on export</translation>
    </message>
</context>
<context>
    <name>smsc::ProfileSecrets</name>
    <message>
        <source>access key (AK)</source>
        <translation>access key (AK)</translation>
    </message>
    <message>
        <source>secret key (SK)</source>
        <translation>secret key (SK)</translation>
    </message>
    <message>
        <source>security token</source>
        <translation>security token</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM token</translation>
    </message>
    <message>
        <source>Nothing was saved for profile &quot;%1&quot;: %2</source>
        <translation>Nothing was saved for profile &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no %2 stored in the keychain.</source>
        <translation>Profile &quot;%1&quot; has no %2 stored in the keychain.</translation>
    </message>
    <message>
        <source>The %1 of profile &quot;%2&quot; could not be accessed. %3</source>
        <translation>The %1 of profile &quot;%2&quot; could not be accessed. %3</translation>
    </message>
</context>
<context>
    <name>smsc::ProfileStore</name>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>The settings file %1 could not be written.</translation>
    </message>
    <message>
        <source>The proxy URL contains a password; it cannot be stored in the settings file.</source>
        <translation>The proxy URL contains a password; it cannot be stored in the settings file.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>There is no profile named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>A profile named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>A profile needs a name.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with spaces.</source>
        <translation>A profile name cannot start or end with spaces.</translation>
    </message>
    <message>
        <source>A profile name can have at most 64 characters.</source>
        <translation>A profile name can have at most 64 characters.</translation>
    </message>
    <message>
        <source>A profile name cannot contain &quot;/&quot;, &quot;\&quot; or control characters.</source>
        <translation>A profile name cannot contain &quot;/&quot;, &quot;\&quot; or control characters.</translation>
    </message>
</context>
<context>
    <name>smsc::ProjectIdResolver</name>
    <message>
        <source>The project id could not be looked up: no IAM endpoint is set. Enter the project id, or an IAM endpoint.</source>
        <translation>The project id could not be looked up: no IAM endpoint is set. Enter the project id, or an IAM endpoint.</translation>
    </message>
</context>
<context>
    <name>smsc::RegionsFile</name>
    <message>
        <source>a quoted value is not closed</source>
        <translation>a quoted value is not closed</translation>
    </message>
    <message>
        <source>only \&quot; and \\ may be escaped in a quoted value</source>
        <translation>only \&quot; and \\ may be escaped in a quoted value</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain value; quote it</source>
        <translation>&quot;%1&quot; is not a plain value; quote it</translation>
    </message>
    <message>
        <source>a list in brackets must hold plain values separated by commas</source>
        <translation>a list in brackets must hold plain values separated by commas</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8 text</source>
        <translation>the line is not valid UTF-8 text</translation>
    </message>
    <message>
        <source>a tab cannot indent a line; use spaces</source>
        <translation>a tab cannot indent a line; use spaces</translation>
    </message>
    <message>
        <source>the line is indented differently from the list above it</source>
        <translation>the line is indented differently from the list above it</translation>
    </message>
    <message>
        <source>each endpoint must be one value</source>
        <translation>each endpoint must be one value</translation>
    </message>
    <message>
        <source>expected a service name followed by &quot;:&quot; at the start of the line</source>
        <translation>expected a service name followed by &quot;:&quot; at the start of the line</translation>
    </message>
    <message>
        <source>expected a list item &quot;- id: …&quot; under the service</source>
        <translation>expected a list item &quot;- id: …&quot; under the service</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation>expected &quot;key: value&quot;</translation>
    </message>
    <message>
        <source>&quot;endpoints&quot; must be a list</source>
        <translation>&quot;endpoints&quot; must be a list</translation>
    </message>
    <message>
        <source>the regions file</source>
        <translation>the regions file</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; it is not a regions file.</source>
        <translation>%1 is larger than 1 MiB; it is not a regions file.</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, line %2: %3.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>smsc::RowActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>C&amp;lear cells</source>
        <translation>C&amp;lear cells</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <source>&amp;Insert row</source>
        <translation>&amp;Insert row</translation>
    </message>
    <message>
        <source>D&amp;uplicate rows</source>
        <translation>D&amp;uplicate rows</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>&amp;Delete rows</translation>
    </message>
    <message>
        <source>Remove du&amp;plicates</source>
        <translation>Remove du&amp;plicates</translation>
    </message>
    <message>
        <source>&amp;Import CSV/TSV…</source>
        <translation>&amp;Import CSV/TSV…</translation>
    </message>
    <message>
        <source>Export rows as &amp;CSV…</source>
        <translation>Export rows as &amp;CSV…</translation>
    </message>
    <message>
        <source>Add an empty row at the end</source>
        <translation>Add an empty row at the end</translation>
    </message>
    <message>
        <source>Remove rows that exactly repeat an earlier row</source>
        <translation>Remove rows that exactly repeat an earlier row</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>Duplicate rows</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Delete rows</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Clear cells</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <source>Remove duplicates</source>
        <translation>Remove duplicates</translation>
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
        <translation>Paste</translation>
    </message>
    <message>
        <source>Cannot import rows</source>
        <translation>Cannot import rows</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
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
        <translation>Import rows</translation>
    </message>
    <message>
        <source>Rows files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Rows files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Export rows as CSV</source>
        <translation>Export rows as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>The table is full: it holds at most %1 rows.</source>
        <translation>The table is full: it holds at most %1 rows.</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>the table</translation>
    </message>
    <message>
        <source>those added</source>
        <translation>those added</translation>
    </message>
    <message>
        <source>this export</source>
        <translation>this export</translation>
    </message>
    <message>
        <source>Replace the rows in the table?</source>
        <translation>Replace the rows in the table?</translation>
    </message>
    <message numerus="yes">
        <source>The table has %n row(s). Replace them with the rows of this export (%1)? Undo brings them back.</source>
        <translation>
            <numerusform>The table has %n row. Replace it with the rows of this export (%1)? Undo brings it back.</numerusform>
            <numerusform>The table has %n rows. Replace them with the rows of this export (%1)? Undo brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Add from account</source>
        <translation>Add from account</translation>
    </message>
    <message>
        <source>Load rows from history</source>
        <translation>Load rows from history</translation>
    </message>
    <message>
        <source>Cl&amp;ear all</source>
        <translation>Cl&amp;ear all</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>Edit cell</translation>
    </message>
</context>
<context>
    <name>smsc::RowPaster</name>
    <message>
        <source>Cannot paste</source>
        <translation>Cannot paste</translation>
    </message>
    <message>
        <source>Is the first row a header?</source>
        <translation>Is the first row a header?</translation>
    </message>
    <message>
        <source>The first pasted row, &quot;%1&quot;, reads like column titles, but it names none of the table&apos;s columns (%2). Skip it as a header row (the other rows then fill the columns in this order), or paste it as a row?</source>
        <translation>The first pasted row, &quot;%1&quot;, reads like column titles, but it names none of the table&apos;s columns (%2). Skip it as a header row (the other rows then fill the columns in this order), or paste it as a row?</translation>
    </message>
    <message>
        <source>&amp;Skip it (header row)</source>
        <translation>&amp;Skip it (header row)</translation>
    </message>
    <message>
        <source>&amp;Paste it as a row</source>
        <translation>&amp;Paste it as a row</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>the pasted text</translation>
    </message>
    <message>
        <source>Paste over filled cells?</source>
        <translation>Paste over filled cells?</translation>
    </message>
    <message numerus="yes">
        <source>The paste would change %n filled cell(s), in table rows %1. Replace them, or add the pasted rows after the last filled row?</source>
        <translation>
            <numerusform>The paste would change %n filled cell, in table row %1. Replace it, or add the pasted rows after the last filled row?</numerusform>
            <numerusform>The paste would change %n filled cells, in table rows %1. Replace them, or add the pasted rows after the last filled row?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace them</source>
        <translation>&amp;Replace them</translation>
    </message>
    <message>
        <source>&amp;Add as new rows</source>
        <translation>&amp;Add as new rows</translation>
    </message>
    <message numerus="yes">
        <source>Pasted over %n filled cell(s); Undo brings them back.</source>
        <translation>
            <numerusform>Pasted over %n filled cell; Undo brings it back.</numerusform>
            <numerusform>Pasted over %n filled cells; Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsc::RowTableModel</name>
    <message>
        <source>Task ID</source>
        <translation>Task ID</translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation>Source ID</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Source name</translation>
    </message>
    <message>
        <source>task_id: required, at most %1 characters</source>
        <translation>task_id: required, at most %1 characters</translation>
    </message>
    <message>
        <source>source_id: optional, at most %1 characters</source>
        <translation>source_id: optional, at most %1 characters</translation>
    </message>
    <message>
        <source>source_name: optional, at most %1 characters</source>
        <translation>source_name: optional, at most %1 characters</translation>
    </message>
    <message>
        <source>Added from the account.</source>
        <translation>Added from the account.</translation>
    </message>
</context>
<context>
    <name>smsc::RowValidator</name>
    <message>
        <source>There is nothing to export: add at least one row with a task_id.</source>
        <translation>There is nothing to export: add at least one row with a task_id.</translation>
    </message>
    <message>
        <source>Row %1: too many rows; one request may contain at most %2 rows.</source>
        <translation>Row %1: too many rows; one request may contain at most %2 rows.</translation>
    </message>
    <message>
        <source>Row %1, %2: required, but empty.</source>
        <translation>Row %1, %2: required, but empty.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3 characters, at most %4 allowed.</source>
        <translation>Row %1, %2: %3 characters, at most %4 allowed.</translation>
    </message>
    <message>
        <source>Row %1: the same task_id, source_id and source_name as row %2.</source>
        <translation>Row %1: the same task_id, source_id and source_name as row %2.</translation>
    </message>
</context>
<context>
    <name>smsc::RowWriter</name>
    <message>
        <source>Cannot export rows</source>
        <translation>Cannot export rows</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Saved %n row to %1.</numerusform>
            <numerusform>Saved %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out: the table holds at most %1 rows. Not added: line(s) %2 of %3.</source>
        <translation>
            <numerusform>%n row left out: the table holds at most %1 rows. Not added: line %2 of %3.</numerusform>
            <numerusform>%n rows left out: the table holds at most %1 rows. Not added: lines %2 of %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out: the table holds at most %1 rows. Not added: row(s) %2 of %3.</source>
        <translation>
            <numerusform>%n row left out: the table holds at most %1 rows. Not added: row %2 of %3.</numerusform>
            <numerusform>%n rows left out: the table holds at most %1 rows. Not added: rows %2 of %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row limit reached</source>
        <translation>Row limit reached</translation>
    </message>
    <message>
        <source>%1 Save the rows left out to a rows file, to add them later?</source>
        <translation>%1 Save the rows left out to a rows file, to add them later?</translation>
    </message>
    <message>
        <source>&amp;Save them…</source>
        <translation>&amp;Save them…</translation>
    </message>
    <message>
        <source>Save the rows left out</source>
        <translation>Save the rows left out</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>%1 Export all %2 rows in batches of at most %3 instead (a batch export window opens with them), or save the rows left out to a rows file, to add them later?</source>
        <translation>%1 Export all %2 rows in batches of at most %3 instead (a batch export window opens with them), or save the rows left out to a rows file, to add them later?</translation>
    </message>
    <message>
        <source>&amp;Export all %1 rows in batches…</source>
        <translation>&amp;Export all %1 rows in batches…</translation>
    </message>
</context>
<context>
    <name>smsc::RowsFile</name>
    <message>
        <source>Line %1: unexpected text after a closing quote.</source>
        <translation>Line %1: unexpected text after a closing quote.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Line %1: a quoted field is not closed.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields, but the header row has %3.</source>
        <translation>Line %1: %2 fields, but the header row has %3.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8 text.</source>
        <translation>Line %1: the file is not UTF-8 text.</translation>
    </message>
    <message>
        <source>The rows file is empty; it needs a header row naming task_id, source_id and source_name.</source>
        <translation>The rows file is empty; it needs a header row naming task_id, source_id and source_name.</translation>
    </message>
    <message>
        <source>Line %1: %2 columns; without a header row, paste only task_id, source_id and source_name, in that order.</source>
        <translation>Line %1: %2 columns; without a header row, paste only task_id, source_id and source_name, in that order.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2: a value in a column without a title in the header row (line %3).</source>
        <translation>Line %1, column %2: a value in a column without a title in the header row (line %3).</translation>
    </message>
</context>
<context>
    <name>smsc::RowsHeader</name>
    <message>
        <source>column %1 &quot;%2&quot; is not a column of the rows table</source>
        <translation>column %1 &quot;%2&quot; is not a column of the rows table</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot; repeats %3 (column %4)</source>
        <translation>column %1 &quot;%2&quot; repeats %3 (column %4)</translation>
    </message>
    <message>
        <source>Line %1 is not a header row: it names none of the columns task_id, source_id and source_name.</source>
        <translation>Line %1 is not a header row: it names none of the columns task_id, source_id and source_name.</translation>
    </message>
    <message>
        <source>Line %1: %2; the header row names task_id, source_id and source_name, each at most once.</source>
        <translation>Line %1: %2; the header row names task_id, source_id and source_name, each at most once.</translation>
    </message>
    <message>
        <source>Line %1: the header row has no task_id column (expected task_id, source_id, source_name).</source>
        <translation>Line %1: the header row has no task_id column (expected task_id, source_id, source_name).</translation>
    </message>
</context>
<context>
    <name>smsc::RunFolder</name>
    <message>
        <source>The run folder %1 cannot be created: %2</source>
        <translation>The run folder %1 cannot be created: %2</translation>
    </message>
    <message>
        <source>No free run folder name is left in %1.</source>
        <translation>No free run folder name is left in %1.</translation>
    </message>
</context>
<context>
    <name>smsc::SafeFile</name>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>it is larger than %1 MiB</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>it is larger than %1 bytes</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>it is a symbolic link</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>it is not a regular file</translation>
    </message>
</context>
<context>
    <name>smsc::SdkCredentialsFile</name>
    <message>
        <source>the section [%1] needs both ak and sk</source>
        <translation>the section [%1] needs both ak and sk</translation>
    </message>
    <message>
        <source>a section other than [basic] or [global] (the SDKs read only those)</source>
        <translation>a section other than [basic] or [global] (the SDKs read only those)</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time (first on line %2)</source>
        <translation>the section [%1] appears a second time (first on line %2)</translation>
    </message>
    <message>
        <source>the line is not &quot;key = value&quot;</source>
        <translation>the line is not &quot;key = value&quot;</translation>
    </message>
    <message>
        <source>a key before the first section ([basic] or [global])</source>
        <translation>a key before the first section ([basic] or [global])</translation>
    </message>
    <message>
        <source>an unknown key (the SDKs read ak, sk, security_token, project_id, domain_id and iam_endpoint)</source>
        <translation>an unknown key (the SDKs read ak, sk, security_token, project_id, domain_id and iam_endpoint)</translation>
    </message>
    <message>
        <source>%1 appears a second time in [%2]</source>
        <translation>%1 appears a second time in [%2]</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 has no value</translation>
    </message>
    <message>
        <source>the value of %1 contains a space or a control character</source>
        <translation>the value of %1 contains a space or a control character</translation>
    </message>
    <message>
        <source>%1 is not 32 characters, digits and letters a-f</source>
        <translation>%1 is not 32 characters, digits and letters a-f</translation>
    </message>
    <message>
        <source>there is no [basic] or [global] section</source>
        <translation>there is no [basic] or [global] section</translation>
    </message>
    <message>
        <source>The SDK credentials file</source>
        <translation>The SDK credentials file</translation>
    </message>
    <message>
        <source>%1 is larger than 64 KiB; it is not an SDK credentials file.</source>
        <translation>%1 is larger than 64 KiB; it is not an SDK credentials file.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 is not UTF-8 text.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, line %2: %3.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The section must be basic or global, not &quot;%1&quot;.</source>
        <translation>The section must be basic or global, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 has both a [basic] and a [global] section: choose one ([basic] sends X-Project-Id, [global] X-Domain-Id).</source>
        <translation>%1 has both a [basic] and a [global] section: choose one ([basic] sends X-Project-Id, [global] X-Domain-Id).</translation>
    </message>
    <message>
        <source>%1 has no [%2] section.</source>
        <translation>%1 has no [%2] section.</translation>
    </message>
</context>
<context>
    <name>smsc::SdkImportAction</name>
    <message>
        <source>Import from SDK credentials</source>
        <translation>Import from SDK credentials</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Import [basic] (X-Project-Id)</source>
        <translation>Import [basic] (X-Project-Id)</translation>
    </message>
    <message>
        <source>Import [global] (X-Domain-Id)</source>
        <translation>Import [global] (X-Domain-Id)</translation>
    </message>
    <message>
        <source>Filled from [%1] of %2. Check the region, then save: the keys go into the keychain.</source>
        <translation>Filled from [%1] of %2. Check the region, then save: the keys go into the keychain.</translation>
    </message>
    <message>
        <source>The keys from %1 are now in the keychain, but the file still holds them in plain text. Delete the file? Other tools that use the SDK may still read it.</source>
        <translation>The keys from %1 are now in the keychain, but the file still holds them in plain text. Delete the file? Other tools that use the SDK may still read it.</translation>
    </message>
    <message>
        <source>Delete the SDK credentials file?</source>
        <translation>Delete the SDK credentials file?</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Delete file</translation>
    </message>
    <message>
        <source>%1 was left as it is; it still holds the keys in plain text.</source>
        <translation>%1 was left as it is; it still holds the keys in plain text.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 could not be deleted: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <source>&amp;Import from SDK credentials…</source>
        <translation>&amp;Import from SDK credentials…</translation>
    </message>
    <message>
        <source>A new profile from the SDKs&apos; credentials file (~/.huaweicloud/credentials); its keys go into the keychain when you save</source>
        <translation>A new profile from the SDKs&apos; credentials file (~/.huaweicloud/credentials); its keys go into the keychain when you save</translation>
    </message>
</context>
<context>
    <name>smsc::SecretLineEdit</name>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>Hide the value</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Show the value</translation>
    </message>
    <message>
        <source>Shown in clear text</source>
        <translation>Shown in clear text</translation>
    </message>
    <message>
        <source>Masked; use Show in the context menu to reveal</source>
        <translation>Masked; use Show in the context menu to reveal</translation>
    </message>
</context>
<context>
    <name>smsc::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two keys of one action</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Next cell; on the last cell, add a row</source>
        <translation>Next cell; on the last cell, add a row</translation>
    </message>
    <message>
        <source>Previous cell</source>
        <translation>Previous cell</translation>
    </message>
    <message>
        <source>Edit the cell; while editing, keep the edit</source>
        <translation>Edit the cell; while editing, keep the edit</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>Cancel the edit</translation>
    </message>
    <message>
        <source>Move between cells</source>
        <translation>Move between cells</translation>
    </message>
    <message>
        <source>First cell, last cell</source>
        <translation>First cell, last cell</translation>
    </message>
    <message>
        <source>Leave the table</source>
        <translation>Leave the table</translation>
    </message>
    <message>
        <source>In the rows table</source>
        <translation>In the rows table</translation>
    </message>
    <message>
        <source>Replace the cell with what you type</source>
        <translation>Replace the cell with what you type</translation>
    </message>
    <message>
        <source>Any letter or digit</source>
        <translation>Any letter or digit</translation>
    </message>
</context>
<context>
    <name>smsc::SignatureDiagnosisView</name>
    <message>
        <source>HTTP method</source>
        <translation>HTTP method</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>query string</source>
        <translation>query string</translation>
    </message>
    <message>
        <source>signed header</source>
        <translation>signed header</translation>
    </message>
    <message>
        <source>end of the headers</source>
        <translation>end of the headers</translation>
    </message>
    <message>
        <source>signed header names</source>
        <translation>signed header names</translation>
    </message>
    <message>
        <source>body hash</source>
        <translation>body hash</translation>
    </message>
    <message>
        <source>extra line</source>
        <translation>extra line</translation>
    </message>
    <message>
        <source>&amp;Gateway&apos;s canonical request:</source>
        <translation>&amp;Gateway&apos;s canonical request:</translation>
    </message>
    <message>
        <source>&amp;Our canonical request:</source>
        <translation>&amp;Our canonical request:</translation>
    </message>
    <message>
        <source>Our &amp;string to sign:</source>
        <translation>Our &amp;string to sign:</translation>
    </message>
    <message>
        <source>First difference</source>
        <translation>First difference</translation>
    </message>
    <message>
        <source>Likely cause</source>
        <translation>Likely cause</translation>
    </message>
    <message>
        <source>Both canonical requests are identical.</source>
        <translation>Both canonical requests are identical.</translation>
    </message>
    <message>
        <source>▶ Line %1 differs (%2): the gateway has &quot;%3&quot;, we have &quot;%4&quot;.</source>
        <translation>▶ Line %1 differs (%2): the gateway has &quot;%3&quot;, we have &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nothing)</translation>
    </message>
    <message>
        <source>Line %1 differs</source>
        <translation>Line %1 differs</translation>
    </message>
</context>
<context>
    <name>smsc::StsClient</name>
    <message>
        <source>STS refused to decode the message: your user needs the STS decode-authorization-message permission (the refusal names the action %1). Ask an administrator to grant it, or ask them to decode the message for you.</source>
        <translation>STS refused to decode the message: your user needs the STS decode-authorization-message permission (the refusal names the action %1). Ask an administrator to grant it, or ask them to decode the message for you.</translation>
    </message>
    <message>
        <source>STS refused to decode the message: your user needs the STS decode-authorization-message permission. Ask an administrator to grant it, or ask them to decode the message for you.</source>
        <translation>STS refused to decode the message: your user needs the STS decode-authorization-message permission. Ask an administrator to grant it, or ask them to decode the message for you.</translation>
    </message>
    <message>
        <source>STS refused to say who these credentials belong to: your user needs the STS caller-identity permission (the refusal names the action %1).</source>
        <translation>STS refused to say who these credentials belong to: your user needs the STS caller-identity permission (the refusal names the action %1).</translation>
    </message>
    <message>
        <source>STS refused to say who these credentials belong to: your user needs the STS caller-identity permission.</source>
        <translation>STS refused to say who these credentials belong to: your user needs the STS caller-identity permission.</translation>
    </message>
</context>
<context>
    <name>smsc::StsParser</name>
    <message>
        <source>The encoded authorization message is empty: paste the encoded_authorization_message of a 403 answer.</source>
        <translation>The encoded authorization message is empty: paste the encoded_authorization_message of a 403 answer.</translation>
    </message>
    <message>
        <source>The encoded authorization message has %1 characters; STS decodes at most %2. It was probably cut or joined with other text: copy it again from the 403 answer.</source>
        <translation>The encoded authorization message has %1 characters; STS decodes at most %2. It was probably cut or joined with other text: copy it again from the 403 answer.</translation>
    </message>
    <message>
        <source>STS answered without a decoded message.</source>
        <translation>STS answered without a decoded message.</translation>
    </message>
    <message>
        <source>STS returned a decoded message this app cannot read; it is shown as sent.</source>
        <translation>STS returned a decoded message this app cannot read; it is shown as sent.</translation>
    </message>
    <message>
        <source>STS caller-identity answered without an account id.</source>
        <translation>STS caller-identity answered without an account id.</translation>
    </message>
    <message>
        <source>Decision: allowed</source>
        <translation>Decision: allowed</translation>
    </message>
    <message>
        <source>Decision: denied by an explicit Deny statement</source>
        <translation>Decision: denied by an explicit Deny statement</translation>
    </message>
    <message>
        <source>Decision: denied (no policy allows it)</source>
        <translation>Decision: denied (no policy allows it)</translation>
    </message>
    <message>
        <source>Decision: not stated</source>
        <translation>Decision: not stated</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action: %1</translation>
    </message>
    <message>
        <source>Resource: %1</source>
        <translation>Resource: %1</translation>
    </message>
    <message>
        <source>Principal: %1</source>
        <translation>Principal: %1</translation>
    </message>
    <message>
        <source>Matching statement: %1 in policy %2 (%3, effect %4)</source>
        <translation>Matching statement: %1 in policy %2 (%3, effect %4)</translation>
    </message>
    <message>
        <source>Reason: no statement matched, so the request was denied by default. A policy granting the action is missing.</source>
        <translation>Reason: no statement matched, so the request was denied by default. A policy granting the action is missing.</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>Condition: %1</translation>
    </message>
</context>
<context>
    <name>smsc::SupportBundle</name>
    <message>
        <source>The support bundle %1 cannot be written: %2</source>
        <translation>The support bundle %1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>smsc::SupportBundleAction</name>
    <message>
        <source>Save support bundle</source>
        <translation>Save support bundle</translation>
    </message>
    <message>
        <source>Support bundle (*.json)</source>
        <translation>Support bundle (*.json)</translation>
    </message>
    <message>
        <source>Save support &amp;bundle…</source>
        <translation>Save support &amp;bundle…</translation>
    </message>
</context>
<context>
    <name>smsc::TlsStep</name>
    <message>
        <source>%1: no handshake within %2 s</source>
        <translation>%1: no handshake within %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>subject %1; issuer %2; expires %3 (%4)</source>
        <translation>subject %1; issuer %2; expires %3 (%4)</translation>
    </message>
    <message>
        <source>no endpoint (see Configuration)</source>
        <translation>no endpoint (see Configuration)</translation>
    </message>
    <message>
        <source>plain HTTP (loopback only): no TLS</source>
        <translation>plain HTTP (loopback only): no TLS</translation>
    </message>
    <message>
        <source>%1: not tried (no connection)</source>
        <translation>%1: not tried (no connection)</translation>
    </message>
    <message>
        <source>%1 not reached</source>
        <translation>%1 not reached</translation>
    </message>
    <message>
        <source>Trusted authorities: the system&apos;s</source>
        <translation>Trusted authorities: the system&apos;s</translation>
    </message>
    <message>
        <source>Trusted authorities: the system&apos;s plus the CA file %1</source>
        <translation>Trusted authorities: the system&apos;s plus the CA file %1</translation>
    </message>
    <message>
        <source>no https host was reached</source>
        <translation>no https host was reached</translation>
    </message>
    <message>
        <source>%1 (with a custom CA file)</source>
        <translation>%1 (with a custom CA file)</translation>
    </message>
    <message>
        <source>If a proxy or firewall inspects TLS, add its CA certificate as the profile&apos;s CA file (--ca-file); if the endpoint is wrong (a name the certificate does not cover), correct it; never turn verification off.</source>
        <translation>If a proxy or firewall inspects TLS, add its CA certificate as the profile&apos;s CA file (--ca-file); if the endpoint is wrong (a name the certificate does not cover), correct it; never turn verification off.</translation>
    </message>
    <message>
        <source>A certificate expires soon: tell whoever runs the endpoint.</source>
        <translation>A certificate expires soon: tell whoever runs the endpoint.</translation>
    </message>
    <message>
        <source>%1: the CA file %2 holds no PEM certificate</source>
        <translation>%1: the CA file %2 holds no PEM certificate</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1&apos;s certificate expires soon</source>
        <translation>%1&apos;s certificate expires soon</translation>
    </message>
    <message>
        <source>%1: %2, trusted
%3</source>
        <translation>%1: %2, trusted
%3</translation>
    </message>
    <message>
        <source>not trusted: %1</source>
        <translation>not trusted: %1</translation>
    </message>
    <message>
        <source>%1: not trusted: %2
%3</source>
        <translation>%1: not trusted: %2
%3</translation>
    </message>
    <message>
        <source>%1: handshake failed</source>
        <translation>%1: handshake failed</translation>
    </message>
    <message>
        <source>%1: the handshake failed: %2</source>
        <translation>%1: the handshake failed: %2</translation>
    </message>
</context>
<context>
    <name>smsc::WhoAmIDialog</name>
    <message>
        <source>IAM user %1</source>
        <translation>IAM user %1</translation>
    </message>
    <message>
        <source>Agency %1</source>
        <translation>Agency %1</translation>
    </message>
    <message>
        <source>Unknown: the answer carried no usable Date header</source>
        <translation>Unknown: the answer carried no usable Date header</translation>
    </message>
    <message>
        <source>In step with the server</source>
        <translation>In step with the server</translation>
    </message>
    <message>
        <source>%1 ahead of the server</source>
        <translation>%1 ahead of the server</translation>
    </message>
    <message>
        <source>%1 behind the server</source>
        <translation>%1 behind the server</translation>
    </message>
    <message>
        <source>None sent</source>
        <translation>None sent</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (request ID %2)</source>
        <translation>%1 (request ID %2)</translation>
    </message>
    <message>
        <source>The credentials of profile &quot;%1&quot; work.</source>
        <translation>The credentials of profile &quot;%1&quot; work.</translation>
    </message>
    <message>
        <source>The profile names account %1, but these credentials belong to account %2.</source>
        <translation>The profile names account %1, but these credentials belong to account %2.</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>Account ID:</translation>
    </message>
    <message>
        <source>User or agency:</source>
        <translation>User or agency:</translation>
    </message>
    <message>
        <source>Principal URN:</source>
        <translation>Principal URN:</translation>
    </message>
    <message>
        <source>Scope header sent:</source>
        <translation>Scope header sent:</translation>
    </message>
    <message>
        <source>Endpoint reached:</source>
        <translation>Endpoint reached:</translation>
    </message>
    <message>
        <source>Clock skew:</source>
        <translation>Clock skew:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>IAM actions this app needs (not checked here; a denial names the missing one):</source>
        <translation>IAM actions this app needs (not checked here; a denial names the missing one):</translation>
    </message>
    <message>
        <source>Required IAM actions</source>
        <translation>Required IAM actions</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>IAM action</source>
        <translation>IAM action</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Asking STS who these credentials belong to…</source>
        <translation>Asking STS who these credentials belong to…</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>The check failed: %1</translation>
    </message>
    <message>
        <source>Check profile</source>
        <translation>Check profile</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Every field of the failed request and answer, secrets redacted</source>
        <translation>Every field of the failed request and answer, secrets redacted</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy a summary of the failure; keys, tokens and signatures are redacted</source>
        <translation>Copy a summary of the failure; keys, tokens and signatures are redacted</translation>
    </message>
</context>
<context>
    <name>smsc::WhoAmIReport</name>
    <message>
        <source>Export consistency results</source>
        <translation>Export consistency results</translation>
    </message>
    <message>
        <source>Add from account</source>
        <translation>Add from account</translation>
    </message>
    <message>
        <source>Decode a denial</source>
        <translation>Decode a denial</translation>
    </message>
    <message>
        <source>the STS decode-authorization-message permission</source>
        <translation>the STS decode-authorization-message permission</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>Account (domain) id: %1</source>
        <translation>Account (domain) id: %1</translation>
    </message>
    <message>
        <source>IAM user: %1</source>
        <translation>IAM user: %1</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>Agency: %1</translation>
    </message>
    <message>
        <source>Principal: %1</source>
        <translation>Principal: %1</translation>
    </message>
    <message>
        <source>Principal URN: %1</source>
        <translation>Principal URN: %1</translation>
    </message>
    <message>
        <source>Principal id: %1</source>
        <translation>Principal id: %1</translation>
    </message>
    <message>
        <source>Scope header: none sent</source>
        <translation>Scope header: none sent</translation>
    </message>
    <message>
        <source>Scope header: %1: %2</source>
        <translation>Scope header: %1: %2</translation>
    </message>
    <message>
        <source>Endpoint reached: %1</source>
        <translation>Endpoint reached: %1</translation>
    </message>
    <message>
        <source>Clock: the answer carried no usable Date header</source>
        <translation>Clock: the answer carried no usable Date header</translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation>Clock: %1</translation>
    </message>
    <message>
        <source>Clock: within %1 of the server</source>
        <translation>Clock: within %1 of the server</translation>
    </message>
    <message>
        <source>IAM actions this app needs (not checked; a denial names the missing one):</source>
        <translation>IAM actions this app needs (not checked; a denial names the missing one):</translation>
    </message>
    <message>
        <source>  [ ] %1: %2</source>
        <translation>  [ ] %1: %2</translation>
    </message>
</context>
<context>
    <name>smsc::WidgetPrompts</name>
    <message>
        <source>File exists</source>
        <translation>File exists</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists in this folder. Replace it, or keep both files?</source>
        <translation>&quot;%1&quot; already exists in this folder. Replace it, or keep both files?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Keep both</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>The profile &quot;%1&quot; has changes that are not saved. Save them?</translation>
    </message>
</context>
<context>
    <name>smsc::cli::AccountCommandSupport</name>
    <message>
        <source>Correct a wrong local clock: &quot;auto&quot; retries once with the measured offset when the signature is rejected as expired; a number adds that many seconds to the signing time.</source>
        <translation>Correct a wrong local clock: &quot;auto&quot; retries once with the measured offset when the signature is rejected as expired; a number adds that many seconds to the signing time.</translation>
    </message>
    <message>
        <source>--clock-offset takes &quot;auto&quot; or a number of seconds (at most a week either way), not &quot;%1&quot;.</source>
        <translation>--clock-offset takes &quot;auto&quot; or a number of seconds (at most a week either way), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The clock is off: run the command again with --clock-offset auto to sign with the measured offset.</source>
        <translation>The clock is off: run the command again with --clock-offset auto to sign with the measured offset.</translation>
    </message>
    <message>
        <source>Retrying once with the signing time moved by %1 seconds.</source>
        <translation>Retrying once with the signing time moved by %1 seconds.</translation>
    </message>
</context>
<context>
    <name>smsc::cli::AccountTable</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>CONNECTED</source>
        <translation>CONNECTED</translation>
    </message>
    <message>
        <source>RESULTS</source>
        <translation>RESULTS</translation>
    </message>
    <message>
        <source>TASK ID</source>
        <translation>TASK ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>CREATED (UTC)</source>
        <translation>CREATED (UTC)</translation>
    </message>
    <message>
        <source>SOURCE ID</source>
        <translation>SOURCE ID</translation>
    </message>
    <message>
        <source>SOURCE NAME</source>
        <translation>SOURCE NAME</translation>
    </message>
</context>
<context>
    <name>smsc::cli::BatchExportCommand</name>
    <message>
        <source>Export any number of rows in batches into a run folder, resumable.</source>
        <translation>Export any number of rows in batches into a run folder, resumable.</translation>
    </message>
    <message>
        <source>Exports any number of rows in batches of at most 200, one request per batch, into a new run folder (sms-export-YYYYMMDD-HHMMSS in --output-dir) holding one file per batch and manifest.json, which records every batch. --resume sends only the batches that are not saved, into the same folder.
Exit codes: 0 every batch saved; 2 invalid input or usage, or a changed rows file (nothing sent); 3 stopped by a 401/403 or another 4xx; 4 a batch failed with 5xx after its retries; 5 network; 6 credentials unavailable; 7 a file or the manifest could not be saved; 130 interrupted. When batches fail differently, 130 wins over 3, 3 over 7, 7 over 5, 5 over 4.</source>
        <translation>Exports any number of rows in batches of at most 200, one request per batch, into a new run folder (sms-export-YYYYMMDD-HHMMSS in --output-dir) holding one file per batch and manifest.json, which records every batch. --resume sends only the batches that are not saved, into the same folder.
Exit codes: 0 every batch saved; 2 invalid input or usage, or a changed rows file (nothing sent); 3 stopped by a 401/403 or another 4xx; 4 a batch failed with 5xx after its retries; 5 network; 6 credentials unavailable; 7 a file or the manifest could not be saved; 130 interrupted. When batches fail differently, 130 wins over 3, 3 over 7, 7 over 5, 5 over 4.</translation>
    </message>
    <message>
        <source>Split the rows into batches (see --batch-size).</source>
        <translation>Split the rows into batches (see --batch-size).</translation>
    </message>
    <message>
        <source>Continue the run this manifest.json describes.</source>
        <translation>Continue the run this manifest.json describes.</translation>
    </message>
    <message>
        <source>Read the rows from this CSV or TSV FILE (not stdin: a run is resumed from the file).</source>
        <translation>Read the rows from this CSV or TSV FILE (not stdin: a run is resumed from the file).</translation>
    </message>
    <message>
        <source>Rows per request, 1 to 200 (default 200).</source>
        <translation>Rows per request, 1 to 200 (default 200).</translation>
    </message>
    <message>
        <source>Batches sent at once, 1 to 4 (default 1).</source>
        <translation>Batches sent at once, 1 to 4 (default 1).</translation>
    </message>
    <message>
        <source>Repeat a batch after 429, 5xx or a network error up to N times, 0 to 5 (default 0); never after 401/403.</source>
        <translation>Repeat a batch after 429, 5xx or a network error up to N times, 0 to 5 (default 0); never after 401/403.</translation>
    </message>
    <message>
        <source>Create the run folder in this folder (default: the current folder).</source>
        <translation>Create the run folder in this folder (default: the current folder).</translation>
    </message>
    <message>
        <source>X-Language header: en-us, zh-cn or none.</source>
        <translation>X-Language header: en-us, zh-cn or none.</translation>
    </message>
    <message>
        <source>Print one JSON object with the totals on stdout.</source>
        <translation>Print one JSON object with the totals on stdout.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give either --batch or --resume MANIFEST, not both.</source>
        <translation>Give either --batch or --resume MANIFEST, not both.</translation>
    </message>
    <message>
        <source>--%1 cannot be changed on --resume: the manifest records it.</source>
        <translation>--%1 cannot be changed on --resume: the manifest records it.</translation>
    </message>
    <message>
        <source>--batch needs the rows in a file: --rows FILE.</source>
        <translation>--batch needs the rows in a file: --rows FILE.</translation>
    </message>
    <message>
        <source>--batch cannot read the rows from stdin: a run is resumed from its rows file.</source>
        <translation>--batch cannot read the rows from stdin: a run is resumed from its rows file.</translation>
    </message>
    <message>
        <source>--batch-size must be a whole number from 1 to %1.</source>
        <translation>--batch-size must be a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>--parallel must be a whole number from 1 to %1.</source>
        <translation>--parallel must be a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>--retry must be a whole number from 0 to %1.</source>
        <translation>--retry must be a whole number from 0 to %1.</translation>
    </message>
    <message>
        <source>--language must be en-us, zh-cn or none, not &quot;%1&quot;.</source>
        <translation>--language must be en-us, zh-cn or none, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Batch %1/%2 saved: %3 (%4 rows, %5 bytes, request id %6)</source>
        <translation>Batch %1/%2 saved: %3 (%4 rows, %5 bytes, request id %6)</translation>
    </message>
    <message>
        <source>Batch %1/%2 failed after %3 attempt(s): %4 (%5%6, request id %7)</source>
        <translation>Batch %1/%2 failed after %3 attempt(s): %4 (%5%6, request id %7)</translation>
    </message>
    <message>
        <source>The service refused the credentials or the permission: the run stopped, the batches not sent are pending. Fix the cause, then: sms-consistency-cli export --resume %1</source>
        <translation>The service refused the credentials or the permission: the run stopped, the batches not sent are pending. Fix the cause, then: sms-consistency-cli export --resume %1</translation>
    </message>
    <message>
        <source>To send the batches not saved: sms-consistency-cli export --resume %1</source>
        <translation>To send the batches not saved: sms-consistency-cli export --resume %1</translation>
    </message>
    <message>
        <source>%1 of %2 batches saved (%3 rows, %4 bytes), %5 failed, %6 pending; manifest: %7</source>
        <translation>%1 of %2 batches saved (%3 rows, %4 bytes), %5 failed, %6 pending; manifest: %7</translation>
    </message>
    <message>
        <source>Interrupted; nothing was sent.</source>
        <translation>Interrupted; nothing was sent.</translation>
    </message>
</context>
<context>
    <name>smsc::cli::BodyFile</name>
    <message>
        <source>The body file %1 is larger than %2; no request body of this API is that large.</source>
        <translation>The body file %1 is larger than %2; no request body of this API is that large.</translation>
    </message>
    <message>
        <source>The body file %1 did not end within %2 seconds (a pipe nobody writes to?).</source>
        <translation>The body file %1 did not end within %2 seconds (a pipe nobody writes to?).</translation>
    </message>
    <message>
        <source>The body file %1 cannot be read: %2</source>
        <translation>The body file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The body file %1 is a folder.</source>
        <translation>The body file %1 is a folder.</translation>
    </message>
</context>
<context>
    <name>smsc::cli::CliApplication</name>
    <message>
        <source>Unknown command &quot;%1&quot;; run &apos;sms-consistency-cli --help&apos;.</source>
        <translation>Unknown command &quot;%1&quot;; run &apos;sms-consistency-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: sms-consistency-cli COMMAND [options]

Exports Huawei Cloud SMS consistency verification results.

Commands:
</source>
        <translation>Usage: sms-consistency-cli COMMAND [options]

Exports Huawei Cloud SMS consistency verification results.

Commands:
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help.
  -v, --version  Show the version.
</source>
        <translation>
Options:
  -h, --help     Show this help.
  -v, --version  Show the version.
</translation>
    </message>
    <message>
        <source>Run &apos;sms-consistency-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Run &apos;sms-consistency-cli COMMAND --help&apos; for the options of a command.</translation>
    </message>
    <message>
        <source>Secrets are never accepted as arguments: use the environment (CLOUD_SDK_AK, CLOUD_SDK_SK), --token-file, or a stored --profile.</source>
        <translation>Secrets are never accepted as arguments: use the environment (CLOUD_SDK_AK, CLOUD_SDK_SK), --token-file, or a stored --profile.</translation>
    </message>
    <message>
        <source>Progress: while export, list-servers, list-tasks, decode and whoami work, one status line on stderr shows the stage, and while receiving the bytes, rate, elapsed and remaining time; it is erased when the command ends. It is shown only when stderr is a terminal, never with --json. --quiet prints only errors on stderr; --progress prints plain progress lines every few seconds instead (for CI logs). NO_COLOR and TERM=dumb are respected.</source>
        <translation>Progress: while export, list-servers, list-tasks, decode and whoami work, one status line on stderr shows the stage, and while receiving the bytes, rate, elapsed and remaining time; it is erased when the command ends. It is shown only when stderr is a terminal, never with --json. --quiet prints only errors on stderr; --progress prints plain progress lines every few seconds instead (for CI logs). NO_COLOR and TERM=dumb are respected.</translation>
    </message>
    <message>
        <source>The commands that talk to the service take --timeout SECONDS (the longest wait for the next byte) and --max-time SECONDS (the longest one whole exchange may take, retries included).</source>
        <translation>The commands that talk to the service take --timeout SECONDS (the longest wait for the next byte) and --max-time SECONDS (the longest one whole exchange may take, retries included).</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 2 invalid input or usage, 3 rejected by the service, 4 service error, 5 network/TLS/timeout, 6 credentials unavailable, 7 answer not saved (disk, name, folder, permission, link), 8 a doctor check failed, 130 interrupted, 143 terminated.</source>
        <translation>Exit codes: 0 ok, 2 invalid input or usage, 3 rejected by the service, 4 service error, 5 network/TLS/timeout, 6 credentials unavailable, 7 answer not saved (disk, name, folder, permission, link), 8 a doctor check failed, 130 interrupted, 143 terminated.</translation>
    </message>
    <message>
        <source>--debug (on every command that talks to the service) traces each request and answer on stderr: method, URL, status, time taken, request id, headers with every secret and signature redacted, body sizes (never bodies), the proxy in use and the TLS protocol; retries and redirects get their own lines.</source>
        <translation>--debug (on every command that talks to the service) traces each request and answer on stderr: method, URL, status, time taken, request id, headers with every secret and signature redacted, body sizes (never bodies), the proxy in use and the TLS protocol; retries and redirects get their own lines.</translation>
    </message>
</context>
<context>
    <name>smsc::cli::Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>%1 (see &apos;sms-consistency-cli %2 --help&apos;)</source>
        <translation>%1 (see &apos;sms-consistency-cli %2 --help&apos;)</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>[common options]</source>
        <translation>[common options]</translation>
    </message>
</context>
<context>
    <name>smsc::cli::CommonOptions</name>
    <message>
        <source>Use the stored profile NAME (settings and keychain secrets).</source>
        <translation>Use the stored profile NAME (settings and keychain secrets).</translation>
    </message>
    <message>
        <source>Region id, e.g. ap-southeast-3.</source>
        <translation>Region id, e.g. ap-southeast-3.</translation>
    </message>
    <message>
        <source>Custom SMS endpoint URL (https; http only to loopback).</source>
        <translation>Custom SMS endpoint URL (https; http only to loopback).</translation>
    </message>
    <message>
        <source>IAM endpoint URL, used to find the account id.</source>
        <translation>IAM endpoint URL, used to find the account id.</translation>
    </message>
    <message>
        <source>STS endpoint URL, used to find the account id.</source>
        <translation>STS endpoint URL, used to find the account id.</translation>
    </message>
    <message>
        <source>Account (domain) id, sent as X-Domain-Id.</source>
        <translation>Account (domain) id, sent as X-Domain-Id.</translation>
    </message>
    <message>
        <source>Project id, sent as X-Project-Id instead of X-Domain-Id.</source>
        <translation>Project id, sent as X-Project-Id instead of X-Domain-Id.</translation>
    </message>
    <message>
        <source>Connect and transfer timeout in seconds (default 60 / 120).</source>
        <translation>Connect and transfer timeout in seconds (default 60 / 120).</translation>
    </message>
    <message>
        <source>Also trust the PEM certificates in FILE.</source>
        <translation>Also trust the PEM certificates in FILE.</translation>
    </message>
    <message>
        <source>Proxy URL, or &quot;none&quot; (default: the system proxy).</source>
        <translation>Proxy URL, or &quot;none&quot; (default: the system proxy).</translation>
    </message>
    <message>
        <source>Authenticate with the IAM token in FILE (X-Auth-Token).</source>
        <translation>Authenticate with the IAM token in FILE (X-Auth-Token).</translation>
    </message>
    <message>
        <source>Give either --region or --endpoint, not both.</source>
        <translation>Give either --region or --endpoint, not both.</translation>
    </message>
    <message>
        <source>Give either --domain-id or --project-id, not both.</source>
        <translation>Give either --domain-id or --project-id, not both.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout needs a number of seconds from 1 to 3600, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>The CA file %1 cannot be read.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (see &apos;sms-consistency-cli profile list&apos;).</source>
        <translation>There is no profile named &quot;%1&quot; (see &apos;sms-consistency-cli profile list&apos;).</translation>
    </message>
    <message>
        <source>Choose where to send the request: --region ID, --endpoint URL or --profile NAME.</source>
        <translation>Choose where to send the request: --region ID, --endpoint URL or --profile NAME.</translation>
    </message>
    <message>
        <source>--proxy must not carry a password: a command line is visible to other users. Set http_proxy / https_proxy in the environment instead.</source>
        <translation>--proxy must not carry a password: a command line is visible to other users. Set http_proxy / https_proxy in the environment instead.</translation>
    </message>
    <message>
        <source>Stop each exchange with the service that takes longer than SECONDS in all, retries included (--timeout limits only waiting for the next byte).</source>
        <translation>Stop each exchange with the service that takes longer than SECONDS in all, retries included (--timeout limits only waiting for the next byte).</translation>
    </message>
    <message>
        <source>--max-time needs a number of seconds from 1 to 86400, not &quot;%1&quot;.</source>
        <translation>--max-time needs a number of seconds from 1 to 86400, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Scope header: domain (X-Domain-Id, the default) or project (X-Project-Id; without --project-id the region&apos;s project id is looked up through IAM).</source>
        <translation>Scope header: domain (X-Domain-Id, the default) or project (X-Project-Id; without --project-id the region&apos;s project id is looked up through IAM).</translation>
    </message>
    <message>
        <source>--scope must be domain or project, not &quot;%1&quot;.</source>
        <translation>--scope must be domain or project, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--scope %1 contradicts the id given.</source>
        <translation>--scope %1 contradicts the id given.</translation>
    </message>
    <message>
        <source>Trace every request and answer on stderr: method, URL, status, time, request id, headers with secrets and signatures redacted, body sizes (never bodies), proxy and TLS.</source>
        <translation>Trace every request and answer on stderr: method, URL, status, time, request id, headers with secrets and signatures redacted, body sizes (never bodies), proxy and TLS.</translation>
    </message>
</context>
<context>
    <name>smsc::cli::CredentialSource</name>
    <message>
        <source>No credentials: set CLOUD_SDK_AK and CLOUD_SDK_SK in the environment, give an IAM token with --token-file, or use --profile NAME.</source>
        <translation>No credentials: set CLOUD_SDK_AK and CLOUD_SDK_SK in the environment, give an IAM token with --token-file, or use --profile NAME.</translation>
    </message>
    <message>
        <source>The access key is missing: CLOUD_SDK_SK is set but CLOUD_SDK_AK is not.</source>
        <translation>The access key is missing: CLOUD_SDK_SK is set but CLOUD_SDK_AK is not.</translation>
    </message>
    <message>
        <source>The secret key is missing: CLOUD_SDK_AK is set but CLOUD_SDK_SK is not.</source>
        <translation>The secret key is missing: CLOUD_SDK_AK is set but CLOUD_SDK_SK is not.</translation>
    </message>
    <message>
        <source>The token file %1 cannot be read: %2</source>
        <translation>The token file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>The token file %1 is empty.</translation>
    </message>
    <message>
        <source>--%1 is not accepted: secrets on the command line are visible to other users and stay in the shell history. Set CLOUD_SDK_AK / CLOUD_SDK_SK (and CLOUD_SDK_SECURITY_TOKEN) in the environment, use --token-file FILE, or store them with &apos;profile set&apos;.</source>
        <translation>--%1 is not accepted: secrets on the command line are visible to other users and stay in the shell history. Set CLOUD_SDK_AK / CLOUD_SDK_SK (and CLOUD_SDK_SECURITY_TOKEN) in the environment, use --token-file FILE, or store them with &apos;profile set&apos;.</translation>
    </message>
</context>
<context>
    <name>smsc::cli::DecodeCommand</name>
    <message>
        <source>Decode the encoded authorization message of a 403 answer with STS.</source>
        <translation>Decode the encoded authorization message of a 403 answer with STS.</translation>
    </message>
    <message>
        <source>Sends POST /v5/decode-authorization-message to STS with the same credentials as &apos;export&apos; and prints the decision: allowed or denied, action, resource and the matching policy statement.
FILE holds the message, or a 403 answer (or &apos;export --json&apos; output) that carries it; without FILE, or with -, it is read from stdin. It is never taken as an argument.</source>
        <translation>Sends POST /v5/decode-authorization-message to STS with the same credentials as &apos;export&apos; and prints the decision: allowed or denied, action, resource and the matching policy statement.
FILE holds the message, or a 403 answer (or &apos;export --json&apos; output) that carries it; without FILE, or with -, it is read from stdin. It is never taken as an argument.</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout.</source>
        <translation>Print one JSON object on stdout.</translation>
    </message>
    <message>
        <source>File holding the message; - or nothing reads stdin.</source>
        <translation>File holding the message; - or nothing reads stdin.</translation>
    </message>
    <message>
        <source>Give one file, or none to read stdin.</source>
        <translation>Give one file, or none to read stdin.</translation>
    </message>
    <message>
        <source>Pipe the message into &apos;decode&apos; or give a FILE (see --help).</source>
        <translation>Pipe the message into &apos;decode&apos; or give a FILE (see --help).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: that is not an authorization message.</source>
        <translation>%1 is larger than 1 MiB: that is not an authorization message.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrupted.</translation>
    </message>
</context>
<context>
    <name>smsc::cli::DoctorCommand</name>
    <message>
        <source>Check the set-up step by step: configuration, names, connection, TLS, clock, keys, account id, permissions.</source>
        <translation>Check the set-up step by step: configuration, names, connection, TLS, clock, keys, account id, permissions.</translation>
    </message>
    <message>
        <source>Runs eight checks in order and prints one line for each: its mark (ok, warning, failed, skipped), what it measured and, when it failed, what to do. 1 configuration (endpoints, auth mode, keys, scope header); 2 name resolution of the SMS, IAM and STS hosts; 3 a TCP connection to each, through the proxy in use; 4 TLS: protocol, cipher, certificate chain and trust; 5 the clock against the service&apos;s Date header; 6 the keys, by a signed STS caller-identity call (a rejected key is never sent again); 7 the account id configured against the one the keys resolve to; 8 permissions, by a signed GET /v3/sources?limit=1, then the two IAM actions the export needs and a custom policy granting them. Exit codes: 0 nothing failed, 8 a check failed, 6 credentials unavailable, 2 usage.</source>
        <translation>Runs eight checks in order and prints one line for each: its mark (ok, warning, failed, skipped), what it measured and, when it failed, what to do. 1 configuration (endpoints, auth mode, keys, scope header); 2 name resolution of the SMS, IAM and STS hosts; 3 a TCP connection to each, through the proxy in use; 4 TLS: protocol, cipher, certificate chain and trust; 5 the clock against the service&apos;s Date header; 6 the keys, by a signed STS caller-identity call (a rejected key is never sent again); 7 the account id configured against the one the keys resolve to; 8 permissions, by a signed GET /v3/sources?limit=1, then the two IAM actions the export needs and a custom policy granting them. Exit codes: 0 nothing failed, 8 a check failed, 6 credentials unavailable, 2 usage.</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout: ok, checks (id, name, verdict, figure, detail, fix) and the policy.</source>
        <translation>Print one JSON object on stdout: ok, checks (id, name, verdict, figure, detail, fix) and the policy.</translation>
    </message>
    <message>
        <source>Also print each check&apos;s detail and the policy to paste.</source>
        <translation>Also print each check&apos;s detail and the policy to paste.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n check failed.</numerusform>
            <numerusform>%n checks failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No check failed.</source>
        <translation>No check failed.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrupted.</translation>
    </message>
</context>
<context>
    <name>smsc::cli::ExportCommand</name>
    <message>
        <source>One row (repeatable).</source>
        <translation>One row (repeatable).</translation>
    </message>
    <message>
        <source>Save to this file path.</source>
        <translation>Save to this file path.</translation>
    </message>
    <message>
        <source>Save into this folder, named by the service (default: the current folder).</source>
        <translation>Save into this folder, named by the service (default: the current folder).</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Replace an existing output file.</translation>
    </message>
    <message>
        <source>X-Language header: en-us, zh-cn or none.</source>
        <translation>X-Language header: en-us, zh-cn or none.</translation>
    </message>
    <message>
        <source>Print the signed request (secrets redacted); send nothing.</source>
        <translation>Print the signed request (secrets redacted); send nothing.</translation>
    </message>
    <message>
        <source>Print one JSON object with the outcome on stdout.</source>
        <translation>Print one JSON object with the outcome on stdout.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the rows with either --rows FILE or --row TASK_ID,SOURCE_ID,SOURCE_NAME.</source>
        <translation>Give the rows with either --rows FILE or --row TASK_ID,SOURCE_ID,SOURCE_NAME.</translation>
    </message>
    <message>
        <source>Give either --output or --output-dir, not both.</source>
        <translation>Give either --output or --output-dir, not both.</translation>
    </message>
    <message>
        <source>--language must be en-us, zh-cn or none, not &quot;%1&quot;.</source>
        <translation>--language must be en-us, zh-cn or none, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Interrupted; nothing was sent.</source>
        <translation>Interrupted; nothing was sent.</translation>
    </message>
    <message>
        <source>Read rows from a CSV or TSV FILE with a header row naming task_id, source_id, source_name (or the window&apos;s titles, e.g. Task ID), each once; - reads stdin.</source>
        <translation>Read rows from a CSV or TSV FILE with a header row naming task_id, source_id, source_name (or the window&apos;s titles, e.g. Task ID), each once; - reads stdin.</translation>
    </message>
    <message>
        <source>Sends POST /v3/tasks/consistency-results/export and saves the returned file.
Credentials: --profile NAME, or CLOUD_SDK_AK / CLOUD_SDK_SK (optional CLOUD_SDK_SECURITY_TOKEN), or an IAM token with --token-file or CLOUD_SDK_IAM_TOKEN. Secrets are never taken as arguments.
Exit codes: 0 saved; 2 invalid input or usage (nothing sent); 3 rejected by the service (4xx); 4 service error (5xx); 5 network, TLS or timeout; 6 credentials unavailable; 7 the answer could not be saved (disk full, name taken, folder gone, permission, a symbolic link at the output name); 130 interrupted (SIGINT), 143 terminated (SIGTERM).</source>
        <translation>Sends POST /v3/tasks/consistency-results/export and saves the returned file.
Credentials: --profile NAME, or CLOUD_SDK_AK / CLOUD_SDK_SK (optional CLOUD_SDK_SECURITY_TOKEN), or an IAM token with --token-file or CLOUD_SDK_IAM_TOKEN. Secrets are never taken as arguments.
Exit codes: 0 saved; 2 invalid input or usage (nothing sent); 3 rejected by the service (4xx); 4 service error (5xx); 5 network, TLS or timeout; 6 credentials unavailable; 7 the answer could not be saved (disk full, name taken, folder gone, permission, a symbolic link at the output name); 130 interrupted (SIGINT), 143 terminated (SIGTERM).</translation>
    </message>
    <message>
        <source>Export the consistency results of up to 200 tasks to a file, or any number in batches (--batch).</source>
        <translation>Export the consistency results of up to 200 tasks to a file, or any number in batches (--batch).</translation>
    </message>
    <message>
        <source>Any number of rows in batches, resumable (see &apos;sms-consistency-cli export --batch --help&apos;).</source>
        <translation>Any number of rows in batches, resumable (see &apos;sms-consistency-cli export --batch --help&apos;).</translation>
    </message>
    <message>
        <source>Continue a batch run from its manifest.json.</source>
        <translation>Continue a batch run from its manifest.json.</translation>
    </message>
    <message>
        <source>X-Project-Id: %1 (looked up through IAM for region %2)</source>
        <translation>X-Project-Id: %1 (looked up through IAM for region %2)</translation>
    </message>
</context>
<context>
    <name>smsc::cli::InputReader</name>
    <message>
        <source>Nothing arrived from %1 for %2 seconds; giving up.</source>
        <translation>Nothing arrived from %1 for %2 seconds; giving up.</translation>
    </message>
    <message>
        <source>%1 did not end within %2 seconds; giving up.</source>
        <translation>%1 did not end within %2 seconds; giving up.</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>stdin</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, too large.</source>
        <translation>%1 is larger than %2, too large.</translation>
    </message>
</context>
<context>
    <name>smsc::cli::ListCommand</name>
    <message>
        <source>List the account&apos;s source servers (every page), or write them as rows.</source>
        <translation>List the account&apos;s source servers (every page), or write them as rows.</translation>
    </message>
    <message>
        <source>List the account&apos;s migration tasks (every page), or write them as rows.</source>
        <translation>List the account&apos;s migration tasks (every page), or write them as rows.</translation>
    </message>
    <message>
        <source>Sends GET /v3/sources page by page (IAM action sms:server:list).</source>
        <translation>Sends GET /v3/sources page by page (IAM action sms:server:list).</translation>
    </message>
    <message>
        <source>Sends GET /v3/tasks page by page (IAM action sms:server:listTask).</source>
        <translation>Sends GET /v3/tasks page by page (IAM action sms:server:listTask).</translation>
    </message>
    <message>
        <source>Only names containing TEXT.</source>
        <translation>Only names containing TEXT.</translation>
    </message>
    <message>
        <source>Only IP addresses containing TEXT.</source>
        <translation>Only IP addresses containing TEXT.</translation>
    </message>
    <message>
        <source>Only this state.</source>
        <translation>Only this state.</translation>
    </message>
    <message>
        <source>Only servers that have consistency results.</source>
        <translation>Only servers that have consistency results.</translation>
    </message>
    <message>
        <source>Only tasks of this source server.</source>
        <translation>Only tasks of this source server.</translation>
    </message>
    <message>
        <source>Also write the rows (task_id, source_id, source_name) as a CSV FILE that &apos;export --rows&apos; reads.</source>
        <translation>Also write the rows (task_id, source_id, source_name) as a CSV FILE that &apos;export --rows&apos; reads.</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout instead of a table.</source>
        <translation>Print one JSON object on stdout instead of a table.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 source servers.</source>
        <translation>%1 source servers.</translation>
    </message>
    <message>
        <source>%1 migration tasks.</source>
        <translation>%1 migration tasks.</translation>
    </message>
    <message>
        <source>%1 servers have no migration task and were left out of %2.</source>
        <translation>%1 servers have no migration task and were left out of %2.</translation>
    </message>
    <message>
        <source>%1 holds %2 rows; one export takes at most %3, so split it or filter further.</source>
        <translation>%1 holds %2 rows; one export takes at most %3, so split it or filter further.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Wrote %1 rows to %2.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrupted.</translation>
    </message>
</context>
<context>
    <name>smsc::cli::OutputTarget</name>
    <message>
        <source>The output %1 is a folder; use --output-dir for a folder.</source>
        <translation>The output %1 is a folder; use --output-dir for a folder.</translation>
    </message>
    <message>
        <source>The output file %1 already exists; add --force to replace it.</source>
        <translation>The output file %1 already exists; add --force to replace it.</translation>
    </message>
    <message>
        <source>The output folder %1 does not exist.</source>
        <translation>The output folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The output folder %1 is not writable.</source>
        <translation>The output folder %1 is not writable.</translation>
    </message>
    <message>
        <source>The output folder %1 is not a folder.</source>
        <translation>The output folder %1 is not a folder.</translation>
    </message>
    <message>
        <source>The output %1 is a symbolic link; it is not written through. Nothing was sent or written; add --force to replace the link itself.</source>
        <translation>The output %1 is a symbolic link; it is not written through. Nothing was sent or written; add --force to replace the link itself.</translation>
    </message>
</context>
<context>
    <name>smsc::cli::ProfileCommand</name>
    <message>
        <source>The profile name.</source>
        <translation>The profile name.</translation>
    </message>
    <message>
        <source>Give exactly one profile NAME (see --help).</source>
        <translation>Give exactly one profile NAME (see --help).</translation>
    </message>
    <message>
        <source>Creates or updates profile NAME. Secrets are read from stdin, one per line in this order: AK, SK (and the security token for --auth temporary), or the IAM token for --auth token; at a terminal you are asked for them without echo. --from-env takes them from CLOUD_SDK_AK / CLOUD_SDK_SK / CLOUD_SDK_SECURITY_TOKEN instead.</source>
        <translation>Creates or updates profile NAME. Secrets are read from stdin, one per line in this order: AK, SK (and the security token for --auth temporary), or the IAM token for --auth token; at a terminal you are asked for them without echo. --from-env takes them from CLOUD_SDK_AK / CLOUD_SDK_SK / CLOUD_SDK_SECURITY_TOKEN instead.</translation>
    </message>
    <message>
        <source>Auth mode: aksk (default), temporary or token.</source>
        <translation>Auth mode: aksk (default), temporary or token.</translation>
    </message>
    <message>
        <source>X-Language header: en-us, zh-cn or none.</source>
        <translation>X-Language header: en-us, zh-cn or none.</translation>
    </message>
    <message>
        <source>Take the secrets from the environment.</source>
        <translation>Take the secrets from the environment.</translation>
    </message>
    <message>
        <source>Change settings only; keep the stored secrets.</source>
        <translation>Change settings only; keep the stored secrets.</translation>
    </message>
    <message>
        <source>Also make it the current profile of the desktop app.</source>
        <translation>Also make it the current profile of the desktop app.</translation>
    </message>
    <message>
        <source>--auth must be aksk, temporary or token, not &quot;%1&quot;.</source>
        <translation>--auth must be aksk, temporary or token, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--language must be en-us, zh-cn or none, not &quot;%1&quot;.</source>
        <translation>--language must be en-us, zh-cn or none, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The environment holds %1 credentials, not the ones --auth %2 needs.</source>
        <translation>The environment holds %1 credentials, not the ones --auth %2 needs.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation>Saved profile &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Lists the stored profiles, one name per line.</source>
        <translation>Lists the stored profiles, one name per line.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>Shows a profile&apos;s settings and which secrets the keychain holds (the AK masked, never a secret).</source>
        <translation>Shows a profile&apos;s settings and which secrets the keychain holds (the AK masked, never a secret).</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>There is no profile named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpoint: %1</translation>
    </message>
    <message>
        <source>Auth mode: %1</source>
        <translation>Auth mode: %1</translation>
    </message>
    <message>
        <source>X-Project-Id: %1</source>
        <translation>X-Project-Id: %1</translation>
    </message>
    <message>
        <source>X-Domain-Id: %1</source>
        <translation>X-Domain-Id: %1</translation>
    </message>
    <message>
        <source>(resolved through IAM)</source>
        <translation>(resolved through IAM)</translation>
    </message>
    <message>
        <source>X-Language: %1</source>
        <translation>X-Language: %1</translation>
    </message>
    <message>
        <source>Timeouts: connect %1 s, transfer %2 s</source>
        <translation>Timeouts: connect %1 s, transfer %2 s</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>Proxy: %1</translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation>CA file: %1</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Secrets: %1</translation>
    </message>
    <message>
        <source>Secrets: stored in the keychain (AK %1)</source>
        <translation>Secrets: stored in the keychain (AK %1)</translation>
    </message>
    <message>
        <source>Secrets: stored in the keychain</source>
        <translation>Secrets: stored in the keychain</translation>
    </message>
    <message>
        <source>Deletes a profile&apos;s settings and its secrets in the keychain.</source>
        <translation>Deletes a profile&apos;s settings and its secrets in the keychain.</translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot;.</source>
        <translation>Deleted profile &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Options:
  -h, --help     Show this help.
  -v, --version  Show the version.</source>
        <translation>Options:
  -h, --help     Show this help.
  -v, --version  Show the version.</translation>
    </message>
    <message>
        <source>Endpoints: %1</source>
        <translation>Endpoints: %1</translation>
    </message>
    <message>
        <source>SMS endpoint: %1 (from %2)</source>
        <translation>SMS endpoint: %1 (from %2)</translation>
    </message>
    <message>
        <source>IAM endpoint: none (%1)</source>
        <translation>IAM endpoint: none (%1)</translation>
    </message>
    <message>
        <source>IAM endpoint: %1 (from %2)</source>
        <translation>IAM endpoint: %1 (from %2)</translation>
    </message>
    <message>
        <source>STS endpoint: none (%1)</source>
        <translation>STS endpoint: none (%1)</translation>
    </message>
    <message>
        <source>STS endpoint: %1 (from %2)</source>
        <translation>STS endpoint: %1 (from %2)</translation>
    </message>
    <message>
        <source>Create, list, show, delete or import (from the SDK credentials file) stored profiles (secrets in the OS keychain).</source>
        <translation>Create, list, show, delete or import (from the SDK credentials file) stored profiles (secrets in the OS keychain).</translation>
    </message>
    <message>
        <source>Usage: sms-consistency-cli profile set|list|show|delete|import-sdk [NAME] [options]
Run &apos;sms-consistency-cli profile ACTION --help&apos; for the options of an action.</source>
        <translation>Usage: sms-consistency-cli profile set|list|show|delete|import-sdk [NAME] [options]
Run &apos;sms-consistency-cli profile ACTION --help&apos; for the options of an action.</translation>
    </message>
    <message>
        <source>profile needs an action: set, list, show, delete or import-sdk.</source>
        <translation>profile needs an action: set, list, show, delete or import-sdk.</translation>
    </message>
    <message>
        <source>(looked up through IAM for region %1)</source>
        <translation>(looked up through IAM for region %1)</translation>
    </message>
</context>
<context>
    <name>smsc::cli::ProfileImportCommand</name>
    <message>
        <source>Create a profile from the SDK credentials file (keys into the OS keychain).</source>
        <translation>Create a profile from the SDK credentials file (keys into the OS keychain).</translation>
    </message>
    <message>
        <source>Creates profile NAME from the official SDKs&apos; credentials file: ak, sk and security_token go into the OS keychain only; project_id, domain_id and iam_endpoint into the profile. [basic] sends X-Project-Id, [global] X-Domain-Id. The file is never printed, and deleted only when you say so.</source>
        <translation>Creates profile NAME from the official SDKs&apos; credentials file: ak, sk and security_token go into the OS keychain only; project_id, domain_id and iam_endpoint into the profile. [basic] sends X-Project-Id, [global] X-Domain-Id. The file is never printed, and deleted only when you say so.</translation>
    </message>
    <message>
        <source>The credentials file (default: HUAWEICLOUD_SDK_CREDENTIALS_FILE, else ~/.huaweicloud/credentials).</source>
        <translation>The credentials file (default: HUAWEICLOUD_SDK_CREDENTIALS_FILE, else ~/.huaweicloud/credentials).</translation>
    </message>
    <message>
        <source>The section to import: basic or global (needed when the file has both).</source>
        <translation>The section to import: basic or global (needed when the file has both).</translation>
    </message>
    <message>
        <source>Replace an existing profile of that name.</source>
        <translation>Replace an existing profile of that name.</translation>
    </message>
    <message>
        <source>Delete the credentials file once the keys are in the keychain, without asking.</source>
        <translation>Delete the credentials file once the keys are in the keychain, without asking.</translation>
    </message>
    <message>
        <source>Keep the credentials file without asking.</source>
        <translation>Keep the credentials file without asking.</translation>
    </message>
    <message>
        <source>Also make it the current profile of the desktop app.</source>
        <translation>Also make it the current profile of the desktop app.</translation>
    </message>
    <message>
        <source>The profile name.</source>
        <translation>The profile name.</translation>
    </message>
    <message>
        <source>Give exactly one profile NAME (see --help).</source>
        <translation>Give exactly one profile NAME (see --help).</translation>
    </message>
    <message>
        <source>Give either --delete-file or --keep-file, not both.</source>
        <translation>Give either --delete-file or --keep-file, not both.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; nothing was imported. Give --force to replace it, or choose another name.</source>
        <translation>A profile named &quot;%1&quot; exists already; nothing was imported. Give --force to replace it, or choose another name.</translation>
    </message>
    <message>
        <source>The credentials file names no region: give --region ID (or --endpoint URL).</source>
        <translation>The credentials file names no region: give --region ID (or --endpoint URL).</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot; from %2; its keys are in the keychain.</source>
        <translation>Saved profile &quot;%1&quot; from %2; its keys are in the keychain.</translation>
    </message>
    <message>
        <source>%1 still holds the keys in plain text. Delete it now? Other tools that use the SDK may still read it. [y/N]</source>
        <translation>%1 still holds the keys in plain text. Delete it now? Other tools that use the SDK may still read it. [y/N]</translation>
    </message>
    <message>
        <source>%1 was left as it is; it still holds the keys in plain text.</source>
        <translation>%1 was left as it is; it still holds the keys in plain text.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 could not be deleted: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Deleted %1.</translation>
    </message>
</context>
<context>
    <name>smsc::cli::ProgressLine</name>
    <message>
        <source>Print only errors on stderr: no progress, no notes (results still go to stdout).</source>
        <translation>Print only errors on stderr: no progress, no notes (results still go to stdout).</translation>
    </message>
    <message>
        <source>Print progress as plain lines every few seconds, even when stderr is not a terminal (for CI logs).</source>
        <translation>Print progress as plain lines every few seconds, even when stderr is not a terminal (for CI logs).</translation>
    </message>
</context>
<context>
    <name>smsc::cli::ProgressText</name>
    <message>
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>Checking the rows</translation>
    </message>
    <message>
        <source>Reading the credentials</source>
        <translation>Reading the credentials</translation>
    </message>
    <message>
        <source>Resolving the account</source>
        <translation>Resolving the account</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Waiting for the service</source>
        <translation>Waiting for the service</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>%1: %2 items, pages received: %3, %4 elapsed</source>
        <translation>%1: %2 items, pages received: %3, %4 elapsed</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items, pages received: %4, %5 elapsed</source>
        <translation>%1: %2 of %3 items, pages received: %4, %5 elapsed</translation>
    </message>
    <message>
        <source>%1… %2 elapsed</source>
        <translation>%1… %2 elapsed</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 elapsed</source>
        <translation>%1: %2, %3, %4 elapsed</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4%), %5, %6 elapsed, %7 left</source>
        <translation>%1: %2 of %3 (%4%), %5, %6 elapsed, %7 left</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done, %4 of %5 rows, %6, %7 elapsed, %8 left</source>
        <translation>%1: %2 of %3 done, %4 of %5 rows, %6, %7 elapsed, %8 left</translation>
    </message>
</context>
<context>
    <name>smsc::cli::ReportPrinter</name>
    <message>
        <source>Saved %1 bytes.</source>
        <translation>Saved %1 bytes.</translation>
    </message>
    <message>
        <source>Saved %1 bytes; request id %2.</source>
        <translation>Saved %1 bytes; request id %2.</translation>
    </message>
    <message>
        <source>The service returned no file (HTTP %1 with an empty body).</source>
        <translation>The service returned no file (HTTP %1 with an empty body).</translation>
    </message>
    <message>
        <source>The service returned no file (HTTP %1); it returned: %2</source>
        <translation>The service returned no file (HTTP %1); it returned: %2</translation>
    </message>
    <message>
        <source>The export failed (%1).</source>
        <translation>The export failed (%1).</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP status: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Error code: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message: %1</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Parameters: %1</translation>
    </message>
    <message>
        <source>Detail: %1 %2</source>
        <translation>Detail: %1 %2</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Redirected to: %1</source>
        <translation>Redirected to: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Request id: %1</translation>
    </message>
    <message>
        <source>Clock skew: %1 s (this computer minus the server)</source>
        <translation>Clock skew: %1 s (this computer minus the server)</translation>
    </message>
    <message>
        <source>Encoded authorization message (%1 characters; decode it with STS): %2</source>
        <translation>Encoded authorization message (%1 characters; decode it with STS): %2</translation>
    </message>
    <message>
        <source>The gateway&apos;s canonical request:</source>
        <translation>The gateway&apos;s canonical request:</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Hint: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent. The signed request (signature and tokens redacted):</source>
        <translation>Dry run: nothing was sent. The signed request (signature and tokens redacted):</translation>
    </message>
    <message>
        <source>Canonical request:</source>
        <translation>Canonical request:</translation>
    </message>
    <message>
        <source>String to sign:</source>
        <translation>String to sign:</translation>
    </message>
    <message>
        <source>%1 appeared while the file was downloading; both are kept: this export is %2.</source>
        <translation>%1 appeared while the file was downloading; both are kept: this export is %2.</translation>
    </message>
    <message>
        <source>Replaced the symbolic link %1 itself; its target was not changed.</source>
        <translation>Replaced the symbolic link %1 itself; its target was not changed.</translation>
    </message>
</context>
<context>
    <name>smsc::cli::RowsInput</name>
    <message>
        <source>--row &quot;%1&quot; is not TASK_ID,SOURCE_ID,SOURCE_NAME (two commas needed).</source>
        <translation>--row &quot;%1&quot; is not TASK_ID,SOURCE_ID,SOURCE_NAME (two commas needed).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
</context>
<context>
    <name>smsc::cli::SignCommand</name>
    <message>
        <source>Print the canonical request, string to sign and Authorization header for a request.</source>
        <translation>Print the canonical request, string to sign and Authorization header for a request.</translation>
    </message>
    <message>
        <source>Signs one request with SDK-HMAC-SHA256 using CLOUD_SDK_AK / CLOUD_SDK_SK from the environment and prints every intermediate. Nothing is sent.</source>
        <translation>Signs one request with SDK-HMAC-SHA256 using CLOUD_SDK_AK / CLOUD_SDK_SK from the environment and prints every intermediate. Nothing is sent.</translation>
    </message>
    <message>
        <source>HTTP method, e.g. POST.</source>
        <translation>HTTP method, e.g. POST.</translation>
    </message>
    <message>
        <source>Full request URL (scheme, host, path, query).</source>
        <translation>Full request URL (scheme, host, path, query).</translation>
    </message>
    <message>
        <source>A header to sign, &apos;Name: value&apos; (repeatable).</source>
        <translation>A header to sign, &apos;Name: value&apos; (repeatable).</translation>
    </message>
    <message>
        <source>Sign as of this UTC time instead of now.</source>
        <translation>Sign as of this UTC time instead of now.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Print one JSON object instead of text.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>sign needs --method and --url.</source>
        <translation>sign needs --method and --url.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; is not a full URL such as https://host/path.</source>
        <translation>The URL &quot;%1&quot; is not a full URL such as https://host/path.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not in the form &apos;Name: value&apos;.</source>
        <translation>The header &quot;%1&quot; is not in the form &apos;Name: value&apos;.</translation>
    </message>
    <message>
        <source>--date must look like 20250314T092653Z, not &quot;%1&quot;.</source>
        <translation>--date must look like 20250314T092653Z, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>sign needs CLOUD_SDK_AK and CLOUD_SDK_SK (an IAM token is not signed).</source>
        <translation>sign needs CLOUD_SDK_AK and CLOUD_SDK_SK (an IAM token is not signed).</translation>
    </message>
    <message>
        <source>Canonical request:</source>
        <translation>Canonical request:</translation>
    </message>
    <message>
        <source>String to sign:</source>
        <translation>String to sign:</translation>
    </message>
    <message>
        <source>Signed headers: %1</source>
        <translation>Signed headers: %1</translation>
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
        <translation>Read the exact request body from FILE (at most 10 MiB, within 5 seconds).</translation>
    </message>
    <message>
        <source>The URL path &quot;%1&quot; has a percent-escape that is not UTF-8; no signer can sign it as sent.</source>
        <translation>The URL path &quot;%1&quot; has a percent-escape that is not UTF-8; no signer can sign it as sent.</translation>
    </message>
    <message>
        <source>The query parameter &quot;%1&quot; has a percent-escape that is not UTF-8; no signer can sign it as sent.</source>
        <translation>The query parameter &quot;%1&quot; has a percent-escape that is not UTF-8; no signer can sign it as sent.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; cannot be sent: a name must be a plain token and a value must not contain CR, LF or NUL.</source>
        <translation>The header &quot;%1&quot; cannot be sent: a name must be a plain token and a value must not contain CR, LF or NUL.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is given more than once.</source>
        <translation>The header &quot;%1&quot; is given more than once.</translation>
    </message>
</context>
<context>
    <name>smsc::cli::WhoAmICommand</name>
    <message>
        <source>Show whose credentials these are: account, user or agency, scope header, clock.</source>
        <translation>Show whose credentials these are: account, user or agency, scope header, clock.</translation>
    </message>
    <message>
        <source>Sends GET /v5/caller-identity to STS and shows the account, the IAM user or agency, the scope header this app sends, the endpoint reached, the clock skew and the IAM actions the app needs.</source>
        <translation>Sends GET /v5/caller-identity to STS and shows the account, the IAM user or agency, the scope header this app sends, the endpoint reached, the clock skew and the IAM actions the app needs.</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout.</source>
        <translation>Print one JSON object on stdout.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The account id given (%1) is not the account these credentials belong to (%2).</source>
        <translation>The account id given (%1) is not the account these credentials belong to (%2).</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrupted.</translation>
    </message>
</context>
</TS>
