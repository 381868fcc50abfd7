# Ingebouwde interfaceteksten van redline, in het Nederlands.
# Het bestand locales/nl.ftl van een website kan afzonderlijke berichten vervangen.

language-name = Nederlands

skip-to-content = Naar de inhoud
site-navigation = Website
language-switcher = Taal
choose-language = Kies uw taal
choose-language-intro = Onze juridische documenten zijn beschikbaar in de volgende talen:
policies-heading = Juridische documenten
policies-intro = De documenten die vandaag gelden, met alle eerdere en toekomstige versies.
colon = :
last-updated = Laatst bijgewerkt
effective-since = Van kracht sinds
takes-effect = Van kracht vanaf
contents = Inhoud
versions = Versies
version-current = geldend
version-past = vervallen
version-upcoming = toekomstig
back-to-top = Terug naar boven
print-page = Deze pagina afdrukken

untranslated-notice = Deze tekst is nog niet in het Nederlands vertaald. U leest de oorspronkelijke tekst ({ $source }).
older-translation = Lees de Nederlandse vertaling van de versie die vanaf { $date } van kracht is.


page-not-found = Pagina niet gevonden
page-not-found-text = Op dit adres bestaat geen pagina. Hieronder vindt u onze juridische documenten.

past-notice = Deze versie was van kracht van { $from } tot en met { $to }.
upcoming-notice = Deze versie treedt in werking op { $date }.
read-current = Lees de geldende versie.
not-yet-in-effect = Er is nog geen versie van dit document van kracht.
upcoming-announcement = Dit document wordt gewijzigd per { $date }.
read-upcoming = Lees de nieuwe tekst
see-upcoming-changes = Bekijk wat er verandert
material-change = Wezenlijke wijziging

history = Geschiedenis
history-title = Versiegeschiedenis
history-intro = Alle versies van dit document, de nieuwste eerst, met de wijzigingen.
effective-date = Ingangsdatum
summary = Samenvatting
view-text = Tekst
view-changes = Wijzigingen
first-version = Eerste versie

changes-title = Wijzigingen per { $date }
changes-between = Van de versie van { $from } naar de versie van { $to }.
changed-sections = Gewijzigde onderdelen
opening-text = Inleiding
words-added = { $count ->
    [one] { $count } woord toegevoegd
   *[other] { $count } woorden toegevoegd
}
words-removed = { $count ->
    [one] { $count } woord verwijderd
   *[other] { $count } woorden verwijderd
}
no-textual-change = De tekst is niet gewijzigd; alleen de gegevens (zoals de titel of de data) zijn aangepast.
previous-change = Vorige wijziging
next-change = Volgende wijziging
change-views = Weergave
view-inline = In de tekst
view-side-by-side = Naast elkaar
version-of = Versie van { $date }
moved-away = Een passage op deze plek is verplaatst.
moved-away-link = Bekijk de nieuwe plaats.
moved-here = Deze passage is hierheen verplaatst.
legend = In deze vergelijking is toegevoegde tekst onderstreept en verwijderde tekst doorgestreept.
no-previous-translation = De vorige versie is niet in het Nederlands vertaald; de wijzigingen worden daarom alleen in de oorspronkelijke tekst getoond.
see-source-changes = Bekijk de wijzigingen in de oorspronkelijke tekst ({ $source }).

feed-title = { $site }: wijzigingen in onze juridische documenten
feed-link = Wijzigingen in de juridische documenten (Atom-feed)

corrected-on = Gecorrigeerd op { $date }

notice-material = Lees de nieuwe tekst voordat deze van kracht wordt.
notice-not-material = Dit is geen wezenlijke wijziging.

notice-since = Hebt u een eerdere versie aanvaard? Bekijk alles wat sindsdien is gewijzigd:

since-title = Wijzigingen sinds de versie van { $date }
since-versions = De versies sindsdien
view-since = Wijzigingen sindsdien
