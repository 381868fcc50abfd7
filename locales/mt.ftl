# It-testi tal-interfaċċja mibnija f’redline, bil-Malti.
# Il-fajl locales/mt.ftl ta’ sit jista’ jissostitwixxi messaġġi individwali.

language-name = Malti

skip-to-content = Aqbeż għall-kontenut
site-navigation = Sit
language-switcher = Lingwa
choose-language = Agħżel il-lingwa tiegħek
choose-language-intro = Id-dokumenti legali tagħna huma disponibbli b’dawn il-lingwi:
policies-heading = Dokumenti legali
policies-intro = Id-dokumenti li japplikaw illum, flimkien mal-verżjonijiet preċedenti u dawk li ġejjin kollha.
colon = :
last-updated = L-aħħar aġġornament
effective-since = Fis-seħħ minn
takes-effect = Jidħol fis-seħħ
contents = Werrej
versions = Verżjonijiet
version-current = kurrenti
version-past = preċedenti
version-upcoming = li ġejja
back-to-top = Lura fuq nett
print-page = Ipprintja din il-paġna

untranslated-notice = Dan it-test għadu ma ġiex tradott għall-Malti. Qed taqra t-test oriġinali ({ $source }).
older-translation = Aqra t-traduzzjoni bil-Malti tal-verżjoni fis-seħħ minn { $date }.


page-not-found = Il-paġna ma nstabitx
page-not-found-text = M’hemm l-ebda paġna f’dan l-indirizz. Id-dokumenti huma elenkati hawn taħt.

past-notice = Din il-verżjoni kienet tapplika minn { $from } sa { $to }.
upcoming-notice = Din il-verżjoni tidħol fis-seħħ minn { $date }.
read-current = Aqra l-verżjoni kurrenti.
not-yet-in-effect = L-ebda verżjoni ta’ dan id-dokument għadha mhi fis-seħħ.
upcoming-announcement = Dan id-dokument jinbidel minn { $date }.
read-upcoming = Aqra t-test il-ġdid
see-upcoming-changes = Ara x’qed jinbidel
material-change = Bidla materjali

history = Storja
history-title = Storja tal-verżjonijiet
history-intro = Il-verżjonijiet kollha ta’ dan id-dokument, bl-aktar reċenti l-ewwel, flimkien mal-bidliet.
effective-date = Data tad-dħul fis-seħħ
summary = Sommarju
view-text = Test
view-changes = Bidliet
first-version = L-ewwel verżjoni

changes-title = Bidliet b’effett minn { $date }
changes-between = Mill-verżjoni datata { $from } għall-verżjoni datata { $to }.
changed-sections = Taqsimiet mibdula
opening-text = Test introduttorju
words-added = { $count ->
    [one] { $count } kelma miżjuda
    [two] { $count } kelmiet miżjuda
    [few] { $count } kelmiet miżjuda
    [many] { $count } kelma miżjuda
   *[other] { $count } kelma miżjuda
}
words-removed = { $count ->
    [one] { $count } kelma mħassra
    [two] { $count } kelmiet imħassra
    [few] { $count } kelmiet imħassra
    [many] { $count } kelma mħassra
   *[other] { $count } kelma mħassra
}
no-textual-change = It-test ma nbidilx; inbidlu biss id-dettalji tiegħu (bħat-titolu jew id-dati).
previous-change = Bidla preċedenti
next-change = Bidla li jmiss
change-views = Veduta
view-inline = Fit-test
view-side-by-side = Ħdejn xulxin
version-of = Verżjoni datata { $date }
moved-away = Silta ġiet imċaqalqa minn hawn.
moved-away-link = Ara fejn tinsab issa.
moved-here = Din is-silta ġiet imċaqalqa hawn.
legend = F’dan it-tqabbil, it-test miżjud huwa sottolinjat u t-test imħassar huwa maqtugħ b’linja.
no-previous-translation = Il-verżjoni preċedenti ma ġietx tradotta għall-Malti, għalhekk il-bidliet tagħha jintwerew biss fl-oriġinal.
see-source-changes = Ara l-bidliet fl-oriġinal ({ $source }).

feed-title = { $site }: bidliet fid-dokumenti legali tagħna
feed-link = Bidliet fid-dokumenti legali (feed Atom)

corrected-on = Ikkoreġut: { $date }

notice-material = Jekk jogħġbok aqra t-test il-ġdid qabel ma jidħol fis-seħħ.
notice-not-material = Din mhijiex bidla materjali.
notice-since = Aċċettajt verżjoni preċedenti? Ara dak kollu li nbidel minn dakinhar:

since-title = Bidliet mill-verżjoni datata { $date }
since-versions = Il-verżjonijiet minn dakinhar
view-since = Bidliet minn dakinhar
