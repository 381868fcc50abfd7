# Вградени текстове на интерфейса на redline, български.
# Файлът locales/bg.ftl на сайта може да замени отделни съобщения.

language-name = Български

skip-to-content = Към съдържанието
site-navigation = Сайт
language-switcher = Език
choose-language = Изберете език
choose-language-intro = Нашите правни документи са достъпни на следните езици:
policies-heading = Правни документи
policies-intro = Действащите днес документи с всички предишни и предстоящи версии.
colon = :
last-updated = Последна актуализация
effective-since = В сила от
takes-effect = Влиза в сила
contents = Съдържание
versions = Версии
version-current = действаща
version-past = предишна
version-upcoming = предстояща
back-to-top = Към началото
print-page = Отпечатване на страницата

untranslated-notice = Този текст все още не е преведен на български език. Четете оригиналния текст ({ $source }).
older-translation = Прочетете превода на български език на версията, действаща от { $date }


page-not-found = Страницата не е намерена
page-not-found-text = На този адрес няма страница. Документите са изброени по-долу.

past-notice = Тази версия се прилагаше от { $from } до { $to } включително.
upcoming-notice = Тази версия влиза в сила на { $date }
read-current = Прочетете действащата версия.
not-yet-in-effect = Все още няма действаща версия на този документ.
upcoming-announcement = Този документ се променя на { $date }
read-upcoming = Прочетете новия текст
see-upcoming-changes = Вижте какво се променя
material-change = Съществена промяна

history = История
history-title = История на версиите
history-intro = Всички версии на този документ, започвайки от най-новата, с направените промени.
effective-date = Дата на влизане в сила
summary = Резюме
view-text = Текст
view-changes = Промени
first-version = Първа версия

changes-title = Промени от { $date }
changes-between = От версията от { $from } към версията от { $to }
changed-sections = Променени раздели
opening-text = Въвеждащ текст
words-added = { $count ->
    [one] { $count } добавена дума
   *[other] { $count } добавени думи
}
words-removed = { $count ->
    [one] { $count } премахната дума
   *[other] { $count } премахнати думи
}
no-textual-change = Текстът не е променен; променени са само данните му (например заглавието или датите).
previous-change = Предишна промяна
next-change = Следваща промяна
change-views = Изглед
view-inline = В текста
view-side-by-side = Един до друг
version-of = Версия от { $date }
moved-away = Откъс от това място е преместен.
moved-away-link = Вижте новото му място.
moved-here = Този откъс е преместен тук.
legend = В това сравнение добавеният текст е подчертан, а премахнатият текст е зачеркнат.
no-previous-translation = Предишната версия не е преведена на български език, затова промените в нея са показани само в оригинала.
see-source-changes = Вижте промените в оригинала ({ $source }).

feed-title = { $site }: промени в нашите правни документи
feed-link = Промени в правните документи (Atom емисия)

corrected-on = Поправено на { $date }

notice-material = Моля, прочетете новия текст, преди да влезе в сила.
notice-not-material = Това не е съществена промяна.
notice-since = Приели сте по-ранна версия? Вижте всички промени оттогава:

since-title = Промени след версията от { $date }
since-versions = Версиите оттогава
view-since = Промени оттогава
