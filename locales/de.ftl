# In redline integrierte Oberflächentexte, Deutsch.
# Die Datei locales/de.ftl einer Website kann einzelne Meldungen ersetzen.

language-name = Deutsch

skip-to-content = Zum Inhalt springen
site-navigation = Website
language-switcher = Sprache
choose-language = Wählen Sie Ihre Sprache
choose-language-intro = Unsere Rechtstexte sind in folgenden Sprachen verfügbar:
policies-heading = Rechtstexte
policies-intro = Die heute geltenden Rechtstexte mit allen früheren und künftigen Fassungen.
colon = :
last-updated = Zuletzt aktualisiert
effective-since = In Kraft seit
takes-effect = Inkrafttreten
contents = Inhalt
versions = Fassungen
version-current = in Kraft
version-past = außer Kraft
version-upcoming = künftig
back-to-top = Nach oben
print-page = Diese Seite drucken

untranslated-notice = Dieser Text wurde noch nicht ins Deutsche übersetzt. Sie lesen den Originaltext ({ $source }).
older-translation = Deutsche Übersetzung der ab dem { $date } geltenden Fassung lesen.


page-not-found = Seite nicht gefunden
page-not-found-text = Unter dieser Adresse gibt es keine Seite. Unsere Rechtstexte finden Sie unten.

past-notice = Diese Fassung galt vom { $from } bis zum { $to }.
upcoming-notice = Diese Fassung tritt am { $date } in Kraft.
read-current = Aktuelle Fassung lesen.
not-yet-in-effect = Von diesem Dokument ist noch keine Fassung in Kraft.
upcoming-announcement = Dieses Dokument wird am { $date } geändert.
read-upcoming = Neue Fassung lesen
see-upcoming-changes = Änderungen ansehen
material-change = Wesentliche Änderung

history = Verlauf
history-title = Versionsverlauf
history-intro = Alle Fassungen dieses Dokuments, die neueste zuerst, mit den jeweiligen Änderungen.
effective-date = Gültig ab
summary = Zusammenfassung
view-text = Text
view-changes = Änderungen
first-version = Erste Fassung

changes-title = Änderungen vom { $date }
changes-between = Von der Fassung vom { $from } zur Fassung vom { $to }.
changed-sections = Geänderte Abschnitte
opening-text = Einleitung
words-added = { $count ->
    [one] { $count } Wort hinzugefügt
   *[other] { $count } Wörter hinzugefügt
}
words-removed = { $count ->
    [one] { $count } Wort entfernt
   *[other] { $count } Wörter entfernt
}
no-textual-change = Der Text ist unverändert; geändert wurden nur Angaben wie Titel oder Daten.
previous-change = Vorherige Änderung
next-change = Nächste Änderung
change-views = Ansicht
view-inline = Im Text
view-side-by-side = Nebeneinander
version-of = Fassung vom { $date }
moved-away = Eine Passage wurde von hier verschoben.
moved-away-link = Neue Position anzeigen.
moved-here = Diese Passage wurde hierher verschoben.
legend = In dieser Vergleichsansicht ist hinzugefügter Text unterstrichen und entfernter Text durchgestrichen.
no-previous-translation = Die vorherige Fassung wurde nicht ins Deutsche übersetzt; ihre Änderungen werden daher nur im Original angezeigt.
see-source-changes = Änderungen im Original ansehen ({ $source }).

feed-title = { $site }: Änderungen unserer Rechtstexte
feed-link = Änderungen der Rechtstexte (Atom-Feed)

corrected-on = Berichtigt am { $date }

notice-material = Bitte lesen Sie die neue Fassung, bevor sie in Kraft tritt.
notice-not-material = Es handelt sich nicht um eine wesentliche Änderung.

notice-since = Sie haben einer früheren Fassung zugestimmt? Hier sehen Sie alle Änderungen seitdem:

since-title = Änderungen seit der Fassung vom { $date }
since-versions = Die Fassungen seitdem
view-since = Änderungen seitdem
