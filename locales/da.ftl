# Indbyggede grænsefladetekster i redline, dansk.
# Et websteds fil locales/da.ftl kan erstatte enkelte meddelelser.

language-name = Dansk

skip-to-content = Gå til indhold
site-navigation = Websted
language-switcher = Sprog
choose-language = Vælg sprog
choose-language-intro = Vores juridiske dokumenter findes på disse sprog:
policies-heading = Juridiske dokumenter
policies-intro = De dokumenter, der gælder i dag, med alle tidligere og kommende versioner.
colon = :
last-updated = Senest opdateret
effective-since = Gældende fra
takes-effect = Træder i kraft
contents = Indhold
versions = Versioner
version-current = gældende
version-past = tidligere
version-upcoming = kommende
back-to-top = Til toppen
print-page = Udskriv siden

untranslated-notice = Denne tekst er endnu ikke oversat til dansk. Du læser den originale tekst ({ $source }).
older-translation = Læs den danske oversættelse af den version, der trådte i kraft den { $date }.


page-not-found = Siden blev ikke fundet
page-not-found-text = Der findes ingen side på denne adresse. Dokumenterne er vist nedenfor.

past-notice = Denne version gjaldt fra og med den { $from } til og med den { $to }.
upcoming-notice = Denne version træder i kraft den { $date }.
read-current = Læs den gældende version.
not-yet-in-effect = Ingen version af dette dokument er trådt i kraft endnu.
upcoming-announcement = Dette dokument ændres den { $date }.
read-upcoming = Læs den nye tekst
see-upcoming-changes = Se, hvad der ændres
material-change = Væsentlig ændring

history = Historik
history-title = Versionshistorik
history-intro = Alle versioner af dette dokument, nyeste først, med de ændringer, der blev foretaget.
effective-date = Ikrafttrædelsesdato
summary = Resumé
view-text = Tekst
view-changes = Ændringer
first-version = Første version

changes-title = Ændringer pr. { $date }
changes-between = Fra versionen af { $from } til versionen af { $to }.
changed-sections = Ændrede afsnit
opening-text = Indledende tekst
words-added = { $count ->
    [one] { $count } ord tilføjet
   *[other] { $count } ord tilføjet
}
words-removed = { $count ->
    [one] { $count } ord fjernet
   *[other] { $count } ord fjernet
}
no-textual-change = Teksten er ikke ændret; kun dens oplysninger (f.eks. titel eller datoer) er ændret.
previous-change = Forrige ændring
next-change = Næste ændring
change-views = Visning
view-inline = I teksten
view-side-by-side = Side om side
version-of = Version af { $date }
moved-away = Et afsnit er flyttet herfra.
moved-away-link = Se dets nye placering.
moved-here = Dette afsnit er flyttet hertil.
legend = I denne sammenligning er tilføjet tekst understreget, og fjernet tekst er gennemstreget.
no-previous-translation = Den forrige version blev ikke oversat til dansk, så dens ændringer vises kun i originalen.
see-source-changes = Se ændringerne i originalen ({ $source }).

feed-title = { $site }: ændringer i vores juridiske dokumenter
feed-link = Ændringer i juridiske dokumenter (Atom-feed)

corrected-on = Rettet den { $date }

notice-material = Læs venligst den nye tekst, før den træder i kraft.
notice-not-material = Dette er ikke en væsentlig ændring.
notice-since = Har du accepteret en tidligere version? Se alt, hvad der er ændret siden da:

since-title = Ændringer siden versionen af { $date }
since-versions = Versionerne siden da
view-since = Ændringer siden da
