# Встроенные в redline строки интерфейса, русский язык.
# Файл locales/ru.ftl сайта может заменять отдельные сообщения.

language-name = Русский

skip-to-content = Перейти к основному содержанию
site-navigation = Сайт
language-switcher = Язык
choose-language = Выберите язык
choose-language-intro = Наши правовые документы доступны на следующих языках:
policies-heading = Правовые документы
policies-intro = Действующие сегодня документы со всеми предыдущими и будущими редакциями.
colon = :
last-updated = Последнее обновление
effective-since = Действует с
takes-effect = Вступает в силу
contents = Содержание
versions = Редакции
version-current = действующая
version-past = прежняя
version-upcoming = будущая
back-to-top = Наверх
print-page = Распечатать страницу

untranslated-notice = Этот текст ещё не переведён на русский язык. Вы читаете оригинал ({ $source }).
older-translation = Читать русский перевод редакции, вступившей в силу { $date }


page-not-found = Страница не найдена
page-not-found-text = По этому адресу страницы нет. Список документов приведён ниже.

past-notice = Эта редакция действовала с { $from } по { $to } включительно.
upcoming-notice = Эта редакция вступает в силу { $date }
read-current = Читать действующую редакцию.
not-yet-in-effect = Ни одна редакция этой политики ещё не вступила в силу.
upcoming-announcement = Эта политика изменится { $date }
read-upcoming = Читать новый текст
see-upcoming-changes = Посмотреть изменения
material-change = Существенное изменение

history = История
history-title = История редакций
history-intro = Все редакции этой политики, от новых к старым, с описанием изменений.
effective-date = Дата вступления в силу
summary = Краткое содержание
view-text = Текст
view-changes = Изменения
first-version = Первая редакция

changes-title = Изменения от { $date }
changes-between = Сравнение редакции от { $from } с редакцией от { $to }
changed-sections = Изменённые разделы
opening-text = Вводная часть
words-added = { $count ->
    [one] Добавлено { $count } слово
    [few] Добавлено { $count } слова
    [many] Добавлено { $count } слов
   *[other] Добавлено { $count } слова
}
words-removed = { $count ->
    [one] Удалено { $count } слово
    [few] Удалено { $count } слова
    [many] Удалено { $count } слов
   *[other] Удалено { $count } слова
}
no-textual-change = Текст не изменился; изменились только сведения о нём (например, заголовок или даты).
previous-change = Предыдущее изменение
next-change = Следующее изменение
change-views = Вид
view-inline = В тексте
view-side-by-side = Параллельно
version-of = Редакция от { $date }
moved-away = Отсюда перемещён фрагмент текста.
moved-away-link = Перейти к его новому месту.
moved-here = Этот фрагмент перемещён сюда.
legend = В этом сравнении добавленный текст подчёркнут, а удалённый — зачёркнут.
no-previous-translation = Предыдущая редакция не переводилась на русский язык, поэтому её изменения показаны только в оригинале.
see-source-changes = Посмотреть изменения в оригинале ({ $source }).

feed-title = { $site }: изменения наших правовых документов
feed-link = Изменения правовых документов (лента Atom)

corrected-on = Исправлено { $date }

notice-material = Пожалуйста, ознакомьтесь с новым текстом до его вступления в силу.
notice-not-material = Это изменение не является существенным.

notice-since = Вы приняли одну из прежних редакций? Посмотрите все изменения с того времени:

since-title = Изменения после редакции от { $date }
since-versions = Последующие редакции
view-since = Последующие изменения
