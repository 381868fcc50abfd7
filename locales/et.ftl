# redline’i sisseehitatud liidesetekstid, eesti keel.
# Veebisaidi fail locales/et.ftl võib üksikud sõnumid asendada.

language-name = Eesti

skip-to-content = Liigu sisu juurde
site-navigation = Veebisait
language-switcher = Keel
choose-language = Valige keel
choose-language-intro = Meie õiguslikud dokumendid on saadaval järgmistes keeltes:
policies-heading = Õiguslikud dokumendid
policies-intro = Praegu kehtivad dokumendid koos kõigi varasemate ja tulevaste versioonidega.
colon = :
last-updated = Viimati uuendatud
effective-since = Kehtib alates
takes-effect = Jõustub
contents = Sisukord
versions = Versioonid
version-current = kehtiv
version-past = varasem
version-upcoming = tulevane
back-to-top = Tagasi üles
print-page = Prindi leht

untranslated-notice = Seda teksti ei ole veel eesti keelde tõlgitud. Te loete originaalteksti ({ $source }).
older-translation = Lugege eestikeelset tõlget versioonist seisuga { $date }.


page-not-found = Lehte ei leitud
page-not-found-text = Sellel aadressil lehte ei ole. Dokumentide loetelu on allpool.

past-notice = See versioon kehtis ajavahemikul { $from } – { $to }.
upcoming-notice = Selle versiooni jõustumise kuupäev on { $date }.
read-current = Lugege kehtivat versiooni.
not-yet-in-effect = Selle dokumendi ükski versioon ei ole veel jõustunud.
upcoming-announcement = Selle dokumendi muudatuste jõustumise kuupäev on { $date }.
read-upcoming = Lugege uut teksti
see-upcoming-changes = Vaadake, mis muutub
material-change = Oluline muudatus

history = Ajalugu
history-title = Versioonide ajalugu
history-intro = Selle dokumendi kõik versioonid, alates uusimast, koos muudatustega.
effective-date = Jõustumise kuupäev
summary = Kokkuvõte
view-text = Tekst
view-changes = Muudatused
first-version = Esimene versioon

changes-title = Muudatused seisuga { $date }
changes-between = Versioonist seisuga { $from } versioonini seisuga { $to }.
changed-sections = Muudetud jaotised
opening-text = Sissejuhatav tekst
words-added = { $count ->
    [one] { $count } lisatud sõna
   *[other] { $count } lisatud sõna
}
words-removed = { $count ->
    [one] { $count } eemaldatud sõna
   *[other] { $count } eemaldatud sõna
}
no-textual-change = Tekst ei muutunud; muutusid ainult selle andmed (näiteks pealkiri või kuupäevad).
previous-change = Eelmine muudatus
next-change = Järgmine muudatus
change-views = Vaade
view-inline = Tekstis
view-side-by-side = Kõrvuti
version-of = Versioon seisuga { $date }
moved-away = Lõik on siit mujale teisaldatud.
moved-away-link = Vaadake selle uut asukohta.
moved-here = See lõik on teisaldatud siia.
legend = Selles võrdluses on lisatud tekst alla joonitud ja eemaldatud tekst läbi kriipsutatud.
no-previous-translation = Eelmist versiooni ei ole eesti keelde tõlgitud, mistõttu selle muudatusi näidatakse ainult originaalkeeles.
see-source-changes = Vaadake muudatusi originaalkeeles ({ $source }).

feed-title = { $site }: meie õiguslike dokumentide muudatused
feed-link = Õiguslike dokumentide muudatused (Atomi voog)

corrected-on = Parandatud: { $date }

notice-material = Palun lugege uus tekst läbi enne selle jõustumist.
notice-not-material = See ei ole oluline muudatus.
notice-since = Kas nõustusite varasema versiooniga? Vaadake kõiki pärast seda tehtud muudatusi:

since-title = Muudatused alates versioonist seisuga { $date }
since-versions = Hilisemad versioonid
view-since = Hilisemad muudatused
