<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="67"/>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
</context>
<context>
    <name>BerandaPage</name>
    <message>
        <location filename="../../app/ui/pages.py" line="36"/>
        <source>Belum ada data sekolah di basis data ini.</source>
        <translation>This database holds no school data yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="43"/>
        <source>NPSN</source>
        <translation>NPSN</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="44"/>
        <source>Bentuk Pendidikan</source>
        <translation>School type</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="45"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="46"/>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="48"/>
        <source>Kepala Sekolah</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="49"/>
        <source>Belum ditetapkan</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="51"/>
        <source>Semester Aktif</source>
        <translation>Active semester</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="53"/>
        <source>Jumlah Data</source>
        <translation>Data counts</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="56"/>
        <source>Peserta Didik aktif</source>
        <translation>Active students</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="57"/>
        <source>GTK aktif</source>
        <translation>Active staff</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="58"/>
        <source>Rombongan Belajar</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="59"/>
        <source>Pembelajaran</source>
        <translation>Teaching</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="60"/>
        <source>Nilai</source>
        <translation>Grades</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="61"/>
        <source>Ruang</source>
        <translation>Rooms</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../app/ui/crash.py" line="26"/>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="27"/>
        <source>Terjadi kesalahan yang tidak terduga. Data yang sedang diisi tidak hilang; simpan ulang setelah menutup pesan ini.

Rincian tercatat di:
%1</source>
        <translation>An unexpected error occurred. The data being entered is not lost; save again after closing this message.

The details are recorded in:
%1</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenError</name>
    <message>
        <location filename="../../app/db/engine.py" line="53"/>
        <source>Folder {folder} tidak dapat ditulisi, basis data baru tidak dapat dibuat.</source>
        <translation>The folder {folder} is not writable; a new database cannot be created.</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="64"/>
        <location filename="../../app/db/engine.py" line="107"/>
        <source>Berkas {path} bukan basis data Dapodik Lokal (bukan berkas SQLite).</source>
        <translation>The file {path} is not a Dapodik Lokal database (not an SQLite file).</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="72"/>
        <source>Berkas {path} hanya dapat dibaca (read-only). Salin ke folder yang dapat ditulisi atau ubah izinnya, lalu buka kembali.</source>
        <translation>The file {path} is read-only. Copy it to a writable folder or change its permissions, then open it again.</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="91"/>
        <source>Basis data {path} sedang dipakai program lain (terkunci). Tutup program tersebut lalu coba lagi.</source>
        <translation>The database {path} is in use by another program (locked). Close that program and try again.</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="99"/>
        <source>Berkas {path} tidak dapat dibuka sebagai basis data: {error}</source>
        <translation>The file {path} cannot be opened as a database: {error}</translation>
    </message>
    <message>
        <location filename="../../app/db/migrations/__init__.py" line="50"/>
        <source>Basis data {path} dibuat oleh versi Dapodik Lokal yang lebih baru (skema {revision}). Perbarui aplikasi untuk membukanya; berkas tidak diubah.</source>
        <translation>The database {path} was made by a newer version of Dapodik Lokal (schema {revision}). Update the application to open it; the file was not changed.</translation>
    </message>
</context>
<context>
    <name>Hari</name>
    <message>
        <location filename="../../app/ui/table_model.py" line="23"/>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="24"/>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="25"/>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="26"/>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="27"/>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="28"/>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
</context>
<context>
    <name>Listing</name>
    <message>
        <location filename="../../app/ui/table_model.py" line="132"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="133"/>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="69"/>
        <location filename="../../app/db/listing.py" line="272"/>
        <source>Peserta Didik</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="75"/>
        <location filename="../../app/db/listing.py" line="120"/>
        <location filename="../../app/db/listing.py" line="317"/>
        <location filename="../../app/db/listing.py" line="341"/>
        <location filename="../../app/db/listing.py" line="372"/>
        <location filename="../../app/db/listing.py" line="402"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="76"/>
        <location filename="../../app/db/listing.py" line="121"/>
        <source>JK</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="77"/>
        <location filename="../../app/db/listing.py" line="273"/>
        <source>NISN</source>
        <translation>NISN</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="78"/>
        <location filename="../../app/db/listing.py" line="124"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="79"/>
        <source>NIPD</source>
        <translation>NIPD</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="80"/>
        <source>Tempat Lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="83"/>
        <location filename="../../app/db/listing.py" line="127"/>
        <source>Tanggal Lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="87"/>
        <location filename="../../app/db/listing.py" line="203"/>
        <location filename="../../app/db/listing.py" line="240"/>
        <location filename="../../app/db/listing.py" line="274"/>
        <source>Rombel</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="90"/>
        <source>Nama Ibu Kandung</source>
        <translation>Mother&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="95"/>
        <location filename="../../app/db/listing.py" line="139"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="110"/>
        <source>GTK</source>
        <translation>Staff (GTK)</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="122"/>
        <source>NUPTK</source>
        <translation>NUPTK</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="123"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="133"/>
        <source>Status Kepegawaian</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="136"/>
        <source>Jenis PTK</source>
        <translation>Staff type</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="161"/>
        <source>Rombongan Belajar</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="171"/>
        <source>Nama Rombel</source>
        <translation>Class name</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="174"/>
        <source>Tingkat</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="178"/>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="179"/>
        <source>Wali Kelas</source>
        <translation>Homeroom teacher</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="180"/>
        <source>Kurikulum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="181"/>
        <location filename="../../app/db/listing.py" line="249"/>
        <location filename="../../app/db/listing.py" line="362"/>
        <location filename="../../app/db/listing.py" line="404"/>
        <source>Ruang</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="182"/>
        <source>Jumlah Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="193"/>
        <source>Pembelajaran</source>
        <translation>Teaching</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="206"/>
        <location filename="../../app/db/listing.py" line="245"/>
        <location filename="../../app/db/listing.py" line="277"/>
        <source>Mata Pelajaran</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="209"/>
        <location filename="../../app/db/listing.py" line="248"/>
        <source>Guru</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="212"/>
        <source>Jam per Minggu</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="216"/>
        <source>SK Mengajar</source>
        <translation>Teaching decree</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="228"/>
        <source>Jadwal</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="241"/>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="242"/>
        <source>Jam Ke</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="261"/>
        <source>Nilai</source>
        <translation>Grades</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="282"/>
        <source>Nilai Pengetahuan</source>
        <translation>Knowledge grade</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="288"/>
        <source>Nilai Keterampilan</source>
        <translation>Skills grade</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="311"/>
        <source>Tanah</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="320"/>
        <source>No. Sertifikat</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="323"/>
        <location filename="../../app/db/listing.py" line="375"/>
        <source>Luas (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="324"/>
        <source>Kepemilikan</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="335"/>
        <location filename="../../app/db/listing.py" line="374"/>
        <source>Bangunan</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="340"/>
        <location filename="../../app/db/listing.py" line="371"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="342"/>
        <source>Luas Tapak (m²)</source>
        <translation>Footprint (m²)</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="343"/>
        <source>Jumlah Lantai</source>
        <translation>Floors</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="345"/>
        <source>Tahun Dibangun</source>
        <translation>Year built</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="349"/>
        <location filename="../../app/db/listing.py" line="378"/>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="373"/>
        <source>Jenis Prasarana</source>
        <translation>Room type</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="392"/>
        <source>Alat</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="403"/>
        <source>Jenis Sarana</source>
        <translation>Equipment type</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="405"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/db/listing.py" line="406"/>
        <source>Laik</source>
        <translation>Usable</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="70"/>
        <source>Fitur ini hadir pada versi berikutnya Dapodik Lokal.</source>
        <translation>This feature arrives in the next version of Dapodik Lokal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="72"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="74"/>
        <source>Sekolah</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="76"/>
        <source>Sarpras</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="79"/>
        <source>Peserta Didik</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>GTK</source>
        <translation>Staff (GTK)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>Rombongan Belajar</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>Pembelajaran</source>
        <translation>Teaching</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91"/>
        <source>Jadwal</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92"/>
        <source>Nilai</source>
        <translation>Grades</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95"/>
        <source>Referensi</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>Validasi</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="103"/>
        <source>Validasi Lokal</source>
        <translation>Local Validation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="107"/>
        <location filename="../../app/ui/main_window.py" line="109"/>
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="113"/>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <source>PMP</source>
        <translation>PMP</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="144"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>&amp;Pengaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>&amp;Bahasa dan Tampilan…</source>
        <translation>&amp;Language and Display…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>&amp;Tentang Dapodik Lokal</source>
        <translation>&amp;About Dapodik Lokal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>Dapodik Lokal</source>
        <translation>Dapodik Lokal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>Semester aktif: %1</source>
        <translation>Active semester: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>Tentang Dapodik Lokal</source>
        <translation>About Dapodik Lokal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>&lt;b&gt;Dapodik Lokal&lt;/b&gt; versi %1&lt;br&gt;Basis data: %2</source>
        <translation>&lt;b&gt;Dapodik Lokal&lt;/b&gt; version %1&lt;br&gt;Database: %2</translation>
    </message>
</context>
<context>
    <name>ReferensiPage</name>
    <message>
        <location filename="../../app/ui/pages.py" line="120"/>
        <source>Data referensi berasal dari server pusat dan tidak dapat diubah.</source>
        <translation>Reference data comes from the central server and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="122"/>
        <source>Tabel referensi:</source>
        <translation>Reference table:</translation>
    </message>
</context>
<context>
    <name>Sekolah</name>
    <message>
        <location filename="../../app/db/summary.py" line="109"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="110"/>
        <source>NPSN</source>
        <translation>NPSN</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="111"/>
        <source>NSS</source>
        <translation>NSS</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="112"/>
        <source>Alamat Jalan</source>
        <translation>Street address</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="113"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="114"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="115"/>
        <source>Dusun</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="116"/>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="117"/>
        <source>Kode Pos</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="118"/>
        <source>Lintang</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="119"/>
        <source>Bujur</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="120"/>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="121"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="122"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="123"/>
        <source>SK Pendirian</source>
        <translation>Founding decree</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="124"/>
        <source>Tanggal SK Pendirian</source>
        <translation>Founding decree date</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="125"/>
        <source>SK Izin Operasional</source>
        <translation>Operating licence</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="126"/>
        <source>SK Akreditasi</source>
        <translation>Accreditation decree</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="127"/>
        <source>TMT Akreditasi</source>
        <translation>Accreditation date</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="140"/>
        <source>Bentuk Pendidikan</source>
        <translation>School type</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="145"/>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/db/summary.py" line="150"/>
        <source>Akreditasi</source>
        <translation>Accreditation</translation>
    </message>
</context>
<context>
    <name>SekolahPage</name>
    <message>
        <location filename="../../app/ui/pages.py" line="93"/>
        <source>Belum ada data sekolah di basis data ini.</source>
        <translation>This database holds no school data yet.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="12"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="17"/>
        <source>Bahasa baru dipakai setelah aplikasi dibuka ulang.</source>
        <translation>The new language is used after the application is restarted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="20"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="21"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="25"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../app/ui/table_page.py" line="28"/>
        <source>Cari: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="32"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/table_page.py" line="62"/>
        <source>%n baris</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="67"/>
        <source>Gagal memuat data: %1</source>
        <translation>Could not load the data: %1</translation>
    </message>
</context>
</TS>
