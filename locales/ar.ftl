# نصوص الواجهة المدمجة في redline، باللغة العربية.
# يمكن لملف locales/ar.ftl الخاص بالموقع أن يستبدل أي رسالة منها.

language-name = العربية

skip-to-content = الانتقال إلى المحتوى
site-navigation = الموقع
language-switcher = اللغة
choose-language = اختر لغتك
choose-language-intro = تتوفر سياساتنا القانونية باللغات التالية:
policies-heading = السياسات القانونية
policies-intro = السياسات السارية اليوم، مع جميع إصداراتها السابقة والقادمة.
colon = :
last-updated = آخر تحديث
effective-since = ساري المفعول منذ
takes-effect = يسري اعتبارًا من
contents = المحتويات
versions = الإصدارات
version-current = حالي
version-past = سابق
version-upcoming = قادم
back-to-top = العودة إلى الأعلى
print-page = طباعة هذه الصفحة

untranslated-notice = لم يُترجم هذا النص إلى العربية بعد. أنت تقرأ النص الأصلي ({ $source }).
older-translation = اقرأ الترجمة العربية للإصدار الساري اعتبارًا من { $date }.


page-not-found = الصفحة غير موجودة
page-not-found-text = لا توجد صفحة على هذا العنوان. السياسات مدرجة أدناه.

past-notice = كان هذا الإصدار ساريًا من { $from } حتى { $to }.
upcoming-notice = يسري هذا الإصدار اعتبارًا من { $date }.
read-current = اقرأ الإصدار الحالي.
not-yet-in-effect = لا يوجد حتى الآن إصدار ساري المفعول من هذه السياسة.
upcoming-announcement = ستتغير هذه السياسة في { $date }.
read-upcoming = اقرأ النص الجديد
see-upcoming-changes = اطّلع على ما سيتغير
material-change = تغيير جوهري

history = السجل
history-title = سجل الإصدارات
history-intro = جميع إصدارات هذه السياسة، من الأحدث إلى الأقدم، مع ما تغيّر في كل منها.
effective-date = تاريخ السريان
summary = الملخص
view-text = النص
view-changes = التغييرات
first-version = الإصدار الأول

changes-title = التغييرات بتاريخ { $date }
changes-between = من إصدار { $from } إلى إصدار { $to }.
changed-sections = الأقسام التي تغيّرت
opening-text = النص الافتتاحي
words-added = { $count ->
    [zero] لم تُضف أي كلمة
    [one] أُضيفت كلمة واحدة
    [two] أُضيفت كلمتان
    [few] أُضيفت { $count } كلمات
    [many] أُضيفت { $count } كلمة
   *[other] أُضيفت { $count } كلمة
}
words-removed = { $count ->
    [zero] لم تُحذف أي كلمة
    [one] حُذفت كلمة واحدة
    [two] حُذفت كلمتان
    [few] حُذفت { $count } كلمات
    [many] حُذفت { $count } كلمة
   *[other] حُذفت { $count } كلمة
}
no-textual-change = لم يتغير النص؛ تغيّرت تفاصيله فقط (مثل العنوان أو التواريخ).
previous-change = التغيير السابق
next-change = التغيير التالي
change-views = طريقة العرض
view-inline = ضمن النص
view-side-by-side = جنبًا إلى جنب
version-of = إصدار { $date }
moved-away = نُقل مقطع من هذا الموضع.
moved-away-link = اطّلع على موضعه الجديد.
moved-here = نُقل هذا المقطع إلى هنا.
legend = في هذه المقارنة، يظهر النص المضاف مسطّرًا والنص المحذوف مشطوبًا.
no-previous-translation = لم يُترجم الإصدار السابق إلى العربية، لذا تُعرض تغييراته في النص الأصلي فقط.
see-source-changes = اطّلع على التغييرات في النص الأصلي ({ $source }).

feed-title = { $site }: التغييرات على سياساتنا
feed-link = تغييرات السياسات (موجز Atom)

corrected-on = صُحّح في { $date }

notice-material = يُرجى قراءة النص الجديد قبل سريانه.
notice-not-material = هذا ليس تغييرًا جوهريًا.

notice-since = هل وافقت على إصدار سابق؟ اطّلع على كل ما تغيّر منذ ذلك الحين:

since-title = التغييرات منذ إصدار { $date }
since-versions = الإصدارات منذ ذلك الحين
view-since = التغييرات منذ ذلك الحين
