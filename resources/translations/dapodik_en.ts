<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name></name>
    <message>
        <location filename="../../app/validation/people.py" line="71"/>
        <source>Validasi</source>
        <comment>NIK {nik}: tidak sesuai struktur NIK 16 digit</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="79"/>
        <source>Validasi</source>
        <comment>NIK kosong; NIK wajib diisi 16 digit angka</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="80"/>
        <source>Validasi</source>
        <comment>NIK {nik}: {panjang} karakter, harus 16 digit angka</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="81"/>
        <source>Validasi</source>
        <comment>NIK {nik}: kode wilayah {wilayah} tidak ada</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="82"/>
        <source>Validasi</source>
        <comment>NIK {nik}: tanggal lahir {tanggal} tidak ada</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="83"/>
        <source>Validasi</source>
        <comment>NIK {nik}: nomor urut 0000 tidak sah</comment>
        <translation>Validation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/validation/people.py" line="91"/>
        <source>Validasi</source>
        <comment>NIK {nik}: tanggal lahir di NIK {tanggal_nik} tidak sama dengan tanggal lahir {tanggal_lahir}</comment>
        <translation>
            <numerusform>Validation</numerusform>
            <numerusform>Validation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="110"/>
        <source>Validasi</source>
        <comment>NIK {nik}: tanggal di NIK tidak sesuai jenis kelamin</comment>
        <translation>Validation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/validation/people.py" line="118"/>
        <source>Validasi</source>
        <comment>NIK {nik}: perempuan, tanggal lahir di NIK harus ditambah 40 ({dd} menjadi {dd_perempuan})</comment>
        <translation>
            <numerusform>Validation</numerusform>
            <numerusform>Validation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/validation/people.py" line="123"/>
        <source>Validasi</source>
        <comment>NIK {nik}: laki-laki, tanggal lahir di NIK ({dd}) tidak boleh ditambah 40</comment>
        <translation>
            <numerusform>Validation</numerusform>
            <numerusform>Validation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/validation/people.py" line="193"/>
        <source>Validasi</source>
        <comment>Nama ibu kandung &quot;{nama}&quot; kosong atau bukan nama (isian pengganti)</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="70"/>
        <source>Validasi</source>
        <comment>NISN {nisn}: {panjang} karakter, harus 10 digit angka</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="77"/>
        <source>Validasi</source>
        <comment>NISN {nisn} dipakai juga oleh peserta didik lain</comment>
        <translation>Validation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/validation/peserta_didik.py" line="92"/>
        <source>Validasi</source>
        <comment>NISN {nisn}: tiga digit awal {awal} tidak sama dengan tahun lahir {tahun} (tetap valid, periksa kembali)</comment>
        <translation>
            <numerusform>Validation</numerusform>
            <numerusform>Validation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="105"/>
        <source>Validasi</source>
        <comment>Nama peserta didik &quot;{nama}&quot; mengandung simbol atau angka</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="106"/>
        <source>Validasi</source>
        <comment>Nama peserta didik &quot;{nama}&quot; mengandung tab atau baris baru</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="107"/>
        <source>Validasi</source>
        <comment>Nama peserta didik &quot;{nama}&quot; tidak mengandung huruf vokal</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="115"/>
        <source>Validasi</source>
        <comment>Nama ibu kandung &quot;{nama}&quot; mengandung simbol atau angka</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="116"/>
        <source>Validasi</source>
        <comment>Nama ibu kandung &quot;{nama}&quot; mengandung tab atau baris baru</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="117"/>
        <source>Validasi</source>
        <comment>Nama ibu kandung &quot;{nama}&quot; tidak mengandung huruf vokal</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="123"/>
        <source>Validasi</source>
        <comment>Jenis kelamin &quot;{jk}&quot; tidak dikenal; isi L atau P</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="130"/>
        <source>Validasi</source>
        <comment>Tanggal lahir {tanggal} kosong atau di masa depan</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="137"/>
        <source>Validasi</source>
        <comment>Tempat lahir belum diisi</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="143"/>
        <source>Validasi</source>
        <comment>Agama belum diisi</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="149"/>
        <source>Validasi</source>
        <comment>Nomor KK {no_kk}: harus 16 digit angka</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="156"/>
        <source>Validasi</source>
        <comment>Peserta didik belum punya registrasi di sekolah ini</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="163"/>
        <source>Validasi</source>
        <comment>Peserta didik punya {jumlah} registrasi aktif; seharusnya satu</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="172"/>
        <source>Validasi</source>
        <comment>Tanggal masuk sekolah {masuk} sebelum tanggal lahir {lahir}</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="184"/>
        <source>Validasi</source>
        <comment>Registrasi keluar: jenis keluar dan tanggal keluar harus diisi bersama</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="196"/>
        <source>Validasi</source>
        <comment>Peserta didik aktif belum masuk rombel kelas pada semester ini</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="203"/>
        <source>Validasi</source>
        <comment>Peserta didik terdaftar di {jumlah} rombel kelas pada semester ini</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="213"/>
        <source>Validasi</source>
        <comment>Penerima KIP dicentang tetapi nomor KIP atau nama di KIP kosong</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="219"/>
        <source>Validasi</source>
        <comment>Nomor KIP {no_kip} diisi tetapi penerima KIP tidak dicentang</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="226"/>
        <source>Validasi</source>
        <comment>Nomor KIP {no_kip}: harus 6 karakter huruf atau angka</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="233"/>
        <source>Validasi</source>
        <comment>Layak PIP dicentang tetapi alasan layak PIP kosong</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="239"/>
        <source>Validasi</source>
        <comment>Penerima KIP tetapi tidak ditandai layak PIP</comment>
        <translation>Validation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/validation/peserta_didik.py" line="246"/>
        <source>Validasi</source>
        <comment>Usia {usia} tahun di luar usia wajar jenjang ini ({usia_min}–{usia_max} tahun)</comment>
        <translation>
            <numerusform>Validation</numerusform>
            <numerusform>Validation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="259"/>
        <source>Validasi</source>
        <comment>Usia {usia} tahun melebihi batas jenjang ini (lebih dari {batas} tahun)</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="268"/>
        <source>Validasi</source>
        <comment>Usia {usia} tahun tidak wajar untuk kelas {tingkat}</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="283"/>
        <source>Validasi</source>
        <comment>Data periodik (tinggi, berat, jarak) semester ini belum diisi</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/peserta_didik.py" line="292"/>
        <source>Validasi</source>
        <comment>Data periodik tidak wajar: tinggi {tinggi} cm, berat {berat} kg</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="55"/>
        <source>Validasi</source>
        <comment>Nama PTK &quot;{nama}&quot; mengandung simbol atau angka</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="56"/>
        <source>Validasi</source>
        <comment>Nama PTK &quot;{nama}&quot; mengandung tab atau baris baru</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="57"/>
        <source>Validasi</source>
        <comment>Nama PTK &quot;{nama}&quot; tidak mengandung huruf vokal</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="66"/>
        <source>Validasi</source>
        <comment>Nama ibu kandung PTK &quot;{nama}&quot; mengandung simbol atau angka</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="67"/>
        <source>Validasi</source>
        <comment>Nama ibu kandung PTK &quot;{nama}&quot; mengandung tab atau baris baru</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="68"/>
        <source>Validasi</source>
        <comment>Nama ibu kandung PTK &quot;{nama}&quot; tidak mengandung huruf vokal</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="74"/>
        <source>Validasi</source>
        <comment>Jenis kelamin PTK &quot;{jk}&quot; tidak dikenal; isi L atau P</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="81"/>
        <source>Validasi</source>
        <comment>Usia PTK {usia} tahun tidak wajar (di bawah 18 atau di atas 65)</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="88"/>
        <source>Validasi</source>
        <comment>NUPTK {nuptk}: {panjang} karakter, harus 16 digit angka</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="95"/>
        <source>Validasi</source>
        <comment>NUPTK {nuptk} dipakai juga oleh PTK lain</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="107"/>
        <source>Validasi</source>
        <comment>PTK berstatus {status} (PNS) tetapi NIP kosong</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="115"/>
        <source>Validasi</source>
        <comment>NIP {nip}: {panjang} karakter, harus 18 digit angka</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="122"/>
        <source>Validasi</source>
        <comment>NIP {nip}: tanggal lahir di NIP {tanggal_nip} tidak sama dengan tanggal lahir</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="130"/>
        <source>Validasi</source>
        <comment>NIP {nip} diisi, padahal status kepegawaian {status} bukan PNS atau PPPK</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="138"/>
        <source>Validasi</source>
        <comment>PNS tanpa SK CPNS atau TMT CPNS</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="144"/>
        <source>Validasi</source>
        <comment>PNS tanpa TMT PNS</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="150"/>
        <source>Validasi</source>
        <comment>Pangkat/golongan diisi, padahal status kepegawaian {status} bukan PNS</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="158"/>
        <source>Validasi</source>
        <comment>PNS tanpa pangkat/golongan</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="165"/>
        <source>Validasi</source>
        <comment>PTK belum ditugaskan (ptk terdaftar) di sekolah ini untuk tahun ajaran ini</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="177"/>
        <source>Validasi</source>
        <comment>PTK ditugaskan {jumlah} kali di sekolah ini pada tahun ajaran yang sama</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="186"/>
        <source>Validasi</source>
        <comment>Riwayat pendidikan formal PTK belum diisi</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="194"/>
        <source>Validasi</source>
        <comment>Tugas tambahan berakhir (TST) sebelum dimulai (TMT)</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="202"/>
        <source>Validasi</source>
        <comment>Guru aktif belum punya pembelajaran pada semester ini</comment>
        <translation>Validation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/validation/ptk.py" line="212"/>
        <source>Validasi</source>
        <comment>JTM guru {jtm} jam ({mengajar} jam mengajar + {tambahan} jam tugas tambahan), kurang dari 24 jam</comment>
        <translation>
            <numerusform>Validation</numerusform>
            <numerusform>Validation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/validation/ptk.py" line="229"/>
        <source>Validasi</source>
        <comment>Tenaga kependidikan tercatat mengajar {jam} jam; pembelajaran hanya untuk guru</comment>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="51"/>
        <source>Validasi</source>
        <comment>Ruang {nama} tidak berada di bangunan mana pun</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="62"/>
        <source>Validasi</source>
        <comment>{nama}: data kerusakan (kondisi) semester ini belum diisi</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="76"/>
        <source>Validasi</source>
        <comment>{nama}: persentase kerusakan harus antara 0 dan 100</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/validation/sarpras.py" line="92"/>
        <source>Validasi</source>
        <comment>{nama}: kategori kerusakan tidak sesuai kerusakan terbesar {persen}% (seharusnya {seharusnya})</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="110"/>
        <source>Validasi</source>
        <comment>Ruang {nama}: luas {luas} m² tidak sesuai panjang {panjang} × lebar {lebar}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="117"/>
        <source>Validasi</source>
        <comment>Bangunan {nama}: luas tapak {luas} m² tidak sesuai panjang {panjang} × lebar {lebar}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="124"/>
        <source>Validasi</source>
        <comment>Tanah {nama}: luas {luas} m² tidak sesuai panjang {panjang} × lebar {lebar}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="133"/>
        <source>Validasi</source>
        <comment>Ruang {nama} di lantai {lantai}, padahal bangunannya {jml_lantai} lantai</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="145"/>
        <source>Validasi</source>
        <comment>Bangunan {nama} tidak berada di tanah mana pun</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="156"/>
        <source>Validasi</source>
        <comment>Sarana {nama}: jumlah laik {laik} melebihi jumlah {jumlah} atau negatif</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sarpras.py" line="170"/>
        <source>Validasi</source>
        <comment>Sarana {nama}: jumlah dan kondisi semester ini belum diisi</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="35"/>
        <source>Validasi</source>
        <comment>NPSN {npsn}: harus 8 digit angka</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="42"/>
        <source>Validasi</source>
        <comment>Kepala Sekolah atau PLT belum diisi (tugas tambahan tanpa TST)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/validation/sekolah.py" line="50"/>
        <source>Validasi</source>
        <comment>Lebih dari satu kepala sekolah aktif: {ks} Kepala Sekolah dan {plt} PLT; akhiri (isi TST) yang tidak menjabat lagi</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/validation/sekolah.py" line="64"/>
        <source>Validasi</source>
        <comment>Kepala Sekolah/PLT {nama} tidak terdaftar sebagai PTK induk di sekolah ini untuk tahun ajaran ini</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="79"/>
        <source>Validasi</source>
        <comment>Nama sekolah kosong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="85"/>
        <source>Validasi</source>
        <comment>Alamat jalan sekolah kosong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="91"/>
        <source>Validasi</source>
        <comment>Kode wilayah sekolah {kode} bukan desa/kelurahan di referensi wilayah</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="99"/>
        <source>Validasi</source>
        <comment>Kode pos {kode_pos}: harus 5 digit angka</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="106"/>
        <source>Validasi</source>
        <comment>Koordinat sekolah ({lintang}, {bujur}) kosong atau di luar Indonesia</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="114"/>
        <source>Validasi</source>
        <comment>Alamat email sekolah {email} tidak sah</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="121"/>
        <source>Validasi</source>
        <comment>Akreditasi belum diisi</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="127"/>
        <source>Validasi</source>
        <comment>Sekolah terakreditasi tanpa nomor SK akreditasi atau TMT akreditasi</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="134"/>
        <source>Validasi</source>
        <comment>Akreditasi sejak {tmt} sudah lebih dari 5 tahun; periksa akreditasi ulang</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="141"/>
        <source>Validasi</source>
        <comment>SK pendirian sekolah atau tanggalnya kosong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="147"/>
        <source>Validasi</source>
        <comment>SK izin operasional atau tanggalnya kosong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation/sekolah.py" line="153"/>
        <source>Validasi</source>
        <comment>Data periodik sekolah (listrik, air, internet) semester ini belum diisi</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="48"/>
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
        <location filename="../../app/ui/table_model.py" line="21"/>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="22"/>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="23"/>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="24"/>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="25"/>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="26"/>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
</context>
<context>
    <name>Listing</name>
    <message>
        <location filename="../../app/ui/table_model.py" line="134"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_model.py" line="135"/>
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
        <location filename="../../app/ui/table_page.py" line="27"/>
        <source>Cari: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="31"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/table_page.py" line="58"/>
        <source>%n baris</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/table_page.py" line="63"/>
        <source>Gagal memuat data: %1</source>
        <translation>Could not load the data: %1</translation>
    </message>
</context>
</TS>
