# redline に組み込まれたインターフェース文字列（日本語）。
# サイトの locales/ja.ftl で個々のメッセージを上書きできます。

language-name = 日本語

skip-to-content = 本文へスキップ
site-navigation = サイト
language-switcher = 言語
choose-language = 言語を選択してください
choose-language-intro = 当社の規約・ポリシーは、以下の言語でご覧いただけます：
policies-heading = 規約・ポリシー
policies-intro = 現在適用されている規約・ポリシーです。過去の版および今後施行される版もすべてご覧いただけます。
colon = ：
last-updated = 最終更新日
effective-since = 施行日
takes-effect = 施行予定日
contents = 目次
versions = 版の一覧
version-current = 現行版
version-past = 旧版
version-upcoming = 施行予定
back-to-top = ページの先頭へ
print-page = このページを印刷

untranslated-notice = このテキストはまだ日本語に翻訳されていません。原文（{ $source }）を表示しています。
older-translation = { $date }に施行された版の日本語訳をご覧ください。


page-not-found = ページが見つかりません
page-not-found-text = このアドレスにはページがありません。規約・ポリシーの一覧は以下のとおりです。

past-notice = この版は{ $from }から{ $to }まで適用されていました。
upcoming-notice = この版は{ $date }に施行されます。
read-current = 現行版をご覧ください。
not-yet-in-effect = このポリシーには、まだ施行されている版がありません。
upcoming-announcement = このポリシーは{ $date }に改定されます。
read-upcoming = 改定後の本文を読む
see-upcoming-changes = 変更点を見る
material-change = 重要な変更

history = 改定履歴
history-title = 改定履歴
history-intro = このポリシーのすべての版を新しい順に、各版の変更点とともに掲載しています。
effective-date = 施行日
summary = 概要
view-text = 本文
view-changes = 変更点
first-version = 初版

changes-title = { $date }の変更点
changes-between = { $from }版から{ $to }版への変更点です。
changed-sections = 変更のあったセクション
opening-text = 前文
words-added = { $count }語追加
words-removed = { $count }語削除
no-textual-change = 本文に変更はありません。変更されたのは詳細情報（タイトルや日付など）のみです。
previous-change = 前の変更
next-change = 次の変更
change-views = 表示方法
view-inline = 本文内に表示
view-side-by-side = 左右に並べて表示
version-of = { $date }版
moved-away = ここにあった文章は移動しました。
moved-away-link = 移動先をご覧ください。
moved-here = この文章はここに移動しました。
legend = この比較表示では、追加された文章には下線が、削除された文章には取り消し線が引かれています。
no-previous-translation = 前の版は日本語に翻訳されていないため、変更点は原文でのみ表示しています。
see-source-changes = 原文（{ $source }）の変更点をご覧ください。

feed-title = { $site }：ポリシーの変更
feed-link = ポリシーの変更（Atom フィード）

corrected-on = { $date }訂正

notice-material = 施行前に新しい本文をお読みください。
notice-not-material = 今回の変更は重要な変更ではありません。

notice-since = 以前の版に同意された方は、それ以降のすべての変更点を以下でご確認ください：

since-title = { $date }版以降の変更点
since-versions = それ以降の版
view-since = 以降の変更点
