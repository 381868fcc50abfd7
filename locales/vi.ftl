# Chuỗi giao diện tích hợp sẵn trong redline, tiếng Việt.
# Tệp locales/vi.ftl của trang web có thể thay thế từng thông điệp.

language-name = Tiếng Việt

skip-to-content = Chuyển đến nội dung chính
site-navigation = Trang web
language-switcher = Ngôn ngữ
choose-language = Vui lòng chọn ngôn ngữ
choose-language-intro = Các chính sách pháp lý của chúng tôi có sẵn bằng các ngôn ngữ sau:
policies-heading = Chính sách pháp lý
policies-intro = Các chính sách đang áp dụng, cùng với mọi phiên bản trước đây và sắp có hiệu lực.
colon = :
last-updated = Cập nhật lần cuối
effective-since = Có hiệu lực từ
takes-effect = Ngày có hiệu lực
contents = Mục lục
versions = Phiên bản
version-current = hiện hành
version-past = trước đây
version-upcoming = sắp có hiệu lực
back-to-top = Về đầu trang
print-page = In trang này

untranslated-notice = Văn bản này chưa được dịch sang tiếng Việt. Bạn đang đọc văn bản gốc ({ $source }).
older-translation = Đọc bản dịch tiếng Việt của phiên bản có hiệu lực từ ngày { $date }.


page-not-found = Không tìm thấy trang
page-not-found-text = Không có trang nào tại địa chỉ này. Danh sách các chính sách được liệt kê bên dưới.

past-notice = Phiên bản này được áp dụng từ ngày { $from } đến hết ngày { $to }.
upcoming-notice = Phiên bản này có hiệu lực từ ngày { $date }.
read-current = Đọc phiên bản hiện hành.
not-yet-in-effect = Chính sách này chưa có phiên bản nào có hiệu lực.
upcoming-announcement = Chính sách này sẽ thay đổi vào ngày { $date }.
read-upcoming = Đọc văn bản mới
see-upcoming-changes = Xem những điểm thay đổi
material-change = Thay đổi quan trọng

history = Lịch sử
history-title = Lịch sử phiên bản
history-intro = Tất cả các phiên bản của chính sách này, mới nhất trước, kèm theo những điểm thay đổi.
effective-date = Ngày có hiệu lực
summary = Tóm tắt
view-text = Văn bản
view-changes = Thay đổi
first-version = Phiên bản đầu tiên

changes-title = Các thay đổi ngày { $date }
changes-between = Từ phiên bản ngày { $from } đến phiên bản ngày { $to }.
changed-sections = Các mục đã thay đổi
opening-text = Phần mở đầu
words-added = Đã thêm { $count } từ
words-removed = Đã xóa { $count } từ
no-textual-change = Nội dung văn bản không thay đổi; chỉ các thông tin chi tiết (như tiêu đề hoặc ngày tháng) thay đổi.
previous-change = Thay đổi trước
next-change = Thay đổi tiếp theo
change-views = Chế độ xem
view-inline = Trong văn bản
view-side-by-side = Song song
version-of = Phiên bản ngày { $date }
moved-away = Một đoạn văn ở đây đã được di chuyển.
moved-away-link = Xem vị trí mới của đoạn văn.
moved-here = Đoạn văn này đã được di chuyển đến đây.
legend = Trong bản so sánh này, văn bản được thêm có gạch chân và văn bản bị xóa có gạch ngang.
no-previous-translation = Phiên bản trước không được dịch sang tiếng Việt, vì vậy các thay đổi chỉ được hiển thị trong văn bản gốc.
see-source-changes = Xem các thay đổi trong văn bản gốc ({ $source }).

feed-title = { $site }: thay đổi đối với chính sách của chúng tôi
feed-link = Thay đổi chính sách (nguồn cấp Atom)

corrected-on = Đã đính chính ngày { $date }

notice-material = Vui lòng đọc văn bản mới trước khi văn bản này có hiệu lực.
notice-not-material = Đây không phải là thay đổi quan trọng.

notice-since = Bạn đã chấp nhận một phiên bản trước đây? Hãy xem mọi thay đổi kể từ đó:

since-title = Các thay đổi kể từ phiên bản ngày { $date }
since-versions = Các phiên bản kể từ đó
view-since = Thay đổi kể từ đó
