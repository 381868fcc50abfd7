# Wbudowane teksty interfejsu redline, język polski.
# Plik locales/pl.ftl witryny może zastąpić poszczególne komunikaty.

language-name = Polski

skip-to-content = Przejdź do treści
site-navigation = Witryna
language-switcher = Język
choose-language = Wybór języka
choose-language-intro = Nasze dokumenty prawne są dostępne w następujących językach:
policies-heading = Dokumenty prawne
policies-intro = Dokumenty obowiązujące obecnie wraz ze wszystkimi wcześniejszymi i przyszłymi wersjami.
colon = :
last-updated = Ostatnia aktualizacja
effective-since = Obowiązuje od
takes-effect = Wchodzi w życie
contents = Spis treści
versions = Wersje
version-current = obowiązująca
version-past = archiwalna
version-upcoming = przyszła
back-to-top = Powrót na górę strony
print-page = Drukuj stronę

untranslated-notice = Ten tekst nie został jeszcze przetłumaczony na język polski. Wyświetlamy tekst oryginalny ({ $source }).
older-translation = Polskie tłumaczenie wersji obowiązującej od { $date } r.


page-not-found = Nie znaleziono strony
page-not-found-text = Pod tym adresem nie ma żadnej strony. Wykaz dokumentów znajduje się poniżej.

past-notice = Ta wersja obowiązywała od { $from } r. do { $to } r.
upcoming-notice = Ta wersja wchodzi w życie z dniem { $date } r.
read-current = Przejdź do wersji obowiązującej.
not-yet-in-effect = Żadna wersja tego dokumentu jeszcze nie obowiązuje.
upcoming-announcement = Z dniem { $date } r. ten dokument ulega zmianie.
read-upcoming = Nowa treść dokumentu
see-upcoming-changes = Co się zmienia
material-change = Istotna zmiana

history = Historia
history-title = Historia wersji
history-intro = Wszystkie wersje tego dokumentu, od najnowszej, wraz z opisem zmian.
effective-date = Data wejścia w życie
summary = Podsumowanie
view-text = Tekst
view-changes = Zmiany
first-version = Pierwsza wersja

changes-title = Zmiany z dnia { $date } r.
changes-between = Od wersji z dnia { $from } r. do wersji z dnia { $to } r.
changed-sections = Zmienione sekcje
opening-text = Wprowadzenie
words-added = { $count ->
    [one] Dodano { $count } słowo
    [few] Dodano { $count } słowa
    [many] Dodano { $count } słów
   *[other] Dodano { $count } słowa
}
words-removed = { $count ->
    [one] Usunięto { $count } słowo
    [few] Usunięto { $count } słowa
    [many] Usunięto { $count } słów
   *[other] Usunięto { $count } słowa
}
no-textual-change = Tekst się nie zmienił; zmieniły się jedynie dane dokumentu (np. tytuł lub daty).
previous-change = Poprzednia zmiana
next-change = Następna zmiana
change-views = Widok
view-inline = W tekście
view-side-by-side = Obok siebie
version-of = Wersja z dnia { $date } r.
moved-away = Fragment z tego miejsca został przeniesiony.
moved-away-link = Przejdź do jego nowego miejsca.
moved-here = Ten fragment został przeniesiony tutaj.
legend = W tym zestawieniu zmian tekst dodany jest podkreślony, a tekst usunięty – przekreślony.
no-previous-translation = Poprzednia wersja nie została przetłumaczona na język polski, dlatego zmiany są pokazane wyłącznie w wersji oryginalnej.
see-source-changes = Przejdź do zmian w wersji oryginalnej ({ $source }).

feed-title = { $site }: zmiany w naszych dokumentach prawnych
feed-link = Zmiany w dokumentach prawnych (kanał Atom)

corrected-on = Poprawiono dnia { $date } r.

notice-material = Prosimy o zapoznanie się z nowym tekstem przed jego wejściem w życie.
notice-not-material = Nie jest to istotna zmiana.
notice-since = Zaakceptowali Państwo wcześniejszą wersję? Oto wszystkie zmiany wprowadzone od tego czasu:

since-title = Zmiany od wersji z dnia { $date } r.
since-versions = Wersje wprowadzone od tego czasu
view-since = Zmiany od tej wersji
