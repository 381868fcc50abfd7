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

# On a version page that is not the current one. $date: an effective date.
past-notice = This version is no longer in effect.
upcoming-notice = This version takes effect on { $date }.
read-current = Read the current version.
not-yet-in-effect = No version of this policy is in effect yet.

page-not-found = Page not found
page-not-found-text = There is no page at this address. The policies are listed below.
