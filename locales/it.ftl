# Testi dell’interfaccia integrati in redline, in italiano.
# Il file locales/it.ftl di un sito può sostituire ogni singolo messaggio.

language-name = Italiano

skip-to-content = Vai al contenuto
site-navigation = Sito
language-switcher = Lingua
choose-language = Scelga la lingua
choose-language-intro = I nostri documenti legali sono disponibili nelle seguenti lingue:
policies-heading = Documenti legali
policies-intro = I documenti attualmente in vigore, con tutte le versioni precedenti e future.
colon = :
last-updated = Ultimo aggiornamento
effective-since = In vigore dal
takes-effect = Entrata in vigore
contents = Indice
versions = Versioni
version-current = in vigore
version-past = precedente
version-upcoming = futura
back-to-top = Torna all’inizio
print-page = Stampa questa pagina

untranslated-notice = Questo testo non è ancora stato tradotto in italiano. Sta leggendo il testo originale ({ $source }).
older-translation = Consulti la traduzione italiana della versione in vigore dal { $date }.


page-not-found = Pagina non trovata
page-not-found-text = Non esiste alcuna pagina a questo indirizzo. Di seguito trova l’elenco dei nostri documenti legali.

past-notice = Questa versione è stata in vigore dal { $from } al { $to }.
upcoming-notice = Questa versione entrerà in vigore il { $date }.
read-current = Consulti la versione in vigore.
not-yet-in-effect = Nessuna versione di questo documento è ancora in vigore.
upcoming-announcement = Questo documento cambierà il { $date }.
read-upcoming = Consulti il nuovo testo
see-upcoming-changes = Scopra cosa cambia
material-change = Modifica sostanziale

history = Cronologia
history-title = Cronologia delle versioni
history-intro = Tutte le versioni di questo documento, dalla più recente alla meno recente, con le relative modifiche.
effective-date = Data di entrata in vigore
summary = Sintesi
view-text = Testo
view-changes = Modifiche
first-version = Prima versione

changes-title = Modifiche del { $date }
changes-between = Dalla versione del { $from } alla versione del { $to }.
changed-sections = Sezioni modificate
opening-text = Testo introduttivo
words-added = { $count ->
    [one] { $count } parola aggiunta
   *[other] { $count } parole aggiunte
}
words-removed = { $count ->
    [one] { $count } parola eliminata
   *[other] { $count } parole eliminate
}
no-textual-change = Il testo non è cambiato; sono stati modificati solo alcuni dettagli, come il titolo o le date.
previous-change = Modifica precedente
next-change = Modifica successiva
change-views = Visualizzazione
view-inline = Nel testo
view-side-by-side = Affiancata
version-of = Versione del { $date }
moved-away = Un passaggio è stato spostato da qui.
moved-away-link = Ecco la sua nuova posizione.
moved-here = Questo passaggio è stato spostato qui.
legend = In questo confronto, il testo aggiunto è sottolineato e il testo eliminato è barrato.
no-previous-translation = La versione precedente non è stata tradotta in italiano, pertanto le relative modifiche sono mostrate solo nell’originale.
see-source-changes = Consulti le modifiche nell’originale ({ $source }).

feed-title = { $site }: modifiche ai nostri documenti legali
feed-link = Modifiche ai documenti legali (feed Atom)

corrected-on = Corretto il { $date }

notice-material = La preghiamo di leggere il nuovo testo prima che entri in vigore.
notice-not-material = Non si tratta di una modifica sostanziale.

notice-since = Ha accettato una versione precedente? Ecco tutte le modifiche da allora:

since-title = Modifiche dalla versione del { $date }
since-versions = Le versioni da allora
view-since = Modifiche da allora
