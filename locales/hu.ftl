# A redline beépített felületi szövegei, magyar.
# A webhely locales/hu.ftl fájlja egyes üzeneteket felülírhat.

language-name = Magyar

skip-to-content = Ugrás a tartalomra
site-navigation = Webhely
language-switcher = Nyelv
choose-language = Válassza ki a nyelvet
choose-language-intro = Jogi dokumentumaink a következő nyelveken érhetők el:
policies-heading = Jogi dokumentumok
policies-intro = A ma hatályos dokumentumok, valamennyi korábbi és jövőbeli változatukkal együtt.
colon = :
last-updated = Utolsó frissítés
effective-since = Hatály kezdete
takes-effect = Hatálybalépés napja
contents = Tartalom
versions = Változatok
version-current = hatályos
version-past = korábbi
version-upcoming = jövőbeli
back-to-top = Vissza az oldal tetejére
print-page = Az oldal nyomtatása

untranslated-notice = Ezt a szöveget még nem fordították le magyarra. Ön az eredeti szöveget olvassa ({ $source }).
older-translation = Olvassa el a { $date } napjától hatályos változat magyar fordítását.


page-not-found = Az oldal nem található
page-not-found-text = Ezen a címen nincs oldal. A dokumentumok listáját alább találja.

past-notice = Ez a változat { $from } napjától { $to } napjáig volt hatályos.
upcoming-notice = Ez a változat { $date } napján lép hatályba.
read-current = Olvassa el a hatályos változatot.
not-yet-in-effect = Ennek a dokumentumnak még egyetlen változata sem lépett hatályba.
upcoming-announcement = Ez a dokumentum { $date } napján módosul.
read-upcoming = Az új szöveg elolvasása
see-upcoming-changes = A változások megtekintése
material-change = Lényeges változás

history = Előzmények
history-title = A változatok története
history-intro = A dokumentum összes változata, a legújabbal kezdve, a módosításokkal együtt.
effective-date = Hatálybalépés napja
summary = Összefoglalás
view-text = Szöveg
view-changes = Változások
first-version = Első változat

changes-title = A { $date } napjától hatályos változások
changes-between = Összehasonlítás: a { $from } napjától hatályos változat és a { $to } napjától hatályos változat.
changed-sections = Módosított szakaszok
opening-text = Bevezető szöveg
words-added = { $count ->
    [one] { $count } hozzáadott szó
   *[other] { $count } hozzáadott szó
}
words-removed = { $count ->
    [one] { $count } törölt szó
   *[other] { $count } törölt szó
}
no-textual-change = A szöveg nem változott, csak egyes adatai (például a címe vagy a dátumok).
previous-change = Előző változás
next-change = Következő változás
change-views = Nézet
view-inline = Szövegen belül
view-side-by-side = Egymás mellett
version-of = A { $date } napjától hatályos változat
moved-away = Innen egy szövegrész máshová került.
moved-away-link = Ugrás az új helyére.
moved-here = Ez a szövegrész ide került.
legend = Ebben az összevetésben a hozzáadott szöveg aláhúzva, a törölt szöveg áthúzva látható.
no-previous-translation = Az előző változatot nem fordították le magyarra, ezért a változásai csak az eredeti nyelven láthatók.
see-source-changes = A változások megtekintése az eredeti nyelven ({ $source }).

feed-title = { $site }: jogi dokumentumaink változásai
feed-link = A jogi dokumentumok változásai (Atom-hírcsatorna)

corrected-on = Javítva: { $date }

notice-material = Kérjük, olvassa el az új szöveget, mielőtt hatályba lép.
notice-not-material = Ez nem lényeges változás.
notice-since = Egy korábbi változatot fogadott el? Itt láthatja az azóta történt összes változást:

since-title = Változások a { $date } napjától hatályos változat óta
since-versions = Az azóta megjelent változatok
view-since = Változások azóta
