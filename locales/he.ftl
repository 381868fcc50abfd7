# מחרוזות הממשק המובנות ב-redline, בעברית.
# קובץ locales/he.ftl של אתר יכול להחליף הודעות בודדות.

language-name = עברית

skip-to-content = דילוג לתוכן
site-navigation = אתר
language-switcher = שפה
choose-language = נא לבחור שפה
choose-language-intro = המסמכים המשפטיים שלנו זמינים בשפות הבאות:
policies-heading = מסמכים משפטיים
policies-intro = המסמכים החלים כיום, עם כל הגרסאות הקודמות והעתידיות שלהם.
colon = :
last-updated = עדכון אחרון
effective-since = בתוקף מיום
takes-effect = תחילת תוקף
contents = תוכן העניינים
versions = גרסאות
version-current = נוכחית
version-past = קודמת
version-upcoming = עתידית
back-to-top = חזרה לראש הדף
print-page = הדפסת דף זה

untranslated-notice = טקסט זה טרם תורגם לעברית. מוצג כאן הטקסט המקורי ({ $source }).
older-translation = לקריאת התרגום לעברית של הגרסה שנכנסה לתוקף ביום { $date }.


page-not-found = הדף לא נמצא
page-not-found-text = אין דף בכתובת זו. רשימת המסמכים מופיעה להלן.

past-notice = גרסה זו הייתה בתוקף מיום { $from } עד יום { $to } (כולל).
upcoming-notice = גרסה זו תיכנס לתוקף ביום { $date }.
read-current = לקריאת הגרסה הנוכחית.
not-yet-in-effect = אף גרסה של מדיניות זו עדיין לא נכנסה לתוקף.
upcoming-announcement = מדיניות זו תשתנה ביום { $date }.
read-upcoming = לקריאת הנוסח החדש
see-upcoming-changes = מה משתנה
material-change = שינוי מהותי

history = היסטוריה
history-title = היסטוריית גרסאות
history-intro = כל הגרסאות של מדיניות זו, מהחדשה לישנה, עם השינויים שבכל אחת מהן.
effective-date = תאריך כניסה לתוקף
summary = תקציר
view-text = נוסח
view-changes = שינויים
first-version = גרסה ראשונה

changes-title = השינויים מיום { $date }
changes-between = מהגרסה מיום { $from } לגרסה מיום { $to }.
changed-sections = סעיפים שהשתנו
opening-text = פתיח
words-added = { $count ->
    [one] נוספה מילה אחת
    [two] נוספו שתי מילים
   *[other] נוספו { $count } מילים
}
words-removed = { $count ->
    [one] הוסרה מילה אחת
    [two] הוסרו שתי מילים
   *[other] הוסרו { $count } מילים
}
no-textual-change = הנוסח לא השתנה; השתנו רק הפרטים שלו (כגון הכותרת או התאריכים).
previous-change = השינוי הקודם
next-change = השינוי הבא
change-views = תצוגה
view-inline = בתוך הטקסט
view-side-by-side = זה לצד זה
version-of = הגרסה מיום { $date }
moved-away = קטע מכאן הועבר למקום אחר.
moved-away-link = למיקומו החדש.
moved-here = קטע זה הועבר לכאן.
legend = בהשוואה זו, טקסט שנוסף מסומן בקו תחתון וטקסט שהוסר מסומן בקו חוצה.
no-previous-translation = הגרסה הקודמת לא תורגמה לעברית, ולכן השינויים בה מוצגים רק במקור.
see-source-changes = לצפייה בשינויים במקור ({ $source }).

feed-title = { $site }: שינויים במסמכים המשפטיים שלנו
feed-link = שינויים במסמכים המשפטיים (פיד Atom)

corrected-on = תוקן ביום { $date }

notice-material = נא לקרוא את הנוסח החדש לפני כניסתו לתוקף.
notice-not-material = אין מדובר בשינוי מהותי.

notice-since = הסכמת לגרסה קודמת? ריכזנו כאן את כל מה שהשתנה מאז:

since-title = השינויים מאז הגרסה מיום { $date }
since-versions = הגרסאות מאז
view-since = השינויים מאז
