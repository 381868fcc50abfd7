# Vestavěné texty rozhraní redline, čeština.
# Soubor locales/cs.ftl webu může nahradit jednotlivé zprávy.

language-name = Čeština

skip-to-content = Přejít na obsah
site-navigation = Web
language-switcher = Jazyk
choose-language = Zvolte si jazyk
choose-language-intro = Naše právní dokumenty jsou k dispozici v těchto jazycích:
policies-heading = Právní dokumenty
policies-intro = Dokumenty účinné v současnosti se všemi dřívějšími i budoucími verzemi.
colon = :
last-updated = Poslední aktualizace
effective-since = Účinnost od
takes-effect = Nabývá účinnosti
contents = Obsah
versions = Verze
version-current = aktuální
version-past = dřívější
version-upcoming = budoucí
back-to-top = Zpět nahoru
print-page = Vytisknout stránku

untranslated-notice = Tento text zatím nebyl přeložen do češtiny. Čtete původní znění ({ $source }).
older-translation = Přečtěte si český překlad verze účinné od { $date }.


page-not-found = Stránka nenalezena
page-not-found-text = Na této adrese žádná stránka není. Přehled dokumentů najdete níže.

past-notice = Tato verze byla účinná od { $from } do { $to }.
upcoming-notice = Tato verze nabývá účinnosti dnem { $date }.
read-current = Přečtěte si aktuální verzi.
not-yet-in-effect = Žádná verze tohoto dokumentu zatím nenabyla účinnosti.
upcoming-announcement = Tento dokument se mění s účinností od { $date }.
read-upcoming = Přečíst nové znění
see-upcoming-changes = Co se mění
material-change = Podstatná změna

history = Historie
history-title = Historie verzí
history-intro = Všechny verze tohoto dokumentu od nejnovější, včetně provedených změn.
effective-date = Datum účinnosti
summary = Shrnutí
view-text = Text
view-changes = Změny
first-version = První verze

changes-title = Změny účinné od { $date }
changes-between = Z verze ze dne { $from } na verzi ze dne { $to }.
changed-sections = Změněné oddíly
opening-text = Úvodní text
words-added = { $count ->
    [one] { $count } přidané slovo
    [few] { $count } přidaná slova
    [many] { $count } přidaného slova
   *[other] { $count } přidaných slov
}
words-removed = { $count ->
    [one] { $count } odstraněné slovo
    [few] { $count } odstraněná slova
    [many] { $count } odstraněného slova
   *[other] { $count } odstraněných slov
}
no-textual-change = Text se nezměnil; změnily se pouze jeho údaje (například název nebo data).
previous-change = Předchozí změna
next-change = Další změna
change-views = Zobrazení
view-inline = V textu
view-side-by-side = Vedle sebe
version-of = Verze ze dne { $date }
moved-away = Část textu z tohoto místa byla přesunuta.
moved-away-link = Zobrazit její nové umístění.
moved-here = Tato část textu byla přesunuta sem.
legend = V tomto porovnání je přidaný text podtržený a odstraněný text přeškrtnutý.
no-previous-translation = Předchozí verze nebyla přeložena do češtiny, a proto jsou její změny zobrazeny pouze v původním znění.
see-source-changes = Zobrazit změny v původním znění ({ $source }).

feed-title = { $site }: změny našich právních dokumentů
feed-link = Změny právních dokumentů (kanál Atom)

corrected-on = Opraveno dne { $date }

notice-material = Seznamte se prosím s novým zněním dříve, než nabude účinnosti.
notice-not-material = Nejde o podstatnou změnu.
notice-since = Přijali jste dřívější verzi? Zde najdete všechny změny provedené od té doby:

since-title = Změny od verze ze dne { $date }
since-versions = Verze vydané od té doby
view-since = Změny od této verze
