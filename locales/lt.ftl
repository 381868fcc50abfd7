# Integruoti redline sąsajos tekstai, lietuvių kalba.
# Svetainės failas locales/lt.ftl gali pakeisti atskirus pranešimus.

language-name = Lietuvių

skip-to-content = Pereiti prie turinio
site-navigation = Svetainė
language-switcher = Kalba
choose-language = Pasirinkite kalbą
choose-language-intro = Mūsų teisiniai dokumentai pateikiami šiomis kalbomis:
policies-heading = Teisiniai dokumentai
policies-intro = Šiuo metu galiojantys dokumentai su visomis ankstesnėmis ir būsimomis versijomis.
colon = :
last-updated = Paskutinį kartą atnaujinta
effective-since = Galioja nuo
takes-effect = Įsigalioja
contents = Turinys
versions = Versijos
version-current = galiojanti
version-past = ankstesnė
version-upcoming = būsima
back-to-top = Į puslapio viršų
print-page = Spausdinti puslapį

untranslated-notice = Šis tekstas dar neišverstas į lietuvių kalbą. Skaitote originalų tekstą ({ $source }).
older-translation = Skaitykite versijos, galiojančios nuo { $date }, vertimą į lietuvių kalbą.


page-not-found = Puslapis nerastas
page-not-found-text = Šiuo adresu puslapio nėra. Dokumentų sąrašas pateikiamas toliau.

past-notice = Ši versija galiojo nuo { $from } iki { $to } imtinai.
upcoming-notice = Ši versija įsigalioja { $date }
read-current = Skaitykite galiojančią versiją.
not-yet-in-effect = Nė viena šio dokumento versija dar neįsigaliojo.
upcoming-announcement = Šis dokumentas keičiamas nuo { $date }
read-upcoming = Skaityti naują tekstą
see-upcoming-changes = Peržiūrėti, kas keičiasi
material-change = Esminis pakeitimas

history = Istorija
history-title = Versijų istorija
history-intro = Visos šio dokumento versijos, pradedant naujausia, su jų pakeitimais.
effective-date = Įsigaliojimo data
summary = Santrauka
view-text = Tekstas
view-changes = Pakeitimai
first-version = Pirmoji versija

changes-title = { $date } pakeitimai
changes-between = Nuo { $from } versijos iki { $to } versijos.
changed-sections = Pakeisti skyriai
opening-text = Įvadinis tekstas
words-added = { $count ->
    [one] { $count } pridėtas žodis
    [few] { $count } pridėti žodžiai
    [many] { $count } pridėto žodžio
   *[other] { $count } pridėtų žodžių
}
words-removed = { $count ->
    [one] { $count } pašalintas žodis
    [few] { $count } pašalinti žodžiai
    [many] { $count } pašalinto žodžio
   *[other] { $count } pašalintų žodžių
}
no-textual-change = Tekstas nepasikeitė; pasikeitė tik jo duomenys (pvz., pavadinimas ar datos).
previous-change = Ankstesnis pakeitimas
next-change = Kitas pakeitimas
change-views = Rodinys
view-inline = Tekste
view-side-by-side = Greta
version-of = { $date } versija
moved-away = Ištrauka iš šios vietos perkelta.
moved-away-link = Žiūrėti jos naują vietą.
moved-here = Ši ištrauka perkelta čia.
legend = Šiame palyginime pridėtas tekstas pabrauktas, o pašalintas tekstas perbrauktas.
no-previous-translation = Ankstesnė versija nebuvo išversta į lietuvių kalbą, todėl jos pakeitimai rodomi tik originalo kalba.
see-source-changes = Žiūrėti pakeitimus originalo kalba ({ $source }).

feed-title = { $site }: mūsų teisinių dokumentų pakeitimai
feed-link = Teisinių dokumentų pakeitimai (Atom sklaidos kanalas)

corrected-on = Pataisyta { $date }

notice-material = Prašome perskaityti naują tekstą, kol jis dar neįsigaliojo.
notice-not-material = Tai nėra esminis pakeitimas.
notice-since = Esate sutikę su ankstesne versija? Peržiūrėkite visus nuo to laiko padarytus pakeitimus:

since-title = Pakeitimai nuo { $date } versijos
since-versions = Vėlesnės versijos
view-since = Pakeitimai nuo šios versijos
