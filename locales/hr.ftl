# Ugrađeni tekstovi sučelja redlinea, hrvatski.
# Datoteka locales/hr.ftl web-mjesta može zamijeniti pojedine poruke.

language-name = Hrvatski

skip-to-content = Prijeđite na sadržaj
site-navigation = Web-mjesto
language-switcher = Jezik
choose-language = Odaberite jezik
choose-language-intro = Naši pravni dokumenti dostupni su na sljedećim jezicima:
policies-heading = Pravni dokumenti
policies-intro = Dokumenti koji su danas na snazi, sa svim ranijim i budućim verzijama.
colon = :
last-updated = Posljednje ažuriranje
effective-since = Na snazi od
takes-effect = Stupa na snagu
contents = Sadržaj
versions = Verzije
version-current = važeća
version-past = ranija
version-upcoming = buduća
back-to-top = Povratak na vrh
print-page = Ispišite ovu stranicu

untranslated-notice = Ovaj tekst još nije preveden na hrvatski. Čitate izvorni tekst ({ $source }).
older-translation = Pročitajte hrvatski prijevod verzije koja se primjenjuje od { $date }


page-not-found = Stranica nije pronađena
page-not-found-text = Na ovoj adresi nema stranice. Popis dokumenata nalazi se u nastavku.

past-notice = Ova se verzija primjenjivala od { $from } do { $to } (uključivo).
upcoming-notice = Ova verzija stupa na snagu { $date }
read-current = Pročitajte važeću verziju.
not-yet-in-effect = Nijedna verzija ovog dokumenta još nije na snazi.
upcoming-announcement = Ovaj se dokument mijenja { $date }
read-upcoming = Pročitajte novi tekst
see-upcoming-changes = Pogledajte što se mijenja
material-change = Bitna izmjena

history = Povijest
history-title = Povijest verzija
history-intro = Sve verzije ovog dokumenta, od najnovije, s opisom izmjena.
effective-date = Datum stupanja na snagu
summary = Sažetak
view-text = Tekst
view-changes = Izmjene
first-version = Prva verzija

changes-title = Izmjene od { $date }
changes-between = Razlike između verzije od { $from } i verzije od { $to }
changed-sections = Izmijenjeni odjeljci
opening-text = Uvodni tekst
words-added = { $count ->
    [one] { $count } dodana riječ
    [few] { $count } dodane riječi
   *[other] { $count } dodanih riječi
}
words-removed = { $count ->
    [one] { $count } uklonjena riječ
    [few] { $count } uklonjene riječi
   *[other] { $count } uklonjenih riječi
}
no-textual-change = Tekst se nije promijenio; promijenili su se samo njegovi podaci (npr. naslov ili datumi).
previous-change = Prethodna izmjena
next-change = Sljedeća izmjena
change-views = Prikaz
view-inline = U tekstu
view-side-by-side = Usporedno
version-of = Verzija od { $date }
moved-away = Odlomak s ovog mjesta premješten je.
moved-away-link = Pogledajte njegovo novo mjesto.
moved-here = Ovaj je odlomak premješten ovamo.
legend = U ovoj usporedbi dodani tekst je podcrtan, a uklonjeni tekst precrtan.
no-previous-translation = Prethodna verzija nije prevedena na hrvatski pa su njezine izmjene prikazane samo u izvorniku.
see-source-changes = Pogledajte izmjene u izvorniku ({ $source }).

feed-title = { $site }: izmjene naših pravnih dokumenata
feed-link = Izmjene pravnih dokumenata (Atom feed)

corrected-on = Ispravljeno { $date }

notice-material = Molimo vas da pročitate novi tekst prije nego što stupi na snagu.
notice-not-material = Ovo nije bitna izmjena.
notice-since = Prihvatili ste raniju verziju? Ovdje su sve izmjene od tada:

since-title = Izmjene nakon verzije od { $date }
since-versions = Verzije od tada
view-since = Izmjene od tada
