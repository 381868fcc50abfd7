# redline 內建的介面文字，繁體中文。
# 網站的 locales/zh-Hant.ftl 檔案可以覆寫其中的單則訊息。

language-name = 繁體中文

skip-to-content = 跳至主要內容
site-navigation = 網站
language-switcher = 語言
choose-language = 請選擇語言
choose-language-intro = 我們的法律政策提供以下語言版本：
policies-heading = 法律政策
policies-intro = 目前適用的政策，以及其所有過往版本和即將生效的版本。
colon = ：
last-updated = 最後更新
effective-since = 生效日期
takes-effect = 預定生效日期
contents = 目錄
versions = 版本
version-current = 現行
version-past = 舊版
version-upcoming = 即將生效
back-to-top = 回到頂端
print-page = 列印本頁

untranslated-notice = 本文尚未翻譯成繁體中文。您正在閱讀原文（{ $source }）。
older-translation = 閱讀自{ $date }起生效的版本的繁體中文譯本。


page-not-found = 找不到頁面
page-not-found-text = 此網址沒有頁面。政策列表如下。

past-notice = 本版本自{ $from }起至{ $to }止適用。
upcoming-notice = 本版本將於{ $date }生效。
read-current = 閱讀現行版本。
not-yet-in-effect = 本政策尚無已生效的版本。
upcoming-announcement = 本政策將於{ $date }變更。
read-upcoming = 閱讀新版內容
see-upcoming-changes = 查看變更內容
material-change = 重大變更

history = 修訂紀錄
history-title = 版本歷史
history-intro = 本政策的所有版本（由新至舊排列）及各版本的變更內容。
effective-date = 生效日期
summary = 摘要
view-text = 全文
view-changes = 變更
first-version = 初始版本

changes-title = { $date }的變更
changes-between = 從{ $from }版本到{ $to }版本的變更。
changed-sections = 有變更的章節
opening-text = 引言
words-added = 新增{ $count }個字詞
words-removed = 刪除{ $count }個字詞
no-textual-change = 內文未變更；僅其詳細資訊（如標題或日期）有所變更。
previous-change = 上一處變更
next-change = 下一處變更
change-views = 檢視方式
view-inline = 合併顯示
view-side-by-side = 並排顯示
version-of = { $date }版本
moved-away = 此處的一段文字已移至他處。
moved-away-link = 查看其新位置。
moved-here = 此段文字已移至此處。
legend = 在此比對檢視中，新增的文字加上底線，刪除的文字加上刪除線。
no-previous-translation = 上一版本未翻譯成繁體中文，因此其變更僅以原文顯示。
see-source-changes = 查看原文（{ $source }）中的變更。

feed-title = { $site }：我們的政策變更
feed-link = 政策變更（Atom 訂閱）

corrected-on = 更正於{ $date }

notice-material = 請在新版內容生效前詳閱。
notice-not-material = 此次變更不屬於重大變更。

notice-since = 您曾同意先前的版本？請查看此後的所有變更：

since-title = 自{ $date }版本以來的變更
since-versions = 此後的各個版本
view-since = 此後的變更
