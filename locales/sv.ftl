# Inbyggda gränssnittstexter i redline, svenska.
# En webbplats fil locales/sv.ftl kan ersätta enskilda meddelanden.

language-name = Svenska

skip-to-content = Hoppa till innehållet
site-navigation = Webbplats
language-switcher = Språk
choose-language = Välj språk
choose-language-intro = Våra juridiska dokument finns på följande språk:
policies-heading = Juridiska dokument
policies-intro = De dokument som gäller i dag, med alla tidigare och kommande versioner.
colon = :
last-updated = Senast uppdaterad
effective-since = Gäller från
takes-effect = Träder i kraft
contents = Innehåll
versions = Versioner
version-current = gällande
version-past = tidigare
version-upcoming = kommande
back-to-top = Till början av sidan
print-page = Skriv ut sidan

untranslated-notice = Den här texten har ännu inte översatts till svenska. Du läser originaltexten ({ $source }).
older-translation = Läs den svenska översättningen av den version som trädde i kraft den { $date }.


page-not-found = Sidan hittades inte
page-not-found-text = Det finns ingen sida på den här adressen. Dokumenten listas nedan.

past-notice = Den här versionen gällde från och med den { $from } till och med den { $to }.
upcoming-notice = Den här versionen träder i kraft den { $date }.
read-current = Läs den gällande versionen.
not-yet-in-effect = Ingen version av det här dokumentet har trätt i kraft ännu.
upcoming-announcement = Det här dokumentet ändras den { $date }.
read-upcoming = Läs den nya texten
see-upcoming-changes = Se vad som ändras
material-change = Väsentlig ändring

history = Historik
history-title = Versionshistorik
history-intro = Alla versioner av det här dokumentet, den senaste först, med vad som ändrades.
effective-date = Ikraftträdande
summary = Sammanfattning
view-text = Text
view-changes = Ändringar
first-version = Första versionen

changes-title = Ändringar från den { $date }
changes-between = Från versionen av den { $from } till versionen av den { $to }.
changed-sections = Ändrade avsnitt
opening-text = Inledande text
words-added = { $count ->
    [one] { $count } ord tillagt
   *[other] { $count } ord tillagda
}
words-removed = { $count ->
    [one] { $count } ord borttaget
   *[other] { $count } ord borttagna
}
no-textual-change = Texten har inte ändrats, bara dess uppgifter (till exempel titel eller datum).
previous-change = Föregående ändring
next-change = Nästa ändring
change-views = Visning
view-inline = I texten
view-side-by-side = Sida vid sida
version-of = Versionen av den { $date }
moved-away = Ett stycke har flyttats härifrån.
moved-away-link = Se var det finns nu.
moved-here = Det här stycket har flyttats hit.
legend = I den här jämförelsen är tillagd text understruken och borttagen text överstruken.
no-previous-translation = Den föregående versionen översattes inte till svenska, så dess ändringar visas bara i originalet.
see-source-changes = Se ändringarna i originalet ({ $source }).

feed-title = { $site }: ändringar i våra juridiska dokument
feed-link = Ändringar i juridiska dokument (Atom-flöde)

corrected-on = Rättad den { $date }

notice-material = Läs den nya texten innan den träder i kraft.
notice-not-material = Detta är inte en väsentlig ändring.
notice-since = Har du godkänt en tidigare version? Se allt som har ändrats sedan dess:

since-title = Ändringar sedan versionen av den { $date }
since-versions = Versionerna sedan dess
view-since = Ändringar sedan dess
