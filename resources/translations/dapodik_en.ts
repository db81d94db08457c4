<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AccountControls</name>
    <message>
        <location filename="../../app/ui/account_controls.py" line="32"/>
        <source>&amp;Tukar Akses Pengguna…</source>
        <translation>&amp;Switch User Access (Tukar Akses Pengguna)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_controls.py" line="34"/>
        <source>&amp;Kembali ke Akun Operator</source>
        <translation>&amp;Back to the Operator Account</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_controls.py" line="36"/>
        <source>&amp;Ganti Kata Sandi…</source>
        <translation>&amp;Change Password…</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_controls.py" line="62"/>
        <source>Bertindak sebagai: %1 (Tukar Akses dari %2)</source>
        <translation>Acting as: %1 (switched from %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_controls.py" line="67"/>
        <source>Pengguna: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_controls.py" line="82"/>
        <source>Tukar Akses Pengguna</source>
        <translation>Switch User Access (Tukar Akses Pengguna)</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_controls.py" line="83"/>
        <source>Kembali ke akun %1.</source>
        <translation>Back to the account %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_controls.py" line="89"/>
        <source>Ganti Kata Sandi</source>
        <translation>Change Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_controls.py" line="89"/>
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>Akun</name>
    <message>
        <location filename="../../app/accounts/acting.py" line="100"/>
        <source>Akun Staf hanya dapat membaca data, tidak dapat mengubahnya.</source>
        <translation>A Staff account can only read data, not change it.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/credentials.py" line="60"/>
        <source>Token perangkat tidak dapat disimpan di penyimpanan kredensial: {error}</source>
        <translation>The device token cannot be stored in the credential store: {error}</translation>
    </message>
    <message>
        <location filename="../../app/accounts/credentials.py" line="97"/>
        <source>Berkas token perangkat tidak dapat dibuka dengan Kode Registrasi ini.</source>
        <translation>The device token file cannot be opened with this Kode Registrasi.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/credentials.py" line="135"/>
        <source>Tidak ada penyimpanan kredensial sistem operasi yang dapat dipakai ({backend}), sehingga token perangkat tidak dapat disimpan dengan aman. Dengan persetujuan Anda, token dapat disimpan dalam berkas terenkripsi yang hanya terbuka dengan Kode Registrasi.</source>
        <translation>No usable operating-system credential store was found ({backend}), so the device token cannot be stored safely. With your consent, the token can be kept in an encrypted file that only the Kode Registrasi opens.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/kode.py" line="47"/>
        <source>Kode Registrasi sekolah ini belum tersimpan: daftarkan sekolah terlebih dahulu.</source>
        <translation>The Kode Registrasi of this school is not stored yet: register the school first.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/kode.py" line="56"/>
        <source>Kode Registrasi salah. Sisa percobaan sebelum dikunci sementara: {left}.</source>
        <translation>Wrong Kode Registrasi. Attempts left before a temporary lock: {left}.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/lockout.py" line="36"/>
        <source>Terlalu banyak percobaan yang salah. Coba lagi dalam {minutes} menit.</source>
        <translation>Too many wrong attempts. Try again in {minutes} minutes.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/principal.py" line="97"/>
        <source>Data sekolah atau tahun ajaran aktif belum ada.</source>
        <translation>There is no school data or no active school year yet.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/principal.py" line="107"/>
        <source>Kepala sekolah {nama} tidak aktif lagi di sekolah ini: tidak terdaftar sebagai PTK induk pada tahun ajaran {tahun_ajaran}, atau sudah keluar. Di tab GTK, isi TST tugas tambahan Kepala Sekolah-nya dan beri kepala sekolah yang baru (atau Plt.) tugas tambahan itu.</source>
        <translation>Principal {nama} is no longer active at this school: not registered as PTK induk for school year {tahun_ajaran}, or has left. In the GTK tab, fill in the TST of their Kepala Sekolah duty and give that duty to the new principal (or a Plt.).</translation>
    </message>
    <message>
        <location filename="../../app/accounts/principal.py" line="118"/>
        <source>Kepala sekolah belum ditetapkan di data sekolah. Di tab GTK, beri satu PTK tugas tambahan Kepala Sekolah (atau Plt. Kepala Sekolah) tanpa TST, dan pastikan PTK itu terdaftar sebagai PTK induk di sekolah ini pada tahun ajaran {tahun_ajaran} dan belum keluar.</source>
        <translation>No principal is set in the school data. In the GTK tab, give one PTK the additional duty Kepala Sekolah (or Plt. Kepala Sekolah) without a TST, and make sure that PTK is registered with this school as home school (PTK induk) for school year {tahun_ajaran} and has not left.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/registration.py" line="110"/>
        <source>Server {server} tidak dapat dihubungi ({error}). Periksa alamat server dan sambungan internet, lalu coba lagi.</source>
        <translation>The server {server} cannot be reached ({error}). Check the server address and the internet connection, then try again.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/registration.py" line="137"/>
        <source>Server menolak permintaan (HTTP {status}): {detail}</source>
        <translation>The server refused the request (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../app/accounts/registration.py" line="154"/>
        <source>NPSN atau Kode Registrasi salah.</source>
        <translation>Wrong NPSN or Kode Registrasi.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/registration.py" line="158"/>
        <source>Terlalu banyak percobaan Kode Registrasi yang salah untuk NPSN ini. Coba lagi dalam {minutes} menit.</source>
        <translation>Too many wrong Kode Registrasi attempts for this NPSN. Try again in {minutes} minutes.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/registration.py" line="262"/>
        <source>Unduhan prefill terputus ({error}). {received} byte sudah tersimpan; ulangi pendaftaran untuk melanjutkan dari situ.</source>
        <translation>The prefill download was interrupted ({error}). {received} bytes are saved; repeat the registration to continue from there.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/registration.py" line="299"/>
        <source>Basis data ini berisi sekolah lain (NPSN {npsn}); pilih basis data baru.</source>
        <translation>This database holds another school (NPSN {npsn}); choose a new database.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/registration.py" line="307"/>
        <source>Prefill ini (dibuat {created}) lebih lama dari data sekolah yang sudah dikirim atau diterima perangkat ini. Mendaftar dari prefill lama membuat data ganda. Minta prefill terbaru dari server, lalu ulangi pendaftaran.</source>
        <translation>This prefill (made {created}) is older than school data this device has already sent or received. Registering from an old prefill creates duplicate data. Get the latest prefill from the server, then register again.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/registration.py" line="316"/>
        <source>Basis data ini sudah berisi data sekolah {npsn}. Pendaftaran hanya ke basis data baru; untuk data terbaru pakai Sinkronisasi.</source>
        <translation>This database already holds the data of school {npsn}. Registration only goes into a new database; for the latest data use Sinkronisasi.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/registration.py" line="346"/>
        <source>Berkas prefill {path} tidak ditemukan.</source>
        <translation>The prefill file {path} was not found.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/registration.py" line="353"/>
        <source>Berkas {path} bukan prefill yang dapat dipakai: {error}</source>
        <translation>The file {path} is not a usable prefill: {error}</translation>
    </message>
    <message>
        <location filename="../../app/accounts/registration.py" line="359"/>
        <source>Berkas {path} bukan berkas prefill.</source>
        <translation>The file {path} is not a prefill file.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/registration.py" line="365"/>
        <source>Kode Registrasi tidak cocok dengan sekolah pada prefill ini.</source>
        <translation>The Kode Registrasi does not match the school of this prefill.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/registration.py" line="457"/>
        <source>Prefill yang dipakai lebih lama dari data yang sudah dikirim sekolah ini ke server. Mendaftar dari prefill lama membuat data ganda: unduh prefill terbaru, lalu daftarkan ulang ke basis data baru.</source>
        <translation>The prefill used is older than data this school has already sent to the server. Registering from an old prefill creates duplicate data: download the latest prefill, then register again into a new database.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/registration.py" line="514"/>
        <source>Sekolah ini belum didaftarkan.</source>
        <translation>This school has not been registered yet.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/tukar_akses.py" line="86"/>
        <source>{nama} bukan kepala sekolah saat ini (kepala sekolah menurut data GTK: {kepala}). Jika data itu keliru, perbaiki tugas tambahan Kepala Sekolah di tab GTK.</source>
        <translation>{nama} is not the current principal (the principal according to the GTK data: {kepala}). If that data is wrong, correct the Kepala Sekolah duty in the GTK tab.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/tukar_akses.py" line="96"/>
        <source>Akun {nama} tidak aktif.</source>
        <translation>The account {nama} is not active.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/tukar_akses.py" line="109"/>
        <source>Akun tidak ditemukan.</source>
        <translation>Account not found.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/tukar_akses.py" line="135"/>
        <source>Hanya kepala sekolah ({kepala}) yang dapat mengirim data. Pilih Pengaturan → Tukar Akses Pengguna, masukkan Kode Registrasi sekolah, lalu pilih akun kepala sekolah dan klik Tukar Pengguna.</source>
        <translation>Only the principal ({kepala}) can send data. Choose Pengaturan → Tukar Akses Pengguna, enter the school&apos;s Kode Registrasi, then choose the principal&apos;s account and click Tukar Pengguna.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/users.py" line="20"/>
        <source>Operator Sekolah</source>
        <translation>School Operator</translation>
    </message>
    <message>
        <location filename="../../app/accounts/users.py" line="21"/>
        <source>Kepala Sekolah</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/accounts/users.py" line="22"/>
        <source>Staf (hanya baca)</source>
        <translation>Staff (read only)</translation>
    </message>
    <message>
        <location filename="../../app/accounts/users.py" line="53"/>
        <source>Kata sandi minimal {count} karakter.</source>
        <translation>The password must have at least {count} characters.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/users.py" line="83"/>
        <source>Nama pengguna wajib diisi.</source>
        <translation>A username is required.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/users.py" line="86"/>
        <source>Nama pengguna {username} sudah dipakai.</source>
        <translation>The username {username} is already taken.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/users.py" line="105"/>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/users.py" line="134"/>
        <source>Pengguna {username} tidak ada.</source>
        <translation>There is no user {username}.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/users.py" line="147"/>
        <source>Kata sandi lama salah.</source>
        <translation>The old password is wrong.</translation>
    </message>
    <message>
        <location filename="../../app/accounts/users.py" line="158"/>
        <source>Hanya kata sandi akun Operator Sekolah yang dapat diatur ulang di sini.</source>
        <translation>Only the password of a School Operator account can be reset here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/start.py" line="157"/>
        <source>Belum ada akun</source>
        <translation>No accounts yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/start.py" line="158"/>
        <source>Basis data ini belum memiliki akun pengguna. Buat akun operator dengan perintah: python -m app user add NAMA --db BERKAS</source>
        <translation>This database has no user accounts yet. Create an operator account with the command: python -m app user add NAME --db FILE</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/start.py" line="206"/>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
</context>
<context>
    <name>BerandaPage</name>
    <message>
        <location filename="../../app/ui/pages.py" line="54"/>
        <source>Belum ada data sekolah di basis data ini.</source>
        <translation>This database holds no school data yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="61"/>
        <source>NPSN</source>
        <translation>NPSN</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="62"/>
        <source>Bentuk Pendidikan</source>
        <translation>School type</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="63"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="64"/>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="66"/>
        <source>Kepala Sekolah</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="67"/>
        <source>Belum ditetapkan</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="69"/>
        <source>Semester Aktif</source>
        <translation>Active semester</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="71"/>
        <source>Jumlah Data</source>
        <translation>Data counts</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="74"/>
        <source>Peserta Didik aktif</source>
        <translation>Active students</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="75"/>
        <source>GTK aktif</source>
        <translation>Active staff</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="76"/>
        <source>Rombongan Belajar</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="77"/>
        <source>Pembelajaran</source>
        <translation>Teaching</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="78"/>
        <source>Nilai</source>
        <translation>Grades</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="79"/>
        <source>Ruang</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="91"/>
        <source>Validasi Lokal</source>
        <translation>Local Validation</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="98"/>
        <source>Perubahan yang belum dikirim</source>
        <translation>Changes not yet sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="92"/>
        <location filename="../../app/ui/pages.py" line="99"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>Cetak</name>
    <message>
        <location filename="../../app/cetak/daftar.py" line="91"/>
        <source>Rombel {nama} tidak ada pada semester aktif.</source>
        <translation>There is no rombel {nama} in the active semester.</translation>
    </message>
    <message>
        <location filename="../../app/cetak/daftar.py" line="94"/>
        <source>Belum ada rombel pada semester aktif.</source>
        <translation>The active semester has no rombel yet.</translation>
    </message>
    <message>
        <location filename="../../app/cetak/dates.py" line="10"/>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../app/cetak/dates.py" line="11"/>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../app/cetak/dates.py" line="12"/>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../app/cetak/dates.py" line="13"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../app/cetak/dates.py" line="14"/>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../app/cetak/dates.py" line="15"/>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../app/cetak/dates.py" line="16"/>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../app/cetak/dates.py" line="17"/>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../app/cetak/dates.py" line="18"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../app/cetak/dates.py" line="19"/>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../app/cetak/dates.py" line="20"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../app/cetak/dates.py" line="21"/>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../app/cetak/formulir.py" line="106"/>
        <source>Data yang diminta ({wanted}) tidak ada.</source>
        <translation>The requested record ({wanted}) does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/cetak/jenis.py" line="39"/>
        <source>Formulir Peserta Didik</source>
        <translation>Peserta Didik Form</translation>
    </message>
    <message>
        <location filename="../../app/cetak/jenis.py" line="45"/>
        <source>Formulir Peserta Didik Kosong</source>
        <translation>Blank Peserta Didik Form</translation>
    </message>
    <message>
        <location filename="../../app/cetak/jenis.py" line="48"/>
        <source>Formulir GTK</source>
        <translation>GTK Form</translation>
    </message>
    <message>
        <location filename="../../app/cetak/jenis.py" line="49"/>
        <source>Profil Sekolah</source>
        <translation>School Profile</translation>
    </message>
    <message>
        <location filename="../../app/cetak/jenis.py" line="52"/>
        <source>Daftar Peserta Didik per Rombel</source>
        <translation>Peserta Didik List per Rombel</translation>
    </message>
    <message>
        <location filename="../../app/cetak/jenis.py" line="58"/>
        <source>Absensi Peserta Didik</source>
        <translation>Peserta Didik Attendance Sheet</translation>
    </message>
    <message>
        <location filename="../../app/cetak/jenis.py" line="63"/>
        <source>Hasil Validasi</source>
        <translation>Validasi Results</translation>
    </message>
    <message>
        <location filename="../../app/cetak/jenis.py" line="64"/>
        <source>Rekap Mengajar GTK</source>
        <translation>GTK Teaching Summary</translation>
    </message>
    <message>
        <location filename="../../app/cetak/rekap.py" line="111"/>
        <source>Belum ada guru aktif pada tahun ajaran ini.</source>
        <translation>There are no active teachers in this school year yet.</translation>
    </message>
    <message>
        <location filename="../../app/cetak/school.py" line="34"/>
        <source>Belum ada data sekolah di basis data ini.</source>
        <translation>This database holds no school data yet.</translation>
    </message>
    <message>
        <location filename="../../app/cetak/school.py" line="90"/>
        <source>Belum ada semester aktif.</source>
        <translation>There is no active semester yet.</translation>
    </message>
    <message>
        <location filename="../../app/cetak/validasi.py" line="38"/>
        <source>Validasi Lokal belum pernah dijalankan: jalankan dulu di tab Validasi (atau python -m app validate), lalu cetak hasilnya.</source>
        <translation>Validasi Lokal has never been run: run it first in the Validasi tab (or python -m app validate), then print its results.</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="231"/>
        <source>Tidak dapat mencetak ke pencetak atau berkas itu.</source>
        <translation>Cannot print to that printer or file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="267"/>
        <source>Berkas {path} tidak dapat ditulis: {error}</source>
        <translation>Cannot write the file {path}: {error}</translation>
    </message>
</context>
<context>
    <name>CetakButton</name>
    <message>
        <location filename="../../app/ui/cetak.py" line="243"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="262"/>
        <source>Pilih dahulu satu baris di tabel, lalu cetak lagi.</source>
        <translation>First select one row in the table, then print again.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="178"/>
        <source>Ganti Kata Sandi</source>
        <translation>Change Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="184"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="185"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="189"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="190"/>
        <source>Kata sandi lama</source>
        <translation>Old password</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="191"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="192"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="198"/>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../app/ui/crash.py" line="37"/>
        <source>Terjadi kesalahan yang tidak terduga.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="41"/>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="44"/>
        <source>Data yang sedang diisi tidak hilang; simpan ulang setelah menutup pesan ini.

Rincian tercatat di:
%1</source>
        <translation>The data being entered is not lost; save again after closing this message.

The details are logged in:
%1</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../app/ui/restore.py" line="212"/>
        <source>Basis data rusak</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="218"/>
        <source>Pulihkan Cadangan Terbaru</source>
        <translation>Restore the Newest Backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="220"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="227"/>
        <source>Tidak ada cadangan yang baik di %1. Hubungi operator atau dinas untuk memulihkan data; berkas yang rusak tidak diubah.</source>
        <translation>There is no good backup in %1. Contact your operator or the education office to recover the data; the damaged file was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="233"/>
        <source>Cadangan baik terbaru: %1. Memulihkannya mengganti isi basis data dengan isi cadangan itu; berkas yang rusak disimpan dulu di folder cadangan.</source>
        <translation>Newest good backup: %1. Restoring it replaces the content of the database with that backup&apos;s; the damaged file is first kept in the backup folder.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenError</name>
    <message>
        <location filename="../../app/db/engine.py" line="57"/>
        <source>Folder {folder} tidak dapat ditulisi, basis data baru tidak dapat dibuat.</source>
        <translation>The folder {folder} is not writable; a new database cannot be created.</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="68"/>
        <location filename="../../app/db/engine.py" line="113"/>
        <source>Berkas {path} bukan basis data Dapodik Lokal (bukan berkas SQLite).</source>
        <translation>The file {path} is not a Dapodik Lokal database (not an SQLite file).</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="76"/>
        <source>Berkas {path} hanya dapat dibaca (read-only). Salin ke folder yang dapat ditulisi atau ubah izinnya, lalu buka kembali.</source>
        <translation>The file {path} is read-only. Copy it to a writable folder or change its permissions, then open it again.</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="97"/>
        <source>Basis data {path} sedang dipakai program lain (terkunci). Tutup program tersebut lalu coba lagi.</source>
        <translation>The database {path} is in use by another program (locked). Close that program and try again.</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="105"/>
        <source>Berkas {path} tidak dapat dibuka sebagai basis data: {error}</source>
        <translation>The file {path} cannot be opened as a database: {error}</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="131"/>
        <source>Berkas basis data {path} tidak ada.</source>
        <translation>Database file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/db/migrations/__init__.py" line="64"/>
        <source>Basis data {path} dibuat oleh versi Dapodik Lokal yang lebih baru (skema {revision}). Perbarui aplikasi untuk membukanya; berkas tidak diubah.</source>
        <translation>The database {path} was made by a newer version of Dapodik Lokal (schema {revision}). Update the application to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/db/integrity.py" line="56"/>
        <source>Basis data {path} rusak ({detail}). Berkas tidak diubah. Pulihkan dari cadangan yang baik.</source>
        <translation>The database {path} is damaged ({detail}). The file was not changed. Restore it from a good backup.</translation>
    </message>
    <message>
        <location filename="../../app/db/integrity.py" line="81"/>
        <source>Berkas {path} adalah basis data SQLite milik program lain, bukan basis data Dapodik Lokal. Berkas tidak diubah; pilih berkas lain atau nama berkas baru.</source>
        <translation>The file {path} is another program&apos;s SQLite database, not a Dapodik Lokal database. The file was not changed; choose another file or a new file name.</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="25"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="76"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="105"/>
        <source>Simpan perubahan?</source>
        <translation>Save the changes?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="107"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="108"/>
        <source>Jangan Simpan</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="113"/>
        <source>Isian yang belum disimpan hilang jika tidak disimpan.</source>
        <translation>What has not been saved is lost if you do not save it.</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <location filename="../../app/entry/excel.py" line="52"/>
        <source>teks</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../app/entry/excel.py" line="53"/>
        <source>nama orang (huruf)</source>
        <translation>person&apos;s name (letters)</translation>
    </message>
    <message>
        <location filename="../../app/entry/excel.py" line="54"/>
        <source>angka</source>
        <translation>digits</translation>
    </message>
    <message>
        <location filename="../../app/entry/excel.py" line="55"/>
        <source>bilangan bulat</source>
        <translation>whole number</translation>
    </message>
    <message>
        <location filename="../../app/entry/excel.py" line="56"/>
        <source>bilangan</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../app/entry/excel.py" line="57"/>
        <source>tanggal HH-BB-TTTT</source>
        <translation>date DD-MM-YYYY</translation>
    </message>
    <message>
        <location filename="../../app/entry/excel.py" line="58"/>
        <source>huruf atau angka</source>
        <translation>letters or digits</translation>
    </message>
    <message>
        <location filename="../../app/entry/excel.py" line="59"/>
        <source>kode atau nama dari daftar</source>
        <translation>code or name from the list</translation>
    </message>
    <message>
        <location filename="../../app/entry/excel.py" line="60"/>
        <source>1 (ya) atau 0 (tidak)</source>
        <translation>1 (yes) or 0 (no)</translation>
    </message>
    <message>
        <location filename="../../app/entry/excel.py" line="61"/>
        <source>kode wilayah desa/kecamatan</source>
        <translation>village/district region code</translation>
    </message>
    <message>
        <location filename="../../app/entry/excel.py" line="62"/>
        <source>alamat email</source>
        <translation>email address</translation>
    </message>
    <message>
        <location filename="../../app/entry/excel.py" line="64"/>
        <source>kunci data; jangan diubah</source>
        <translation>record key; do not change</translation>
    </message>
    <message>
        <location filename="../../app/entry/excel.py" line="65"/>
        <source>kosong untuk data baru</source>
        <translation>empty for a new record</translation>
    </message>
    <message>
        <location filename="../../app/entry/excel.py" line="200"/>
        <source>Berkas {path} bukan berkas Excel (.xlsx) yang dapat dibaca.</source>
        <translation>File {path} is not a readable Excel (.xlsx) file.</translation>
    </message>
    <message>
        <location filename="../../app/entry/excel.py" line="223"/>
        <source>Kolom berkas tidak sesuai templat. Tidak dikenal: {unknown}. Wajib tetapi tidak ada: {missing}. Gunakan templat dari aplikasi.</source>
        <translation>The file&apos;s columns do not match the template. Unknown: {unknown}. Required but missing: {missing}. Use the template from the app.</translation>
    </message>
    <message>
        <location filename="../../app/entry/excel.py" line="299"/>
        <source>{column} {value} tidak ada di basis data ini; kosongkan kolom itu untuk menambah data baru.</source>
        <translation>{column} {value} is not in this database; leave that column empty to add a new record.</translation>
    </message>
    <message>
        <location filename="../../app/entry/excel.py" line="303"/>
        <source>{label} {value} sama dengan baris {other} di berkas ini.</source>
        <translation>{label} {value} is the same as row {other} of this file.</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="59"/>
        <source>{label} wajib diisi.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="60"/>
        <source>{label} harus {n} digit angka (sekarang {count} karakter).</source>
        <translation>{label} must be {n} digits (now {count} characters).</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="61"/>
        <source>{label} hanya boleh berisi angka.</source>
        <translation>{label} may contain digits only.</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="62"/>
        <source>{label} harus {n} karakter huruf atau angka (sekarang {count} karakter).</source>
        <translation>{label} must be {n} letters or digits (now {count} characters).</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="65"/>
        <source>{label} hanya boleh berisi huruf dan angka.</source>
        <translation>{label} may contain only letters and digits.</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="71"/>
        <source>{label} paling banyak {n} karakter.</source>
        <translation>{label} has at most {n} characters.</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="72"/>
        <source>{label} harus berupa angka.</source>
        <translation>{label} must be a number.</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="73"/>
        <source>{label} harus bilangan bulat.</source>
        <translation>{label} must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="74"/>
        <source>{label} harus antara {minimum} dan {maximum}.</source>
        <translation>{label} must be between {minimum} and {maximum}.</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="75"/>
        <source>{label} harus antara {earliest} dan {latest}.</source>
        <translation>{label} must be between {earliest} and {latest}.</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="76"/>
        <source>{label} bukan tanggal yang sah (format HH-BB-TTTT).</source>
        <translation>{label} is not a valid date (format DD-MM-YYYY).</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="77"/>
        <source>{label} hanya boleh berisi huruf, spasi, titik, koma, petik (&apos;) dan tanda hubung.</source>
        <translation>{label} may contain only letters, spaces, full stops, commas, apostrophes (&apos;) and hyphens.</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="81"/>
        <source>{label} bukan alamat email (contoh: nama@contoh.id).</source>
        <translation>{label} is not an email address (example: name@example.id).</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="82"/>
        <source>{label}: digit 7–12 harus tanggal lahir HHBBTT (perempuan: tanggal + 40).</source>
        <translation>{label}: digits 7–12 must be the birth date DDMMYY (women: day + 40).</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="85"/>
        <source>{label} tidak cocok dengan Tanggal Lahir dan Jenis Kelamin: digit 7–12 seharusnya {expected}.</source>
        <translation>{label} does not match Date of birth and Sex: digits 7–12 should be {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="89"/>
        <source>{label}: &quot;{text}&quot; tidak ada dalam daftar pilihan.</source>
        <translation>{label}: &quot;{text}&quot; is not in the list of choices.</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="90"/>
        <source>{label} tidak boleh sebelum {other}.</source>
        <translation>{label} cannot be before {other}.</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="91"/>
        <source>{label} tidak boleh lebih dari {other}.</source>
        <translation>{label} cannot be more than {other}.</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="92"/>
        <source>{label} wajib diisi bila {other_label} dicentang.</source>
        <translation>{label} is required when {other_label} is ticked.</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="93"/>
        <source>{label} diisi, padahal {other_label} tidak dicentang: centang {other_label} atau kosongkan {label}.</source>
        <translation>{label} is filled in but {other_label} is not ticked: tick {other_label} or clear {label}.</translation>
    </message>
    <message>
        <location filename="../../app/entry/fields.py" line="98"/>
        <source>{label}: &quot;{text}&quot; bukan nama sebenarnya; isi nama lengkap sesuai akta atau KK.</source>
        <translation>{label}: &quot;{text}&quot; is not a real name; enter the full name as on the birth certificate or family card (KK).</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="109"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="110"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="111"/>
        <source>Orang Tua</source>
        <translation>Parents</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="112"/>
        <source>Registrasi</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="113"/>
        <source>Kepegawaian</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="114"/>
        <source>Legalitas</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="115"/>
        <source>Kondisi Semester Ini</source>
        <translation>Condition This Semester</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="116"/>
        <source>Data Periodik</source>
        <translation>Data Periodik</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="117"/>
        <source>KIP dan PIP</source>
        <translation>KIP and PIP</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="119"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="120"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="121"/>
        <source>No. KK</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="122"/>
        <source>Tanggal Lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="123"/>
        <source>Penerima KIP</source>
        <translation>KIP holder</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="124"/>
        <source>Layak PIP</source>
        <translation>Eligible for PIP</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="125"/>
        <source>Panjang (m)</source>
        <translation>Length (m)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="126"/>
        <source>Lebar (m)</source>
        <translation>Width (m)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="127"/>
        <source>Status Kepemilikan</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="134"/>
        <source>Alamat Jalan</source>
        <translation>Street address</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="135"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="136"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="137"/>
        <location filename="../../app/entry/options.py" line="154"/>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="138"/>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="139"/>
        <source>Kode Pos</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="149"/>
        <source>Jenis Kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="154"/>
        <source>Tempat Lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="158"/>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="207"/>
        <source>Tinggi Badan (cm)</source>
        <translation>Height (cm)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="215"/>
        <source>Berat Badan (kg)</source>
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="224"/>
        <source>Lingkar Kepala (cm)</source>
        <translation>Head circumference (cm)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="232"/>
        <source>Jarak Rumah ke Sekolah (km)</source>
        <translation>Distance from home to school (km)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="241"/>
        <source>Waktu Tempuh (menit)</source>
        <translation>Travel time (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="249"/>
        <source>Jumlah Saudara Kandung</source>
        <translation>Number of siblings</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="262"/>
        <source>Nomor KIP</source>
        <translation>KIP number</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="263"/>
        <source>Nama di KIP</source>
        <translation>Name on the KIP</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="267"/>
        <source>Alasan Layak PIP</source>
        <translation>Reason for PIP eligibility</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="276"/>
        <source>Peserta Didik Keluar</source>
        <translation>Student leaving</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="281"/>
        <location filename="../../app/entry/forms.py" line="302"/>
        <source>Alasan Keluar</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="287"/>
        <location filename="../../app/entry/forms.py" line="308"/>
        <source>Tanggal Keluar</source>
        <translation>Date of leaving</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="291"/>
        <location filename="../../app/entry/forms.py" line="718"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="297"/>
        <source>GTK Keluar</source>
        <translation>Staff member leaving</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="317"/>
        <location filename="../../app/entry/forms.py" line="634"/>
        <source>Peserta Didik</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="330"/>
        <source>NISN</source>
        <translation>NISN</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="333"/>
        <source>Kebutuhan Khusus</source>
        <translation>Special needs</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="338"/>
        <location filename="../../app/entry/forms.py" line="886"/>
        <source>Dusun</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="341"/>
        <source>Jenis Tinggal</source>
        <translation>Living arrangement</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="347"/>
        <source>Alat Transportasi</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="353"/>
        <location filename="../../app/entry/forms.py" line="518"/>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="357"/>
        <location filename="../../app/entry/forms.py" line="519"/>
        <location filename="../../app/entry/forms.py" line="883"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="165"/>
        <source>Nama Ayah</source>
        <translation>Father&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="166"/>
        <source>NIK Ayah</source>
        <translation>Father&apos;s NIK</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="167"/>
        <source>Tahun Lahir Ayah</source>
        <translation>Father&apos;s year of birth</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="168"/>
        <source>Pekerjaan Ayah</source>
        <translation>Father&apos;s occupation</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="169"/>
        <source>Penghasilan Ayah</source>
        <translation>Father&apos;s income</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="172"/>
        <location filename="../../app/entry/forms.py" line="446"/>
        <source>Nama Ibu Kandung</source>
        <translation>Mother&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="173"/>
        <source>NIK Ibu</source>
        <translation>Mother&apos;s NIK</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="174"/>
        <source>Tahun Lahir Ibu</source>
        <translation>Mother&apos;s year of birth</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="175"/>
        <source>Pekerjaan Ibu</source>
        <translation>Mother&apos;s occupation</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="176"/>
        <source>Penghasilan Ibu</source>
        <translation>Mother&apos;s income</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="179"/>
        <source>Nama Wali</source>
        <translation>Guardian&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="180"/>
        <source>NIK Wali</source>
        <translation>Guardian&apos;s NIK</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="181"/>
        <source>Tahun Lahir Wali</source>
        <translation>Guardian&apos;s year of birth</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="182"/>
        <source>Pekerjaan Wali</source>
        <translation>Guardian&apos;s occupation</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="183"/>
        <source>Penghasilan Wali</source>
        <translation>Guardian&apos;s income</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="363"/>
        <location filename="../../app/entry/forms.py" line="640"/>
        <source>Jenis Pendaftaran</source>
        <translation>Enrolment type</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="371"/>
        <source>NIPD</source>
        <translation>NIPD</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="378"/>
        <source>Tanggal Masuk Sekolah</source>
        <translation>Date of entry</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="386"/>
        <source>Sekolah Asal</source>
        <translation>Previous school</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="407"/>
        <source>{label} wajib diisi untuk PNS (status kepegawaian {chosen}).</source>
        <translation>{label} is required for civil servants (PNS) (employment status {chosen}).</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="410"/>
        <source>{label} harus dikosongkan: status kepegawaian {chosen} bukan PNS atau PPPK.</source>
        <translation>{label} must be left empty: employment status {chosen} is neither PNS nor PPPK.</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="431"/>
        <location filename="../../app/entry/forms.py" line="546"/>
        <location filename="../../app/entry/forms.py" line="579"/>
        <source>GTK</source>
        <translation>GTK</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="448"/>
        <source>NUPTK</source>
        <translation>NUPTK</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="449"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="452"/>
        <source>Status Kepegawaian</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="459"/>
        <source>Pangkat/Golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="463"/>
        <source>SK CPNS</source>
        <translation>CPNS decree</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="466"/>
        <source>TMT CPNS</source>
        <translation>CPNS start date</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="472"/>
        <source>TMT PNS</source>
        <translation>PNS start date</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="478"/>
        <source>SK Pengangkatan</source>
        <translation>Appointment decree</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="484"/>
        <source>TMT Pengangkatan</source>
        <translation>Appointment start date</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="490"/>
        <source>Jenis PTK</source>
        <translation>Staff type</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="498"/>
        <source>Nomor Surat Tugas</source>
        <translation>Assignment letter no.</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="505"/>
        <source>TMT Tugas</source>
        <translation>Assignment start date</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="512"/>
        <source>Sekolah Induk</source>
        <translation>Home school</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="520"/>
        <source>NPWP</source>
        <translation>NPWP (tax no.)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="543"/>
        <source>Riwayat Pendidikan Formal</source>
        <translation>Formal education history</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="549"/>
        <source>Jenjang Pendidikan</source>
        <translation>Education level</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="553"/>
        <source>Bidang Studi</source>
        <translation>Field of study</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="555"/>
        <source>Gelar Akademik</source>
        <translation>Academic degree</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="559"/>
        <source>Satuan Pendidikan</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="563"/>
        <source>Fakultas</source>
        <translation>Faculty</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="564"/>
        <source>Program Studi</source>
        <translation>Study programme</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="565"/>
        <source>Kependidikan</source>
        <translation>Teacher education</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="566"/>
        <source>Tahun Masuk</source>
        <translation>Year started</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="567"/>
        <source>Tahun Lulus</source>
        <translation>Year graduated</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="568"/>
        <source>NIM</source>
        <translation>Student ID (NIM)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="569"/>
        <source>IPK</source>
        <translation>GPA</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="576"/>
        <source>Tugas Tambahan</source>
        <translation>Additional duties</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="582"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="586"/>
        <source>Jumlah Jam</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="587"/>
        <source>Nomor SK</source>
        <translation>Decree no.</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="588"/>
        <source>TMT</source>
        <translation>Start (TMT)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="589"/>
        <source>TST</source>
        <translation>End (TST)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="596"/>
        <source>Rombongan Belajar</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="599"/>
        <source>Nama Rombel</source>
        <translation>Class name</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="602"/>
        <source>Tingkat</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="608"/>
        <source>Jenis Rombel</source>
        <translation>Class type</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="613"/>
        <source>Kurikulum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="615"/>
        <source>Wali Kelas</source>
        <translation>Homeroom teacher</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="616"/>
        <location filename="../../app/entry/forms.py" line="703"/>
        <location filename="../../app/entry/forms.py" line="786"/>
        <location filename="../../app/entry/forms.py" line="829"/>
        <source>Ruang</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="617"/>
        <source>Moving Class</source>
        <translation>Moving class</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="623"/>
        <source>Anggota Rombel</source>
        <translation>Class members</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="628"/>
        <location filename="../../app/entry/forms.py" line="660"/>
        <source>Rombel</source>
        <translation>Rombel</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="655"/>
        <location filename="../../app/entry/forms.py" line="697"/>
        <source>Pembelajaran</source>
        <translation>Teaching</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="666"/>
        <source>Mata Pelajaran</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="670"/>
        <source>Guru</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="673"/>
        <source>Jam per Minggu</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="678"/>
        <source>SK Mengajar</source>
        <translation>Teaching decree</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="679"/>
        <source>Tanggal SK Mengajar</source>
        <translation>Teaching decree date</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="682"/>
        <source>Status di Kurikulum</source>
        <translation>Status in curriculum</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="692"/>
        <source>Jadwal</source>
        <translation>Timetable entry</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="701"/>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="702"/>
        <source>Jam Ke</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="709"/>
        <location filename="../../app/entry/forms.py" line="771"/>
        <source>Tanah</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="713"/>
        <source>No. Sertifikat</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="716"/>
        <location filename="../../app/entry/forms.py" line="810"/>
        <source>Luas (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="723"/>
        <source>Kerusakan Pondasi (%)</source>
        <translation>Foundation Damage (%)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="724"/>
        <source>Kerusakan Kolom/Balok (%)</source>
        <translation>Column/Beam Damage (%)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="725"/>
        <source>Kerusakan Atap (%)</source>
        <translation>Roof Damage (%)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="726"/>
        <source>Kerusakan Dinding (%)</source>
        <translation>Wall Damage (%)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="727"/>
        <source>Kerusakan Lantai (%)</source>
        <translation>Floor Damage (%)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="728"/>
        <source>Kerusakan Plafon (%)</source>
        <translation>Ceiling Damage (%)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="729"/>
        <source>Kerusakan Pintu (%)</source>
        <translation>Door Damage (%)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="730"/>
        <source>Kerusakan Jendela (%)</source>
        <translation>Window Damage (%)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="759"/>
        <location filename="../../app/entry/forms.py" line="798"/>
        <source>Bangunan</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="772"/>
        <location filename="../../app/entry/forms.py" line="805"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="776"/>
        <source>Luas Tapak (m²)</source>
        <translation>Footprint (m²)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="777"/>
        <source>Jumlah Lantai</source>
        <translation>Floors</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="778"/>
        <source>Tahun Dibangun</source>
        <translation>Year built</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="801"/>
        <source>Jenis Prasarana</source>
        <translation>Room type</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="807"/>
        <source>Lantai ke</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="811"/>
        <source>Kapasitas</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="815"/>
        <source>Berfungsi</source>
        <translation>Functional</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="825"/>
        <source>Alat</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="832"/>
        <source>Jenis Sarana</source>
        <translation>Equipment type</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="837"/>
        <source>Spesifikasi</source>
        <translation>Specification</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="840"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="844"/>
        <source>Jumlah Laik</source>
        <translation>Usable quantity</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="856"/>
        <source>Sekolah</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="861"/>
        <source>Nama Sekolah</source>
        <translation>School name</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="866"/>
        <source>NPSN</source>
        <translation>NPSN</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="867"/>
        <source>NSS</source>
        <translation>NSS</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="870"/>
        <source>Bentuk Pendidikan</source>
        <translation>School type</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="877"/>
        <source>Status Sekolah</source>
        <translation>School status</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="882"/>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="884"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="888"/>
        <source>Lintang</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="889"/>
        <source>Bujur</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="893"/>
        <source>SK Pendirian</source>
        <translation>Founding decree</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="899"/>
        <source>Tanggal SK Pendirian</source>
        <translation>Founding decree date</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="905"/>
        <source>SK Izin Operasional</source>
        <translation>Operating licence</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="911"/>
        <source>Tanggal SK Izin Operasional</source>
        <translation>Operating licence date</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="917"/>
        <source>Akreditasi</source>
        <translation>Accreditation</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="923"/>
        <source>SK Akreditasi</source>
        <translation>Accreditation decree</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="929"/>
        <source>TMT Akreditasi</source>
        <translation>Accreditation date</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="941"/>
        <source>Nilai</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="944"/>
        <source>Nilai Pengetahuan</source>
        <translation>Knowledge grade</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="945"/>
        <source>Nilai Keterampilan</source>
        <translation>Skills grade</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="959"/>
        <source>Data Periodik Sekolah</source>
        <translation>School Data Periodik</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="964"/>
        <source>Waktu Penyelenggaraan</source>
        <translation>School hours</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="967"/>
        <source>Sumber Listrik</source>
        <translation>Electricity source</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="971"/>
        <source>Daya Listrik (Watt)</source>
        <translation>Electrical power (watts)</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="977"/>
        <source>Akses Internet</source>
        <translation>Internet access</translation>
    </message>
    <message>
        <location filename="../../app/entry/forms.py" line="979"/>
        <source>Sumber Air</source>
        <translation>Water source</translation>
    </message>
    <message>
        <location filename="../../app/entry/options.py" line="29"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../app/entry/options.py" line="30"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../app/entry/options.py" line="33"/>
        <source>Negeri</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../app/entry/options.py" line="34"/>
        <source>Swasta</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../app/entry/options.py" line="37"/>
        <source>Wajib sesuai kurikulum</source>
        <translation>Compulsory in the curriculum</translation>
    </message>
    <message>
        <location filename="../../app/entry/options.py" line="38"/>
        <source>Muatan lokal</source>
        <translation>Local content</translation>
    </message>
    <message>
        <location filename="../../app/entry/options.py" line="39"/>
        <source>Tambahan</source>
        <translation>Additional</translation>
    </message>
    <message>
        <location filename="../../app/entry/options.py" line="63"/>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../app/entry/options.py" line="64"/>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../app/entry/options.py" line="65"/>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../app/entry/options.py" line="66"/>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../app/entry/options.py" line="67"/>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../app/entry/options.py" line="68"/>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../app/entry/options.py" line="151"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../app/entry/options.py" line="152"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../app/entry/options.py" line="153"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../app/entry/store.py" line="36"/>
        <source>Data belum benar: {detail}</source>
        <translation>The data is not right yet: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/entry/store.py" line="124"/>
        <source>Isi data Sekolah dan semester aktif terlebih dahulu, lalu simpan lagi.</source>
        <translation>Enter the school&apos;s data and the active semester first, then save again.</translation>
    </message>
    <message>
        <location filename="../../app/entry/store.py" line="161"/>
        <source>Data tidak tersimpan, basis data menolak: {detail}</source>
        <translation>Not saved, the database refused: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/entry/store.py" line="218"/>
        <source>Belum ada registrasi atau penugasan untuk dicatat keluar; lengkapi dulu lewat Ubah.</source>
        <translation>There is no registration or assignment to record the leaving on; complete it first with Edit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_form.py" line="92"/>
        <source>HH-BB-TTTT</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_form.py" line="96"/>
        <source>Pilih dari kalender</source>
        <translation>Pick from the calendar</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="132"/>
        <source>Lupa Kata Sandi</source>
        <translation>Forgot Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="141"/>
        <source>Kata sandi akun Operator Sekolah dapat diatur ulang dengan Kode Registrasi sekolah (dari Dinas Pendidikan / Manajemen Dapodik).</source>
        <translation>The password of a School Operator account can be reset with the school&apos;s Kode Registrasi (from the Dinas Pendidikan / Manajemen Dapodik).</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="147"/>
        <source>Atur Ulang</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="148"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="153"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="154"/>
        <source>Kode Registrasi</source>
        <translation>Registration Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="155"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="156"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="162"/>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>Hari</name>
    <message>
        <location filename="../../app/ui/table_model.py" line="25"/>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="26"/>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="27"/>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="28"/>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="29"/>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="30"/>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="37"/>
        <source>Impor %1 dari Excel</source>
        <translation>Import %1 from Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="42"/>
        <source>Pilih Berkas…</source>
        <translation>Choose File…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="44"/>
        <source>Simpan Templat…</source>
        <translation>Save Template…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="46"/>
        <source>Pilih berkas .xlsx yang dibuat dari templat.</source>
        <translation>Choose an .xlsx file made from the template.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="48"/>
        <source>%v dari %m baris</source>
        <translation>%v of %m rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="51"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="51"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="51"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="58"/>
        <source>Impor Baris yang Benar</source>
        <translation>Import the Correct Rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="60"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="76"/>
        <source>Pilih Berkas Excel</source>
        <translation>Choose Excel File</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="83"/>
        <source>Simpan Templat</source>
        <translation>Save Template</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="93"/>
        <source>Membaca berkas…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="103"/>
        <source>Pratinjau dibatalkan. Pilih berkas lagi.</source>
        <translation>Preview cancelled. Choose the file again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="117"/>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="118"/>
        <source>ubah</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="119"/>
        <source>tidak berubah</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="120"/>
        <source>galat</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="133"/>
        <source>Baru: %1, ubah: %2, tidak berubah: %3, galat: %4. Baris galat tidak diimpor.</source>
        <translation>New: %1, update: %2, unchanged: %3, error: %4. Rows with errors are not imported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="146"/>
        <source>Diubah: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="151"/>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="156"/>
        <source>Impor dibatalkan; tidak ada yang ditulis.</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="166"/>
        <source>%n baris diimpor.</source>
        <translation>
            <numerusform>%n row imported.</numerusform>
            <numerusform>%n rows imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="160"/>
        <source>Impor gagal, tidak ada yang ditulis: %1</source>
        <translation>Import failed, nothing was written: %1</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../app/ui/jobs.py" line="246"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>KepalaSekolahPage</name>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="135"/>
        <source>Kepala Sekolah</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="138"/>
        <source>Tukar Akses Pengguna…</source>
        <translation>Switch User Access…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="155"/>
        <source>Kepala sekolah sedang memakai aplikasi.</source>
        <translation>The principal is currently using the app.</translation>
    </message>
</context>
<context>
    <name>KodeDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="127"/>
        <location filename="../../app/ui/dialogs.py" line="140"/>
        <source>Kode Registrasi</source>
        <translation>Registration Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="135"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>KoneksiPage</name>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="313"/>
        <source>Koneksi ke Server</source>
        <translation>Connection to Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="316"/>
        <source>Periksa lagi</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="327"/>
        <source>Menghubungi server…</source>
        <translation>Contacting server…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="334"/>
        <source>Terhubung</source>
        <translation>Connected</translation>
    </message>
</context>
<context>
    <name>LembarKonfirmasiPage</name>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="170"/>
        <location filename="../../app/ui/sinkronisasi.py" line="284"/>
        <source>Lembar Konfirmasi</source>
        <translation>Confirmation Sheet (Lembar Konfirmasi)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="172"/>
        <source>Butir</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="172"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="174"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="176"/>
        <source>Konfirmasi Isian Dapodik</source>
        <translation>Dapodik Entry Confirmation</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="178"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="180"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="253"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="273"/>
        <source>Simpan Lembar Konfirmasi</source>
        <translation>Save Confirmation Sheet</translation>
    </message>
</context>
<context>
    <name>Listing</name>
    <message>
        <location filename="../../app/db/listing.py" line="560"/>
        <location filename="../../app/ui/table_model.py" line="136"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="137"/>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="71"/>
        <location filename="../../app/db/listing.py" line="276"/>
        <location filename="../../app/db/listing.py" line="372"/>
        <source>Peserta Didik</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="77"/>
        <location filename="../../app/db/listing.py" line="122"/>
        <location filename="../../app/db/listing.py" line="400"/>
        <location filename="../../app/db/listing.py" line="424"/>
        <location filename="../../app/db/listing.py" line="455"/>
        <location filename="../../app/db/listing.py" line="485"/>
        <location filename="../../app/db/listing.py" line="539"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="78"/>
        <location filename="../../app/db/listing.py" line="123"/>
        <location filename="../../app/db/listing.py" line="374"/>
        <source>JK</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="79"/>
        <location filename="../../app/db/listing.py" line="277"/>
        <location filename="../../app/db/listing.py" line="373"/>
        <source>NISN</source>
        <translation>NISN</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="80"/>
        <location filename="../../app/db/listing.py" line="126"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="81"/>
        <source>NIPD</source>
        <translation>NIPD</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="82"/>
        <source>Tempat Lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="85"/>
        <location filename="../../app/db/listing.py" line="129"/>
        <source>Tanggal Lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="89"/>
        <location filename="../../app/db/listing.py" line="207"/>
        <location filename="../../app/db/listing.py" line="244"/>
        <location filename="../../app/db/listing.py" line="278"/>
        <location filename="../../app/db/listing.py" line="371"/>
        <source>Rombel</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="92"/>
        <source>Nama Ibu Kandung</source>
        <translation>Mother&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="97"/>
        <location filename="../../app/db/listing.py" line="141"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="112"/>
        <location filename="../../app/db/listing.py" line="315"/>
        <location filename="../../app/db/listing.py" line="343"/>
        <source>GTK</source>
        <translation>Staff (GTK)</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="124"/>
        <source>NUPTK</source>
        <translation>NUPTK</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="125"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="135"/>
        <location filename="../../app/db/listing.py" line="517"/>
        <source>Status Kepegawaian</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="138"/>
        <location filename="../../app/db/listing.py" line="518"/>
        <source>Jenis PTK</source>
        <translation>Staff type</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="163"/>
        <source>Rombongan Belajar</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="174"/>
        <source>Nama Rombel</source>
        <translation>Class name</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="177"/>
        <source>Tingkat</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="182"/>
        <location filename="../../app/db/listing.py" line="527"/>
        <location filename="../../app/db/listing.py" line="563"/>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="183"/>
        <source>Wali Kelas</source>
        <translation>Homeroom teacher</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="184"/>
        <location filename="../../app/db/listing.py" line="524"/>
        <source>Kurikulum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="185"/>
        <location filename="../../app/db/listing.py" line="253"/>
        <location filename="../../app/db/listing.py" line="445"/>
        <location filename="../../app/db/listing.py" line="487"/>
        <source>Ruang</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="186"/>
        <source>Jumlah Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="197"/>
        <source>Pembelajaran</source>
        <translation>Teaching</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="210"/>
        <location filename="../../app/db/listing.py" line="249"/>
        <location filename="../../app/db/listing.py" line="281"/>
        <location filename="../../app/db/listing.py" line="523"/>
        <source>Mata Pelajaran</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="213"/>
        <location filename="../../app/db/listing.py" line="252"/>
        <location filename="../../app/db/listing.py" line="557"/>
        <source>Guru</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="216"/>
        <source>Jam per Minggu</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="220"/>
        <source>SK Mengajar</source>
        <translation>Teaching decree</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="232"/>
        <source>Jadwal</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="245"/>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="246"/>
        <source>Jam Ke</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="265"/>
        <source>Nilai</source>
        <translation>Grades</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="286"/>
        <source>Nilai Pengetahuan</source>
        <translation>Knowledge grade</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="292"/>
        <source>Nilai Keterampilan</source>
        <translation>Skills grade</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="306"/>
        <source>Riwayat Pendidikan</source>
        <translation>Education history</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="316"/>
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="319"/>
        <source>Satuan Pendidikan</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="322"/>
        <source>Program Studi</source>
        <translation>Study programme</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="323"/>
        <source>Tahun Lulus</source>
        <translation>Year graduated</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="334"/>
        <source>Tugas Tambahan</source>
        <translation>Additional duties</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="344"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="345"/>
        <source>Nomor SK</source>
        <translation>Decree no.</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="346"/>
        <source>TMT</source>
        <translation>Start (TMT)</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="347"/>
        <source>TST</source>
        <translation>End (TST)</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="358"/>
        <source>Anggota Rombel</source>
        <translation>Class members</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="394"/>
        <source>Tanah</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="403"/>
        <source>No. Sertifikat</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="406"/>
        <location filename="../../app/db/listing.py" line="458"/>
        <source>Luas (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="407"/>
        <source>Kepemilikan</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="418"/>
        <location filename="../../app/db/listing.py" line="457"/>
        <source>Bangunan</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="423"/>
        <location filename="../../app/db/listing.py" line="454"/>
        <location filename="../../app/db/listing.py" line="567"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="425"/>
        <source>Luas Tapak (m²)</source>
        <translation>Footprint (m²)</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="426"/>
        <source>Jumlah Lantai</source>
        <translation>Floors</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="428"/>
        <source>Tahun Dibangun</source>
        <translation>Year built</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="432"/>
        <location filename="../../app/db/listing.py" line="461"/>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="456"/>
        <location filename="../../app/db/listing.py" line="531"/>
        <source>Jenis Prasarana</source>
        <translation>Room type</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="475"/>
        <source>Alat</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="486"/>
        <location filename="../../app/db/listing.py" line="532"/>
        <source>Jenis Sarana</source>
        <translation>Equipment type</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="488"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="489"/>
        <source>Laik</source>
        <translation>Usable</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="507"/>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="508"/>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="509"/>
        <source>Jenjang Pendidikan</source>
        <translation>Education level</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="510"/>
        <source>Bentuk Pendidikan</source>
        <translation>School type</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="511"/>
        <source>Tingkat Pendidikan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="512"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="513"/>
        <source>Penghasilan</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="514"/>
        <source>Jenis Tinggal</source>
        <translation>Living arrangement</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="515"/>
        <source>Alat Transportasi</source>
        <translation>Means of transport</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="516"/>
        <source>Kebutuhan Khusus</source>
        <translation>Special needs</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="519"/>
        <source>Jabatan dan Tugas PTK</source>
        <translation>PTK posts and duties</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="520"/>
        <source>Pangkat/Golongan</source>
        <translation>Rank/Grade (pangkat/golongan)</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="521"/>
        <source>Bidang Studi</source>
        <translation>Field of study</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="522"/>
        <source>Gelar Akademik</source>
        <translation>Academic degree</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="525"/>
        <source>Mata Pelajaran per Kurikulum</source>
        <translation>Subjects per curriculum</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="526"/>
        <location filename="../../app/db/listing.py" line="549"/>
        <source>Tahun Ajaran</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="528"/>
        <source>Jenis Rombel</source>
        <translation>Class group type</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="529"/>
        <source>Jenis Pendaftaran</source>
        <translation>Enrolment type</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="530"/>
        <source>Jenis Keluar</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="533"/>
        <source>Status Kepemilikan</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="534"/>
        <source>Kerusakan</source>
        <translation>Damage</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="535"/>
        <source>Akreditasi</source>
        <translation>Accreditation</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="536"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="540"/>
        <source>Tidak berlaku sejak</source>
        <translation>Retired since</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="541"/>
        <source>Singkatan</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="542"/>
        <source>Kode Wilayah</source>
        <translation>Region code</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="543"/>
        <source>Tingkat Wilayah</source>
        <translation>Region level</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="544"/>
        <source>Kode Wilayah Induk</source>
        <translation>Parent region code</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="545"/>
        <source>Kode Jenjang</source>
        <translation>Level code</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="546"/>
        <source>Kode Tingkat</source>
        <translation>Grade code</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="547"/>
        <source>Kode Kurikulum</source>
        <translation>Curriculum code</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="548"/>
        <source>Kode Mata Pelajaran</source>
        <translation>Subject code</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="550"/>
        <source>Tingkat Terendah</source>
        <translation>Lowest grade</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="551"/>
        <source>Tingkat Tertinggi</source>
        <translation>Highest grade</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="552"/>
        <source>Usia Terendah</source>
        <translation>Youngest age</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="553"/>
        <source>Usia Tertinggi</source>
        <translation>Oldest age</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="554"/>
        <source>Batas Bawah</source>
        <translation>Lower bound</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="555"/>
        <source>Batas Atas</source>
        <translation>Upper bound</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="556"/>
        <source>PNS</source>
        <translation>Civil servant (PNS)</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="558"/>
        <source>Jam Diakui</source>
        <translation>Hours recognised</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="559"/>
        <source>Jumlah Jam</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="561"/>
        <source>Tanggal Mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="562"/>
        <source>Tanggal Selesai</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="564"/>
        <source>Persen Terendah</source>
        <translation>Lowest percent</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="565"/>
        <source>Persen Tertinggi</source>
        <translation>Highest percent</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <location filename="../../app/sync/local_server.py" line="77"/>
        <source>Menyiapkan server referensi dengan sekolah demo…</source>
        <translation>Preparing the reference server with the demo school…</translation>
    </message>
    <message>
        <location filename="../../app/sync/local_server.py" line="78"/>
        <source>Menjalankan server referensi lokal…</source>
        <translation>Starting the local reference server…</translation>
    </message>
    <message>
        <location filename="../../app/sync/local_server.py" line="79"/>
        <source>Mendaftarkan aplikasi ke server referensi…</source>
        <translation>Registering the app with the reference server…</translation>
    </message>
    <message>
        <location filename="../../app/sync/local_server.py" line="80"/>
        <source>Mencocokkan data demo dengan data server…</source>
        <translation>Matching the demo data with the server&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../app/sync/local_server.py" line="163"/>
        <source>Server referensi tidak dapat disiapkan: {detail}</source>
        <translation>The reference server could not be prepared: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/sync/local_server.py" line="197"/>
        <source>Server referensi berhenti saat dijalankan: {detail}</source>
        <translation>The reference server stopped while starting: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/sync/local_server.py" line="209"/>
        <source>Server referensi tidak menjawab dalam {seconds} detik.</source>
        <translation>The reference server did not answer within {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../app/sync/local_server.py" line="292"/>
        <source>Data demo di laptop ini bukan sekolah demo yang ada di server referensi (mungkin dibuat dengan seed lain). Buat ulang basis data demo.</source>
        <translation>The demo data on this laptop is not the demo school on the reference server (perhaps made with another seed). Recreate the demo database.</translation>
    </message>
    <message>
        <location filename="../../app/sync/local_server.py" line="356"/>
        <source>Server referensi lokal hanya untuk sekolah demo.</source>
        <translation>The local reference server is only for the demo school.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="51"/>
        <source>Masuk — Dapodik Lokal</source>
        <translation>Log in — Dapodik Lokal</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="60"/>
        <source>Lupa kata sandi?</source>
        <translation>Forgot password?</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="64"/>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="65"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="69"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="70"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="82"/>
        <source>Daftarkan Sekolah Anda…</source>
        <translation>Register Your School…</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="93"/>
        <source>Ini sekolah demo. Akun operator demo: &lt;b&gt;%1&lt;/b&gt;, kata sandi &lt;b&gt;%2&lt;/b&gt;. Kode Registrasi demo untuk Tukar Akses Pengguna: &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>This is the demo school. Demo operator account: &lt;b&gt;%1&lt;/b&gt;, password &lt;b&gt;%2&lt;/b&gt;. Demo Kode Registrasi for Tukar Akses Pengguna: &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_dialogs.py" line="121"/>
        <source>Kata sandi diganti. Silakan masuk.</source>
        <translation>Password changed. Please log in.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>Sekolah</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Sarpras</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>Peserta Didik</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>GTK</source>
        <translation>Staff (GTK)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>Rombongan Belajar</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>Pembelajaran</source>
        <translation>Teaching</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>Jadwal</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Nilai</source>
        <translation>Grades</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>Referensi</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>Validasi</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>PMP</source>
        <translation>PMP</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="237"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="238"/>
        <source>&amp;Pulihkan dari Cadangan…</source>
        <translation>&amp;Restore from Backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="241"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244"/>
        <source>&amp;Pengaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245"/>
        <source>&amp;Bahasa dan Tampilan…</source>
        <translation>&amp;Language and Display…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="249"/>
        <source>&amp;WebService…</source>
        <translation>&amp;Web Service…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="252"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="253"/>
        <source>&amp;Tentang Dapodik Lokal</source>
        <translation>&amp;About Dapodik Lokal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="272"/>
        <source>Dapodik Lokal</source>
        <translation>Dapodik Lokal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>Semester aktif: %1</source>
        <translation>Active semester: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="284"/>
        <source>Tentang Dapodik Lokal</source>
        <translation>About Dapodik Lokal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>&lt;b&gt;Dapodik Lokal&lt;/b&gt; versi %1&lt;br&gt;Basis data: %2&lt;br&gt;Log: %3</source>
        <translation>&lt;b&gt;Dapodik Lokal&lt;/b&gt; version %1&lt;br&gt;Database: %2&lt;br&gt;Log: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="291"/>
        <source>Dapodik Lokal berlisensi MIT. Memakai Qt dan PySide6 (LGPL v3), SQLAlchemy, Alembic, keyring, platformdirs, argon2-cffi, openpyxl, FastAPI (MIT), requests, cryptography (Apache 2.0) dan uvicorn (BSD). Teks lisensi lengkap ada di folder instalasi masing-masing pustaka.</source>
        <translation>Dapodik Lokal is MIT-licensed. It uses Qt and PySide6 (LGPL v3), SQLAlchemy, Alembic, keyring, platformdirs, argon2-cffi, openpyxl, FastAPI (MIT), requests, cryptography (Apache 2.0) and uvicorn (BSD). The full licence texts are in each library&apos;s installation folder.</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="45"/>
        <source>Selamat datang di Dapodik Lokal</source>
        <translation>Welcome to Dapodik Lokal</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="46"/>
        <source>Sekolah ini belum terdaftar di perangkat ini.</source>
        <translation>No school is registered on this device yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="47"/>
        <source>Daftarkan sekolah lewat server (perlu internet)</source>
        <translation>Register the school through the server (needs internet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="49"/>
        <source>Daftarkan sekolah dari berkas prefill (tanpa internet)</source>
        <translation>Register the school from a prefill file (no internet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="51"/>
        <source>Lihat sekolah demo dulu (tanpa server)</source>
        <translation>Look at the demo school first (no server)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="54"/>
        <source>Lihat sekolah demo tanpa kesalahan (untuk langsung mencoba Sinkronisasi)</source>
        <translation>Look at the demo school without mistakes (to try Sinkronisasi right away)</translation>
    </message>
</context>
<context>
    <name>NilaiGridModel</name>
    <message>
        <location filename="../../app/ui/nilai_grid.py" line="68"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/nilai_grid.py" line="70"/>
        <source>NISN</source>
        <translation>NISN</translation>
    </message>
</context>
<context>
    <name>NilaiGridPage</name>
    <message>
        <location filename="../../app/ui/nilai_grid.py" line="148"/>
        <source>Simpan Nilai</source>
        <translation>Save Grades</translation>
    </message>
    <message>
        <location filename="../../app/ui/nilai_grid.py" line="163"/>
        <source>Rombel:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <location filename="../../app/ui/nilai_grid.py" line="165"/>
        <source>Mata Pelajaran:</source>
        <translation>Subject:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/nilai_grid.py" line="210"/>
        <source>%n peserta didik</source>
        <translation>
            <numerusform>%n student(s)</numerusform>
            <numerusform>%n student(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/nilai_grid.py" line="215"/>
        <source>Nilai belum disimpan: %1 sel di luar 0–100 (ditandai merah).</source>
        <translation>Grades not saved: %1 cell(s) outside 0–100 (marked red).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/nilai_grid.py" line="226"/>
        <source>%n nilai disimpan.</source>
        <translation>
            <numerusform>%n grade(s) saved.</numerusform>
            <numerusform>%n grade(s) saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NilaiPage</name>
    <message>
        <location filename="../../app/ui/nilai_grid.py" line="242"/>
        <source>Isi Nilai</source>
        <translation>Enter Grades</translation>
    </message>
    <message>
        <location filename="../../app/ui/nilai_grid.py" line="243"/>
        <source>Daftar Nilai</source>
        <translation>Grade List</translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="129"/>
        <source>Akun Operator</source>
        <translation>Operator Account</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="130"/>
        <source>Akun ini dipakai untuk masuk ke Dapodik Lokal di perangkat ini.</source>
        <translation>This account is used to log in to Dapodik Lokal on this device.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="139"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="140"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="141"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="142"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="147"/>
        <source>Nama pengguna wajib diisi.</source>
        <translation>A username is required.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="152"/>
        <source>Kata sandi minimal %1 karakter.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="156"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>Pengaturan</name>
    <message>
        <location filename="../../app/domain_settings.py" line="36"/>
        <source>Alamat server harus diawali http:// atau https://, misalnya https://dapo.contoh.go.id</source>
        <translation>The server address must start with http:// or https://, for example https://dapo.contoh.go.id</translation>
    </message>
    <message>
        <location filename="../../app/domain_settings.py" line="45"/>
        <source>Folder cadangan {folder} tidak ada atau tidak dapat ditulisi.</source>
        <translation>The backup folder {folder} does not exist or is not writable.</translation>
    </message>
</context>
<context>
    <name>PersetujuanPage</name>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="293"/>
        <source>Persetujuan Pengiriman Data</source>
        <translation>Data Submission Agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="296"/>
        <source>Saya setuju</source>
        <translation>I agree</translation>
    </message>
</context>
<context>
    <name>Pmp</name>
    <message>
        <location filename="../../dapodik/pmp/instruments.py" line="24"/>
        <source>Kepala Sekolah</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../dapodik/pmp/instruments.py" line="25"/>
        <source>Guru</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../dapodik/pmp/instruments.py" line="26"/>
        <source>Peserta Didik</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../dapodik/pmp/instruments.py" line="27"/>
        <source>Komite Sekolah</source>
        <translation>School Committee</translation>
    </message>
    <message>
        <location filename="../../dapodik/pmp/instruments.py" line="28"/>
        <source>Pengawas</source>
        <translation>School Supervisor</translation>
    </message>
    <message>
        <location filename="../../app/pmp/package.py" line="80"/>
        <source>Kode Registrasi sekolah diperlukan untuk menandatangani berkas PMP.</source>
        <translation>The school&apos;s Registration Code is needed to sign the PMP file.</translation>
    </message>
    <message>
        <location filename="../../app/pmp/package.py" line="176"/>
        <source>Folder {folder} tidak ada.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/pmp/package.py" line="182"/>
        <source>Berkas PMP tidak dapat ditulis ke {folder}: {error}</source>
        <translation>The PMP file cannot be written to {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/pmp/respondents.py" line="58"/>
        <source>{jenis} — {nama}: {sisa} dari {total} pertanyaan belum dijawab</source>
        <translation>{jenis} — {nama}: {sisa} of {total} questions not answered yet</translation>
    </message>
    <message>
        <location filename="../../app/pmp/respondents.py" line="61"/>
        <source>{jenis}: {jumlah} responden belum ditambahkan (paling sedikit {minimal})</source>
        <translation>{jenis}: {jumlah} respondents not added yet (at least {minimal})</translation>
    </message>
    <message>
        <location filename="../../app/pmp/respondents.py" line="65"/>
        <source>Kepala Sekolah belum ditetapkan di data GTK (tugas tambahan Kepala Sekolah)</source>
        <translation>No principal is set in the GTK data (additional duty Kepala Sekolah)</translation>
    </message>
    <message>
        <location filename="../../app/pmp/respondents.py" line="68"/>
        <source>Guru: belum ada guru aktif di data GTK</source>
        <translation>Teacher: there is no active teacher in the GTK data</translation>
    </message>
    <message>
        <location filename="../../app/pmp/respondents.py" line="69"/>
        <source>Peserta Didik: belum ada peserta didik aktif di tingkat {tingkat}</source>
        <translation>Student: there is no active student in grade {tingkat}</translation>
    </message>
    <message>
        <location filename="../../app/pmp/respondents.py" line="196"/>
        <source>Belum ada data sekolah di basis data ini.</source>
        <translation>This database holds no school data yet.</translation>
    </message>
    <message>
        <location filename="../../app/pmp/respondents.py" line="282"/>
        <source>Instrumen PMP {versi} belum tersedia untuk jenjang sekolah ini.</source>
        <translation>PMP instrument {versi} is not available for this school&apos;s level yet.</translation>
    </message>
    <message>
        <location filename="../../app/pmp/respondents.py" line="406"/>
        <source>Nama responden wajib diisi.</source>
        <translation>The respondent&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../app/pmp/status.py" line="35"/>
        <source>Belum Kirim</source>
        <translation>Not Sent</translation>
    </message>
    <message>
        <location filename="../../app/pmp/status.py" line="36"/>
        <source>Sudah Kirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/pmp/status.py" line="37"/>
        <source>Sudah Diproses</source>
        <translation>Processed</translation>
    </message>
    <message>
        <location filename="../../app/pmp/status.py" line="38"/>
        <source>Gagal Diproses</source>
        <translation>Processing Failed</translation>
    </message>
    <message>
        <location filename="../../app/pmp/status.py" line="124"/>
        <source>Server menolak berkas PMP: {reason}</source>
        <translation>The server refused the PMP file: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="87"/>
        <source>Berkas PMP ditandatangani dengan Kode Registrasi sekolah (NPSN %1) agar server dapat memastikan keasliannya.</source>
        <translation>The PMP file is signed with the school&apos;s Kode Registrasi (NPSN %1) so that the server can verify that it is genuine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="93"/>
        <source>Sekolah demo memakai kode demo yang sudah terisi.</source>
        <translation>The demo school uses the demo code, already filled in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="97"/>
        <source>Tanda Tangani</source>
        <translation>Sign</translation>
    </message>
</context>
<context>
    <name>PmpPage</name>
    <message>
        <location filename="../../app/ui/pmp.py" line="253"/>
        <source>&lt;h2&gt;PMP — Penjaminan Mutu Pendidikan&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;PMP — Education Quality Assurance&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="267"/>
        <source>%v dari %m responden</source>
        <translation>%v of %m respondents</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="280"/>
        <source>Periksa Status</source>
        <translation>Check Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="301"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="301"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="301"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="301"/>
        <source>Jawaban</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="315"/>
        <source>Nama responden</source>
        <translation>Respondent&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="317"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="323"/>
        <location filename="../../app/ui/pmp.py" line="451"/>
        <source>Hapus Responden</source>
        <translation>Remove Respondent</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="330"/>
        <source>Impor Berkas PMP…</source>
        <translation>Import PMP File…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="332"/>
        <source>Kirim Offline</source>
        <translation>Send Offline</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="335"/>
        <source>Kirim Online</source>
        <translation>Send Online</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="385"/>
        <source>Lengkap</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="385"/>
        <source>Belum lengkap</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="452"/>
        <source>Hapus %1 beserta semua jawabannya?</source>
        <translation>Remove %1 and all of their answers?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="453"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="469"/>
        <source>Pilih folder untuk berkas PMP</source>
        <translation>Choose a folder for the PMP file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="483"/>
        <location filename="../../app/ui/pmp.py" line="539"/>
        <source>Kirim Offline ditolak. Lengkapi dahulu responden berikut:</source>
        <translation>Send Offline refused. First complete these respondents:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="496"/>
        <source>Mengirim berkas PMP ke server…</source>
        <translation>Sending the PMP file to the server…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="504"/>
        <source>Berkas PMP terkirim. Status di server: %1</source>
        <translation>PMP file sent. Status on the server: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="518"/>
        <source>Menulis berkas PMP…</source>
        <translation>Writing the PMP file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="528"/>
        <source>Berkas PMP ditulis: %1</source>
        <translation>PMP file written: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="529"/>
        <source>Unggah berkas ini melalui halaman PMP server pusat.</source>
        <translation>Upload this file on the central server&apos;s PMP page.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="546"/>
        <source>Server tidak terhubung, berkas belum terkirim: %1</source>
        <translation>Server not reachable, the file was not sent: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="553"/>
        <source>Berkas PMP tidak dapat ditulis: %1</source>
        <translation>The PMP file cannot be written: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="572"/>
        <source>Pilih berkas PMP</source>
        <translation>Choose a PMP file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="572"/>
        <source>Berkas PMP (*.pmp)</source>
        <translation>PMP files (*.pmp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="591"/>
        <source>Impor Berkas PMP</source>
        <translation>Import PMP File</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="580"/>
        <source>Berkas NPSN %1, instrumen %2, dibuat %3.
Responden baru: %4. Jawaban baru: %5. Jawaban yang diganti: %6. Sama: %7.</source>
        <translation>File of NPSN %1, instrument %2, created %3.
New respondents: %4. New answers: %5. Answers replaced: %6. Unchanged: %7.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="591"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="608"/>
        <source>Memeriksa berkas PMP…</source>
        <translation>Checking the PMP file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="617"/>
        <source>Impor dibatalkan; tidak ada yang ditulis.</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="634"/>
        <source>Mengimpor jawaban…</source>
        <translation>Importing the answers…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="646"/>
        <source>Berkas PMP ditolak:</source>
        <translation>PMP file refused:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="641"/>
        <source>Impor selesai: %1 jawaban baru atau diganti.</source>
        <translation>Import finished: %1 answers new or replaced.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="675"/>
        <source>Status: &lt;b&gt;%1&lt;/b&gt; (server tidak terhubung)</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt; (server not connected)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="677"/>
        <source>Status di server: tidak terhubung.</source>
        <translation>Status at the server: not connected.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="680"/>
        <source>Status di server: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Status at the server: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="685"/>
        <source>Berkas PMP belum pernah dibuat di laptop ini.</source>
        <translation>No PMP file has been made on this laptop yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="688"/>
        <source>Berkas terakhir dibuat %1: %2</source>
        <translation>Last file made %1: %2</translation>
    </message>
</context>
<context>
    <name>PmpVerify</name>
    <message>
        <location filename="../../dapodik/pmp/verify.py" line="35"/>
        <source>Berkas PMP sah: NPSN {npsn}, instrumen {versi}, {jumlah} responden.</source>
        <translation>Valid PMP file: NPSN {npsn}, instrument {versi}, {jumlah} respondents.</translation>
    </message>
    <message>
        <location filename="../../dapodik/pmp/verify.py" line="38"/>
        <source>Berkas terlalu besar ({ukuran} byte); berkas PMP paling besar {batas} byte.</source>
        <translation>The file is too large ({ukuran} bytes); a PMP file is at most {batas} bytes.</translation>
    </message>
    <message>
        <location filename="../../dapodik/pmp/verify.py" line="41"/>
        <source>Berkas bukan berkas PMP: isinya bukan arsip zip yang utuh ({detail}).</source>
        <translation>Not a PMP file: its content is not a complete zip archive ({detail}).</translation>
    </message>
    <message>
        <location filename="../../dapodik/pmp/verify.py" line="44"/>
        <source>Isi berkas tidak sesuai format berkas PMP: {detail}.</source>
        <translation>The file&apos;s content does not match the PMP file format: {detail}.</translation>
    </message>
    <message>
        <location filename="../../dapodik/pmp/verify.py" line="45"/>
        <source>Isi berkas {nama} melebihi {batas} byte setelah diekstrak (kemungkinan zip bomb); berkas ditolak.</source>
        <translation>The member {nama} exceeds {batas} bytes when extracted (possibly a zip bomb); the file is refused.</translation>
    </message>
    <message>
        <location filename="../../dapodik/pmp/verify.py" line="50"/>
        <source>Manifest berkas PMP rusak atau tidak lengkap: {detail}.</source>
        <translation>The PMP file&apos;s manifest is damaged or incomplete: {detail}.</translation>
    </message>
    <message>
        <location filename="../../dapodik/pmp/verify.py" line="53"/>
        <source>Berkas ini milik sekolah lain (NPSN {npsn_berkas}), bukan NPSN {npsn}.</source>
        <translation>This file belongs to another school (NPSN {npsn_berkas}), not NPSN {npsn}.</translation>
    </message>
    <message>
        <location filename="../../dapodik/pmp/verify.py" line="56"/>
        <source>Versi instrumen {versi} tidak dikenal; buat ulang berkas dengan Dapodik Lokal versi terbaru.</source>
        <translation>Instrument version {versi} is unknown; make the file again with the latest Dapodik Lokal.</translation>
    </message>
    <message>
        <location filename="../../dapodik/pmp/verify.py" line="60"/>
        <source>Tanda tangan berkas tidak cocok: berkas telah diubah, atau tidak ditandatangani dengan Kode Registrasi sekolah ini.</source>
        <translation>The file&apos;s signature does not match: the file was changed, or it was not signed with this school&apos;s Registration Code.</translation>
    </message>
    <message>
        <location filename="../../dapodik/pmp/verify.py" line="65"/>
        <source>Jawaban dalam berkas tidak sesuai dengan manifest atau instrumen: {detail}.</source>
        <translation>The answers in the file do not match the manifest or the instrument: {detail}.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../app/ui/cetak.py" line="61"/>
        <source>Pratinjau: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="67"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="68"/>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="71"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="73"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="75"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="77"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="78"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="80"/>
        <source>%v dari %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="88"/>
        <source>Kertas:</source>
        <translation>Paper:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/cetak.py" line="137"/>
        <source>%n halaman</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="153"/>
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="158"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="164"/>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="177"/>
        <source>Terkirim ke pencetak %1.</source>
        <translation>Sent to the printer %1.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="164"/>
        <source>Mendaftarkan Sekolah</source>
        <translation>Registering the School</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="180"/>
        <source>Menghubungi server…</source>
        <translation>Contacting server…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="186"/>
        <source>Mendaftarkan perangkat ke server…</source>
        <translation>Registering this device with the server…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="187"/>
        <source>Mengunduh data sekolah (prefill)…</source>
        <translation>Downloading the school data (prefill)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="188"/>
        <source>Menyimpan data sekolah…</source>
        <translation>Saving the school data…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="199"/>
        <source>Sekolah %1 (NPSN %2) terdaftar: %3 baris data tersimpan.</source>
        <translation>School %1 (NPSN %2) registered: %3 rows of data saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="207"/>
        <source>Pendaftaran belum berhasil. Kembali untuk memperbaiki.</source>
        <translation>Registration did not succeed. Go back to correct it.</translation>
    </message>
</context>
<context>
    <name>QuestionnairePanel</name>
    <message>
        <location filename="../../app/ui/pmp.py" line="133"/>
        <location filename="../../app/ui/pmp.py" line="225"/>
        <source>Pilih responden di daftar sebelah kiri.</source>
        <translation>Choose a respondent in the list on the left.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="136"/>
        <source>%v dari %m pertanyaan dijawab</source>
        <translation>%v of %m questions answered</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../app/ui/record_form.py" line="279"/>
        <source>Tambah %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_form.py" line="279"/>
        <source>Ubah %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_form.py" line="290"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_form.py" line="291"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_form.py" line="404"/>
        <source>Ada isian yang perlu diperbaiki di halaman ini.</source>
        <translation>A field on this page needs correcting.</translation>
    </message>
</context>
<context>
    <name>ReferensiPage</name>
    <message>
        <location filename="../../app/ui/pages.py" line="293"/>
        <source>Data referensi berasal dari server pusat dan tidak dapat diubah.</source>
        <translation>Reference data comes from the central server and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="297"/>
        <source>Tabel referensi:</source>
        <translation>Reference table:</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="223"/>
        <source>Pendaftaran Sekolah — Dapodik Lokal</source>
        <translation>School Registration — Dapodik Lokal</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="226"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="227"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="228"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="229"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="246"/>
        <source>Penyimpanan kredensial</source>
        <translation>Credential storage</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="248"/>
        <source>Tidak ada penyimpanan kredensial sistem operasi yang dapat dipakai di perangkat ini (%1). Simpan token perangkat dalam berkas terenkripsi yang hanya terbuka dengan Kode Registrasi?</source>
        <translation>No usable operating-system credential store exists on this device (%1). Keep the device token in an encrypted file that only the Kode Registrasi opens?</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="252"/>
        <source>Simpan dalam Berkas</source>
        <translation>Keep in a File</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="262"/>
        <source>Token perangkat tidak disimpan: pendaftaran dibatalkan.</source>
        <translation>The device token was not stored: registration cancelled.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/restore.py" line="64"/>
        <source>Pulihkan dari Cadangan</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="66"/>
        <source>Pilih Berkas Cadangan…</source>
        <translation>Choose Backup File…</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="68"/>
        <source>Belum ada berkas cadangan yang dipilih.</source>
        <translation>No backup file chosen yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="78"/>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="80"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="91"/>
        <source>Isi basis data ini diganti dengan isi cadangan. Isi yang sekarang disimpan dulu di folder cadangan, sehingga pemulihan dapat dibatalkan.</source>
        <translation>The content of this database is replaced with the backup&apos;s. The current content is first kept in the backup folder, so the restore can be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="105"/>
        <source>Pilih Berkas Cadangan</source>
        <translation>Choose Backup File</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="107"/>
        <source>Cadangan basis data (*.sqlite);;Semua berkas (*)</source>
        <translation>Database backups (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="115"/>
        <source>Memeriksa %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="124"/>
        <source>tidak berisi data sekolah</source>
        <translation>holds no school data</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="127"/>
        <source>Cadangan: %1
Sekolah: %2</source>
        <translation>Backup: %1
School: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="137"/>
        <source>Memulihkan cadangan ini mengganti semua data dan akun sekolah %1 dengan isinya.</source>
        <translation>Restoring this backup replaces all data and accounts of school %1 with its content.</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="142"/>
        <source>Ketik NPSN sekolah yang diganti (%1) untuk melanjutkan:</source>
        <translation>Type the NPSN of the school being replaced (%1) to go on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="164"/>
        <source>Memulihkan…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="168"/>
        <source>Basis data dipulihkan dari %1.</source>
        <translation>The database was restored from %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="170"/>
        <source>Isi sebelumnya disimpan di %1.</source>
        <translation>The previous content is kept in %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="172"/>
        <source>Aplikasi ditutup; jalankan kembali lalu masuk.</source>
        <translation>The application closes; start it again and log in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore.py" line="178"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RombelChoice</name>
    <message>
        <location filename="../../app/ui/cetak.py" line="197"/>
        <source>Semua rombel</source>
        <translation>Every rombel</translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="202"/>
        <source>Rombel</source>
        <translation>Rombel</translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="212"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="213"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="215"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/cetak.py" line="216"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="230"/>
        <source>{sent} byte, {resent} byte di antaranya dikirim ulang</source>
        <translation>{sent} bytes, of which {resent} bytes re-sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="234"/>
        <source>{sent} byte</source>
        <translation>{sent} bytes</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="241"/>
        <source>Paket</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="242"/>
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="243"/>
        <source>Status server</source>
        <translation>Server status</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="244"/>
        <source>Riwayat status</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="245"/>
        <source>Pengecualian server</source>
        <translation>Server exceptions</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="246"/>
        <source>Baris ditarik</source>
        <translation>Rows pulled</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="247"/>
        <source>Konflik saat menarik</source>
        <translation>Conflicts while pulling</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="251"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="80"/>
        <source>Data Pendaftaran</source>
        <translation>Registration Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="82"/>
        <source>NPSN dan Kode Registrasi diberikan Dinas Pendidikan / Manajemen Dapodik.</source>
        <translation>The NPSN and Kode Registrasi are issued by the Dinas Pendidikan / Manajemen Dapodik.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="85"/>
        <source>8 angka</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="88"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="98"/>
        <source>Alamat server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="99"/>
        <source>NPSN</source>
        <translation>NPSN</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="100"/>
        <location filename="../../app/ui/registration_wizard.py" line="113"/>
        <source>Berkas prefill</source>
        <translation>Prefill file</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="101"/>
        <source>Kode Registrasi</source>
        <translation>Registration Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_wizard.py" line="113"/>
        <source>Prefill (*.prf)</source>
        <translation>Prefill (*.prf)</translation>
    </message>
</context>
<context>
    <name>Sekolah</name>
    <message>
        <location filename="../../app/db/summary.py" line="111"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="112"/>
        <source>NPSN</source>
        <translation>NPSN</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="113"/>
        <source>NSS</source>
        <translation>NSS</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="114"/>
        <source>Alamat Jalan</source>
        <translation>Street address</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="115"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="116"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="117"/>
        <source>Dusun</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="118"/>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="119"/>
        <source>Kode Pos</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="120"/>
        <source>Lintang</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="121"/>
        <source>Bujur</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="122"/>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="123"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="124"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="125"/>
        <source>SK Pendirian</source>
        <translation>Founding decree</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="126"/>
        <source>Tanggal SK Pendirian</source>
        <translation>Founding decree date</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="127"/>
        <source>SK Izin Operasional</source>
        <translation>Operating licence</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="128"/>
        <source>SK Akreditasi</source>
        <translation>Accreditation decree</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="129"/>
        <source>TMT Akreditasi</source>
        <translation>Accreditation date</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="142"/>
        <source>Bentuk Pendidikan</source>
        <translation>School type</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="147"/>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="152"/>
        <source>Akreditasi</source>
        <translation>Accreditation</translation>
    </message>
</context>
<context>
    <name>SekolahPage</name>
    <message>
        <location filename="../../app/ui/pages.py" line="175"/>
        <source>Ubah Data Periodik</source>
        <translation>Edit Data Periodik</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="199"/>
        <source>Ubah Data Sekolah</source>
        <translation>Edit School Data</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="199"/>
        <source>Isi Data Sekolah</source>
        <translation>Enter School Data</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="206"/>
        <source>Belum ada data sekolah di basis data ini.</source>
        <translation>This database holds no school data yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="215"/>
        <source>Data Periodik Semester %1</source>
        <translation>Data Periodik, semester %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="219"/>
        <source>Belum diisi untuk semester ini.</source>
        <translation>Not entered for this semester yet.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="27"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="36"/>
        <source>bawaan: di samping basis data</source>
        <translation>default: beside the database</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="38"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="43"/>
        <source>Bahasa baru dipakai setelah aplikasi dibuka ulang.</source>
        <translation>The new language is used after the application is restarted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="48"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="49"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="55"/>
        <source>Alamat server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="56"/>
        <location filename="../../app/ui/settings_dialog.py" line="62"/>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
</context>
<context>
    <name>SinkronisasiPage</name>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="351"/>
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="352"/>
        <source>Tekan Mulai untuk mengirim dan menerima data.</source>
        <translation>Press Start to send and receive data.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="356"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="358"/>
        <location filename="../../app/ui/sinkronisasi.py" line="406"/>
        <source>Jeda</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="360"/>
        <source>Batalkan</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="409"/>
        <source>Lanjutkan</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="423"/>
        <source>Sinkronisasi gagal: {error}</source>
        <translation>Synchronisation failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="434"/>
        <source>{speed} KiB/detik, {left} detik lagi</source>
        <translation>{speed} KiB/s, {left} s remaining</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../app/sync/backup.py" line="56"/>
        <source>Cadangan {path} tidak berisi data sekolah, sedangkan basis data ini berisi {current}. Basis data tidak diubah.</source>
        <translation>The backup {path} holds no school data, while this database holds {current}. The database was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/sync/backup.py" line="66"/>
        <source>Cadangan {path} berisi sekolah lain: {found}, sedangkan basis data ini berisi {current}. Basis data tidak diubah.</source>
        <translation>The backup {path} holds another school: {found}, while this database holds {current}. The database was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/sync/backup.py" line="181"/>
        <source>Berkas {path} bukan cadangan basis data Dapodik Lokal.</source>
        <translation>The file {path} is not a Dapodik Lokal database backup.</translation>
    </message>
    <message>
        <location filename="../../app/sync/backup.py" line="193"/>
        <source>Cadangan {path} rusak: {error}</source>
        <translation>Backup {path} is corrupt: {error}</translation>
    </message>
    <message>
        <location filename="../../app/sync/cli.py" line="159"/>
        <source>Kode Registrasi diperlukan untuk Tukar Akses Pengguna: isi {env}.</source>
        <translation>A Registration Code is required for Switch User Access: set {env}.</translation>
    </message>
    <message>
        <location filename="../../app/sync/cli.py" line="204"/>
        <source>Alamat server belum diketahui: isi --server.</source>
        <translation>Server address unknown: specify --server.</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="103"/>
        <source>Peringatan yang masih terbuka</source>
        <translation>Outstanding warnings</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="104"/>
        <source>Jumlah peringatan</source>
        <translation>Number of warnings</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="105"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="105"/>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="115"/>
        <source>Sekolah</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="119"/>
        <source>Identitas sekolah</source>
        <translation>School identity</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="121"/>
        <source>Isian</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="121"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="126"/>
        <location filename="../../app/sync/preconditions.py" line="42"/>
        <source>Kepala sekolah</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="129"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="130"/>
        <source>Belum ditetapkan</source>
        <translation>Not yet assigned</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="156"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="156"/>
        <location filename="../../app/sync/confirmation.py" line="342"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="158"/>
        <source>GTK</source>
        <translation>GTK</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="162"/>
        <source>GTK menurut status kepegawaian</source>
        <translation>GTK by employment status</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="169"/>
        <source>GTK menurut jenis PTK</source>
        <translation>GTK by PTK type</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="199"/>
        <source>Pembelajaran</source>
        <translation>Teaching</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="203"/>
        <source>Pembelajaran semester aktif</source>
        <translation>Teaching in the active semester</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="205"/>
        <source>Jumlah pembelajaran</source>
        <translation>Number of teaching assignments</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="206"/>
        <source>Jumlah JTM</source>
        <translation>Total JTM</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="211"/>
        <source>JTM per guru</source>
        <translation>JTM per teacher</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="213"/>
        <source>Guru mengajar</source>
        <translation>Teachers teaching</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="214"/>
        <source>Guru di bawah 24 JTM</source>
        <translation>Teachers below 24 JTM</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="216"/>
        <source>Guru</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="216"/>
        <source>JTM</source>
        <translation>JTM</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="263"/>
        <source>Peserta Didik</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="267"/>
        <source>Peserta didik per tingkat dan jenis kelamin</source>
        <translation>Students by grade and sex</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="270"/>
        <source>Peserta didik aktif</source>
        <translation>Active students</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="274"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="277"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="281"/>
        <source>Tingkat</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="282"/>
        <source>L</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="283"/>
        <source>P</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="284"/>
        <source>Rombel</source>
        <translation>Rombel</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="290"/>
        <source>Rombongan belajar semester aktif</source>
        <translation>Study groups (Rombel) in the active semester</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="291"/>
        <source>Jumlah rombel</source>
        <translation>Number of Rombel</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="300"/>
        <source>Belum diisi</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="321"/>
        <source>Sarana dan Prasarana</source>
        <translation>Facilities and Infrastructure</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="325"/>
        <source>Tanah, bangunan dan ruang</source>
        <translation>Land, buildings and rooms</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="327"/>
        <source>Tanah</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="328"/>
        <source>Bangunan</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="329"/>
        <source>Ruang</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="334"/>
        <source>Prasarana dan kondisinya</source>
        <translation>Infrastructure and its condition</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="340"/>
        <source>Jenis prasarana</source>
        <translation>Infrastructure type</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="341"/>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../app/sync/confirmation.py" line="363"/>
        <source>Dengan ini saya, kepala sekolah, menyatakan bahwa data yang dikirim adalah benar dan sesuai keadaan sebenarnya, dan menyetujui pengiriman data sekolah ke server pusat Dapodik untuk dipergunakan sesuai ketentuan yang berlaku.</source>
        <translation>I, the principal, hereby declare that the data submitted is correct and reflects the actual situation, and I agree to the submission of the school&apos;s data to the central Dapodik server for use in accordance with the applicable regulations.</translation>
    </message>
    <message>
        <location filename="../../app/sync/preconditions.py" line="24"/>
        <source>Validasi Lokal belum dijalankan.</source>
        <translation>Local Validation has not been run yet.</translation>
    </message>
    <message>
        <location filename="../../app/sync/preconditions.py" line="26"/>
        <source>Masih ada data invalid; perbaiki dulu lalu jalankan Validasi Lokal lagi.</source>
        <translation>There is still invalid data; fix it first, then run Local Validation again.</translation>
    </message>
    <message>
        <location filename="../../app/sync/preconditions.py" line="31"/>
        <source>Validasi Lokal</source>
        <translation>Local Validation</translation>
    </message>
    <message>
        <location filename="../../app/sync/preconditions.py" line="49"/>
        <source>Belum semua butir Lembar Konfirmasi dicentang.</source>
        <translation>Not all Confirmation Sheet items have been ticked.</translation>
    </message>
    <message>
        <location filename="../../app/sync/preconditions.py" line="52"/>
        <source>Lembar Konfirmasi</source>
        <translation>Confirmation Sheet (Lembar Konfirmasi)</translation>
    </message>
    <message>
        <location filename="../../app/sync/preconditions.py" line="58"/>
        <source>Persetujuan Pengiriman Data belum disetujui.</source>
        <translation>The Data Submission Agreement has not been accepted.</translation>
    </message>
    <message>
        <location filename="../../app/sync/preconditions.py" line="61"/>
        <source>Persetujuan Pengiriman Data</source>
        <translation>Data Submission Agreement</translation>
    </message>
    <message>
        <location filename="../../app/sync/preconditions.py" line="72"/>
        <source>Koneksi ke server</source>
        <translation>Connection to server</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="50"/>
        <source>Sedang diunggah</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="51"/>
        <source>Diterima via aplikasi</source>
        <translation>Received via app</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="52"/>
        <source>Cek Konversi</source>
        <translation>Conversion check</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="53"/>
        <source>Berhasil diproses</source>
        <translation>Processed successfully</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="54"/>
        <source>Berhasil diproses dengan pengecualian</source>
        <translation>Processed successfully with exceptions</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="55"/>
        <source>Paket rusak, kirim ulang</source>
        <translation>Package corrupt, resend</translation>
    </message>
    <message>
        <location filename="../../app/sync/log.py" line="32"/>
        <location filename="../../app/sync/run.py" line="56"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="174"/>
        <source>Sinkronisasi dihentikan; dapat dilanjutkan nanti.</source>
        <translation>Synchronisation stopped; it can be resumed later.</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="202"/>
        <source>Sinkronisasi gagal: {error}</source>
        <translation>Synchronisation failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="188"/>
        <source>Sinkronisasi selesai.</source>
        <translation>Synchronisation complete.</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="216"/>
        <source>Syarat pengiriman belum terpenuhi: {problems}</source>
        <translation>Submission requirements not met: {problems}</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="225"/>
        <source>Jam laptop berbeda {minutes} menit dari jam server; periksa jam laptop.</source>
        <translation>The laptop clock differs from the server clock by {minutes} minutes; check the laptop clock.</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="230"/>
        <source>Terhubung</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="261"/>
        <source>Melanjutkan paket yang belum selesai dikirim.</source>
        <translation>Resuming a package that was not fully sent.</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="265"/>
        <source>Tidak ada perubahan lokal untuk dikirim.</source>
        <translation>No local changes to send.</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="271"/>
        <source>Paket {package_id} siap ({size} byte).</source>
        <translation>Package {package_id} ready ({size} bytes).</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="280"/>
        <source>Server melaporkan paket rusak; paket {package_id} dibangun ulang.</source>
        <translation>The server reported a corrupt package; package {package_id} has been rebuilt.</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="289"/>
        <source>Paket rusak lagi setelah dibangun ulang: {detail}. Hubungi dinas.</source>
        <translation>Package corrupt again after rebuilding: {detail}. Contact the education office.</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="297"/>
        <source>Paket ditolak server: {detail}</source>
        <translation>Package rejected by the server: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="319"/>
        <source>Paket rusak lagi setelah dibangun ulang: {detail}.</source>
        <translation>Package corrupt again after rebuilding: {detail}.</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="326"/>
        <source>Server melaporkan paket rusak ({detail}); paket dibangun ulang ({package_id}) dan dikirim sekali lagi.</source>
        <translation>The server reported a corrupt package ({detail}); the package was rebuilt ({package_id}) and sent once more.</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="347"/>
        <source>Server tidak menerima paket secara utuh.</source>
        <translation>The server did not receive the complete package.</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="373"/>
        <source>Unggahan lama kedaluwarsa; unggahan baru dimulai.</source>
        <translation>The previous upload expired; a new upload has started.</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="377"/>
        <source>Unggahan terus ditolak sebagai kedaluwarsa.</source>
        <translation>The upload keeps being rejected as expired.</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="393"/>
        <source>Mengunggah {done} dari {total} byte</source>
        <translation>Uploading {done} of {total} bytes</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="421"/>
        <source>Server belum selesai memproses paket ({status}). Jalankan sinkronisasi lagi nanti untuk melihat hasilnya; paket tidak perlu dikirim ulang.</source>
        <translation>The server has not finished processing the package ({status}). Run synchronisation again later to see the result; the package does not need to be resent.</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="443"/>
        <source>Berkas paket lokal {path} tidak terbaca: {error}</source>
        <translation>Local package file {path} cannot be read: {error}</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="505"/>
        <source>Server pusat menerbitkan Kode Registrasi baru untuk sekolah ini: pakai kode baru itu untuk Tukar Akses Pengguna dan PMP.</source>
        <translation>The central server issued a new Kode Registrasi for this school: use the new code for Tukar Akses Pengguna and PMP.</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="514"/>
        <source>Cadangan sebelum menarik data: {path}</source>
        <translation>Backup before pulling data: {path}</translation>
    </message>
    <message>
        <location filename="../../app/sync/run.py" line="525"/>
        <source>Menerapkan perubahan dari server: {rows} baris</source>
        <translation>Applying changes from the server: {rows} rows</translation>
    </message>
    <message>
        <location filename="../../app/sync/server_api.py" line="44"/>
        <source>Perangkat ini sudah diganti oleh registrasi baru pada {at}; daftarkan ulang. Perubahan yang belum dikirim tetap tersimpan di laptop ini.</source>
        <translation>This device was replaced by a new registration on {at}; register it again. Changes not yet sent stay saved on this laptop.</translation>
    </message>
    <message>
        <location filename="../../app/sync/server_api.py" line="49"/>
        <source>Perangkat ini dicabut oleh server pusat pada {at}; daftarkan ulang. Perubahan yang belum dikirim tetap tersimpan di laptop ini.</source>
        <translation>This device was revoked by the central server on {at}; register it again. Changes not yet sent stay saved on this laptop.</translation>
    </message>
    <message>
        <location filename="../../app/sync/server_api.py" line="54"/>
        <source>Registrasi perangkat ini tidak selesai; daftarkan ulang. Perubahan yang belum dikirim tetap tersimpan di laptop ini.</source>
        <translation>This device&apos;s registration was not completed; register it again. Changes not yet sent stay saved on this laptop.</translation>
    </message>
    <message>
        <location filename="../../app/sync/server_api.py" line="117"/>
        <source>Tidak terhubung: server {url} tidak menjawab ({error}).</source>
        <translation>Not connected: server {url} is not responding ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/sync/server_api.py" line="125"/>
        <source>Tidak terhubung: {url} bukan server Dapodik (status {status}).</source>
        <translation>Not connected: {url} is not a Dapodik server (status {status}).</translation>
    </message>
    <message>
        <location filename="../../app/sync/server_api.py" line="199"/>
        <source>Server menolak permintaan (status {status}): {detail}</source>
        <translation>The server refused the request (status {status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../app/sync/state.py" line="44"/>
        <source>Aplikasi belum terdaftar di server: lakukan registrasi terlebih dahulu.</source>
        <translation>The app is not yet registered with the server: register first.</translation>
    </message>
    <message>
        <location filename="../../app/sync/log.py" line="28"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../app/sync/log.py" line="29"/>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../app/sync/log.py" line="30"/>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../app/sync/log.py" line="31"/>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../app/sync/log.py" line="37"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/sync/log.py" line="38"/>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../app/sync/log.py" line="39"/>
        <source>Dihentikan</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../app/sync/log.py" line="40"/>
        <source>Terputus</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../../app/sync/log.py" line="41"/>
        <source>Berjalan</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../app/sync/log_export.py" line="168"/>
        <source>Riwayat Sinkronisasi tidak dapat disimpan ke {path}: {error}</source>
        <translation>The Synchronisation History cannot be saved to {path}: {error}</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="59"/>
        <source>Sekolah (per semester)</source>
        <translation>School (per semester)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="60"/>
        <source>Bangunan (per semester)</source>
        <translation>Buildings (per semester)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="61"/>
        <source>Ruang (per semester)</source>
        <translation>Rooms (per semester)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="62"/>
        <source>Alat (per semester)</source>
        <translation>Equipment (per semester)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="63"/>
        <source>Peserta Didik (per semester)</source>
        <translation>Students (per semester)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="64"/>
        <source>PTK Terdaftar</source>
        <translation>Registered teachers and staff (PTK Terdaftar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="65"/>
        <source>Registrasi Peserta Didik</source>
        <translation>Student registrations</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="102"/>
        <source>Belum pernah sinkronisasi.</source>
        <translation>Never synchronised yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="103"/>
        <source>Sinkronisasi terakhir: {when}, {outcome}; status server: {status}.</source>
        <translation>Last synchronisation: {when}, {outcome}; server status: {status}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="129"/>
        <source>Tidak ada baris dikirim</source>
        <translation>No rows sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="133"/>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_summary.py" line="186"/>
        <source>Tidak ada perubahan</source>
        <translation>No changes</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="111"/>
        <source>Mulai Sinkronisasi…</source>
        <translation>Start Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="116"/>
        <source>Lanjutkan Pengiriman…</source>
        <translation>Continue Sending…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="119"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="124"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="125"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="126"/>
        <source>Paket</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="127"/>
        <source>Byte</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="128"/>
        <source>Status server</source>
        <translation>Server status</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="129"/>
        <source>Baris ditarik</source>
        <translation>Rows pulled</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="130"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="135"/>
        <source>Cari paket, pengguna, status, hasil…</source>
        <translation>Search package, user, status, outcome…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="139"/>
        <source>Semua hasil</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="144"/>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="167"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="177"/>
        <source>Server referensi lokal</source>
        <translation>Local reference server</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="180"/>
        <source>Sekolah demo belum punya server pusat. Aplikasi dapat menjalankan server referensi di laptop ini, berisi sekolah demo yang sama seolah-olah sudah pernah sinkronisasi, sehingga seluruh alur dapat dicoba tanpa persiapan. Data demo yang berbeda dari server (termasuk kesalahan yang disengaja) menjadi perubahan lokal yang belum dikirim.</source>
        <translation>The demo school has no central server. The app can run a reference server on this laptop holding the same demo school, as if it had synchronised before, so the whole flow can be tried with no set-up. Demo data that differs from the server&apos;s (including the deliberate mistakes) becomes local changes not yet sent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="189"/>
        <source>Jalankan server referensi lokal untuk sekolah demo</source>
        <translation>Run the local reference server for the demo school</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="207"/>
        <source>Pengiriman yang belum selesai</source>
        <translation>Unfinished sending</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="214"/>
        <source>Perubahan yang belum dikirim</source>
        <translation>Changes not yet sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="222"/>
        <source>Riwayat Sinkronisasi</source>
        <translation>Synchronisation History</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="234"/>
        <source>Pengecualian dan konflik (klik dua kali untuk membuka data):</source>
        <translation>Exceptions and conflicts (double-click to open the record):</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="273"/>
        <source>Data invalid harus diperbaiki sebelum dikirim.</source>
        <translation>Invalid data must be fixed before sending.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="276"/>
        <source>Sekolah demo ini sengaja berisi kesalahan. Untuk mencoba Sinkronisasi tanpa memperbaiki semuanya, pakai sekolah demo tanpa kesalahan: pilih itu pada awal pemakaian, atau buat dengan perintah python -m app demo --valid --db demo.sqlite lalu buka dengan python -m app --db demo.sqlite.</source>
        <translation>This demo school holds deliberate mistakes. To try Sinkronisasi without correcting them all, use the demo school without mistakes: choose it on the first start, or make it with the command python -m app demo --valid --db demo.sqlite and open it with python -m app --db demo.sqlite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="290"/>
        <source>Server: belum terdaftar</source>
        <translation>Server: not registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="292"/>
        <source>Server: server referensi lokal (belum berjalan)</source>
        <translation>Server: local reference server (not running)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="294"/>
        <source>Server: {url}</source>
        <translation>Server: {url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="305"/>
        <source>Paket {package_id} belum selesai dikirim ({offset} dari {size} byte). Pengiriman dilanjutkan dari posisi terakhir di server.</source>
        <translation>Package {package_id} was not completely sent ({offset} of {size} bytes). Sending continues from the server&apos;s last position.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="346"/>
        <source>{shown} dari {total} sinkronisasi</source>
        <translation>{shown} of {total} synchronisations</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="363"/>
        <source>{table} {row_id}: konflik, pusat {server}, lokal {local}</source>
        <translation>{table} {row_id}: conflict, centre {server}, local {local}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="386"/>
        <source>Ekspor Riwayat Sinkronisasi</source>
        <translation>Export Synchronisation History</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="394"/>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="402"/>
        <source>{count} sinkronisasi diekspor ke {path}.</source>
        <translation>{count} synchronisations exported to {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="415"/>
        <source>Memulai…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="429"/>
        <source>Server referensi lokal berjalan di {url}. Tekan Mulai Sinkronisasi.</source>
        <translation>The local reference server is running at {url}. Press Start Synchronisation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="435"/>
        <source>Terdaftar: {synced} baris sama dengan server; {local} baris berbeda menjadi perubahan lokal yang belum dikirim.</source>
        <translation>Registered: {synced} rows equal to the server&apos;s; {local} differing rows became local changes not yet sent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="452"/>
        <source>Penyimpanan token perangkat</source>
        <translation>Device token storage</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="453"/>
        <source>Simpan token dalam berkas terenkripsi?</source>
        <translation>Keep the token in an encrypted file?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="454"/>
        <source>Simpan dalam Berkas</source>
        <translation>Keep in a File</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="475"/>
        <source>Kode Registrasi untuk membuka token perangkat:</source>
        <translation>Registration Code to open the device token:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="476"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="487"/>
        <location filename="../../app/ui/sync_tab.py" line="492"/>
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_tab.py" line="494"/>
        <source>Token perangkat tidak ditemukan. Jalankan sekali python -m app sync --confirm-all untuk mengambilnya dengan Kode Registrasi.</source>
        <translation>Device token not found. Run python -m app sync --confirm-all once to fetch it with the Registration Code.</translation>
    </message>
</context>
<context>
    <name>SyncWizard</name>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="459"/>
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="461"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="462"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="463"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="464"/>
        <location filename="../../app/ui/sinkronisasi.py" line="497"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="492"/>
        <source>Tutup Sinkronisasi</source>
        <translation>Close Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="494"/>
        <source>Tutup Sinkronisasi? Centang Lembar Konfirmasi dan persetujuan harus diulang saat Sinkronisasi dibuka lagi.</source>
        <translation>Close Sinkronisasi? The Lembar Konfirmasi ticks and the agreement must be given again when Sinkronisasi is opened again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="498"/>
        <source>Lanjutkan Sinkronisasi</source>
        <translation>Continue Sinkronisasi</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../app/ui/table_page.py" line="51"/>
        <source>Cari: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="55"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="109"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="114"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="115"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="116"/>
        <location filename="../../app/ui/table_page.py" line="231"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="118"/>
        <source>Batalkan Hapus</source>
        <translation>Undo Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="125"/>
        <source>Ekspor Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="127"/>
        <source>Impor Excel</source>
        <translation>Import Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="138"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="139"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="140"/>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/table_page.py" line="147"/>
        <source>%n baris</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="155"/>
        <source>Gagal memuat data: %1</source>
        <translation>Could not load the data: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="215"/>
        <source>%1 keluar dari sekolah. Isi alasan dan tanggalnya.</source>
        <translation>%1 leaves the school. Fill in the reason and the date.</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="226"/>
        <source>Hapus data</source>
        <translation>Delete data</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="227"/>
        <source>Hapus %1 %2? Dapat dibatalkan dengan Batalkan Hapus.</source>
        <translation>Delete %1 %2? This can be undone with Batalkan Hapus (Undo Delete).</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="232"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="269"/>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="275"/>
        <source>Ekspor ke Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="288"/>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/table_page.py" line="292"/>
        <source>%n baris diekspor</source>
        <translation>
            <numerusform>%n row exported</numerusform>
            <numerusform>%n rows exported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="295"/>
        <source>Ekspor gagal: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>TukarAksesDialog</name>
    <message>
        <location filename="../../app/ui/tukar_akses.py" line="46"/>
        <source>Tukar Akses Pengguna</source>
        <translation>Switch User Access (Tukar Akses Pengguna)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tukar_akses.py" line="50"/>
        <source>Hanya kepala sekolah yang dapat mengirim data. Masukkan Kode Registrasi sekolah untuk beralih ke akun kepala sekolah.</source>
        <translation>Only the principal can send data. Enter the school&apos;s Kode Registrasi to switch to the principal&apos;s account.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tukar_akses.py" line="59"/>
        <source>Periksa Kode</source>
        <translation>Check Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/tukar_akses.py" line="66"/>
        <source>Kode Registrasi</source>
        <translation>Registration Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/tukar_akses.py" line="73"/>
        <source>Tukar Pengguna</source>
        <translation>Switch User</translation>
    </message>
    <message>
        <location filename="../../app/ui/tukar_akses.py" line="76"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/tukar_akses.py" line="82"/>
        <source>Akun yang dapat mengambil alih:</source>
        <translation>Accounts that can take over:</translation>
    </message>
    <message>
        <location filename="../../app/ui/tukar_akses.py" line="115"/>
        <source>Plt. Kepala Sekolah saat ini</source>
        <translation>current acting principal (Plt.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tukar_akses.py" line="117"/>
        <source>Kepala Sekolah saat ini</source>
        <translation>current principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/tukar_akses.py" line="119"/>
        <source>bukan kepala sekolah saat ini</source>
        <translation>not the current principal</translation>
    </message>
</context>
<context>
    <name>TypeTile</name>
    <message>
        <location filename="../../app/ui/pmp.py" line="116"/>
        <source>%1 dari %2 responden lengkap</source>
        <translation>%1 of %2 respondents complete</translation>
    </message>
    <message>
        <location filename="../../app/ui/pmp.py" line="121"/>
        <source>%1 belum ada</source>
        <translation>%1 missing</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../../app/i18n.py" line="25"/>
        <source>Disk penuh: kosongkan sebagian ruang disk, lalu ulangi. ({detail})</source>
        <translation>The disk is full: free some disk space, then try again. ({detail})</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="28"/>
        <source>Akses ditolak: periksa izin berkas atau folder. ({detail})</source>
        <translation>Access denied: check the permissions of the file or folder. ({detail})</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="37"/>
        <source>Port tersebut sudah dipakai program lain; pilih port lain. ({detail})</source>
        <translation>That port is already used by another program; choose another port. ({detail})</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="43"/>
        <source>Basis data sedang dipakai program lain (terkunci). Tutup program tersebut, lalu ulangi.</source>
        <translation>The database is in use by another program (locked). Close that program, then try again.</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="47"/>
        <source>Basis data rusak: pulihkan dari cadangan yang baik (python -m app restore). ({detail})</source>
        <translation>The database is damaged: restore it from a good backup (python -m app restore). ({detail})</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="51"/>
        <source>Disk gagal membaca atau menulis: periksa disk atau flashdisk, lalu ulangi. ({detail})</source>
        <translation>The disk failed to read or write: check the disk or flash drive, then try again. ({detail})</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="58"/>
        <source>Kesalahan tak terduga: {detail}. Rinciannya tercatat di log aplikasi.</source>
        <translation>Unexpected error: {detail}. The details are in the application log.</translation>
    </message>
</context>
<context>
    <name>Validasi</name>
    <message>
        <location filename="../../app/validation/jadwal.py" line="54"/>
        <source>Guru {guru} mengajar di dua tempat sekaligus: {hari} jam ke-{bel}</source>
        <translation>Teacher {guru} teaches in two places at once: {hari}, period {bel}</translation>
    </message>
    <message>
        <location filename="../../app/validation/jadwal.py" line="63"/>
        <source>Ruang {ruang} dipakai dua rombel sekaligus: {hari} jam ke-{bel}</source>
        <translation>Room {ruang} is used by two classes at once: {hari}, period {bel}</translation>
    </message>
    <message>
        <location filename="../../app/validation/jadwal.py" line="72"/>
        <source>Rombel {rombel} punya dua pelajaran sekaligus: {hari} jam ke-{bel}</source>
        <translation>Class {rombel} has two lessons at once: {hari}, period {bel}</translation>
    </message>
    <message>
        <location filename="../../app/validation/jadwal.py" line="84"/>
        <source>Jadwal hari ke-{hari} jam ke-{bel}: hari harus 1–6 dan jam ke 1–15</source>
        <translation>Timetable day {hari}, period {bel}: the day must be 1–6 and the period 1–15</translation>
    </message>
    <message>
        <location filename="../../app/validation/jadwal.py" line="98"/>
        <source>{mapel} di rombel {rombel}: {terjadwal} jam terjadwal, seharusnya {jam} jam</source>
        <translation>{mapel} in class {rombel}: {terjadwal} periods scheduled, should be {jam}</translation>
    </message>
    <message>
        <location filename="../../app/validation/nilai.py" line="52"/>
        <source>Nilai {mapel} {siswa}: pengetahuan {p}, keterampilan {k}; harus 0–100</source>
        <translation>Grade {mapel} {siswa}: knowledge {p}, skills {k}; must be 0–100</translation>
    </message>
    <message>
        <location filename="../../app/validation/nilai.py" line="60"/>
        <source>Nilai {mapel} untuk {siswa}, yang bukan anggota rombel pembelajaran ini</source>
        <translation>Grade {mapel} for {siswa}, who is not a member of this subject&apos;s class</translation>
    </message>
    <message>
        <location filename="../../app/validation/nilai.py" line="74"/>
        <source>Nilai {mapel} {siswa}: semester nilai tidak sama dengan semester pembelajaran</source>
        <translation>Grade {mapel} {siswa}: the grade&apos;s semester differs from the subject&apos;s semester</translation>
    </message>
    <message>
        <location filename="../../app/validation/nilai.py" line="85"/>
        <source>{mapel} di rombel {rombel}: {jumlah} peserta didik belum dinilai</source>
        <translation>{mapel} in class {rombel}: {jumlah} students not graded yet</translation>
    </message>
    <message>
        <location filename="../../app/validation/pembelajaran.py" line="38"/>
        <source>{mapel} di rombel {rombel}: mata pelajaran tidak ada di kurikulum rombel</source>
        <translation>{mapel} in class {rombel}: the subject is not in the class&apos;s curriculum</translation>
    </message>
    <message>
        <location filename="../../app/validation/pembelajaran.py" line="49"/>
        <source>{mapel} di rombel {rombel}: {jam} jam per minggu melebihi kurikulum ({batas} jam)</source>
        <translation>{mapel} in class {rombel}: {jam} hours per week exceed the curriculum ({batas} hours)</translation>
    </message>
    <message>
        <location filename="../../app/validation/pembelajaran.py" line="59"/>
        <source>{mapel} di rombel {rombel}: jam mengajar per minggu harus lebih dari 0</source>
        <translation>{mapel} in class {rombel}: teaching hours per week must be more than 0</translation>
    </message>
    <message>
        <location filename="../../app/validation/pembelajaran.py" line="67"/>
        <source>{mapel} di rombel {rombel}: guru tidak ditugaskan di sekolah ini tahun ajaran ini</source>
        <translation>{mapel} in class {rombel}: the teacher is not assigned to this school this school year</translation>
    </message>
    <message>
        <location filename="../../app/validation/pembelajaran.py" line="80"/>
        <source>{mapel} diajarkan lebih dari sekali di rombel {rombel}</source>
        <translation>{mapel} is taught more than once in class {rombel}</translation>
    </message>
    <message>
        <location filename="../../app/validation/pembelajaran.py" line="94"/>
        <source>{mapel} di rombel {rombel}: nomor atau tanggal SK mengajar kosong</source>
        <translation>{mapel} in class {rombel}: teaching decree number or date is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/pembelajaran.py" line="102"/>
        <source>{mapel}: semester pembelajaran tidak sama dengan semester rombel {rombel}</source>
        <translation>{mapel}: the subject&apos;s semester differs from the semester of class {rombel}</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="72"/>
        <source>NIK {nik}: tidak sesuai struktur NIK 16 digit</source>
        <translation>NIK {nik}: does not follow the 16-digit NIK structure</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="80"/>
        <source>NIK kosong; NIK wajib diisi 16 digit angka</source>
        <translation>NIK is empty; the NIK must be 16 digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="83"/>
        <source>NIK {nik}: {panjang} karakter, harus 16 digit angka</source>
        <translation>NIK {nik}: {panjang} characters, must be 16 digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="86"/>
        <source>NIK {nik}: kode wilayah {wilayah} tidak ada</source>
        <translation>NIK {nik}: region code {wilayah} does not exist</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="89"/>
        <source>NIK {nik}: tanggal lahir {tanggal} tidak ada</source>
        <translation>NIK {nik}: birth date {tanggal} does not exist</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="92"/>
        <source>NIK {nik}: nomor urut 0000 tidak sah</source>
        <translation>NIK {nik}: serial number 0000 is not valid</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="99"/>
        <source>NIK {nik}: tanggal lahir di NIK {tanggal_nik} tidak sama dengan tanggal lahir {tanggal_lahir}</source>
        <translation>NIK {nik}: the birth date in the NIK, {tanggal_nik}, differs from the birth date {tanggal_lahir}</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="119"/>
        <source>NIK {nik}: tanggal di NIK tidak sesuai jenis kelamin</source>
        <translation>NIK {nik}: the day in the NIK does not match the sex</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="126"/>
        <source>NIK {nik}: perempuan, tanggal lahir di NIK harus ditambah 40 ({dd} menjadi {dd_perempuan})</source>
        <translation>NIK {nik}: female, the birth day in the NIK must be increased by 40 ({dd} becomes {dd_perempuan})</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="131"/>
        <source>NIK {nik}: laki-laki, tanggal lahir di NIK ({dd}) tidak boleh ditambah 40</source>
        <translation>NIK {nik}: male, the birth day in the NIK ({dd}) must not be increased by 40</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="202"/>
        <source>Nama ibu kandung &quot;{nama}&quot; kosong atau bukan nama (isian pengganti)</source>
        <translation>Mother&apos;s name &quot;{nama}&quot; is empty or not a name (a placeholder)</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="73"/>
        <source>NISN {nisn}: {panjang} karakter, harus 10 digit angka</source>
        <translation>NISN {nisn}: {panjang} characters, must be 10 digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="80"/>
        <source>NISN {nisn} dipakai juga oleh peserta didik lain</source>
        <translation>NISN {nisn} is also used by another student</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="97"/>
        <source>NISN {nisn}: tiga digit awal {awal} tidak sama dengan tahun lahir {tahun} (tetap valid, periksa kembali)</source>
        <translation>NISN {nisn}: the first three digits {awal} do not match the birth year {tahun} (still valid, please check)</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="111"/>
        <source>Nama peserta didik &quot;{nama}&quot; mengandung simbol atau angka</source>
        <translation>Student name &quot;{nama}&quot; contains symbols or digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="114"/>
        <source>Nama peserta didik &quot;{nama}&quot; mengandung tab atau baris baru</source>
        <translation>Student name &quot;{nama}&quot; contains a tab or line break</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="117"/>
        <source>Nama peserta didik &quot;{nama}&quot; tidak mengandung huruf vokal</source>
        <translation>Student name &quot;{nama}&quot; contains no vowel</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="127"/>
        <source>Nama ibu kandung &quot;{nama}&quot; mengandung simbol atau angka</source>
        <translation>Mother&apos;s name &quot;{nama}&quot; contains symbols or digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="128"/>
        <source>Nama ibu kandung &quot;{nama}&quot; mengandung tab atau baris baru</source>
        <translation>Mother&apos;s name &quot;{nama}&quot; contains a tab or line break</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="131"/>
        <source>Nama ibu kandung &quot;{nama}&quot; tidak mengandung huruf vokal</source>
        <translation>Mother&apos;s name &quot;{nama}&quot; contains no vowel</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="137"/>
        <source>Jenis kelamin &quot;{jk}&quot; tidak dikenal; isi L atau P</source>
        <translation>Sex &quot;{jk}&quot; is unknown; enter L or P</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="144"/>
        <source>Tanggal lahir {tanggal} kosong atau di masa depan</source>
        <translation>Birth date {tanggal} is empty or in the future</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="151"/>
        <source>Tempat lahir belum diisi</source>
        <translation>Place of birth is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="157"/>
        <source>Agama belum diisi</source>
        <translation>Religion is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="163"/>
        <source>Nomor KK {no_kk}: harus 16 digit angka</source>
        <translation>Family card number {no_kk}: must be 16 digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="170"/>
        <source>Peserta didik belum punya registrasi di sekolah ini</source>
        <translation>The student has no registration at this school</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="178"/>
        <source>Peserta didik punya {jumlah} registrasi aktif; seharusnya satu</source>
        <translation>The student has {jumlah} open registrations; there should be one</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="195"/>
        <source>Tanggal masuk sekolah {masuk} sebelum tanggal lahir {lahir}</source>
        <translation>School entry date {masuk} is before the birth date {lahir}</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="209"/>
        <source>Registrasi keluar: jenis keluar dan tanggal keluar harus diisi bersama</source>
        <translation>Leaving registration: reason and date of leaving must both be filled</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="223"/>
        <source>Peserta didik aktif belum masuk rombel kelas pada semester ini</source>
        <translation>Active student is in no class this semester</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="232"/>
        <source>Peserta didik terdaftar di {jumlah} rombel kelas pada semester ini</source>
        <translation>The student is in {jumlah} classes this semester</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="244"/>
        <source>Penerima KIP dicentang tetapi nomor KIP atau nama di KIP kosong</source>
        <translation>KIP recipient is ticked but the KIP number or the name on the KIP is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="252"/>
        <source>Nomor KIP {no_kip} diisi tetapi penerima KIP tidak dicentang</source>
        <translation>KIP number {no_kip} is filled but KIP recipient is not ticked</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="261"/>
        <source>Nomor KIP {no_kip}: harus 6 karakter huruf atau angka</source>
        <translation>KIP number {no_kip}: must be 6 letters or digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="269"/>
        <source>Layak PIP dicentang tetapi alasan layak PIP kosong</source>
        <translation>Eligible for PIP is ticked but the reason is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="275"/>
        <source>Penerima KIP tetapi tidak ditandai layak PIP</source>
        <translation>KIP recipient but not marked eligible for PIP</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="281"/>
        <source>Usia {usia} tahun di luar usia wajar jenjang ini ({usia_min}–{usia_max} tahun)</source>
        <translation>Age {usia} is outside the usual age for this level ({usia_min}–{usia_max} years)</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="295"/>
        <source>Usia {usia} tahun melebihi batas jenjang ini (lebih dari {batas} tahun)</source>
        <translation>Age {usia} exceeds the limit for this level (more than {batas} years)</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="307"/>
        <source>Usia {usia} tahun tidak wajar untuk kelas {tingkat}</source>
        <translation>Age {usia} is implausible for grade {tingkat}</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="322"/>
        <source>Data periodik (tinggi, berat, jarak) semester ini belum diisi</source>
        <translation>This semester&apos;s periodic data (height, weight, distance) is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="333"/>
        <source>Data periodik tidak wajar: tinggi {tinggi} cm, berat {berat} kg</source>
        <translation>Implausible periodic data: height {tinggi} cm, weight {berat} kg</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="63"/>
        <source>Nama PTK &quot;{nama}&quot; mengandung simbol atau angka</source>
        <translation>Staff name &quot;{nama}&quot; contains symbols or digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="64"/>
        <source>Nama PTK &quot;{nama}&quot; mengandung tab atau baris baru</source>
        <translation>Staff name &quot;{nama}&quot; contains a tab or line break</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="65"/>
        <source>Nama PTK &quot;{nama}&quot; tidak mengandung huruf vokal</source>
        <translation>Staff name &quot;{nama}&quot; contains no vowel</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="74"/>
        <source>Nama ibu kandung PTK &quot;{nama}&quot; mengandung simbol atau angka</source>
        <translation>Staff mother&apos;s name &quot;{nama}&quot; contains symbols or digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="77"/>
        <source>Nama ibu kandung PTK &quot;{nama}&quot; mengandung tab atau baris baru</source>
        <translation>Staff mother&apos;s name &quot;{nama}&quot; contains a tab or line break</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="80"/>
        <source>Nama ibu kandung PTK &quot;{nama}&quot; tidak mengandung huruf vokal</source>
        <translation>Staff mother&apos;s name &quot;{nama}&quot; contains no vowel</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="88"/>
        <source>Jenis kelamin PTK &quot;{jk}&quot; tidak dikenal; isi L atau P</source>
        <translation>Staff sex &quot;{jk}&quot; is unknown; enter L or P</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="95"/>
        <source>Usia PTK {usia} tahun tidak wajar (di bawah 18 atau di atas 65)</source>
        <translation>Staff age {usia} is implausible (under 18 or over 65)</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="104"/>
        <source>NUPTK {nuptk}: {panjang} karakter, harus 16 digit angka</source>
        <translation>NUPTK {nuptk}: {panjang} characters, must be 16 digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="111"/>
        <source>NUPTK {nuptk} dipakai juga oleh PTK lain</source>
        <translation>NUPTK {nuptk} is also used by another staff member</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="124"/>
        <source>PTK berstatus {status} (PNS) tetapi NIP kosong</source>
        <translation>Staff member with status {status} (civil servant) but no NIP</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="132"/>
        <source>NIP {nip}: {panjang} karakter, harus 18 digit angka</source>
        <translation>NIP {nip}: {panjang} characters, must be 18 digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="139"/>
        <source>NIP {nip}: tanggal lahir di NIP {tanggal_nip} tidak sama dengan tanggal lahir</source>
        <translation>NIP {nip}: the birth date in the NIP, {tanggal_nip}, differs from the birth date</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="150"/>
        <source>NIP {nip} diisi, padahal status kepegawaian {status} bukan PNS atau PPPK</source>
        <translation>NIP {nip} is filled, but employment status {status} is neither PNS nor PPPK</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="160"/>
        <source>PNS tanpa SK CPNS atau TMT CPNS</source>
        <translation>Civil servant without CPNS decree or CPNS start date</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="166"/>
        <source>PNS tanpa TMT PNS</source>
        <translation>Civil servant without PNS start date</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="172"/>
        <source>Pangkat/golongan diisi, padahal status kepegawaian {status} bukan PNS</source>
        <translation>Rank/grade is filled, but employment status {status} is not PNS</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="182"/>
        <source>PNS tanpa pangkat/golongan</source>
        <translation>Civil servant without rank/grade</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="189"/>
        <source>PTK belum ditugaskan (ptk terdaftar) di sekolah ini untuk tahun ajaran ini</source>
        <translation>Staff member is not assigned (ptk terdaftar) to this school for this school year</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="203"/>
        <source>PTK ditugaskan {jumlah} kali di sekolah ini pada tahun ajaran yang sama</source>
        <translation>Staff member is assigned {jumlah} times to this school in the same school year</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="214"/>
        <source>Riwayat pendidikan formal PTK belum diisi</source>
        <translation>Staff formal education history is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="222"/>
        <source>Tugas tambahan berakhir (TST) sebelum dimulai (TMT)</source>
        <translation>Additional duty ends (TST) before it starts (TMT)</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="230"/>
        <source>Guru aktif belum punya pembelajaran pada semester ini</source>
        <translation>Active teacher has no teaching assignment this semester</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="238"/>
        <source>JTM guru {jtm} jam ({mengajar} jam mengajar + {tambahan} jam tugas tambahan), kurang dari 24 jam</source>
        <translation>Teacher workload {jtm} hours ({mengajar} teaching + {tambahan} additional duty), less than 24 hours</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="256"/>
        <source>Tenaga kependidikan tercatat mengajar {jam} jam; pembelajaran hanya untuk guru</source>
        <translation>Education staff recorded as teaching {jam} hours; only teachers teach</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="43"/>
        <source>Bentuk pendidikan sekolah: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>School type: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="57"/>
        <source>Akreditasi sekolah: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>School accreditation: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="70"/>
        <source>Wilayah sekolah: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>School region: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="83"/>
        <source>Wilayah alamat peserta didik: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Student address region: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="97"/>
        <source>Wilayah alamat PTK: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Staff address region: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="110"/>
        <source>Agama peserta didik: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Student religion: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="124"/>
        <source>Agama PTK: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Staff religion: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="137"/>
        <source>Pekerjaan orang tua/wali: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Parent/guardian occupation: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="151"/>
        <source>Kebutuhan khusus: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Special needs: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="164"/>
        <source>Jenis tinggal: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Living arrangement: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="177"/>
        <source>Alat transportasi: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Means of transport: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="190"/>
        <source>Status kepegawaian: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Employment status: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="203"/>
        <source>Pangkat/golongan: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Rank/grade: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="216"/>
        <source>Jenis PTK penugasan: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Staff type of the assignment: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="231"/>
        <source>Jabatan tugas tambahan: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Additional duty position: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="246"/>
        <source>Kurikulum rombel: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Class curriculum: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="259"/>
        <source>Tingkat pendidikan rombel: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Class grade level: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="273"/>
        <source>Jenis rombel: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Class type: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="286"/>
        <source>Mata pelajaran: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Subject: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="299"/>
        <source>Jenis prasarana ruang: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Room type: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="313"/>
        <source>Jenis sarana: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Equipment type: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="352"/>
        <source>{mapel} di rombel {rombel}: mata pelajaran ini sudah tidak berlaku di kurikulumnya sejak {sejak}</source>
        <translation>{mapel} in class {rombel}: this subject left its curriculum on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="41"/>
        <source>Rombel {nama} belum punya wali kelas</source>
        <translation>Class {nama} has no homeroom teacher</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="47"/>
        <source>Wali kelas rombel {nama} ({wali}) bukan PTK aktif di sekolah ini</source>
        <translation>Homeroom teacher of class {nama} ({wali}) is not active staff at this school</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="58"/>
        <source>Rombel {nama} belum diisi tingkat pendidikannya</source>
        <translation>Class {nama} has no grade level</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="64"/>
        <source>Rombel {nama}: tingkat {tingkat} di luar jenjang sekolah ({tmin}–{tmax})</source>
        <translation>Class {nama}: grade {tingkat} is outside the school&apos;s levels ({tmin}–{tmax})</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="77"/>
        <source>Rombel {nama} belum punya anggota</source>
        <translation>Class {nama} has no members</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="84"/>
        <source>Rombel {nama} belum diisi kurikulumnya</source>
        <translation>Class {nama} has no curriculum</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="91"/>
        <source>Rombel {nama}: kurikulum {kurikulum} bukan untuk jenjang sekolah ini</source>
        <translation>Class {nama}: curriculum {kurikulum} is not for this school&apos;s level</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="105"/>
        <source>Rombel {nama} belum diisi ruang (prasarana) kelasnya</source>
        <translation>Class {nama} has no classroom</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="113"/>
        <source>Rombel {nama}: {anggota} anggota melebihi kapasitas ruang {kapasitas}</source>
        <translation>Class {nama}: {anggota} members exceed the room capacity of {kapasitas}</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="125"/>
        <source>Nama rombel {nama} dipakai lebih dari satu rombel pada semester ini</source>
        <translation>Class name {nama} is used by more than one class this semester</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="142"/>
        <source>Rombel {nama} belum punya pembelajaran</source>
        <translation>Class {nama} has no subjects</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="54"/>
        <source>Ruang {nama} tidak berada di bangunan mana pun</source>
        <translation>Room {nama} is in no building</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="65"/>
        <source>{nama}: data kerusakan (kondisi) semester ini belum diisi</source>
        <translation>{nama}: this semester&apos;s damage (condition) data is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="79"/>
        <source>{nama}: persentase kerusakan harus antara 0 dan 100</source>
        <translation>{nama}: damage percentages must be between 0 and 100</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="94"/>
        <source>{nama}: kategori kerusakan tidak sesuai kerusakan terbesar {persen}% (seharusnya {seharusnya})</source>
        <translation>{nama}: damage category does not match the worst damage of {persen}% (should be {seharusnya})</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="113"/>
        <source>Ruang {nama}: luas {luas} m² tidak sesuai panjang {panjang} × lebar {lebar}</source>
        <translation>Room {nama}: area {luas} m² does not match length {panjang} × width {lebar}</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="123"/>
        <source>Bangunan {nama}: luas tapak {luas} m² tidak sesuai panjang {panjang} × lebar {lebar}</source>
        <translation>Building {nama}: footprint {luas} m² does not match length {panjang} × width {lebar}</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="133"/>
        <source>Tanah {nama}: luas {luas} m² tidak sesuai panjang {panjang} × lebar {lebar}</source>
        <translation>Land {nama}: area {luas} m² does not match length {panjang} × width {lebar}</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="145"/>
        <source>Ruang {nama} di lantai {lantai}, padahal bangunannya {jml_lantai} lantai</source>
        <translation>Room {nama} is on floor {lantai}, but its building has {jml_lantai} floors</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="159"/>
        <source>Bangunan {nama} tidak berada di tanah mana pun</source>
        <translation>Building {nama} is on no land</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="170"/>
        <source>Sarana {nama}: jumlah laik {laik} melebihi jumlah {jumlah} atau negatif</source>
        <translation>Equipment {nama}: usable count {laik} exceeds the count {jumlah} or is negative</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="186"/>
        <source>Sarana {nama}: jumlah dan kondisi semester ini belum diisi</source>
        <translation>Equipment {nama}: this semester&apos;s count and condition are empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="36"/>
        <source>NPSN {npsn}: harus 8 digit angka</source>
        <translation>NPSN {npsn}: must be 8 digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="43"/>
        <source>Kepala Sekolah atau PLT belum diisi (tugas tambahan tanpa TST)</source>
        <translation>No principal or acting principal (an additional duty without TST)</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="52"/>
        <source>Lebih dari satu kepala sekolah aktif: {ks} Kepala Sekolah dan {plt} PLT; akhiri (isi TST) yang tidak menjabat lagi</source>
        <translation>More than one active principal: {ks} principal and {plt} acting; end (fill TST) the ones no longer in office</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="67"/>
        <source>Kepala Sekolah/PLT {nama} tidak terdaftar sebagai PTK induk di sekolah ini untuk tahun ajaran ini</source>
        <translation>Principal/acting principal {nama} is not registered as home-school staff here for this school year</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="83"/>
        <source>Nama sekolah kosong</source>
        <translation>School name is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="89"/>
        <source>Alamat jalan sekolah kosong</source>
        <translation>School street address is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="95"/>
        <source>Kode wilayah sekolah {kode} bukan desa/kelurahan di referensi wilayah</source>
        <translation>School region code {kode} is not a village in the region reference</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="105"/>
        <source>Kode pos {kode_pos}: harus 5 digit angka</source>
        <translation>Postal code {kode_pos}: must be 5 digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="112"/>
        <source>Koordinat sekolah ({lintang}, {bujur}) kosong atau di luar Indonesia</source>
        <translation>School coordinates ({lintang}, {bujur}) are empty or outside Indonesia</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="122"/>
        <source>Alamat email sekolah {email} tidak sah</source>
        <translation>School email address {email} is not valid</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="129"/>
        <source>Akreditasi belum diisi</source>
        <translation>Accreditation is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="135"/>
        <source>Sekolah terakreditasi tanpa nomor SK akreditasi atau TMT akreditasi</source>
        <translation>Accredited school without accreditation decree number or date</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="145"/>
        <source>Akreditasi sejak {tmt} sudah lebih dari 5 tahun; periksa akreditasi ulang</source>
        <translation>Accreditation since {tmt} is more than 5 years old; check re-accreditation</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="154"/>
        <source>SK pendirian sekolah atau tanggalnya kosong</source>
        <translation>School founding decree or its date is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="160"/>
        <source>SK izin operasional atau tanggalnya kosong</source>
        <translation>Operating licence or its date is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="166"/>
        <source>Data periodik sekolah (listrik, air, internet) semester ini belum diisi</source>
        <translation>This semester&apos;s school periodic data (electricity, water, internet) is empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="54"/>
        <source>Validasi Lokal belum pernah dijalankan.</source>
        <translation>Local Validation has never been run.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="56"/>
        <source>Validasi Lokal: %1 invalid, %2 peringatan.</source>
        <translation>Local Validation: %1 invalid, %2 warnings.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="63"/>
        <source>%v dari %m aturan</source>
        <translation>%v of %m rules</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="108"/>
        <source>Validasi Lokal gagal: %1</source>
        <translation>Local Validation failed: %1</translation>
    </message>
    <message>
        <location filename="../../app/validation/rule.py" line="37"/>
        <source>Sekolah</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../app/validation/rule.py" line="38"/>
        <source>Sarpras</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <location filename="../../app/validation/rule.py" line="39"/>
        <source>Peserta Didik</source>
        <translation>Peserta Didik</translation>
    </message>
    <message>
        <location filename="../../app/validation/rule.py" line="40"/>
        <source>GTK</source>
        <translation>GTK</translation>
    </message>
    <message>
        <location filename="../../app/validation/rule.py" line="41"/>
        <source>Rombongan Belajar</source>
        <translation>Rombongan Belajar</translation>
    </message>
    <message>
        <location filename="../../app/validation/rule.py" line="42"/>
        <source>Pembelajaran</source>
        <translation>Pembelajaran</translation>
    </message>
    <message>
        <location filename="../../app/validation/rule.py" line="43"/>
        <source>Jadwal</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <location filename="../../app/validation/rule.py" line="44"/>
        <source>Nilai</source>
        <translation>Grades</translation>
    </message>
    <message>
        <location filename="../../app/validation/rule.py" line="45"/>
        <source>Referensi</source>
        <translation>Referensi</translation>
    </message>
</context>
<context>
    <name>ValidasiPage</name>
    <message>
        <location filename="../../app/ui/validasi.py" line="216"/>
        <source>Jalankan Validasi</source>
        <translation>Run Validation</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="221"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="158"/>
        <location filename="../../app/ui/validasi.py" line="221"/>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="159"/>
        <location filename="../../app/ui/validasi.py" line="221"/>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="152"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="153"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="154"/>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="155"/>
        <source>Keterangan</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="272"/>
        <source>Validasi berjalan…</source>
        <translation>Validation running…</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="289"/>
        <source>Validasi dibatalkan; hasil sebelumnya tetap berlaku.</source>
        <translation>Validation cancelled; the previous results still apply.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="285"/>
        <location filename="../../app/ui/validasi.py" line="323"/>
        <source>Validasi gagal: %1</source>
        <translation>Validation failed: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="314"/>
        <source>Validasi terakhir: %1 (%2 detik)</source>
        <translation>Last validation: %1 (%2 seconds)</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="318"/>
        <source>Validasi belum pernah dijalankan.</source>
        <translation>Validation has never been run.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="72"/>
        <source>Validasi Lokal</source>
        <translation>Local Validation</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="76"/>
        <source>Jalankan Validasi Lokal</source>
        <translation>Run Local Validation</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="90"/>
        <source>Validasi Lokal berjalan…</source>
        <translation>Local Validation running…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="103"/>
        <source>Validasi Lokal gagal: {error}</source>
        <translation>Local Validation failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sinkronisasi.py" line="119"/>
        <source>Tidak ada data invalid.</source>
        <translation>No invalid data.</translation>
    </message>
</context>
<context>
    <name>WebService</name>
    <message>
        <location filename="../../app/webservice/tokens.py" line="70"/>
        <source>Alamat IP {ip} tidak sah.</source>
        <translation>IP address {ip} is not valid.</translation>
    </message>
    <message>
        <location filename="../../app/webservice/tokens.py" line="78"/>
        <source>Nama aplikasi harus diisi (paling panjang {max} huruf).</source>
        <translation>Enter the application name (at most {max} characters).</translation>
    </message>
    <message>
        <location filename="../../app/webservice/tokens.py" line="113"/>
        <source>Token bernama {nama} sudah ada; cabut dulu atau pakai nama lain.</source>
        <translation>A token named {nama} already exists; revoke it first or use another name.</translation>
    </message>
    <message>
        <location filename="../../app/webservice/tokens.py" line="145"/>
        <source>Tidak ada token aktif bernama {nama}.</source>
        <translation>There is no active token named {nama}.</translation>
    </message>
</context>
<context>
    <name>WebServiceDialog</name>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="50"/>
        <location filename="../../app/ui/webservice_dialog.py" line="153"/>
        <location filename="../../app/ui/webservice_dialog.py" line="160"/>
        <source>WebService</source>
        <translation>Web Service</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="56"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="81"/>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="88"/>
        <source>Buka untuk komputer lain di jaringan lokal (LAN)</source>
        <translation>Open to other computers on the local network (LAN)</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="93"/>
        <source>Perhatian: setiap komputer di jaringan yang dapat menjangkau alamat ini dapat mencoba mengambil data sekolah. Berikan token hanya kepada aplikasi yang dipercaya dan batasi tiap token pada alamat IP kliennya.</source>
        <translation>Warning: every computer on the network that can reach this address can try to fetch the school&apos;s data. Give tokens only to trusted applications and limit each token to its client&apos;s IP address.</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="104"/>
        <location filename="../../app/ui/webservice_dialog.py" line="185"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="105"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="107"/>
        <source>Alamat LAN</source>
        <translation>LAN address</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="137"/>
        <source>Mohon tunggu…</source>
        <translation>Please wait…</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="154"/>
        <source>Web Service tidak dapat dimulai: %1</source>
        <translation>The Web Service could not be started: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="166"/>
        <source>Berjalan di %1</source>
        <translation>Running at %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="168"/>
        <source>Berhenti</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="169"/>
        <source>Hentikan</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="169"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="177"/>
        <location filename="../../app/ui/webservice_dialog.py" line="259"/>
        <source>Token aplikasi</source>
        <translation>Application tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="184"/>
        <source>Nama aplikasi</source>
        <translation>Application name</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="186"/>
        <source>IP klien</source>
        <translation>Client IP</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="187"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="188"/>
        <source>Terakhir dipakai</source>
        <translation>Last used</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="199"/>
        <location filename="../../app/ui/webservice_dialog.py" line="272"/>
        <source>Cabut Token</source>
        <translation>Revoke Token</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="201"/>
        <source>Muat Ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="210"/>
        <source>Nama aplikasi, mis. E-Rapor</source>
        <translation>Application name, e.g. E-Rapor</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="211"/>
        <source>IP klien (opsional)</source>
        <translation>Client IP (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="212"/>
        <source>Buat Token</source>
        <translation>Create Token</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="228"/>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="249"/>
        <source>Token untuk %1 (salin sekarang, tidak ditampilkan lagi):</source>
        <translation>Token for %1 (copy it now, it will not be shown again):</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="270"/>
        <source>Cabut token %1? Aplikasi yang memakainya tidak dapat mengambil data lagi.</source>
        <translation>Revoke token %1? The application using it will no longer be able to fetch data.</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="272"/>
        <source>Cabut</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="304"/>
        <source>%1 dari %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="307"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="307"/>
        <source>Dicabut</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="308"/>
        <source>semua</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="310"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
</context>
</TS>
