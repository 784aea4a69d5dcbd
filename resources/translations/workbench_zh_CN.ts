<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Columns</name>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="34"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="35"/>
        <source>Publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="36"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="37"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="38"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="39"/>
        <source>Citation</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="40"/>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="41"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="35"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="36"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="37"/>
        <source>HQ province</source>
        <translation>总部省份</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="38"/>
        <source>HQ city</source>
        <translation>总部城市</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="39"/>
        <source>Tickers</source>
        <translation>股票代码</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="40"/>
        <source>Flagship model</source>
        <translation>旗舰模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="41"/>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="42"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../workbench/ui/documents.py" line="44"/>
        <source>Cannot open {0}</source>
        <translation>无法打开 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="45"/>
        <source>“{0}” was not opened; the current work is unchanged. Problems found:</source>
        <translation>未打开“{0}”，当前工作未作任何改动。发现的问题：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="53"/>
        <source>Opened {0}</source>
        <translation>已打开 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="71"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="71"/>
        <source>{0} no longer exists.</source>
        <translation>{0} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="96"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="101"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="127"/>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="130"/>
        <source>Exported {0} sheets to {1}</source>
        <translation>已导出 {0} 个工作表到 {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="118"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="120"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="130"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="131"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="132"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="133"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="134"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="135"/>
        <source>&amp;New from Dataset…</source>
        <translation>从数据集新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="136"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="137"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="138"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="139"/>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="141"/>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="160"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="168"/>
        <source>Dataset: {0} · {1} vendors · {2} sources · {3} scores</source>
        <translation>数据集：{0} · {1} 家厂商 · {2} 个来源 · {3} 项评分</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="182"/>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="215"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="216"/>
        <source>“{0}” has unsaved changes. Save them first?</source>
        <translation>“{0}”有未保存的修改。是否先保存？</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="220"/>
        <source>New from Dataset</source>
        <translation>从数据集新建</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="224"/>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="224"/>
        <location filename="../../workbench/ui/main_window.py" line="229"/>
        <source>Workbench projects (*.wbproj)</source>
        <translation>Workbench 项目 (*.wbproj)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="228"/>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="233"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="47"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="65"/>
        <source>Vendors</source>
        <translation>厂商</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="16"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="16"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="16"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="16"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../workbench/ui/models/record_table.py" line="41"/>
        <source>a value is required</source>
        <translation>必须填写数值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/record_table.py" line="47"/>
        <source>“{0}” is not a number</source>
        <translation>“{0}”不是数字</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/record_table.py" line="50"/>
        <source>“{0}” is not a whole number</source>
        <translation>“{0}”不是整数</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/record_table.py" line="63"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/record_table.py" line="63"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/record_table.py" line="176"/>
        <source>Edit {0}</source>
        <translation>编辑{0}</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="17"/>
        <source>Reported</source>
        <translation>公开报道</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="18"/>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="19"/>
        <source>Analyst assessment</source>
        <translation>分析师评估</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="22"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="23"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="24"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="96"/>
        <source>Source of the selected figure</source>
        <translation>所选数据的来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="98"/>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="98"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="98"/>
        <source>Publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="99"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="99"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="99"/>
        <source>Citation</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="100"/>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="100"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="129"/>
        <source>Select a figure in another panel to see its source.</source>
        <translation>在其他面板中选择一项数据即可查看其来源。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="131"/>
        <source>The selected figure names no source.</source>
        <translation>所选数据未注明来源。</translation>
    </message>
</context>
<context>
    <name>VendorsPanel</name>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="28"/>
        <source>Unknown province “{0}”</source>
        <translation>未知省份“{0}”</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="30"/>
        <source>; did you mean {0}?</source>
        <translation>；是否指{0}？</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="102"/>
        <source>Filter vendors…</source>
        <translation>筛选厂商…</translation>
    </message>
</context>
</TS>
