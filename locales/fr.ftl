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

past-notice = Cette version n’est plus en vigueur.
upcoming-notice = Cette version entrera en vigueur le { $date }.
read-current = Lire la version en vigueur.
not-yet-in-effect = Aucune version de cette politique n’est encore en vigueur.

page-not-found = Page introuvable
page-not-found-text = Aucune page ne se trouve à cette adresse. Nos politiques sont listées ci-dessous.
