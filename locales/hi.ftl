# redline में अंतर्निहित इंटरफ़ेस पाठ, हिन्दी।
# किसी साइट की locales/hi.ftl फ़ाइल अलग-अलग संदेशों को बदल सकती है।

language-name = हिन्दी

skip-to-content = मुख्य सामग्री पर जाएँ
site-navigation = साइट
language-switcher = भाषा
choose-language = अपनी भाषा चुनें
choose-language-intro = हमारी कानूनी नीतियाँ इन भाषाओं में उपलब्ध हैं:
policies-heading = कानूनी नीतियाँ
policies-intro = आज लागू नीतियाँ, उनके सभी पिछले और आगामी संस्करणों के साथ।
colon = :
last-updated = अंतिम अपडेट
effective-since = प्रभावी तिथि
takes-effect = लागू होने की तिथि
contents = विषय-सूची
versions = संस्करण
version-current = वर्तमान
version-past = पिछला
version-upcoming = आगामी
back-to-top = ऊपर जाएँ
print-page = यह पेज प्रिंट करें

untranslated-notice = इस पाठ का अभी तक हिन्दी में अनुवाद नहीं हुआ है। आप मूल पाठ ({ $source }) पढ़ रहे हैं।
older-translation = { $date } से प्रभावी संस्करण का हिन्दी अनुवाद पढ़ें।


page-not-found = पेज नहीं मिला
page-not-found-text = इस पते पर कोई पेज नहीं है। नीतियों की सूची नीचे दी गई है।

past-notice = यह संस्करण { $from } से { $to } तक लागू था।
upcoming-notice = यह संस्करण { $date } को लागू होगा।
read-current = वर्तमान संस्करण पढ़ें।
not-yet-in-effect = इस नीति का कोई भी संस्करण अभी तक लागू नहीं हुआ है।
upcoming-announcement = इस नीति में { $date } को बदलाव होगा।
read-upcoming = नया पाठ पढ़ें
see-upcoming-changes = देखें कि क्या बदल रहा है
material-change = महत्वपूर्ण बदलाव

history = इतिहास
history-title = संस्करण इतिहास
history-intro = इस नीति के सभी संस्करण, सबसे नया पहले, और हर संस्करण में हुए बदलाव।
effective-date = प्रभावी तिथि
summary = सारांश
view-text = पाठ
view-changes = बदलाव
first-version = पहला संस्करण

changes-title = { $date } के बदलाव
changes-between = { $from } के संस्करण से { $to } के संस्करण तक।
changed-sections = बदले गए खंड
opening-text = प्रारंभिक पाठ
words-added = { $count ->
    [one] { $count } शब्द जोड़ा गया
   *[other] { $count } शब्द जोड़े गए
}
words-removed = { $count ->
    [one] { $count } शब्द हटाया गया
   *[other] { $count } शब्द हटाए गए
}
no-textual-change = पाठ नहीं बदला है; केवल उसके विवरण (जैसे शीर्षक या तिथियाँ) बदले हैं।
previous-change = पिछला बदलाव
next-change = अगला बदलाव
change-views = दृश्य
view-inline = पाठ के भीतर
view-side-by-side = अगल-बगल
version-of = { $date } का संस्करण
moved-away = यहाँ का एक अंश दूसरी जगह ले जाया गया है।
moved-away-link = इसका नया स्थान देखें।
moved-here = यह अंश यहाँ लाया गया है।
legend = इस तुलना में जोड़े गए पाठ को रेखांकित किया गया है और हटाए गए पाठ को काटा गया है।
no-previous-translation = पिछले संस्करण का हिन्दी में अनुवाद नहीं हुआ था, इसलिए उसके बदलाव केवल मूल पाठ में दिखाए गए हैं।
see-source-changes = मूल पाठ ({ $source }) में हुए बदलाव देखें।

feed-title = { $site }: हमारी नीतियों में बदलाव
feed-link = नीतियों में बदलाव (Atom फ़ीड)

corrected-on = { $date } को सुधारा गया

notice-material = कृपया नया पाठ लागू होने से पहले उसे पढ़ें।
notice-not-material = यह महत्वपूर्ण बदलाव नहीं है।

notice-since = क्या आपने कोई पिछला संस्करण स्वीकार किया था? तब से हुए सभी बदलाव देखें:

since-title = { $date } के संस्करण के बाद से हुए बदलाव
since-versions = तब से आए संस्करण
view-since = तब से हुए बदलाव
