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
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
</TS>
