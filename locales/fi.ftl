# redlinen sisäänrakennetut käyttöliittymätekstit, suomi.
# Sivuston locales/fi.ftl-tiedosto voi korvata yksittäisiä viestejä.

language-name = Suomi

skip-to-content = Siirry sisältöön
site-navigation = Sivusto
language-switcher = Kieli
choose-language = Valitse kieli
choose-language-intro = Oikeudelliset asiakirjamme ovat saatavilla seuraavilla kielillä:
policies-heading = Oikeudelliset asiakirjat
policies-intro = Tänään voimassa olevat asiakirjat sekä kaikki niiden aiemmat ja tulevat versiot.
colon = :
last-updated = Päivitetty viimeksi
effective-since = Voimassa alkaen
takes-effect = Tulee voimaan
contents = Sisällys
versions = Versiot
version-current = voimassa
version-past = aiempi
version-upcoming = tuleva
back-to-top = Takaisin ylös
print-page = Tulosta sivu

untranslated-notice = Tätä tekstiä ei ole vielä käännetty suomeksi. Sivulla näytetään alkuperäinen teksti ({ $source }).
older-translation = Lue suomenkielinen käännös versiosta, joka tuli voimaan { $date }.


page-not-found = Sivua ei löytynyt
page-not-found-text = Tässä osoitteessa ei ole sivua. Asiakirjat on lueteltu alla.

past-notice = Tämä versio oli voimassa { $from } – { $to }.
upcoming-notice = Tämä versio tulee voimaan { $date }.
read-current = Lue voimassa oleva versio.
not-yet-in-effect = Tämän asiakirjan mikään versio ei ole vielä voimassa.
upcoming-announcement = Tämä asiakirja muuttuu { $date }.
read-upcoming = Lue uusi teksti
see-upcoming-changes = Katso, mikä muuttuu
material-change = Olennainen muutos

history = Historia
history-title = Versiohistoria
history-intro = Tämän asiakirjan kaikki versiot uusimmasta alkaen muutoksineen.
effective-date = Voimaantulopäivä
summary = Yhteenveto
view-text = Teksti
view-changes = Muutokset
first-version = Ensimmäinen versio

changes-title = Muutokset { $date } alkaen
changes-between = Versiosta, joka tuli voimaan { $from }, versioon, joka tuli voimaan { $to }.
changed-sections = Muuttuneet kohdat
opening-text = Johdanto
words-added = { $count ->
    [one] { $count } sana lisätty
   *[other] { $count } sanaa lisätty
}
words-removed = { $count ->
    [one] { $count } sana poistettu
   *[other] { $count } sanaa poistettu
}
no-textual-change = Teksti ei muuttunut; vain sen tiedot (kuten otsikko tai päivämäärät) muuttuivat.
previous-change = Edellinen muutos
next-change = Seuraava muutos
change-views = Näkymä
view-inline = Tekstin sisällä
view-side-by-side = Rinnakkain
version-of = Versio { $date }
moved-away = Tästä kohdasta on siirretty tekstiä muualle.
moved-away-link = Katso sen uusi paikka.
moved-here = Tämä teksti on siirretty tähän.
legend = Tässä vertailussa lisätty teksti on alleviivattu ja poistettu teksti yliviivattu.
no-previous-translation = Edellistä versiota ei käännetty suomeksi, joten sen muutokset näytetään vain alkuperäiskielellä.
see-source-changes = Katso muutokset alkuperäiskielellä ({ $source }).

feed-title = { $site }: oikeudellisten asiakirjojemme muutokset
feed-link = Oikeudellisten asiakirjojen muutokset (Atom-syöte)

corrected-on = Korjattu { $date }

notice-material = Lue uusi teksti ennen sen voimaantuloa.
notice-not-material = Tämä ei ole olennainen muutos.
notice-since = Jos olet hyväksynyt aiemman version, katso kaikki sen jälkeen tehdyt muutokset:

since-title = Muutokset { $date } voimaan tulleen version jälkeen
since-versions = Sen jälkeiset versiot
view-since = Myöhemmät muutokset
