# redline's built-in interface strings, English: the reference every other locale translates.
# A site's own locales/en.ftl overrides single messages. Templates read a message as
# t.<id with underscores>, e.g. t.skip_to_content.

# The language's own name, in the language itself (shown in the language switcher).
language-name = English

skip-to-content = Skip to content
site-navigation = Site
language-switcher = Language
choose-language = Choose your language
choose-language-intro = Our legal policies are available in these languages:
policies-heading = Legal policies
policies-intro = The policies that apply today, with every earlier and upcoming version.
# Between a label and its value ("Last updated: …"); French puts a narrow space before it.
colon = :
last-updated = Last updated
effective-since = In effect since
takes-effect = Takes effect
contents = Contents
versions = Versions
version-current = current
version-past = past
version-upcoming = upcoming
back-to-top = Back to top
print-page = Print this page

# Shown when a locale has no translation of the version on the page.
# $language: the reader's language; $source: the language of the text shown.
untranslated-notice = This text has not been translated into { $language } yet. You are reading the original text ({ $source }).
# A link to the latest translation this locale has, of an older version. $date: its effective date.
older-translation = Read the { $language } translation of the version in effect from { $date }.


page-not-found = Page not found
page-not-found-text = There is no page at this address. The policies are listed below.

# On a version page that is not the current one. $from: its effective date; $to: the last day
# it was in force (the day before the next version took effect), both included.
past-notice = This version applied from { $from } to { $to }.
upcoming-notice = This version takes effect on { $date }.
read-current = Read the current version.
not-yet-in-effect = No version of this policy is in effect yet.
# On the current page, for each version whose date has not come yet. $date: its effective date.
upcoming-announcement = This policy changes on { $date }.
read-upcoming = Read the new text
see-upcoming-changes = See what changes
# Marks a material change (`material: true`): one readers are told of in advance and accept anew.
material-change = Material change

history = History
history-title = Version history
history-intro = Every version of this policy, newest first, with what changed.
effective-date = Effective date
summary = Summary
view-text = Text
view-changes = Changes
first-version = First version

# The redline page. $date, $from, $to: effective dates.
changes-title = Changes of { $date }
changes-between = From the version of { $from } to the version of { $to }.
changed-sections = Changed sections
opening-text = Opening text
words-added = { $count ->
    [one] 1 word added
   *[other] { $count } words added
}
words-removed = { $count ->
    [one] 1 word removed
   *[other] { $count } words removed
}
no-textual-change = The text did not change; only its details (such as its title or dates) did.
previous-change = Previous change
next-change = Next change
change-views = View
view-inline = Inline
view-side-by-side = Side by side
version-of = Version of { $date }
moved-away = A passage here moved.
moved-away-link = See its new place.
moved-here = This passage moved here.
legend = In this redline, added text is underlined and removed text is struck through.
# On a translation's redline when the previous version was not translated. $source: a language.
no-previous-translation = The previous version was not translated into { $language }, so its changes are shown only in the original.
see-source-changes = See the changes in the original ({ $source }).

feed-title = { $site }: changes to our policies
feed-link = Policy changes (Atom feed)

# A correction of a published text. $date: when it was made.
corrected-on = Corrected on { $date }

# `redline notice`: the announcement of an upcoming version, for an e-mail or a banner.
# After "Material change:", what a reader should do.
notice-material = Please read the new text before it takes effect.
notice-not-material = This is not a material change.
# Before the links for readers who accepted an older version, one per version ("Version of …").
notice-since = Accepted an earlier version? See everything that has changed since:

# The page of everything that changed since an older version (/<locale>/<policy>/since/<date>/),
# for readers who accepted it. $date: that version's effective date.
since-title = Changes since the version of { $date }
# Above the list of the versions the page spans.
since-versions = The versions since then
# On the history page, beside each version before the current one: a link to its since page.
view-since = Changes since
