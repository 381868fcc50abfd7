# redline 内置的界面文本，简体中文。
# 网站的 locales/zh-Hans.ftl 文件可以覆盖其中的单条消息。

language-name = 简体中文

skip-to-content = 跳至正文
site-navigation = 网站
language-switcher = 语言
choose-language = 请选择语言
choose-language-intro = 我们的法律政策提供以下语言版本：
policies-heading = 法律政策
policies-intro = 当前适用的政策，以及其所有以往版本和即将生效的版本。
colon = ：
last-updated = 最后更新
effective-since = 生效日期
takes-effect = 预定生效日期
contents = 目录
versions = 版本
version-current = 现行
version-past = 旧版
version-upcoming = 即将生效
back-to-top = 返回顶部
print-page = 打印本页

untranslated-notice = 本文尚未翻译成简体中文。您正在阅读原文（{ $source }）。
older-translation = 阅读自{ $date }起生效的版本的简体中文译本。


page-not-found = 未找到页面
page-not-found-text = 此地址没有页面。政策列表如下。

past-notice = 本版本自{ $from }起至{ $to }止适用。
upcoming-notice = 本版本将于{ $date }生效。
read-current = 阅读现行版本。
not-yet-in-effect = 本政策尚无已生效的版本。
upcoming-announcement = 本政策将于{ $date }变更。
read-upcoming = 阅读新版内容
see-upcoming-changes = 查看变更内容
material-change = 重大变更

history = 修订记录
history-title = 版本历史
history-intro = 本政策的所有版本（按从新到旧排列）及各版本的变更内容。
effective-date = 生效日期
summary = 摘要
view-text = 全文
view-changes = 变更
first-version = 初始版本

changes-title = { $date }的变更
changes-between = 从{ $from }版本到{ $to }版本的变更。
changed-sections = 有变更的章节
opening-text = 引言
words-added = 新增{ $count }个词
words-removed = 删除{ $count }个词
no-textual-change = 正文未变更；仅其详细信息（如标题或日期）有所变更。
previous-change = 上一处变更
next-change = 下一处变更
change-views = 视图
view-inline = 合并显示
view-side-by-side = 并排显示
version-of = { $date }版本
moved-away = 此处的一段文字已移至他处。
moved-away-link = 查看其新位置。
moved-here = 此段文字已移至此处。
legend = 在此对比视图中，新增文字带下划线，删除文字带删除线。
no-previous-translation = 上一版本未翻译成简体中文，因此其变更仅以原文显示。
see-source-changes = 查看原文（{ $source }）中的变更。

feed-title = { $site }：我们的政策变更
feed-link = 政策变更（Atom 订阅源）

corrected-on = 更正于{ $date }

notice-material = 请在新版内容生效前阅读。
notice-not-material = 此次变更不属于重大变更。

notice-since = 您曾同意过之前的版本？请查看此后的所有变更：

since-title = 自{ $date }版本以来的变更
since-versions = 此后的各个版本
view-since = 此后的变更
