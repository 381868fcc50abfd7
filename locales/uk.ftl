# Вбудовані в redline рядки інтерфейсу, українська мова.
# Файл locales/uk.ftl сайту може замінювати окремі повідомлення.

language-name = Українська

skip-to-content = Перейти до основного вмісту
site-navigation = Сайт
language-switcher = Мова
choose-language = Оберіть мову
choose-language-intro = Наші правові документи доступні такими мовами:
policies-heading = Правові документи
policies-intro = Чинні сьогодні документи з усіма попередніми та майбутніми редакціями.
colon = :
last-updated = Останнє оновлення
effective-since = Діє з
takes-effect = Набирає чинності
contents = Зміст
versions = Редакції
version-current = чинна
version-past = попередня
version-upcoming = майбутня
back-to-top = Нагору
print-page = Надрукувати сторінку

untranslated-notice = Цей текст ще не перекладено українською мовою. Ви читаєте оригінал ({ $source }).
older-translation = Читати український переклад редакції, що набрала чинності { $date }


page-not-found = Сторінку не знайдено
page-not-found-text = За цією адресою сторінки немає. Перелік документів наведено нижче.

past-notice = Ця редакція діяла з { $from } до { $to } включно.
upcoming-notice = Ця редакція набирає чинності { $date }
read-current = Читати чинну редакцію.
not-yet-in-effect = Жодна редакція цієї політики ще не набрала чинності.
upcoming-announcement = Ця політика зміниться { $date }
read-upcoming = Читати новий текст
see-upcoming-changes = Переглянути зміни
material-change = Істотна зміна

history = Історія
history-title = Історія редакцій
history-intro = Усі редакції цієї політики, від новіших до старіших, з описом змін.
effective-date = Дата набрання чинності
summary = Короткий зміст
view-text = Текст
view-changes = Зміни
first-version = Перша редакція

changes-title = Зміни від { $date }
changes-between = Порівняння редакції від { $from } з редакцією від { $to }
changed-sections = Змінені розділи
opening-text = Вступна частина
words-added = { $count ->
    [one] Додано { $count } слово
    [few] Додано { $count } слова
    [many] Додано { $count } слів
   *[other] Додано { $count } слова
}
words-removed = { $count ->
    [one] Вилучено { $count } слово
    [few] Вилучено { $count } слова
    [many] Вилучено { $count } слів
   *[other] Вилучено { $count } слова
}
no-textual-change = Текст не змінився; змінилися лише відомості про нього (наприклад, заголовок або дати).
previous-change = Попередня зміна
next-change = Наступна зміна
change-views = Вигляд
view-inline = У тексті
view-side-by-side = Паралельно
version-of = Редакція від { $date }
moved-away = Звідси переміщено фрагмент тексту.
moved-away-link = Перейти до його нового місця.
moved-here = Цей фрагмент переміщено сюди.
legend = У цьому порівнянні доданий текст підкреслено, а вилучений — закреслено.
no-previous-translation = Попередню редакцію не перекладено українською мовою, тому її зміни показано лише в оригіналі.
see-source-changes = Переглянути зміни в оригіналі ({ $source }).

feed-title = { $site }: зміни наших правових документів
feed-link = Зміни правових документів (стрічка Atom)

corrected-on = Виправлено { $date }

notice-material = Будь ласка, ознайомтеся з новим текстом до набрання ним чинності.
notice-not-material = Ця зміна не є істотною.

notice-since = Ви прийняли одну з попередніх редакцій? Перегляньте всі зміни відтоді:

since-title = Зміни після редакції від { $date }
since-versions = Наступні редакції
view-since = Наступні зміни
