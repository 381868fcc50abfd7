# Grensesnittekster innebygd i redline, norsk bokmål.
# Et nettsteds locales/nb.ftl kan erstatte enkeltmeldinger.

language-name = Norsk bokmål

skip-to-content = Gå til innholdet
site-navigation = Nettsted
language-switcher = Språk
choose-language = Velg språk
choose-language-intro = Våre juridiske dokumenter er tilgjengelige på disse språkene:
policies-heading = Juridiske dokumenter
policies-intro = Dokumentene som gjelder i dag, med alle tidligere og kommende versjoner.
colon = :
last-updated = Sist oppdatert
effective-since = Gjeldende fra
takes-effect = Trer i kraft
contents = Innhold
versions = Versjoner
version-current = gjeldende
version-past = tidligere
version-upcoming = kommende
back-to-top = Til toppen
print-page = Skriv ut denne siden

untranslated-notice = Denne teksten er ennå ikke oversatt til norsk. Du leser originalteksten ({ $source }).
older-translation = Les den norske oversettelsen av versjonen som trådte i kraft { $date }.


page-not-found = Siden finnes ikke
page-not-found-text = Det finnes ingen side på denne adressen. Dokumentene våre er oppført nedenfor.

past-notice = Denne versjonen gjaldt fra og med { $from } til og med { $to }.
upcoming-notice = Denne versjonen trer i kraft { $date }.
read-current = Les gjeldende versjon.
not-yet-in-effect = Ingen versjon av dette dokumentet har trådt i kraft ennå.
upcoming-announcement = Dette dokumentet endres { $date }.
read-upcoming = Les den nye teksten
see-upcoming-changes = Se hva som endres
material-change = Vesentlig endring

history = Historikk
history-title = Versjonshistorikk
history-intro = Alle versjoner av dette dokumentet, nyeste først, med hva som ble endret.
effective-date = Ikrafttredelse
summary = Sammendrag
view-text = Tekst
view-changes = Endringer
first-version = Første versjon

changes-title = Endringer per { $date }
changes-between = Fra versjonen av { $from } til versjonen av { $to }.
changed-sections = Endrede avsnitt
opening-text = Innledning
words-added = { $count ->
    [one] { $count } ord lagt til
   *[other] { $count } ord lagt til
}
words-removed = { $count ->
    [one] { $count } ord fjernet
   *[other] { $count } ord fjernet
}
no-textual-change = Teksten er ikke endret; bare opplysningene om den (som tittel eller datoer) er endret.
previous-change = Forrige endring
next-change = Neste endring
change-views = Visning
view-inline = I teksten
view-side-by-side = Side om side
version-of = Versjon av { $date }
moved-away = Et tekststykke her er flyttet.
moved-away-link = Se hvor det står nå.
moved-here = Dette tekststykket er flyttet hit.
legend = I denne sammenligningen er tilføyd tekst understreket og fjernet tekst gjennomstreket.
no-previous-translation = Den forrige versjonen ble ikke oversatt til norsk, så endringene vises bare i originalen.
see-source-changes = Se endringene i originalen ({ $source }).

feed-title = { $site }: endringer i våre juridiske dokumenter
feed-link = Endringer i dokumentene (Atom-feed)

corrected-on = Rettet { $date }

notice-material = Les den nye teksten før den trer i kraft.
notice-not-material = Dette er ikke en vesentlig endring.

notice-since = Har du godtatt en tidligere versjon? Se alt som er endret siden:

since-title = Endringer siden versjonen av { $date }
since-versions = Versjonene siden da
view-since = Endringer siden
