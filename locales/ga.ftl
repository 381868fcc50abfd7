# Téacsanna comhéadain ionsuite redline, Gaeilge.
# Is féidir le comhad locales/ga.ftl suímh teachtaireachtaí aonair a athrú.

language-name = Gaeilge

skip-to-content = Téigh chuig an ábhar
site-navigation = Suíomh
language-switcher = Teanga
choose-language = Roghnaigh do theanga
choose-language-intro = Tá ár gcáipéisí dlí ar fáil sna teangacha seo:
policies-heading = Cáipéisí dlí
policies-intro = Na cáipéisí atá i bhfeidhm inniu, mar aon le gach leagan roimhe seo agus gach leagan atá le teacht.
colon = :
last-updated = Nuashonraithe go deireanach
effective-since = I bhfeidhm ó
takes-effect = Tagann i bhfeidhm
contents = Clár ábhair
versions = Leaganacha
version-current = reatha
version-past = roimhe seo
version-upcoming = le teacht
back-to-top = Ar ais go barr
print-page = Priontáil an leathanach seo

untranslated-notice = Níl an téacs seo aistrithe go Gaeilge fós. Tá an buntéacs á léamh agat ({ $source }).
older-translation = Léigh an t-aistriúchán Gaeilge den leagan a tháinig i bhfeidhm ar an dáta { $date }.


page-not-found = Níor aimsíodh an leathanach
page-not-found-text = Níl aon leathanach ag an seoladh seo. Tá na cáipéisí liostaithe thíos.

past-notice = Bhí an leagan seo i bhfeidhm idir { $from } agus { $to }, an dá dháta sin san áireamh.
upcoming-notice = Tiocfaidh an leagan seo i bhfeidhm ar an dáta { $date }.
read-current = Léigh an leagan reatha.
not-yet-in-effect = Níl aon leagan den cháipéis seo i bhfeidhm fós.
upcoming-announcement = Athrófar an cháipéis seo ar an dáta { $date }.
read-upcoming = Léigh an téacs nua
see-upcoming-changes = Féach ar na hathruithe
material-change = Athrú ábhartha

history = Stair
history-title = Stair na leaganacha
history-intro = Gach leagan den cháipéis seo, an ceann is déanaí ar dtús, mar aon leis na hathruithe.
effective-date = Dáta éifeachta
summary = Achoimre
view-text = Téacs
view-changes = Athruithe
first-version = An chéad leagan

changes-title = Athruithe: { $date }
changes-between = Ón leagan dar dáta { $from } go dtí an leagan dar dáta { $to }.
changed-sections = Ailt a athraíodh
opening-text = Téacs tosaigh
words-added = { $count ->
    [one] { $count } fhocal curtha leis
    [two] { $count } fhocal curtha leis
    [few] { $count } fhocal curtha leis
    [many] { $count } bhfocal curtha leis
   *[other] { $count } focal curtha leis
}
words-removed = { $count ->
    [one] { $count } fhocal bainte amach
    [two] { $count } fhocal bainte amach
    [few] { $count } fhocal bainte amach
    [many] { $count } bhfocal bainte amach
   *[other] { $count } focal bainte amach
}
no-textual-change = Níor athraíodh an téacs; níor athraíodh ach a shonraí (amhail an teideal nó na dátaí).
previous-change = An t-athrú roimhe seo
next-change = An chéad athrú eile
change-views = Amharc
view-inline = Sa téacs
view-side-by-side = Taobh le taobh
version-of = Leagan dar dáta { $date }
moved-away = Bogadh sliocht as an áit seo.
moved-away-link = Féach ar a áit nua.
moved-here = Bogadh an sliocht seo anseo.
legend = Sa chomparáid seo, tá líne faoin téacs a cuireadh leis agus líne tríd an téacs a baineadh amach.
no-previous-translation = Níor aistríodh an leagan roimhe seo go Gaeilge, mar sin ní thaispeántar a chuid athruithe ach sa bhunleagan.
see-source-changes = Féach ar na hathruithe sa bhunleagan ({ $source }).

feed-title = { $site }: athruithe ar ár gcáipéisí dlí
feed-link = Athruithe ar na cáipéisí dlí (fotha Atom)

corrected-on = Ceartaithe: { $date }

notice-material = Léigh an téacs nua sula dtiocfaidh sé i bhfeidhm.
notice-not-material = Ní athrú ábhartha é seo.
notice-since = Ar ghlac tú le leagan níos luaithe? Féach ar gach a bhfuil athraithe ó shin:

since-title = Athruithe ón leagan dar dáta { $date }
since-versions = Na leaganacha ó shin
view-since = Athruithe ó shin
