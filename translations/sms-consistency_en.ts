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
    <message>
        <source>Could not write %1: %2</source>
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
</TS>
