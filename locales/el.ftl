# Ενσωματωμένα κείμενα διεπαφής του redline, ελληνικά.
# Το αρχείο locales/el.ftl ενός ιστότοπου μπορεί να αντικαταστήσει μεμονωμένα μηνύματα.

language-name = Ελληνικά

skip-to-content = Μετάβαση στο περιεχόμενο
site-navigation = Ιστότοπος
language-switcher = Γλώσσα
choose-language = Επιλέξτε γλώσσα
choose-language-intro = Τα νομικά μας κείμενα είναι διαθέσιμα στις εξής γλώσσες:
policies-heading = Νομικά κείμενα
policies-intro = Τα κείμενα που ισχύουν σήμερα, με όλες τις προηγούμενες και τις επερχόμενες εκδόσεις τους.
colon = :
last-updated = Τελευταία ενημέρωση
effective-since = Σε ισχύ από
takes-effect = Έναρξη ισχύος
contents = Περιεχόμενα
versions = Εκδόσεις
version-current = ισχύουσα
version-past = προηγούμενη
version-upcoming = επερχόμενη
back-to-top = Επιστροφή στην αρχή
print-page = Εκτύπωση σελίδας

untranslated-notice = Το κείμενο αυτό δεν έχει ακόμη μεταφραστεί στα ελληνικά. Διαβάζετε το πρωτότυπο κείμενο ({ $source }).
older-translation = Διαβάστε την ελληνική μετάφραση της έκδοσης με έναρξη ισχύος { $date }.


page-not-found = Η σελίδα δεν βρέθηκε
page-not-found-text = Δεν υπάρχει σελίδα σε αυτή τη διεύθυνση. Τα κείμενα παρατίθενται παρακάτω.

past-notice = Η παρούσα έκδοση ίσχυε από { $from } έως και { $to }.
upcoming-notice = Η παρούσα έκδοση τίθεται σε ισχύ στις { $date }.
read-current = Διαβάστε την ισχύουσα έκδοση.
not-yet-in-effect = Καμία έκδοση του κειμένου αυτού δεν έχει τεθεί ακόμη σε ισχύ.
upcoming-announcement = Το κείμενο αυτό τροποποιείται στις { $date }.
read-upcoming = Διαβάστε το νέο κείμενο
see-upcoming-changes = Δείτε τι αλλάζει
material-change = Ουσιώδης αλλαγή

history = Ιστορικό
history-title = Ιστορικό εκδόσεων
history-intro = Όλες οι εκδόσεις του κειμένου αυτού, ξεκινώντας από την πιο πρόσφατη, με τις αλλαγές τους.
effective-date = Ημερομηνία έναρξης ισχύος
summary = Σύνοψη
view-text = Κείμενο
view-changes = Αλλαγές
first-version = Πρώτη έκδοση

changes-title = Αλλαγές της { $date }
changes-between = Από την έκδοση της { $from } στην έκδοση της { $to }.
changed-sections = Ενότητες που άλλαξαν
opening-text = Εισαγωγικό κείμενο
words-added = { $count ->
    [one] { $count } λέξη προστέθηκε
   *[other] { $count } λέξεις προστέθηκαν
}
words-removed = { $count ->
    [one] { $count } λέξη αφαιρέθηκε
   *[other] { $count } λέξεις αφαιρέθηκαν
}
no-textual-change = Το κείμενο δεν άλλαξε. Άλλαξαν μόνο τα στοιχεία του (όπως ο τίτλος ή οι ημερομηνίες).
previous-change = Προηγούμενη αλλαγή
next-change = Επόμενη αλλαγή
change-views = Προβολή
view-inline = Μέσα στο κείμενο
view-side-by-side = Παράλληλα
version-of = Έκδοση της { $date }
moved-away = Ένα απόσπασμα μετακινήθηκε από εδώ.
moved-away-link = Δείτε τη νέα του θέση.
moved-here = Αυτό το απόσπασμα μετακινήθηκε εδώ.
legend = Στη σύγκριση αυτή, το κείμενο που προστέθηκε είναι υπογραμμισμένο και το κείμενο που αφαιρέθηκε είναι διαγραμμένο.
no-previous-translation = Η προηγούμενη έκδοση δεν μεταφράστηκε στα ελληνικά, γι’ αυτό οι αλλαγές της εμφανίζονται μόνο στο πρωτότυπο.
see-source-changes = Δείτε τις αλλαγές στο πρωτότυπο ({ $source }).

feed-title = { $site }: αλλαγές στα νομικά μας κείμενα
feed-link = Αλλαγές στα νομικά κείμενα (ροή Atom)

corrected-on = Διορθώθηκε στις { $date }

notice-material = Παρακαλούμε διαβάστε το νέο κείμενο πριν τεθεί σε ισχύ.
notice-not-material = Δεν πρόκειται για ουσιώδη αλλαγή.
notice-since = Έχετε αποδεχθεί προηγούμενη έκδοση; Δείτε όλες τις αλλαγές από τότε:

since-title = Αλλαγές από την έκδοση της { $date }
since-versions = Οι εκδόσεις από τότε
view-since = Αλλαγές από τότε
