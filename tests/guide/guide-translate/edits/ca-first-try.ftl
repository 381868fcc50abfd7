# Interface strings for `ca`. Each message shows its English text in a comment.
# Translate a message by removing the `#` before its id and replacing the text; keep
# `{ $variables }` as they are.
# Messages left commented out show in `en`.

# en: language-name = English
language-name = Català

# en: skip-to-content = Skip to content
#skip-to-content = Skip to content

# en: site-navigation = Site
#site-navigation = Site

# en: language-switcher = Language
#language-switcher = Language

# en: choose-language = Choose your language
#choose-language = Choose your language

# en: choose-language-intro = Our legal policies are available in these languages:
#choose-language-intro = Our legal policies are available in these languages:

# en: policies-heading = Legal policies
#policies-heading = Legal policies

# en: policies-intro = The policies that apply today, with every earlier and upcoming version.
#policies-intro = The policies that apply today, with every earlier and upcoming version.

# en: colon = :
#colon = :

# en: last-updated = Last updated
last-updated = Darrera actualització

# en: effective-since = In effect since
effective-since = En vigor des de

# en: takes-effect = Takes effect
takes-effect = Entra en vigor

# en: contents = Contents
#contents = Contents

# en: versions = Versions
versions = Versions

# en: version-current = current
#version-current = current

# en: version-past = past
#version-past = past

# en: version-upcoming = upcoming
#version-upcoming = upcoming

# en: back-to-top = Back to top
#back-to-top = Back to top

# en: print-page = Print this page
#print-page = Print this page

# en: untranslated-notice = This text has not been translated into { $language } yet. You are reading the original text ({ $source }).
#untranslated-notice = This text has not been translated into { $language } yet. You are reading the original text ({ $source }).

# en: older-translation = Read the { $language } translation of the version in effect from { $date }.
#older-translation = Read the { $language } translation of the version in effect from { $date }.

# en: page-not-found = Page not found
#page-not-found = Page not found

# en: page-not-found-text = There is no page at this address. The policies are listed below.
#page-not-found-text = There is no page at this address. The policies are listed below.

# en: past-notice = This version applied from { $from } to { $to }.
#past-notice = This version applied from { $from } to { $to }.

# en: upcoming-notice = This version takes effect on { $date }.
upcoming-notice = Aquesta versió entra en vigor el { $data }.

# en: read-current = Read the current version.
#read-current = Read the current version.

# en: not-yet-in-effect = No version of this policy is in effect yet.
#not-yet-in-effect = No version of this policy is in effect yet.

# en: upcoming-announcement = This policy changes on { $date }.
#upcoming-announcement = This policy changes on { $date }.

# en: read-upcoming = Read the new text
#read-upcoming = Read the new text

# en: see-upcoming-changes = See what changes
#see-upcoming-changes = See what changes

# en: material-change = Material change
#material-change = Material change

# en: history = History
history = Historial

# en: history-title = Version history
#history-title = Version history

# en: history-intro = Every version of this policy, newest first, with what changed.
#history-intro = Every version of this policy, newest first, with what changed.

# en: effective-date = Effective date
#effective-date = Effective date

# en: summary = Summary
#summary = Summary

# en: view-text = Text
#view-text = Text

# en: view-changes = Changes
#view-changes = Changes

# en: first-version = First version
#first-version = First version

# en: changes-title = Changes of { $date }
#changes-title = Changes of { $date }

# en: changes-between = From the version of { $from } to the version of { $to }.
#changes-between = From the version of { $from } to the version of { $to }.

# en: changed-sections = Changed sections
#changed-sections = Changed sections

# en: opening-text = Opening text
#opening-text = Opening text

# en: words-added = { $count ->
# en:     [one] 1 word added
# en:    *[other] { $count } words added
# en: }
words-added = { $count ->
    [one] 1 paraula afegida
   *[other] { $count } paraules afegides
}

# en: words-removed = { $count ->
# en:     [one] 1 word removed
# en:    *[other] { $count } words removed
# en: }
#words-removed = { $count ->
#    [one] 1 word removed
#   *[other] { $count } words removed
#}

# en: no-textual-change = The text did not change; only its details (such as its title or dates) did.
#no-textual-change = The text did not change; only its details (such as its title or dates) did.

# en: previous-change = Previous change
#previous-change = Previous change

# en: next-change = Next change
#next-change = Next change

# en: change-views = View
#change-views = View

# en: view-inline = Inline
#view-inline = Inline

# en: view-side-by-side = Side by side
#view-side-by-side = Side by side

# en: version-of = Version of { $date }
#version-of = Version of { $date }

# en: moved-away = A passage here moved.
#moved-away = A passage here moved.

# en: moved-away-link = See its new place.
#moved-away-link = See its new place.

# en: moved-here = This passage moved here.
#moved-here = This passage moved here.

# en: legend = In this redline, added text is underlined and removed text is struck through.
#legend = In this redline, added text is underlined and removed text is struck through.

# en: no-previous-translation = The previous version was not translated into { $language }, so its changes are shown only in the original.
#no-previous-translation = The previous version was not translated into { $language }, so its changes are shown only in the original.

# en: see-source-changes = See the changes in the original ({ $source }).
#see-source-changes = See the changes in the original ({ $source }).

# en: feed-title = { $site }: changes to our policies
#feed-title = { $site }: changes to our policies

# en: feed-link = Policy changes (Atom feed)
#feed-link = Policy changes (Atom feed)

# en: corrected-on = Corrected on { $date }
#corrected-on = Corrected on { $date }

# en: notice-material = Please read the new text before it takes effect.
#notice-material = Please read the new text before it takes effect.

# en: notice-not-material = This is not a material change.
#notice-not-material = This is not a material change.

# en: notice-since = Accepted an earlier version? See everything that has changed since:
#notice-since = Accepted an earlier version? See everything that has changed since:

# en: since-title = Changes since the version of { $date }
#since-title = Changes since the version of { $date }

# en: since-versions = The versions since then
#since-versions = The versions since then

# en: view-since = Changes since
#view-since = Changes since
