# ข้อความส่วนติดต่อผู้ใช้ที่มีมาในตัว redline ภาษาไทย
# ไฟล์ locales/th.ftl ของเว็บไซต์สามารถแทนที่ข้อความแต่ละรายการได้

language-name = ไทย

skip-to-content = ข้ามไปยังเนื้อหา
site-navigation = เว็บไซต์
language-switcher = ภาษา
choose-language = โปรดเลือกภาษา
choose-language-intro = นโยบายทางกฎหมายของเรามีให้อ่านในภาษาต่อไปนี้:
policies-heading = นโยบายทางกฎหมาย
policies-intro = นโยบายที่มีผลบังคับใช้ในปัจจุบัน พร้อมฉบับก่อนหน้าและฉบับที่จะมีผลบังคับใช้ในอนาคตทั้งหมด
colon = :
last-updated = ปรับปรุงล่าสุด
effective-since = มีผลบังคับใช้ตั้งแต่
takes-effect = วันที่มีผลบังคับใช้
contents = สารบัญ
versions = ฉบับต่าง ๆ
version-current = ฉบับปัจจุบัน
version-past = ฉบับก่อนหน้า
version-upcoming = ฉบับที่จะมีผล
back-to-top = กลับขึ้นด้านบน
print-page = พิมพ์หน้านี้

untranslated-notice = ข้อความนี้ยังไม่ได้รับการแปลเป็นภาษาไทย ท่านกำลังอ่านต้นฉบับ ({ $source })
older-translation = อ่านคำแปลภาษาไทยของฉบับที่มีผลบังคับใช้ตั้งแต่วันที่ { $date }


page-not-found = ไม่พบหน้าที่ต้องการ
page-not-found-text = ไม่มีหน้าเว็บที่ที่อยู่นี้ โปรดดูรายการนโยบายด้านล่าง

past-notice = ฉบับนี้มีผลบังคับใช้ตั้งแต่วันที่ { $from } ถึงวันที่ { $to }
upcoming-notice = ฉบับนี้จะมีผลบังคับใช้ในวันที่ { $date }
read-current = อ่านฉบับปัจจุบัน
not-yet-in-effect = นโยบายนี้ยังไม่มีฉบับใดที่มีผลบังคับใช้
upcoming-announcement = นโยบายนี้จะมีการเปลี่ยนแปลงในวันที่ { $date }
read-upcoming = อ่านข้อความฉบับใหม่
see-upcoming-changes = ดูสิ่งที่เปลี่ยนแปลง
material-change = การเปลี่ยนแปลงที่สำคัญ

history = ประวัติ
history-title = ประวัติการแก้ไข
history-intro = ทุกฉบับของนโยบายนี้ เรียงจากฉบับล่าสุด พร้อมรายละเอียดการเปลี่ยนแปลง
effective-date = วันที่มีผลบังคับใช้
summary = สรุป
view-text = ข้อความ
view-changes = การเปลี่ยนแปลง
first-version = ฉบับแรก

changes-title = การเปลี่ยนแปลงวันที่ { $date }
changes-between = จากฉบับวันที่ { $from } เป็นฉบับวันที่ { $to }
changed-sections = ส่วนที่มีการเปลี่ยนแปลง
opening-text = บทนำ
words-added = เพิ่ม { $count } คำ
words-removed = ลบ { $count } คำ
no-textual-change = ข้อความไม่มีการเปลี่ยนแปลง มีเพียงรายละเอียด (เช่น ชื่อเรื่องหรือวันที่) ที่เปลี่ยนแปลง
previous-change = การเปลี่ยนแปลงก่อนหน้า
next-change = การเปลี่ยนแปลงถัดไป
change-views = มุมมอง
view-inline = รวมในข้อความ
view-side-by-side = เทียบข้างกัน
version-of = ฉบับวันที่ { $date }
moved-away = ข้อความส่วนหนึ่งตรงนี้ถูกย้ายไปที่อื่น
moved-away-link = ดูตำแหน่งใหม่
moved-here = ข้อความส่วนนี้ถูกย้ายมาที่นี่
legend = ในการเปรียบเทียบนี้ ข้อความที่เพิ่มจะมีเส้นใต้ และข้อความที่ลบจะมีเส้นขีดฆ่า
no-previous-translation = ฉบับก่อนหน้าไม่ได้รับการแปลเป็นภาษาไทย จึงแสดงการเปลี่ยนแปลงในต้นฉบับเท่านั้น
see-source-changes = ดูการเปลี่ยนแปลงในต้นฉบับ ({ $source })

feed-title = { $site }: การเปลี่ยนแปลงนโยบายของเรา
feed-link = การเปลี่ยนแปลงนโยบาย (ฟีด Atom)

corrected-on = แก้ไขเมื่อวันที่ { $date }

notice-material = โปรดอ่านข้อความฉบับใหม่ก่อนที่จะมีผลบังคับใช้
notice-not-material = การเปลี่ยนแปลงนี้ไม่ใช่การเปลี่ยนแปลงที่สำคัญ

notice-since = หากท่านเคยยอมรับฉบับก่อนหน้า โปรดดูการเปลี่ยนแปลงทั้งหมดนับตั้งแต่นั้น:

since-title = การเปลี่ยนแปลงนับตั้งแต่ฉบับวันที่ { $date }
since-versions = ฉบับต่าง ๆ นับตั้งแต่นั้น
view-since = การเปลี่ยนแปลงนับตั้งแต่ฉบับนี้
