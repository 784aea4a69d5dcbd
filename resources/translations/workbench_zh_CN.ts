<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../workbench/ui/autosave.py" line="141"/>
        <source>Opened read-only</source>
        <translation>已以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/autosave.py" line="142"/>
        <source>{0} is open in another Workbench: {1}. You can look and edit here, but to keep your edits use Save As.</source>
        <translation>{0} 已在另一个 Workbench 中打开：{1}。可以在此查看和修改，但要保留修改，请使用“另存为”。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/autosave.py" line="169"/>
        <location filename="../../workbench/ui/autosave.py" line="197"/>
        <location filename="../../workbench/ui/autosave.py" line="234"/>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/autosave.py" line="180"/>
        <location filename="../../workbench/ui/autosave.py" line="243"/>
        <source>Restored {0} unsaved edits</source>
        <translation>已恢复 {0} 处未保存的修改</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/autosave.py" line="225"/>
        <source>The team project holds these edits already</source>
        <translation>团队项目中已包含这些修改</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/autosave.py" line="228"/>
        <location filename="../../workbench/ui/autosave.py" line="232"/>
        <source>Restore unsaved edits</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/autosave.py" line="235"/>
        <source>The unsaved edits do not fit the team project as it is now: {0}

The recovery file is kept: {1}</source>
        <translation>这些未保存的修改与团队项目的当前内容不相容：{0}

恢复文件已保留：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/autosave.py" line="251"/>
        <source>{0} is open in another Workbench: {1}. Save under another name.</source>
        <translation>{0} 已在另一个 Workbench 中打开：{1}。请以其他名称保存。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/autosave.py" line="291"/>
        <source>{0}: {1}; this window now holds the lock.</source>
        <translation>{0}：{1}；现由本窗口持有锁。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/autosave.py" line="303"/>
        <source>Restore unsaved edits?</source>
        <translation>恢复未保存的修改？</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/autosave.py" line="305"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/autosave.py" line="306"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/autosave.py" line="307"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/autosave.py" line="341"/>
        <source>an unsaved analysis</source>
        <translation>未保存的分析</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/autosave.py" line="343"/>
        <source>unknown tables</source>
        <translation>未知数据表</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/autosave.py" line="344"/>
        <source>Workbench closed before “{0}” was saved. A recovery file from {1} holds {2} unsaved edits to: {3}.

Restore them? Later keeps the recovery file for the next start.</source>
        <translation>Workbench 在“{0}”保存前关闭。{1} 的恢复文件保存了 {2} 处未保存的修改，涉及：{3}。

是否恢复？选择“稍后”会保留恢复文件，供下次启动时使用。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/autosave.py" line="349"/>
        <source>They go over the team project {0} as it is now; a record a colleague changed since is shown as a conflict when you save, never overwritten.</source>
        <translation>这些修改将叠加在团队项目 {0} 的当前内容之上；同事在此期间改过的记录会在保存时显示为冲突，绝不会被覆盖。</translation>
    </message>
</context>
<context>
    <name>BubbleChart</name>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/bubble_chart.py" line="77"/>
        <source>x:</source>
        <translation>横轴：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/bubble_chart.py" line="78"/>
        <source>y:</source>
        <translation>纵轴：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/bubble_chart.py" line="79"/>
        <source>Colour: tier. Every bubble has the same size. Hover over a bubble for its scores.</source>
        <translation>颜色：梯队。所有气泡大小相同。鼠标悬停在气泡上可查看评分。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/bubble_chart.py" line="138"/>
        <source>Unscored, not plotted: {0}</source>
        <translation>未评分，未绘制：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/bubble_chart.py" line="140"/>
        <source>No score on these axes, not plotted: {0}</source>
        <translation>这两个维度缺少评分，未绘制：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/bubble_chart.py" line="205"/>
        <source>Composite {0:.1f}</source>
        <translation>综合得分 {0:.1f}</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/views.py" line="97"/>
        <source>Enter saves, Shift+Enter starts a new line, Esc cancels</source>
        <translation>Enter 保存，Shift+Enter 换行，Esc 取消</translation>
    </message>
</context>
<context>
    <name>CategoryBox</name>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/board.py" line="56"/>
        <source>Add to {0}… (Enter)</source>
        <translation>添加到{0}…（Enter）</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="22"/>
        <source>Tier moves</source>
        <translation>梯队变动</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="23"/>
        <source>Score changes</source>
        <translation>评分变化</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="24"/>
        <source>Weight changes</source>
        <translation>权重变化</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="25"/>
        <source>Estimate changes</source>
        <translation>估计值变化</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="26"/>
        <source>Entries added</source>
        <translation>新增条目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="27"/>
        <source>Entries removed</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="28"/>
        <source>Entries reworded</source>
        <translation>改写条目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="46"/>
        <source>not placed</source>
        <translation>未入梯队</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="47"/>
        <source>Tier {0}</source>
        <translation>第 {0} 梯队</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="88"/>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="90"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="94"/>
        <source>What changed</source>
        <translation>变化内容</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="96"/>
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="97"/>
        <source>To</source>
        <translation>终点</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="121"/>
        <source>Not compared: {0}</source>
        <translation>未能比较：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="128"/>
        <source>Snapshots are kept in saved projects and team projects: open one first.</source>
        <translation>快照保存在已保存的项目和团队项目中：请先打开一个项目。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="139"/>
        <source>Now (this window)</source>
        <translation>现在（本窗口）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="143"/>
        <source>No snapshot yet: take one with File › Take Snapshot…</source>
        <translation>尚无快照：请通过“文件 › 创建快照…”创建。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="165"/>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="173"/>
        <source>Nothing changed between these two points.</source>
        <translation>这两个时间点之间没有变化。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="175"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/changes_dialog.py" line="179"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="40"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="41"/>
        <source>Publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="42"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="43"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="44"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="45"/>
        <source>Citation</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="46"/>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="79"/>
        <location filename="../../workbench/ui/panels/sources.py" line="47"/>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="46"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="22"/>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="27"/>
        <location filename="../../workbench/ui/panels/vendors.py" line="49"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="23"/>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="28"/>
        <location filename="../../workbench/ui/panels/vendors.py" line="50"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="51"/>
        <source>HQ province</source>
        <translation>总部省份</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="52"/>
        <source>HQ city</source>
        <translation>总部城市</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="53"/>
        <source>Tickers</source>
        <translation>股票代码</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="54"/>
        <source>Flagship model</source>
        <translation>旗舰模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="55"/>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="57"/>
        <source>Tickers source</source>
        <translation>股票代码来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="78"/>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="45"/>
        <location filename="../../workbench/ui/panels/vendors.py" line="56"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="24"/>
        <source>Weight %</source>
        <translation>权重 %</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="29"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="30"/>
        <source>Lowest composite</source>
        <translation>最低综合得分</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="31"/>
        <source>Last rank</source>
        <translation>末位名次</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="42"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="43"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="44"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="72"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="73"/>
        <source>Share low</source>
        <translation>占比（低）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="74"/>
        <source>Share base</source>
        <translation>占比（基准）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="75"/>
        <source>Share high</source>
        <translation>占比（高）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="76"/>
        <source>Caveat</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="77"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/firms.py" line="25"/>
        <source>Firm</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/firms.py" line="25"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/firms.py" line="26"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/firms.py" line="26"/>
        <source>Chain segment</source>
        <translation>产业链环节</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="63"/>
        <source>Resolve conflicts</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="68"/>
        <source>Others saved changes to records you also changed. Nothing was saved. Choose, for each field, your value, theirs, or type another; then the save is tried again.</source>
        <translation>其他人已保存了对您也修改过的记录的更改。本次未保存任何内容。请为每个字段选择您的值、对方的值或输入其他值，然后将再次尝试保存。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="79"/>
        <source>Apply and save again</source>
        <translation>应用并重新保存</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="92"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="94"/>
        <source>changed by {0}</source>
        <translation>由 {0} 修改</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="97"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="97"/>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="97"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="97"/>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="98"/>
        <source>Other value</source>
        <translation>其他值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="117"/>
        <location filename="../../workbench/ui/conflict_dialog.py" line="118"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="117"/>
        <location filename="../../workbench/ui/conflict_dialog.py" line="118"/>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="120"/>
        <source>(whole record)</source>
        <translation>（整条记录）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="153"/>
        <source>“{0}” is not a value this field can hold.</source>
        <translation>“{0}”不是此字段可接受的值。</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../workbench/ui/documents.py" line="144"/>
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="166"/>
        <location filename="../../workbench/ui/documents.py" line="184"/>
        <source>Cannot open {0}</source>
        <translation>无法打开 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="171"/>
        <source>Not opened; your edits are kept</source>
        <translation>未打开；你的修改已保留</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="185"/>
        <source>“{0}” was not opened; the current work is unchanged. Problems found:</source>
        <translation>未打开“{0}”，当前工作未作任何改动。发现的问题：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="201"/>
        <source>Opened {0} without its history: {1}</source>
        <translation>已打开 {0}，但未能读取其历史记录：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="204"/>
        <source>Opened {0}</source>
        <translation>已打开 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="229"/>
        <source>Still busy with the project: try again in a moment</source>
        <translation>仍在处理项目：请稍后再试</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="247"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="247"/>
        <source>{0} no longer exists.</source>
        <translation>{0} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="261"/>
        <location filename="../../workbench/ui/documents.py" line="282"/>
        <location filename="../../workbench/ui/documents.py" line="294"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="262"/>
        <source>{0} was changed or replaced by another program after you opened it. Your edits are still here: use Save As to keep both versions.</source>
        <translation>打开 {0} 之后，它已被其他程序修改或替换。你的修改仍在这里：请使用“另存为”保留两个版本。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="289"/>
        <source>Saving {0}…</source>
        <translation>正在保存 {0}…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="293"/>
        <source>The save failed: {0}. Your edits are kept.</source>
        <translation>保存失败：{0}。您的编辑已保留。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="303"/>
        <source>Saved, with a warning</source>
        <translation>已保存，但有警告</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="307"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="318"/>
        <source>A snapshot names the saved project: save your edits first?</source>
        <translation>快照记录的是已保存的项目：先保存您的编辑吗？</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="321"/>
        <source>No snapshot taken</source>
        <translation>未创建快照</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="322"/>
        <source>Snapshots are kept in team projects and saved projects; this one has no store for them.</source>
        <translation>快照保存在团队项目和已保存的项目中；当前项目没有可保存快照的位置。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="375"/>
        <location filename="../../workbench/ui/documents.py" line="381"/>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="384"/>
        <source>Export cancelled; no file was written</source>
        <translation>已取消导出，未写入文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="376"/>
        <source>{0} does not end in {1}: name the file with {1}, or choose that format in the export dialog.</source>
        <translation>{0} 的扩展名不是 {1}：请以 {1} 命名文件，或在导出对话框中选择该格式。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="386"/>
        <source>{0} sheets</source>
        <translation>{0} 个工作表</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="386"/>
        <source>{0} pages</source>
        <translation>{0} 页</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="386"/>
        <source>{0} slides</source>
        <translation>{0} 张幻灯片</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents.py" line="388"/>
        <source>Exported {0} to {1}</source>
        <translation>已导出 {0} 到 {1}</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/detail.py" line="82"/>
        <source>Selected entry</source>
        <translation>所选条目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/detail.py" line="83"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/detail.py" line="83"/>
        <source>Impact × likelihood</source>
        <translation>影响 × 可能性</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/detail.py" line="83"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/detail.py" line="83"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/detail.py" line="84"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/detail.py" line="87"/>
        <source>Impact, 1-5</source>
        <translation>影响，1-5</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/detail.py" line="88"/>
        <source>Likelihood or confidence, 1-5</source>
        <translation>可能性或置信度，1-5</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/detail.py" line="89"/>
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/detail.py" line="90"/>
        <source>Apply (Ctrl+Enter)</source>
        <translation>应用（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/detail.py" line="91"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/detail.py" line="92"/>
        <source>Copy to scope</source>
        <translation>复制到范围</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/detail.py" line="96"/>
        <source>Priority {0} (impact × likelihood)</source>
        <translation>优先级 {0}（影响 × 可能性）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/detail.py" line="106"/>
        <source>Select an entry to edit all its fields.</source>
        <translation>选择一个条目以编辑其全部字段。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="126"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="63"/>
        <source>Industry 行业</source>
        <translation>行业 Industry</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="69"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="69"/>
        <source>Base</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="69"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="83"/>
        <source>Sheets</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="85"/>
        <source>SWOT, PEST and TOWS scopes</source>
        <translation>SWOT、PEST 和 TOWS 范围</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="95"/>
        <source>Revenue scenario</source>
        <translation>收入情景</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="98"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="100"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="262"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="52"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="52"/>
        <source>PDF briefing (.pdf)</source>
        <translation>PDF 简报 (.pdf)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="53"/>
        <source>Slides (.pptx)</source>
        <translation>幻灯片 (.pptx)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="84"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="94"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="96"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="97"/>
        <source>Language of labels</source>
        <translation>标签语言</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="113"/>
        <source>Tier board</source>
        <translation>梯队榜单</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="113"/>
        <source>Regional heat map</source>
        <translation>区域热力图</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="114"/>
        <source>Revenue mix</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="114"/>
        <source>Market shares</source>
        <translation>市场份额</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="126"/>
        <source>Export Briefing (PDF)</source>
        <translation>导出简报 (PDF)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="127"/>
        <source>Export Slides (PPTX)</source>
        <translation>导出幻灯片 (PPTX)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="261"/>
        <source>Writing {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="31"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="32"/>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="33"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="34"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="35"/>
        <source>Citation</source>
        <translation>引用位置</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="36"/>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="37"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="38"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="39"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="40"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="41"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="42"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="43"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="44"/>
        <source>HQ province</source>
        <translation>总部省份</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="45"/>
        <source>HQ city</source>
        <translation>总部城市</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="46"/>
        <source>Tickers</source>
        <translation>股票代码</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="47"/>
        <source>Flagship model</source>
        <translation>旗舰模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="48"/>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="49"/>
        <source>Tickers source</source>
        <translation>股票代码来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="50"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="51"/>
        <source>Weight %</source>
        <translation>权重 %</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="52"/>
        <source>Kind</source>
        <translation>性质</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="53"/>
        <source>Tier</source>
        <translation>梯队</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="54"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="55"/>
        <source>Lowest composite</source>
        <translation>最低综合分</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="56"/>
        <source>Last rank</source>
        <translation>末位排名</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="57"/>
        <source>Baseline rank</source>
        <translation>基线排名</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="58"/>
        <source>Baseline tier</source>
        <translation>基线梯队</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="59"/>
        <source>Override tier</source>
        <translation>调整后梯队</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="60"/>
        <source>Override reason</source>
        <translation>调整理由</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="61"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="62"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="63"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="64"/>
        <source>National total</source>
        <translation>全国合计</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="65"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="66"/>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="67"/>
        <source>City (Chinese)</source>
        <translation>城市（中文）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="68"/>
        <source>City (English)</source>
        <translation>城市（英文）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="69"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="70"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="71"/>
        <source>Role</source>
        <translation>定位</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="72"/>
        <source>Firms</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="73"/>
        <source>Coordinates source</source>
        <translation>坐标来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="74"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="75"/>
        <source>Regime</source>
        <translation>备案类型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="76"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="77"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="78"/>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="79"/>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="80"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="81"/>
        <source>Chinese label</source>
        <translation>中文标签</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="82"/>
        <source>English label</source>
        <translation>英文标签</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="83"/>
        <source>Upper value</source>
        <translation>上限值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="84"/>
        <source>Bound</source>
        <translation>界限</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="85"/>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="86"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="87"/>
        <source>Forecast</source>
        <translation>预测值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="88"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="89"/>
        <source>Share low</source>
        <translation>占比下限</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="90"/>
        <source>Share base</source>
        <translation>占比基准</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="91"/>
        <source>Share high</source>
        <translation>占比上限</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="92"/>
        <source>Caveat</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="93"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="94"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="95"/>
        <source>Market size</source>
        <translation>市场规模</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="96"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="97"/>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="98"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="99"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="100"/>
        <source>Observation</source>
        <translation>观察项</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="101"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="102"/>
        <source>In use</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="103"/>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="104"/>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="105"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="106"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="107"/>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="108"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="109"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="110"/>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="111"/>
        <source>Cell</source>
        <translation>象限</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="112"/>
        <source>Linked entries</source>
        <translation>关联条目</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../workbench/ui/find_dialog.py" line="11"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/find_dialog.py" line="12"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/find_dialog.py" line="13"/>
        <source>SWOT/PEST</source>
        <translation>SWOT/PEST</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/find_dialog.py" line="14"/>
        <source>TOWS</source>
        <translation>TOWS</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/find_dialog.py" line="15"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/find_dialog.py" line="28"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/find_dialog.py" line="32"/>
        <source>Vendor, source, SWOT/PEST entry, strategy or province…</source>
        <translation>厂商、来源、SWOT/PEST 条目、策略或省份…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/find_dialog.py" line="56"/>
        <source>{0} found</source>
        <translation>找到 {0} 项</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <location filename="../../workbench/ui/finder.py" line="29"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>FirmsPanel</name>
    <message>
        <location filename="../../workbench/ui/panels/firms.py" line="120"/>
        <source>Load Industry-Chain Firms</source>
        <translation>加载产业链企业</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/firms.py" line="121"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/firms.py" line="155"/>
        <source>The file cannot be read: {0}</source>
        <translation>无法读取该文件：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/firms.py" line="156"/>
        <source>The firms were not loaded:</source>
        <translation>企业未加载：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/firms.py" line="197"/>
        <source>No firm list loaded</source>
        <translation>未加载企业名单</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/firms.py" line="199"/>
        <source>{0} of {1} firms</source>
        <translation>{0} / {1} 家企业</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/firms.py" line="201"/>
        <source>synthetic test data</source>
        <translation>合成测试数据</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/firms.py" line="205"/>
        <source>All provinces</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/firms.py" line="206"/>
        <source>Load Firms…</source>
        <translation>加载企业…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/firms.py" line="207"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HeatMapPanel</name>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="149"/>
        <source> classes</source>
        <translation> 类</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="212"/>
        <source>Breaks must be numbers separated by commas.</source>
        <translation>分级断点须为以逗号分隔的数字。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="150"/>
        <source>Breaks, e.g. 10, 50, 100</source>
        <translation>分级断点，如 10, 50, 100</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="153"/>
        <source>Clear filter (Esc)</source>
        <translation>清除筛选（Esc）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="239"/>
        <source>{0} classes shown, not {1}: more would leave a class empty or split equal values.</source>
        <translation>显示 {0} 个分级而非 {1} 个：再多会出现空分级或把相同的值拆开。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="278"/>
        <source>Click a province to show only the vendors headquartered there.</source>
        <translation>点击省份，仅显示总部位于该地的厂商。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="151"/>
        <source>Cluster cities</source>
        <translation>产业集群城市</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="155"/>
        <source>Colour ramp (ColorBrewer, colour-blind safe)</source>
        <translation>配色（ColorBrewer，色盲友好）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/models.py" line="145"/>
        <source>Edit {0} for {1}</source>
        <translation>编辑{1}的{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="25"/>
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="152"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/describe.py" line="46"/>
        <source>Industry-chain cluster: {0} ({1})</source>
        <translation>产业链集群：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="27"/>
        <source>Manual breaks</source>
        <translation>手动断点</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="147"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="26"/>
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点（Jenks）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="248"/>
        <source>No data (unknown, not zero)</source>
        <translation>无数据（未知，非零）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/models.py" line="110"/>
        <source>No data: unknown, not zero</source>
        <translation>无数据：未知，非零</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="244"/>
        <source>No province has a value for this metric yet. Type values in the table, or choose another metric.</source>
        <translation>该指标尚无任何省份数据。请在表格中输入数值，或选择其他指标。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/models.py" line="22"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="154"/>
        <source>Province-level metric</source>
        <translation>省级指标</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="24"/>
        <source>Quantiles</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/models.py" line="23"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/describe.py" line="31"/>
        <source>Rank {0} of {1}</source>
        <translation>排名 {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/describe.py" line="49"/>
        <source>Role: {0}</source>
        <translation>角色：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/models.py" line="23"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/models.py" line="24"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/describe.py" line="37"/>
        <source>Source: counted from the {0} table</source>
        <translation>来源：由 {0} 表统计</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/describe.py" line="40"/>
        <source>Source: {0}</source>
        <translation>来源：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="148"/>
        <source>Tile grid</source>
        <translation>方格地图</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/models.py" line="22"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="281"/>
        <source>Vendors filtered to {0} ({1}): {2} headquartered there.</source>
        <translation>厂商已筛选为{0}（{1}）：{2} 家总部位于该地。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/models.py" line="40"/>
        <source>a count cannot be negative ({0})</source>
        <translation>数量不能为负（{0}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/describe.py" line="16"/>
        <source>analyst entry</source>
        <translation>分析师录入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/describe.py" line="34"/>
        <source>{0:.1%} of the national total {1}</source>
        <translation>占全国总数 {1} 的 {0:.1%}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/describe.py" line="50"/>
        <source>{0} firms named by the source</source>
        <translation>来源列出 {0} 家企业</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/describe.py" line="26"/>
        <source>{0}: no data (unknown, not zero)</source>
        <translation>{0}：无数据（未知，非零）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/models.py" line="36"/>
        <location filename="../../workbench/ui/panels/heat_map/models.py" line="38"/>
        <source>“{0}” is not a number</source>
        <translation>“{0}”不是数字</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../workbench/ui/help_menu.py" line="14"/>
        <source>Edit the selected cell</source>
        <translation>编辑所选单元格</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help_menu.py" line="15"/>
        <source>Tier list: move the selected card up or down a tier</source>
        <translation>梯队榜：将所选卡片上移或下移一个梯队</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help_menu.py" line="16"/>
        <source>Tier list: clear the selected card&apos;s override</source>
        <translation>梯队榜：清除所选卡片的人工调整</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help_menu.py" line="17"/>
        <source>Heat map: clear the province filter</source>
        <translation>热力图：清除省份筛选</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help_menu.py" line="40"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help_menu.py" line="41"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help_menu.py" line="42"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help_menu.py" line="43"/>
        <source>&amp;About Workbench</source>
        <translation>关于 Workbench(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help_menu.py" line="50"/>
        <source>Bundled dataset: {0}, version {1} of {2}; licence {3}.</source>
        <translation>内置数据集：{0}，版本 {1}（{2}）；许可协议 {3}。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help_menu.py" line="52"/>
        <source>The bundled dataset was not found.</source>
        <translation>未找到内置数据集。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help_menu.py" line="56"/>
        <source>An analyst workbench for the competitive landscape of China’s multimodal large-model industry.</source>
        <translation>面向中国多模态大模型产业竞争格局的分析师工作台。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help_menu.py" line="65"/>
        <source>About Workbench</source>
        <translation>关于 Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help_menu.py" line="81"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help_menu.py" line="81"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help_menu.py" line="88"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/help_menu.py" line="93"/>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="24"/>
        <location filename="../../workbench/ui/panels/history.py" line="238"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="24"/>
        <location filename="../../workbench/ui/panels/history.py" line="238"/>
        <source>Who</source>
        <translation>分析师</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="25"/>
        <location filename="../../workbench/ui/panels/history.py" line="239"/>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="25"/>
        <location filename="../../workbench/ui/panels/history.py" line="241"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="26"/>
        <source>Before → after</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="26"/>
        <location filename="../../workbench/ui/panels/history.py" line="246"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="171"/>
        <source>The history could not be read: {0}</source>
        <translation>无法读取历史记录：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="180"/>
        <source>History is kept for saved projects and team projects: open one to see who changed what, and when.</source>
        <translation>已保存的项目和团队项目会保留历史记录：打开其中一个即可查看谁在何时修改了什么。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="183"/>
        <source>{0} changes in {1}</source>
        <translation>{1} 中共有 {0} 条更改</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="188"/>
        <location filename="../../workbench/ui/panels/history.py" line="273"/>
        <source>All vendors</source>
        <translation>全部厂商</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="190"/>
        <location filename="../../workbench/ui/panels/history.py" line="273"/>
        <source>All tables</source>
        <translation>全部数据表</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="192"/>
        <location filename="../../workbench/ui/panels/history.py" line="274"/>
        <source>All analysts</source>
        <translation>全部分析师</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="241"/>
        <location filename="../../workbench/ui/panels/history.py" line="244"/>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="242"/>
        <location filename="../../workbench/ui/panels/history.py" line="244"/>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="247"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="260"/>
        <location filename="../../workbench/ui/panels/history.py" line="264"/>
        <source>This change cannot be reverted: {0}</source>
        <translation>无法撤回此更改：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="270"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="271"/>
        <source>Revert this change</source>
        <translation>撤回此更改</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="272"/>
        <source>Put back the value before this change, as a new edit you can undo</source>
        <translation>恢复此更改之前的值，作为一次可撤销的新编辑</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="83"/>
        <source>(whole record)</source>
        <translation>（整条记录）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="87"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="87"/>
        <source>removed</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <location filename="../../workbench/ui/image_export.py" line="157"/>
        <source>The image could not be encoded as PNG.</source>
        <translation>无法将图片编码为 PNG。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/image_export.py" line="170"/>
        <source>The image could not be saved: the folder {0} cannot be written to. Choose another folder.</source>
        <translation>无法保存图片：文件夹 {0} 不可写入。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/image_export.py" line="173"/>
        <source>The image could not be saved: the folder {0} does not exist.</source>
        <translation>无法保存图片：文件夹 {0} 不存在。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/image_export.py" line="175"/>
        <location filename="../../workbench/ui/image_export.py" line="266"/>
        <source>The image could not be saved to {0}: {1}</source>
        <translation>无法将图片保存到 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/image_export.py" line="203"/>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/image_export.py" line="204"/>
        <source>Copy this picture to the clipboard</source>
        <translation>将此图复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/image_export.py" line="205"/>
        <source>Save image as…</source>
        <translation>图片另存为…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/image_export.py" line="206"/>
        <source>Save this picture as PNG (twice the screen resolution) or SVG (vectors)</source>
        <translation>将此图另存为 PNG（屏幕分辨率的两倍）或 SVG（矢量）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/image_export.py" line="220"/>
        <location filename="../../workbench/ui/image_export.py" line="223"/>
        <source>Save image as</source>
        <translation>图片另存为</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/image_export.py" line="231"/>
        <source>Images are saved as PNG or SVG: name the file with .png or .svg.</source>
        <translation>图片只能保存为 PNG 或 SVG：请以 .png 或 .svg 作为文件扩展名。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="32"/>
        <source>Import {0}</source>
        <translation>导入 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="17"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="17"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="18"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="18"/>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="19"/>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="61"/>
        <source>Left alone:</source>
        <translation>未处理：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="54"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="40"/>
        <source>(cleared: the cell is empty)</source>
        <translation>（清空：单元格为空）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="73"/>
        <source>{0} difference(s) between the workbook and the analysis; {1} ticked.</source>
        <translation>工作簿与分析之间有 {0} 处差异；已勾选 {1} 处。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="76"/>
        <source>{0} of them clear a field (an emptied cell).</source>
        <translation>其中 {0} 处会清空字段（单元格已被清空）。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="78"/>
        <source>Sheets that cannot be imported were edited too; those edits are ignored (listed below).</source>
        <translation>不可导入的工作表也被修改过；这些修改将被忽略（见下方列表）。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="85"/>
        <source>Ignored: sheet {0}, row(s) {1}: computed cells edited; they cannot be imported</source>
        <translation>已忽略：工作表 {0} 第 {1} 行的计算单元格被修改，这些单元格不可导入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="87"/>
        <source>Ignored: sheet {0}, row(s) {1}: edited, but this sheet cannot be imported</source>
        <translation>已忽略：工作表 {0} 第 {1} 行被修改，但该工作表不可导入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="91"/>
        <source>Sheet {0}: not written by Workbench</source>
        <translation>工作表 {0}：非 Workbench 导出</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="92"/>
        <source>{0}, column {1}: not written by Workbench</source>
        <translation>{0} 的列 {1}：非 Workbench 导出</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="94"/>
        <source>{0}, column {1}: computed by Workbench, not imported</source>
        <translation>{0} 的列 {1}：由 Workbench 计算，不导入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="97"/>
        <source>Report sheets, not imported: {0}</source>
        <translation>报告类工作表，不导入：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="118"/>
        <location filename="../../workbench/ui/import_preview.py" line="126"/>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_preview.py" line="129"/>
        <source>Some changes were refused</source>
        <translation>部分修改被拒绝</translation>
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="19"/>
        <source>Filings and registrations (the sources disagree: compare by date)</source>
        <translation>备案与登记（各来源口径不一，请按日期比较）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="20"/>
        <source>Large models launched and filed</source>
        <translation>大模型发布与备案数量</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="21"/>
        <source>Price per million tokens</source>
        <translation>每百万tokens价格</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="22"/>
        <source>China AI industry (iResearch outlook)</source>
        <translation>中国人工智能产业（艾瑞预测）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="23"/>
        <source>Training cost per model</source>
        <translation>单个模型训练成本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="26"/>
        <source>CNY per million tokens</source>
        <translation>元/百万tokens</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="27"/>
        <source>models</source>
        <translation>个</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="28"/>
        <source>services</source>
        <translation>款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="29"/>
        <source>apps</source>
        <translation>款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="30"/>
        <source>bn CNY</source>
        <translation>十亿元</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="31"/>
        <source>USD m</source>
        <translation>百万美元</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="34"/>
        <source>Reported</source>
        <translation>公开报告</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="35"/>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="36"/>
        <source>Analyst assessment</source>
        <translation>分析师评估</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="38"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="38"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="39"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="39"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="40"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="40"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="130"/>
        <source>This dataset has no key figures.</source>
        <translation>此数据集没有关键数据。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="139"/>
        <source>Price per million tokens (CNY)</source>
        <translation>每百万tokens价格（元）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="209"/>
        <source>{0} new, {1} in total</source>
        <translation>新增{0}，累计{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="211"/>
        <source>{0} new</source>
        <translation>新增{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="213"/>
        <source>{0} in total</source>
        <translation>累计{0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="219"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="221"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="231"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="232"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="233"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="234"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="235"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="236"/>
        <source>&amp;New from Dataset…</source>
        <translation>从数据集新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="237"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="238"/>
        <source>Open &amp;Team Project…</source>
        <translation>打开团队项目(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="239"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="240"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="241"/>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="245"/>
        <source>Take S&amp;napshot…</source>
        <translation>创建快照(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="246"/>
        <source>&amp;Changes Between Snapshots…</source>
        <translation>快照间的变化(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="247"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="248"/>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="249"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="287"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="293"/>
        <source>[read-only]</source>
        <translation>[只读]</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="298"/>
        <source>Dataset: {0} · {1} vendors · {2} sources · {3} scores</source>
        <translation>数据集：{0} · {1} 家厂商 · {2} 个来源 · {3} 项评分</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="306"/>
        <source>Team project {0}</source>
        <translation>团队项目 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="325"/>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/window_prompts.py" line="22"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/window_prompts.py" line="23"/>
        <source>“{0}” has unsaved changes. Save them first?</source>
        <translation>“{0}”有未保存的修改。是否先保存？</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/window_prompts.py" line="27"/>
        <source>New from Dataset</source>
        <translation>从数据集新建</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/window_prompts.py" line="31"/>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/window_prompts.py" line="31"/>
        <location filename="../../workbench/ui/window_prompts.py" line="36"/>
        <source>Workbench projects (*.wbproj)</source>
        <translation>Workbench 项目 (*.wbproj)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/window_prompts.py" line="35"/>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/window_prompts.py" line="40"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="244"/>
        <source>&amp;Import Edited Workbook…</source>
        <translation>导入已编辑的工作簿(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/window_prompts.py" line="53"/>
        <source>Import Edited Workbook</source>
        <translation>导入已编辑的工作簿</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/window_prompts.py" line="53"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="242"/>
        <source>Export &amp;Briefing (PDF)…</source>
        <translation>导出简报 (PDF)(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="243"/>
        <source>Export S&amp;lides (PPTX)…</source>
        <translation>导出幻灯片 (PPTX)(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>MixEditDialog</name>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="29"/>
        <source>Revenue mix of {0}</source>
        <translation>{0} 的收入占比</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="35"/>
        <source>Share low</source>
        <translation>占比（低）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="35"/>
        <source>Share base</source>
        <translation>占比（基准）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="35"/>
        <source>Share high</source>
        <translation>占比（高）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="43"/>
        <source>— choose a source —</source>
        <translation>— 请选择来源 —</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="44"/>
        <source>New source…</source>
        <translation>新来源…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="46"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="50"/>
        <source>Publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="50"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="50"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="55"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="83"/>
        <source>Choose the source of this figure</source>
        <translation>请选择此数字的来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="87"/>
        <source>A new source needs a publisher, a title and a date</source>
        <translation>新来源需要发布机构、标题和日期</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../workbench/ui/panels/registry.py" line="43"/>
        <location filename="../../workbench/ui/panels/sources.py" line="53"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/registry.py" line="38"/>
        <location filename="../../workbench/ui/panels/vendors.py" line="99"/>
        <source>Vendors</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/registry.py" line="39"/>
        <location filename="../../workbench/ui/panels/tier_list/panel.py" line="30"/>
        <source>Tier list</source>
        <translation>梯队榜单</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/registry.py" line="45"/>
        <location filename="../../workbench/ui/panels/revenue/panel.py" line="55"/>
        <source>Revenue and market share</source>
        <translation>收入占比与市场份额</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/registry.py" line="47"/>
        <location filename="../../workbench/ui/panels/swot_pest/panel.py" line="27"/>
        <source>SWOT / PEST</source>
        <translation>SWOT / PEST</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/heat_map/panel.py" line="32"/>
        <location filename="../../workbench/ui/panels/registry.py" line="41"/>
        <source>Regional heat map</source>
        <translation>区域热力图</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/firms.py" line="49"/>
        <location filename="../../workbench/ui/panels/registry.py" line="49"/>
        <source>Industry-chain firms</source>
        <translation>产业链企业</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/key_figures.py" line="96"/>
        <location filename="../../workbench/ui/panels/registry.py" line="51"/>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/history.py" line="93"/>
        <location filename="../../workbench/ui/panels/registry.py" line="53"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../workbench/ui/preferences_dialog.py" line="21"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences_dialog.py" line="25"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences_dialog.py" line="30"/>
        <source>Follow the language</source>
        <translation>跟随界面语言</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences_dialog.py" line="39"/>
        <source>Written on exported workbooks</source>
        <translation>写入导出的工作簿</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences_dialog.py" line="42"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences_dialog.py" line="43"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences_dialog.py" line="46"/>
        <source>The bundled dataset</source>
        <translation>内置数据集</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences_dialog.py" line="47"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences_dialog.py" line="57"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences_dialog.py" line="58"/>
        <source>Units</source>
        <translation>金额单位</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences_dialog.py" line="59"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences_dialog.py" line="60"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences_dialog.py" line="61"/>
        <source>Autosave after</source>
        <translation>自动保存间隔</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences_dialog.py" line="62"/>
        <source>Default dataset</source>
        <translation>默认数据集</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences_dialog.py" line="66"/>
        <source>Default dataset folder</source>
        <translation>默认数据集文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences_dialog.py" line="73"/>
        <source>“{0}” is not a dataset folder (it has no datapackage.json).</source>
        <translation>“{0}”不是数据集文件夹（其中没有 datapackage.json）。</translation>
    </message>
</context>
<context>
    <name>PriorityChart</name>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/chart.py" line="80"/>
        <source>Priority: impact × likelihood. Click a point to select its entry.</source>
        <translation>优先级：影响 × 可能性。点击一个点即可选中对应条目。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/chart.py" line="81"/>
        <source>Likelihood / confidence</source>
        <translation>可能性 / 置信度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/chart.py" line="82"/>
        <source>Impact</source>
        <translation>影响</translation>
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
        <location filename="../../workbench/ui/models/record_table.py" line="56"/>
        <source>a value is required</source>
        <translation>必须填写数值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/record_table.py" line="62"/>
        <source>“{0}” is not a number</source>
        <translation>“{0}”不是数字</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/record_table.py" line="65"/>
        <source>“{0}” is not a whole number</source>
        <translation>“{0}”不是整数</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/record_table.py" line="78"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/record_table.py" line="78"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/record_table.py" line="191"/>
        <source>Edit {0}</source>
        <translation>编辑{0}</translation>
    </message>
</context>
<context>
    <name>RemoteSync</name>
    <message>
        <location filename="../../workbench/ui/sync.py" line="35"/>
        <source>{0} moved {1} to Tier {2}</source>
        <translation>{0} 将 {1} 调至第 {2} 梯队</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sync.py" line="39"/>
        <source>{0} changed {1}&apos;s {2} score to {3}</source>
        <translation>{0} 将 {1} 的{2}评分改为 {3}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sync.py" line="41"/>
        <source>{0} edited {1} records</source>
        <translation>{0} 编辑了 {1} 条记录</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sync.py" line="152"/>
        <source>Cannot reach {0}: others&apos; changes will show when it answers again ({1})</source>
        <translation>无法连接 {0}：恢复连接后将显示他人的更改（{1}）</translation>
    </message>
</context>
<context>
    <name>RevenuePanel</name>
    <message>
        <location filename="../../workbench/ui/panels/revenue/charts.py" line="61"/>
        <source>% of the vendor&apos;s own revenue</source>
        <translation>占厂商自身收入的百分比</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/charts.py" line="100"/>
        <source>Revenue mix by category (≤ upper bound)</source>
        <translation>按类别的收入占比（≤ 为上限）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/charts.py" line="102"/>
        <source>first {0} of {1}</source>
        <translation>前 {0} 家，共 {1} 家</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/charts.py" line="123"/>
        <source>% of the named market</source>
        <translation>占所列市场的百分比</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/charts.py" line="130"/>
        <location filename="../../workbench/ui/panels/revenue/market_tables.py" line="79"/>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="107"/>
        <source>Others / not attributed</source>
        <translation>其他/未归属</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/charts.py" line="143"/>
        <source>No vendor shares given for this market</source>
        <translation>该市场没有厂商份额数据</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/charts.py" line="145"/>
        <source>Shares of this market ({0})</source>
        <translation>该市场份额（{0}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/charts.py" line="180"/>
        <location filename="../../workbench/ui/panels/revenue/panel.py" line="196"/>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="68"/>
        <source>Market size</source>
        <translation>市场规模</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/charts.py" line="183"/>
        <source>CAGR {0}-{1}: {2}</source>
        <translation>{0}-{1} 年复合增长率：{2}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/charts.py" line="189"/>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="69"/>
        <source>LLM market</source>
        <translation>大模型市场</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/charts.py" line="190"/>
        <source>Multimodal market</source>
        <translation>多模态大模型市场</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="26"/>
        <source>Reported</source>
        <translation>公开披露</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="27"/>
        <source>Estimate</source>
        <translation>机构估计</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="28"/>
        <source>Analyst assessment</source>
        <translation>分析师判断</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="31"/>
        <source>Cloud giant (upper bound)</source>
        <translation>云厂商（上限）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="32"/>
        <source>Hardware-led</source>
        <translation>软硬件企业</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="33"/>
        <source>Project-based small vendor</source>
        <translation>项目型中小厂商</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="34"/>
        <source>Pure player</source>
        <translation>大模型为主业</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="35"/>
        <source>Uncategorised</source>
        <translation>未分类</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="64"/>
        <source>“{0}” is a range: put its ends into Share low and Share high</source>
        <translation>“{0}”是区间：请把两端分别填入“占比（低）”和“占比（高）”</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="140"/>
        <source>Sources disagree on this figure: see Observations side by side</source>
        <translation>各来源对此数字说法不一：见“并列观察值”</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/models.py" line="195"/>
        <source>Edit revenue mix of {0}</source>
        <translation>编辑 {0} 的收入占比</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/panel.py" line="202"/>
        <source>Checks</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/panel.py" line="194"/>
        <source>Revenue mix (share of own revenue)</source>
        <translation>收入占比（占自身收入）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/panel.py" line="195"/>
        <source>Market share (of a named market)</source>
        <translation>市场份额（所列市场）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/panel.py" line="197"/>
        <source>The share of each vendor&apos;s own revenue that comes from large models: not a share of any market. Cloud giants (≤) give the whole cloud segment&apos;s share, an upper bound.</source>
        <translation>各厂商自身收入中来自大模型的比例，并非任何市场的份额。云厂商（≤）给出的是整个云业务的占比，为上限。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/panel.py" line="200"/>
        <source>Edit estimate…</source>
        <translation>编辑估计…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/panel.py" line="201"/>
        <source>Market:</source>
        <translation>市场：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/panel.py" line="226"/>
        <source>No estimate: {0}</source>
        <translation>无估计：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/panel.py" line="263"/>
        <source>No named market in this analysis.</source>
        <translation>本分析中没有已定义的市场。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/panel.py" line="268"/>
        <source>size not given</source>
        <translation>规模未给出</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/panel.py" line="269"/>
        <source>{0} · {1} · unit: {2} · size: {3} · source: {4}</source>
        <translation>{0} · {1} · 单位：{2} · 规模：{3} · 来源：{4}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/panel.py" line="300"/>
        <source>Select a vendor&apos;s row first.</source>
        <translation>请先选择一个厂商所在行。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/panel.py" line="313"/>
        <source>Use another source&apos;s value</source>
        <translation>改用另一来源的数值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/panel.py" line="317"/>
        <source>Edit multimodal share</source>
        <translation>修改多模态占比</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="22"/>
        <source>unconcentrated (HHI &lt; 1,500)</source>
        <translation>竞争型（HHI &lt; 1,500）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="23"/>
        <source>moderately concentrated (1,500-2,500)</source>
        <translation>中度集中（1,500-2,500）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="24"/>
        <source>highly concentrated (&gt; 2,500)</source>
        <translation>高度集中（&gt; 2,500）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="33"/>
        <source>group revenue</source>
        <translation>集团收入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="70"/>
        <source>Multimodal share</source>
        <translation>多模态占比</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="72"/>
        <source>Multimodal market {0}</source>
        <translation>{0} 年多模态市场</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="73"/>
        <source>Forecast {0}</source>
        <translation>{0} 年预测</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="74"/>
        <source>CAGR</source>
        <translation>年复合增长率</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="86"/>
        <source>{0} a year, {1}-{2}</source>
        <translation>每年 {0}，{1}-{2}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="32"/>
        <source>cloud segment revenue</source>
        <translation>云业务收入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="34"/>
        <source>revenue mix (low)</source>
        <translation>收入占比（低）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="35"/>
        <source>revenue mix (base)</source>
        <translation>收入占比（基准）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="36"/>
        <source>revenue mix (high)</source>
        <translation>收入占比（高）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="104"/>
        <source>Concentration of this market</source>
        <translation>该市场集中度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="106"/>
        <source>Named vendors&apos; total</source>
        <translation>已列明厂商合计</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="108"/>
        <source>CR3 (named vendors only)</source>
        <translation>CR3（仅列明厂商）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="109"/>
        <source>CR5 (named vendors only)</source>
        <translation>CR5（仅列明厂商）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="110"/>
        <source>HHI (range)</source>
        <translation>HHI（区间）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="111"/>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="119"/>
        <source>No vendor shares given: nothing to compute</source>
        <translation>没有厂商份额：无法计算</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="121"/>
        <source>{0} ({1} vendors)</source>
        <translation>{0}（{1} 家厂商）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="126"/>
        <source>{0} – {1} (others as many small firms – as one firm)</source>
        <translation>{0} – {1}（其他视为众多小企业 – 视为一家企业）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="164"/>
        <source> and {0} more</source>
        <translation> 等另外 {0} 家</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="170"/>
        <source>Shares out of order (low ≤ base ≤ high): {0}</source>
        <translation>占比顺序有误（应为 低 ≤ 基准 ≤ 高）：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="172"/>
        <source>Every estimate runs low ≤ base ≤ high</source>
        <translation>所有估计均满足 低 ≤ 基准 ≤ 高</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="174"/>
        <source>Shares outside 0-100%: {0}</source>
        <translation>占比超出 0-100%：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="175"/>
        <source>Every share is within 0-100%</source>
        <translation>所有占比均在 0-100% 之内</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="177"/>
        <source>Every named market&apos;s shares add up to at most 100%</source>
        <translation>每个所列市场的份额合计均不超过 100%</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="179"/>
        <source>Shares above 100% of: {0}</source>
        <translation>份额合计超过 100% 的市场：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="228"/>
        <source>Observations side by side</source>
        <translation>并列观察值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="182"/>
        <source>{0}: sources disagree on {1}: {2} in use; also {3}</source>
        <translation>{0}：各来源的{1}不一致：采用 {2}；另有 {3}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="185"/>
        <source>{0}: {1} is {2}, but the observation in use says {3}</source>
        <translation>{0}：{1}为 {2}，但所采用的来源数据为 {3}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="229"/>
        <source>Figure / source</source>
        <translation>数字 / 来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/market_tables.py" line="60"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/market_tables.py" line="60"/>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/market_tables.py" line="61"/>
        <source>Amount</source>
        <translation>数额</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/market_tables.py" line="61"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/market_tables.py" line="62"/>
        <location filename="../../workbench/ui/panels/revenue/market_tables.py" line="146"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/market_tables.py" line="72"/>
        <location filename="../../workbench/ui/panels/revenue/market_tables.py" line="121"/>
        <source>no figure</source>
        <translation>无数字</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/market_tables.py" line="80"/>
        <source>100% less the named vendors</source>
        <translation>100% 减去已列明厂商</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/market_tables.py" line="111"/>
        <source>Edit market share</source>
        <translation>编辑市场份额</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/market_tables.py" line="145"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/market_tables.py" line="145"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/market_tables.py" line="146"/>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="229"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/market_tables.py" line="157"/>
        <location filename="../../workbench/ui/panels/revenue/market_tables.py" line="174"/>
        <source>(forecast)</source>
        <translation>（预测）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/market_tables.py" line="163"/>
        <source>Multimodal share of the LLM market</source>
        <translation>多模态占大模型市场比重</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="230"/>
        <source>In use</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/market_tables.py" line="62"/>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="230"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="231"/>
        <source>Use the selected value</source>
        <translation>采用所选数值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/summary.py" line="232"/>
        <source>All sources agree.</source>
        <translation>各来源一致。</translation>
    </message>
</context>
<context>
    <name>ScoringEditor</name>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="148"/>
        <source>Dimensions and weights</source>
        <translation>维度与权重</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="149"/>
        <source>Tiers</source>
        <translation>梯队</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="150"/>
        <source>Scores, sources and notes</source>
        <translation>得分、来源与备注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="151"/>
        <source>Add dimension</source>
        <translation>添加维度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="152"/>
        <source>Remove dimension</source>
        <translation>删除维度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="153"/>
        <source>Add tier</source>
        <translation>添加梯队</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="154"/>
        <source>Remove tier</source>
        <translation>删除梯队</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="155"/>
        <source>Tiers follow</source>
        <translation>梯队划分依据</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="156"/>
        <source>rank bands (last rank of each tier)</source>
        <translation>名次区间（各梯队末位名次）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="157"/>
        <source>score thresholds (lowest composite of each tier)</source>
        <translation>分数阈值（各梯队最低综合得分）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="165"/>
        <source>Weights total {0:g}%.</source>
        <translation>权重合计 {0:g}%。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="188"/>
        <source>New dimension</source>
        <translation>新维度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="197"/>
        <source>Select the dimension to remove first.</source>
        <translation>请先选择要删除的维度。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="202"/>
        <source>Removed the dimension {0} and its scores.</source>
        <translation>已删除维度“{0}”及其得分。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="204"/>
        <source>{0} override(s) stay in place; check that their reasons still hold.</source>
        <translation>{0} 项人工调整仍然保留，请确认其理由是否依然成立。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="214"/>
        <source>Select the tier to remove first.</source>
        <translation>请先选择要删除的梯队。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/scoring_editor.py" line="219"/>
        <source>The overrides of {0} pointed at the removed tier and were cleared.</source>
        <translation>{0} 的人工调整指向被删除的梯队，已清除。</translation>
    </message>
</context>
<context>
    <name>SourceChoiceDialog</name>
    <message>
        <location filename="../../workbench/ui/panels/source_dialog.py" line="111"/>
        <source>Type to filter by publisher, title or year…</source>
        <translation>输入以按发布方、标题或年份筛选…</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../workbench/ui/panels/source_dialog.py" line="33"/>
        <source>New source</source>
        <translation>新建来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/source_dialog.py" line="33"/>
        <source>Edit source</source>
        <translation>编辑来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/source_dialog.py" line="47"/>
        <source>Section or page, e.g. p. 6</source>
        <translation>章节或页码，如 第6页</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/source_dialog.py" line="49"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/source_dialog.py" line="49"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/source_dialog.py" line="50"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/source_dialog.py" line="56"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/source_dialog.py" line="56"/>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/source_dialog.py" line="57"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/source_dialog.py" line="57"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/source_dialog.py" line="58"/>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/source_dialog.py" line="58"/>
        <source>Section / page</source>
        <translation>章节 / 页码</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/source_dialog.py" line="59"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/source_dialog.py" line="59"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/source_dialog.py" line="73"/>
        <source>Give the publisher.</source>
        <translation>请填写发布方。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/source_dialog.py" line="75"/>
        <source>Give the date as 2025, 2025-04 or 2025-04-08.</source>
        <translation>日期格式为 2025、2025-04 或 2025-04-08。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/source_dialog.py" line="77"/>
        <source>A URL starts with http:// or https://.</source>
        <translation>网址须以 http:// 或 https:// 开头。</translation>
    </message>
</context>
<context>
    <name>SourceEditing</name>
    <message>
        <location filename="../../workbench/ui/panels/sources_editing.py" line="43"/>
        <source>Add source…</source>
        <translation>添加来源…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources_editing.py" line="44"/>
        <source>Edit source…</source>
        <translation>编辑来源…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources_editing.py" line="45"/>
        <location filename="../../workbench/ui/panels/sources_editing.py" line="89"/>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources_editing.py" line="46"/>
        <source>Delete source…</source>
        <translation>删除来源…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources_editing.py" line="47"/>
        <source>Open URL</source>
        <translation>打开网址</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources_editing.py" line="48"/>
        <source>Merge this source into another one: its figures cite the other</source>
        <translation>将此来源合并到另一来源：其引用的数据改为引用另一来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources_editing.py" line="90"/>
        <source>{0} figure(s) cite “{1}”. Choose the source they should cite; “{1}” is then removed.</source>
        <translation>有 {0} 项数据引用“{1}”。请选择它们改为引用的来源；随后删除“{1}”。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources_editing.py" line="104"/>
        <location filename="../../workbench/ui/panels/sources_editing.py" line="137"/>
        <source>Delete source</source>
        <translation>删除来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources_editing.py" line="105"/>
        <source>{0} figure(s) cite “{1}”. A figure is never left without a source: choose the one they should cite instead.</source>
        <translation>有 {0} 项数据引用“{1}”。数据不能没有来源：请选择它们改为引用的来源。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources_editing.py" line="138"/>
        <source>Delete “{0}”? No figure cites it.</source>
        <translation>删除“{0}”？没有数据引用它。</translation>
    </message>
</context>
<context>
    <name>SourceNoteDialog</name>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="104"/>
        <source>Source of {0}</source>
        <translation>{0} 的来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="108"/>
        <source>— choose a source —</source>
        <translation>— 请选择来源 —</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="108"/>
        <source>New source…</source>
        <translation>新来源…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="110"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="113"/>
        <source>Publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="113"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="113"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="117"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="132"/>
        <source>Choose the source of this figure</source>
        <translation>请选择此数字的来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/revenue/mix_dialog.py" line="134"/>
        <source>A new source needs a publisher, a title and a date</source>
        <translation>新来源需要发布机构、标题和日期</translation>
    </message>
</context>
<context>
    <name>SourcePickerDelegate</name>
    <message>
        <location filename="../../workbench/ui/source_picker.py" line="27"/>
        <source>New source…</source>
        <translation>新建来源…</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="18"/>
        <source>Reported</source>
        <translation>公开报道</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="19"/>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="20"/>
        <source>Analyst assessment</source>
        <translation>分析师评估</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="23"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="24"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="25"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="30"/>
        <source>Tickers</source>
        <translation>股票代码</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="31"/>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="112"/>
        <source>Source of the selected figure</source>
        <translation>所选数据的来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="115"/>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="115"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="115"/>
        <source>Publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="116"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="116"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="116"/>
        <source>Citation</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="117"/>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="117"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="117"/>
        <source>Also cited</source>
        <translation>另引</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="149"/>
        <source>Select a figure in another panel to see its source.</source>
        <translation>在其他面板中选择一项数据即可查看其来源。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="151"/>
        <source>The selected figure names no source.</source>
        <translation>所选数据未注明来源。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/sources.py" line="180"/>
        <source>{0}: tier placement</source>
        <translation>{0}：梯队位置</translation>
    </message>
</context>
<context>
    <name>StoreDocuments</name>
    <message>
        <location filename="../../workbench/ui/store_documents.py" line="115"/>
        <source>Connecting to {0}…</source>
        <translation>正在连接 {0}…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/store_documents.py" line="125"/>
        <location filename="../../workbench/ui/store_documents.py" line="130"/>
        <source>Cannot open {0}</source>
        <translation>无法打开 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/store_documents.py" line="129"/>
        <source>The team project could not be opened: {0}</source>
        <translation>无法打开团队项目：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/store_documents.py" line="136"/>
        <source>Opened team project {0}</source>
        <translation>已打开团队项目 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/store_documents.py" line="173"/>
        <source>Saving to {0}…</source>
        <translation>正在保存到 {0}…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/store_documents.py" line="177"/>
        <location filename="../../workbench/ui/store_documents.py" line="186"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/store_documents.py" line="178"/>
        <source>{0}

Your edits are kept in this window and in the recovery file.</source>
        <translation>{0}

您的编辑仍保留在此窗口和恢复文件中。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/store_documents.py" line="180"/>
        <source>Not saved: {0} is unreachable; your edits are kept</source>
        <translation>未保存：无法连接 {0}；您的编辑已保留</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/store_documents.py" line="185"/>
        <source>The save failed: {0}. Your edits are kept.</source>
        <translation>保存失败：{0}。您的编辑已保留。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/store_documents.py" line="191"/>
        <source>Not saved: the conflicts are not resolved</source>
        <translation>未保存：冲突尚未解决</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/store_documents.py" line="197"/>
        <source>Saved {0} changes to {1}</source>
        <translation>已将 {0} 处更改保存到 {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/store_documents.py" line="227"/>
        <source>Resolve conflicts</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/store_documents.py" line="229"/>
        <source>Not resolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/store_documents.py" line="245"/>
        <source>Taking snapshot {0}…</source>
        <translation>正在创建快照 {0}…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/store_documents.py" line="248"/>
        <location filename="../../workbench/ui/store_documents.py" line="255"/>
        <source>No snapshot taken</source>
        <translation>未创建快照</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/store_documents.py" line="254"/>
        <source>The snapshot could not be taken: {0}</source>
        <translation>无法创建快照：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/store_documents.py" line="259"/>
        <source>Snapshot “{0}” taken</source>
        <translation>已创建快照“{0}”</translation>
    </message>
</context>
<context>
    <name>SwotPest</name>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/labels.py" line="10"/>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/labels.py" line="11"/>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/labels.py" line="12"/>
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/labels.py" line="13"/>
        <source>Threats</source>
        <translation>威胁</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/labels.py" line="14"/>
        <source>Political</source>
        <translation>政治</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/labels.py" line="15"/>
        <source>Economic</source>
        <translation>经济</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/labels.py" line="16"/>
        <source>Social</source>
        <translation>社会</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/labels.py" line="17"/>
        <source>Technological</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/labels.py" line="18"/>
        <source>Legal</source>
        <translation>法律</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/labels.py" line="19"/>
        <source>Environmental</source>
        <translation>环境</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/labels.py" line="22"/>
        <source>SO: use strengths to seize opportunities</source>
        <translation>SO：发挥优势，抓住机会</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/labels.py" line="23"/>
        <source>ST: use strengths to counter threats</source>
        <translation>ST：发挥优势，应对威胁</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/labels.py" line="24"/>
        <source>WO: overcome weaknesses through opportunities</source>
        <translation>WO：借助机会，克服劣势</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/labels.py" line="25"/>
        <source>WT: limit weaknesses and avoid threats</source>
        <translation>WT：减少劣势，规避威胁</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/labels.py" line="47"/>
        <source>Industry: China&apos;s multimodal large models</source>
        <translation>行业：中国多模态大模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/models.py" line="180"/>
        <source>impact {0}, likelihood {1}</source>
        <translation>影响 {0}，可能性 {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/models.py" line="197"/>
        <source>Edit entry text</source>
        <translation>编辑条目内容</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/models.py" line="244"/>
        <source>Move entry</source>
        <translation>移动条目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/models.py" line="247"/>
        <source>Copy entry</source>
        <translation>复制条目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/models.py" line="291"/>
        <source>Edit strategy</source>
        <translation>编辑策略</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/tows.py" line="87"/>
        <source>Link entry</source>
        <translation>关联条目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/tows.py" line="89"/>
        <source>Unlink entry</source>
        <translation>取消关联条目</translation>
    </message>
</context>
<context>
    <name>SwotPestPanel</name>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/panel.py" line="106"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/panel.py" line="107"/>
        <source>Compare with</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/panel.py" line="108"/>
        <source>PESTLE</source>
        <translation>PESTLE</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/panel.py" line="109"/>
        <source>Add the Legal and Environmental factors to PEST</source>
        <translation>在 PEST 中增加法律与环境因素</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/panel.py" line="110"/>
        <source>By priority</source>
        <translation>按优先级</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/panel.py" line="111"/>
        <source>Sort by impact × likelihood. While sorted, drags still move entries between quadrants; Ctrl+Up/Down is off.</source>
        <translation>按影响 × 可能性排序。排序时仍可拖动条目到其他象限；Ctrl+上/下 不可用。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/panel.py" line="113"/>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/panel.py" line="113"/>
        <source>PEST</source>
        <translation>PEST</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/panel.py" line="113"/>
        <source>TOWS matrix</source>
        <translation>TOWS 矩阵</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/panel.py" line="260"/>
        <source>Add entry</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/panel.py" line="269"/>
        <source>Edit entry</source>
        <translation>编辑条目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/panel.py" line="274"/>
        <source>Entries are sorted by priority: turn sorting off to reorder them.</source>
        <translation>条目正按优先级排序：关闭排序后才能调整顺序。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/panel.py" line="276"/>
        <source>Reorder entry</source>
        <translation>调整条目顺序</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/panel.py" line="286"/>
        <source>Copy entry</source>
        <translation>复制条目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/panel.py" line="292"/>
        <location filename="../../workbench/ui/panels/swot_pest/panel.py" line="305"/>
        <source>Delete entry</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/panel.py" line="293"/>
        <source>{0} TOWS strategies link this entry:
{1}

Delete it and remove those links?</source>
        <translation>有 {0} 条 TOWS 策略关联此条目：
{1}

删除该条目并移除这些关联吗？</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="8"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="9"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="10"/>
        <source>Vendors</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="11"/>
        <source>Dimensions</source>
        <translation>评分维度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="12"/>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="13"/>
        <source>Tiers</source>
        <translation>梯队</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="14"/>
        <source>Tier placements</source>
        <translation>梯队归属</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="15"/>
        <source>Regional metrics</source>
        <translation>区域指标</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="16"/>
        <source>Province values</source>
        <translation>省级数值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="17"/>
        <source>Clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="18"/>
        <source>Filing batches</source>
        <translation>备案批次</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="19"/>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="20"/>
        <source>Market series</source>
        <translation>市场规模序列</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="21"/>
        <source>Market points</source>
        <translation>市场规模数据点</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="22"/>
        <source>Revenue mix</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="23"/>
        <source>Markets</source>
        <translation>市场定义</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="24"/>
        <source>Market shares</source>
        <translation>市场份额</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="25"/>
        <source>Revenue observations</source>
        <translation>收入观察</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="26"/>
        <source>SWOT/PEST entries</source>
        <translation>SWOT/PEST 条目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/field_labels.py" line="27"/>
        <source>TOWS strategies</source>
        <translation>TOWS 策略</translation>
    </message>
</context>
<context>
    <name>TeamDialogs</name>
    <message>
        <location filename="../../workbench/ui/team_dialogs.py" line="55"/>
        <source>{0}

Password for {1} (used for this connection only, never saved):</source>
        <translation>{0}

{1} 的密码（仅用于本次连接，不会保存）：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_dialogs.py" line="57"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_dialogs.py" line="69"/>
        <source>Take Snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_dialogs.py" line="70"/>
        <source>Name of the snapshot of the saved project (e.g. 2025Q2 published):</source>
        <translation>已保存项目快照的名称（例如 2025Q2 已发布）：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_dialogs.py" line="76"/>
        <source>Save first?</source>
        <translation>先保存？</translation>
    </message>
</context>
<context>
    <name>TeamLocationDialog</name>
    <message>
        <location filename="../../workbench/ui/team_dialogs.py" line="19"/>
        <source>Open Team Project</source>
        <translation>打开团队项目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_dialogs.py" line="27"/>
        <source>libpq default</source>
        <translation>libpq 默认</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_dialogs.py" line="30"/>
        <source>Database URL</source>
        <translation>数据库 URL</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_dialogs.py" line="31"/>
        <source>SSL mode</source>
        <translation>SSL 模式</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_dialogs.py" line="43"/>
        <source>A team project is named by a URL such as {0}.</source>
        <translation>团队项目以 URL 指定，例如 {0}。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_dialogs.py" line="48"/>
        <source>“{0}” is not an SSL mode libpq knows.</source>
        <translation>“{0}”不是 libpq 支持的 SSL 模式。</translation>
    </message>
</context>
<context>
    <name>TierBoard</name>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="161"/>
        <source>{0} vendors</source>
        <translation>{0} 家厂商</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="145"/>
        <source>Robust {0}</source>
        <translation>稳健度 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="66"/>
        <source>reported</source>
        <translation>公开报道</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="67"/>
        <source>estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="68"/>
        <source>analyst assessment</source>
        <translation>分析师评估</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="146"/>
        <source>Margin {0}</source>
        <translation>边距 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="146"/>
        <source>No scores</source>
        <translation>暂无评分</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="162"/>
        <source>Unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="218"/>
        <source>OVR</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="252"/>
        <source>Unscored: no score on a weighted dimension, so no composite, rank or computed tier</source>
        <translation>未评分：在有权重的维度上没有评分，因此没有综合得分、排名或计算梯队</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="254"/>
        <source>Composite {0:.1f}, rank {1}, {2}</source>
        <translation>综合得分 {0:.1f}，第 {1} 名，{2}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="259"/>
        <source>{0:.1f} points below the boundary with {1}</source>
        <translation>距{1}边界还差 {0:.1f} 分</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="260"/>
        <source>{0:.1f} points above the boundary with {1}</source>
        <translation>高出与{1}的边界 {0:.1f} 分</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="264"/>
        <source>Tier robustness: {0}</source>
        <translation>梯队稳健度：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="267"/>
        <source>Override: {0}</source>
        <translation>人工调整：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="275"/>
        <source>Placement: computed from the scores (no placement record)</source>
        <translation>梯队位置：由评分计算（无梯队记录）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="277"/>
        <source>no source</source>
        <translation>无来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="278"/>
        <source>Placement: {0}, source {1}</source>
        <translation>梯队位置：{0}，来源 {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/board.py" line="352"/>
        <source>Clear override</source>
        <translation>清除人工调整</translation>
    </message>
</context>
<context>
    <name>TierListPanel</name>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/panel.py" line="139"/>
        <source>Board</source>
        <translation>梯队看板</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/panel.py" line="140"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/panel.py" line="141"/>
        <source>Bubble chart</source>
        <translation>气泡图</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/panel.py" line="142"/>
        <source>Drag a card to another tier, or select it and press Ctrl+↑ / Ctrl+↓; Delete clears an override. Red dashed cards changed tier with the last edit.</source>
        <translation>将卡片拖到其他梯队，或选中后按 Ctrl+↑ / Ctrl+↓；按 Delete 清除人工调整。红色虚线卡片表示上次编辑后梯队发生了变化。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/panel.py" line="144"/>
        <source>Clear override</source>
        <translation>清除人工调整</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/panel.py" line="156"/>
        <source>analyst assessment</source>
        <translation>分析师评估</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/panel.py" line="158"/>
        <source>no placement records</source>
        <translation>无梯队记录</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/panel.py" line="159"/>
        <source>undated</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/panel.py" line="160"/>
        <source>Baseline ranking</source>
        <translation>基线排名</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/panel.py" line="161"/>
        <source>Baseline: {0} — {1}, {2}</source>
        <translation>基线：{0}——{1}，{2}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/panel.py" line="167"/>
        <source>Select a card to see whose judgement its placement is.</source>
        <translation>选择一张卡片，查看其梯队位置出自谁的判断。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/panel.py" line="170"/>
        <source>Unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/panel.py" line="178"/>
        <source>Reason for the override</source>
        <translation>人工调整理由</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/panel.py" line="179"/>
        <source>Why does {0} belong in {1}?</source>
        <translation>为什么{0}应归入{1}？</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/panel.py" line="196"/>
        <source>An override needs a reason; the vendor stays where it was.</source>
        <translation>人工调整需要填写理由；该厂商保持原位。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/panel.py" line="207"/>
        <source>Select a vendor first.</source>
        <translation>请先选择一家厂商。</translation>
    </message>
</context>
<context>
    <name>TierTableModel</name>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/models.py" line="70"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/models.py" line="70"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/models.py" line="70"/>
        <source>Tier</source>
        <translation>梯队</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/models.py" line="71"/>
        <source>Composite</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/models.py" line="71"/>
        <source>Margin</source>
        <translation>边距</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/models.py" line="72"/>
        <source>Robustness</source>
        <translation>稳健度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/models.py" line="73"/>
        <source>Change</source>
        <translation>名次变化</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/models.py" line="73"/>
        <source>Override</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/models.py" line="74"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/models.py" line="94"/>
        <source>Unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/models.py" line="95"/>
        <source>{0} (unscored)</source>
        <translation>{0}（未评分）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/models.py" line="112"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/models.py" line="143"/>
        <source>Composite points to the nearest tier boundary: ↓ a loss, ↑ a gain of that much moves the vendor to the tier named</source>
        <translation>距最近梯队边界的综合得分差：↓ 减少、↑ 增加这么多分，厂商即进入所列梯队</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/tier_list/models.py" line="145"/>
        <source>Share of ±20% weight draws that keep the computed tier; blank when it never moves</source>
        <translation>权重 ±20% 随机抽样中保持计算梯队的比例；始终不变时留空</translation>
    </message>
</context>
<context>
    <name>TowsBoard</name>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/tows.py" line="168"/>
        <source>Add a strategy… (Enter)</source>
        <translation>添加策略…（Enter）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/tows.py" line="169"/>
        <location filename="../../workbench/ui/panels/swot_pest/tows.py" line="212"/>
        <source>Delete strategy</source>
        <translation>删除策略</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/tows.py" line="174"/>
        <source>Tick the SWOT entries this strategy answers:</source>
        <translation>勾选此策略所对应的 SWOT 条目：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/tows.py" line="176"/>
        <source>Select a strategy to see and change the entries it answers.</source>
        <translation>选择一条策略，查看并修改它所对应的条目。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/swot_pest/tows.py" line="199"/>
        <source>Add strategy</source>
        <translation>添加策略</translation>
    </message>
</context>
<context>
    <name>VendorDialog</name>
    <message>
        <location filename="../../workbench/ui/panels/vendor_dialog.py" line="27"/>
        <source>New vendor</source>
        <translation>新建厂商</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendor_dialog.py" line="27"/>
        <source>Edit vendor</source>
        <translation>编辑厂商</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendor_dialog.py" line="54"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendor_dialog.py" line="55"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendor_dialog.py" line="56"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendor_dialog.py" line="57"/>
        <source>HQ province</source>
        <translation>总部省份</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendor_dialog.py" line="58"/>
        <source>HQ city</source>
        <translation>总部城市</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendor_dialog.py" line="59"/>
        <source>Tickers</source>
        <translation>股票代码</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendor_dialog.py" line="60"/>
        <source>Flagship model</source>
        <translation>旗舰模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendor_dialog.py" line="61"/>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendor_dialog.py" line="62"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendor_dialog.py" line="63"/>
        <source>Tickers source</source>
        <translation>股票代码来源</translation>
    </message>
</context>
<context>
    <name>VendorsPanel</name>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="18"/>
        <source>scores</source>
        <translation>项评分</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="19"/>
        <source>tier placements</source>
        <translation>项梯队归属</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="20"/>
        <source>revenue mix estimates</source>
        <translation>项收入占比估计</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="21"/>
        <source>market shares</source>
        <translation>项市场份额</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="22"/>
        <source>revenue observations</source>
        <translation>项收入观测值</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="23"/>
        <source>SWOT/PEST entries</source>
        <translation>条 SWOT/PEST 条目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="24"/>
        <source>TOWS strategies</source>
        <translation>条 TOWS 策略</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="42"/>
        <source>Unknown province “{0}”</source>
        <translation>未知省份“{0}”</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="44"/>
        <source>; did you mean {0}?</source>
        <translation>；是否指{0}？</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="158"/>
        <source>Filter vendors…</source>
        <translation>筛选厂商…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="159"/>
        <source>Add vendor…</source>
        <translation>添加厂商…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="160"/>
        <source>Edit vendor…</source>
        <translation>编辑厂商…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="161"/>
        <location filename="../../workbench/ui/panels/vendors.py" line="234"/>
        <source>Delete vendor</source>
        <translation>删除厂商</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="162"/>
        <source>Add a vendor (Insert)</source>
        <translation>添加厂商（Insert）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="163"/>
        <source>Edit every field of the selected vendor (Ctrl+Enter); F2 edits one cell</source>
        <translation>编辑所选厂商的全部字段（Ctrl+Enter）；F2 编辑单个单元格</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="164"/>
        <source>Delete the selected vendor and everything that belongs to it (Delete)</source>
        <translation>删除所选厂商及其全部相关记录（Delete）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="228"/>
        <source>Delete {0}?</source>
        <translation>删除“{0}”？</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="230"/>
        <source>These go with it: {0}.</source>
        <translation>以下记录将一并删除：{0}。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="232"/>
        <source>{0} TOWS strategies elsewhere lose their links to its entries.</source>
        <translation>其他范围中有 {0} 条 TOWS 策略将失去与其条目的关联。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels/vendors.py" line="233"/>
        <source>Undo brings all of it back.</source>
        <translation>撤销可全部恢复。</translation>
    </message>
</context>
</TS>
