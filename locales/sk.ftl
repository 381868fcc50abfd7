# Vstavané texty rozhrania redline, slovenčina.
# Súbor locales/sk.ftl webu môže nahradiť jednotlivé správy.

language-name = Slovenčina

skip-to-content = Prejsť na obsah
site-navigation = Web
language-switcher = Jazyk
choose-language = Vyberte si jazyk
choose-language-intro = Naše právne dokumenty sú k dispozícii v týchto jazykoch:
policies-heading = Právne dokumenty
policies-intro = Dokumenty účinné v súčasnosti so všetkými predchádzajúcimi aj budúcimi verziami.
colon = :
last-updated = Posledná aktualizácia
effective-since = Účinnosť od
takes-effect = Nadobúda účinnosť
contents = Obsah
versions = Verzie
version-current = aktuálna
version-past = predchádzajúca
version-upcoming = budúca
back-to-top = Späť na začiatok
print-page = Vytlačiť stránku

untranslated-notice = Tento text zatiaľ nebol preložený do slovenčiny. Čítate pôvodné znenie ({ $source }).
older-translation = Prečítajte si slovenský preklad verzie účinnej od { $date }.


page-not-found = Stránka sa nenašla
page-not-found-text = Na tejto adrese sa nenachádza žiadna stránka. Prehľad dokumentov nájdete nižšie.

past-notice = Táto verzia bola účinná od { $from } do { $to }.
upcoming-notice = Táto verzia nadobúda účinnosť { $date }.
read-current = Prečítajte si aktuálnu verziu.
not-yet-in-effect = Žiadna verzia tohto dokumentu zatiaľ nenadobudla účinnosť.
upcoming-announcement = Tento dokument sa mení s účinnosťou od { $date }.
read-upcoming = Prečítať nové znenie
see-upcoming-changes = Čo sa mení
material-change = Podstatná zmena

history = História
history-title = História verzií
history-intro = Všetky verzie tohto dokumentu od najnovšej vrátane vykonaných zmien.
effective-date = Dátum účinnosti
summary = Zhrnutie
view-text = Text
view-changes = Zmeny
first-version = Prvá verzia

changes-title = Zmeny účinné od { $date }
changes-between = Z verzie z { $from } na verziu z { $to }.
changed-sections = Zmenené časti
opening-text = Úvodný text
words-added = { $count ->
    [one] { $count } pridané slovo
    [few] { $count } pridané slová
    [many] { $count } pridaného slova
   *[other] { $count } pridaných slov
}
words-removed = { $count ->
    [one] { $count } odstránené slovo
    [few] { $count } odstránené slová
    [many] { $count } odstráneného slova
   *[other] { $count } odstránených slov
}
no-textual-change = Text sa nezmenil; zmenili sa iba jeho údaje (napríklad názov alebo dátumy).
previous-change = Predchádzajúca zmena
next-change = Nasledujúca zmena
change-views = Zobrazenie
view-inline = V texte
view-side-by-side = Vedľa seba
version-of = Verzia z { $date }
moved-away = Časť textu z tohto miesta bola presunutá.
moved-away-link = Zobraziť jej nové umiestnenie.
moved-here = Táto časť textu bola presunutá sem.
legend = V tomto porovnaní je pridaný text podčiarknutý a odstránený text prečiarknutý.
no-previous-translation = Predchádzajúca verzia nebola preložená do slovenčiny, preto sa jej zmeny zobrazujú iba v pôvodnom znení.
see-source-changes = Zobraziť zmeny v pôvodnom znení ({ $source }).

feed-title = { $site }: zmeny našich právnych dokumentov
feed-link = Zmeny právnych dokumentov (kanál Atom)

corrected-on = Opravené dňa { $date }

notice-material = Pred nadobudnutím účinnosti si, prosím, prečítajte nové znenie.
notice-not-material = Nejde o podstatnú zmenu.
notice-since = Prijali ste predchádzajúcu verziu? Tu nájdete všetky zmeny vykonané odvtedy:

since-title = Zmeny od verzie z { $date }
since-versions = Verzie vydané odvtedy
view-since = Zmeny od tejto verzie
