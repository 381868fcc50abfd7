# Vgrajena besedila vmesnika redline, slovenščina.
# Datoteka locales/sl.ftl spletnega mesta lahko nadomesti posamezna sporočila.

language-name = Slovenščina

skip-to-content = Skok na vsebino
site-navigation = Spletno mesto
language-switcher = Jezik
choose-language = Izberite jezik
choose-language-intro = Naši pravni dokumenti so na voljo v teh jezikih:
policies-heading = Pravni dokumenti
policies-intro = Dokumenti, ki veljajo danes, z vsemi prejšnjimi in prihodnjimi različicami.
colon = :
last-updated = Zadnja posodobitev
effective-since = Velja od
takes-effect = Začetek veljavnosti
contents = Vsebina
versions = Različice
version-current = veljavna
version-past = prejšnja
version-upcoming = prihodnja
back-to-top = Na vrh strani
print-page = Natisnite to stran

untranslated-notice = To besedilo še ni prevedeno v slovenščino. Berete izvirno besedilo ({ $source }).
older-translation = Preberite slovenski prevod različice, ki je začela veljati na dan { $date }.


page-not-found = Strani ni mogoče najti
page-not-found-text = Na tem naslovu ni strani. Seznam dokumentov je spodaj.

past-notice = Ta različica je veljala v obdobju { $from } – { $to }.
upcoming-notice = Ta različica začne veljati na dan { $date }.
read-current = Preberite veljavno različico.
not-yet-in-effect = Nobena različica tega dokumenta še ne velja.
upcoming-announcement = Ta dokument se spremeni na dan { $date }.
read-upcoming = Preberite novo besedilo
see-upcoming-changes = Oglejte si, kaj se spreminja
material-change = Bistvena sprememba

history = Zgodovina
history-title = Zgodovina različic
history-intro = Vse različice tega dokumenta, od najnovejše naprej, s spremembami.
effective-date = Datum začetka veljavnosti
summary = Povzetek
view-text = Besedilo
view-changes = Spremembe
first-version = Prva različica

changes-title = Spremembe na dan { $date }
changes-between = Od različice na dan { $from } do različice na dan { $to }.
changed-sections = Spremenjeni razdelki
opening-text = Uvodno besedilo
words-added = { $count ->
    [one] { $count } dodana beseda
    [two] { $count } dodani besedi
    [few] { $count } dodane besede
   *[other] { $count } dodanih besed
}
words-removed = { $count ->
    [one] { $count } odstranjena beseda
    [two] { $count } odstranjeni besedi
    [few] { $count } odstranjene besede
   *[other] { $count } odstranjenih besed
}
no-textual-change = Besedilo se ni spremenilo; spremenili so se le njegovi podatki (na primer naslov ali datumi).
previous-change = Prejšnja sprememba
next-change = Naslednja sprememba
change-views = Prikaz
view-inline = V besedilu
view-side-by-side = Vzporedno
version-of = Različica na dan { $date }
moved-away = Odlomek s tega mesta je bil premaknjen.
moved-away-link = Oglejte si njegovo novo mesto.
moved-here = Ta odlomek je bil premaknjen sem.
legend = V tej primerjavi je dodano besedilo podčrtano, odstranjeno besedilo pa prečrtano.
no-previous-translation = Prejšnja različica ni bila prevedena v slovenščino, zato so njene spremembe prikazane samo v izvirniku.
see-source-changes = Oglejte si spremembe v izvirniku ({ $source }).

feed-title = { $site }: spremembe naših pravnih dokumentov
feed-link = Spremembe pravnih dokumentov (vir Atom)

corrected-on = Popravljeno: { $date }

notice-material = Prosimo, preberite novo besedilo, preden začne veljati.
notice-not-material = Ta sprememba ni bistvena.
notice-since = Ste sprejeli prejšnjo različico? Oglejte si vse spremembe od takrat:

since-title = Spremembe od različice na dan { $date }
since-versions = Različice od takrat
view-since = Spremembe od takrat
