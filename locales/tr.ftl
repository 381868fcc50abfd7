# redline'a yerleşik arayüz metinleri, Türkçe.
# Bir sitenin locales/tr.ftl dosyası tek tek iletileri değiştirebilir.

language-name = Türkçe

skip-to-content = İçeriğe geç
site-navigation = Site
language-switcher = Dil
choose-language = Dilinizi seçin
choose-language-intro = Yasal politikalarımız aşağıdaki dillerde mevcuttur:
policies-heading = Yasal politikalar
policies-intro = Bugün geçerli olan politikalar, önceki ve gelecekteki tüm sürümleriyle birlikte.
colon = :
last-updated = Son güncelleme
effective-since = Yürürlük tarihi
takes-effect = Yürürlüğe giriş tarihi
contents = İçindekiler
versions = Sürümler
version-current = yürürlükte
version-past = önceki
version-upcoming = gelecek
back-to-top = Başa dön
print-page = Bu sayfayı yazdır

untranslated-notice = Bu metin henüz Türkçeye çevrilmemiştir. Orijinal metni ({ $source }) okuyorsunuz.
older-translation = { $date } tarihinden itibaren yürürlükte olan sürümün Türkçe çevirisini okuyun.


page-not-found = Sayfa bulunamadı
page-not-found-text = Bu adreste bir sayfa bulunmuyor. Politikalarımız aşağıda listelenmiştir.

past-notice = Bu sürüm { $from } ile { $to } tarihleri arasında (her iki tarih dahil) yürürlükteydi.
upcoming-notice = Bu sürüm { $date } tarihinde yürürlüğe girecektir.
read-current = Yürürlükteki sürümü okuyun.
not-yet-in-effect = Bu politikanın henüz yürürlükte olan bir sürümü bulunmamaktadır.
upcoming-announcement = Bu politika { $date } tarihinde değişecektir.
read-upcoming = Yeni metni okuyun
see-upcoming-changes = Nelerin değiştiğini görün
material-change = Önemli değişiklik

history = Geçmiş
history-title = Sürüm geçmişi
history-intro = Bu politikanın en yeniden başlayarak tüm sürümleri ve her birinde nelerin değiştiği.
effective-date = Yürürlük tarihi
summary = Özet
view-text = Metin
view-changes = Değişiklikler
first-version = İlk sürüm

changes-title = { $date } tarihli değişiklikler
changes-between = { $from } tarihli sürümden { $to } tarihli sürüme.
changed-sections = Değişen bölümler
opening-text = Giriş metni
words-added = { $count ->
    [one] { $count } kelime eklendi
   *[other] { $count } kelime eklendi
}
words-removed = { $count ->
    [one] { $count } kelime kaldırıldı
   *[other] { $count } kelime kaldırıldı
}
no-textual-change = Metin değişmedi; yalnızca ayrıntıları (başlık veya tarihler gibi) değişti.
previous-change = Önceki değişiklik
next-change = Sonraki değişiklik
change-views = Görünüm
view-inline = Metin içinde
view-side-by-side = Yan yana
version-of = { $date } tarihli sürüm
moved-away = Buradaki bir metin parçası başka bir yere taşındı.
moved-away-link = Yeni yerini görün.
moved-here = Bu metin parçası buraya taşındı.
legend = Bu karşılaştırmada eklenen metnin altı, kaldırılan metnin üstü çizilidir.
no-previous-translation = Önceki sürüm Türkçeye çevrilmediğinden değişiklikleri yalnızca orijinal metinde gösterilmektedir.
see-source-changes = Orijinal metindeki ({ $source }) değişiklikleri görün.

feed-title = { $site }: politikalarımızdaki değişiklikler
feed-link = Politika değişiklikleri (Atom akışı)

corrected-on = { $date } tarihinde düzeltildi

notice-material = Lütfen yürürlüğe girmeden önce yeni metni okuyun.
notice-not-material = Bu, önemli bir değişiklik değildir.

notice-since = Daha önceki bir sürümü kabul ettiniz mi? O tarihten bu yana yapılan tüm değişiklikleri görün:

since-title = { $date } tarihli sürümden bu yana yapılan değişiklikler
since-versions = O tarihten bu yana yayımlanan sürümler
view-since = Bu sürümden bu yana yapılan değişiklikler
