# Textes d'interface intégrés à redline, en français.
# Le fichier locales/fr.ftl d'un site peut remplacer chaque message.

language-name = Français

skip-to-content = Aller au contenu
site-navigation = Site
language-switcher = Langue
choose-language = Choisissez votre langue
choose-language-intro = Nos politiques juridiques sont disponibles dans ces langues :
policies-heading = Politiques juridiques
policies-intro = Les politiques en vigueur aujourd’hui, avec toutes leurs versions antérieures et à venir.
colon = { "\u202F" }:
last-updated = Dernière mise à jour
effective-since = En vigueur depuis
takes-effect = Date d’entrée en vigueur
contents = Sommaire
versions = Versions
version-current = en vigueur
version-past = antérieure
version-upcoming = à venir
back-to-top = Haut de page
print-page = Imprimer cette page

untranslated-notice = Ce texte n’est pas encore traduit en français. Vous lisez le texte original ({ $source }).
older-translation = Lire la traduction française de la version en vigueur à partir du { $date }.


page-not-found = Page introuvable
page-not-found-text = Aucune page ne se trouve à cette adresse. Nos politiques sont listées ci-dessous.

past-notice = Cette version s’appliquait du { $from } au { $to }.
upcoming-notice = Cette version entrera en vigueur le { $date }.
read-current = Lire la version en vigueur.
not-yet-in-effect = Aucune version de cette politique n’est encore en vigueur.
upcoming-announcement = Cette politique change le { $date }.
read-upcoming = Lire le nouveau texte
see-upcoming-changes = Voir ce qui change
material-change = Modification substantielle

history = Historique
history-title = Historique des versions
history-intro = Toutes les versions de cette politique, de la plus récente à la plus ancienne, avec leurs modifications.
effective-date = Date d’entrée en vigueur
summary = Résumé
view-text = Texte
view-changes = Modifications
first-version = Première version

changes-title = Modifications du { $date }
changes-between = De la version du { $from } à la version du { $to }.
changed-sections = Sections modifiées
opening-text = Texte d’introduction
words-added = { $count ->
    [one] { $count } mot ajouté
   *[other] { $count } mots ajoutés
}
words-removed = { $count ->
    [one] { $count } mot supprimé
   *[other] { $count } mots supprimés
}
no-textual-change = Le texte n’a pas changé ; seuls certains éléments (titre, dates) ont été modifiés.
previous-change = Modification précédente
next-change = Modification suivante
change-views = Affichage
view-inline = Intégré
view-side-by-side = Côte à côte
version-of = Version du { $date }
moved-away = Un passage a été déplacé d’ici.
moved-away-link = Voir son nouvel emplacement.
moved-here = Ce passage a été déplacé ici.
legend = Dans ce comparatif, le texte ajouté est souligné et le texte supprimé est barré.
no-previous-translation = La version précédente n’a pas été traduite en français ; ses modifications ne sont présentées que dans l’original.
see-source-changes = Voir les modifications dans l’original ({ $source }).

feed-title = { $site } : modifications de nos politiques
feed-link = Modifications des politiques (flux Atom)

corrected-on = Corrigé le { $date }

notice-material = Veuillez lire le nouveau texte avant son entrée en vigueur.
notice-not-material = Cette modification n’est pas substantielle.

notice-since = Vous avez accepté une version antérieure ? Voici tout ce qui a changé depuis :

since-title = Modifications depuis la version du { $date }
since-versions = Les versions depuis
view-since = Modifications depuis
