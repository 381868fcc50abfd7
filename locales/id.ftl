# Teks antarmuka bawaan redline, bahasa Indonesia.
# Berkas locales/id.ftl milik situs dapat menggantikan pesan satu per satu.

language-name = Bahasa Indonesia

skip-to-content = Langsung ke konten
site-navigation = Situs
language-switcher = Bahasa
choose-language = Pilih bahasa Anda
choose-language-intro = Kebijakan hukum kami tersedia dalam bahasa-bahasa berikut:
policies-heading = Kebijakan hukum
policies-intro = Kebijakan yang berlaku saat ini, beserta semua versi sebelumnya dan yang akan datang.
colon = :
last-updated = Terakhir diperbarui
effective-since = Berlaku sejak
takes-effect = Mulai berlaku
contents = Daftar isi
versions = Versi
version-current = berlaku
version-past = sebelumnya
version-upcoming = akan datang
back-to-top = Kembali ke atas
print-page = Cetak halaman ini

untranslated-notice = Teks ini belum diterjemahkan ke dalam bahasa Indonesia. Anda sedang membaca teks aslinya ({ $source }).
older-translation = Baca terjemahan bahasa Indonesia dari versi yang berlaku sejak { $date }.


page-not-found = Halaman tidak ditemukan
page-not-found-text = Tidak ada halaman di alamat ini. Daftar kebijakan kami tercantum di bawah ini.

past-notice = Versi ini berlaku dari { $from } sampai dengan { $to }.
upcoming-notice = Versi ini mulai berlaku pada { $date }.
read-current = Baca versi yang berlaku saat ini.
not-yet-in-effect = Belum ada versi kebijakan ini yang berlaku.
upcoming-announcement = Kebijakan ini akan berubah pada { $date }.
read-upcoming = Baca teks baru
see-upcoming-changes = Lihat apa yang berubah
material-change = Perubahan material

history = Riwayat
history-title = Riwayat versi
history-intro = Semua versi kebijakan ini, mulai dari yang terbaru, beserta perubahannya.
effective-date = Tanggal berlaku
summary = Ringkasan
view-text = Teks
view-changes = Perubahan
first-version = Versi pertama

changes-title = Perubahan tanggal { $date }
changes-between = Dari versi tanggal { $from } ke versi tanggal { $to }.
changed-sections = Bagian yang berubah
opening-text = Teks pembuka
words-added = { $count } kata ditambahkan
words-removed = { $count } kata dihapus
no-textual-change = Teksnya tidak berubah; hanya rinciannya (seperti judul atau tanggal) yang berubah.
previous-change = Perubahan sebelumnya
next-change = Perubahan berikutnya
change-views = Tampilan
view-inline = Dalam teks
view-side-by-side = Berdampingan
version-of = Versi tanggal { $date }
moved-away = Sebuah bagian teks di sini telah dipindahkan.
moved-away-link = Lihat lokasi barunya.
moved-here = Bagian teks ini dipindahkan ke sini.
legend = Dalam perbandingan ini, teks yang ditambahkan diberi garis bawah dan teks yang dihapus dicoret.
no-previous-translation = Versi sebelumnya tidak diterjemahkan ke dalam bahasa Indonesia, sehingga perubahannya hanya ditampilkan dalam teks asli.
see-source-changes = Lihat perubahan dalam teks asli ({ $source }).

feed-title = { $site }: perubahan kebijakan kami
feed-link = Perubahan kebijakan (feed Atom)

corrected-on = Dikoreksi pada { $date }

notice-material = Harap baca teks baru sebelum mulai berlaku.
notice-not-material = Ini bukan perubahan material.

notice-since = Pernah menyetujui versi sebelumnya? Lihat semua perubahan sejak saat itu:

since-title = Perubahan sejak versi tanggal { $date }
since-versions = Versi-versi sejak saat itu
view-since = Perubahan sejak versi ini
