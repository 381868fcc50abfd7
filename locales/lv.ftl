# redline iebūvētie saskarnes teksti, latviešu valoda.
# Vietnes fails locales/lv.ftl var aizstāt atsevišķus ziņojumus.

language-name = Latviešu

skip-to-content = Pāriet uz saturu
site-navigation = Vietne
language-switcher = Valoda
choose-language = Izvēlieties valodu
choose-language-intro = Mūsu juridiskie dokumenti ir pieejami šādās valodās:
policies-heading = Juridiskie dokumenti
policies-intro = Pašlaik spēkā esošie dokumenti ar visām iepriekšējām un turpmākajām versijām.
colon = :
last-updated = Pēdējo reizi atjaunināts
effective-since = Spēkā kopš
takes-effect = Stājas spēkā
contents = Saturs
versions = Versijas
version-current = spēkā esošā
version-past = iepriekšējā
version-upcoming = turpmākā
back-to-top = Uz lapas sākumu
print-page = Drukāt lapu

untranslated-notice = Šis teksts vēl nav tulkots latviešu valodā. Jūs lasāt oriģinālo tekstu ({ $source }).
older-translation = Lasiet tulkojumu latviešu valodā tai versijai, kas stājās spēkā šādā datumā: { $date }.


page-not-found = Lapa nav atrasta
page-not-found-text = Šajā adresē nav lapas. Dokumentu saraksts ir sniegts turpmāk.

past-notice = Šī versija bija spēkā šādā laikposmā: { $from } – { $to }.
upcoming-notice = Šī versija stāsies spēkā šādā datumā: { $date }.
read-current = Lasiet spēkā esošo versiju.
not-yet-in-effect = Neviena šī dokumenta versija vēl nav stājusies spēkā.
upcoming-announcement = Šis dokuments tiks mainīts šādā datumā: { $date }.
read-upcoming = Lasīt jauno tekstu
see-upcoming-changes = Skatīt, kas mainās
material-change = Būtiskas izmaiņas

history = Vēsture
history-title = Versiju vēsture
history-intro = Visas šī dokumenta versijas, sākot ar jaunāko, un to izmaiņas.
effective-date = Spēkā stāšanās datums
summary = Kopsavilkums
view-text = Teksts
view-changes = Izmaiņas
first-version = Pirmā versija

changes-title = Izmaiņas: { $date }
changes-between = No versijas ({ $from }) uz versiju ({ $to }).
changed-sections = Mainītās sadaļas
opening-text = Ievadteksts
words-added = { $count ->
    [zero] { $count } pievienotu vārdu
    [one] { $count } pievienots vārds
   *[other] { $count } pievienoti vārdi
}
words-removed = { $count ->
    [zero] { $count } dzēstu vārdu
    [one] { $count } dzēsts vārds
   *[other] { $count } dzēsti vārdi
}
no-textual-change = Teksts nav mainījies; ir mainījušies tikai tā dati (piemēram, nosaukums vai datumi).
previous-change = Iepriekšējās izmaiņas
next-change = Nākamās izmaiņas
change-views = Skats
view-inline = Tekstā
view-side-by-side = Blakus
version-of = Versija: { $date }
moved-away = Fragments no šīs vietas ir pārvietots.
moved-away-link = Skatīt tā jauno vietu.
moved-here = Šis fragments ir pārvietots šeit.
legend = Šajā salīdzinājumā pievienotais teksts ir pasvītrots, bet dzēstais teksts – pārsvītrots.
no-previous-translation = Iepriekšējā versija netika tulkota latviešu valodā, tāpēc tās izmaiņas ir redzamas tikai oriģinālvalodā.
see-source-changes = Skatīt izmaiņas oriģinālvalodā ({ $source }).

feed-title = { $site }: mūsu juridisko dokumentu izmaiņas
feed-link = Juridisko dokumentu izmaiņas (Atom plūsma)

corrected-on = Labots: { $date }

notice-material = Lūdzu, izlasiet jauno tekstu, pirms tas stājas spēkā.
notice-not-material = Šīs nav būtiskas izmaiņas.
notice-since = Vai esat pieņēmuši kādu iepriekšējo versiju? Skatiet visas izmaiņas kopš tās:

since-title = Izmaiņas kopš versijas ({ $date })
since-versions = Versijas kopš tās
view-since = Izmaiņas kopš šīs versijas
