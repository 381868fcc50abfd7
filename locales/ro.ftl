# Textele de interfață integrate în redline, în limba română.
# Fișierul locales/ro.ftl al unui site poate înlocui mesaje individuale.

language-name = Română

skip-to-content = Salt la conținut
site-navigation = Site
language-switcher = Limbă
choose-language = Alegeți limba
choose-language-intro = Documentele noastre juridice sunt disponibile în următoarele limbi:
policies-heading = Documente juridice
policies-intro = Documentele aplicabile astăzi, cu toate versiunile lor anterioare și viitoare.
colon = :
last-updated = Ultima actualizare
effective-since = În vigoare din
takes-effect = Intră în vigoare
contents = Cuprins
versions = Versiuni
version-current = în vigoare
version-past = anterioară
version-upcoming = viitoare
back-to-top = Înapoi sus
print-page = Imprimați pagina

untranslated-notice = Acest text nu a fost încă tradus în limba română. Citiți textul original ({ $source }).
older-translation = Citiți traducerea în limba română a versiunii în vigoare de la { $date }.


page-not-found = Pagina nu a fost găsită
page-not-found-text = Nu există nicio pagină la această adresă. Documentele sunt enumerate mai jos.

past-notice = Această versiune s-a aplicat de la { $from } până la { $to } inclusiv.
upcoming-notice = Această versiune intră în vigoare la { $date }.
read-current = Citiți versiunea în vigoare.
not-yet-in-effect = Nicio versiune a acestui document nu este încă în vigoare.
upcoming-announcement = Acest document se modifică la { $date }.
read-upcoming = Citiți noul text
see-upcoming-changes = Vedeți ce se schimbă
material-change = Modificare substanțială

history = Istoric
history-title = Istoricul versiunilor
history-intro = Toate versiunile acestui document, de la cea mai recentă, cu modificările aduse.
effective-date = Data intrării în vigoare
summary = Rezumat
view-text = Text
view-changes = Modificări
first-version = Prima versiune

changes-title = Modificările din { $date }
changes-between = De la versiunea din { $from } la versiunea din { $to }.
changed-sections = Secțiuni modificate
opening-text = Text introductiv
words-added = { $count ->
    [one] { $count } cuvânt adăugat
    [few] { $count } cuvinte adăugate
   *[other] { $count } de cuvinte adăugate
}
words-removed = { $count ->
    [one] { $count } cuvânt eliminat
    [few] { $count } cuvinte eliminate
   *[other] { $count } de cuvinte eliminate
}
no-textual-change = Textul nu s-a modificat; s-au modificat doar alte informații (de exemplu, titlul sau datele).
previous-change = Modificarea anterioară
next-change = Modificarea următoare
change-views = Afișare
view-inline = În text
view-side-by-side = Alăturat
version-of = Versiunea din { $date }
moved-away = Un pasaj a fost mutat de aici.
moved-away-link = Vedeți noua sa poziție.
moved-here = Acest pasaj a fost mutat aici.
legend = În această comparație, textul adăugat este subliniat, iar textul eliminat este tăiat.
no-previous-translation = Versiunea anterioară nu a fost tradusă în limba română, prin urmare modificările sale sunt afișate doar în original.
see-source-changes = Vedeți modificările în original ({ $source }).

feed-title = { $site }: modificări ale documentelor noastre juridice
feed-link = Modificări ale documentelor juridice (flux Atom)

corrected-on = Corectat la { $date }

notice-material = Vă rugăm să citiți noul text înainte de intrarea sa în vigoare.
notice-not-material = Aceasta nu este o modificare substanțială.
notice-since = Ați acceptat o versiune anterioară? Vedeți tot ce s-a schimbat de atunci:

since-title = Modificările de la versiunea din { $date }
since-versions = Versiunile de atunci încoace
view-since = Modificări de atunci
