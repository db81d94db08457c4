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
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>Fitur ini hadir pada versi berikutnya Dapodik Lokal.</source>
        <translation>This feature arrives in the next version of Dapodik Lokal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>Sekolah</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>Sarpras</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99"/>
        <source>Peserta Didik</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="103"/>
        <source>GTK</source>
        <translation>Staff (GTK)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="106"/>
        <source>Rombongan Belajar</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>Pembelajaran</source>
        <translation>Teaching</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111"/>
        <source>Jadwal</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>Nilai</source>
        <translation>Grades</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <source>Referensi</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="119"/>
        <source>Validasi</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="122"/>
        <location filename="../../app/ui/main_window.py" line="124"/>
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="128"/>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>PMP</source>
        <translation>PMP</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Pengaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>&amp;Bahasa dan Tampilan…</source>
        <translation>&amp;Language and Display…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182"/>
        <source>&amp;WebService…</source>
        <translation>&amp;Web Service…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186"/>
        <source>&amp;Tentang Dapodik Lokal</source>
        <translation>&amp;About Dapodik Lokal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194"/>
        <source>Dapodik Lokal</source>
        <translation>Dapodik Lokal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199"/>
        <source>Semester aktif: %1</source>
        <translation>Active semester: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205"/>
        <source>Tentang Dapodik Lokal</source>
        <translation>About Dapodik Lokal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="206"/>
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
        <location filename="../../app/ui/table_page.py" line="72"/>
        <source>%n baris</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="77"/>
        <source>Gagal memuat data: %1</source>
        <translation>Could not load the data: %1</translation>
    </message>
</context>
<context>
    <name>Validasi</name>
    <message>
        <location filename="../../app/validation/cli.py" line="45"/>
        <source>Berkas basis data {path} tidak ada.</source>
        <translation>Database file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/validation/jadwal.py" line="53"/>
        <source>Guru {guru} mengajar di dua tempat sekaligus: {hari} jam ke-{bel}</source>
        <translation>Teacher {guru} teaches in two places at once: {hari}, period {bel}</translation>
    </message>
    <message>
        <location filename="../../app/validation/jadwal.py" line="62"/>
        <source>Ruang {ruang} dipakai dua rombel sekaligus: {hari} jam ke-{bel}</source>
        <translation>Room {ruang} is used by two classes at once: {hari}, period {bel}</translation>
    </message>
    <message>
        <location filename="../../app/validation/jadwal.py" line="71"/>
        <source>Rombel {rombel} punya dua pelajaran sekaligus: {hari} jam ke-{bel}</source>
        <translation>Class {rombel} has two lessons at once: {hari}, period {bel}</translation>
    </message>
    <message>
        <location filename="../../app/validation/jadwal.py" line="83"/>
        <source>Jadwal hari ke-{hari} jam ke-{bel}: hari harus 1–6 dan jam ke 1–15</source>
        <translation>Timetable day {hari}, period {bel}: the day must be 1–6 and the period 1–15</translation>
    </message>
    <message>
        <location filename="../../app/validation/jadwal.py" line="97"/>
        <source>{mapel} di rombel {rombel}: {terjadwal} jam terjadwal, seharusnya {jam} jam</source>
        <translation>{mapel} in class {rombel}: {terjadwal} periods scheduled, should be {jam}</translation>
    </message>
    <message>
        <location filename="../../app/validation/nilai.py" line="51"/>
        <source>Nilai {mapel} {siswa}: pengetahuan {p}, keterampilan {k}; harus 0–100</source>
        <translation>Grade {mapel} {siswa}: knowledge {p}, skills {k}; must be 0–100</translation>
    </message>
    <message>
        <location filename="../../app/validation/nilai.py" line="59"/>
        <source>Nilai {mapel} untuk {siswa}, yang bukan anggota rombel pembelajaran ini</source>
        <translation>Grade {mapel} for {siswa}, who is not a member of this subject&apos;s class</translation>
    </message>
    <message>
        <location filename="../../app/validation/nilai.py" line="73"/>
        <source>Nilai {mapel} {siswa}: semester nilai tidak sama dengan semester pembelajaran</source>
        <translation>Grade {mapel} {siswa}: the grade&apos;s semester differs from the subject&apos;s semester</translation>
    </message>
    <message>
        <location filename="../../app/validation/nilai.py" line="84"/>
        <source>{mapel} di rombel {rombel}: {jumlah} peserta didik belum dinilai</source>
        <translation>{mapel} in class {rombel}: {jumlah} students not graded yet</translation>
    </message>
    <message>
        <location filename="../../app/validation/pembelajaran.py" line="37"/>
        <source>{mapel} di rombel {rombel}: mata pelajaran tidak ada di kurikulum rombel</source>
        <translation>{mapel} in class {rombel}: the subject is not in the class&apos;s curriculum</translation>
    </message>
    <message>
        <location filename="../../app/validation/pembelajaran.py" line="48"/>
        <source>{mapel} di rombel {rombel}: {jam} jam per minggu melebihi kurikulum ({batas} jam)</source>
        <translation>{mapel} in class {rombel}: {jam} hours per week exceed the curriculum ({batas} hours)</translation>
    </message>
    <message>
        <location filename="../../app/validation/pembelajaran.py" line="58"/>
        <source>{mapel} di rombel {rombel}: jam mengajar per minggu harus lebih dari 0</source>
        <translation>{mapel} in class {rombel}: teaching hours per week must be more than 0</translation>
    </message>
    <message>
        <location filename="../../app/validation/pembelajaran.py" line="66"/>
        <source>{mapel} di rombel {rombel}: guru tidak ditugaskan di sekolah ini tahun ajaran ini</source>
        <translation>{mapel} in class {rombel}: the teacher is not assigned to this school this school year</translation>
    </message>
    <message>
        <location filename="../../app/validation/pembelajaran.py" line="79"/>
        <source>{mapel} diajarkan lebih dari sekali di rombel {rombel}</source>
        <translation>{mapel} is taught more than once in class {rombel}</translation>
    </message>
    <message>
        <location filename="../../app/validation/pembelajaran.py" line="93"/>
        <source>{mapel} di rombel {rombel}: nomor atau tanggal SK mengajar kosong</source>
        <translation>{mapel} in class {rombel}: teaching decree number or date is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/pembelajaran.py" line="101"/>
        <source>{mapel}: semester pembelajaran tidak sama dengan semester rombel {rombel}</source>
        <translation>{mapel}: the subject&apos;s semester differs from the semester of class {rombel}</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="71"/>
        <source>NIK {nik}: tidak sesuai struktur NIK 16 digit</source>
        <translation>NIK {nik}: does not follow the 16-digit NIK structure</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="79"/>
        <source>NIK kosong; NIK wajib diisi 16 digit angka</source>
        <translation>NIK is empty; the NIK must be 16 digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="82"/>
        <source>NIK {nik}: {panjang} karakter, harus 16 digit angka</source>
        <translation>NIK {nik}: {panjang} characters, must be 16 digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="85"/>
        <source>NIK {nik}: kode wilayah {wilayah} tidak ada</source>
        <translation>NIK {nik}: region code {wilayah} does not exist</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="88"/>
        <source>NIK {nik}: tanggal lahir {tanggal} tidak ada</source>
        <translation>NIK {nik}: birth date {tanggal} does not exist</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="91"/>
        <source>NIK {nik}: nomor urut 0000 tidak sah</source>
        <translation>NIK {nik}: serial number 0000 is not valid</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="98"/>
        <source>NIK {nik}: tanggal lahir di NIK {tanggal_nik} tidak sama dengan tanggal lahir {tanggal_lahir}</source>
        <translation>NIK {nik}: the birth date in the NIK, {tanggal_nik}, differs from the birth date {tanggal_lahir}</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="118"/>
        <source>NIK {nik}: tanggal di NIK tidak sesuai jenis kelamin</source>
        <translation>NIK {nik}: the day in the NIK does not match the sex</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="125"/>
        <source>NIK {nik}: perempuan, tanggal lahir di NIK harus ditambah 40 ({dd} menjadi {dd_perempuan})</source>
        <translation>NIK {nik}: female, the birth day in the NIK must be increased by 40 ({dd} becomes {dd_perempuan})</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="130"/>
        <source>NIK {nik}: laki-laki, tanggal lahir di NIK ({dd}) tidak boleh ditambah 40</source>
        <translation>NIK {nik}: male, the birth day in the NIK ({dd}) must not be increased by 40</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="201"/>
        <source>Nama ibu kandung &quot;{nama}&quot; kosong atau bukan nama (isian pengganti)</source>
        <translation>Mother&apos;s name &quot;{nama}&quot; is empty or not a name (a placeholder)</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="72"/>
        <source>NISN {nisn}: {panjang} karakter, harus 10 digit angka</source>
        <translation>NISN {nisn}: {panjang} characters, must be 10 digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="79"/>
        <source>NISN {nisn} dipakai juga oleh peserta didik lain</source>
        <translation>NISN {nisn} is also used by another student</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="96"/>
        <source>NISN {nisn}: tiga digit awal {awal} tidak sama dengan tahun lahir {tahun} (tetap valid, periksa kembali)</source>
        <translation>NISN {nisn}: the first three digits {awal} do not match the birth year {tahun} (still valid, please check)</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="110"/>
        <source>Nama peserta didik &quot;{nama}&quot; mengandung simbol atau angka</source>
        <translation>Student name &quot;{nama}&quot; contains symbols or digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="113"/>
        <source>Nama peserta didik &quot;{nama}&quot; mengandung tab atau baris baru</source>
        <translation>Student name &quot;{nama}&quot; contains a tab or line break</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="116"/>
        <source>Nama peserta didik &quot;{nama}&quot; tidak mengandung huruf vokal</source>
        <translation>Student name &quot;{nama}&quot; contains no vowel</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="126"/>
        <source>Nama ibu kandung &quot;{nama}&quot; mengandung simbol atau angka</source>
        <translation>Mother&apos;s name &quot;{nama}&quot; contains symbols or digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="127"/>
        <source>Nama ibu kandung &quot;{nama}&quot; mengandung tab atau baris baru</source>
        <translation>Mother&apos;s name &quot;{nama}&quot; contains a tab or line break</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="130"/>
        <source>Nama ibu kandung &quot;{nama}&quot; tidak mengandung huruf vokal</source>
        <translation>Mother&apos;s name &quot;{nama}&quot; contains no vowel</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="136"/>
        <source>Jenis kelamin &quot;{jk}&quot; tidak dikenal; isi L atau P</source>
        <translation>Sex &quot;{jk}&quot; is unknown; enter L or P</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="143"/>
        <source>Tanggal lahir {tanggal} kosong atau di masa depan</source>
        <translation>Birth date {tanggal} is empty or in the future</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="150"/>
        <source>Tempat lahir belum diisi</source>
        <translation>Place of birth is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="156"/>
        <source>Agama belum diisi</source>
        <translation>Religion is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="162"/>
        <source>Nomor KK {no_kk}: harus 16 digit angka</source>
        <translation>Family card number {no_kk}: must be 16 digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="169"/>
        <source>Peserta didik belum punya registrasi di sekolah ini</source>
        <translation>The student has no registration at this school</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="177"/>
        <source>Peserta didik punya {jumlah} registrasi aktif; seharusnya satu</source>
        <translation>The student has {jumlah} open registrations; there should be one</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="194"/>
        <source>Tanggal masuk sekolah {masuk} sebelum tanggal lahir {lahir}</source>
        <translation>School entry date {masuk} is before the birth date {lahir}</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="208"/>
        <source>Registrasi keluar: jenis keluar dan tanggal keluar harus diisi bersama</source>
        <translation>Leaving registration: reason and date of leaving must both be filled</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="222"/>
        <source>Peserta didik aktif belum masuk rombel kelas pada semester ini</source>
        <translation>Active student is in no class this semester</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="231"/>
        <source>Peserta didik terdaftar di {jumlah} rombel kelas pada semester ini</source>
        <translation>The student is in {jumlah} classes this semester</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="243"/>
        <source>Penerima KIP dicentang tetapi nomor KIP atau nama di KIP kosong</source>
        <translation>KIP recipient is ticked but the KIP number or the name on the KIP is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="251"/>
        <source>Nomor KIP {no_kip} diisi tetapi penerima KIP tidak dicentang</source>
        <translation>KIP number {no_kip} is filled but KIP recipient is not ticked</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="260"/>
        <source>Nomor KIP {no_kip}: harus 6 karakter huruf atau angka</source>
        <translation>KIP number {no_kip}: must be 6 letters or digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="268"/>
        <source>Layak PIP dicentang tetapi alasan layak PIP kosong</source>
        <translation>Eligible for PIP is ticked but the reason is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="274"/>
        <source>Penerima KIP tetapi tidak ditandai layak PIP</source>
        <translation>KIP recipient but not marked eligible for PIP</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="280"/>
        <source>Usia {usia} tahun di luar usia wajar jenjang ini ({usia_min}–{usia_max} tahun)</source>
        <translation>Age {usia} is outside the usual age for this level ({usia_min}–{usia_max} years)</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="294"/>
        <source>Usia {usia} tahun melebihi batas jenjang ini (lebih dari {batas} tahun)</source>
        <translation>Age {usia} exceeds the limit for this level (more than {batas} years)</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="306"/>
        <source>Usia {usia} tahun tidak wajar untuk kelas {tingkat}</source>
        <translation>Age {usia} is implausible for grade {tingkat}</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="321"/>
        <source>Data periodik (tinggi, berat, jarak) semester ini belum diisi</source>
        <translation>This semester&apos;s periodic data (height, weight, distance) is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="332"/>
        <source>Data periodik tidak wajar: tinggi {tinggi} cm, berat {berat} kg</source>
        <translation>Implausible periodic data: height {tinggi} cm, weight {berat} kg</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="62"/>
        <source>Nama PTK &quot;{nama}&quot; mengandung simbol atau angka</source>
        <translation>Staff name &quot;{nama}&quot; contains symbols or digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="63"/>
        <source>Nama PTK &quot;{nama}&quot; mengandung tab atau baris baru</source>
        <translation>Staff name &quot;{nama}&quot; contains a tab or line break</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="64"/>
        <source>Nama PTK &quot;{nama}&quot; tidak mengandung huruf vokal</source>
        <translation>Staff name &quot;{nama}&quot; contains no vowel</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="73"/>
        <source>Nama ibu kandung PTK &quot;{nama}&quot; mengandung simbol atau angka</source>
        <translation>Staff mother&apos;s name &quot;{nama}&quot; contains symbols or digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="76"/>
        <source>Nama ibu kandung PTK &quot;{nama}&quot; mengandung tab atau baris baru</source>
        <translation>Staff mother&apos;s name &quot;{nama}&quot; contains a tab or line break</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="79"/>
        <source>Nama ibu kandung PTK &quot;{nama}&quot; tidak mengandung huruf vokal</source>
        <translation>Staff mother&apos;s name &quot;{nama}&quot; contains no vowel</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="87"/>
        <source>Jenis kelamin PTK &quot;{jk}&quot; tidak dikenal; isi L atau P</source>
        <translation>Staff sex &quot;{jk}&quot; is unknown; enter L or P</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="94"/>
        <source>Usia PTK {usia} tahun tidak wajar (di bawah 18 atau di atas 65)</source>
        <translation>Staff age {usia} is implausible (under 18 or over 65)</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="103"/>
        <source>NUPTK {nuptk}: {panjang} karakter, harus 16 digit angka</source>
        <translation>NUPTK {nuptk}: {panjang} characters, must be 16 digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="110"/>
        <source>NUPTK {nuptk} dipakai juga oleh PTK lain</source>
        <translation>NUPTK {nuptk} is also used by another staff member</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="123"/>
        <source>PTK berstatus {status} (PNS) tetapi NIP kosong</source>
        <translation>Staff member with status {status} (civil servant) but no NIP</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="131"/>
        <source>NIP {nip}: {panjang} karakter, harus 18 digit angka</source>
        <translation>NIP {nip}: {panjang} characters, must be 18 digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="138"/>
        <source>NIP {nip}: tanggal lahir di NIP {tanggal_nip} tidak sama dengan tanggal lahir</source>
        <translation>NIP {nip}: the birth date in the NIP, {tanggal_nip}, differs from the birth date</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="149"/>
        <source>NIP {nip} diisi, padahal status kepegawaian {status} bukan PNS atau PPPK</source>
        <translation>NIP {nip} is filled, but employment status {status} is neither PNS nor PPPK</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="159"/>
        <source>PNS tanpa SK CPNS atau TMT CPNS</source>
        <translation>Civil servant without CPNS decree or CPNS start date</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="165"/>
        <source>PNS tanpa TMT PNS</source>
        <translation>Civil servant without PNS start date</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="171"/>
        <source>Pangkat/golongan diisi, padahal status kepegawaian {status} bukan PNS</source>
        <translation>Rank/grade is filled, but employment status {status} is not PNS</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="181"/>
        <source>PNS tanpa pangkat/golongan</source>
        <translation>Civil servant without rank/grade</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="188"/>
        <source>PTK belum ditugaskan (ptk terdaftar) di sekolah ini untuk tahun ajaran ini</source>
        <translation>Staff member is not assigned (ptk terdaftar) to this school for this school year</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="202"/>
        <source>PTK ditugaskan {jumlah} kali di sekolah ini pada tahun ajaran yang sama</source>
        <translation>Staff member is assigned {jumlah} times to this school in the same school year</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="213"/>
        <source>Riwayat pendidikan formal PTK belum diisi</source>
        <translation>Staff formal education history is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="221"/>
        <source>Tugas tambahan berakhir (TST) sebelum dimulai (TMT)</source>
        <translation>Additional duty ends (TST) before it starts (TMT)</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="229"/>
        <source>Guru aktif belum punya pembelajaran pada semester ini</source>
        <translation>Active teacher has no teaching assignment this semester</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="237"/>
        <source>JTM guru {jtm} jam ({mengajar} jam mengajar + {tambahan} jam tugas tambahan), kurang dari 24 jam</source>
        <translation>Teacher workload {jtm} hours ({mengajar} teaching + {tambahan} additional duty), less than 24 hours</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="255"/>
        <source>Tenaga kependidikan tercatat mengajar {jam} jam; pembelajaran hanya untuk guru</source>
        <translation>Education staff recorded as teaching {jam} hours; only teachers teach</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="42"/>
        <source>Bentuk pendidikan sekolah: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>School type: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="56"/>
        <source>Akreditasi sekolah: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>School accreditation: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="69"/>
        <source>Wilayah sekolah: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>School region: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="82"/>
        <source>Wilayah alamat peserta didik: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Student address region: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="96"/>
        <source>Wilayah alamat PTK: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Staff address region: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="109"/>
        <source>Agama peserta didik: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Student religion: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="123"/>
        <source>Agama PTK: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Staff religion: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="136"/>
        <source>Pekerjaan orang tua/wali: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Parent/guardian occupation: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="150"/>
        <source>Kebutuhan khusus: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Special needs: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="163"/>
        <source>Jenis tinggal: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Living arrangement: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="176"/>
        <source>Alat transportasi: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Means of transport: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="189"/>
        <source>Status kepegawaian: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Employment status: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="202"/>
        <source>Pangkat/golongan: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Rank/grade: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="215"/>
        <source>Jenis PTK penugasan: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Staff type of the assignment: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="230"/>
        <source>Jabatan tugas tambahan: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Additional duty position: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="245"/>
        <source>Kurikulum rombel: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Class curriculum: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="258"/>
        <source>Tingkat pendidikan rombel: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Class grade level: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="272"/>
        <source>Jenis rombel: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Class type: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="285"/>
        <source>Mata pelajaran: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Subject: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="298"/>
        <source>Jenis prasarana ruang: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Room type: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="312"/>
        <source>Jenis sarana: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}</source>
        <translation>Equipment type: code {kode} ({nama}) expired on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/referensi.py" line="351"/>
        <source>{mapel} di rombel {rombel}: mata pelajaran ini sudah tidak berlaku di kurikulumnya sejak {sejak}</source>
        <translation>{mapel} in class {rombel}: this subject left its curriculum on {sejak}</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="40"/>
        <source>Rombel {nama} belum punya wali kelas</source>
        <translation>Class {nama} has no homeroom teacher</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="46"/>
        <source>Wali kelas rombel {nama} ({wali}) bukan PTK aktif di sekolah ini</source>
        <translation>Homeroom teacher of class {nama} ({wali}) is not active staff at this school</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="57"/>
        <source>Rombel {nama} belum diisi tingkat pendidikannya</source>
        <translation>Class {nama} has no grade level</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="63"/>
        <source>Rombel {nama}: tingkat {tingkat} di luar jenjang sekolah ({tmin}–{tmax})</source>
        <translation>Class {nama}: grade {tingkat} is outside the school&apos;s levels ({tmin}–{tmax})</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="76"/>
        <source>Rombel {nama} belum punya anggota</source>
        <translation>Class {nama} has no members</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="83"/>
        <source>Rombel {nama} belum diisi kurikulumnya</source>
        <translation>Class {nama} has no curriculum</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="90"/>
        <source>Rombel {nama}: kurikulum {kurikulum} bukan untuk jenjang sekolah ini</source>
        <translation>Class {nama}: curriculum {kurikulum} is not for this school&apos;s level</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="104"/>
        <source>Rombel {nama} belum diisi ruang (prasarana) kelasnya</source>
        <translation>Class {nama} has no classroom</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="112"/>
        <source>Rombel {nama}: {anggota} anggota melebihi kapasitas ruang {kapasitas}</source>
        <translation>Class {nama}: {anggota} members exceed the room capacity of {kapasitas}</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="124"/>
        <source>Nama rombel {nama} dipakai lebih dari satu rombel pada semester ini</source>
        <translation>Class name {nama} is used by more than one class this semester</translation>
    </message>
    <message>
        <location filename="../../app/validation/rombongan_belajar.py" line="141"/>
        <source>Rombel {nama} belum punya pembelajaran</source>
        <translation>Class {nama} has no subjects</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="53"/>
        <source>Ruang {nama} tidak berada di bangunan mana pun</source>
        <translation>Room {nama} is in no building</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="64"/>
        <source>{nama}: data kerusakan (kondisi) semester ini belum diisi</source>
        <translation>{nama}: this semester&apos;s damage (condition) data is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="78"/>
        <source>{nama}: persentase kerusakan harus antara 0 dan 100</source>
        <translation>{nama}: damage percentages must be between 0 and 100</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="93"/>
        <source>{nama}: kategori kerusakan tidak sesuai kerusakan terbesar {persen}% (seharusnya {seharusnya})</source>
        <translation>{nama}: damage category does not match the worst damage of {persen}% (should be {seharusnya})</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="112"/>
        <source>Ruang {nama}: luas {luas} m² tidak sesuai panjang {panjang} × lebar {lebar}</source>
        <translation>Room {nama}: area {luas} m² does not match length {panjang} × width {lebar}</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="122"/>
        <source>Bangunan {nama}: luas tapak {luas} m² tidak sesuai panjang {panjang} × lebar {lebar}</source>
        <translation>Building {nama}: footprint {luas} m² does not match length {panjang} × width {lebar}</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="132"/>
        <source>Tanah {nama}: luas {luas} m² tidak sesuai panjang {panjang} × lebar {lebar}</source>
        <translation>Land {nama}: area {luas} m² does not match length {panjang} × width {lebar}</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="144"/>
        <source>Ruang {nama} di lantai {lantai}, padahal bangunannya {jml_lantai} lantai</source>
        <translation>Room {nama} is on floor {lantai}, but its building has {jml_lantai} floors</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="158"/>
        <source>Bangunan {nama} tidak berada di tanah mana pun</source>
        <translation>Building {nama} is on no land</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="169"/>
        <source>Sarana {nama}: jumlah laik {laik} melebihi jumlah {jumlah} atau negatif</source>
        <translation>Equipment {nama}: usable count {laik} exceeds the count {jumlah} or is negative</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="185"/>
        <source>Sarana {nama}: jumlah dan kondisi semester ini belum diisi</source>
        <translation>Equipment {nama}: this semester&apos;s count and condition are empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="35"/>
        <source>NPSN {npsn}: harus 8 digit angka</source>
        <translation>NPSN {npsn}: must be 8 digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="42"/>
        <source>Kepala Sekolah atau PLT belum diisi (tugas tambahan tanpa TST)</source>
        <translation>No principal or acting principal (an additional duty without TST)</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="51"/>
        <source>Lebih dari satu kepala sekolah aktif: {ks} Kepala Sekolah dan {plt} PLT; akhiri (isi TST) yang tidak menjabat lagi</source>
        <translation>More than one active principal: {ks} principal and {plt} acting; end (fill TST) the ones no longer in office</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="66"/>
        <source>Kepala Sekolah/PLT {nama} tidak terdaftar sebagai PTK induk di sekolah ini untuk tahun ajaran ini</source>
        <translation>Principal/acting principal {nama} is not registered as home-school staff here for this school year</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="82"/>
        <source>Nama sekolah kosong</source>
        <translation>School name is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="88"/>
        <source>Alamat jalan sekolah kosong</source>
        <translation>School street address is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="94"/>
        <source>Kode wilayah sekolah {kode} bukan desa/kelurahan di referensi wilayah</source>
        <translation>School region code {kode} is not a village in the region reference</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="104"/>
        <source>Kode pos {kode_pos}: harus 5 digit angka</source>
        <translation>Postal code {kode_pos}: must be 5 digits</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="111"/>
        <source>Koordinat sekolah ({lintang}, {bujur}) kosong atau di luar Indonesia</source>
        <translation>School coordinates ({lintang}, {bujur}) are empty or outside Indonesia</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="121"/>
        <source>Alamat email sekolah {email} tidak sah</source>
        <translation>School email address {email} is not valid</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="128"/>
        <source>Akreditasi belum diisi</source>
        <translation>Accreditation is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="134"/>
        <source>Sekolah terakreditasi tanpa nomor SK akreditasi atau TMT akreditasi</source>
        <translation>Accredited school without accreditation decree number or date</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="144"/>
        <source>Akreditasi sejak {tmt} sudah lebih dari 5 tahun; periksa akreditasi ulang</source>
        <translation>Accreditation since {tmt} is more than 5 years old; check re-accreditation</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="153"/>
        <source>SK pendirian sekolah atau tanggalnya kosong</source>
        <translation>School founding decree or its date is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="159"/>
        <source>SK izin operasional atau tanggalnya kosong</source>
        <translation>Operating licence or its date is empty</translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="165"/>
        <source>Data periodik sekolah (listrik, air, internet) semester ini belum diisi</source>
        <translation>This semester&apos;s school periodic data (electricity, water, internet) is empty</translation>
    </message>
</context>
<context>
    <name>ValidasiPage</name>
    <message>
        <location filename="../../app/ui/validasi.py" line="84"/>
        <source>Sekolah</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="85"/>
        <source>Sarpras</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="86"/>
        <source>Peserta Didik</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="87"/>
        <source>GTK</source>
        <translation>Staff (GTK)</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="88"/>
        <source>Rombongan Belajar</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="89"/>
        <source>Pembelajaran</source>
        <translation>Teaching</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="90"/>
        <source>Jadwal</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="91"/>
        <source>Nilai</source>
        <translation>Grades</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="92"/>
        <source>Referensi</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="94"/>
        <source>Jalankan Validasi</source>
        <translation>Run Validation</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="95"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="98"/>
        <source>%v dari %m aturan</source>
        <translation>%v of %m rules</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="102"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="102"/>
        <location filename="../../app/ui/validasi.py" line="228"/>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="102"/>
        <location filename="../../app/ui/validasi.py" line="228"/>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="107"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="107"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="107"/>
        <source>Keterangan</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="147"/>
        <source>Validasi berjalan…</source>
        <translation>Validation running…</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="178"/>
        <source>Validasi dibatalkan; hasil sebelumnya tetap berlaku.</source>
        <translation>Validation cancelled; the previous results still apply.</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="187"/>
        <source>Validasi gagal: %1</source>
        <translation>Validation failed: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="210"/>
        <source>Validasi terakhir: %1 (%2 detik)</source>
        <translation>Last validation: %1 (%2 seconds)</translation>
    </message>
    <message>
        <location filename="../../app/ui/validasi.py" line="214"/>
        <source>Validasi belum pernah dijalankan.</source>
        <translation>Validation has never been run.</translation>
    </message>
</context>
<context>
    <name>WebService</name>
    <message>
        <location filename="../../app/webservice/cli.py" line="63"/>
        <source>Berkas basis data {path} tidak ada.</source>
        <translation>Database file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/webservice/tokens.py" line="68"/>
        <source>Alamat IP {ip} tidak sah.</source>
        <translation>IP address {ip} is not valid.</translation>
    </message>
    <message>
        <location filename="../../app/webservice/tokens.py" line="76"/>
        <source>Nama aplikasi harus diisi (paling panjang {max} huruf).</source>
        <translation>Enter the application name (at most {max} characters).</translation>
    </message>
    <message>
        <location filename="../../app/webservice/tokens.py" line="111"/>
        <source>Token bernama {nama} sudah ada; cabut dulu atau pakai nama lain.</source>
        <translation>A token named {nama} already exists; revoke it first or use another name.</translation>
    </message>
    <message>
        <location filename="../../app/webservice/tokens.py" line="143"/>
        <source>Tidak ada token aktif bernama {nama}.</source>
        <translation>There is no active token named {nama}.</translation>
    </message>
</context>
<context>
    <name>WebServiceDialog</name>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="49"/>
        <location filename="../../app/ui/webservice_dialog.py" line="153"/>
        <location filename="../../app/ui/webservice_dialog.py" line="159"/>
        <source>WebService</source>
        <translation>Web Service</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="55"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="80"/>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="87"/>
        <source>Buka untuk komputer lain di jaringan lokal (LAN)</source>
        <translation>Open to other computers on the local network (LAN)</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="92"/>
        <source>Perhatian: setiap komputer di jaringan yang dapat menjangkau alamat ini dapat mencoba mengambil data sekolah. Berikan token hanya kepada aplikasi yang dipercaya dan batasi tiap token pada alamat IP kliennya.</source>
        <translation>Warning: every computer on the network that can reach this address can try to fetch the school&apos;s data. Give tokens only to trusted applications and limit each token to its client&apos;s IP address.</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="103"/>
        <location filename="../../app/ui/webservice_dialog.py" line="184"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="104"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="106"/>
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
        <location filename="../../app/ui/webservice_dialog.py" line="165"/>
        <source>Berjalan di %1</source>
        <translation>Running at %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="167"/>
        <source>Berhenti</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="168"/>
        <source>Hentikan</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="168"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="176"/>
        <location filename="../../app/ui/webservice_dialog.py" line="262"/>
        <source>Token aplikasi</source>
        <translation>Application tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="183"/>
        <source>Nama aplikasi</source>
        <translation>Application name</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="185"/>
        <source>IP klien</source>
        <translation>Client IP</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="186"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="187"/>
        <source>Terakhir dipakai</source>
        <translation>Last used</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="198"/>
        <location filename="../../app/ui/webservice_dialog.py" line="275"/>
        <source>Cabut Token</source>
        <translation>Revoke Token</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="200"/>
        <source>Muat Ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="209"/>
        <source>Nama aplikasi, mis. E-Rapor</source>
        <translation>Application name, e.g. E-Rapor</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="210"/>
        <source>IP klien (opsional)</source>
        <translation>Client IP (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="211"/>
        <source>Buat Token</source>
        <translation>Create Token</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="227"/>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="248"/>
        <source>Token untuk %1 (salin sekarang, tidak ditampilkan lagi):</source>
        <translation>Token for %1 (copy it now, it will not be shown again):</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="273"/>
        <source>Cabut token %1? Aplikasi yang memakainya tidak dapat mengambil data lagi.</source>
        <translation>Revoke token %1? The application using it will no longer be able to fetch data.</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="307"/>
        <source>%1 dari %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="310"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="310"/>
        <source>Dicabut</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="311"/>
        <source>semua</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../app/ui/webservice_dialog.py" line="313"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
</context>
</TS>
