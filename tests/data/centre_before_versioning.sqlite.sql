PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE ref_agama (
	agama_id SMALLINT NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_agama PRIMARY KEY (agama_id)
);
INSERT INTO ref_agama VALUES(1,'Islam',NULL);
INSERT INTO ref_agama VALUES(2,'Kristen',NULL);
INSERT INTO ref_agama VALUES(3,'Katholik',NULL);
INSERT INTO ref_agama VALUES(4,'Hindu',NULL);
INSERT INTO ref_agama VALUES(5,'Budha',NULL);
INSERT INTO ref_agama VALUES(6,'Khonghucu',NULL);
INSERT INTO ref_agama VALUES(7,'Kepercayaan kepada Tuhan YME',NULL);
INSERT INTO ref_agama VALUES(99,'Lainnya',NULL);
CREATE TABLE ref_wilayah (
	kode_wilayah VARCHAR(10) NOT NULL, 
	id_level_wilayah SMALLINT NOT NULL, 
	mst_kode_wilayah VARCHAR(10), 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_wilayah PRIMARY KEY (kode_wilayah)
);
INSERT INTO ref_wilayah VALUES('32',1,NULL,'Prov. Jawa Barat',NULL);
INSERT INTO ref_wilayah VALUES('33',1,NULL,'Prov. Jawa Tengah',NULL);
INSERT INTO ref_wilayah VALUES('35',1,NULL,'Prov. Jawa Timur',NULL);
INSERT INTO ref_wilayah VALUES('3204',2,'32','Kab. Bandung',NULL);
INSERT INTO ref_wilayah VALUES('320401',3,'3204','Kec. Soreang',NULL);
INSERT INTO ref_wilayah VALUES('3204012001',4,'320401','Sadu',NULL);
INSERT INTO ref_wilayah VALUES('3204012002',4,'320401','Panyirapan',NULL);
INSERT INTO ref_wilayah VALUES('3204012003',4,'320401','Soreang',NULL);
INSERT INTO ref_wilayah VALUES('320402',3,'3204','Kec. Banjaran',NULL);
INSERT INTO ref_wilayah VALUES('3204022001',4,'320402','Banjaran Wetan',NULL);
INSERT INTO ref_wilayah VALUES('3204022002',4,'320402','Ciapus',NULL);
INSERT INTO ref_wilayah VALUES('3204022003',4,'320402','Kamasan',NULL);
INSERT INTO ref_wilayah VALUES('320403',3,'3204','Kec. Cileunyi',NULL);
INSERT INTO ref_wilayah VALUES('3204032001',4,'320403','Cileunyi Kulon',NULL);
INSERT INTO ref_wilayah VALUES('3204032002',4,'320403','Cileunyi Wetan',NULL);
INSERT INTO ref_wilayah VALUES('3204032003',4,'320403','Cimekar',NULL);
INSERT INTO ref_wilayah VALUES('3273',2,'32','Kota Bandung',NULL);
INSERT INTO ref_wilayah VALUES('327301',3,'3273','Kec. Sukasari',NULL);
INSERT INTO ref_wilayah VALUES('3273012001',4,'327301','Isola',NULL);
INSERT INTO ref_wilayah VALUES('3273012002',4,'327301','Gegerkalong',NULL);
INSERT INTO ref_wilayah VALUES('3273012003',4,'327301','Sukarasa',NULL);
INSERT INTO ref_wilayah VALUES('327302',3,'3273','Kec. Coblong',NULL);
INSERT INTO ref_wilayah VALUES('3273022001',4,'327302','Dago',NULL);
INSERT INTO ref_wilayah VALUES('3273022002',4,'327302','Lebakgede',NULL);
INSERT INTO ref_wilayah VALUES('3273022003',4,'327302','Sekeloa',NULL);
INSERT INTO ref_wilayah VALUES('327303',3,'3273','Kec. Cicendo',NULL);
INSERT INTO ref_wilayah VALUES('3273032001',4,'327303','Pasirkaliki',NULL);
INSERT INTO ref_wilayah VALUES('3273032002',4,'327303','Arjuna',NULL);
INSERT INTO ref_wilayah VALUES('3273032003',4,'327303','Husen Sastranegara',NULL);
INSERT INTO ref_wilayah VALUES('3205',2,'32','Kab. Garut',NULL);
INSERT INTO ref_wilayah VALUES('320501',3,'3205','Kec. Tarogong Kidul',NULL);
INSERT INTO ref_wilayah VALUES('3205012001',4,'320501','Jayaraga',NULL);
INSERT INTO ref_wilayah VALUES('3205012002',4,'320501','Pataruman',NULL);
INSERT INTO ref_wilayah VALUES('3205012003',4,'320501','Sukagalih',NULL);
INSERT INTO ref_wilayah VALUES('320502',3,'3205','Kec. Garut Kota',NULL);
INSERT INTO ref_wilayah VALUES('3205022001',4,'320502','Kota Kulon',NULL);
INSERT INTO ref_wilayah VALUES('3205022002',4,'320502','Regol',NULL);
INSERT INTO ref_wilayah VALUES('3205022003',4,'320502','Ciwalen',NULL);
INSERT INTO ref_wilayah VALUES('320503',3,'3205','Kec. Cibatu',NULL);
INSERT INTO ref_wilayah VALUES('3205032001',4,'320503','Cibatu',NULL);
INSERT INTO ref_wilayah VALUES('3205032002',4,'320503','Keresek',NULL);
INSERT INTO ref_wilayah VALUES('3205032003',4,'320503','Sindangsuka',NULL);
INSERT INTO ref_wilayah VALUES('3322',2,'33','Kab. Semarang',NULL);
INSERT INTO ref_wilayah VALUES('332201',3,'3322','Kec. Ungaran Barat',NULL);
INSERT INTO ref_wilayah VALUES('3322012001',4,'332201','Langensari',NULL);
INSERT INTO ref_wilayah VALUES('3322012002',4,'332201','Genuk',NULL);
INSERT INTO ref_wilayah VALUES('3322012003',4,'332201','Candirejo',NULL);
INSERT INTO ref_wilayah VALUES('332202',3,'3322','Kec. Ambarawa',NULL);
INSERT INTO ref_wilayah VALUES('3322022001',4,'332202','Kupang',NULL);
INSERT INTO ref_wilayah VALUES('3322022002',4,'332202','Lodoyong',NULL);
INSERT INTO ref_wilayah VALUES('3322022003',4,'332202','Panjang',NULL);
INSERT INTO ref_wilayah VALUES('332203',3,'3322','Kec. Bawen',NULL);
INSERT INTO ref_wilayah VALUES('3322032001',4,'332203','Harjosari',NULL);
INSERT INTO ref_wilayah VALUES('3322032002',4,'332203','Bawen',NULL);
INSERT INTO ref_wilayah VALUES('3322032003',4,'332203','Asinan',NULL);
INSERT INTO ref_wilayah VALUES('3374',2,'33','Kota Semarang',NULL);
INSERT INTO ref_wilayah VALUES('337401',3,'3374','Kec. Semarang Tengah',NULL);
INSERT INTO ref_wilayah VALUES('3374012001',4,'337401','Sekayu',NULL);
INSERT INTO ref_wilayah VALUES('3374012002',4,'337401','Kembangsari',NULL);
INSERT INTO ref_wilayah VALUES('3374012003',4,'337401','Pekunden',NULL);
INSERT INTO ref_wilayah VALUES('337402',3,'3374','Kec. Tembalang',NULL);
INSERT INTO ref_wilayah VALUES('3374022001',4,'337402','Tembalang',NULL);
INSERT INTO ref_wilayah VALUES('3374022002',4,'337402','Bulusan',NULL);
INSERT INTO ref_wilayah VALUES('3374022003',4,'337402','Meteseh',NULL);
INSERT INTO ref_wilayah VALUES('337403',3,'3374','Kec. Banyumanik',NULL);
INSERT INTO ref_wilayah VALUES('3374032001',4,'337403','Srondol Wetan',NULL);
INSERT INTO ref_wilayah VALUES('3374032002',4,'337403','Pedalangan',NULL);
INSERT INTO ref_wilayah VALUES('3374032003',4,'337403','Padangsari',NULL);
INSERT INTO ref_wilayah VALUES('3507',2,'35','Kab. Malang',NULL);
INSERT INTO ref_wilayah VALUES('350701',3,'3507','Kec. Kepanjen',NULL);
INSERT INTO ref_wilayah VALUES('3507012001',4,'350701','Ardirejo',NULL);
INSERT INTO ref_wilayah VALUES('3507012002',4,'350701','Cepokomulyo',NULL);
INSERT INTO ref_wilayah VALUES('3507012003',4,'350701','Panarukan',NULL);
INSERT INTO ref_wilayah VALUES('350702',3,'3507','Kec. Singosari',NULL);
INSERT INTO ref_wilayah VALUES('3507022001',4,'350702','Ardimulyo',NULL);
INSERT INTO ref_wilayah VALUES('3507022002',4,'350702','Pagentan',NULL);
INSERT INTO ref_wilayah VALUES('3507022003',4,'350702','Losari',NULL);
INSERT INTO ref_wilayah VALUES('350703',3,'3507','Kec. Lawang',NULL);
INSERT INTO ref_wilayah VALUES('3507032001',4,'350703','Kalirejo',NULL);
INSERT INTO ref_wilayah VALUES('3507032002',4,'350703','Turirejo',NULL);
INSERT INTO ref_wilayah VALUES('3507032003',4,'350703','Sidodadi',NULL);
INSERT INTO ref_wilayah VALUES('3578',2,'35','Kota Surabaya',NULL);
INSERT INTO ref_wilayah VALUES('357801',3,'3578','Kec. Genteng',NULL);
INSERT INTO ref_wilayah VALUES('3578012001',4,'357801','Embong Kaliasin',NULL);
INSERT INTO ref_wilayah VALUES('3578012002',4,'357801','Ketabang',NULL);
INSERT INTO ref_wilayah VALUES('3578012003',4,'357801','Kapasari',NULL);
INSERT INTO ref_wilayah VALUES('357802',3,'3578','Kec. Gubeng',NULL);
INSERT INTO ref_wilayah VALUES('3578022001',4,'357802','Airlangga',NULL);
INSERT INTO ref_wilayah VALUES('3578022002',4,'357802','Baratajaya',NULL);
INSERT INTO ref_wilayah VALUES('3578022003',4,'357802','Mojo',NULL);
INSERT INTO ref_wilayah VALUES('357803',3,'3578','Kec. Wonokromo',NULL);
INSERT INTO ref_wilayah VALUES('3578032001',4,'357803','Darmo',NULL);
INSERT INTO ref_wilayah VALUES('3578032002',4,'357803','Jagir',NULL);
INSERT INTO ref_wilayah VALUES('3578032003',4,'357803','Sawunggaling',NULL);
CREATE TABLE ref_jenjang_pendidikan (
	jenjang_pendidikan_id SMALLINT NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_jenjang_pendidikan PRIMARY KEY (jenjang_pendidikan_id)
);
INSERT INTO ref_jenjang_pendidikan VALUES(0,'Tidak sekolah',NULL);
INSERT INTO ref_jenjang_pendidikan VALUES(1,'PAUD',NULL);
INSERT INTO ref_jenjang_pendidikan VALUES(2,'TK / sederajat',NULL);
INSERT INTO ref_jenjang_pendidikan VALUES(4,'SD / sederajat',NULL);
INSERT INTO ref_jenjang_pendidikan VALUES(5,'SMP / sederajat',NULL);
INSERT INTO ref_jenjang_pendidikan VALUES(6,'SMA / sederajat',NULL);
INSERT INTO ref_jenjang_pendidikan VALUES(20,'D1',NULL);
INSERT INTO ref_jenjang_pendidikan VALUES(21,'D2',NULL);
INSERT INTO ref_jenjang_pendidikan VALUES(22,'D3',NULL);
INSERT INTO ref_jenjang_pendidikan VALUES(23,'D4',NULL);
INSERT INTO ref_jenjang_pendidikan VALUES(30,'S1',NULL);
INSERT INTO ref_jenjang_pendidikan VALUES(35,'S2',NULL);
INSERT INTO ref_jenjang_pendidikan VALUES(40,'S3',NULL);
CREATE TABLE ref_pekerjaan (
	pekerjaan_id SMALLINT NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_pekerjaan PRIMARY KEY (pekerjaan_id)
);
INSERT INTO ref_pekerjaan VALUES(1,'Tidak bekerja',NULL);
INSERT INTO ref_pekerjaan VALUES(2,'Nelayan',NULL);
INSERT INTO ref_pekerjaan VALUES(3,'Petani',NULL);
INSERT INTO ref_pekerjaan VALUES(4,'Peternak',NULL);
INSERT INTO ref_pekerjaan VALUES(5,'PNS/TNI/Polri',NULL);
INSERT INTO ref_pekerjaan VALUES(6,'Karyawan Swasta',NULL);
INSERT INTO ref_pekerjaan VALUES(7,'Pedagang Kecil',NULL);
INSERT INTO ref_pekerjaan VALUES(8,'Pedagang Besar',NULL);
INSERT INTO ref_pekerjaan VALUES(9,'Wiraswasta',NULL);
INSERT INTO ref_pekerjaan VALUES(10,'Wirausaha',NULL);
INSERT INTO ref_pekerjaan VALUES(11,'Buruh',NULL);
INSERT INTO ref_pekerjaan VALUES(12,'Pensiunan',NULL);
INSERT INTO ref_pekerjaan VALUES(13,'Tenaga Kerja Indonesia',NULL);
INSERT INTO ref_pekerjaan VALUES(90,'Tidak dapat diterapkan',NULL);
INSERT INTO ref_pekerjaan VALUES(98,'Sudah Meninggal',NULL);
INSERT INTO ref_pekerjaan VALUES(99,'Lainnya',NULL);
CREATE TABLE ref_penghasilan (
	penghasilan_id SMALLINT NOT NULL, 
	batas_bawah INTEGER NOT NULL, 
	batas_atas INTEGER NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_penghasilan PRIMARY KEY (penghasilan_id)
);
INSERT INTO ref_penghasilan VALUES(11,0,499999,'Kurang dari Rp. 500.000',NULL);
INSERT INTO ref_penghasilan VALUES(12,500000,999999,'Rp. 500.000 - Rp. 999.999',NULL);
INSERT INTO ref_penghasilan VALUES(13,1000000,1999999,'Rp. 1.000.000 - Rp. 1.999.999',NULL);
INSERT INTO ref_penghasilan VALUES(14,2000000,4999999,'Rp. 2.000.000 - Rp. 4.999.999',NULL);
INSERT INTO ref_penghasilan VALUES(15,5000000,20000000,'Rp. 5.000.000 - Rp. 20.000.000',NULL);
INSERT INTO ref_penghasilan VALUES(16,20000001,999999999,'Lebih dari Rp. 20.000.000',NULL);
INSERT INTO ref_penghasilan VALUES(99,0,0,'Tidak Berpenghasilan',NULL);
CREATE TABLE ref_jenis_tinggal (
	jenis_tinggal_id SMALLINT NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_jenis_tinggal PRIMARY KEY (jenis_tinggal_id)
);
INSERT INTO ref_jenis_tinggal VALUES(1,'Bersama orang tua',NULL);
INSERT INTO ref_jenis_tinggal VALUES(2,'Wali',NULL);
INSERT INTO ref_jenis_tinggal VALUES(3,'Kos',NULL);
INSERT INTO ref_jenis_tinggal VALUES(4,'Asrama',NULL);
INSERT INTO ref_jenis_tinggal VALUES(5,'Panti Asuhan',NULL);
INSERT INTO ref_jenis_tinggal VALUES(10,'Pesantren',NULL);
INSERT INTO ref_jenis_tinggal VALUES(99,'Lainnya',NULL);
CREATE TABLE ref_alat_transportasi (
	alat_transportasi_id SMALLINT NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_alat_transportasi PRIMARY KEY (alat_transportasi_id)
);
INSERT INTO ref_alat_transportasi VALUES(1,'Jalan kaki',NULL);
INSERT INTO ref_alat_transportasi VALUES(2,'Kendaraan pribadi',NULL);
INSERT INTO ref_alat_transportasi VALUES(3,'Kendaraan Umum/angkot',NULL);
INSERT INTO ref_alat_transportasi VALUES(4,'Jemputan Sekolah',NULL);
INSERT INTO ref_alat_transportasi VALUES(5,'Kereta Api',NULL);
INSERT INTO ref_alat_transportasi VALUES(6,'Ojek',NULL);
INSERT INTO ref_alat_transportasi VALUES(7,'Andong/Bendi/Sado/Dokar/Delman/Becak',NULL);
INSERT INTO ref_alat_transportasi VALUES(8,'Perahu penyeberangan/Rakit/Getek',NULL);
INSERT INTO ref_alat_transportasi VALUES(99,'Lainnya',NULL);
CREATE TABLE ref_kebutuhan_khusus (
	kebutuhan_khusus_id INTEGER NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_kebutuhan_khusus PRIMARY KEY (kebutuhan_khusus_id)
);
INSERT INTO ref_kebutuhan_khusus VALUES(0,'Tidak ada',NULL);
INSERT INTO ref_kebutuhan_khusus VALUES(1,'A - Tuna netra',NULL);
INSERT INTO ref_kebutuhan_khusus VALUES(2,'B - Tuna rungu',NULL);
INSERT INTO ref_kebutuhan_khusus VALUES(4,'C - Tuna grahita ringan',NULL);
INSERT INTO ref_kebutuhan_khusus VALUES(8,'C1 - Tuna grahita sedang',NULL);
INSERT INTO ref_kebutuhan_khusus VALUES(16,'D - Tuna daksa ringan',NULL);
INSERT INTO ref_kebutuhan_khusus VALUES(32,'D1 - Tuna daksa sedang',NULL);
INSERT INTO ref_kebutuhan_khusus VALUES(64,'E - Tuna laras',NULL);
INSERT INTO ref_kebutuhan_khusus VALUES(128,'F - Tuna wicara',NULL);
INSERT INTO ref_kebutuhan_khusus VALUES(256,'H - Hiperaktif',NULL);
INSERT INTO ref_kebutuhan_khusus VALUES(512,'I - Cerdas Istimewa',NULL);
INSERT INTO ref_kebutuhan_khusus VALUES(1024,'J - Bakat Istimewa',NULL);
INSERT INTO ref_kebutuhan_khusus VALUES(2048,'K - Kesulitan Belajar',NULL);
INSERT INTO ref_kebutuhan_khusus VALUES(4096,'N - Narkoba',NULL);
INSERT INTO ref_kebutuhan_khusus VALUES(8192,'O - Indigo',NULL);
INSERT INTO ref_kebutuhan_khusus VALUES(16384,'P - Down Syndrome',NULL);
INSERT INTO ref_kebutuhan_khusus VALUES(32768,'Q - Autis',NULL);
CREATE TABLE ref_status_kepegawaian (
	status_kepegawaian_id SMALLINT NOT NULL, 
	is_pns SMALLINT NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_status_kepegawaian PRIMARY KEY (status_kepegawaian_id)
);
INSERT INTO ref_status_kepegawaian VALUES(1,1,'PNS',NULL);
INSERT INTO ref_status_kepegawaian VALUES(2,1,'PNS Diperbantukan',NULL);
INSERT INTO ref_status_kepegawaian VALUES(3,1,'PNS Depag',NULL);
INSERT INTO ref_status_kepegawaian VALUES(4,0,'GTY/PTY',NULL);
INSERT INTO ref_status_kepegawaian VALUES(5,0,'GTT/PTT Provinsi',NULL);
INSERT INTO ref_status_kepegawaian VALUES(6,0,'GTT/PTT Kabupaten/Kota',NULL);
INSERT INTO ref_status_kepegawaian VALUES(7,0,'Guru Bantu Pusat',NULL);
INSERT INTO ref_status_kepegawaian VALUES(8,0,'Guru Honor Sekolah',NULL);
INSERT INTO ref_status_kepegawaian VALUES(9,0,'Tenaga Honor Sekolah',NULL);
INSERT INTO ref_status_kepegawaian VALUES(10,1,'CPNS',NULL);
INSERT INTO ref_status_kepegawaian VALUES(11,0,'PPPK',NULL);
INSERT INTO ref_status_kepegawaian VALUES(99,0,'Lainnya',NULL);
CREATE TABLE ref_jenis_ptk (
	jenis_ptk_id SMALLINT NOT NULL, 
	guru SMALLINT NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_jenis_ptk PRIMARY KEY (jenis_ptk_id)
);
INSERT INTO ref_jenis_ptk VALUES(3,1,'Guru Kelas',NULL);
INSERT INTO ref_jenis_ptk VALUES(4,1,'Guru Mapel',NULL);
INSERT INTO ref_jenis_ptk VALUES(5,1,'Guru BK',NULL);
INSERT INTO ref_jenis_ptk VALUES(6,1,'Guru Inklusi',NULL);
INSERT INTO ref_jenis_ptk VALUES(11,0,'Tenaga Administrasi Sekolah',NULL);
INSERT INTO ref_jenis_ptk VALUES(12,1,'Guru Pendamping',NULL);
INSERT INTO ref_jenis_ptk VALUES(13,1,'Guru Magang',NULL);
INSERT INTO ref_jenis_ptk VALUES(14,1,'Guru TIK',NULL);
INSERT INTO ref_jenis_ptk VALUES(20,1,'Kepala Sekolah',NULL);
INSERT INTO ref_jenis_ptk VALUES(40,0,'Tenaga Perpustakaan',NULL);
INSERT INTO ref_jenis_ptk VALUES(41,0,'Tenaga Laboratorium',NULL);
INSERT INTO ref_jenis_ptk VALUES(43,0,'Tukang Kebun',NULL);
INSERT INTO ref_jenis_ptk VALUES(44,0,'Penjaga Sekolah',NULL);
INSERT INTO ref_jenis_ptk VALUES(45,0,'Petugas Keamanan',NULL);
CREATE TABLE ref_jabatan_tugas_ptk (
	jabatan_ptk_id SMALLINT NOT NULL, 
	jumlah_jam_diakui SMALLINT NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_jabatan_tugas_ptk PRIMARY KEY (jabatan_ptk_id)
);
INSERT INTO ref_jabatan_tugas_ptk VALUES(2,24,'Kepala Sekolah',NULL);
INSERT INTO ref_jabatan_tugas_ptk VALUES(3,12,'Wakil Kepala Sekolah',NULL);
INSERT INTO ref_jabatan_tugas_ptk VALUES(4,12,'Ketua Program Keahlian',NULL);
INSERT INTO ref_jabatan_tugas_ptk VALUES(5,12,'Kepala Perpustakaan',NULL);
INSERT INTO ref_jabatan_tugas_ptk VALUES(6,12,'Kepala Laboratorium',NULL);
INSERT INTO ref_jabatan_tugas_ptk VALUES(7,12,'Kepala Bengkel',NULL);
INSERT INTO ref_jabatan_tugas_ptk VALUES(8,12,'Kepala Unit Produksi',NULL);
INSERT INTO ref_jabatan_tugas_ptk VALUES(11,2,'Wali Kelas',NULL);
INSERT INTO ref_jabatan_tugas_ptk VALUES(20,2,'Pembina Ekstrakurikuler',NULL);
INSERT INTO ref_jabatan_tugas_ptk VALUES(34,24,'Plt. Kepala Sekolah',NULL);
CREATE TABLE ref_pangkat_golongan (
	pangkat_golongan_id SMALLINT NOT NULL, 
	kode VARCHAR(5) NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_pangkat_golongan PRIMARY KEY (pangkat_golongan_id)
);
INSERT INTO ref_pangkat_golongan VALUES(1,'I/a','Juru Muda, I/a',NULL);
INSERT INTO ref_pangkat_golongan VALUES(2,'I/b','Juru Muda Tingkat I, I/b',NULL);
INSERT INTO ref_pangkat_golongan VALUES(3,'I/c','Juru, I/c',NULL);
INSERT INTO ref_pangkat_golongan VALUES(4,'I/d','Juru Tingkat I, I/d',NULL);
INSERT INTO ref_pangkat_golongan VALUES(5,'II/a','Pengatur Muda, II/a',NULL);
INSERT INTO ref_pangkat_golongan VALUES(6,'II/b','Pengatur Muda Tingkat I, II/b',NULL);
INSERT INTO ref_pangkat_golongan VALUES(7,'II/c','Pengatur, II/c',NULL);
INSERT INTO ref_pangkat_golongan VALUES(8,'II/d','Pengatur Tingkat I, II/d',NULL);
INSERT INTO ref_pangkat_golongan VALUES(9,'III/a','Penata Muda, III/a',NULL);
INSERT INTO ref_pangkat_golongan VALUES(10,'III/b','Penata Muda Tingkat I, III/b',NULL);
INSERT INTO ref_pangkat_golongan VALUES(11,'III/c','Penata, III/c',NULL);
INSERT INTO ref_pangkat_golongan VALUES(12,'III/d','Penata Tingkat I, III/d',NULL);
INSERT INTO ref_pangkat_golongan VALUES(13,'IV/a','Pembina, IV/a',NULL);
INSERT INTO ref_pangkat_golongan VALUES(14,'IV/b','Pembina Tingkat I, IV/b',NULL);
INSERT INTO ref_pangkat_golongan VALUES(15,'IV/c','Pembina Utama Muda, IV/c',NULL);
INSERT INTO ref_pangkat_golongan VALUES(16,'IV/d','Pembina Utama Madya, IV/d',NULL);
INSERT INTO ref_pangkat_golongan VALUES(17,'IV/e','Pembina Utama, IV/e',NULL);
CREATE TABLE ref_bidang_studi (
	bidang_studi_id INTEGER NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_bidang_studi PRIMARY KEY (bidang_studi_id)
);
INSERT INTO ref_bidang_studi VALUES(1,'Pendidikan Guru Sekolah Dasar',NULL);
INSERT INTO ref_bidang_studi VALUES(2,'Pendidikan Matematika',NULL);
INSERT INTO ref_bidang_studi VALUES(3,'Pendidikan Bahasa Indonesia',NULL);
INSERT INTO ref_bidang_studi VALUES(4,'Pendidikan Bahasa Inggris',NULL);
INSERT INTO ref_bidang_studi VALUES(5,'Pendidikan Fisika',NULL);
INSERT INTO ref_bidang_studi VALUES(6,'Pendidikan Biologi',NULL);
INSERT INTO ref_bidang_studi VALUES(7,'Pendidikan Kimia',NULL);
INSERT INTO ref_bidang_studi VALUES(8,'Pendidikan Agama Islam',NULL);
INSERT INTO ref_bidang_studi VALUES(9,'Pendidikan Jasmani',NULL);
INSERT INTO ref_bidang_studi VALUES(10,'Pendidikan Teknik Mesin',NULL);
INSERT INTO ref_bidang_studi VALUES(11,'Pendidikan Teknik Elektro',NULL);
INSERT INTO ref_bidang_studi VALUES(12,'Teknik Informatika',NULL);
INSERT INTO ref_bidang_studi VALUES(13,'Akuntansi',NULL);
INSERT INTO ref_bidang_studi VALUES(14,'Manajemen',NULL);
INSERT INTO ref_bidang_studi VALUES(15,'Pendidikan Sejarah',NULL);
INSERT INTO ref_bidang_studi VALUES(16,'Pendidikan Ekonomi',NULL);
INSERT INTO ref_bidang_studi VALUES(17,'Pendidikan Seni',NULL);
INSERT INTO ref_bidang_studi VALUES(18,'Pendidikan Kewarganegaraan',NULL);
INSERT INTO ref_bidang_studi VALUES(19,'Bimbingan dan Konseling',NULL);
INSERT INTO ref_bidang_studi VALUES(20,'Teknik Otomotif',NULL);
INSERT INTO ref_bidang_studi VALUES(21,'Administrasi Perkantoran',NULL);
INSERT INTO ref_bidang_studi VALUES(22,'Ilmu Perpustakaan',NULL);
CREATE TABLE ref_gelar_akademik (
	gelar_akademik_id INTEGER NOT NULL, 
	kode VARCHAR(20) NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_gelar_akademik PRIMARY KEY (gelar_akademik_id)
);
INSERT INTO ref_gelar_akademik VALUES(1,'S.Pd.','Sarjana Pendidikan',NULL);
INSERT INTO ref_gelar_akademik VALUES(2,'M.Pd.','Magister Pendidikan',NULL);
INSERT INTO ref_gelar_akademik VALUES(3,'S.Kom.','Sarjana Komputer',NULL);
INSERT INTO ref_gelar_akademik VALUES(4,'S.T.','Sarjana Teknik',NULL);
INSERT INTO ref_gelar_akademik VALUES(5,'S.E.','Sarjana Ekonomi',NULL);
INSERT INTO ref_gelar_akademik VALUES(6,'S.Ag.','Sarjana Agama',NULL);
INSERT INTO ref_gelar_akademik VALUES(7,'S.Pd.I.','Sarjana Pendidikan Islam',NULL);
INSERT INTO ref_gelar_akademik VALUES(8,'A.Md.','Ahli Madya',NULL);
INSERT INTO ref_gelar_akademik VALUES(9,'S.Si.','Sarjana Sains',NULL);
INSERT INTO ref_gelar_akademik VALUES(10,'S.H.','Sarjana Hukum',NULL);
CREATE TABLE ref_mata_pelajaran (
	mata_pelajaran_id INTEGER NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_mata_pelajaran PRIMARY KEY (mata_pelajaran_id)
);
INSERT INTO ref_mata_pelajaran VALUES(1001,'Pendidikan Agama dan Budi Pekerti',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1002,'Pendidikan Pancasila',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1003,'Bahasa Indonesia',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1004,'Matematika',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1005,'Ilmu Pengetahuan Alam dan Sosial (IPAS)',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1006,'Seni Budaya',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1007,'Pendidikan Jasmani, Olahraga, dan Kesehatan',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1008,'Bahasa Inggris',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1009,'Muatan Lokal Bahasa Daerah',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1010,'Sejarah',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1011,'Informatika',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1012,'Projek IPAS',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1013,'Dasar-dasar Teknik Jaringan Komputer dan Telekomunikasi',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1014,'Dasar-dasar Teknik Otomotif',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1015,'Dasar-dasar Akuntansi dan Keuangan Lembaga',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1016,'Konsentrasi Keahlian Teknik Komputer dan Jaringan',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1017,'Konsentrasi Keahlian Teknik Kendaraan Ringan',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1018,'Konsentrasi Keahlian Akuntansi',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1019,'Projek Kreatif dan Kewirausahaan',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1020,'Mata Pelajaran Pilihan',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1021,'Bimbingan Konseling',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1022,'Ilmu Pengetahuan Alam',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1023,'Ilmu Pengetahuan Sosial',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1024,'Prakarya',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1025,'Pendidikan Lingkungan Hidup',NULL);
INSERT INTO ref_mata_pelajaran VALUES(1026,'Tematik (Kurikulum 2013)',NULL);
CREATE TABLE ref_tahun_ajaran (
	tahun_ajaran_id SMALLINT NOT NULL, 
	periode_aktif SMALLINT NOT NULL, 
	tanggal_mulai DATE NOT NULL, 
	tanggal_selesai DATE NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_tahun_ajaran PRIMARY KEY (tahun_ajaran_id)
);
INSERT INTO ref_tahun_ajaran VALUES(2024,0,'2024-07-15','2025-06-30','2024/2025',NULL);
INSERT INTO ref_tahun_ajaran VALUES(2025,0,'2025-07-14','2026-06-30','2025/2026',NULL);
INSERT INTO ref_tahun_ajaran VALUES(2026,1,'2026-07-13','2027-06-30','2026/2027',NULL);
CREATE TABLE ref_jenis_rombel (
	jenis_rombel SMALLINT NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_jenis_rombel PRIMARY KEY (jenis_rombel)
);
INSERT INTO ref_jenis_rombel VALUES(1,'Kelas',NULL);
INSERT INTO ref_jenis_rombel VALUES(8,'Mata Pelajaran Pilihan',NULL);
INSERT INTO ref_jenis_rombel VALUES(9,'Ekstrakurikuler',NULL);
INSERT INTO ref_jenis_rombel VALUES(10,'Kelas Teori',NULL);
INSERT INTO ref_jenis_rombel VALUES(11,'Kelas Praktik',NULL);
CREATE TABLE ref_jenis_pendaftaran (
	jenis_pendaftaran_id SMALLINT NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_jenis_pendaftaran PRIMARY KEY (jenis_pendaftaran_id)
);
INSERT INTO ref_jenis_pendaftaran VALUES(1,'Siswa baru',NULL);
INSERT INTO ref_jenis_pendaftaran VALUES(2,'Pindahan',NULL);
INSERT INTO ref_jenis_pendaftaran VALUES(3,'Kembali bersekolah',NULL);
CREATE TABLE ref_jenis_keluar (
	jenis_keluar_id VARCHAR(1) NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_jenis_keluar PRIMARY KEY (jenis_keluar_id)
);
INSERT INTO ref_jenis_keluar VALUES('1','Lulus',NULL);
INSERT INTO ref_jenis_keluar VALUES('2','Mutasi',NULL);
INSERT INTO ref_jenis_keluar VALUES('3','Dikeluarkan',NULL);
INSERT INTO ref_jenis_keluar VALUES('4','Mengundurkan diri',NULL);
INSERT INTO ref_jenis_keluar VALUES('5','Putus Sekolah',NULL);
INSERT INTO ref_jenis_keluar VALUES('6','Wafat',NULL);
INSERT INTO ref_jenis_keluar VALUES('7','Hilang',NULL);
INSERT INTO ref_jenis_keluar VALUES('8','Lainnya',NULL);
INSERT INTO ref_jenis_keluar VALUES('9','Pensiun',NULL);
CREATE TABLE ref_jenis_prasarana (
	jenis_prasarana_id INTEGER NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_jenis_prasarana PRIMARY KEY (jenis_prasarana_id)
);
INSERT INTO ref_jenis_prasarana VALUES(1,'Ruang Kelas',NULL);
INSERT INTO ref_jenis_prasarana VALUES(2,'Ruang Perpustakaan',NULL);
INSERT INTO ref_jenis_prasarana VALUES(3,'Ruang Laboratorium IPA',NULL);
INSERT INTO ref_jenis_prasarana VALUES(4,'Ruang Laboratorium Komputer',NULL);
INSERT INTO ref_jenis_prasarana VALUES(5,'Ruang Kepala Sekolah',NULL);
INSERT INTO ref_jenis_prasarana VALUES(6,'Ruang Guru',NULL);
INSERT INTO ref_jenis_prasarana VALUES(7,'Tempat Ibadah',NULL);
INSERT INTO ref_jenis_prasarana VALUES(8,'Ruang UKS',NULL);
INSERT INTO ref_jenis_prasarana VALUES(9,'Toilet',NULL);
INSERT INTO ref_jenis_prasarana VALUES(10,'Gudang',NULL);
INSERT INTO ref_jenis_prasarana VALUES(11,'Ruang Tata Usaha',NULL);
INSERT INTO ref_jenis_prasarana VALUES(12,'Bengkel / Ruang Praktik',NULL);
INSERT INTO ref_jenis_prasarana VALUES(13,'Ruang Konseling',NULL);
CREATE TABLE ref_jenis_sarana (
	jenis_sarana_id INTEGER NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_jenis_sarana PRIMARY KEY (jenis_sarana_id)
);
INSERT INTO ref_jenis_sarana VALUES(1,'Meja Peserta Didik',NULL);
INSERT INTO ref_jenis_sarana VALUES(2,'Kursi Peserta Didik',NULL);
INSERT INTO ref_jenis_sarana VALUES(3,'Papan Tulis',NULL);
INSERT INTO ref_jenis_sarana VALUES(4,'Lemari',NULL);
INSERT INTO ref_jenis_sarana VALUES(5,'Komputer',NULL);
INSERT INTO ref_jenis_sarana VALUES(6,'Proyektor',NULL);
INSERT INTO ref_jenis_sarana VALUES(7,'Printer',NULL);
INSERT INTO ref_jenis_sarana VALUES(8,'Meja Guru',NULL);
INSERT INTO ref_jenis_sarana VALUES(9,'Kursi Guru',NULL);
INSERT INTO ref_jenis_sarana VALUES(10,'Rak Buku',NULL);
INSERT INTO ref_jenis_sarana VALUES(11,'Alat Praktik',NULL);
CREATE TABLE ref_status_kepemilikan (
	status_kepemilikan_id SMALLINT NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_status_kepemilikan PRIMARY KEY (status_kepemilikan_id)
);
INSERT INTO ref_status_kepemilikan VALUES(1,'Milik',NULL);
INSERT INTO ref_status_kepemilikan VALUES(2,'Sewa',NULL);
INSERT INTO ref_status_kepemilikan VALUES(3,'Pinjam',NULL);
INSERT INTO ref_status_kepemilikan VALUES(4,'Hibah',NULL);
INSERT INTO ref_status_kepemilikan VALUES(5,'Bukan Milik',NULL);
CREATE TABLE ref_kerusakan (
	kerusakan_id SMALLINT NOT NULL, 
	persen_min SMALLINT NOT NULL, 
	persen_max SMALLINT NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_kerusakan PRIMARY KEY (kerusakan_id)
);
INSERT INTO ref_kerusakan VALUES(1,0,30,'Baik',NULL);
INSERT INTO ref_kerusakan VALUES(2,31,45,'Rusak Ringan',NULL);
INSERT INTO ref_kerusakan VALUES(3,46,65,'Rusak Sedang',NULL);
INSERT INTO ref_kerusakan VALUES(4,66,100,'Rusak Berat',NULL);
CREATE TABLE ref_akreditasi (
	akreditasi_id SMALLINT NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_akreditasi PRIMARY KEY (akreditasi_id)
);
INSERT INTO ref_akreditasi VALUES(1,'A',NULL);
INSERT INTO ref_akreditasi VALUES(2,'B',NULL);
INSERT INTO ref_akreditasi VALUES(3,'C',NULL);
INSERT INTO ref_akreditasi VALUES(4,'Tidak Terakreditasi',NULL);
INSERT INTO ref_akreditasi VALUES(5,'Belum Terakreditasi',NULL);
CREATE TABLE ref_peran (
	peran_id SMALLINT NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_peran PRIMARY KEY (peran_id)
);
INSERT INTO ref_peran VALUES(1,'Operator Sekolah',NULL);
INSERT INTO ref_peran VALUES(2,'Kepala Sekolah',NULL);
INSERT INTO ref_peran VALUES(3,'Staf (hanya baca)',NULL);
CREATE TABLE ptk (
	ptk_id VARCHAR(36) NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	nip VARCHAR(18), 
	jenis_kelamin VARCHAR(1) NOT NULL, 
	tempat_lahir VARCHAR(32), 
	tanggal_lahir DATE NOT NULL, 
	nik VARCHAR(16), 
	no_kk VARCHAR(16), 
	nuptk VARCHAR(16), 
	nama_ibu_kandung VARCHAR(100), 
	agama_id INTEGER, 
	status_kepegawaian_id INTEGER, 
	pangkat_golongan_id INTEGER, 
	sk_cpns VARCHAR(80), 
	tgl_cpns DATE, 
	tmt_pns DATE, 
	sk_pengangkatan VARCHAR(80), 
	tmt_pengangkatan DATE, 
	alamat_jalan VARCHAR(80), 
	rt SMALLINT, 
	rw SMALLINT, 
	desa_kelurahan VARCHAR(60), 
	kode_wilayah VARCHAR(10), 
	kode_pos VARCHAR(5), 
	no_hp VARCHAR(20), 
	email VARCHAR(60), 
	npwp VARCHAR(15), 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_ptk PRIMARY KEY (ptk_id), 
	CONSTRAINT fk_ptk_agama_id_ref_agama FOREIGN KEY(agama_id) REFERENCES ref_agama (agama_id), 
	CONSTRAINT fk_ptk_status_kepegawaian_id_ref_status_kepegawaian FOREIGN KEY(status_kepegawaian_id) REFERENCES ref_status_kepegawaian (status_kepegawaian_id), 
	CONSTRAINT fk_ptk_pangkat_golongan_id_ref_pangkat_golongan FOREIGN KEY(pangkat_golongan_id) REFERENCES ref_pangkat_golongan (pangkat_golongan_id), 
	CONSTRAINT fk_ptk_kode_wilayah_ref_wilayah FOREIGN KEY(kode_wilayah) REFERENCES ref_wilayah (kode_wilayah)
);
INSERT INTO ptk VALUES('6f3361d8-8167-4eb8-8bdb-adfbd416160e','Irfan Maharani','198904082013051948','L','Kediri','1989-04-08','3204020804890001',NULL,'3368881038031323','Nabila Sulistyowati',4,1,13,'813.3/985/BKD/2013','2013-05-01','2014-05-01','800/853/SK/2013','2013-05-01','Jl. Pahlawan No. 16',6,1,'Ciapus','3204022002','40268','085706096887',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,100);
INSERT INTO ptk VALUES('c0fe7a34-6509-4305-aa4f-4d143c0cad15','Fajar Kusuma','197009141995111410','L','Sidoarjo','1970-09-14','3204031409700002',NULL,'3337908078186975','Ratna Wibowo',3,11,NULL,NULL,NULL,NULL,'800/272/SK/1995','1995-11-01','Jl. Kenanga No. 41',10,9,'Cimekar','3204032003','40291','082241469872',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,101);
INSERT INTO ptk VALUES('f97f9f3d-7251-4a70-b6e4-1873349e93a2','Utami Maulana',NULL,'P','Cimahi','1989-09-14','3204025409890003',NULL,'8533675267212270','Helmi Wibowo',1,8,NULL,NULL,NULL,NULL,'800/450/SK/2013','2013-07-01','Jl. Gatot Subroto No. 37',5,2,'Ciapus','3204022002','40375','082515985041',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,102);
INSERT INTO ptk VALUES('c363c452-a6bc-47a8-9255-2aeb67ccd072','Fauzan Ramadhan','198604162010111967','L','Malang','1986-04-16','3204021604860004',NULL,'7991745392080655','Utami Wulandari',2,1,12,'813.3/606/BKD/2010','2010-11-01','2011-11-01','800/738/SK/2010','2010-11-01','Jl. Ahmad Yani No. 43',3,9,'Banjaran Wetan','3204022001','40411','085819441225',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,103);
INSERT INTO ptk VALUES('22c8f881-63f9-489d-ad52-262dc58a3ddd','Gita Suryani','198812222012092385','P','Surakarta','1988-12-22','3204036212880005',NULL,'8129341619782960','Hana Sutrisno',2,11,NULL,NULL,NULL,NULL,'800/913/SK/2012','2012-09-01','Jl. Merdeka No. 128',2,3,'Cileunyi Wetan','3204032002','40550','089796453776',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,104);
INSERT INTO ptk VALUES('e5307f7f-c5a5-4c4b-bb61-ef950c9b49e6','Vina Rahman','198112122005022953','P','Sumedang','1981-12-12','3204015212810006',NULL,'2658311887317308','Melati Kurniasih',4,1,13,'813.3/926/BKD/2005','2005-02-01','2006-02-01','800/183/SK/2005','2005-02-01','Jl. Melati No. 100',10,8,'Sadu','3204012001','40309','086567406730',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,105);
INSERT INTO ptk VALUES('143b2154-4c2c-490e-bbe9-896823d9a126','Agus Maulana','199311012017041387','L','Garut','1993-11-01','3204010111930007',NULL,'9891125982705240','Zahra Hidayat',1,1,12,'813.3/368/BKD/2017','2017-04-01','2018-04-01','800/105/SK/2017','2017-04-01','Jl. Ahmad Yani No. 133',10,8,'Sadu','3204012001','40376','082556285988',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,106);
INSERT INTO ptk VALUES('59586f43-e0da-4a3d-bdc6-ed7a1c72a970','Yulia Rahman','199608152020122469','P','Cimahi','1996-08-15','3204035508960008',NULL,'2764153654502416','Ratna Sutrisno',1,1,9,'813.3/151/BKD/2020','2020-12-01','2021-12-01','800/380/SK/2020','2020-12-01','Jl. Cendana No. 13',9,1,'Cileunyi Wetan','3204032002','40280','087325289496',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,107);
INSERT INTO ptk VALUES('f0c734db-1e28-4e4c-a824-e4bf6dc30ad3','Oki Ramadhan','198606202010081205','L','Kediri','1986-06-20','3204022006860009',NULL,'8809816897920961','Intan Hermawan',1,1,10,'813.3/330/BKD/2010','2010-08-01','2011-08-01','800/876/SK/2010','2010-08-01','Jl. Cendana No. 57',7,2,'Banjaran Wetan','3204022001','40939','083021947009',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,108);
INSERT INTO ptk VALUES('8a980546-da71-42c8-bb2e-831d59aa2cb5','Melati Setiawan',NULL,'P','Bandung','1992-11-03','3204024311920010',NULL,'1468605512789247','Helmi Hermawan',1,9,NULL,NULL,NULL,NULL,'800/452/SK/2016','2016-09-01','Jl. Gatot Subroto No. 96',12,1,'Banjaran Wetan','3204022001','40115','085164974496',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,109);
INSERT INTO ptk VALUES('7aacdacb-5418-4e41-850c-e0da4d013840','Hadi Anggraini',NULL,'L','Sumedang','1971-01-29','3204032901710011',NULL,'8186824613826097','Ayu Ramadhan',1,9,NULL,NULL,NULL,NULL,'800/589/SK/1995','1995-11-01','Jl. Gatot Subroto No. 79',7,7,'Cileunyi Kulon','3204032001','40184','081572571697',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,110);
INSERT INTO ptk VALUES('5cea1951-d7f6-4ea7-bfb1-36271838e9c0','Hafiz Handayani',NULL,'L','Sumedang','1976-05-17','3204021705760012',NULL,'6074485746808025','Gita Sutrisno',5,9,NULL,NULL,NULL,NULL,'800/125/SK/2000','2000-04-01','Jl. Diponegoro No. 75',11,9,'Banjaran Wetan','3204022001','40149','086610944363',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,111);
CREATE TABLE peserta_didik (
	peserta_didik_id VARCHAR(36) NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	jenis_kelamin VARCHAR(1) NOT NULL, 
	nisn VARCHAR(10), 
	nik VARCHAR(16), 
	no_kk VARCHAR(16), 
	tempat_lahir VARCHAR(32), 
	tanggal_lahir DATE NOT NULL, 
	agama_id INTEGER, 
	kewarganegaraan VARCHAR(2) NOT NULL, 
	kebutuhan_khusus_id INTEGER, 
	alamat_jalan VARCHAR(80), 
	rt SMALLINT, 
	rw SMALLINT, 
	nama_dusun VARCHAR(60), 
	desa_kelurahan VARCHAR(60), 
	kode_wilayah VARCHAR(10), 
	kode_pos VARCHAR(5), 
	lintang NUMERIC(18, 12), 
	bujur NUMERIC(18, 12), 
	jenis_tinggal_id INTEGER, 
	alat_transportasi_id INTEGER, 
	nomor_telepon_rumah VARCHAR(20), 
	nomor_telepon_seluler VARCHAR(20), 
	email VARCHAR(60), 
	penerima_kps BOOLEAN NOT NULL, 
	no_kps VARCHAR(40), 
	penerima_kip BOOLEAN NOT NULL, 
	no_kip VARCHAR(6), 
	nm_kip VARCHAR(100), 
	layak_pip BOOLEAN NOT NULL, 
	alasan_layak_pip VARCHAR(60), 
	nama_ayah VARCHAR(100), 
	nik_ayah VARCHAR(16), 
	tahun_lahir_ayah SMALLINT, 
	pekerjaan_id_ayah INTEGER, 
	penghasilan_id_ayah INTEGER, 
	nama_ibu_kandung VARCHAR(100), 
	nik_ibu VARCHAR(16), 
	tahun_lahir_ibu SMALLINT, 
	pekerjaan_id_ibu INTEGER, 
	penghasilan_id_ibu INTEGER, 
	nama_wali VARCHAR(100), 
	nik_wali VARCHAR(16), 
	tahun_lahir_wali SMALLINT, 
	pekerjaan_id_wali INTEGER, 
	penghasilan_id_wali INTEGER, 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_peserta_didik PRIMARY KEY (peserta_didik_id), 
	CONSTRAINT fk_peserta_didik_agama_id_ref_agama FOREIGN KEY(agama_id) REFERENCES ref_agama (agama_id), 
	CONSTRAINT fk_peserta_didik_kebutuhan_khusus_id_ref_kebutuhan_khusus FOREIGN KEY(kebutuhan_khusus_id) REFERENCES ref_kebutuhan_khusus (kebutuhan_khusus_id), 
	CONSTRAINT fk_peserta_didik_kode_wilayah_ref_wilayah FOREIGN KEY(kode_wilayah) REFERENCES ref_wilayah (kode_wilayah), 
	CONSTRAINT fk_peserta_didik_jenis_tinggal_id_ref_jenis_tinggal FOREIGN KEY(jenis_tinggal_id) REFERENCES ref_jenis_tinggal (jenis_tinggal_id), 
	CONSTRAINT fk_peserta_didik_alat_transportasi_id_ref_alat_transportasi FOREIGN KEY(alat_transportasi_id) REFERENCES ref_alat_transportasi (alat_transportasi_id), 
	CONSTRAINT fk_peserta_didik_pekerjaan_id_ayah_ref_pekerjaan FOREIGN KEY(pekerjaan_id_ayah) REFERENCES ref_pekerjaan (pekerjaan_id), 
	CONSTRAINT fk_peserta_didik_penghasilan_id_ayah_ref_penghasilan FOREIGN KEY(penghasilan_id_ayah) REFERENCES ref_penghasilan (penghasilan_id), 
	CONSTRAINT fk_peserta_didik_pekerjaan_id_ibu_ref_pekerjaan FOREIGN KEY(pekerjaan_id_ibu) REFERENCES ref_pekerjaan (pekerjaan_id), 
	CONSTRAINT fk_peserta_didik_penghasilan_id_ibu_ref_penghasilan FOREIGN KEY(penghasilan_id_ibu) REFERENCES ref_penghasilan (penghasilan_id), 
	CONSTRAINT fk_peserta_didik_pekerjaan_id_wali_ref_pekerjaan FOREIGN KEY(pekerjaan_id_wali) REFERENCES ref_pekerjaan (pekerjaan_id), 
	CONSTRAINT fk_peserta_didik_penghasilan_id_wali_ref_penghasilan FOREIGN KEY(penghasilan_id_wali) REFERENCES ref_penghasilan (penghasilan_id)
);
INSERT INTO peserta_didik VALUES('c498f68b-1801-48cb-b114-88eaa95b06c2','Putra Ramadhan','L','0190000014','3204011705190013','3204019252675326','Sumedang','2019-05-17',1,'ID',0,'Jl. Diponegoro No. 95',12,5,NULL,'Panyirapan','3204012002','40433',NULL,NULL,1,2,NULL,'084406489183',NULL,0,NULL,0,NULL,NULL,0,NULL,'Cahya Sutrisno',NULL,1993,3,13,'Hana Sutrisno',NULL,1989,7,11,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,138);
INSERT INTO peserta_didik VALUES('7b1092f3-771f-4886-b926-5ab4549bd540','Zahra Iskandar','P','0180000017','3204024111180016','3204021405943486','Cianjur','2018-11-01',1,'ID',0,'Jl. Sudirman No. 24',7,5,NULL,'Ciapus','3204022002','40249',NULL,NULL,1,1,NULL,'085007052057',NULL,0,NULL,0,NULL,NULL,0,NULL,'Joko Maharani',NULL,1978,11,14,'Ayu Lubis',NULL,1983,7,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,139);
INSERT INTO peserta_didik VALUES('54e2ff10-4b17-452e-ba6c-4b9793c9d62d','Agus Hasanah','L','0180000020','3204031711180019','3204032177542164','Sidoarjo','2018-11-17',1,'ID',0,'Jl. Melati No. 128',1,5,NULL,'Cileunyi Kulon','3204032001','40721',NULL,NULL,1,1,NULL,'084903615726',NULL,0,NULL,1,'745124','Agus Hasanah',1,'Pemegang KIP','Yusuf Lestari',NULL,1984,7,12,'Tasya Nugroho',NULL,1987,9,99,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,140);
INSERT INTO peserta_didik VALUES('c2ff78fe-46e6-4fd1-aec3-a99ccc49339b','Joko Permana','L','0180000023','3204021510180022','3204022862085358','Surakarta','2018-10-15',1,'ID',0,'Jl. Kenanga No. 9',5,5,NULL,'Kamasan','3204022003','40418',NULL,NULL,1,2,NULL,'081485741344',NULL,0,NULL,0,NULL,NULL,0,NULL,'Zaki Hidayat',NULL,1991,3,12,'Hana Gunawan',NULL,1984,1,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,141);
INSERT INTO peserta_didik VALUES('0158f6c1-3fcb-45e9-b99a-c06869238243','Wahyu Hidayat','L','0180000026','3204011204180025','3204017487356805','Magelang','2018-04-12',1,'ID',0,'Jl. Pahlawan No. 65',6,5,NULL,'Panyirapan','3204012002','40713',NULL,NULL,1,6,NULL,'084839746281',NULL,0,NULL,1,'214336','Wahyu Hidayat',1,'Pemegang KIP','Umar Safitri',NULL,1979,9,14,'Anisa Ramadhan',NULL,1981,9,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,142);
INSERT INTO peserta_didik VALUES('393bba3d-c71b-46d2-8f5b-1989407c4c17','Muhammad Suryani','L','0170000029','3204012612170028','3204013673329053','Cimahi','2017-12-26',1,'ID',0,'Jl. Sudirman No. 8',5,3,NULL,'Soreang','3204012003','40243',NULL,NULL,1,1,NULL,'088742907430',NULL,0,NULL,0,NULL,NULL,0,NULL,'Hendra Kusuma',NULL,1979,7,14,'Eka Lestari',NULL,1990,9,11,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,143);
INSERT INTO peserta_didik VALUES('0ffe8d6a-77c9-4d30-962d-73575eda38bc','Arif Ramadhan','L','0170000032','3204032611170031','3204038906222962','Sidoarjo','2017-11-26',1,'ID',0,'Jl. Melati No. 11',2,4,NULL,'Cimekar','3204032003','40507',NULL,NULL,1,2,NULL,'082007991657',NULL,0,NULL,0,NULL,NULL,0,NULL,'Yoga Hermawan',NULL,1980,11,13,'Zahra Siregar',NULL,1979,1,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,144);
INSERT INTO peserta_didik VALUES('178c95dd-be30-4de6-ab28-dfc7f8c2b77d','Intan Suryani','P','0170000035','3204015211170034','3204012352006358','Garut','2017-11-12',4,'ID',0,'Jl. Sudirman No. 55',5,8,NULL,'Sadu','3204012001','40795',NULL,NULL,1,1,NULL,'082962123811',NULL,0,NULL,0,NULL,NULL,0,NULL,'Fajar Permana',NULL,1990,11,12,'Zahra Santoso',NULL,1991,7,11,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,145);
INSERT INTO peserta_didik VALUES('d6f68664-689f-48fa-9a9f-1fbd836c959b','Krisna Permana','L','0160000038','3204012709160037','3204016964747838','Tasikmalaya','2016-09-27',1,'ID',0,'Jl. Ahmad Yani No. 128',4,1,NULL,'Soreang','3204012003','40444',NULL,NULL,1,2,NULL,'081274457346',NULL,0,NULL,0,NULL,NULL,0,NULL,'Kurniawan Firmansyah',NULL,1983,11,13,'Gita Puspitasari',NULL,1994,9,99,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,146);
INSERT INTO peserta_didik VALUES('1b947e42-9a58-47ac-bc03-8933808b03f0','Reza Sulistyowati','L','0160000041','3204032611160040','3204039615839482','Semarang','2016-11-26',5,'ID',0,'Jl. Merdeka No. 20',10,2,NULL,'Cimekar','3204032003','40956',NULL,NULL,1,1,NULL,'083214214544',NULL,0,NULL,0,NULL,NULL,0,NULL,'Zaki Wijaya',NULL,1991,11,12,'Tasya Wijaya',NULL,1988,7,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,147);
INSERT INTO peserta_didik VALUES('c7b1191e-8365-4d97-ab73-7dc42ccd4b7c','Dinda Safitri','P','0170000044','3204025903170043','3204021748791473','Sumedang','2017-03-19',2,'ID',0,'Jl. Merdeka No. 60',10,9,NULL,'Ciapus','3204022002','40271',NULL,NULL,1,3,NULL,'089930438523',NULL,0,NULL,0,NULL,NULL,0,NULL,'Oki Kusuma',NULL,1992,3,12,'Jihan Kurniasih',NULL,1987,1,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,148);
INSERT INTO peserta_didik VALUES('04060607-e907-44a4-a92c-fd776aff8aa8','Icha Permana','P','0160000047','3204017108160046','3204010650956230','Malang','2016-08-31',1,'ID',0,'Jl. Pahlawan No. 123',12,2,NULL,'Sadu','3204012001','40966',NULL,NULL,1,1,NULL,'083709220393',NULL,0,NULL,0,NULL,NULL,0,NULL,'Kurniawan Permatasari',NULL,1977,6,14,'Melati Setiawan',NULL,1993,7,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,149);
INSERT INTO peserta_didik VALUES('13d3083c-1dd6-44d9-b22f-a95591fdf365','Dedi Suryani','L','0150000050','3204030411150049','3204030982198138','Malang','2015-11-04',1,'ID',0,'Jl. Melati No. 41',11,2,NULL,'Cimekar','3204032003','40800',NULL,NULL,1,3,NULL,'086559421022',NULL,0,NULL,0,NULL,NULL,0,NULL,'Budi Lubis',NULL,1980,6,14,'Utami Hermawan',NULL,1978,7,99,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,150);
INSERT INTO peserta_didik VALUES('e3cd00e2-b383-4617-81d5-602a11a7133a','Irfan Gunawan','L','0160000053','3204011102160052','3204014184741573','Surakarta','2016-02-11',1,'ID',0,'Jl. Gatot Subroto No. 40',1,8,NULL,'Soreang','3204012003','40294',NULL,NULL,1,3,NULL,'085262890741',NULL,0,NULL,0,NULL,NULL,0,NULL,'Bagus Hakim',NULL,1980,6,13,'Hana Safitri',NULL,1986,7,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,151);
INSERT INTO peserta_didik VALUES('e42dc325-b836-4fe1-a384-f79ac789875e','Reza Wibowo','L','0160000056','3204032903160055','3204032618990914','Sidoarjo','2016-03-29',1,'ID',0,'Jl. Ahmad Yani No. 7',8,1,NULL,'Cileunyi Wetan','3204032002','40635',NULL,NULL,1,2,NULL,'088086879285',NULL,0,NULL,0,NULL,NULL,0,NULL,'Dani Handayani',NULL,1977,7,14,'Rina Setiawan',NULL,1994,1,11,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,152);
INSERT INTO peserta_didik VALUES('180068f1-e5d4-4994-8d9b-e430fabab41d','Rafi Lestari','L','0160000059','3204010301160058','3204013998819390','Cimahi','2016-01-03',1,'ID',0,'Jl. Melati No. 142',8,4,NULL,'Soreang','3204012003','40422',NULL,NULL,1,2,NULL,'081187424230',NULL,0,NULL,0,NULL,NULL,0,NULL,'Hafiz Gunawan',NULL,1983,7,12,'Wulan Maulana',NULL,1991,9,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,153);
INSERT INTO peserta_didik VALUES('56efb920-7cc1-43c2-8c16-5e14e81eb053','Wahyu Maharani','L','0140000062','3204021010140061','3204024525174728','Cianjur','2014-10-10',1,'ID',0,'Jl. Merdeka No. 105',8,8,NULL,'Kamasan','3204022003','40909',NULL,NULL,1,1,NULL,'084113767023',NULL,0,NULL,0,NULL,NULL,0,NULL,'Agus Wulandari',NULL,1985,7,12,'Yuni Hakim',NULL,1981,7,11,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,154);
INSERT INTO peserta_didik VALUES('29b10ddb-376b-4631-a88b-3c601a5215f5','Rizky Safitri','L','0150000065','3204022305150064','3204026274314392','Magelang','2015-05-23',5,'ID',0,'Jl. Merdeka No. 92',12,6,NULL,'Banjaran Wetan','3204022001','40836',NULL,NULL,1,6,NULL,'089196741065',NULL,0,NULL,0,NULL,NULL,0,NULL,'Ahmad Kusuma',NULL,1977,11,14,'Intan Rahman',NULL,1980,7,11,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,155);
INSERT INTO peserta_didik VALUES('66c6b159-5aa1-4e1d-b691-e9f9cd00db39','Zaki Maulana','L','0140000068','3204012710140067','3204017225148155','Bogor','2014-10-27',1,'ID',0,'Jl. Gatot Subroto No. 66',8,1,NULL,'Panyirapan','3204012002','40552',NULL,NULL,1,3,NULL,'084939851178',NULL,0,NULL,0,NULL,NULL,0,NULL,'Eko Santoso',NULL,1985,7,13,'Rina Nugroho',NULL,1980,7,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,156);
INSERT INTO peserta_didik VALUES('976f501c-28b8-4723-b815-f245fe594f1e','Elsa Suryani','P','0150000071','3204034207150070','3204035731372491','Cimahi','2015-07-02',1,'ID',0,'Jl. Sudirman No. 21',12,8,NULL,'Cileunyi Kulon','3204032001','40800',NULL,NULL,1,3,NULL,'083230826691',NULL,0,NULL,0,NULL,NULL,0,NULL,'Oki Purnama',NULL,1976,11,13,'Dewi Lubis',NULL,1986,9,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,157);
INSERT INTO peserta_didik VALUES('61d316f2-6453-4f5e-9baa-3c26253dfd27','Oki Lubis','L','0130000074','3204020309130073','3204027457529123','Surakarta','2013-09-03',1,'ID',0,'Jl. Merdeka No. 81',7,1,NULL,'Ciapus','3204022002','40927',NULL,NULL,1,1,NULL,'084056722054',NULL,0,NULL,1,'085513','Oki Lubis',1,'Pemegang KIP','Bayu Purnama',NULL,1974,6,13,'Aisyah Puspitasari',NULL,1975,9,11,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,158);
INSERT INTO peserta_didik VALUES('2eb4f9ad-8368-4707-b32b-d316d73a928e','Siti Anggraini','P','0130000077','3204014610130076','3204019681545514','Malang','2013-10-06',1,'ID',0,'Jl. Diponegoro No. 140',12,5,NULL,'Panyirapan','3204012002','40821',NULL,NULL,1,2,NULL,'082365478008',NULL,0,NULL,1,'362373','Siti Anggraini',1,'Pemegang KIP','Eko Nasution',NULL,1974,3,12,'Kirana Purnama',NULL,1979,9,99,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,159);
INSERT INTO peserta_didik VALUES('906c9123-f836-443e-be99-da0ae1846412','Fatimah Nugroho','P','0130000080','3204026309130079','3204024866687108','Kediri','2013-09-23',1,'ID',0,'Jl. Flamboyan No. 28',10,2,NULL,'Banjaran Wetan','3204022001','40374',NULL,NULL,1,2,NULL,'087166555340',NULL,0,NULL,0,NULL,NULL,0,NULL,'Hafiz Hidayat',NULL,1979,6,12,'Nabila Wijaya',NULL,1978,9,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,160);
INSERT INTO peserta_didik VALUES('0cc20713-d1d8-4c44-a8a3-5877021df612','Dewi Iskandar','P','0130000083','3204036307130082','3204039917790483','Surabaya','2013-07-23',2,'ID',0,'Jl. Gatot Subroto No. 69',2,4,NULL,'Cileunyi Kulon','3204032001','40344',NULL,NULL,1,1,NULL,'089644779751',NULL,0,NULL,0,NULL,NULL,0,NULL,'Kurniawan Saputra',NULL,1986,11,14,'Sari Pratama',NULL,1985,1,11,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,161);
CREATE TABLE ref_bentuk_pendidikan (
	bentuk_pendidikan_id SMALLINT NOT NULL, 
	jenjang_pendidikan_id INTEGER, 
	tingkat_min SMALLINT NOT NULL, 
	tingkat_max SMALLINT NOT NULL, 
	usia_min SMALLINT NOT NULL, 
	usia_max SMALLINT NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_bentuk_pendidikan PRIMARY KEY (bentuk_pendidikan_id), 
	CONSTRAINT fk_ref_bentuk_pendidikan_jenjang_pendidikan_id_ref_jenjang_pendidikan FOREIGN KEY(jenjang_pendidikan_id) REFERENCES ref_jenjang_pendidikan (jenjang_pendidikan_id)
);
INSERT INTO ref_bentuk_pendidikan VALUES(1,2,0,0,3,7,'TK',NULL);
INSERT INTO ref_bentuk_pendidikan VALUES(2,1,0,0,2,6,'KB',NULL);
INSERT INTO ref_bentuk_pendidikan VALUES(5,4,1,6,5,15,'SD',NULL);
INSERT INTO ref_bentuk_pendidikan VALUES(6,5,7,9,11,18,'SMP',NULL);
INSERT INTO ref_bentuk_pendidikan VALUES(13,6,10,12,14,21,'SMA',NULL);
INSERT INTO ref_bentuk_pendidikan VALUES(15,6,10,13,14,21,'SMK',NULL);
INSERT INTO ref_bentuk_pendidikan VALUES(29,4,1,12,5,25,'SLB',NULL);
CREATE TABLE ref_tingkat_pendidikan (
	tingkat_pendidikan_id SMALLINT NOT NULL, 
	jenjang_pendidikan_id INTEGER, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_tingkat_pendidikan PRIMARY KEY (tingkat_pendidikan_id), 
	CONSTRAINT fk_ref_tingkat_pendidikan_jenjang_pendidikan_id_ref_jenjang_pendidikan FOREIGN KEY(jenjang_pendidikan_id) REFERENCES ref_jenjang_pendidikan (jenjang_pendidikan_id)
);
INSERT INTO ref_tingkat_pendidikan VALUES(1,4,'Kelas 1',NULL);
INSERT INTO ref_tingkat_pendidikan VALUES(2,4,'Kelas 2',NULL);
INSERT INTO ref_tingkat_pendidikan VALUES(3,4,'Kelas 3',NULL);
INSERT INTO ref_tingkat_pendidikan VALUES(4,4,'Kelas 4',NULL);
INSERT INTO ref_tingkat_pendidikan VALUES(5,4,'Kelas 5',NULL);
INSERT INTO ref_tingkat_pendidikan VALUES(6,4,'Kelas 6',NULL);
INSERT INTO ref_tingkat_pendidikan VALUES(7,5,'Kelas 7',NULL);
INSERT INTO ref_tingkat_pendidikan VALUES(8,5,'Kelas 8',NULL);
INSERT INTO ref_tingkat_pendidikan VALUES(9,5,'Kelas 9',NULL);
INSERT INTO ref_tingkat_pendidikan VALUES(10,6,'Kelas 10',NULL);
INSERT INTO ref_tingkat_pendidikan VALUES(11,6,'Kelas 11',NULL);
INSERT INTO ref_tingkat_pendidikan VALUES(12,6,'Kelas 12',NULL);
INSERT INTO ref_tingkat_pendidikan VALUES(13,6,'Kelas 13',NULL);
CREATE TABLE ref_kurikulum (
	kurikulum_id SMALLINT NOT NULL, 
	jenjang_pendidikan_id INTEGER, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_kurikulum PRIMARY KEY (kurikulum_id), 
	CONSTRAINT fk_ref_kurikulum_jenjang_pendidikan_id_ref_jenjang_pendidikan FOREIGN KEY(jenjang_pendidikan_id) REFERENCES ref_jenjang_pendidikan (jenjang_pendidikan_id)
);
INSERT INTO ref_kurikulum VALUES(1,4,'Kurikulum Merdeka SD',NULL);
INSERT INTO ref_kurikulum VALUES(2,5,'Kurikulum Merdeka SMP',NULL);
INSERT INTO ref_kurikulum VALUES(3,6,'Kurikulum Merdeka SMA',NULL);
INSERT INTO ref_kurikulum VALUES(4,6,'Kurikulum Merdeka SMK Teknik Komputer dan Jaringan',NULL);
INSERT INTO ref_kurikulum VALUES(5,6,'Kurikulum Merdeka SMK Teknik Kendaraan Ringan',NULL);
INSERT INTO ref_kurikulum VALUES(6,6,'Kurikulum Merdeka SMK Akuntansi',NULL);
INSERT INTO ref_kurikulum VALUES(7,4,'Kurikulum 2013 SD','2025-06-30');
CREATE TABLE ref_semester (
	semester_id INTEGER NOT NULL, 
	tahun_ajaran_id INTEGER NOT NULL, 
	semester SMALLINT NOT NULL, 
	periode_aktif SMALLINT NOT NULL, 
	tanggal_mulai DATE NOT NULL, 
	tanggal_selesai DATE NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_semester PRIMARY KEY (semester_id), 
	CONSTRAINT fk_ref_semester_tahun_ajaran_id_ref_tahun_ajaran FOREIGN KEY(tahun_ajaran_id) REFERENCES ref_tahun_ajaran (tahun_ajaran_id)
);
INSERT INTO ref_semester VALUES(20241,2024,1,0,'2024-07-01','2024-12-31','2024/2025 Ganjil',NULL);
INSERT INTO ref_semester VALUES(20242,2024,2,0,'2025-01-01','2025-06-30','2024/2025 Genap',NULL);
INSERT INTO ref_semester VALUES(20251,2025,1,0,'2025-07-01','2025-12-31','2025/2026 Ganjil',NULL);
INSERT INTO ref_semester VALUES(20252,2025,2,0,'2026-01-01','2026-06-30','2025/2026 Genap',NULL);
INSERT INTO ref_semester VALUES(20261,2026,1,1,'2026-07-01','2026-12-31','2026/2027 Ganjil',NULL);
INSERT INTO ref_semester VALUES(20262,2026,2,0,'2027-01-01','2027-06-30','2026/2027 Genap',NULL);
CREATE TABLE sekolah (
	sekolah_id VARCHAR(36) NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	nss VARCHAR(12), 
	npsn VARCHAR(8) NOT NULL, 
	bentuk_pendidikan_id INTEGER, 
	status_sekolah SMALLINT NOT NULL, 
	alamat_jalan VARCHAR(80), 
	rt SMALLINT, 
	rw SMALLINT, 
	nama_dusun VARCHAR(60), 
	desa_kelurahan VARCHAR(60), 
	kode_wilayah VARCHAR(10), 
	kode_pos VARCHAR(5), 
	lintang NUMERIC(18, 12), 
	bujur NUMERIC(18, 12), 
	nomor_telepon VARCHAR(20), 
	nomor_fax VARCHAR(20), 
	email VARCHAR(60), 
	website VARCHAR(100), 
	status_kepemilikan_id INTEGER, 
	sk_pendirian_sekolah VARCHAR(80), 
	tanggal_sk_pendirian DATE, 
	sk_izin_operasional VARCHAR(80), 
	tanggal_sk_izin_operasional DATE, 
	akreditasi_id INTEGER, 
	sk_akreditasi VARCHAR(80), 
	tmt_akreditasi DATE, 
	is_sks BOOLEAN NOT NULL, 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_sekolah PRIMARY KEY (sekolah_id), 
	CONSTRAINT uq_sekolah_npsn UNIQUE (npsn), 
	CONSTRAINT fk_sekolah_bentuk_pendidikan_id_ref_bentuk_pendidikan FOREIGN KEY(bentuk_pendidikan_id) REFERENCES ref_bentuk_pendidikan (bentuk_pendidikan_id), 
	CONSTRAINT fk_sekolah_kode_wilayah_ref_wilayah FOREIGN KEY(kode_wilayah) REFERENCES ref_wilayah (kode_wilayah), 
	CONSTRAINT fk_sekolah_status_kepemilikan_id_ref_status_kepemilikan FOREIGN KEY(status_kepemilikan_id) REFERENCES ref_status_kepemilikan (status_kepemilikan_id), 
	CONSTRAINT fk_sekolah_akreditasi_id_ref_akreditasi FOREIGN KEY(akreditasi_id) REFERENCES ref_akreditasi (akreditasi_id)
);
INSERT INTO sekolah VALUES('6cc05e67-c9b5-4e3d-b546-6c0f41afa759','SD Negeri 1 Contoh','101020219001','20250001',5,1,'Jl. Merdeka No. 62',2,5,'Dusun Satu','Sadu','3204012001','40911',-6.9175000000000004263,107.61910000000000309,'022-5891234',NULL,'sekolah20219001@contoh.sch.id',NULL,1,'421.2/015/Disdik/1978','1978-08-01','421/125/Disdik/1978','1978-08-01',1,'1347/BAN-SM/SK/2022','2022-11-01',0,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,1);
CREATE TABLE rwy_pend_formal (
	riwayat_pendidikan_formal_id VARCHAR(36) NOT NULL, 
	ptk_id VARCHAR(36) NOT NULL, 
	jenjang_pendidikan_id INTEGER, 
	bidang_studi_id INTEGER, 
	gelar_akademik_id INTEGER, 
	satuan_pendidikan_formal VARCHAR(100) NOT NULL, 
	fakultas VARCHAR(80), 
	prodi VARCHAR(80), 
	kependidikan BOOLEAN NOT NULL, 
	tahun_masuk SMALLINT, 
	tahun_lulus SMALLINT, 
	nim VARCHAR(24), 
	status_kuliah VARCHAR(20), 
	semester SMALLINT, 
	ipk NUMERIC(4, 2), 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_rwy_pend_formal PRIMARY KEY (riwayat_pendidikan_formal_id), 
	CONSTRAINT fk_rwy_pend_formal_ptk_id_ptk FOREIGN KEY(ptk_id) REFERENCES ptk (ptk_id), 
	CONSTRAINT fk_rwy_pend_formal_jenjang_pendidikan_id_ref_jenjang_pendidikan FOREIGN KEY(jenjang_pendidikan_id) REFERENCES ref_jenjang_pendidikan (jenjang_pendidikan_id), 
	CONSTRAINT fk_rwy_pend_formal_bidang_studi_id_ref_bidang_studi FOREIGN KEY(bidang_studi_id) REFERENCES ref_bidang_studi (bidang_studi_id), 
	CONSTRAINT fk_rwy_pend_formal_gelar_akademik_id_ref_gelar_akademik FOREIGN KEY(gelar_akademik_id) REFERENCES ref_gelar_akademik (gelar_akademik_id)
);
INSERT INTO rwy_pend_formal VALUES('5eb92dfb-4088-40c9-89ff-5d1073965c2e','6f3361d8-8167-4eb8-8bdb-adfbd416160e',30,3,1,'Universitas Sumedang',NULL,NULL,1,2008,2012,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,124);
INSERT INTO rwy_pend_formal VALUES('efc890a1-2f4f-421c-9a95-0b5b584b604c','c0fe7a34-6509-4305-aa4f-4d143c0cad15',30,19,1,'Universitas Bandung',NULL,NULL,1,1989,1993,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,125);
INSERT INTO rwy_pend_formal VALUES('da14a465-1876-46eb-b958-744b98e27f99','f97f9f3d-7251-4a70-b6e4-1873349e93a2',30,2,1,'Universitas Surabaya',NULL,NULL,1,2008,2012,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,126);
INSERT INTO rwy_pend_formal VALUES('5cf03b30-2bc1-4bc8-a631-2b5e06498aca','c363c452-a6bc-47a8-9255-2aeb67ccd072',30,6,1,'Universitas Semarang',NULL,NULL,1,2005,2009,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,127);
INSERT INTO rwy_pend_formal VALUES('fdd4030f-bd0a-43b9-b3f7-5c95b5a78e9e','22c8f881-63f9-489d-ad52-262dc58a3ddd',30,16,1,'Universitas Cimahi',NULL,NULL,1,2007,2011,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,128);
INSERT INTO rwy_pend_formal VALUES('8c99059e-c90d-4128-b7fd-c73dc1421720','e5307f7f-c5a5-4c4b-bb61-ef950c9b49e6',30,20,1,'Universitas Sidoarjo',NULL,NULL,1,2000,2004,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,129);
INSERT INTO rwy_pend_formal VALUES('029483d7-1876-47d1-8f50-472937b8827e','143b2154-4c2c-490e-bbe9-896823d9a126',30,8,1,'Universitas Bogor',NULL,NULL,1,2012,2016,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,130);
INSERT INTO rwy_pend_formal VALUES('8e8a168b-7eee-4655-b093-5cae3e4785a1','59586f43-e0da-4a3d-bdc6-ed7a1c72a970',30,20,1,'Universitas Sidoarjo',NULL,NULL,1,2015,2019,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,131);
INSERT INTO rwy_pend_formal VALUES('48e5d071-fed0-4baa-b063-8f08ecffbe25','f0c734db-1e28-4e4c-a824-e4bf6dc30ad3',30,1,1,'Universitas Kediri',NULL,NULL,1,2005,2009,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,132);
INSERT INTO rwy_pend_formal VALUES('1a752150-9eb5-4f68-9253-10fe62ddf1ef','8a980546-da71-42c8-bb2e-831d59aa2cb5',6,NULL,NULL,'SMA Negeri 18',NULL,NULL,0,2012,2015,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,133);
INSERT INTO rwy_pend_formal VALUES('23255885-b358-4d08-b795-eca48b5c63fb','7aacdacb-5418-4e41-850c-e0da4d013840',6,NULL,NULL,'SMA Negeri 19',NULL,NULL,0,1991,1994,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,134);
INSERT INTO rwy_pend_formal VALUES('d7e559d0-6363-4d68-99e2-0aeaae77c959','5cea1951-d7f6-4ea7-bfb1-36271838e9c0',6,NULL,NULL,'SMA Negeri 14',NULL,NULL,0,1996,1999,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,135);
CREATE TABLE peserta_didik_longitudinal (
	peserta_didik_longitudinal_id VARCHAR(36) NOT NULL, 
	peserta_didik_id VARCHAR(36) NOT NULL, 
	semester_id INTEGER NOT NULL, 
	tinggi_badan SMALLINT, 
	berat_badan SMALLINT, 
	lingkar_kepala SMALLINT, 
	jarak_rumah_ke_sekolah_km NUMERIC(6, 2), 
	waktu_tempuh_menit SMALLINT, 
	jumlah_saudara_kandung SMALLINT, 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_peserta_didik_longitudinal PRIMARY KEY (peserta_didik_longitudinal_id), 
	CONSTRAINT uq_peserta_didik_longitudinal_peserta_didik_id UNIQUE (peserta_didik_id, semester_id), 
	CONSTRAINT fk_peserta_didik_longitudinal_peserta_didik_id_peserta_didik FOREIGN KEY(peserta_didik_id) REFERENCES peserta_didik (peserta_didik_id), 
	CONSTRAINT fk_peserta_didik_longitudinal_semester_id_ref_semester FOREIGN KEY(semester_id) REFERENCES ref_semester (semester_id)
);
INSERT INTO peserta_didik_longitudinal VALUES('07ffdd13-a289-4459-b067-f836d5247c7a','c498f68b-1801-48cb-b114-88eaa95b06c2',20261,112,17,NULL,10.80000000000000071,41,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,186);
INSERT INTO peserta_didik_longitudinal VALUES('de4bafed-5919-4a90-92dd-efea1494dbc5','7b1092f3-771f-4886-b926-5ab4549bd540',20261,112,20,NULL,3.5,14,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,187);
INSERT INTO peserta_didik_longitudinal VALUES('37fba274-908b-4b21-b0bc-0781633daced','54e2ff10-4b17-452e-ba6c-4b9793c9d62d',20261,110,26,NULL,3.2000000000000001776,40,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,188);
INSERT INTO peserta_didik_longitudinal VALUES('f3fcc7de-0482-424f-b11b-a0d9b5c5b8de','c2ff78fe-46e6-4fd1-aec3-a99ccc49339b',20261,113,16,NULL,0.5,20,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,189);
INSERT INTO peserta_didik_longitudinal VALUES('90f1ab26-2653-4b66-9651-6d10012a6a2e','0158f6c1-3fcb-45e9-b99a-c06869238243',20261,107,29,NULL,5.2999999999999998223,52,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,190);
INSERT INTO peserta_didik_longitudinal VALUES('1925b1be-7897-4417-a03d-d29fe2c8610f','393bba3d-c71b-46d2-8f5b-1989407c4c17',20261,114,29,NULL,0.8000000000000000444,38,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,191);
INSERT INTO peserta_didik_longitudinal VALUES('b1ab8c80-eba5-4747-9ec7-2dc5b5e9ce4c','0ffe8d6a-77c9-4d30-962d-73575eda38bc',20261,113,18,NULL,9.5999999999999996447,30,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,192);
INSERT INTO peserta_didik_longitudinal VALUES('3c25c546-04d3-4e77-a418-76fa8b05f8f6','178c95dd-be30-4de6-ab28-dfc7f8c2b77d',20261,110,22,NULL,2.8999999999999999111,17,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,193);
INSERT INTO peserta_didik_longitudinal VALUES('3edf02aa-883d-488b-8aee-0926faf08ab0','d6f68664-689f-48fa-9a9f-1fbd836c959b',20261,114,23,NULL,2.8999999999999999111,30,0,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,194);
INSERT INTO peserta_didik_longitudinal VALUES('4b028ec1-c053-4aaa-a457-abcb0751ef40','1b947e42-9a58-47ac-bc03-8933808b03f0',20261,112,32,NULL,1.6999999999999999555,8,0,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,195);
INSERT INTO peserta_didik_longitudinal VALUES('bd896c18-aea4-4a03-83f3-8d9b1706adf5','c7b1191e-8365-4d97-ab73-7dc42ccd4b7c',20261,119,28,NULL,11.099999999999999644,6,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,196);
INSERT INTO peserta_didik_longitudinal VALUES('6272d7bf-e7ec-47f3-ba9a-ddaeb70561c1','04060607-e907-44a4-a92c-fd776aff8aa8',20261,122,25,NULL,4.2000000000000001776,12,0,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,197);
INSERT INTO peserta_didik_longitudinal VALUES('b85a6ce1-d49d-4aed-aac5-468e3b45faf9','13d3083c-1dd6-44d9-b22f-a95591fdf365',20261,115,35,NULL,0.5,44,0,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,198);
INSERT INTO peserta_didik_longitudinal VALUES('061ced68-d630-4e88-bea0-efcc4d8ceae5','e3cd00e2-b383-4617-81d5-602a11a7133a',20261,119,35,NULL,10.30000000000000071,42,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,199);
INSERT INTO peserta_didik_longitudinal VALUES('83a8600f-da4d-4b8c-80bf-1850d951bdfe','e42dc325-b836-4fe1-a384-f79ac789875e',20261,122,29,NULL,3.5,53,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,200);
INSERT INTO peserta_didik_longitudinal VALUES('1a4b64ed-55e5-4d41-8d1c-2e6f045a08b1','180068f1-e5d4-4994-8d9b-e430fabab41d',20261,118,29,NULL,2.7999999999999998223,23,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,201);
INSERT INTO peserta_didik_longitudinal VALUES('45194ce7-aa24-4712-bd21-bf20f62d5425','56efb920-7cc1-43c2-8c16-5e14e81eb053',20261,131,31,NULL,4.4000000000000003552,7,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,202);
INSERT INTO peserta_didik_longitudinal VALUES('c910815d-04ed-4390-b7ef-db678f39e186','29b10ddb-376b-4631-a88b-3c601a5215f5',20261,131,31,NULL,5.5999999999999996447,32,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,203);
INSERT INTO peserta_didik_longitudinal VALUES('edb46b38-836f-4b56-9435-aa59f07b9375','66c6b159-5aa1-4e1d-b691-e9f9cd00db39',20261,120,37,NULL,8.3000000000000007105,47,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,204);
INSERT INTO peserta_didik_longitudinal VALUES('b46b5f96-2d30-42ef-a7ba-0389ad560f7f','976f501c-28b8-4723-b815-f245fe594f1e',20261,124,29,NULL,10.499999999999999999,12,0,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,205);
INSERT INTO peserta_didik_longitudinal VALUES('10dc91d0-ce66-43e3-8619-32c7125ffb14','61d316f2-6453-4f5e-9baa-3c26253dfd27',20261,136,37,NULL,11.599999999999999645,34,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,206);
INSERT INTO peserta_didik_longitudinal VALUES('1a30f69b-330c-4028-a130-f1f4217a9946','2eb4f9ad-8368-4707-b32b-d316d73a928e',20261,133,34,NULL,1.8000000000000000444,26,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,207);
INSERT INTO peserta_didik_longitudinal VALUES('d53034b0-289a-43a1-bd9e-c4f12d38e979','906c9123-f836-443e-be99-da0ae1846412',20261,128,38,NULL,1.5,49,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,208);
INSERT INTO peserta_didik_longitudinal VALUES('dfd4a881-1848-4ea4-9c9c-697e729829b2','0cc20713-d1d8-4c44-a8a3-5877021df612',20261,134,37,NULL,1,51,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,209);
CREATE TABLE ref_mata_pelajaran_kurikulum (
	kurikulum_id SMALLINT NOT NULL, 
	mata_pelajaran_id INTEGER NOT NULL, 
	tingkat_pendidikan_id SMALLINT NOT NULL, 
	jumlah_jam SMALLINT NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_mata_pelajaran_kurikulum PRIMARY KEY (kurikulum_id, mata_pelajaran_id, tingkat_pendidikan_id), 
	CONSTRAINT fk_ref_mata_pelajaran_kurikulum_kurikulum_id_ref_kurikulum FOREIGN KEY(kurikulum_id) REFERENCES ref_kurikulum (kurikulum_id), 
	CONSTRAINT fk_ref_mata_pelajaran_kurikulum_mata_pelajaran_id_ref_mata_pelajaran FOREIGN KEY(mata_pelajaran_id) REFERENCES ref_mata_pelajaran (mata_pelajaran_id), 
	CONSTRAINT fk_ref_mata_pelajaran_kurikulum_tingkat_pendidikan_id_ref_tingkat_pendidikan FOREIGN KEY(tingkat_pendidikan_id) REFERENCES ref_tingkat_pendidikan (tingkat_pendidikan_id)
);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1001,1,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1002,1,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1003,1,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1004,1,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1005,1,5,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1006,1,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1007,1,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1008,1,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1009,1,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1001,2,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1002,2,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1003,2,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1004,2,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1005,2,5,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1006,2,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1007,2,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1008,2,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1009,2,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1001,3,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1002,3,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1003,3,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1004,3,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1005,3,5,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1006,3,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1007,3,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1008,3,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1009,3,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1001,4,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1002,4,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1003,4,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1004,4,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1005,4,5,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1006,4,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1007,4,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1008,4,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1009,4,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1001,5,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1002,5,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1003,5,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1004,5,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1005,5,5,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1006,5,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1007,5,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1008,5,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1009,5,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1001,6,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1002,6,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1003,6,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1004,6,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1005,6,5,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1006,6,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1007,6,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1008,6,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(1,1009,6,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1001,7,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1002,7,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1003,7,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1004,7,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1022,7,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1023,7,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1008,7,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1007,7,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1011,7,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1006,7,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1024,7,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1009,7,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1001,8,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1002,8,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1003,8,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1004,8,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1022,8,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1023,8,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1008,8,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1007,8,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1011,8,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1006,8,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1024,8,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1009,8,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1001,9,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1002,9,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1003,9,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1004,9,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1022,9,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1023,9,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1008,9,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1007,9,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1011,9,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1006,9,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1024,9,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(2,1009,9,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1001,10,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1002,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1003,10,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1004,10,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1022,10,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1023,10,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1008,10,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1007,10,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1010,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1011,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1006,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1001,11,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1002,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1003,11,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1004,11,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1022,11,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1023,11,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1008,11,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1007,11,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1010,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1011,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1006,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1001,12,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1002,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1003,12,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1004,12,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1022,12,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1023,12,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1008,12,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1007,12,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1010,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1011,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(3,1006,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1001,10,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1002,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1003,10,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1004,10,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1008,10,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1007,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1010,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1006,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1011,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1012,10,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1009,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1019,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1020,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1013,10,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1016,10,8,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1001,11,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1002,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1003,11,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1004,11,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1008,11,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1007,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1010,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1006,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1011,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1012,11,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1009,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1019,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1020,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1013,11,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1016,11,8,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1001,12,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1002,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1003,12,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1004,12,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1008,12,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1007,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1010,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1006,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1011,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1012,12,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1009,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1019,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1020,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1013,12,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(4,1016,12,8,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1001,10,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1002,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1003,10,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1004,10,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1008,10,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1007,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1010,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1006,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1011,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1012,10,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1009,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1019,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1020,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1014,10,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1017,10,8,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1001,11,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1002,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1003,11,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1004,11,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1008,11,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1007,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1010,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1006,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1011,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1012,11,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1009,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1019,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1020,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1014,11,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1017,11,8,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1001,12,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1002,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1003,12,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1004,12,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1008,12,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1007,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1010,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1006,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1011,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1012,12,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1009,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1019,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1020,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1014,12,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(5,1017,12,8,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1001,10,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1002,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1003,10,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1004,10,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1008,10,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1007,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1010,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1006,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1011,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1012,10,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1009,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1019,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1020,10,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1015,10,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1018,10,8,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1001,11,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1002,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1003,11,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1004,11,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1008,11,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1007,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1010,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1006,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1011,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1012,11,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1009,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1019,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1020,11,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1015,11,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1018,11,8,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1001,12,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1002,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1003,12,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1004,12,4,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1008,12,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1007,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1010,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1006,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1011,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1012,12,3,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1009,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1019,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1020,12,2,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1015,12,6,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(6,1018,12,8,NULL);
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(7,1026,1,24,'2025-06-30');
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(7,1026,2,24,'2025-06-30');
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(7,1026,3,24,'2025-06-30');
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(7,1026,4,24,'2025-06-30');
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(7,1026,5,24,'2025-06-30');
INSERT INTO ref_mata_pelajaran_kurikulum VALUES(7,1026,6,24,'2025-06-30');
CREATE TABLE sekolah_longitudinal (
	sekolah_longitudinal_id VARCHAR(36) NOT NULL, 
	sekolah_id VARCHAR(36) NOT NULL, 
	semester_id INTEGER NOT NULL, 
	daya_listrik INTEGER, 
	sumber_listrik VARCHAR(40), 
	akses_internet VARCHAR(40), 
	sumber_air VARCHAR(40), 
	waktu_penyelenggaraan VARCHAR(20), 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_sekolah_longitudinal PRIMARY KEY (sekolah_longitudinal_id), 
	CONSTRAINT uq_sekolah_longitudinal_sekolah_id UNIQUE (sekolah_id, semester_id), 
	CONSTRAINT fk_sekolah_longitudinal_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id), 
	CONSTRAINT fk_sekolah_longitudinal_semester_id_ref_semester FOREIGN KEY(semester_id) REFERENCES ref_semester (semester_id)
);
INSERT INTO sekolah_longitudinal VALUES('c55d8998-cc84-4bfc-a347-02e595c9f537','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,2200,'PLN','Fiber optik','Sumur terlindungi','Pagi','2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,2);
CREATE TABLE tanah (
	id_tanah VARCHAR(36) NOT NULL, 
	sekolah_id VARCHAR(36) NOT NULL, 
	nama VARCHAR(50) NOT NULL, 
	no_sertifikat_tanah VARCHAR(40), 
	panjang NUMERIC(7, 2), 
	lebar NUMERIC(7, 2), 
	luas NUMERIC(10, 2), 
	status_kepemilikan_id INTEGER, 
	keterangan VARCHAR(200), 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_tanah PRIMARY KEY (id_tanah), 
	CONSTRAINT fk_tanah_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id), 
	CONSTRAINT fk_tanah_status_kepemilikan_id_ref_status_kepemilikan FOREIGN KEY(status_kepemilikan_id) REFERENCES ref_status_kepemilikan (status_kepemilikan_id)
);
INSERT INTO tanah VALUES('c26863c5-ab4c-4b5e-8bb8-71ca324ba28f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','Tanah 1','10.08.71.9573',120,80,9600,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,3);
CREATE TABLE ptk_terdaftar (
	ptk_terdaftar_id VARCHAR(36) NOT NULL, 
	ptk_id VARCHAR(36) NOT NULL, 
	sekolah_id VARCHAR(36) NOT NULL, 
	tahun_ajaran_id INTEGER NOT NULL, 
	jenis_ptk_id INTEGER NOT NULL, 
	nomor_surat_tugas VARCHAR(80), 
	tanggal_surat_tugas DATE, 
	tmt_tugas DATE, 
	ptk_induk BOOLEAN NOT NULL, 
	jenis_keluar_id VARCHAR(1), 
	tgl_ptk_keluar DATE, 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_ptk_terdaftar PRIMARY KEY (ptk_terdaftar_id), 
	CONSTRAINT fk_ptk_terdaftar_ptk_id_ptk FOREIGN KEY(ptk_id) REFERENCES ptk (ptk_id), 
	CONSTRAINT fk_ptk_terdaftar_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id), 
	CONSTRAINT fk_ptk_terdaftar_tahun_ajaran_id_ref_tahun_ajaran FOREIGN KEY(tahun_ajaran_id) REFERENCES ref_tahun_ajaran (tahun_ajaran_id), 
	CONSTRAINT fk_ptk_terdaftar_jenis_ptk_id_ref_jenis_ptk FOREIGN KEY(jenis_ptk_id) REFERENCES ref_jenis_ptk (jenis_ptk_id), 
	CONSTRAINT fk_ptk_terdaftar_jenis_keluar_id_ref_jenis_keluar FOREIGN KEY(jenis_keluar_id) REFERENCES ref_jenis_keluar (jenis_keluar_id)
);
INSERT INTO ptk_terdaftar VALUES('25095915-9733-4bb0-bd3a-b90d0cbac724','6f3361d8-8167-4eb8-8bdb-adfbd416160e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',2026,20,'421/268/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,112);
INSERT INTO ptk_terdaftar VALUES('8db438df-e14a-457b-9c32-5537256502f9','c0fe7a34-6509-4305-aa4f-4d143c0cad15','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',2026,3,'421/308/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,113);
INSERT INTO ptk_terdaftar VALUES('4f38c500-4daa-49f2-be59-07f08cd3257c','f97f9f3d-7251-4a70-b6e4-1873349e93a2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',2026,3,'421/279/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,114);
INSERT INTO ptk_terdaftar VALUES('823f78bf-1fc9-4f75-9b0d-737ae39d31e5','c363c452-a6bc-47a8-9255-2aeb67ccd072','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',2026,3,'421/910/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,115);
INSERT INTO ptk_terdaftar VALUES('f85d427d-a281-4221-a67c-cade52b2dbb9','22c8f881-63f9-489d-ad52-262dc58a3ddd','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',2026,3,'421/322/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,116);
INSERT INTO ptk_terdaftar VALUES('a83c045a-6408-4771-b4da-8e71516e5859','e5307f7f-c5a5-4c4b-bb61-ef950c9b49e6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',2026,3,'421/316/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,117);
INSERT INTO ptk_terdaftar VALUES('818d7670-794b-415c-b156-14b0a0eb2cd9','143b2154-4c2c-490e-bbe9-896823d9a126','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',2026,3,'421/784/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,118);
INSERT INTO ptk_terdaftar VALUES('1ded03fe-22ed-481b-975a-f8c3a77c191c','59586f43-e0da-4a3d-bdc6-ed7a1c72a970','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',2026,4,'421/205/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,119);
INSERT INTO ptk_terdaftar VALUES('6ce8f9a0-e60b-4839-af57-66409a75f921','f0c734db-1e28-4e4c-a824-e4bf6dc30ad3','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',2026,4,'421/671/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,120);
INSERT INTO ptk_terdaftar VALUES('603d940b-9272-47ff-80e8-c858ff48741c','8a980546-da71-42c8-bb2e-831d59aa2cb5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',2026,41,'421/122/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,121);
INSERT INTO ptk_terdaftar VALUES('4d22ad4c-1ff0-4327-82f6-eab6c117402b','7aacdacb-5418-4e41-850c-e0da4d013840','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',2026,43,'421/442/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,122);
INSERT INTO ptk_terdaftar VALUES('c6274460-a136-4a31-833b-550ebf632c97','5cea1951-d7f6-4ea7-bfb1-36271838e9c0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',2026,45,'421/229/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,123);
CREATE TABLE tugas_tambahan (
	ptk_tugas_tambahan_id VARCHAR(36) NOT NULL, 
	ptk_id VARCHAR(36) NOT NULL, 
	sekolah_id VARCHAR(36) NOT NULL, 
	jabatan_ptk_id INTEGER NOT NULL, 
	jumlah_jam SMALLINT, 
	nomor_sk VARCHAR(80), 
	tmt_tambahan DATE NOT NULL, 
	tst_tambahan DATE, 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_tugas_tambahan PRIMARY KEY (ptk_tugas_tambahan_id), 
	CONSTRAINT fk_tugas_tambahan_ptk_id_ptk FOREIGN KEY(ptk_id) REFERENCES ptk (ptk_id), 
	CONSTRAINT fk_tugas_tambahan_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id), 
	CONSTRAINT fk_tugas_tambahan_jabatan_ptk_id_ref_jabatan_tugas_ptk FOREIGN KEY(jabatan_ptk_id) REFERENCES ref_jabatan_tugas_ptk (jabatan_ptk_id)
);
INSERT INTO tugas_tambahan VALUES('e8f59c96-e5ff-44d8-8d48-9131652e7e15','6f3361d8-8167-4eb8-8bdb-adfbd416160e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',2,24,'800/587/TT/2024','2024-01-02',NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,136);
INSERT INTO tugas_tambahan VALUES('7ccbaab7-daec-44bb-a0cc-38872a16e94d','59586f43-e0da-4a3d-bdc6-ed7a1c72a970','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',5,12,'800/749/TT/2025','2025-07-14',NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,137);
CREATE TABLE registrasi_peserta_didik (
	registrasi_id VARCHAR(36) NOT NULL, 
	peserta_didik_id VARCHAR(36) NOT NULL, 
	sekolah_id VARCHAR(36) NOT NULL, 
	jenis_pendaftaran_id INTEGER, 
	nipd VARCHAR(18), 
	tanggal_masuk_sekolah DATE NOT NULL, 
	sekolah_asal VARCHAR(100), 
	jenis_keluar_id VARCHAR(1), 
	tanggal_keluar DATE, 
	keterangan VARCHAR(128), 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_registrasi_peserta_didik PRIMARY KEY (registrasi_id), 
	CONSTRAINT fk_registrasi_peserta_didik_peserta_didik_id_peserta_didik FOREIGN KEY(peserta_didik_id) REFERENCES peserta_didik (peserta_didik_id), 
	CONSTRAINT fk_registrasi_peserta_didik_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id), 
	CONSTRAINT fk_registrasi_peserta_didik_jenis_pendaftaran_id_ref_jenis_pendaftaran FOREIGN KEY(jenis_pendaftaran_id) REFERENCES ref_jenis_pendaftaran (jenis_pendaftaran_id), 
	CONSTRAINT fk_registrasi_peserta_didik_jenis_keluar_id_ref_jenis_keluar FOREIGN KEY(jenis_keluar_id) REFERENCES ref_jenis_keluar (jenis_keluar_id)
);
INSERT INTO registrasi_peserta_didik VALUES('9e12ffe5-26ee-4319-9ecf-b2f69e5fbf61','c498f68b-1801-48cb-b114-88eaa95b06c2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2600015','2026-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,162);
INSERT INTO registrasi_peserta_didik VALUES('aa010fee-a5c8-4047-afc7-34489067354a','7b1092f3-771f-4886-b926-5ab4549bd540','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2600018','2026-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,163);
INSERT INTO registrasi_peserta_didik VALUES('60e8fbf0-6d60-4b05-88c4-cb5e1067d8f4','54e2ff10-4b17-452e-ba6c-4b9793c9d62d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2600021','2026-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,164);
INSERT INTO registrasi_peserta_didik VALUES('768887ca-e48c-4dbe-95e3-b8cb8e8e473f','c2ff78fe-46e6-4fd1-aec3-a99ccc49339b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2600024','2026-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,165);
INSERT INTO registrasi_peserta_didik VALUES('d6cf8cb4-9c11-470f-8695-04ceabbfbb23','0158f6c1-3fcb-45e9-b99a-c06869238243','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2500027','2025-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,166);
INSERT INTO registrasi_peserta_didik VALUES('170666d0-a0ee-4c6b-a2e6-de814ff18ba2','393bba3d-c71b-46d2-8f5b-1989407c4c17','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2500030','2025-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,167);
INSERT INTO registrasi_peserta_didik VALUES('c03b1f1f-8ef5-405d-a947-5b10bc41aed2','0ffe8d6a-77c9-4d30-962d-73575eda38bc','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2500033','2025-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,168);
INSERT INTO registrasi_peserta_didik VALUES('1f852c11-b268-41f3-9185-b273cf008b61','178c95dd-be30-4de6-ab28-dfc7f8c2b77d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2500036','2025-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,169);
INSERT INTO registrasi_peserta_didik VALUES('1d3d2135-1d33-4e4c-80a6-5e8f76273c39','d6f68664-689f-48fa-9a9f-1fbd836c959b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2400039','2024-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,170);
INSERT INTO registrasi_peserta_didik VALUES('9b0bd9e9-d90c-4ee4-8833-6c057fb59173','1b947e42-9a58-47ac-bc03-8933808b03f0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2400042','2024-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,171);
INSERT INTO registrasi_peserta_didik VALUES('9366fecb-2c8b-4787-9c51-668b37735480','c7b1191e-8365-4d97-ab73-7dc42ccd4b7c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2400045','2024-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,172);
INSERT INTO registrasi_peserta_didik VALUES('f54ce081-1e70-4bfe-8a0a-13d7ef5e3c3c','04060607-e907-44a4-a92c-fd776aff8aa8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2400048','2024-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,173);
INSERT INTO registrasi_peserta_didik VALUES('f93e0848-1ab5-49a7-8a08-9d7744902d96','13d3083c-1dd6-44d9-b22f-a95591fdf365','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2300051','2023-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,174);
INSERT INTO registrasi_peserta_didik VALUES('668589db-097a-465b-a40a-06727df3b534','e3cd00e2-b383-4617-81d5-602a11a7133a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2300054','2023-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,175);
INSERT INTO registrasi_peserta_didik VALUES('ea903a8e-8ea6-4238-8f97-a25cdcc66b1f','e42dc325-b836-4fe1-a384-f79ac789875e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2300057','2023-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,176);
INSERT INTO registrasi_peserta_didik VALUES('37727a5f-590c-41ed-a3e8-4d49a7337179','180068f1-e5d4-4994-8d9b-e430fabab41d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2300060','2023-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,177);
INSERT INTO registrasi_peserta_didik VALUES('3cc61d32-325a-4555-8e82-dbdd5dc7d178','56efb920-7cc1-43c2-8c16-5e14e81eb053','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2200063','2022-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,178);
INSERT INTO registrasi_peserta_didik VALUES('83334a42-9a99-4dc5-8cc3-1a92b3125731','29b10ddb-376b-4631-a88b-3c601a5215f5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2200066','2022-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,179);
INSERT INTO registrasi_peserta_didik VALUES('53b482f1-1be7-49b3-8c83-a6a0f8493fd9','66c6b159-5aa1-4e1d-b691-e9f9cd00db39','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2200069','2022-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,180);
INSERT INTO registrasi_peserta_didik VALUES('9733eb83-f203-42e7-8c5b-a95918236816','976f501c-28b8-4723-b815-f245fe594f1e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2200072','2022-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,181);
INSERT INTO registrasi_peserta_didik VALUES('8740bc32-32de-4130-ab82-c8fddfbc57c0','61d316f2-6453-4f5e-9baa-3c26253dfd27','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2100075','2021-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,182);
INSERT INTO registrasi_peserta_didik VALUES('c345a06b-52d6-4cff-9270-5b419792c6c9','2eb4f9ad-8368-4707-b32b-d316d73a928e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2100078','2021-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,183);
INSERT INTO registrasi_peserta_didik VALUES('4cb2dea1-bfbe-433d-9162-6901ad485bbc','906c9123-f836-443e-be99-da0ae1846412','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2100081','2021-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,184);
INSERT INTO registrasi_peserta_didik VALUES('ec4c7ad0-5b78-4e1e-9dfe-3dd688017433','0cc20713-d1d8-4c44-a8a3-5877021df612','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',1,'2100084','2021-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,185);
CREATE TABLE bangunan (
	id_bangunan VARCHAR(36) NOT NULL, 
	sekolah_id VARCHAR(36) NOT NULL, 
	id_tanah VARCHAR(36), 
	kd_bangunan VARCHAR(10), 
	nama VARCHAR(50) NOT NULL, 
	panjang NUMERIC(7, 2), 
	lebar NUMERIC(7, 2), 
	luas_tapak NUMERIC(10, 2), 
	jml_lantai SMALLINT, 
	tahun_dibangun SMALLINT, 
	status_kepemilikan_id INTEGER, 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_bangunan PRIMARY KEY (id_bangunan), 
	CONSTRAINT fk_bangunan_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id), 
	CONSTRAINT fk_bangunan_id_tanah_tanah FOREIGN KEY(id_tanah) REFERENCES tanah (id_tanah), 
	CONSTRAINT fk_bangunan_status_kepemilikan_id_ref_status_kepemilikan FOREIGN KEY(status_kepemilikan_id) REFERENCES ref_status_kepemilikan (status_kepemilikan_id)
);
INSERT INTO bangunan VALUES('5794af05-c812-422d-bdf6-9a4ab6c30fe8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','c26863c5-ab4c-4b5e-8bb8-71ca324ba28f','B01','Gedung A',60,12,720,2,2003,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,4);
INSERT INTO bangunan VALUES('cc3c9041-cefc-4da7-b5c8-4c32f8c9ec09','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','c26863c5-ab4c-4b5e-8bb8-71ca324ba28f','B02','Gedung B',60,12,720,2,2008,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,5);
CREATE TABLE bangunan_longitudinal (
	bangunan_longitudinal_id VARCHAR(36) NOT NULL, 
	id_bangunan VARCHAR(36) NOT NULL, 
	semester_id INTEGER NOT NULL, 
	rusak_pondasi NUMERIC(5, 2), 
	rusak_kolom_balok NUMERIC(5, 2), 
	rusak_atap NUMERIC(5, 2), 
	rusak_dinding NUMERIC(5, 2), 
	rusak_lantai NUMERIC(5, 2), 
	kerusakan_id INTEGER, 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_bangunan_longitudinal PRIMARY KEY (bangunan_longitudinal_id), 
	CONSTRAINT uq_bangunan_longitudinal_id_bangunan UNIQUE (id_bangunan, semester_id), 
	CONSTRAINT fk_bangunan_longitudinal_id_bangunan_bangunan FOREIGN KEY(id_bangunan) REFERENCES bangunan (id_bangunan), 
	CONSTRAINT fk_bangunan_longitudinal_semester_id_ref_semester FOREIGN KEY(semester_id) REFERENCES ref_semester (semester_id), 
	CONSTRAINT fk_bangunan_longitudinal_kerusakan_id_ref_kerusakan FOREIGN KEY(kerusakan_id) REFERENCES ref_kerusakan (kerusakan_id)
);
INSERT INTO bangunan_longitudinal VALUES('b732800c-2433-482f-9e74-d43a246bd504','5794af05-c812-422d-bdf6-9a4ab6c30fe8',20261,20,5,5,10,15,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,6);
INSERT INTO bangunan_longitudinal VALUES('dcdbda72-c95a-4d32-9703-32133a747443','cc3c9041-cefc-4da7-b5c8-4c32f8c9ec09',20261,15,10,0,0,20,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,7);
CREATE TABLE ruang (
	id_ruang VARCHAR(36) NOT NULL, 
	sekolah_id VARCHAR(36) NOT NULL, 
	id_bangunan VARCHAR(36), 
	jenis_prasarana_id INTEGER, 
	kd_ruang VARCHAR(10), 
	nama VARCHAR(50) NOT NULL, 
	lantai SMALLINT, 
	panjang NUMERIC(7, 2), 
	lebar NUMERIC(7, 2), 
	luas_ruang NUMERIC(8, 2), 
	kapasitas SMALLINT, 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_ruang PRIMARY KEY (id_ruang), 
	CONSTRAINT fk_ruang_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id), 
	CONSTRAINT fk_ruang_id_bangunan_bangunan FOREIGN KEY(id_bangunan) REFERENCES bangunan (id_bangunan), 
	CONSTRAINT fk_ruang_jenis_prasarana_id_ref_jenis_prasarana FOREIGN KEY(jenis_prasarana_id) REFERENCES ref_jenis_prasarana (jenis_prasarana_id)
);
INSERT INTO ruang VALUES('47b03cb2-a25b-4b63-88ee-e5928b9a9218','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','5794af05-c812-422d-bdf6-9a4ab6c30fe8',1,'R001','Ruang Kelas 1',1,8,7,56,36,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,8);
INSERT INTO ruang VALUES('72a7d74e-5d22-463c-801b-6ff41c68df21','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','5794af05-c812-422d-bdf6-9a4ab6c30fe8',1,'R002','Ruang Kelas 2',1,8,7,56,36,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,9);
INSERT INTO ruang VALUES('9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','5794af05-c812-422d-bdf6-9a4ab6c30fe8',1,'R003','Ruang Kelas 3',1,8,7,56,36,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,10);
INSERT INTO ruang VALUES('65dcd959-270e-4c43-91b8-3eccb171fc55','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','5794af05-c812-422d-bdf6-9a4ab6c30fe8',1,'R004','Ruang Kelas 4',1,8,7,56,36,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,11);
INSERT INTO ruang VALUES('09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','5794af05-c812-422d-bdf6-9a4ab6c30fe8',1,'R005','Ruang Kelas 5',1,8,7,56,36,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,12);
INSERT INTO ruang VALUES('c23c7b3c-b1ac-4900-96e8-54fdac464e6c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','5794af05-c812-422d-bdf6-9a4ab6c30fe8',1,'R006','Ruang Kelas 6',1,8,7,56,36,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,13);
INSERT INTO ruang VALUES('b4ba27d7-0075-4ac2-84c4-d80d9fdeade5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','5794af05-c812-422d-bdf6-9a4ab6c30fe8',2,'R007','Perpustakaan',2,8,6,48,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,14);
INSERT INTO ruang VALUES('f8b625b2-317a-4b22-9ec6-d16ebfa99a20','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','5794af05-c812-422d-bdf6-9a4ab6c30fe8',5,'R008','Ruang Kepala Sekolah',2,8,4,32,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,15);
INSERT INTO ruang VALUES('91db9131-0e6b-40bf-96af-d41cc320df03','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','5794af05-c812-422d-bdf6-9a4ab6c30fe8',6,'R009','Ruang Guru',2,4,4,16,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,16);
INSERT INTO ruang VALUES('1ed3e6da-c2fe-44b0-b219-dfc697181d68','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','5794af05-c812-422d-bdf6-9a4ab6c30fe8',11,'R010','Ruang Tata Usaha',2,4,3,12,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,17);
INSERT INTO ruang VALUES('9a5030dc-e513-4f6e-8ad6-16ebf5a774af','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','5794af05-c812-422d-bdf6-9a4ab6c30fe8',8,'R011','Ruang UKS',2,4,3,12,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,18);
INSERT INTO ruang VALUES('f8e2c208-51d7-4878-bb4c-816b9e1782a5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','5794af05-c812-422d-bdf6-9a4ab6c30fe8',9,'R012','Toilet Siswa',2,8,4,32,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,19);
INSERT INTO ruang VALUES('4391c8c6-9387-4994-9644-c57a7de3a2de','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','cc3c9041-cefc-4da7-b5c8-4c32f8c9ec09',9,'R013','Toilet Guru',1,3,6,18,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,20);
INSERT INTO ruang VALUES('f8228cbe-25f3-4611-a6da-0d715e5a7b78','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','cc3c9041-cefc-4da7-b5c8-4c32f8c9ec09',10,'R014','Gudang',1,6,6,36,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,21);
INSERT INTO ruang VALUES('49b0654a-c6e5-465e-be28-5b3c58e6e213','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','cc3c9041-cefc-4da7-b5c8-4c32f8c9ec09',7,'R015','Musala',1,4,6,24,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,22);
INSERT INTO ruang VALUES('b91dbf1b-debe-42fb-925b-c66bdb9bce9a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','cc3c9041-cefc-4da7-b5c8-4c32f8c9ec09',13,'R016','Ruang Konseling',1,8,3,24,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,23);
INSERT INTO ruang VALUES('972e7da4-08ab-4c33-b0d9-814b5f92ddf0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','cc3c9041-cefc-4da7-b5c8-4c32f8c9ec09',3,'R017','Laboratorium IPA',1,3,3,9,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,24);
CREATE TABLE ruang_longitudinal (
	ruang_longitudinal_id VARCHAR(36) NOT NULL, 
	id_ruang VARCHAR(36) NOT NULL, 
	semester_id INTEGER NOT NULL, 
	rusak_lantai NUMERIC(5, 2), 
	rusak_dinding NUMERIC(5, 2), 
	rusak_plafon NUMERIC(5, 2), 
	rusak_pintu NUMERIC(5, 2), 
	rusak_jendela NUMERIC(5, 2), 
	kerusakan_id INTEGER, 
	berfungsi BOOLEAN NOT NULL, 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_ruang_longitudinal PRIMARY KEY (ruang_longitudinal_id), 
	CONSTRAINT uq_ruang_longitudinal_id_ruang UNIQUE (id_ruang, semester_id), 
	CONSTRAINT fk_ruang_longitudinal_id_ruang_ruang FOREIGN KEY(id_ruang) REFERENCES ruang (id_ruang), 
	CONSTRAINT fk_ruang_longitudinal_semester_id_ref_semester FOREIGN KEY(semester_id) REFERENCES ref_semester (semester_id), 
	CONSTRAINT fk_ruang_longitudinal_kerusakan_id_ref_kerusakan FOREIGN KEY(kerusakan_id) REFERENCES ref_kerusakan (kerusakan_id)
);
INSERT INTO ruang_longitudinal VALUES('a1f4cf35-5f99-4651-b9ba-7cf8f1aec46c','47b03cb2-a25b-4b63-88ee-e5928b9a9218',20261,5,0,20,0,15,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,25);
INSERT INTO ruang_longitudinal VALUES('7921bbe8-dc02-4fa0-b7af-73fbdb0a1754','72a7d74e-5d22-463c-801b-6ff41c68df21',20261,0,20,10,5,20,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,26);
INSERT INTO ruang_longitudinal VALUES('8814fc9e-c7db-4166-96f8-39989ded2d2e','9e6ec1a2-b266-4591-8ff6-6cbe45edd47e',20261,10,0,20,15,0,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,27);
INSERT INTO ruang_longitudinal VALUES('b525997b-d1e9-41ee-b618-85219f49ad7a','65dcd959-270e-4c43-91b8-3eccb171fc55',20261,5,0,15,20,0,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,28);
INSERT INTO ruang_longitudinal VALUES('50b46c82-2255-4596-921b-0ea032afd15a','09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd',20261,0,20,10,0,20,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,29);
INSERT INTO ruang_longitudinal VALUES('cb0fba0d-c6d7-490f-8b03-288d81d050ba','c23c7b3c-b1ac-4900-96e8-54fdac464e6c',20261,0,10,15,15,5,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,30);
INSERT INTO ruang_longitudinal VALUES('ca344089-b96a-4cd9-999a-9906813b6532','b4ba27d7-0075-4ac2-84c4-d80d9fdeade5',20261,20,0,10,15,10,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,31);
INSERT INTO ruang_longitudinal VALUES('731eafc3-3136-48b0-8bf5-de0b1c5aa987','f8b625b2-317a-4b22-9ec6-d16ebfa99a20',20261,0,20,0,0,15,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,32);
INSERT INTO ruang_longitudinal VALUES('5c8f9661-cfcd-4c73-af32-c46f6d348c15','91db9131-0e6b-40bf-96af-d41cc320df03',20261,10,0,10,5,20,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,33);
INSERT INTO ruang_longitudinal VALUES('3b97d589-e673-4a9a-aa31-57b2c489f9e5','1ed3e6da-c2fe-44b0-b219-dfc697181d68',20261,15,15,5,5,20,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,34);
INSERT INTO ruang_longitudinal VALUES('3380dacc-1114-408c-ba14-0d62651f517b','9a5030dc-e513-4f6e-8ad6-16ebf5a774af',20261,0,5,5,5,20,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,35);
INSERT INTO ruang_longitudinal VALUES('20c850b1-a1d7-40be-8ff2-61207f86cd57','f8e2c208-51d7-4878-bb4c-816b9e1782a5',20261,10,20,0,10,15,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,36);
INSERT INTO ruang_longitudinal VALUES('7760a0c6-86ad-46d3-9a9e-c46baa97c773','4391c8c6-9387-4994-9644-c57a7de3a2de',20261,0,10,0,0,0,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,37);
INSERT INTO ruang_longitudinal VALUES('62ae18ed-3d88-46ef-8742-653c9e493595','f8228cbe-25f3-4611-a6da-0d715e5a7b78',20261,20,15,5,0,10,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,38);
INSERT INTO ruang_longitudinal VALUES('ffa58468-5755-41d9-9af2-c58aa1c87be8','49b0654a-c6e5-465e-be28-5b3c58e6e213',20261,15,0,15,20,10,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,39);
INSERT INTO ruang_longitudinal VALUES('ca171d47-dac6-46cf-9a9d-da549a24528e','b91dbf1b-debe-42fb-925b-c66bdb9bce9a',20261,10,20,0,0,15,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,40);
INSERT INTO ruang_longitudinal VALUES('df96f113-245f-405b-9c53-6badd16b20b7','972e7da4-08ab-4c33-b0d9-814b5f92ddf0',20261,0,0,0,0,10,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,41);
CREATE TABLE alat (
	id_alat VARCHAR(36) NOT NULL, 
	sekolah_id VARCHAR(36) NOT NULL, 
	id_ruang VARCHAR(36), 
	jenis_sarana_id INTEGER, 
	nama VARCHAR(50) NOT NULL, 
	spesifikasi VARCHAR(100), 
	status_kepemilikan_id INTEGER, 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_alat PRIMARY KEY (id_alat), 
	CONSTRAINT fk_alat_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id), 
	CONSTRAINT fk_alat_id_ruang_ruang FOREIGN KEY(id_ruang) REFERENCES ruang (id_ruang), 
	CONSTRAINT fk_alat_jenis_sarana_id_ref_jenis_sarana FOREIGN KEY(jenis_sarana_id) REFERENCES ref_jenis_sarana (jenis_sarana_id), 
	CONSTRAINT fk_alat_status_kepemilikan_id_ref_status_kepemilikan FOREIGN KEY(status_kepemilikan_id) REFERENCES ref_status_kepemilikan (status_kepemilikan_id)
);
INSERT INTO alat VALUES('42bffe3a-2e61-4d9e-9ff7-72cf64b6a5b1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','47b03cb2-a25b-4b63-88ee-e5928b9a9218',1,'Meja Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,42);
INSERT INTO alat VALUES('84e756eb-e37a-47eb-bb42-bfd16ee4f9aa','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','47b03cb2-a25b-4b63-88ee-e5928b9a9218',2,'Kursi Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,43);
INSERT INTO alat VALUES('e6bb85da-d225-4926-bd95-f56872564972','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','47b03cb2-a25b-4b63-88ee-e5928b9a9218',3,'Papan Tulis',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,44);
INSERT INTO alat VALUES('cf5e32af-544f-4e47-8a8e-b13d16646aa2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','72a7d74e-5d22-463c-801b-6ff41c68df21',1,'Meja Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,45);
INSERT INTO alat VALUES('aabe0e2c-8cf2-48a1-856e-969838675b24','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','72a7d74e-5d22-463c-801b-6ff41c68df21',2,'Kursi Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,46);
INSERT INTO alat VALUES('8732a9db-192d-48b2-ac21-3e500b15008e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','72a7d74e-5d22-463c-801b-6ff41c68df21',3,'Papan Tulis',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,47);
INSERT INTO alat VALUES('a2c590de-69e9-4d8e-aec8-f57d41a4f4c5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','9e6ec1a2-b266-4591-8ff6-6cbe45edd47e',1,'Meja Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,48);
INSERT INTO alat VALUES('525e1ffc-af15-4d38-9aed-56a80a896dba','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','9e6ec1a2-b266-4591-8ff6-6cbe45edd47e',2,'Kursi Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,49);
INSERT INTO alat VALUES('dafd86a3-1d23-4f7a-8c49-025a3e157a6d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','9e6ec1a2-b266-4591-8ff6-6cbe45edd47e',3,'Papan Tulis',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,50);
INSERT INTO alat VALUES('c9a38e5b-e1a2-43bd-8b56-81eff73dfea8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','65dcd959-270e-4c43-91b8-3eccb171fc55',1,'Meja Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,51);
INSERT INTO alat VALUES('2006cc60-c892-4c54-9def-b2fbfbd26d2b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','65dcd959-270e-4c43-91b8-3eccb171fc55',2,'Kursi Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,52);
INSERT INTO alat VALUES('086e70b8-016e-4e14-92da-bd907b32cd19','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','65dcd959-270e-4c43-91b8-3eccb171fc55',3,'Papan Tulis',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,53);
INSERT INTO alat VALUES('28bbe3a7-7afd-4fe1-9a76-d88a15557a54','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd',1,'Meja Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,54);
INSERT INTO alat VALUES('b428b0ae-8235-4df0-9e41-03339f1b8842','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd',2,'Kursi Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,55);
INSERT INTO alat VALUES('694ecae9-6d2c-4fac-9230-0656e6d03e67','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd',3,'Papan Tulis',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,56);
INSERT INTO alat VALUES('ee64e71e-d448-4ddf-8752-acd7bfd19937','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','c23c7b3c-b1ac-4900-96e8-54fdac464e6c',1,'Meja Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,57);
INSERT INTO alat VALUES('73a73b71-ce17-4479-861f-c7e8daac3232','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','c23c7b3c-b1ac-4900-96e8-54fdac464e6c',2,'Kursi Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,58);
INSERT INTO alat VALUES('6f48d7b3-7908-490d-8588-fde18348fcbc','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','c23c7b3c-b1ac-4900-96e8-54fdac464e6c',3,'Papan Tulis',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,59);
INSERT INTO alat VALUES('812ccb34-8c79-4d84-b782-fa52d5bcfe12','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','b4ba27d7-0075-4ac2-84c4-d80d9fdeade5',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,60);
INSERT INTO alat VALUES('3ed318c2-ff87-4c71-9da8-0b30093e9f2c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','f8b625b2-317a-4b22-9ec6-d16ebfa99a20',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,61);
INSERT INTO alat VALUES('559996b9-5eb0-4a2f-96a5-64461a72ea86','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','91db9131-0e6b-40bf-96af-d41cc320df03',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,62);
INSERT INTO alat VALUES('6f11ad3b-fed5-40f7-a7e5-f9c806632b49','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','1ed3e6da-c2fe-44b0-b219-dfc697181d68',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,63);
INSERT INTO alat VALUES('6a3a2e86-bee2-4e76-a424-dcad3aa1a3b5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','9a5030dc-e513-4f6e-8ad6-16ebf5a774af',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,64);
INSERT INTO alat VALUES('c58dcd7d-1329-4194-82b9-fc130393cc86','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','f8e2c208-51d7-4878-bb4c-816b9e1782a5',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,65);
INSERT INTO alat VALUES('07c9d55a-65ba-4484-bddc-0a02458d227d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','4391c8c6-9387-4994-9644-c57a7de3a2de',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,66);
INSERT INTO alat VALUES('6a5bee99-53c6-49ba-8333-9f1a599ce3fb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','f8228cbe-25f3-4611-a6da-0d715e5a7b78',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,67);
INSERT INTO alat VALUES('2068144a-3a0b-47ed-97ea-4b96df93a74f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','49b0654a-c6e5-465e-be28-5b3c58e6e213',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,68);
INSERT INTO alat VALUES('a7888bdd-a5ab-4ff4-bb48-f6288a1c1d26','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','b91dbf1b-debe-42fb-925b-c66bdb9bce9a',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,69);
INSERT INTO alat VALUES('b9f8e8db-d97b-44ce-93ca-f84c905129f1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','972e7da4-08ab-4c33-b0d9-814b5f92ddf0',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,70);
CREATE TABLE rombongan_belajar (
	rombongan_belajar_id VARCHAR(36) NOT NULL, 
	sekolah_id VARCHAR(36) NOT NULL, 
	semester_id INTEGER NOT NULL, 
	tingkat_pendidikan_id INTEGER, 
	nama VARCHAR(30) NOT NULL, 
	ptk_id VARCHAR(36), 
	id_ruang VARCHAR(36), 
	kurikulum_id INTEGER, 
	jenis_rombel INTEGER NOT NULL, 
	moving_class BOOLEAN NOT NULL, 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_rombongan_belajar PRIMARY KEY (rombongan_belajar_id), 
	CONSTRAINT fk_rombongan_belajar_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id), 
	CONSTRAINT fk_rombongan_belajar_semester_id_ref_semester FOREIGN KEY(semester_id) REFERENCES ref_semester (semester_id), 
	CONSTRAINT fk_rombongan_belajar_tingkat_pendidikan_id_ref_tingkat_pendidikan FOREIGN KEY(tingkat_pendidikan_id) REFERENCES ref_tingkat_pendidikan (tingkat_pendidikan_id), 
	CONSTRAINT fk_rombongan_belajar_ptk_id_ptk FOREIGN KEY(ptk_id) REFERENCES ptk (ptk_id), 
	CONSTRAINT fk_rombongan_belajar_id_ruang_ruang FOREIGN KEY(id_ruang) REFERENCES ruang (id_ruang), 
	CONSTRAINT fk_rombongan_belajar_kurikulum_id_ref_kurikulum FOREIGN KEY(kurikulum_id) REFERENCES ref_kurikulum (kurikulum_id), 
	CONSTRAINT fk_rombongan_belajar_jenis_rombel_ref_jenis_rombel FOREIGN KEY(jenis_rombel) REFERENCES ref_jenis_rombel (jenis_rombel)
);
INSERT INTO rombongan_belajar VALUES('1cb6feb7-53c6-4c7d-9567-3c40d72a850c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,1,'Kelas 1','c0fe7a34-6509-4305-aa4f-4d143c0cad15','47b03cb2-a25b-4b63-88ee-e5928b9a9218',1,1,0,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,210);
INSERT INTO rombongan_belajar VALUES('4e4ba07b-9bf1-4d78-a488-eeff50203f7d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,2,'Kelas 2','f97f9f3d-7251-4a70-b6e4-1873349e93a2','72a7d74e-5d22-463c-801b-6ff41c68df21',1,1,0,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,211);
INSERT INTO rombongan_belajar VALUES('3b3dbfb2-19ad-4f9c-b4fa-9555aa506cf3','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,3,'Kelas 3','c363c452-a6bc-47a8-9255-2aeb67ccd072','9e6ec1a2-b266-4591-8ff6-6cbe45edd47e',1,1,0,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,212);
INSERT INTO rombongan_belajar VALUES('d6c8bcaa-78f4-44fa-b8c9-7c5ad6c3d0ad','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,4,'Kelas 4','22c8f881-63f9-489d-ad52-262dc58a3ddd','65dcd959-270e-4c43-91b8-3eccb171fc55',1,1,0,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,213);
INSERT INTO rombongan_belajar VALUES('391b5984-8885-4d67-a2ae-2894f97be81e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,5,'Kelas 5','e5307f7f-c5a5-4c4b-bb61-ef950c9b49e6','09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd',1,1,0,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,214);
INSERT INTO rombongan_belajar VALUES('a9ace094-4fda-47b0-ac1b-5c8e1eed45f1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,6,'Kelas 6','143b2154-4c2c-490e-bbe9-896823d9a126','c23c7b3c-b1ac-4900-96e8-54fdac464e6c',1,1,0,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,215);
CREATE TABLE alat_longitudinal (
	alat_longitudinal_id VARCHAR(36) NOT NULL, 
	id_alat VARCHAR(36) NOT NULL, 
	semester_id INTEGER NOT NULL, 
	jumlah INTEGER NOT NULL, 
	jumlah_laik INTEGER NOT NULL, 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_alat_longitudinal PRIMARY KEY (alat_longitudinal_id), 
	CONSTRAINT uq_alat_longitudinal_id_alat UNIQUE (id_alat, semester_id), 
	CONSTRAINT fk_alat_longitudinal_id_alat_alat FOREIGN KEY(id_alat) REFERENCES alat (id_alat), 
	CONSTRAINT fk_alat_longitudinal_semester_id_ref_semester FOREIGN KEY(semester_id) REFERENCES ref_semester (semester_id)
);
INSERT INTO alat_longitudinal VALUES('13665c0c-f6f6-4023-b25e-6ac4b086474c','42bffe3a-2e61-4d9e-9ff7-72cf64b6a5b1',20261,36,36,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,71);
INSERT INTO alat_longitudinal VALUES('432805cd-b83d-4fb2-a201-1a7e4671acca','84e756eb-e37a-47eb-bb42-bfd16ee4f9aa',20261,36,35,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,72);
INSERT INTO alat_longitudinal VALUES('0559b9d8-8b34-436a-8319-43919a5901f8','e6bb85da-d225-4926-bd95-f56872564972',20261,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,73);
INSERT INTO alat_longitudinal VALUES('8d9def94-4c31-4c64-87f1-9bd73d51b157','cf5e32af-544f-4e47-8a8e-b13d16646aa2',20261,36,35,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,74);
INSERT INTO alat_longitudinal VALUES('05d7c197-f491-4562-919e-3b5719bd8f31','aabe0e2c-8cf2-48a1-856e-969838675b24',20261,36,34,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,75);
INSERT INTO alat_longitudinal VALUES('1705f222-daa0-4357-b968-e9c90e8d425b','8732a9db-192d-48b2-ac21-3e500b15008e',20261,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,76);
INSERT INTO alat_longitudinal VALUES('fd82bc3d-33ec-46a9-99d2-45ad293a9b81','a2c590de-69e9-4d8e-aec8-f57d41a4f4c5',20261,36,36,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,77);
INSERT INTO alat_longitudinal VALUES('06f3044c-fc81-4bf4-be93-f2bd205d097e','525e1ffc-af15-4d38-9aed-56a80a896dba',20261,36,34,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,78);
INSERT INTO alat_longitudinal VALUES('05964441-92f1-4441-b837-a2bccd071507','dafd86a3-1d23-4f7a-8c49-025a3e157a6d',20261,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,79);
INSERT INTO alat_longitudinal VALUES('2ffc5593-8bc1-4c15-a3f7-b8d643e2add3','c9a38e5b-e1a2-43bd-8b56-81eff73dfea8',20261,36,35,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,80);
INSERT INTO alat_longitudinal VALUES('c85a1abc-2b52-4b50-9d44-8a3852190fd2','2006cc60-c892-4c54-9def-b2fbfbd26d2b',20261,36,35,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,81);
INSERT INTO alat_longitudinal VALUES('d1261456-ddd7-4aa2-81ea-4d3adc91d956','086e70b8-016e-4e14-92da-bd907b32cd19',20261,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,82);
INSERT INTO alat_longitudinal VALUES('0850e06d-e383-4ebd-af8b-ad435e0e363e','28bbe3a7-7afd-4fe1-9a76-d88a15557a54',20261,36,34,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,83);
INSERT INTO alat_longitudinal VALUES('24923202-63e7-4469-847b-f21858ea0039','b428b0ae-8235-4df0-9e41-03339f1b8842',20261,36,36,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,84);
INSERT INTO alat_longitudinal VALUES('f3b343c7-bedd-43f0-8086-27fde567df0c','694ecae9-6d2c-4fac-9230-0656e6d03e67',20261,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,85);
INSERT INTO alat_longitudinal VALUES('667a31c7-dcc2-4914-8b6e-eb6eba1241c4','ee64e71e-d448-4ddf-8752-acd7bfd19937',20261,36,35,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,86);
INSERT INTO alat_longitudinal VALUES('021ac6ab-0daf-484f-8132-34f661d7b8b9','73a73b71-ce17-4479-861f-c7e8daac3232',20261,36,33,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,87);
INSERT INTO alat_longitudinal VALUES('bd4bc139-edec-41fd-8619-3e43aa2d5cb5','6f48d7b3-7908-490d-8588-fde18348fcbc',20261,1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,88);
INSERT INTO alat_longitudinal VALUES('dd2b7179-e3c7-40df-b4c1-9269aea9f59d','812ccb34-8c79-4d84-b782-fa52d5bcfe12',20261,2,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,89);
INSERT INTO alat_longitudinal VALUES('7d95c693-77c3-4c68-96dc-d539896436f4','3ed318c2-ff87-4c71-9da8-0b30093e9f2c',20261,2,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,90);
INSERT INTO alat_longitudinal VALUES('be560444-aa92-48a6-9030-6fef6acabaf0','559996b9-5eb0-4a2f-96a5-64461a72ea86',20261,2,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,91);
INSERT INTO alat_longitudinal VALUES('85085b3e-f205-41ba-9f4d-adb837c5df61','6f11ad3b-fed5-40f7-a7e5-f9c806632b49',20261,2,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,92);
INSERT INTO alat_longitudinal VALUES('b1756d46-4edd-45b1-9256-9ee1b531bc05','6a3a2e86-bee2-4e76-a424-dcad3aa1a3b5',20261,2,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,93);
INSERT INTO alat_longitudinal VALUES('aee1534e-c910-4fec-a245-57120a549f18','c58dcd7d-1329-4194-82b9-fc130393cc86',20261,2,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,94);
INSERT INTO alat_longitudinal VALUES('17ca5286-5774-47f2-ac79-e84ea1d50af0','07c9d55a-65ba-4484-bddc-0a02458d227d',20261,2,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,95);
INSERT INTO alat_longitudinal VALUES('d8a54868-8e10-4d35-84e4-40a73b289d62','6a5bee99-53c6-49ba-8333-9f1a599ce3fb',20261,2,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,96);
INSERT INTO alat_longitudinal VALUES('f17d17c6-3745-4d3d-8c25-c9f988bb3cbd','2068144a-3a0b-47ed-97ea-4b96df93a74f',20261,2,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,97);
INSERT INTO alat_longitudinal VALUES('1d4e0149-92ed-4b5d-ab5e-6d1443589b8d','a7888bdd-a5ab-4ff4-bb48-f6288a1c1d26',20261,2,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,98);
INSERT INTO alat_longitudinal VALUES('b96f81cf-f92e-4378-b738-d3dc49779df8','b9f8e8db-d97b-44ce-93ca-f84c905129f1',20261,2,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,99);
CREATE TABLE anggota_rombel (
	anggota_rombel_id VARCHAR(36) NOT NULL, 
	rombongan_belajar_id VARCHAR(36) NOT NULL, 
	peserta_didik_id VARCHAR(36) NOT NULL, 
	jenis_pendaftaran_id INTEGER, 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_anggota_rombel PRIMARY KEY (anggota_rombel_id), 
	CONSTRAINT uq_anggota_rombel_rombongan_belajar_id UNIQUE (rombongan_belajar_id, peserta_didik_id), 
	CONSTRAINT fk_anggota_rombel_rombongan_belajar_id_rombongan_belajar FOREIGN KEY(rombongan_belajar_id) REFERENCES rombongan_belajar (rombongan_belajar_id), 
	CONSTRAINT fk_anggota_rombel_peserta_didik_id_peserta_didik FOREIGN KEY(peserta_didik_id) REFERENCES peserta_didik (peserta_didik_id), 
	CONSTRAINT fk_anggota_rombel_jenis_pendaftaran_id_ref_jenis_pendaftaran FOREIGN KEY(jenis_pendaftaran_id) REFERENCES ref_jenis_pendaftaran (jenis_pendaftaran_id)
);
INSERT INTO anggota_rombel VALUES('960f7e6a-b2dc-406f-b034-ce275059596d','1cb6feb7-53c6-4c7d-9567-3c40d72a850c','c498f68b-1801-48cb-b114-88eaa95b06c2',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,216);
INSERT INTO anggota_rombel VALUES('cd38cd48-8568-404d-ba90-5491580fa374','1cb6feb7-53c6-4c7d-9567-3c40d72a850c','7b1092f3-771f-4886-b926-5ab4549bd540',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,217);
INSERT INTO anggota_rombel VALUES('e6f0ff01-1bd9-43f8-ab27-fd634dd208ca','1cb6feb7-53c6-4c7d-9567-3c40d72a850c','54e2ff10-4b17-452e-ba6c-4b9793c9d62d',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,218);
INSERT INTO anggota_rombel VALUES('b1cf2e40-c7fb-4db9-bbae-c1f5e6f1d8cb','1cb6feb7-53c6-4c7d-9567-3c40d72a850c','c2ff78fe-46e6-4fd1-aec3-a99ccc49339b',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,219);
INSERT INTO anggota_rombel VALUES('30e60aa1-f1df-4466-8232-e475db6b0074','4e4ba07b-9bf1-4d78-a488-eeff50203f7d','0158f6c1-3fcb-45e9-b99a-c06869238243',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,220);
INSERT INTO anggota_rombel VALUES('6f38ec70-9778-476b-858f-2cec6ca9fa64','4e4ba07b-9bf1-4d78-a488-eeff50203f7d','393bba3d-c71b-46d2-8f5b-1989407c4c17',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,221);
INSERT INTO anggota_rombel VALUES('6e460979-24f6-474a-8a4f-04baf5f71140','4e4ba07b-9bf1-4d78-a488-eeff50203f7d','0ffe8d6a-77c9-4d30-962d-73575eda38bc',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,222);
INSERT INTO anggota_rombel VALUES('f1040a6c-39c8-4ba3-bb2d-5465ef73a027','4e4ba07b-9bf1-4d78-a488-eeff50203f7d','178c95dd-be30-4de6-ab28-dfc7f8c2b77d',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,223);
INSERT INTO anggota_rombel VALUES('1c90c5ee-9944-4058-a088-163af23e64a9','3b3dbfb2-19ad-4f9c-b4fa-9555aa506cf3','d6f68664-689f-48fa-9a9f-1fbd836c959b',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,224);
INSERT INTO anggota_rombel VALUES('580b1c14-5f3b-43b8-b15a-75cd1c2b8a05','3b3dbfb2-19ad-4f9c-b4fa-9555aa506cf3','1b947e42-9a58-47ac-bc03-8933808b03f0',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,225);
INSERT INTO anggota_rombel VALUES('3d49451c-12c4-42f7-8890-f9b7c08c5f5a','3b3dbfb2-19ad-4f9c-b4fa-9555aa506cf3','c7b1191e-8365-4d97-ab73-7dc42ccd4b7c',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,226);
INSERT INTO anggota_rombel VALUES('39a29c99-601f-49a2-91c1-78cdf282775d','3b3dbfb2-19ad-4f9c-b4fa-9555aa506cf3','04060607-e907-44a4-a92c-fd776aff8aa8',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,227);
INSERT INTO anggota_rombel VALUES('071ab9b3-48ba-4b7a-b31c-7614aa7a7cc5','d6c8bcaa-78f4-44fa-b8c9-7c5ad6c3d0ad','13d3083c-1dd6-44d9-b22f-a95591fdf365',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,228);
INSERT INTO anggota_rombel VALUES('7e0c0f67-a57b-4e0c-9625-cb9fa622c7a8','d6c8bcaa-78f4-44fa-b8c9-7c5ad6c3d0ad','e3cd00e2-b383-4617-81d5-602a11a7133a',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,229);
INSERT INTO anggota_rombel VALUES('4d680e62-9061-4d07-827f-794370a6ac63','d6c8bcaa-78f4-44fa-b8c9-7c5ad6c3d0ad','e42dc325-b836-4fe1-a384-f79ac789875e',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,230);
INSERT INTO anggota_rombel VALUES('887c3017-83a6-4972-9f6f-7021ec2b10eb','d6c8bcaa-78f4-44fa-b8c9-7c5ad6c3d0ad','180068f1-e5d4-4994-8d9b-e430fabab41d',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,231);
INSERT INTO anggota_rombel VALUES('4d8c5ece-15df-4dd1-8d27-f7c0594b46ab','391b5984-8885-4d67-a2ae-2894f97be81e','56efb920-7cc1-43c2-8c16-5e14e81eb053',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,232);
INSERT INTO anggota_rombel VALUES('233d9f32-e2db-49a9-ab56-9adac53a4e4c','391b5984-8885-4d67-a2ae-2894f97be81e','29b10ddb-376b-4631-a88b-3c601a5215f5',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,233);
INSERT INTO anggota_rombel VALUES('28bd0a1b-b085-4162-9498-4747b16b5d3b','391b5984-8885-4d67-a2ae-2894f97be81e','66c6b159-5aa1-4e1d-b691-e9f9cd00db39',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,234);
INSERT INTO anggota_rombel VALUES('ebc98ab4-d892-4d91-bc95-72b1da44bd72','391b5984-8885-4d67-a2ae-2894f97be81e','976f501c-28b8-4723-b815-f245fe594f1e',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,235);
INSERT INTO anggota_rombel VALUES('ab26bcf9-14c7-46f8-9b1b-ff00085f693a','a9ace094-4fda-47b0-ac1b-5c8e1eed45f1','61d316f2-6453-4f5e-9baa-3c26253dfd27',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,236);
INSERT INTO anggota_rombel VALUES('3ecd93d5-db37-49f3-b37d-41ad31ba7556','a9ace094-4fda-47b0-ac1b-5c8e1eed45f1','2eb4f9ad-8368-4707-b32b-d316d73a928e',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,237);
INSERT INTO anggota_rombel VALUES('8b530bf2-5372-44a2-b4a7-84b803f5ea00','a9ace094-4fda-47b0-ac1b-5c8e1eed45f1','906c9123-f836-443e-be99-da0ae1846412',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,238);
INSERT INTO anggota_rombel VALUES('792f4d68-ca5e-442f-8419-9f6c73e4ab59','a9ace094-4fda-47b0-ac1b-5c8e1eed45f1','0cc20713-d1d8-4c44-a8a3-5877021df612',1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,239);
CREATE TABLE pembelajaran (
	pembelajaran_id VARCHAR(36) NOT NULL, 
	rombongan_belajar_id VARCHAR(36) NOT NULL, 
	semester_id INTEGER NOT NULL, 
	mata_pelajaran_id INTEGER NOT NULL, 
	ptk_terdaftar_id VARCHAR(36) NOT NULL, 
	nama_mata_pelajaran VARCHAR(80) NOT NULL, 
	sk_mengajar VARCHAR(80), 
	tanggal_sk_mengajar DATE, 
	jam_mengajar_per_minggu SMALLINT NOT NULL, 
	status_di_kurikulum INTEGER NOT NULL, 
	induk_pembelajaran_id VARCHAR(36), 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_pembelajaran PRIMARY KEY (pembelajaran_id), 
	CONSTRAINT fk_pembelajaran_rombongan_belajar_id_rombongan_belajar FOREIGN KEY(rombongan_belajar_id) REFERENCES rombongan_belajar (rombongan_belajar_id), 
	CONSTRAINT fk_pembelajaran_semester_id_ref_semester FOREIGN KEY(semester_id) REFERENCES ref_semester (semester_id), 
	CONSTRAINT fk_pembelajaran_mata_pelajaran_id_ref_mata_pelajaran FOREIGN KEY(mata_pelajaran_id) REFERENCES ref_mata_pelajaran (mata_pelajaran_id), 
	CONSTRAINT fk_pembelajaran_ptk_terdaftar_id_ptk_terdaftar FOREIGN KEY(ptk_terdaftar_id) REFERENCES ptk_terdaftar (ptk_terdaftar_id), 
	CONSTRAINT fk_pembelajaran_induk_pembelajaran_id_pembelajaran FOREIGN KEY(induk_pembelajaran_id) REFERENCES pembelajaran (pembelajaran_id)
);
INSERT INTO pembelajaran VALUES('cd472e42-0787-4027-82c4-c30e52254960','1cb6feb7-53c6-4c7d-9567-3c40d72a850c',20261,1002,'8db438df-e14a-457b-9c32-5537256502f9','Pendidikan Pancasila','421.3/471/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,240);
INSERT INTO pembelajaran VALUES('90d1d88c-4787-4924-ae04-c75c487432b3','1cb6feb7-53c6-4c7d-9567-3c40d72a850c',20261,1003,'8db438df-e14a-457b-9c32-5537256502f9','Bahasa Indonesia','421.3/626/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,241);
INSERT INTO pembelajaran VALUES('aab6b94a-44fe-45db-b9b4-f9358f74168a','1cb6feb7-53c6-4c7d-9567-3c40d72a850c',20261,1004,'8db438df-e14a-457b-9c32-5537256502f9','Matematika','421.3/874/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,242);
INSERT INTO pembelajaran VALUES('469a6002-b554-498a-a31b-512f4b1f1e89','1cb6feb7-53c6-4c7d-9567-3c40d72a850c',20261,1005,'8db438df-e14a-457b-9c32-5537256502f9','Ilmu Pengetahuan Alam dan Sosial (IPAS)','421.3/245/SK-MGJ/2026','2026-07-10',5,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,243);
INSERT INTO pembelajaran VALUES('3f61c000-139e-4105-9de1-4b17d7723145','1cb6feb7-53c6-4c7d-9567-3c40d72a850c',20261,1006,'8db438df-e14a-457b-9c32-5537256502f9','Seni Budaya','421.3/973/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,244);
INSERT INTO pembelajaran VALUES('ff0e5e03-9f65-46dd-8a31-20608b3841db','1cb6feb7-53c6-4c7d-9567-3c40d72a850c',20261,1008,'8db438df-e14a-457b-9c32-5537256502f9','Bahasa Inggris','421.3/457/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,245);
INSERT INTO pembelajaran VALUES('7c3cd0c4-96d0-4d1f-a3f7-8dfab4c018b7','4e4ba07b-9bf1-4d78-a488-eeff50203f7d',20261,1002,'4f38c500-4daa-49f2-be59-07f08cd3257c','Pendidikan Pancasila','421.3/113/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,246);
INSERT INTO pembelajaran VALUES('ed01f46e-55f0-4def-a297-e3947d0b6df6','4e4ba07b-9bf1-4d78-a488-eeff50203f7d',20261,1003,'4f38c500-4daa-49f2-be59-07f08cd3257c','Bahasa Indonesia','421.3/339/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,247);
INSERT INTO pembelajaran VALUES('4d8ac954-ceee-44a7-a713-2731021ab3d0','4e4ba07b-9bf1-4d78-a488-eeff50203f7d',20261,1004,'4f38c500-4daa-49f2-be59-07f08cd3257c','Matematika','421.3/278/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,248);
INSERT INTO pembelajaran VALUES('b340c944-5d9d-4c0d-b445-f69600161ffe','4e4ba07b-9bf1-4d78-a488-eeff50203f7d',20261,1005,'4f38c500-4daa-49f2-be59-07f08cd3257c','Ilmu Pengetahuan Alam dan Sosial (IPAS)','421.3/526/SK-MGJ/2026','2026-07-10',5,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,249);
INSERT INTO pembelajaran VALUES('bee91957-9a0b-4615-a1e0-efba3d1167cb','4e4ba07b-9bf1-4d78-a488-eeff50203f7d',20261,1006,'4f38c500-4daa-49f2-be59-07f08cd3257c','Seni Budaya','421.3/293/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,250);
INSERT INTO pembelajaran VALUES('28dbd801-0980-4735-86f0-9b8653012cc6','4e4ba07b-9bf1-4d78-a488-eeff50203f7d',20261,1008,'4f38c500-4daa-49f2-be59-07f08cd3257c','Bahasa Inggris','421.3/703/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,251);
INSERT INTO pembelajaran VALUES('526e30de-31a6-469d-a5b0-a2dbeead53fd','3b3dbfb2-19ad-4f9c-b4fa-9555aa506cf3',20261,1002,'823f78bf-1fc9-4f75-9b0d-737ae39d31e5','Pendidikan Pancasila','421.3/266/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,252);
INSERT INTO pembelajaran VALUES('e8e13cf8-ba7f-4435-9117-f59bdce40d00','3b3dbfb2-19ad-4f9c-b4fa-9555aa506cf3',20261,1003,'823f78bf-1fc9-4f75-9b0d-737ae39d31e5','Bahasa Indonesia','421.3/707/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,253);
INSERT INTO pembelajaran VALUES('723e8cf7-cded-402f-9e15-befd846ffa84','3b3dbfb2-19ad-4f9c-b4fa-9555aa506cf3',20261,1004,'823f78bf-1fc9-4f75-9b0d-737ae39d31e5','Matematika','421.3/125/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,254);
INSERT INTO pembelajaran VALUES('f9f45844-856c-4b53-86f3-49503291049e','3b3dbfb2-19ad-4f9c-b4fa-9555aa506cf3',20261,1005,'823f78bf-1fc9-4f75-9b0d-737ae39d31e5','Ilmu Pengetahuan Alam dan Sosial (IPAS)','421.3/154/SK-MGJ/2026','2026-07-10',5,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,255);
INSERT INTO pembelajaran VALUES('c820ac69-16e0-4501-b7c8-e94868636728','3b3dbfb2-19ad-4f9c-b4fa-9555aa506cf3',20261,1006,'823f78bf-1fc9-4f75-9b0d-737ae39d31e5','Seni Budaya','421.3/198/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,256);
INSERT INTO pembelajaran VALUES('14c5133f-dea1-43bc-be2c-73f08a8ac15a','3b3dbfb2-19ad-4f9c-b4fa-9555aa506cf3',20261,1008,'823f78bf-1fc9-4f75-9b0d-737ae39d31e5','Bahasa Inggris','421.3/489/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,257);
INSERT INTO pembelajaran VALUES('b6511416-49ec-4aa8-be41-f61d89c2f3f4','d6c8bcaa-78f4-44fa-b8c9-7c5ad6c3d0ad',20261,1002,'f85d427d-a281-4221-a67c-cade52b2dbb9','Pendidikan Pancasila','421.3/591/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,258);
INSERT INTO pembelajaran VALUES('5a51e7d7-de78-42b4-b224-42530af66822','d6c8bcaa-78f4-44fa-b8c9-7c5ad6c3d0ad',20261,1003,'f85d427d-a281-4221-a67c-cade52b2dbb9','Bahasa Indonesia','421.3/194/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,259);
INSERT INTO pembelajaran VALUES('3b67a918-8c67-4e6d-b1c0-c2f57bd97d3e','d6c8bcaa-78f4-44fa-b8c9-7c5ad6c3d0ad',20261,1004,'f85d427d-a281-4221-a67c-cade52b2dbb9','Matematika','421.3/511/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,260);
INSERT INTO pembelajaran VALUES('747a7162-9b29-4e7e-9560-71d793ef3bc5','d6c8bcaa-78f4-44fa-b8c9-7c5ad6c3d0ad',20261,1005,'f85d427d-a281-4221-a67c-cade52b2dbb9','Ilmu Pengetahuan Alam dan Sosial (IPAS)','421.3/165/SK-MGJ/2026','2026-07-10',5,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,261);
INSERT INTO pembelajaran VALUES('d0e05715-ddd5-4255-b352-805c5d9f3aac','d6c8bcaa-78f4-44fa-b8c9-7c5ad6c3d0ad',20261,1006,'f85d427d-a281-4221-a67c-cade52b2dbb9','Seni Budaya','421.3/616/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,262);
INSERT INTO pembelajaran VALUES('c8481b48-afb8-42cb-817e-c77624c420ea','d6c8bcaa-78f4-44fa-b8c9-7c5ad6c3d0ad',20261,1008,'f85d427d-a281-4221-a67c-cade52b2dbb9','Bahasa Inggris','421.3/678/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,263);
INSERT INTO pembelajaran VALUES('742a70ff-3c80-4af4-9145-66dcf6394ab9','391b5984-8885-4d67-a2ae-2894f97be81e',20261,1002,'a83c045a-6408-4771-b4da-8e71516e5859','Pendidikan Pancasila','421.3/928/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,264);
INSERT INTO pembelajaran VALUES('002da2d6-f777-4225-b707-fabc212bb9cc','391b5984-8885-4d67-a2ae-2894f97be81e',20261,1003,'a83c045a-6408-4771-b4da-8e71516e5859','Bahasa Indonesia','421.3/110/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,265);
INSERT INTO pembelajaran VALUES('cab6d5a1-523a-40a8-b8df-878ff3ba0434','391b5984-8885-4d67-a2ae-2894f97be81e',20261,1004,'a83c045a-6408-4771-b4da-8e71516e5859','Matematika','421.3/663/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,266);
INSERT INTO pembelajaran VALUES('9507420b-2d5e-447c-8074-ba80ac43f054','391b5984-8885-4d67-a2ae-2894f97be81e',20261,1005,'a83c045a-6408-4771-b4da-8e71516e5859','Ilmu Pengetahuan Alam dan Sosial (IPAS)','421.3/599/SK-MGJ/2026','2026-07-10',5,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,267);
INSERT INTO pembelajaran VALUES('d616da62-4b44-4372-b003-18a32d028462','391b5984-8885-4d67-a2ae-2894f97be81e',20261,1006,'a83c045a-6408-4771-b4da-8e71516e5859','Seni Budaya','421.3/340/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,268);
INSERT INTO pembelajaran VALUES('60485866-467d-41b3-8140-c0f93bb30614','391b5984-8885-4d67-a2ae-2894f97be81e',20261,1008,'a83c045a-6408-4771-b4da-8e71516e5859','Bahasa Inggris','421.3/371/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,269);
INSERT INTO pembelajaran VALUES('554c39f0-064a-4f09-b3ec-04dd8706f51c','a9ace094-4fda-47b0-ac1b-5c8e1eed45f1',20261,1002,'818d7670-794b-415c-b156-14b0a0eb2cd9','Pendidikan Pancasila','421.3/434/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,270);
INSERT INTO pembelajaran VALUES('0169274f-b53b-4c8b-b414-fac3242d22eb','a9ace094-4fda-47b0-ac1b-5c8e1eed45f1',20261,1003,'818d7670-794b-415c-b156-14b0a0eb2cd9','Bahasa Indonesia','421.3/193/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,271);
INSERT INTO pembelajaran VALUES('d621065f-efb1-4ce5-942c-b408147851b6','a9ace094-4fda-47b0-ac1b-5c8e1eed45f1',20261,1004,'818d7670-794b-415c-b156-14b0a0eb2cd9','Matematika','421.3/363/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,272);
INSERT INTO pembelajaran VALUES('2b678a2c-3fe3-4e7d-9805-2552e5b46aa7','a9ace094-4fda-47b0-ac1b-5c8e1eed45f1',20261,1005,'818d7670-794b-415c-b156-14b0a0eb2cd9','Ilmu Pengetahuan Alam dan Sosial (IPAS)','421.3/339/SK-MGJ/2026','2026-07-10',5,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,273);
INSERT INTO pembelajaran VALUES('60851e23-3664-42ae-b802-7ea0b72f629d','a9ace094-4fda-47b0-ac1b-5c8e1eed45f1',20261,1006,'818d7670-794b-415c-b156-14b0a0eb2cd9','Seni Budaya','421.3/233/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,274);
INSERT INTO pembelajaran VALUES('eaeeeda4-dd52-4957-a6fd-08bdddc5d554','a9ace094-4fda-47b0-ac1b-5c8e1eed45f1',20261,1008,'818d7670-794b-415c-b156-14b0a0eb2cd9','Bahasa Inggris','421.3/677/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,275);
INSERT INTO pembelajaran VALUES('369d27e1-52ef-4135-9349-3905e54e678f','1cb6feb7-53c6-4c7d-9567-3c40d72a850c',20261,1001,'1ded03fe-22ed-481b-975a-f8c3a77c191c','Pendidikan Agama dan Budi Pekerti','421.3/149/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,276);
INSERT INTO pembelajaran VALUES('de1d1946-72b7-4e4e-be42-57d0279d1ab6','4e4ba07b-9bf1-4d78-a488-eeff50203f7d',20261,1001,'1ded03fe-22ed-481b-975a-f8c3a77c191c','Pendidikan Agama dan Budi Pekerti','421.3/480/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,277);
INSERT INTO pembelajaran VALUES('c4e8f5a4-4dd6-4d00-80c6-cb55d78e1aeb','3b3dbfb2-19ad-4f9c-b4fa-9555aa506cf3',20261,1001,'1ded03fe-22ed-481b-975a-f8c3a77c191c','Pendidikan Agama dan Budi Pekerti','421.3/413/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,278);
INSERT INTO pembelajaran VALUES('79e0b63d-edde-42a4-8c1c-a7e3d6ca4367','d6c8bcaa-78f4-44fa-b8c9-7c5ad6c3d0ad',20261,1001,'1ded03fe-22ed-481b-975a-f8c3a77c191c','Pendidikan Agama dan Budi Pekerti','421.3/486/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,279);
INSERT INTO pembelajaran VALUES('0f4741f1-5b67-4414-867b-abe4d6dcf9ed','391b5984-8885-4d67-a2ae-2894f97be81e',20261,1001,'1ded03fe-22ed-481b-975a-f8c3a77c191c','Pendidikan Agama dan Budi Pekerti','421.3/132/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,280);
INSERT INTO pembelajaran VALUES('d7c3ad3d-b011-45f3-a670-120026bf13ce','a9ace094-4fda-47b0-ac1b-5c8e1eed45f1',20261,1001,'1ded03fe-22ed-481b-975a-f8c3a77c191c','Pendidikan Agama dan Budi Pekerti','421.3/287/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,281);
INSERT INTO pembelajaran VALUES('a6fd324d-2c0c-413a-971d-11cd7d98f713','1cb6feb7-53c6-4c7d-9567-3c40d72a850c',20261,1007,'6ce8f9a0-e60b-4839-af57-66409a75f921','Pendidikan Jasmani, Olahraga, dan Kesehatan','421.3/387/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,282);
INSERT INTO pembelajaran VALUES('ea24ba07-d514-4aff-b8fa-37b34912ac2c','1cb6feb7-53c6-4c7d-9567-3c40d72a850c',20261,1009,'6ce8f9a0-e60b-4839-af57-66409a75f921','Muatan Lokal Bahasa Daerah','421.3/145/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,283);
INSERT INTO pembelajaran VALUES('e1449dee-5b6b-4eb8-8216-9b46f11d60d5','4e4ba07b-9bf1-4d78-a488-eeff50203f7d',20261,1007,'6ce8f9a0-e60b-4839-af57-66409a75f921','Pendidikan Jasmani, Olahraga, dan Kesehatan','421.3/317/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,284);
INSERT INTO pembelajaran VALUES('ad63ad0a-d4ba-4b28-bcca-ca946098bc4f','4e4ba07b-9bf1-4d78-a488-eeff50203f7d',20261,1009,'6ce8f9a0-e60b-4839-af57-66409a75f921','Muatan Lokal Bahasa Daerah','421.3/410/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,285);
INSERT INTO pembelajaran VALUES('5f868da8-8d3d-4080-b610-44334ed61e76','3b3dbfb2-19ad-4f9c-b4fa-9555aa506cf3',20261,1007,'6ce8f9a0-e60b-4839-af57-66409a75f921','Pendidikan Jasmani, Olahraga, dan Kesehatan','421.3/649/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,286);
INSERT INTO pembelajaran VALUES('46a12a32-e914-4d20-acc1-7f47e161a711','3b3dbfb2-19ad-4f9c-b4fa-9555aa506cf3',20261,1009,'6ce8f9a0-e60b-4839-af57-66409a75f921','Muatan Lokal Bahasa Daerah','421.3/323/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,287);
INSERT INTO pembelajaran VALUES('ec604d48-646b-44a7-a3cd-265a5385aba0','d6c8bcaa-78f4-44fa-b8c9-7c5ad6c3d0ad',20261,1007,'6ce8f9a0-e60b-4839-af57-66409a75f921','Pendidikan Jasmani, Olahraga, dan Kesehatan','421.3/276/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,288);
INSERT INTO pembelajaran VALUES('a48a930b-a334-4486-9f61-d3ab7a13f9ed','d6c8bcaa-78f4-44fa-b8c9-7c5ad6c3d0ad',20261,1009,'6ce8f9a0-e60b-4839-af57-66409a75f921','Muatan Lokal Bahasa Daerah','421.3/235/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,289);
INSERT INTO pembelajaran VALUES('1d37a8fe-8211-4aeb-aaf6-76a38c1b2d43','391b5984-8885-4d67-a2ae-2894f97be81e',20261,1007,'6ce8f9a0-e60b-4839-af57-66409a75f921','Pendidikan Jasmani, Olahraga, dan Kesehatan','421.3/467/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,290);
INSERT INTO pembelajaran VALUES('7b99ff45-8749-42e9-b75a-fe361b7d0a75','391b5984-8885-4d67-a2ae-2894f97be81e',20261,1009,'6ce8f9a0-e60b-4839-af57-66409a75f921','Muatan Lokal Bahasa Daerah','421.3/305/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,291);
INSERT INTO pembelajaran VALUES('8c568ab9-6c75-4a5d-9f9c-a00b7ddfd1aa','a9ace094-4fda-47b0-ac1b-5c8e1eed45f1',20261,1007,'6ce8f9a0-e60b-4839-af57-66409a75f921','Pendidikan Jasmani, Olahraga, dan Kesehatan','421.3/538/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,292);
INSERT INTO pembelajaran VALUES('e72f26d8-f6eb-4687-9ec2-38608e24c9b5','a9ace094-4fda-47b0-ac1b-5c8e1eed45f1',20261,1009,'6ce8f9a0-e60b-4839-af57-66409a75f921','Muatan Lokal Bahasa Daerah','421.3/896/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,293);
CREATE TABLE jadwal (
	jadwal_id VARCHAR(36) NOT NULL, 
	sekolah_id VARCHAR(36) NOT NULL, 
	semester_id INTEGER NOT NULL, 
	id_ruang VARCHAR(36), 
	pembelajaran_id VARCHAR(36) NOT NULL, 
	hari SMALLINT NOT NULL, 
	bel_ke SMALLINT NOT NULL, 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_jadwal PRIMARY KEY (jadwal_id), 
	CONSTRAINT fk_jadwal_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id), 
	CONSTRAINT fk_jadwal_semester_id_ref_semester FOREIGN KEY(semester_id) REFERENCES ref_semester (semester_id), 
	CONSTRAINT fk_jadwal_id_ruang_ruang FOREIGN KEY(id_ruang) REFERENCES ruang (id_ruang), 
	CONSTRAINT fk_jadwal_pembelajaran_id_pembelajaran FOREIGN KEY(pembelajaran_id) REFERENCES pembelajaran (pembelajaran_id)
);
INSERT INTO jadwal VALUES('1e19d036-e145-473a-bb41-df8e63ebf12f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','cd472e42-0787-4027-82c4-c30e52254960',5,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,294);
INSERT INTO jadwal VALUES('f55af797-48d6-47de-9745-2c5265f27d7e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','cd472e42-0787-4027-82c4-c30e52254960',6,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,295);
INSERT INTO jadwal VALUES('b76e9fdf-7003-4fb3-86ad-2573fccbff74','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','cd472e42-0787-4027-82c4-c30e52254960',2,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,296);
INSERT INTO jadwal VALUES('4fc4eb75-1fc2-4c3b-958b-c7d7d2085261','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','90d1d88c-4787-4924-ae04-c75c487432b3',2,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,297);
INSERT INTO jadwal VALUES('4b1ea9f9-b6d8-44e4-aca3-903e23bf591b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','90d1d88c-4787-4924-ae04-c75c487432b3',1,6,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,298);
INSERT INTO jadwal VALUES('74a83d4f-975e-4c9e-a545-0363b7802aa0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','90d1d88c-4787-4924-ae04-c75c487432b3',1,7,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,299);
INSERT INTO jadwal VALUES('c1ff359e-2c91-4f4e-9301-25afdf34d10c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','90d1d88c-4787-4924-ae04-c75c487432b3',4,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,300);
INSERT INTO jadwal VALUES('8bd96c6b-3c44-418c-bd5f-3ecfaeea3fe2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','90d1d88c-4787-4924-ae04-c75c487432b3',1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,301);
INSERT INTO jadwal VALUES('ed7909b9-de60-42ec-9897-455d58d07606','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','90d1d88c-4787-4924-ae04-c75c487432b3',3,6,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,302);
INSERT INTO jadwal VALUES('2595349d-d899-46af-b0d8-870351373f3f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','aab6b94a-44fe-45db-b9b4-f9358f74168a',1,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,303);
INSERT INTO jadwal VALUES('c62b0eb3-998a-463a-b31e-2bab6916f138','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','aab6b94a-44fe-45db-b9b4-f9358f74168a',3,7,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,304);
INSERT INTO jadwal VALUES('ef564a95-a63a-4af8-9753-e19648b5b53b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','aab6b94a-44fe-45db-b9b4-f9358f74168a',1,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,305);
INSERT INTO jadwal VALUES('d4a53b45-2084-4ab7-b166-5909899742cb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','aab6b94a-44fe-45db-b9b4-f9358f74168a',2,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,306);
INSERT INTO jadwal VALUES('3b7780f6-43eb-420e-943f-c2c7ae899cfd','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','aab6b94a-44fe-45db-b9b4-f9358f74168a',4,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,307);
INSERT INTO jadwal VALUES('a1354fbe-b6ca-4874-bc3f-4aa36b9ef9da','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','aab6b94a-44fe-45db-b9b4-f9358f74168a',2,7,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,308);
INSERT INTO jadwal VALUES('1de70b4f-ed72-48b5-ba41-78debaad3cdc','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','469a6002-b554-498a-a31b-512f4b1f1e89',5,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,309);
INSERT INTO jadwal VALUES('4e90fe7e-bb9f-4ad4-834b-b6571b29fc2d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','469a6002-b554-498a-a31b-512f4b1f1e89',3,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,310);
INSERT INTO jadwal VALUES('26f8d5fc-cbc6-48e6-9185-21655efbe56b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','469a6002-b554-498a-a31b-512f4b1f1e89',4,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,311);
INSERT INTO jadwal VALUES('c3011166-8705-4b99-b2be-a3df4d2aa364','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','469a6002-b554-498a-a31b-512f4b1f1e89',5,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,312);
INSERT INTO jadwal VALUES('b861192a-aaca-4dde-acfc-bb134831f7be','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','469a6002-b554-498a-a31b-512f4b1f1e89',5,6,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,313);
INSERT INTO jadwal VALUES('da5f4e53-3426-4e8e-a315-5630e0d2fb62','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','3f61c000-139e-4105-9de1-4b17d7723145',5,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,314);
INSERT INTO jadwal VALUES('770cddd5-6db5-44ce-bbc4-2203a85ac971','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','3f61c000-139e-4105-9de1-4b17d7723145',6,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,315);
INSERT INTO jadwal VALUES('0998b91c-d50f-4bff-b80d-3650b47f7aec','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','ff0e5e03-9f65-46dd-8a31-20608b3841db',3,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,316);
INSERT INTO jadwal VALUES('5e45f323-e237-479f-9240-97ec92f7f3c5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','ff0e5e03-9f65-46dd-8a31-20608b3841db',6,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,317);
INSERT INTO jadwal VALUES('4e4b3bfe-6a0b-4f15-893d-9c38159be6f1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','369d27e1-52ef-4135-9349-3905e54e678f',1,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,318);
INSERT INTO jadwal VALUES('7e881bbf-f470-4cb0-8979-9b50ef10663f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','369d27e1-52ef-4135-9349-3905e54e678f',6,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,319);
INSERT INTO jadwal VALUES('079a08e9-1ffc-4aef-b40b-2a9363182486','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','369d27e1-52ef-4135-9349-3905e54e678f',2,6,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,320);
INSERT INTO jadwal VALUES('16e33cef-fceb-465e-8aea-f871381a7c34','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','a6fd324d-2c0c-413a-971d-11cd7d98f713',4,7,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,321);
INSERT INTO jadwal VALUES('8e754a59-2ee4-4bb9-b6bf-c96244d23592','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','a6fd324d-2c0c-413a-971d-11cd7d98f713',4,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,322);
INSERT INTO jadwal VALUES('4e20cd25-be10-4ddb-8d90-023ed033102f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','a6fd324d-2c0c-413a-971d-11cd7d98f713',2,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,323);
INSERT INTO jadwal VALUES('bc1875b3-0551-4551-ad4d-75db459505c7','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','ea24ba07-d514-4aff-b8fa-37b34912ac2c',5,7,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,324);
INSERT INTO jadwal VALUES('a5b4da9c-0afe-4f1b-837a-8040ae835002','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'47b03cb2-a25b-4b63-88ee-e5928b9a9218','ea24ba07-d514-4aff-b8fa-37b34912ac2c',4,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,325);
INSERT INTO jadwal VALUES('3c15c984-68e5-4f21-a858-3faa5d5cdca4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','7c3cd0c4-96d0-4d1f-a3f7-8dfab4c018b7',3,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,326);
INSERT INTO jadwal VALUES('05a794f3-6716-46dd-9f67-fa603f3b24b8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','7c3cd0c4-96d0-4d1f-a3f7-8dfab4c018b7',6,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,327);
INSERT INTO jadwal VALUES('d4c7f723-3805-46cc-84c6-c3aba8794ceb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','7c3cd0c4-96d0-4d1f-a3f7-8dfab4c018b7',6,6,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,328);
INSERT INTO jadwal VALUES('22720b66-a819-4b12-9a6a-c8dc26812774','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','ed01f46e-55f0-4def-a297-e3947d0b6df6',4,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,329);
INSERT INTO jadwal VALUES('89c648e4-c0b8-452c-b43b-e3f45c2fdad5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','ed01f46e-55f0-4def-a297-e3947d0b6df6',3,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,330);
INSERT INTO jadwal VALUES('3dae46b2-e931-4e66-9710-5d2d9f1e35df','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','ed01f46e-55f0-4def-a297-e3947d0b6df6',5,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,331);
INSERT INTO jadwal VALUES('9b2e9737-6385-4701-93a3-6210e9be5a8d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','ed01f46e-55f0-4def-a297-e3947d0b6df6',6,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,332);
INSERT INTO jadwal VALUES('622f2cdb-da20-4746-a188-e3a6c1d271e1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','ed01f46e-55f0-4def-a297-e3947d0b6df6',5,6,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,333);
INSERT INTO jadwal VALUES('7fac0961-c0da-4784-ae95-001ca0dc1b41','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','ed01f46e-55f0-4def-a297-e3947d0b6df6',6,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,334);
INSERT INTO jadwal VALUES('aa3dee21-222e-4bff-889e-492e85b6cbb1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','4d8ac954-ceee-44a7-a713-2731021ab3d0',4,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,335);
INSERT INTO jadwal VALUES('68601cf6-0b23-4982-9bfc-3e937f83b8b7','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','4d8ac954-ceee-44a7-a713-2731021ab3d0',4,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,336);
INSERT INTO jadwal VALUES('52e47768-8ecb-47d1-90a4-a8004437087c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','4d8ac954-ceee-44a7-a713-2731021ab3d0',1,7,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,337);
INSERT INTO jadwal VALUES('7c3f0150-8d4a-42b6-9988-4c9e3b78011b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','4d8ac954-ceee-44a7-a713-2731021ab3d0',6,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,338);
INSERT INTO jadwal VALUES('9d073b8c-e44b-421b-80ec-b51d4d8906e9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','4d8ac954-ceee-44a7-a713-2731021ab3d0',2,7,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,339);
INSERT INTO jadwal VALUES('5f113a89-e448-4f91-bac6-80305ce5709f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','4d8ac954-ceee-44a7-a713-2731021ab3d0',4,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,340);
INSERT INTO jadwal VALUES('dee1ba0d-bf21-43f9-a568-19b1bc25c246','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','b340c944-5d9d-4c0d-b445-f69600161ffe',1,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,341);
INSERT INTO jadwal VALUES('62e62e20-5d2f-46d1-8b47-d09fbf97b83d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','b340c944-5d9d-4c0d-b445-f69600161ffe',6,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,342);
INSERT INTO jadwal VALUES('0d233d66-5afc-403d-b18f-9a2490655886','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','b340c944-5d9d-4c0d-b445-f69600161ffe',3,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,343);
INSERT INTO jadwal VALUES('a2b75982-aae0-4938-ba09-c0e1180cec92','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','b340c944-5d9d-4c0d-b445-f69600161ffe',6,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,344);
INSERT INTO jadwal VALUES('62d078f5-492a-490d-bffa-e79eb655b379','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','b340c944-5d9d-4c0d-b445-f69600161ffe',5,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,345);
INSERT INTO jadwal VALUES('1b25f879-8e63-4209-aeb0-d08b5daf67fa','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','bee91957-9a0b-4615-a1e0-efba3d1167cb',6,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,346);
INSERT INTO jadwal VALUES('074298eb-8e18-4bef-82f7-4433402b5f6e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','bee91957-9a0b-4615-a1e0-efba3d1167cb',6,7,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,347);
INSERT INTO jadwal VALUES('2f52e7d1-08ef-490c-bebd-0c9ddc1b003b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','28dbd801-0980-4735-86f0-9b8653012cc6',2,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,348);
INSERT INTO jadwal VALUES('875b94f9-3e6b-4842-836a-9d03205cf14b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','28dbd801-0980-4735-86f0-9b8653012cc6',2,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,349);
INSERT INTO jadwal VALUES('097240a5-331e-4d65-99b5-4cc1c5f9304a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','de1d1946-72b7-4e4e-be42-57d0279d1ab6',3,6,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,350);
INSERT INTO jadwal VALUES('44263676-f034-45db-b679-41c2728635b8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','de1d1946-72b7-4e4e-be42-57d0279d1ab6',3,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,351);
INSERT INTO jadwal VALUES('f5f82ced-852d-447d-bff8-ec7a2deb9318','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','de1d1946-72b7-4e4e-be42-57d0279d1ab6',1,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,352);
INSERT INTO jadwal VALUES('27039898-7419-4cf9-91ff-8ba9c052f146','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','e1449dee-5b6b-4eb8-8216-9b46f11d60d5',5,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,353);
INSERT INTO jadwal VALUES('1620dcd9-5b5f-42eb-91d3-c95a3c61664b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','e1449dee-5b6b-4eb8-8216-9b46f11d60d5',5,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,354);
INSERT INTO jadwal VALUES('bed6ee44-b99c-413c-80dd-4152f7a2441f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','e1449dee-5b6b-4eb8-8216-9b46f11d60d5',3,7,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,355);
INSERT INTO jadwal VALUES('b0b83846-1af6-4020-b3da-d1fb98263390','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','ad63ad0a-d4ba-4b28-bcca-ca946098bc4f',3,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,356);
INSERT INTO jadwal VALUES('7de2343c-8b49-4694-aa58-dd78c478ebe9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'72a7d74e-5d22-463c-801b-6ff41c68df21','ad63ad0a-d4ba-4b28-bcca-ca946098bc4f',1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,357);
INSERT INTO jadwal VALUES('f38cd9cd-cd6f-42c7-b300-b341995c5940','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','526e30de-31a6-469d-a5b0-a2dbeead53fd',5,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,358);
INSERT INTO jadwal VALUES('1b5af267-fd80-4014-8b93-a3a142344419','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','526e30de-31a6-469d-a5b0-a2dbeead53fd',6,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,359);
INSERT INTO jadwal VALUES('fb972e3d-6029-40a2-81aa-de40b2719f99','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','526e30de-31a6-469d-a5b0-a2dbeead53fd',1,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,360);
INSERT INTO jadwal VALUES('79761d8a-2182-4eba-8f77-c72fb5e6a382','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','e8e13cf8-ba7f-4435-9117-f59bdce40d00',5,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,361);
INSERT INTO jadwal VALUES('c9ca7983-c614-4676-85a5-17c0e5d4c0ec','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','e8e13cf8-ba7f-4435-9117-f59bdce40d00',1,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,362);
INSERT INTO jadwal VALUES('15b06c77-dc0c-4a22-b0dd-d048ba1c5ed0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','e8e13cf8-ba7f-4435-9117-f59bdce40d00',1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,363);
INSERT INTO jadwal VALUES('880ee7f4-e9fa-4fbf-ab5e-50a040046ebb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','e8e13cf8-ba7f-4435-9117-f59bdce40d00',1,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,364);
INSERT INTO jadwal VALUES('a8cdf996-afd6-43cd-841d-c9f0e36f560a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','e8e13cf8-ba7f-4435-9117-f59bdce40d00',4,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,365);
INSERT INTO jadwal VALUES('f473e88e-9744-4c82-939d-cc9416ad702d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','e8e13cf8-ba7f-4435-9117-f59bdce40d00',5,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,366);
INSERT INTO jadwal VALUES('1778005a-3a4c-4249-b275-570f3433ee73','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','723e8cf7-cded-402f-9e15-befd846ffa84',3,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,367);
INSERT INTO jadwal VALUES('e1432f16-7737-40c1-91ee-1f308c6391a6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','723e8cf7-cded-402f-9e15-befd846ffa84',1,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,368);
INSERT INTO jadwal VALUES('1c428e91-0f72-48d0-9a66-c3561b54ac8a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','723e8cf7-cded-402f-9e15-befd846ffa84',2,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,369);
INSERT INTO jadwal VALUES('fed5508a-54dd-4b50-a7d1-9b88d742da57','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','723e8cf7-cded-402f-9e15-befd846ffa84',5,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,370);
INSERT INTO jadwal VALUES('0fd4a5b9-ab56-47e5-a95b-fb4ab59b81bb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','723e8cf7-cded-402f-9e15-befd846ffa84',5,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,371);
INSERT INTO jadwal VALUES('82b490a0-e42e-483a-89d2-a5ddd800897a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','723e8cf7-cded-402f-9e15-befd846ffa84',3,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,372);
INSERT INTO jadwal VALUES('29f86291-8cc0-4d48-81a2-fdde9601295d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','f9f45844-856c-4b53-86f3-49503291049e',3,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,373);
INSERT INTO jadwal VALUES('ffe1ffe5-e32a-4bfc-9456-34b1cdda8432','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','f9f45844-856c-4b53-86f3-49503291049e',4,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,374);
INSERT INTO jadwal VALUES('82e95ae1-54e9-4797-b48f-4e2de1e84fb6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','f9f45844-856c-4b53-86f3-49503291049e',1,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,375);
INSERT INTO jadwal VALUES('b7452af8-0c1d-4d8d-b392-dab479d2a501','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','f9f45844-856c-4b53-86f3-49503291049e',3,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,376);
INSERT INTO jadwal VALUES('08920bef-342e-4577-94f3-b25fff71932f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','f9f45844-856c-4b53-86f3-49503291049e',4,7,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,377);
INSERT INTO jadwal VALUES('0b6724bf-7b8f-4342-936a-e43a7cbba28f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','c820ac69-16e0-4501-b7c8-e94868636728',2,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,378);
INSERT INTO jadwal VALUES('bd78b842-50e4-4e8a-b604-45e4b6cbad81','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','c820ac69-16e0-4501-b7c8-e94868636728',1,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,379);
INSERT INTO jadwal VALUES('fad7bc0a-8301-4d8f-98be-55794d022e7d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','14c5133f-dea1-43bc-be2c-73f08a8ac15a',2,6,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,380);
INSERT INTO jadwal VALUES('89855cc9-8c02-452f-a5f6-f5056bf02e64','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','14c5133f-dea1-43bc-be2c-73f08a8ac15a',3,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,381);
INSERT INTO jadwal VALUES('4d5acf22-6c0f-4faf-b458-a3dee64dc04a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','c4e8f5a4-4dd6-4d00-80c6-cb55d78e1aeb',5,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,382);
INSERT INTO jadwal VALUES('2d40d451-f529-4712-b4f4-c3aa45e86f9e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','c4e8f5a4-4dd6-4d00-80c6-cb55d78e1aeb',2,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,383);
INSERT INTO jadwal VALUES('595bd7f1-5d52-4ab2-94a9-c4977737d0fb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','c4e8f5a4-4dd6-4d00-80c6-cb55d78e1aeb',4,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,384);
INSERT INTO jadwal VALUES('b8927a1d-8f1a-4a52-bb80-62959360a6e1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','5f868da8-8d3d-4080-b610-44334ed61e76',6,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,385);
INSERT INTO jadwal VALUES('55acac89-a766-429f-8a1d-d4a2dd4665c6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','5f868da8-8d3d-4080-b610-44334ed61e76',6,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,386);
INSERT INTO jadwal VALUES('d7e8598e-897b-464d-814b-54831a09140a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','5f868da8-8d3d-4080-b610-44334ed61e76',6,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,387);
INSERT INTO jadwal VALUES('a990a7bb-221d-4f46-87e7-d3d0166cdb68','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','46a12a32-e914-4d20-acc1-7f47e161a711',2,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,388);
INSERT INTO jadwal VALUES('f927e154-16d4-4e09-80eb-b8b38f62c746','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','46a12a32-e914-4d20-acc1-7f47e161a711',6,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,389);
INSERT INTO jadwal VALUES('a4227ffa-7561-48cd-b5f5-12fe1fee3a06','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','b6511416-49ec-4aa8-be41-f61d89c2f3f4',4,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,390);
INSERT INTO jadwal VALUES('8dd242bd-f9f6-430e-baf7-846069c9c283','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','b6511416-49ec-4aa8-be41-f61d89c2f3f4',5,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,391);
INSERT INTO jadwal VALUES('2ecc0ce4-f20c-4dcb-9393-e48808d90d15','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','b6511416-49ec-4aa8-be41-f61d89c2f3f4',1,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,392);
INSERT INTO jadwal VALUES('8bd487c6-ec70-499d-89f5-34220e39c3a5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','5a51e7d7-de78-42b4-b224-42530af66822',2,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,393);
INSERT INTO jadwal VALUES('47b5c2f2-77f0-4f02-92f8-c97fe745ede1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','5a51e7d7-de78-42b4-b224-42530af66822',5,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,394);
INSERT INTO jadwal VALUES('413dda2c-d9f2-4997-923c-10234ad7f8c8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','5a51e7d7-de78-42b4-b224-42530af66822',3,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,395);
INSERT INTO jadwal VALUES('f45f0aaa-c2a7-4930-a60a-4949458090b9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','5a51e7d7-de78-42b4-b224-42530af66822',6,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,396);
INSERT INTO jadwal VALUES('21e38d38-0408-40c0-8c0b-58b94e081db5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','5a51e7d7-de78-42b4-b224-42530af66822',4,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,397);
INSERT INTO jadwal VALUES('b1fd0b2c-3fe0-4dfa-90f8-8314276478ed','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','5a51e7d7-de78-42b4-b224-42530af66822',4,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,398);
INSERT INTO jadwal VALUES('33aae9f6-bf1a-4dfc-b376-64bc75a7d5d1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','3b67a918-8c67-4e6d-b1c0-c2f57bd97d3e',6,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,399);
INSERT INTO jadwal VALUES('062a0a6a-1e02-479b-9c13-9b9d9bcf8050','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','3b67a918-8c67-4e6d-b1c0-c2f57bd97d3e',6,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,400);
INSERT INTO jadwal VALUES('36d68e52-4201-424b-ba15-bf17e0944315','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','3b67a918-8c67-4e6d-b1c0-c2f57bd97d3e',5,6,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,401);
INSERT INTO jadwal VALUES('b39e05f6-0e4e-4445-ae8e-27f99516a922','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','3b67a918-8c67-4e6d-b1c0-c2f57bd97d3e',4,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,402);
INSERT INTO jadwal VALUES('02b1534d-7328-479e-9fa1-f279ba6e20bb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','3b67a918-8c67-4e6d-b1c0-c2f57bd97d3e',6,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,403);
INSERT INTO jadwal VALUES('08b21b17-e298-4f93-a757-0e09f74fb6b9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','3b67a918-8c67-4e6d-b1c0-c2f57bd97d3e',4,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,404);
INSERT INTO jadwal VALUES('033ea7f5-c561-4f73-987b-ab060f67be3c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','747a7162-9b29-4e7e-9560-71d793ef3bc5',5,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,405);
INSERT INTO jadwal VALUES('45c12707-a124-4917-b500-8281e9e0a883','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','747a7162-9b29-4e7e-9560-71d793ef3bc5',6,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,406);
INSERT INTO jadwal VALUES('0a3a74e6-0635-4066-bd1d-cf737a3caa13','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','747a7162-9b29-4e7e-9560-71d793ef3bc5',2,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,407);
INSERT INTO jadwal VALUES('47c35d30-9cce-4a4e-80ed-87a15781a5d7','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','747a7162-9b29-4e7e-9560-71d793ef3bc5',1,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,408);
INSERT INTO jadwal VALUES('c57bf971-771f-445d-bf4c-c556c6878718','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','747a7162-9b29-4e7e-9560-71d793ef3bc5',4,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,409);
INSERT INTO jadwal VALUES('7cce3544-cdeb-481c-b236-d9d0996f9586','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','d0e05715-ddd5-4255-b352-805c5d9f3aac',6,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,410);
INSERT INTO jadwal VALUES('ecd917a0-6c66-4c7e-9734-5099baec4eab','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','d0e05715-ddd5-4255-b352-805c5d9f3aac',2,7,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,411);
INSERT INTO jadwal VALUES('babfaf67-604e-4039-b833-b5f11b65d859','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','c8481b48-afb8-42cb-817e-c77624c420ea',5,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,412);
INSERT INTO jadwal VALUES('6a5068a6-dadd-4f17-bde4-bb12390e3ac4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','c8481b48-afb8-42cb-817e-c77624c420ea',1,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,413);
INSERT INTO jadwal VALUES('836c50f2-4d75-4b44-83d1-b3a4924e5120','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','79e0b63d-edde-42a4-8c1c-a7e3d6ca4367',3,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,414);
INSERT INTO jadwal VALUES('6250d26f-8d5b-4749-bccd-1a1247e7e711','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','79e0b63d-edde-42a4-8c1c-a7e3d6ca4367',4,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,415);
INSERT INTO jadwal VALUES('02ccec10-5f6b-4863-944c-1d022619a8a5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','79e0b63d-edde-42a4-8c1c-a7e3d6ca4367',3,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,416);
INSERT INTO jadwal VALUES('37c8c79f-6f03-4e78-81d1-7fbaff0b2c6b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','ec604d48-646b-44a7-a3cd-265a5385aba0',6,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,417);
INSERT INTO jadwal VALUES('e8e25a7d-3253-455a-a86c-f6f5bff8461e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','ec604d48-646b-44a7-a3cd-265a5385aba0',1,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,418);
INSERT INTO jadwal VALUES('2d0dc08f-a864-48cf-8c8e-71ff771e2214','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','ec604d48-646b-44a7-a3cd-265a5385aba0',2,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,419);
INSERT INTO jadwal VALUES('108f1a52-c146-4f05-93d9-9f7695617567','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','a48a930b-a334-4486-9f61-d3ab7a13f9ed',1,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,420);
INSERT INTO jadwal VALUES('8b1aa83d-d8ef-441c-897b-be4e8c96958b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'65dcd959-270e-4c43-91b8-3eccb171fc55','a48a930b-a334-4486-9f61-d3ab7a13f9ed',6,6,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,421);
INSERT INTO jadwal VALUES('e13d2c5d-9d54-4b2e-ab94-5149fd871189','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','742a70ff-3c80-4af4-9145-66dcf6394ab9',6,7,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,422);
INSERT INTO jadwal VALUES('8a291395-c2a2-46b7-a977-88b1ae444a99','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','742a70ff-3c80-4af4-9145-66dcf6394ab9',5,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,423);
INSERT INTO jadwal VALUES('313ac86a-fb9e-4967-87fa-2a431123c7e5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','742a70ff-3c80-4af4-9145-66dcf6394ab9',3,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,424);
INSERT INTO jadwal VALUES('d91c74a0-888e-4384-accf-08cc6a76c719','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','002da2d6-f777-4225-b707-fabc212bb9cc',5,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,425);
INSERT INTO jadwal VALUES('7ec4c2ac-cd67-472c-9dc4-c8a73311a812','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','002da2d6-f777-4225-b707-fabc212bb9cc',2,7,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,426);
INSERT INTO jadwal VALUES('422db2ef-4759-441d-9731-edba5c39093d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','002da2d6-f777-4225-b707-fabc212bb9cc',2,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,427);
INSERT INTO jadwal VALUES('aa34d08e-b12a-49f7-9329-66d5155d7267','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','002da2d6-f777-4225-b707-fabc212bb9cc',2,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,428);
INSERT INTO jadwal VALUES('8c007483-9699-45c0-ac3a-ae0aae305ed2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','002da2d6-f777-4225-b707-fabc212bb9cc',1,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,429);
INSERT INTO jadwal VALUES('97e16ccf-e544-44bf-ad18-f8b0823248ca','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','002da2d6-f777-4225-b707-fabc212bb9cc',1,7,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,430);
INSERT INTO jadwal VALUES('aa278641-0e9a-4181-8f93-b5c092e8f9c9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','cab6d5a1-523a-40a8-b8df-878ff3ba0434',3,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,431);
INSERT INTO jadwal VALUES('0862f74e-e835-47fb-b597-d4fd0e763eef','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','cab6d5a1-523a-40a8-b8df-878ff3ba0434',4,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,432);
INSERT INTO jadwal VALUES('f46eb412-66ef-4728-bc5a-97698f926a81','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','cab6d5a1-523a-40a8-b8df-878ff3ba0434',3,7,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,433);
INSERT INTO jadwal VALUES('e4fa9dff-bca5-4088-aacf-597668059d59','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','cab6d5a1-523a-40a8-b8df-878ff3ba0434',1,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,434);
INSERT INTO jadwal VALUES('a151d003-1e78-4746-9104-52944d75bb0f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','cab6d5a1-523a-40a8-b8df-878ff3ba0434',2,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,435);
INSERT INTO jadwal VALUES('fe5d3de4-52fd-41a6-bf2e-587d35f02545','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','cab6d5a1-523a-40a8-b8df-878ff3ba0434',3,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,436);
INSERT INTO jadwal VALUES('80dd209a-65a8-4170-b0b4-7421028b8cf2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','9507420b-2d5e-447c-8074-ba80ac43f054',5,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,437);
INSERT INTO jadwal VALUES('bf754f21-31bd-46c3-ad50-3975e44112b8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','9507420b-2d5e-447c-8074-ba80ac43f054',5,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,438);
INSERT INTO jadwal VALUES('0adb9ae1-f02f-429f-a1fc-f45f9064e413','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','9507420b-2d5e-447c-8074-ba80ac43f054',5,6,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,439);
INSERT INTO jadwal VALUES('b1c514bb-2ba7-444d-9d70-a555d3917cc9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','9507420b-2d5e-447c-8074-ba80ac43f054',1,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,440);
INSERT INTO jadwal VALUES('cca22031-58e7-409d-a5a7-d0f765fd5c53','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','9507420b-2d5e-447c-8074-ba80ac43f054',1,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,441);
INSERT INTO jadwal VALUES('af729da7-ced4-4bc4-a09f-ce6c4ea09559','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','d616da62-4b44-4372-b003-18a32d028462',1,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,442);
INSERT INTO jadwal VALUES('add8e789-b131-4503-9110-d49e888f3fbd','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','d616da62-4b44-4372-b003-18a32d028462',5,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,443);
INSERT INTO jadwal VALUES('1cfed838-bf27-409e-b3c6-3b3ba56f5939','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','60485866-467d-41b3-8140-c0f93bb30614',4,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,444);
INSERT INTO jadwal VALUES('f60a3af0-8e60-4b7c-9e50-481b54a1722b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','60485866-467d-41b3-8140-c0f93bb30614',4,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,445);
INSERT INTO jadwal VALUES('fadfd0bf-8608-4ec6-b82e-dfd081abf8fa','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','0f4741f1-5b67-4414-867b-abe4d6dcf9ed',6,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,446);
INSERT INTO jadwal VALUES('522b6b4e-953b-47c7-8d81-48f40e8d0c8f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','0f4741f1-5b67-4414-867b-abe4d6dcf9ed',6,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,447);
INSERT INTO jadwal VALUES('1d479df5-696d-4a85-820f-cc38f6bbc814','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','0f4741f1-5b67-4414-867b-abe4d6dcf9ed',2,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,448);
INSERT INTO jadwal VALUES('9ba29318-fed9-46fb-a136-d4a397565dd4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','1d37a8fe-8211-4aeb-aaf6-76a38c1b2d43',6,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,449);
INSERT INTO jadwal VALUES('f222e840-51e5-4ea6-9766-cc60ae149c8d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','1d37a8fe-8211-4aeb-aaf6-76a38c1b2d43',3,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,450);
INSERT INTO jadwal VALUES('1589519c-47fb-44bf-8dbf-7410055b0e16','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','1d37a8fe-8211-4aeb-aaf6-76a38c1b2d43',5,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,451);
INSERT INTO jadwal VALUES('8c823f98-22ee-48bb-9e2e-d7a08e9a1704','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','7b99ff45-8749-42e9-b75a-fe361b7d0a75',6,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,452);
INSERT INTO jadwal VALUES('2fd2ea02-a71e-46d6-8fd0-7da84634fecd','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','7b99ff45-8749-42e9-b75a-fe361b7d0a75',1,6,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,453);
INSERT INTO jadwal VALUES('f42df8ed-75b2-48a5-80f9-fc2c46a697b9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','554c39f0-064a-4f09-b3ec-04dd8706f51c',4,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,454);
INSERT INTO jadwal VALUES('de6b3a10-13c3-4e43-b663-77cf5b6df274','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','554c39f0-064a-4f09-b3ec-04dd8706f51c',2,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,455);
INSERT INTO jadwal VALUES('6acef5e6-348a-4023-8d1c-90c3005acdf3','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','554c39f0-064a-4f09-b3ec-04dd8706f51c',4,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,456);
INSERT INTO jadwal VALUES('4ed3dca5-e4f5-43e1-a2af-cf790cd96bf0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','0169274f-b53b-4c8b-b414-fac3242d22eb',5,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,457);
INSERT INTO jadwal VALUES('7eefd937-2a2f-4c9a-8dc3-cb3f42409051','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','0169274f-b53b-4c8b-b414-fac3242d22eb',2,7,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,458);
INSERT INTO jadwal VALUES('5ba863a2-b98f-436b-b456-4031d3a126da','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','0169274f-b53b-4c8b-b414-fac3242d22eb',2,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,459);
INSERT INTO jadwal VALUES('2175192f-1291-4f25-87cd-f4336b2fef16','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','0169274f-b53b-4c8b-b414-fac3242d22eb',1,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,460);
INSERT INTO jadwal VALUES('cbe54580-e50b-42a8-9570-44decf69fb30','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','0169274f-b53b-4c8b-b414-fac3242d22eb',5,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,461);
INSERT INTO jadwal VALUES('0176a431-e743-4471-8b66-563d23252dee','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','0169274f-b53b-4c8b-b414-fac3242d22eb',3,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,462);
INSERT INTO jadwal VALUES('3e148d6b-95b6-4399-8e19-d8fca5dd5214','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','d621065f-efb1-4ce5-942c-b408147851b6',6,6,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,463);
INSERT INTO jadwal VALUES('2025f387-eaa3-4b45-b2dc-68a76e0dd927','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','d621065f-efb1-4ce5-942c-b408147851b6',6,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,464);
INSERT INTO jadwal VALUES('e064ee21-412e-464e-818c-9c0744de3885','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','d621065f-efb1-4ce5-942c-b408147851b6',1,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,465);
INSERT INTO jadwal VALUES('3a68c177-eda8-42fe-a0db-b05e161e2856','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','d621065f-efb1-4ce5-942c-b408147851b6',5,6,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,466);
INSERT INTO jadwal VALUES('da79ade5-fa7e-43eb-963c-265edd991fc6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','d621065f-efb1-4ce5-942c-b408147851b6',6,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,467);
INSERT INTO jadwal VALUES('7af378e1-8703-439a-9bee-5f807337424e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','d621065f-efb1-4ce5-942c-b408147851b6',3,9,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,468);
INSERT INTO jadwal VALUES('1155785d-9313-46d0-b69c-224885878743','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','2b678a2c-3fe3-4e7d-9805-2552e5b46aa7',3,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,469);
INSERT INTO jadwal VALUES('1f3d57d3-7938-4166-8f26-c91920dbd7c9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','2b678a2c-3fe3-4e7d-9805-2552e5b46aa7',1,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,470);
INSERT INTO jadwal VALUES('7918510a-2674-44bd-a96b-72425048e449','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','2b678a2c-3fe3-4e7d-9805-2552e5b46aa7',4,7,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,471);
INSERT INTO jadwal VALUES('46cdf162-4e7a-478c-ad47-80d8897e5940','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','2b678a2c-3fe3-4e7d-9805-2552e5b46aa7',2,5,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,472);
INSERT INTO jadwal VALUES('0df39cee-71c6-4a1d-8299-1c9951cc98bc','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','2b678a2c-3fe3-4e7d-9805-2552e5b46aa7',1,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,473);
INSERT INTO jadwal VALUES('67492dec-8ae8-4b3f-80e5-b838ac40c45e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','60851e23-3664-42ae-b802-7ea0b72f629d',4,4,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,474);
INSERT INTO jadwal VALUES('f3e9bcbf-f241-4611-b43d-bec8daa77f3f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','60851e23-3664-42ae-b802-7ea0b72f629d',4,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,475);
INSERT INTO jadwal VALUES('e4955916-1cd0-4a87-bb20-c8cdbb3a7ad3','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','eaeeeda4-dd52-4957-a6fd-08bdddc5d554',3,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,476);
INSERT INTO jadwal VALUES('87a5e9bd-873a-4798-a949-5fc4c94460af','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','eaeeeda4-dd52-4957-a6fd-08bdddc5d554',1,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,477);
INSERT INTO jadwal VALUES('5ff79595-0c18-4aec-896b-e881adbdfede','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','d7c3ad3d-b011-45f3-a670-120026bf13ce',1,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,478);
INSERT INTO jadwal VALUES('83717ecf-0a01-4c7f-89d9-f80092589896','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','d7c3ad3d-b011-45f3-a670-120026bf13ce',3,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,479);
INSERT INTO jadwal VALUES('9de0e312-8834-4b3b-bab8-81e819d20401','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','d7c3ad3d-b011-45f3-a670-120026bf13ce',3,3,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,480);
INSERT INTO jadwal VALUES('58a2bc30-b25e-4f90-848a-99ea6b37e3fc','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','8c568ab9-6c75-4a5d-9f9c-a00b7ddfd1aa',2,8,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,481);
INSERT INTO jadwal VALUES('6c5ca73d-bc21-444b-8ef2-57d1435402ff','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','8c568ab9-6c75-4a5d-9f9c-a00b7ddfd1aa',2,2,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,482);
INSERT INTO jadwal VALUES('f29dd544-85c9-40d2-a40e-323271c6bb0b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','8c568ab9-6c75-4a5d-9f9c-a00b7ddfd1aa',2,1,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,483);
INSERT INTO jadwal VALUES('f8b9f7eb-0506-4209-bd8e-c27e936a17b7','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','e72f26d8-f6eb-4687-9ec2-38608e24c9b5',3,10,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,484);
INSERT INTO jadwal VALUES('b327f159-a829-4061-a257-7aa08c8997ec','6cc05e67-c9b5-4e3d-b546-6c0f41afa759',20261,'c23c7b3c-b1ac-4900-96e8-54fdac464e6c','e72f26d8-f6eb-4687-9ec2-38608e24c9b5',1,7,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,485);
CREATE TABLE nilai (
	nilai_id VARCHAR(36) NOT NULL, 
	anggota_rombel_id VARCHAR(36) NOT NULL, 
	pembelajaran_id VARCHAR(36) NOT NULL, 
	semester_id INTEGER NOT NULL, 
	nilai_pengetahuan NUMERIC(5, 2), 
	nilai_keterampilan NUMERIC(5, 2), 
	create_date DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	last_update DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_nilai PRIMARY KEY (nilai_id), 
	CONSTRAINT uq_nilai_anggota_rombel_id UNIQUE (anggota_rombel_id, pembelajaran_id), 
	CONSTRAINT fk_nilai_anggota_rombel_id_anggota_rombel FOREIGN KEY(anggota_rombel_id) REFERENCES anggota_rombel (anggota_rombel_id), 
	CONSTRAINT fk_nilai_pembelajaran_id_pembelajaran FOREIGN KEY(pembelajaran_id) REFERENCES pembelajaran (pembelajaran_id), 
	CONSTRAINT fk_nilai_semester_id_ref_semester FOREIGN KEY(semester_id) REFERENCES ref_semester (semester_id)
);
INSERT INTO nilai VALUES('02f9b2e8-6989-4815-991e-621a9546b19d','960f7e6a-b2dc-406f-b034-ce275059596d','cd472e42-0787-4027-82c4-c30e52254960',20261,89,84,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,486);
INSERT INTO nilai VALUES('ad8eabd4-2232-4e5c-a2b4-f2164b01b8eb','960f7e6a-b2dc-406f-b034-ce275059596d','90d1d88c-4787-4924-ae04-c75c487432b3',20261,88,93,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,487);
INSERT INTO nilai VALUES('1755ada7-30b8-42f8-9032-25d5894c2e72','960f7e6a-b2dc-406f-b034-ce275059596d','aab6b94a-44fe-45db-b9b4-f9358f74168a',20261,92,78,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,488);
INSERT INTO nilai VALUES('f488f427-7725-4837-8f24-645e25b3ea67','960f7e6a-b2dc-406f-b034-ce275059596d','469a6002-b554-498a-a31b-512f4b1f1e89',20261,84,86,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,489);
INSERT INTO nilai VALUES('5d0ae815-18c2-45f9-80ed-8d24031fe38f','960f7e6a-b2dc-406f-b034-ce275059596d','3f61c000-139e-4105-9de1-4b17d7723145',20261,66,79,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,490);
INSERT INTO nilai VALUES('d5e343c0-bd53-41fa-b144-bb6dd957171d','960f7e6a-b2dc-406f-b034-ce275059596d','ff0e5e03-9f65-46dd-8a31-20608b3841db',20261,83,71,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,491);
INSERT INTO nilai VALUES('d5aa92fb-6841-43f4-a853-cb0a7cf10d0a','960f7e6a-b2dc-406f-b034-ce275059596d','369d27e1-52ef-4135-9349-3905e54e678f',20261,95,98,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,492);
INSERT INTO nilai VALUES('7762322e-1dfa-43c0-893b-f4715fbfefcd','960f7e6a-b2dc-406f-b034-ce275059596d','a6fd324d-2c0c-413a-971d-11cd7d98f713',20261,78,77,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,493);
INSERT INTO nilai VALUES('943b67ea-2ead-4635-8d15-e336d6a0d11b','960f7e6a-b2dc-406f-b034-ce275059596d','ea24ba07-d514-4aff-b8fa-37b34912ac2c',20261,70,87,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,494);
INSERT INTO nilai VALUES('fd930a2c-d709-4217-9114-45a1606aa83b','cd38cd48-8568-404d-ba90-5491580fa374','cd472e42-0787-4027-82c4-c30e52254960',20261,75,73,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,495);
INSERT INTO nilai VALUES('d0ea0245-1aae-4e2d-a72a-b2afe94457ef','cd38cd48-8568-404d-ba90-5491580fa374','90d1d88c-4787-4924-ae04-c75c487432b3',20261,75,68,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,496);
INSERT INTO nilai VALUES('bbcea61d-bee6-4849-8d12-154201c93497','cd38cd48-8568-404d-ba90-5491580fa374','aab6b94a-44fe-45db-b9b4-f9358f74168a',20261,80,80,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,497);
INSERT INTO nilai VALUES('a5de9dc2-bd03-4ac6-96dd-b57cd0b878c7','cd38cd48-8568-404d-ba90-5491580fa374','469a6002-b554-498a-a31b-512f4b1f1e89',20261,77,72,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,498);
INSERT INTO nilai VALUES('577b2026-c2e0-4bb5-8a3b-971487bebac0','cd38cd48-8568-404d-ba90-5491580fa374','3f61c000-139e-4105-9de1-4b17d7723145',20261,67,86,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,499);
INSERT INTO nilai VALUES('a36965c4-6114-4634-964a-865fd6a75f5b','cd38cd48-8568-404d-ba90-5491580fa374','ff0e5e03-9f65-46dd-8a31-20608b3841db',20261,98,66,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,500);
INSERT INTO nilai VALUES('4db4113f-99b6-4611-82a0-64929139bdf0','cd38cd48-8568-404d-ba90-5491580fa374','369d27e1-52ef-4135-9349-3905e54e678f',20261,78,69,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,501);
INSERT INTO nilai VALUES('027f9aee-bd2e-48ff-ad23-4bbaee24d8c3','cd38cd48-8568-404d-ba90-5491580fa374','a6fd324d-2c0c-413a-971d-11cd7d98f713',20261,72,69,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,502);
INSERT INTO nilai VALUES('500cbd8b-b41f-4715-a08e-a3bd7119f801','cd38cd48-8568-404d-ba90-5491580fa374','ea24ba07-d514-4aff-b8fa-37b34912ac2c',20261,65,77,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,503);
INSERT INTO nilai VALUES('3a73fb3a-ac4f-4ee5-9268-4e7e9aa7b181','e6f0ff01-1bd9-43f8-ab27-fd634dd208ca','cd472e42-0787-4027-82c4-c30e52254960',20261,70,97,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,504);
INSERT INTO nilai VALUES('7b12f818-40d6-40b7-86d9-bb759b2f3fd0','e6f0ff01-1bd9-43f8-ab27-fd634dd208ca','90d1d88c-4787-4924-ae04-c75c487432b3',20261,72,95,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,505);
INSERT INTO nilai VALUES('608e7e9e-904d-4844-954d-dec56ebc95a1','e6f0ff01-1bd9-43f8-ab27-fd634dd208ca','aab6b94a-44fe-45db-b9b4-f9358f74168a',20261,86,80,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,506);
INSERT INTO nilai VALUES('aaf61a6f-4178-4f84-ab09-a195f719e9f8','e6f0ff01-1bd9-43f8-ab27-fd634dd208ca','469a6002-b554-498a-a31b-512f4b1f1e89',20261,74,96,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,507);
INSERT INTO nilai VALUES('70d616cf-4fa3-4aa1-8686-f20fc1569639','e6f0ff01-1bd9-43f8-ab27-fd634dd208ca','3f61c000-139e-4105-9de1-4b17d7723145',20261,73,85,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,508);
INSERT INTO nilai VALUES('db88f63f-0630-4ca2-8857-c1707569ca99','e6f0ff01-1bd9-43f8-ab27-fd634dd208ca','ff0e5e03-9f65-46dd-8a31-20608b3841db',20261,77,77,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,509);
INSERT INTO nilai VALUES('16b60c98-edb2-42ee-91f4-1f0bd25abc80','e6f0ff01-1bd9-43f8-ab27-fd634dd208ca','369d27e1-52ef-4135-9349-3905e54e678f',20261,74,85,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,510);
INSERT INTO nilai VALUES('b5f19d2b-ce56-4762-ae00-e94c022be465','e6f0ff01-1bd9-43f8-ab27-fd634dd208ca','a6fd324d-2c0c-413a-971d-11cd7d98f713',20261,70,66,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,511);
INSERT INTO nilai VALUES('e17ea1b2-3f3c-4807-a734-46c8ecf43ac5','e6f0ff01-1bd9-43f8-ab27-fd634dd208ca','ea24ba07-d514-4aff-b8fa-37b34912ac2c',20261,73,71,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,512);
INSERT INTO nilai VALUES('e2e94807-d831-4fdc-886e-addba3edd5b6','b1cf2e40-c7fb-4db9-bbae-c1f5e6f1d8cb','cd472e42-0787-4027-82c4-c30e52254960',20261,71,94,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,513);
INSERT INTO nilai VALUES('6e35b755-69ef-426b-82de-4a2ef924ea4c','b1cf2e40-c7fb-4db9-bbae-c1f5e6f1d8cb','90d1d88c-4787-4924-ae04-c75c487432b3',20261,86,65,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,514);
INSERT INTO nilai VALUES('501d8f9d-a68f-4f4e-8d97-f164a3354143','b1cf2e40-c7fb-4db9-bbae-c1f5e6f1d8cb','aab6b94a-44fe-45db-b9b4-f9358f74168a',20261,97,98,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,515);
INSERT INTO nilai VALUES('3b5a6467-2fa8-4481-92f6-fc17a00b970f','b1cf2e40-c7fb-4db9-bbae-c1f5e6f1d8cb','469a6002-b554-498a-a31b-512f4b1f1e89',20261,83,98,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,516);
INSERT INTO nilai VALUES('291aba0f-4d38-4fe8-b5fd-18de6d672489','b1cf2e40-c7fb-4db9-bbae-c1f5e6f1d8cb','3f61c000-139e-4105-9de1-4b17d7723145',20261,84,71,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,517);
INSERT INTO nilai VALUES('26c3b4b0-9be5-46ed-aaf3-cb663a9e5b95','b1cf2e40-c7fb-4db9-bbae-c1f5e6f1d8cb','ff0e5e03-9f65-46dd-8a31-20608b3841db',20261,81,73,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,518);
INSERT INTO nilai VALUES('dcf79eaf-b1f1-46b2-83d7-62312fb36f35','b1cf2e40-c7fb-4db9-bbae-c1f5e6f1d8cb','369d27e1-52ef-4135-9349-3905e54e678f',20261,74,86,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,519);
INSERT INTO nilai VALUES('54a76e51-0574-41b3-966d-f2bf554face4','b1cf2e40-c7fb-4db9-bbae-c1f5e6f1d8cb','a6fd324d-2c0c-413a-971d-11cd7d98f713',20261,84,71,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,520);
INSERT INTO nilai VALUES('9f346442-2723-43a8-9c92-89e14642f8d8','b1cf2e40-c7fb-4db9-bbae-c1f5e6f1d8cb','ea24ba07-d514-4aff-b8fa-37b34912ac2c',20261,72,93,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,521);
INSERT INTO nilai VALUES('14733596-e3e9-4755-9c54-633bffd98a72','30e60aa1-f1df-4466-8232-e475db6b0074','7c3cd0c4-96d0-4d1f-a3f7-8dfab4c018b7',20261,88,74,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,522);
INSERT INTO nilai VALUES('2e0ecb59-e34a-4963-bf6e-0b4b1db8e36f','30e60aa1-f1df-4466-8232-e475db6b0074','ed01f46e-55f0-4def-a297-e3947d0b6df6',20261,90,83,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,523);
INSERT INTO nilai VALUES('f47aec29-56f6-4b34-ae58-5b34337f7ba5','30e60aa1-f1df-4466-8232-e475db6b0074','4d8ac954-ceee-44a7-a713-2731021ab3d0',20261,89,85,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,524);
INSERT INTO nilai VALUES('c8a9153a-8a92-4e61-92ed-9dd1929b6c10','30e60aa1-f1df-4466-8232-e475db6b0074','b340c944-5d9d-4c0d-b445-f69600161ffe',20261,94,83,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,525);
INSERT INTO nilai VALUES('480f5404-254c-4c39-98d9-c202b63476d6','30e60aa1-f1df-4466-8232-e475db6b0074','bee91957-9a0b-4615-a1e0-efba3d1167cb',20261,75,81,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,526);
INSERT INTO nilai VALUES('4029e01c-8b8b-4af0-9196-37a9c50f37ad','30e60aa1-f1df-4466-8232-e475db6b0074','28dbd801-0980-4735-86f0-9b8653012cc6',20261,74,65,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,527);
INSERT INTO nilai VALUES('1ce896a9-280a-4632-85f7-1a9799c6d906','30e60aa1-f1df-4466-8232-e475db6b0074','de1d1946-72b7-4e4e-be42-57d0279d1ab6',20261,84,83,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,528);
INSERT INTO nilai VALUES('dbc27e9a-07d9-4f37-8e99-a40b2b287e7a','30e60aa1-f1df-4466-8232-e475db6b0074','e1449dee-5b6b-4eb8-8216-9b46f11d60d5',20261,69,68,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,529);
INSERT INTO nilai VALUES('e760d715-023c-46e3-b60a-a289b7df2936','30e60aa1-f1df-4466-8232-e475db6b0074','ad63ad0a-d4ba-4b28-bcca-ca946098bc4f',20261,74,88,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,530);
INSERT INTO nilai VALUES('cb4b5eac-aa4b-4751-adb8-4062857bf5b8','6f38ec70-9778-476b-858f-2cec6ca9fa64','7c3cd0c4-96d0-4d1f-a3f7-8dfab4c018b7',20261,76,77,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,531);
INSERT INTO nilai VALUES('22aba668-1e32-491b-bf46-3b2102b0ecc6','6f38ec70-9778-476b-858f-2cec6ca9fa64','ed01f46e-55f0-4def-a297-e3947d0b6df6',20261,96,79,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,532);
INSERT INTO nilai VALUES('53e7549d-7302-412c-a0ad-d2287e658167','6f38ec70-9778-476b-858f-2cec6ca9fa64','4d8ac954-ceee-44a7-a713-2731021ab3d0',20261,76,84,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,533);
INSERT INTO nilai VALUES('f8ce9715-62c2-45f0-8fcc-a8abe1b80296','6f38ec70-9778-476b-858f-2cec6ca9fa64','b340c944-5d9d-4c0d-b445-f69600161ffe',20261,70,80,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,534);
INSERT INTO nilai VALUES('20873df9-525f-44d0-bf89-954be202c4b9','6f38ec70-9778-476b-858f-2cec6ca9fa64','bee91957-9a0b-4615-a1e0-efba3d1167cb',20261,85,67,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,535);
INSERT INTO nilai VALUES('0e783df5-aa95-44b4-9529-8f11ee081855','6f38ec70-9778-476b-858f-2cec6ca9fa64','28dbd801-0980-4735-86f0-9b8653012cc6',20261,82,80,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,536);
INSERT INTO nilai VALUES('3770c23e-612c-49b5-9fed-31065915145a','6f38ec70-9778-476b-858f-2cec6ca9fa64','de1d1946-72b7-4e4e-be42-57d0279d1ab6',20261,97,72,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,537);
INSERT INTO nilai VALUES('f3e0e451-12b4-4879-a62c-7f0e36880dc2','6f38ec70-9778-476b-858f-2cec6ca9fa64','e1449dee-5b6b-4eb8-8216-9b46f11d60d5',20261,83,86,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,538);
INSERT INTO nilai VALUES('4da11675-a743-4fe4-8c27-dde57dc323b5','6f38ec70-9778-476b-858f-2cec6ca9fa64','ad63ad0a-d4ba-4b28-bcca-ca946098bc4f',20261,82,91,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,539);
INSERT INTO nilai VALUES('0e550a94-6a6f-414f-b3ab-d81663ceefbc','6e460979-24f6-474a-8a4f-04baf5f71140','7c3cd0c4-96d0-4d1f-a3f7-8dfab4c018b7',20261,94,97,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,540);
INSERT INTO nilai VALUES('057fcad9-b9d9-4dc4-a2b8-41a7674b47d5','6e460979-24f6-474a-8a4f-04baf5f71140','ed01f46e-55f0-4def-a297-e3947d0b6df6',20261,71,84,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,541);
INSERT INTO nilai VALUES('47489421-6a33-40a3-a5b2-d81fe6c7af50','6e460979-24f6-474a-8a4f-04baf5f71140','4d8ac954-ceee-44a7-a713-2731021ab3d0',20261,87,66,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,542);
INSERT INTO nilai VALUES('eb58d87e-100e-44ce-aac2-2d4097d4cfaf','6e460979-24f6-474a-8a4f-04baf5f71140','b340c944-5d9d-4c0d-b445-f69600161ffe',20261,85,97,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,543);
INSERT INTO nilai VALUES('41ec1ac2-d44a-4cc8-a932-0f74d441737b','6e460979-24f6-474a-8a4f-04baf5f71140','bee91957-9a0b-4615-a1e0-efba3d1167cb',20261,85,98,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,544);
INSERT INTO nilai VALUES('ac50b5f5-1591-458b-b667-5488e04d629b','6e460979-24f6-474a-8a4f-04baf5f71140','28dbd801-0980-4735-86f0-9b8653012cc6',20261,90,73,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,545);
INSERT INTO nilai VALUES('34fae0b2-f061-4e12-8a91-e9a9712b45be','6e460979-24f6-474a-8a4f-04baf5f71140','de1d1946-72b7-4e4e-be42-57d0279d1ab6',20261,72,78,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,546);
INSERT INTO nilai VALUES('9c6dc61d-6710-4533-8e75-250b910a7684','6e460979-24f6-474a-8a4f-04baf5f71140','e1449dee-5b6b-4eb8-8216-9b46f11d60d5',20261,95,69,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,547);
INSERT INTO nilai VALUES('c349f6a6-3a9d-4cd8-a9f2-0a5e900da41d','6e460979-24f6-474a-8a4f-04baf5f71140','ad63ad0a-d4ba-4b28-bcca-ca946098bc4f',20261,90,82,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,548);
INSERT INTO nilai VALUES('c93b4910-061c-4a60-9f4f-7a18dff2b3e7','f1040a6c-39c8-4ba3-bb2d-5465ef73a027','7c3cd0c4-96d0-4d1f-a3f7-8dfab4c018b7',20261,78,86,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,549);
INSERT INTO nilai VALUES('6fa6cb92-0d17-4989-a510-6b82e647cbdd','f1040a6c-39c8-4ba3-bb2d-5465ef73a027','ed01f46e-55f0-4def-a297-e3947d0b6df6',20261,78,78,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,550);
INSERT INTO nilai VALUES('12ae8db2-8f87-49e4-8b72-4a0c8ebe72f2','f1040a6c-39c8-4ba3-bb2d-5465ef73a027','4d8ac954-ceee-44a7-a713-2731021ab3d0',20261,86,65,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,551);
INSERT INTO nilai VALUES('5a3d2e68-056e-4d48-825c-64b167506b3a','f1040a6c-39c8-4ba3-bb2d-5465ef73a027','b340c944-5d9d-4c0d-b445-f69600161ffe',20261,84,71,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,552);
INSERT INTO nilai VALUES('c653ba36-57c3-4275-9be3-6a7aca6d154a','f1040a6c-39c8-4ba3-bb2d-5465ef73a027','bee91957-9a0b-4615-a1e0-efba3d1167cb',20261,82,94,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,553);
INSERT INTO nilai VALUES('7c4d04d5-35a1-403c-b5eb-71f97715e6d4','f1040a6c-39c8-4ba3-bb2d-5465ef73a027','28dbd801-0980-4735-86f0-9b8653012cc6',20261,72,79,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,554);
INSERT INTO nilai VALUES('3cf15aee-fa79-479e-b020-4f63bc93ea27','f1040a6c-39c8-4ba3-bb2d-5465ef73a027','de1d1946-72b7-4e4e-be42-57d0279d1ab6',20261,86,85,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,555);
INSERT INTO nilai VALUES('d9fba41f-1574-45ea-ad9d-a4d283dd8fce','f1040a6c-39c8-4ba3-bb2d-5465ef73a027','e1449dee-5b6b-4eb8-8216-9b46f11d60d5',20261,89,84,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,556);
INSERT INTO nilai VALUES('5b3f32f0-c892-436d-9d49-ca4408096b79','f1040a6c-39c8-4ba3-bb2d-5465ef73a027','ad63ad0a-d4ba-4b28-bcca-ca946098bc4f',20261,69,82,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,557);
INSERT INTO nilai VALUES('722eec1c-c633-48aa-9f51-c1ea34026b5a','1c90c5ee-9944-4058-a088-163af23e64a9','526e30de-31a6-469d-a5b0-a2dbeead53fd',20261,98,97,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,558);
INSERT INTO nilai VALUES('56a014ae-22e2-4f6a-939f-d5c5e8c3f05b','1c90c5ee-9944-4058-a088-163af23e64a9','e8e13cf8-ba7f-4435-9117-f59bdce40d00',20261,78,86,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,559);
INSERT INTO nilai VALUES('34ad7000-f197-4297-b98c-e4a8dd0fffb0','1c90c5ee-9944-4058-a088-163af23e64a9','723e8cf7-cded-402f-9e15-befd846ffa84',20261,81,72,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,560);
INSERT INTO nilai VALUES('49086e9f-e8da-4459-b1dc-6d64304c5fe4','1c90c5ee-9944-4058-a088-163af23e64a9','f9f45844-856c-4b53-86f3-49503291049e',20261,69,87,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,561);
INSERT INTO nilai VALUES('441a335d-2d0b-40de-9506-8c93108c9c17','1c90c5ee-9944-4058-a088-163af23e64a9','c820ac69-16e0-4501-b7c8-e94868636728',20261,80,94,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,562);
INSERT INTO nilai VALUES('66f4072e-9612-49c3-a43e-3e2c0e419d21','1c90c5ee-9944-4058-a088-163af23e64a9','14c5133f-dea1-43bc-be2c-73f08a8ac15a',20261,78,71,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,563);
INSERT INTO nilai VALUES('b8a8fc0d-8f98-4105-831b-d7350937d1a4','1c90c5ee-9944-4058-a088-163af23e64a9','c4e8f5a4-4dd6-4d00-80c6-cb55d78e1aeb',20261,82,98,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,564);
INSERT INTO nilai VALUES('1d5b33ad-1ecb-4bce-859d-b0adfd6a3bec','1c90c5ee-9944-4058-a088-163af23e64a9','5f868da8-8d3d-4080-b610-44334ed61e76',20261,89,72,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,565);
INSERT INTO nilai VALUES('60cb30bc-232e-4ca7-afcd-e3c44a5f885c','1c90c5ee-9944-4058-a088-163af23e64a9','46a12a32-e914-4d20-acc1-7f47e161a711',20261,91,66,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,566);
INSERT INTO nilai VALUES('998b4fce-d423-4545-8fda-2a325715cecd','580b1c14-5f3b-43b8-b15a-75cd1c2b8a05','526e30de-31a6-469d-a5b0-a2dbeead53fd',20261,78,80,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,567);
INSERT INTO nilai VALUES('c43d50c0-22ab-4e7d-aa41-3d2e40cff9c3','580b1c14-5f3b-43b8-b15a-75cd1c2b8a05','e8e13cf8-ba7f-4435-9117-f59bdce40d00',20261,96,66,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,568);
INSERT INTO nilai VALUES('7f00819d-5c92-476e-81bb-3f45417af2fc','580b1c14-5f3b-43b8-b15a-75cd1c2b8a05','723e8cf7-cded-402f-9e15-befd846ffa84',20261,89,85,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,569);
INSERT INTO nilai VALUES('e91a7e4e-b691-41e9-85c3-e5b035f3c1b5','580b1c14-5f3b-43b8-b15a-75cd1c2b8a05','f9f45844-856c-4b53-86f3-49503291049e',20261,72,89,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,570);
INSERT INTO nilai VALUES('72e32851-4ac5-49ad-a2fb-e3835e92bc50','580b1c14-5f3b-43b8-b15a-75cd1c2b8a05','c820ac69-16e0-4501-b7c8-e94868636728',20261,68,94,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,571);
INSERT INTO nilai VALUES('282316b8-a40d-45df-ba10-54549a498ecf','580b1c14-5f3b-43b8-b15a-75cd1c2b8a05','14c5133f-dea1-43bc-be2c-73f08a8ac15a',20261,77,91,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,572);
INSERT INTO nilai VALUES('13bffb64-997a-45af-8d46-64ce1cf61253','580b1c14-5f3b-43b8-b15a-75cd1c2b8a05','c4e8f5a4-4dd6-4d00-80c6-cb55d78e1aeb',20261,97,96,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,573);
INSERT INTO nilai VALUES('eb694033-5c2a-4cb6-95da-94d268621148','580b1c14-5f3b-43b8-b15a-75cd1c2b8a05','5f868da8-8d3d-4080-b610-44334ed61e76',20261,85,78,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,574);
INSERT INTO nilai VALUES('00b3111b-9c89-476a-9d5a-e5ef38d814a4','580b1c14-5f3b-43b8-b15a-75cd1c2b8a05','46a12a32-e914-4d20-acc1-7f47e161a711',20261,94,93,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,575);
INSERT INTO nilai VALUES('b3861035-f79c-4b52-8952-e92721e547b0','3d49451c-12c4-42f7-8890-f9b7c08c5f5a','526e30de-31a6-469d-a5b0-a2dbeead53fd',20261,79,70,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,576);
INSERT INTO nilai VALUES('4415cecd-399b-4d56-9433-767e4f35c09b','3d49451c-12c4-42f7-8890-f9b7c08c5f5a','e8e13cf8-ba7f-4435-9117-f59bdce40d00',20261,93,94,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,577);
INSERT INTO nilai VALUES('80348c83-b672-42a3-ac62-bcebe6b47d8a','3d49451c-12c4-42f7-8890-f9b7c08c5f5a','723e8cf7-cded-402f-9e15-befd846ffa84',20261,89,93,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,578);
INSERT INTO nilai VALUES('334822aa-d585-4105-83be-5756cac524e1','3d49451c-12c4-42f7-8890-f9b7c08c5f5a','f9f45844-856c-4b53-86f3-49503291049e',20261,79,85,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,579);
INSERT INTO nilai VALUES('5ca51b43-4593-46e7-831e-41a86a0c8dea','3d49451c-12c4-42f7-8890-f9b7c08c5f5a','c820ac69-16e0-4501-b7c8-e94868636728',20261,72,90,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,580);
INSERT INTO nilai VALUES('e67031be-1fc1-4045-a5ba-2a309dcbc458','3d49451c-12c4-42f7-8890-f9b7c08c5f5a','14c5133f-dea1-43bc-be2c-73f08a8ac15a',20261,76,93,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,581);
INSERT INTO nilai VALUES('d9712549-074b-46b9-8d42-758d07417804','3d49451c-12c4-42f7-8890-f9b7c08c5f5a','c4e8f5a4-4dd6-4d00-80c6-cb55d78e1aeb',20261,89,84,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,582);
INSERT INTO nilai VALUES('9ad56e9d-44b5-42ca-8ddf-29a04ac86b3e','3d49451c-12c4-42f7-8890-f9b7c08c5f5a','5f868da8-8d3d-4080-b610-44334ed61e76',20261,77,67,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,583);
INSERT INTO nilai VALUES('61ef4f95-b13a-423d-8068-5c5897331b7c','3d49451c-12c4-42f7-8890-f9b7c08c5f5a','46a12a32-e914-4d20-acc1-7f47e161a711',20261,88,86,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,584);
INSERT INTO nilai VALUES('94665811-ea54-477b-97f4-fe140483d63e','39a29c99-601f-49a2-91c1-78cdf282775d','526e30de-31a6-469d-a5b0-a2dbeead53fd',20261,71,97,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,585);
INSERT INTO nilai VALUES('bb894da7-05f0-4f8f-afa6-1fac438f683f','39a29c99-601f-49a2-91c1-78cdf282775d','e8e13cf8-ba7f-4435-9117-f59bdce40d00',20261,73,81,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,586);
INSERT INTO nilai VALUES('a16ff2af-0a6c-4a40-b78f-11b415dc571e','39a29c99-601f-49a2-91c1-78cdf282775d','723e8cf7-cded-402f-9e15-befd846ffa84',20261,92,68,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,587);
INSERT INTO nilai VALUES('ba4009de-7048-40a2-a127-580b53f8ebdf','39a29c99-601f-49a2-91c1-78cdf282775d','f9f45844-856c-4b53-86f3-49503291049e',20261,94,80,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,588);
INSERT INTO nilai VALUES('7456b6f5-1b7e-4038-99f6-06514ca7fc4c','39a29c99-601f-49a2-91c1-78cdf282775d','c820ac69-16e0-4501-b7c8-e94868636728',20261,96,90,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,589);
INSERT INTO nilai VALUES('2435a9f5-0307-4370-9461-a7f63f8f4c67','39a29c99-601f-49a2-91c1-78cdf282775d','14c5133f-dea1-43bc-be2c-73f08a8ac15a',20261,68,91,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,590);
INSERT INTO nilai VALUES('b7665eae-b701-4ae0-9766-7fd8b356f711','39a29c99-601f-49a2-91c1-78cdf282775d','c4e8f5a4-4dd6-4d00-80c6-cb55d78e1aeb',20261,72,65,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,591);
INSERT INTO nilai VALUES('67346ab1-f7e6-4620-aeed-ec05d3d521c0','39a29c99-601f-49a2-91c1-78cdf282775d','5f868da8-8d3d-4080-b610-44334ed61e76',20261,78,82,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,592);
INSERT INTO nilai VALUES('8d57a867-6bc9-4b99-9c20-f7fa2341e9e3','39a29c99-601f-49a2-91c1-78cdf282775d','46a12a32-e914-4d20-acc1-7f47e161a711',20261,96,89,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,593);
INSERT INTO nilai VALUES('5f60ef28-11c9-41dc-b7d0-bd6cbe5edb3e','071ab9b3-48ba-4b7a-b31c-7614aa7a7cc5','b6511416-49ec-4aa8-be41-f61d89c2f3f4',20261,87,87,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,594);
INSERT INTO nilai VALUES('8d1eb007-43a8-472a-b788-4be9bd4b165e','071ab9b3-48ba-4b7a-b31c-7614aa7a7cc5','5a51e7d7-de78-42b4-b224-42530af66822',20261,86,88,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,595);
INSERT INTO nilai VALUES('82c3e41c-5b9a-496e-81db-35df04948b95','071ab9b3-48ba-4b7a-b31c-7614aa7a7cc5','3b67a918-8c67-4e6d-b1c0-c2f57bd97d3e',20261,77,84,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,596);
INSERT INTO nilai VALUES('62c99f32-eb30-4b5c-81b6-86a96b5c42b2','071ab9b3-48ba-4b7a-b31c-7614aa7a7cc5','747a7162-9b29-4e7e-9560-71d793ef3bc5',20261,93,75,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,597);
INSERT INTO nilai VALUES('8eef09d4-6d77-4e42-82df-082c96c24bc5','071ab9b3-48ba-4b7a-b31c-7614aa7a7cc5','d0e05715-ddd5-4255-b352-805c5d9f3aac',20261,87,96,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,598);
INSERT INTO nilai VALUES('061a3dc6-f06b-4af0-a9b1-564ebc1b4441','071ab9b3-48ba-4b7a-b31c-7614aa7a7cc5','c8481b48-afb8-42cb-817e-c77624c420ea',20261,91,82,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,599);
INSERT INTO nilai VALUES('edb05b99-dd3a-4992-8ca3-da6523f7cd93','071ab9b3-48ba-4b7a-b31c-7614aa7a7cc5','79e0b63d-edde-42a4-8c1c-a7e3d6ca4367',20261,96,98,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,600);
INSERT INTO nilai VALUES('0c5ae273-7083-49d2-be87-87a2b1de3851','071ab9b3-48ba-4b7a-b31c-7614aa7a7cc5','ec604d48-646b-44a7-a3cd-265a5385aba0',20261,72,88,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,601);
INSERT INTO nilai VALUES('53ee5729-7d70-4ffa-9ab7-19526bb822fa','071ab9b3-48ba-4b7a-b31c-7614aa7a7cc5','a48a930b-a334-4486-9f61-d3ab7a13f9ed',20261,95,83,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,602);
INSERT INTO nilai VALUES('3c18596a-509e-4abc-81d9-cbefc7533881','7e0c0f67-a57b-4e0c-9625-cb9fa622c7a8','b6511416-49ec-4aa8-be41-f61d89c2f3f4',20261,94,67,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,603);
INSERT INTO nilai VALUES('d6848b9a-40df-4b0f-a821-4ffcfbb10841','7e0c0f67-a57b-4e0c-9625-cb9fa622c7a8','5a51e7d7-de78-42b4-b224-42530af66822',20261,88,80,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,604);
INSERT INTO nilai VALUES('dd5b931c-6b56-48de-951d-b7b369e626ce','7e0c0f67-a57b-4e0c-9625-cb9fa622c7a8','3b67a918-8c67-4e6d-b1c0-c2f57bd97d3e',20261,95,68,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,605);
INSERT INTO nilai VALUES('d523a081-34c9-4ea0-9569-5532d8d6fec5','7e0c0f67-a57b-4e0c-9625-cb9fa622c7a8','747a7162-9b29-4e7e-9560-71d793ef3bc5',20261,65,98,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,606);
INSERT INTO nilai VALUES('dcf3e15e-6298-41d6-a708-483ed25abe10','7e0c0f67-a57b-4e0c-9625-cb9fa622c7a8','d0e05715-ddd5-4255-b352-805c5d9f3aac',20261,79,91,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,607);
INSERT INTO nilai VALUES('b693dd25-0888-43ec-b06c-4cc66e7aa6ad','7e0c0f67-a57b-4e0c-9625-cb9fa622c7a8','c8481b48-afb8-42cb-817e-c77624c420ea',20261,96,80,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,608);
INSERT INTO nilai VALUES('de5ef6f5-a9e4-42d0-895e-8cd2dca230f4','7e0c0f67-a57b-4e0c-9625-cb9fa622c7a8','79e0b63d-edde-42a4-8c1c-a7e3d6ca4367',20261,83,92,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,609);
INSERT INTO nilai VALUES('fd9c55ec-5bdb-4c24-a351-a87116697063','7e0c0f67-a57b-4e0c-9625-cb9fa622c7a8','ec604d48-646b-44a7-a3cd-265a5385aba0',20261,91,67,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,610);
INSERT INTO nilai VALUES('bda0f0f7-c9f0-41e1-ae8c-24443b19ee4c','7e0c0f67-a57b-4e0c-9625-cb9fa622c7a8','a48a930b-a334-4486-9f61-d3ab7a13f9ed',20261,95,73,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,611);
INSERT INTO nilai VALUES('a9936081-ab02-4e60-92ac-b87a942f58b9','4d680e62-9061-4d07-827f-794370a6ac63','b6511416-49ec-4aa8-be41-f61d89c2f3f4',20261,82,90,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,612);
INSERT INTO nilai VALUES('695e26c0-b69a-4769-9eac-c15f89422c42','4d680e62-9061-4d07-827f-794370a6ac63','5a51e7d7-de78-42b4-b224-42530af66822',20261,80,83,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,613);
INSERT INTO nilai VALUES('d67550cb-4931-4c16-a1e2-a94185a8e4df','4d680e62-9061-4d07-827f-794370a6ac63','3b67a918-8c67-4e6d-b1c0-c2f57bd97d3e',20261,93,92,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,614);
INSERT INTO nilai VALUES('b2cba5f7-28d2-4d4d-9c95-271cc0115142','4d680e62-9061-4d07-827f-794370a6ac63','747a7162-9b29-4e7e-9560-71d793ef3bc5',20261,85,88,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,615);
INSERT INTO nilai VALUES('093ae297-9904-45ce-9825-995e853f441a','4d680e62-9061-4d07-827f-794370a6ac63','d0e05715-ddd5-4255-b352-805c5d9f3aac',20261,83,65,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,616);
INSERT INTO nilai VALUES('109b717c-b257-4f6d-8662-b47fa2d86691','4d680e62-9061-4d07-827f-794370a6ac63','c8481b48-afb8-42cb-817e-c77624c420ea',20261,82,91,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,617);
INSERT INTO nilai VALUES('fb4aa4a8-7d9c-4070-a72f-87c220d54e3b','4d680e62-9061-4d07-827f-794370a6ac63','79e0b63d-edde-42a4-8c1c-a7e3d6ca4367',20261,65,98,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,618);
INSERT INTO nilai VALUES('f20ee481-fbe7-4376-813c-d490e03cd2ee','4d680e62-9061-4d07-827f-794370a6ac63','ec604d48-646b-44a7-a3cd-265a5385aba0',20261,73,88,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,619);
INSERT INTO nilai VALUES('b09c8cc5-1ff1-4364-86cd-ed158664201a','4d680e62-9061-4d07-827f-794370a6ac63','a48a930b-a334-4486-9f61-d3ab7a13f9ed',20261,65,82,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,620);
INSERT INTO nilai VALUES('33a165a8-a60f-44c4-979b-336ac71b4d5c','887c3017-83a6-4972-9f6f-7021ec2b10eb','b6511416-49ec-4aa8-be41-f61d89c2f3f4',20261,91,74,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,621);
INSERT INTO nilai VALUES('3d6b1565-1908-4343-ba43-317b03cdbf4d','887c3017-83a6-4972-9f6f-7021ec2b10eb','5a51e7d7-de78-42b4-b224-42530af66822',20261,81,66,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,622);
INSERT INTO nilai VALUES('a39d16a0-dffd-4dfd-afb5-9cff9a3017f1','887c3017-83a6-4972-9f6f-7021ec2b10eb','3b67a918-8c67-4e6d-b1c0-c2f57bd97d3e',20261,94,82,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,623);
INSERT INTO nilai VALUES('98537f0b-c4b0-4503-9708-bab203a76e46','887c3017-83a6-4972-9f6f-7021ec2b10eb','747a7162-9b29-4e7e-9560-71d793ef3bc5',20261,94,72,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,624);
INSERT INTO nilai VALUES('e3d85eed-1bcc-4386-b40d-70443528235f','887c3017-83a6-4972-9f6f-7021ec2b10eb','d0e05715-ddd5-4255-b352-805c5d9f3aac',20261,91,67,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,625);
INSERT INTO nilai VALUES('ac6adea9-047e-4028-a7ad-5b03b317c4b7','887c3017-83a6-4972-9f6f-7021ec2b10eb','c8481b48-afb8-42cb-817e-c77624c420ea',20261,92,73,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,626);
INSERT INTO nilai VALUES('18b6cc39-0f25-4170-abd2-48de4b3e4150','887c3017-83a6-4972-9f6f-7021ec2b10eb','79e0b63d-edde-42a4-8c1c-a7e3d6ca4367',20261,84,68,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,627);
INSERT INTO nilai VALUES('5b0c13e1-38f6-4719-ad32-b91f423d9ede','887c3017-83a6-4972-9f6f-7021ec2b10eb','ec604d48-646b-44a7-a3cd-265a5385aba0',20261,83,69,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,628);
INSERT INTO nilai VALUES('b7079384-9e74-496c-b53f-a87051d7502a','887c3017-83a6-4972-9f6f-7021ec2b10eb','a48a930b-a334-4486-9f61-d3ab7a13f9ed',20261,91,69,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,629);
INSERT INTO nilai VALUES('e744d7a2-fe51-4217-8c3c-b6a03917febe','4d8c5ece-15df-4dd1-8d27-f7c0594b46ab','742a70ff-3c80-4af4-9145-66dcf6394ab9',20261,68,70,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,630);
INSERT INTO nilai VALUES('0f46615c-4788-488e-9405-0713a644b627','4d8c5ece-15df-4dd1-8d27-f7c0594b46ab','002da2d6-f777-4225-b707-fabc212bb9cc',20261,74,67,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,631);
INSERT INTO nilai VALUES('6451e63e-e7d9-4929-afa9-c8415d98891e','4d8c5ece-15df-4dd1-8d27-f7c0594b46ab','cab6d5a1-523a-40a8-b8df-878ff3ba0434',20261,92,94,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,632);
INSERT INTO nilai VALUES('6fe7530e-d758-43b7-a344-6ffad9884c4a','4d8c5ece-15df-4dd1-8d27-f7c0594b46ab','9507420b-2d5e-447c-8074-ba80ac43f054',20261,93,80,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,633);
INSERT INTO nilai VALUES('fd72a887-eeb4-495c-b5eb-780e5b06c4ac','4d8c5ece-15df-4dd1-8d27-f7c0594b46ab','d616da62-4b44-4372-b003-18a32d028462',20261,92,91,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,634);
INSERT INTO nilai VALUES('2b47e700-c13e-4416-9de5-0c99225bd287','4d8c5ece-15df-4dd1-8d27-f7c0594b46ab','60485866-467d-41b3-8140-c0f93bb30614',20261,84,75,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,635);
INSERT INTO nilai VALUES('10d0f2cc-8cbc-474c-a0ed-3a06be0a02a1','4d8c5ece-15df-4dd1-8d27-f7c0594b46ab','0f4741f1-5b67-4414-867b-abe4d6dcf9ed',20261,88,79,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,636);
INSERT INTO nilai VALUES('2e2e35dc-46f4-49b2-ac91-69f017b94231','4d8c5ece-15df-4dd1-8d27-f7c0594b46ab','1d37a8fe-8211-4aeb-aaf6-76a38c1b2d43',20261,86,78,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,637);
INSERT INTO nilai VALUES('39bad89c-3b98-4145-ae30-a17cacfacac7','4d8c5ece-15df-4dd1-8d27-f7c0594b46ab','7b99ff45-8749-42e9-b75a-fe361b7d0a75',20261,88,93,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,638);
INSERT INTO nilai VALUES('c80b89fe-7d2f-4454-aa5f-7f9317310cd4','233d9f32-e2db-49a9-ab56-9adac53a4e4c','742a70ff-3c80-4af4-9145-66dcf6394ab9',20261,84,81,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,639);
INSERT INTO nilai VALUES('47346420-7ca1-4990-92e4-44ebd6ad9de4','233d9f32-e2db-49a9-ab56-9adac53a4e4c','002da2d6-f777-4225-b707-fabc212bb9cc',20261,98,92,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,640);
INSERT INTO nilai VALUES('a4ebeca7-f5b9-4627-a5ee-cfabc4d5eaeb','233d9f32-e2db-49a9-ab56-9adac53a4e4c','cab6d5a1-523a-40a8-b8df-878ff3ba0434',20261,92,94,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,641);
INSERT INTO nilai VALUES('2ac38677-e93f-4e3f-9bd5-e6c15974bbc3','233d9f32-e2db-49a9-ab56-9adac53a4e4c','9507420b-2d5e-447c-8074-ba80ac43f054',20261,94,77,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,642);
INSERT INTO nilai VALUES('ac4a91e4-a848-4206-9e43-e958f7aaa40b','233d9f32-e2db-49a9-ab56-9adac53a4e4c','d616da62-4b44-4372-b003-18a32d028462',20261,91,85,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,643);
INSERT INTO nilai VALUES('cea50c20-b111-4b14-ba26-f5d9c3e62495','233d9f32-e2db-49a9-ab56-9adac53a4e4c','60485866-467d-41b3-8140-c0f93bb30614',20261,95,86,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,644);
INSERT INTO nilai VALUES('b5e12a85-32c0-4ccd-ad4c-3cc584a4094f','233d9f32-e2db-49a9-ab56-9adac53a4e4c','0f4741f1-5b67-4414-867b-abe4d6dcf9ed',20261,73,65,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,645);
INSERT INTO nilai VALUES('0e9cca29-7666-41b0-a72e-caeedc9d5ef2','233d9f32-e2db-49a9-ab56-9adac53a4e4c','1d37a8fe-8211-4aeb-aaf6-76a38c1b2d43',20261,77,80,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,646);
INSERT INTO nilai VALUES('bf08ccf6-1cf9-4623-add1-020ec558392f','233d9f32-e2db-49a9-ab56-9adac53a4e4c','7b99ff45-8749-42e9-b75a-fe361b7d0a75',20261,96,78,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,647);
INSERT INTO nilai VALUES('45430cfc-7f40-431f-b0f1-3f431231f00a','28bd0a1b-b085-4162-9498-4747b16b5d3b','742a70ff-3c80-4af4-9145-66dcf6394ab9',20261,80,83,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,648);
INSERT INTO nilai VALUES('f01c1c0a-19ae-487e-9e72-530a2ab819e9','28bd0a1b-b085-4162-9498-4747b16b5d3b','002da2d6-f777-4225-b707-fabc212bb9cc',20261,93,87,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,649);
INSERT INTO nilai VALUES('6a3f8baf-722b-4355-8cf4-15bdae10c6dd','28bd0a1b-b085-4162-9498-4747b16b5d3b','cab6d5a1-523a-40a8-b8df-878ff3ba0434',20261,74,75,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,650);
INSERT INTO nilai VALUES('04190b66-5110-4da4-8b98-3a62dc76511d','28bd0a1b-b085-4162-9498-4747b16b5d3b','9507420b-2d5e-447c-8074-ba80ac43f054',20261,68,68,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,651);
INSERT INTO nilai VALUES('499f82e2-e510-4ed2-81cf-3196192a3777','28bd0a1b-b085-4162-9498-4747b16b5d3b','d616da62-4b44-4372-b003-18a32d028462',20261,87,94,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,652);
INSERT INTO nilai VALUES('947b21c3-8545-46ba-af36-9c8e0f397ecb','28bd0a1b-b085-4162-9498-4747b16b5d3b','60485866-467d-41b3-8140-c0f93bb30614',20261,91,69,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,653);
INSERT INTO nilai VALUES('83cc7d15-a5f3-44cb-b991-6f702498bb5b','28bd0a1b-b085-4162-9498-4747b16b5d3b','0f4741f1-5b67-4414-867b-abe4d6dcf9ed',20261,89,98,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,654);
INSERT INTO nilai VALUES('815ccc42-104e-44fd-81bd-eacb9212d3a6','28bd0a1b-b085-4162-9498-4747b16b5d3b','1d37a8fe-8211-4aeb-aaf6-76a38c1b2d43',20261,93,98,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,655);
INSERT INTO nilai VALUES('0e17bd11-09e4-482e-9a90-2dc198db29f2','28bd0a1b-b085-4162-9498-4747b16b5d3b','7b99ff45-8749-42e9-b75a-fe361b7d0a75',20261,67,71,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,656);
INSERT INTO nilai VALUES('71cc7b83-dd2d-4037-98df-fd8cfb163e95','ebc98ab4-d892-4d91-bc95-72b1da44bd72','742a70ff-3c80-4af4-9145-66dcf6394ab9',20261,93,72,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,657);
INSERT INTO nilai VALUES('123b237d-d6b0-4e99-848b-bea3251c3bdf','ebc98ab4-d892-4d91-bc95-72b1da44bd72','002da2d6-f777-4225-b707-fabc212bb9cc',20261,93,85,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,658);
INSERT INTO nilai VALUES('9f7e3af4-12ae-4492-935f-4e76e11b53e6','ebc98ab4-d892-4d91-bc95-72b1da44bd72','cab6d5a1-523a-40a8-b8df-878ff3ba0434',20261,78,80,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,659);
INSERT INTO nilai VALUES('c635ceaa-5321-4610-8cfc-5135614d5ab0','ebc98ab4-d892-4d91-bc95-72b1da44bd72','9507420b-2d5e-447c-8074-ba80ac43f054',20261,81,98,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,660);
INSERT INTO nilai VALUES('de2a934c-13e6-43e9-8b67-5055da63885d','ebc98ab4-d892-4d91-bc95-72b1da44bd72','d616da62-4b44-4372-b003-18a32d028462',20261,92,72,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,661);
INSERT INTO nilai VALUES('27dd8f9a-43a6-498b-9599-5c834e749a23','ebc98ab4-d892-4d91-bc95-72b1da44bd72','60485866-467d-41b3-8140-c0f93bb30614',20261,91,80,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,662);
INSERT INTO nilai VALUES('46c26502-e898-4ff6-8b44-1314193d84f7','ebc98ab4-d892-4d91-bc95-72b1da44bd72','0f4741f1-5b67-4414-867b-abe4d6dcf9ed',20261,92,76,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,663);
INSERT INTO nilai VALUES('10ba7995-8c44-43dc-b7d6-021745f427f3','ebc98ab4-d892-4d91-bc95-72b1da44bd72','1d37a8fe-8211-4aeb-aaf6-76a38c1b2d43',20261,76,87,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,664);
INSERT INTO nilai VALUES('e1063a3a-1e5b-4ee1-90ad-4430bf40bb48','ebc98ab4-d892-4d91-bc95-72b1da44bd72','7b99ff45-8749-42e9-b75a-fe361b7d0a75',20261,91,94,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,665);
INSERT INTO nilai VALUES('884e952a-ec14-4f9f-94d8-10f1361034df','ab26bcf9-14c7-46f8-9b1b-ff00085f693a','554c39f0-064a-4f09-b3ec-04dd8706f51c',20261,91,66,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,666);
INSERT INTO nilai VALUES('313fc2ac-3d54-48d3-99d5-0612483f1334','ab26bcf9-14c7-46f8-9b1b-ff00085f693a','0169274f-b53b-4c8b-b414-fac3242d22eb',20261,79,74,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,667);
INSERT INTO nilai VALUES('4b6e8e4a-7442-4475-b474-fc7450b24fa5','ab26bcf9-14c7-46f8-9b1b-ff00085f693a','d621065f-efb1-4ce5-942c-b408147851b6',20261,70,93,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,668);
INSERT INTO nilai VALUES('210084c4-49fa-4e43-b702-a74fb2a621b4','ab26bcf9-14c7-46f8-9b1b-ff00085f693a','2b678a2c-3fe3-4e7d-9805-2552e5b46aa7',20261,79,82,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,669);
INSERT INTO nilai VALUES('55fa6d49-d8e4-4e3c-96d0-5e0aa317db9e','ab26bcf9-14c7-46f8-9b1b-ff00085f693a','60851e23-3664-42ae-b802-7ea0b72f629d',20261,72,76,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,670);
INSERT INTO nilai VALUES('e086eba2-8c76-47b3-9e06-fd5591b2914a','ab26bcf9-14c7-46f8-9b1b-ff00085f693a','eaeeeda4-dd52-4957-a6fd-08bdddc5d554',20261,79,81,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,671);
INSERT INTO nilai VALUES('69b6ee9e-6b68-4946-a8a6-bf42080cc82c','ab26bcf9-14c7-46f8-9b1b-ff00085f693a','d7c3ad3d-b011-45f3-a670-120026bf13ce',20261,90,82,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,672);
INSERT INTO nilai VALUES('cedaf4d0-1637-47c1-8d5d-290e4f29cc28','ab26bcf9-14c7-46f8-9b1b-ff00085f693a','8c568ab9-6c75-4a5d-9f9c-a00b7ddfd1aa',20261,86,86,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,673);
INSERT INTO nilai VALUES('129762e8-9d08-441a-969a-acf2aedbc547','ab26bcf9-14c7-46f8-9b1b-ff00085f693a','e72f26d8-f6eb-4687-9ec2-38608e24c9b5',20261,95,67,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,674);
INSERT INTO nilai VALUES('d7b0f6c3-f0cf-4445-8c6f-ef2058c0b6e6','3ecd93d5-db37-49f3-b37d-41ad31ba7556','554c39f0-064a-4f09-b3ec-04dd8706f51c',20261,95,75,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,675);
INSERT INTO nilai VALUES('41454717-2b0a-43f4-b95c-1c953e3a2c81','3ecd93d5-db37-49f3-b37d-41ad31ba7556','0169274f-b53b-4c8b-b414-fac3242d22eb',20261,97,92,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,676);
INSERT INTO nilai VALUES('df2a81ba-adfe-4c4b-a875-44e556dadbf5','3ecd93d5-db37-49f3-b37d-41ad31ba7556','d621065f-efb1-4ce5-942c-b408147851b6',20261,83,77,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,677);
INSERT INTO nilai VALUES('69672d17-4376-47f9-a4e7-6b9cd0f8a4ac','3ecd93d5-db37-49f3-b37d-41ad31ba7556','2b678a2c-3fe3-4e7d-9805-2552e5b46aa7',20261,98,66,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,678);
INSERT INTO nilai VALUES('9ae685c9-81b0-4420-af36-e09b80ce42d6','3ecd93d5-db37-49f3-b37d-41ad31ba7556','60851e23-3664-42ae-b802-7ea0b72f629d',20261,75,94,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,679);
INSERT INTO nilai VALUES('eb22c08d-4c06-4f35-9c7f-a426691c3b31','3ecd93d5-db37-49f3-b37d-41ad31ba7556','eaeeeda4-dd52-4957-a6fd-08bdddc5d554',20261,93,92,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,680);
INSERT INTO nilai VALUES('7dad39b7-dfda-4e5a-8992-e6ea5d84d28d','3ecd93d5-db37-49f3-b37d-41ad31ba7556','d7c3ad3d-b011-45f3-a670-120026bf13ce',20261,65,69,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,681);
INSERT INTO nilai VALUES('ad5544f0-675d-4c08-9cc2-ff507d6e163d','3ecd93d5-db37-49f3-b37d-41ad31ba7556','8c568ab9-6c75-4a5d-9f9c-a00b7ddfd1aa',20261,76,92,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,682);
INSERT INTO nilai VALUES('b6a47810-3dd8-410b-b6a0-a69c773a9144','3ecd93d5-db37-49f3-b37d-41ad31ba7556','e72f26d8-f6eb-4687-9ec2-38608e24c9b5',20261,71,82,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,683);
INSERT INTO nilai VALUES('888890a4-38dc-4ecc-b1d1-6ddb07db93bc','8b530bf2-5372-44a2-b4a7-84b803f5ea00','554c39f0-064a-4f09-b3ec-04dd8706f51c',20261,72,85,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,684);
INSERT INTO nilai VALUES('8af19853-0091-4c66-9243-5487b72acbe4','8b530bf2-5372-44a2-b4a7-84b803f5ea00','0169274f-b53b-4c8b-b414-fac3242d22eb',20261,87,93,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,685);
INSERT INTO nilai VALUES('09b847da-1bb5-4025-8d64-7aefd1f5590a','8b530bf2-5372-44a2-b4a7-84b803f5ea00','d621065f-efb1-4ce5-942c-b408147851b6',20261,92,75,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,686);
INSERT INTO nilai VALUES('2dfef077-25cc-4816-83a9-e337ca2491db','8b530bf2-5372-44a2-b4a7-84b803f5ea00','2b678a2c-3fe3-4e7d-9805-2552e5b46aa7',20261,77,94,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,687);
INSERT INTO nilai VALUES('31ffc9eb-cadf-4235-9952-5d7d3dd5aceb','8b530bf2-5372-44a2-b4a7-84b803f5ea00','60851e23-3664-42ae-b802-7ea0b72f629d',20261,69,67,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,688);
INSERT INTO nilai VALUES('6ea6e7bd-3705-4eeb-8503-fa3cd7b644c0','8b530bf2-5372-44a2-b4a7-84b803f5ea00','eaeeeda4-dd52-4957-a6fd-08bdddc5d554',20261,93,94,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,689);
INSERT INTO nilai VALUES('4b9f381e-1a73-471f-a135-8d72b2ccea4d','8b530bf2-5372-44a2-b4a7-84b803f5ea00','d7c3ad3d-b011-45f3-a670-120026bf13ce',20261,88,65,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,690);
INSERT INTO nilai VALUES('35333334-e474-436f-947e-68be27c418e5','8b530bf2-5372-44a2-b4a7-84b803f5ea00','8c568ab9-6c75-4a5d-9f9c-a00b7ddfd1aa',20261,79,84,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,691);
INSERT INTO nilai VALUES('22df0814-054e-4b01-bf92-23a0c3b66777','8b530bf2-5372-44a2-b4a7-84b803f5ea00','e72f26d8-f6eb-4687-9ec2-38608e24c9b5',20261,86,95,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,692);
INSERT INTO nilai VALUES('ff3c7dcc-3032-4adc-a8e1-e90ccc010619','792f4d68-ca5e-442f-8419-9f6c73e4ab59','554c39f0-064a-4f09-b3ec-04dd8706f51c',20261,74,79,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,693);
INSERT INTO nilai VALUES('1e27a273-6855-45ea-80ee-8934c27b3c30','792f4d68-ca5e-442f-8419-9f6c73e4ab59','0169274f-b53b-4c8b-b414-fac3242d22eb',20261,97,87,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,694);
INSERT INTO nilai VALUES('7bb1ecb2-9379-4b7f-abbb-ac46ca9143cf','792f4d68-ca5e-442f-8419-9f6c73e4ab59','d621065f-efb1-4ce5-942c-b408147851b6',20261,86,90,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,695);
INSERT INTO nilai VALUES('5bbbcb02-bf71-484a-8d4f-d04642e71c24','792f4d68-ca5e-442f-8419-9f6c73e4ab59','2b678a2c-3fe3-4e7d-9805-2552e5b46aa7',20261,80,96,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,696);
INSERT INTO nilai VALUES('b0b5ffa2-6dff-45bb-9490-463ba03339f0','792f4d68-ca5e-442f-8419-9f6c73e4ab59','60851e23-3664-42ae-b802-7ea0b72f629d',20261,85,94,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,697);
INSERT INTO nilai VALUES('b46d4fa9-8c7e-4f12-bade-b3ab3c143506','792f4d68-ca5e-442f-8419-9f6c73e4ab59','eaeeeda4-dd52-4957-a6fd-08bdddc5d554',20261,94,76,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,698);
INSERT INTO nilai VALUES('435179ea-6474-4f75-ae25-e4cbe7684c99','792f4d68-ca5e-442f-8419-9f6c73e4ab59','d7c3ad3d-b011-45f3-a670-120026bf13ce',20261,95,73,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,699);
INSERT INTO nilai VALUES('c8d61e13-3f9b-4fe9-80b0-bce42f6dee66','792f4d68-ca5e-442f-8419-9f6c73e4ab59','8c568ab9-6c75-4a5d-9f9c-a00b7ddfd1aa',20261,77,84,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,700);
INSERT INTO nilai VALUES('951744f6-085b-492b-ac6e-695ee86121d7','792f4d68-ca5e-442f-8419-9f6c73e4ab59','e72f26d8-f6eb-4687-9ec2-38608e24c9b5',20261,89,74,'2026-07-13 07:00:00.000000','2026-12-07 19:31:35',0,NULL,NULL,701);
CREATE TABLE srv_school (
	sekolah_id VARCHAR(36) NOT NULL, 
	npsn VARCHAR(8) NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	kode_hash VARCHAR(200) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (sekolah_id), 
	UNIQUE (npsn)
);
INSERT INTO srv_school VALUES('6cc05e67-c9b5-4e3d-b546-6c0f41afa759','20250001','SD Negeri 1 Contoh','$argon2id$v=19$m=65536,t=3,p=4$MBFV0yI2579IKaaR17lACw$vdjuVipnvctVKF2DiVVNAOYvNJ87JAArI56xF6bgvr8','2026-12-07 19:31:35.730191');
CREATE TABLE srv_register_failure (
	id INTEGER NOT NULL, 
	npsn VARCHAR(20) NOT NULL, 
	client VARCHAR(64) NOT NULL, 
	at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE srv_change_feed (
	seq INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	table_name VARCHAR(60) NOT NULL, 
	row_id VARCHAR(200) NOT NULL, 
	sekolah_id VARCHAR(36), 
	source VARCHAR(20) NOT NULL, 
	package_id VARCHAR(64), 
	changed_at DATETIME NOT NULL, 
	UNIQUE (table_name, row_id)
);
INSERT INTO srv_change_feed VALUES(1,'sekolah','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.733437');
INSERT INTO srv_change_feed VALUES(2,'sekolah_longitudinal','c55d8998-cc84-4bfc-a347-02e595c9f537','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.735142');
INSERT INTO srv_change_feed VALUES(3,'tanah','c26863c5-ab4c-4b5e-8bb8-71ca324ba28f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.736100');
INSERT INTO srv_change_feed VALUES(4,'bangunan','5794af05-c812-422d-bdf6-9a4ab6c30fe8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.736999');
INSERT INTO srv_change_feed VALUES(5,'bangunan','cc3c9041-cefc-4da7-b5c8-4c32f8c9ec09','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.736999');
INSERT INTO srv_change_feed VALUES(6,'bangunan_longitudinal','b732800c-2433-482f-9e74-d43a246bd504','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.738561');
INSERT INTO srv_change_feed VALUES(7,'bangunan_longitudinal','dcdbda72-c95a-4d32-9703-32133a747443','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.738561');
INSERT INTO srv_change_feed VALUES(8,'ruang','47b03cb2-a25b-4b63-88ee-e5928b9a9218','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.739524');
INSERT INTO srv_change_feed VALUES(9,'ruang','72a7d74e-5d22-463c-801b-6ff41c68df21','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.739524');
INSERT INTO srv_change_feed VALUES(10,'ruang','9e6ec1a2-b266-4591-8ff6-6cbe45edd47e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.739524');
INSERT INTO srv_change_feed VALUES(11,'ruang','65dcd959-270e-4c43-91b8-3eccb171fc55','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.739524');
INSERT INTO srv_change_feed VALUES(12,'ruang','09cc0b34-4aca-4b2d-9111-aa4f52c2a6cd','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.739524');
INSERT INTO srv_change_feed VALUES(13,'ruang','c23c7b3c-b1ac-4900-96e8-54fdac464e6c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.739524');
INSERT INTO srv_change_feed VALUES(14,'ruang','b4ba27d7-0075-4ac2-84c4-d80d9fdeade5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.739524');
INSERT INTO srv_change_feed VALUES(15,'ruang','f8b625b2-317a-4b22-9ec6-d16ebfa99a20','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.739524');
INSERT INTO srv_change_feed VALUES(16,'ruang','91db9131-0e6b-40bf-96af-d41cc320df03','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.739524');
INSERT INTO srv_change_feed VALUES(17,'ruang','1ed3e6da-c2fe-44b0-b219-dfc697181d68','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.739524');
INSERT INTO srv_change_feed VALUES(18,'ruang','9a5030dc-e513-4f6e-8ad6-16ebf5a774af','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.739524');
INSERT INTO srv_change_feed VALUES(19,'ruang','f8e2c208-51d7-4878-bb4c-816b9e1782a5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.739524');
INSERT INTO srv_change_feed VALUES(20,'ruang','4391c8c6-9387-4994-9644-c57a7de3a2de','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.739524');
INSERT INTO srv_change_feed VALUES(21,'ruang','f8228cbe-25f3-4611-a6da-0d715e5a7b78','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.739524');
INSERT INTO srv_change_feed VALUES(22,'ruang','49b0654a-c6e5-465e-be28-5b3c58e6e213','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.739524');
INSERT INTO srv_change_feed VALUES(23,'ruang','b91dbf1b-debe-42fb-925b-c66bdb9bce9a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.739524');
INSERT INTO srv_change_feed VALUES(24,'ruang','972e7da4-08ab-4c33-b0d9-814b5f92ddf0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.739524');
INSERT INTO srv_change_feed VALUES(25,'ruang_longitudinal','a1f4cf35-5f99-4651-b9ba-7cf8f1aec46c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.740869');
INSERT INTO srv_change_feed VALUES(26,'ruang_longitudinal','7921bbe8-dc02-4fa0-b7af-73fbdb0a1754','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.740869');
INSERT INTO srv_change_feed VALUES(27,'ruang_longitudinal','8814fc9e-c7db-4166-96f8-39989ded2d2e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.740869');
INSERT INTO srv_change_feed VALUES(28,'ruang_longitudinal','b525997b-d1e9-41ee-b618-85219f49ad7a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.740869');
INSERT INTO srv_change_feed VALUES(29,'ruang_longitudinal','50b46c82-2255-4596-921b-0ea032afd15a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.740869');
INSERT INTO srv_change_feed VALUES(30,'ruang_longitudinal','cb0fba0d-c6d7-490f-8b03-288d81d050ba','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.740869');
INSERT INTO srv_change_feed VALUES(31,'ruang_longitudinal','ca344089-b96a-4cd9-999a-9906813b6532','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.740869');
INSERT INTO srv_change_feed VALUES(32,'ruang_longitudinal','731eafc3-3136-48b0-8bf5-de0b1c5aa987','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.740869');
INSERT INTO srv_change_feed VALUES(33,'ruang_longitudinal','5c8f9661-cfcd-4c73-af32-c46f6d348c15','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.740869');
INSERT INTO srv_change_feed VALUES(34,'ruang_longitudinal','3b97d589-e673-4a9a-aa31-57b2c489f9e5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.740869');
INSERT INTO srv_change_feed VALUES(35,'ruang_longitudinal','3380dacc-1114-408c-ba14-0d62651f517b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.740869');
INSERT INTO srv_change_feed VALUES(36,'ruang_longitudinal','20c850b1-a1d7-40be-8ff2-61207f86cd57','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.740869');
INSERT INTO srv_change_feed VALUES(37,'ruang_longitudinal','7760a0c6-86ad-46d3-9a9e-c46baa97c773','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.740869');
INSERT INTO srv_change_feed VALUES(38,'ruang_longitudinal','62ae18ed-3d88-46ef-8742-653c9e493595','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.740869');
INSERT INTO srv_change_feed VALUES(39,'ruang_longitudinal','ffa58468-5755-41d9-9af2-c58aa1c87be8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.740869');
INSERT INTO srv_change_feed VALUES(40,'ruang_longitudinal','ca171d47-dac6-46cf-9a9d-da549a24528e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.740869');
INSERT INTO srv_change_feed VALUES(41,'ruang_longitudinal','df96f113-245f-405b-9c53-6badd16b20b7','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.740869');
INSERT INTO srv_change_feed VALUES(42,'alat','42bffe3a-2e61-4d9e-9ff7-72cf64b6a5b1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(43,'alat','84e756eb-e37a-47eb-bb42-bfd16ee4f9aa','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(44,'alat','e6bb85da-d225-4926-bd95-f56872564972','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(45,'alat','cf5e32af-544f-4e47-8a8e-b13d16646aa2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(46,'alat','aabe0e2c-8cf2-48a1-856e-969838675b24','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(47,'alat','8732a9db-192d-48b2-ac21-3e500b15008e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(48,'alat','a2c590de-69e9-4d8e-aec8-f57d41a4f4c5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(49,'alat','525e1ffc-af15-4d38-9aed-56a80a896dba','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(50,'alat','dafd86a3-1d23-4f7a-8c49-025a3e157a6d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(51,'alat','c9a38e5b-e1a2-43bd-8b56-81eff73dfea8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(52,'alat','2006cc60-c892-4c54-9def-b2fbfbd26d2b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(53,'alat','086e70b8-016e-4e14-92da-bd907b32cd19','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(54,'alat','28bbe3a7-7afd-4fe1-9a76-d88a15557a54','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(55,'alat','b428b0ae-8235-4df0-9e41-03339f1b8842','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(56,'alat','694ecae9-6d2c-4fac-9230-0656e6d03e67','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(57,'alat','ee64e71e-d448-4ddf-8752-acd7bfd19937','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(58,'alat','73a73b71-ce17-4479-861f-c7e8daac3232','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(59,'alat','6f48d7b3-7908-490d-8588-fde18348fcbc','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(60,'alat','812ccb34-8c79-4d84-b782-fa52d5bcfe12','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(61,'alat','3ed318c2-ff87-4c71-9da8-0b30093e9f2c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(62,'alat','559996b9-5eb0-4a2f-96a5-64461a72ea86','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(63,'alat','6f11ad3b-fed5-40f7-a7e5-f9c806632b49','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(64,'alat','6a3a2e86-bee2-4e76-a424-dcad3aa1a3b5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(65,'alat','c58dcd7d-1329-4194-82b9-fc130393cc86','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(66,'alat','07c9d55a-65ba-4484-bddc-0a02458d227d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(67,'alat','6a5bee99-53c6-49ba-8333-9f1a599ce3fb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(68,'alat','2068144a-3a0b-47ed-97ea-4b96df93a74f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(69,'alat','a7888bdd-a5ab-4ff4-bb48-f6288a1c1d26','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(70,'alat','b9f8e8db-d97b-44ce-93ca-f84c905129f1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.746336');
INSERT INTO srv_change_feed VALUES(71,'alat_longitudinal','13665c0c-f6f6-4023-b25e-6ac4b086474c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(72,'alat_longitudinal','432805cd-b83d-4fb2-a201-1a7e4671acca','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(73,'alat_longitudinal','0559b9d8-8b34-436a-8319-43919a5901f8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(74,'alat_longitudinal','8d9def94-4c31-4c64-87f1-9bd73d51b157','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(75,'alat_longitudinal','05d7c197-f491-4562-919e-3b5719bd8f31','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(76,'alat_longitudinal','1705f222-daa0-4357-b968-e9c90e8d425b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(77,'alat_longitudinal','fd82bc3d-33ec-46a9-99d2-45ad293a9b81','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(78,'alat_longitudinal','06f3044c-fc81-4bf4-be93-f2bd205d097e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(79,'alat_longitudinal','05964441-92f1-4441-b837-a2bccd071507','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(80,'alat_longitudinal','2ffc5593-8bc1-4c15-a3f7-b8d643e2add3','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(81,'alat_longitudinal','c85a1abc-2b52-4b50-9d44-8a3852190fd2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(82,'alat_longitudinal','d1261456-ddd7-4aa2-81ea-4d3adc91d956','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(83,'alat_longitudinal','0850e06d-e383-4ebd-af8b-ad435e0e363e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(84,'alat_longitudinal','24923202-63e7-4469-847b-f21858ea0039','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(85,'alat_longitudinal','f3b343c7-bedd-43f0-8086-27fde567df0c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(86,'alat_longitudinal','667a31c7-dcc2-4914-8b6e-eb6eba1241c4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(87,'alat_longitudinal','021ac6ab-0daf-484f-8132-34f661d7b8b9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(88,'alat_longitudinal','bd4bc139-edec-41fd-8619-3e43aa2d5cb5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(89,'alat_longitudinal','dd2b7179-e3c7-40df-b4c1-9269aea9f59d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(90,'alat_longitudinal','7d95c693-77c3-4c68-96dc-d539896436f4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(91,'alat_longitudinal','be560444-aa92-48a6-9030-6fef6acabaf0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(92,'alat_longitudinal','85085b3e-f205-41ba-9f4d-adb837c5df61','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(93,'alat_longitudinal','b1756d46-4edd-45b1-9256-9ee1b531bc05','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(94,'alat_longitudinal','aee1534e-c910-4fec-a245-57120a549f18','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(95,'alat_longitudinal','17ca5286-5774-47f2-ac79-e84ea1d50af0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(96,'alat_longitudinal','d8a54868-8e10-4d35-84e4-40a73b289d62','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(97,'alat_longitudinal','f17d17c6-3745-4d3d-8c25-c9f988bb3cbd','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(98,'alat_longitudinal','1d4e0149-92ed-4b5d-ab5e-6d1443589b8d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(99,'alat_longitudinal','b96f81cf-f92e-4378-b738-d3dc49779df8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.747943');
INSERT INTO srv_change_feed VALUES(100,'ptk','6f3361d8-8167-4eb8-8bdb-adfbd416160e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.749498');
INSERT INTO srv_change_feed VALUES(101,'ptk','c0fe7a34-6509-4305-aa4f-4d143c0cad15','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.749498');
INSERT INTO srv_change_feed VALUES(102,'ptk','f97f9f3d-7251-4a70-b6e4-1873349e93a2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.749498');
INSERT INTO srv_change_feed VALUES(103,'ptk','c363c452-a6bc-47a8-9255-2aeb67ccd072','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.749498');
INSERT INTO srv_change_feed VALUES(104,'ptk','22c8f881-63f9-489d-ad52-262dc58a3ddd','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.749498');
INSERT INTO srv_change_feed VALUES(105,'ptk','e5307f7f-c5a5-4c4b-bb61-ef950c9b49e6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.749498');
INSERT INTO srv_change_feed VALUES(106,'ptk','143b2154-4c2c-490e-bbe9-896823d9a126','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.749498');
INSERT INTO srv_change_feed VALUES(107,'ptk','59586f43-e0da-4a3d-bdc6-ed7a1c72a970','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.749498');
INSERT INTO srv_change_feed VALUES(108,'ptk','f0c734db-1e28-4e4c-a824-e4bf6dc30ad3','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.749498');
INSERT INTO srv_change_feed VALUES(109,'ptk','8a980546-da71-42c8-bb2e-831d59aa2cb5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.749498');
INSERT INTO srv_change_feed VALUES(110,'ptk','7aacdacb-5418-4e41-850c-e0da4d013840','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.749498');
INSERT INTO srv_change_feed VALUES(111,'ptk','5cea1951-d7f6-4ea7-bfb1-36271838e9c0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.749498');
INSERT INTO srv_change_feed VALUES(112,'ptk_terdaftar','25095915-9733-4bb0-bd3a-b90d0cbac724','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.750735');
INSERT INTO srv_change_feed VALUES(113,'ptk_terdaftar','8db438df-e14a-457b-9c32-5537256502f9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.750735');
INSERT INTO srv_change_feed VALUES(114,'ptk_terdaftar','4f38c500-4daa-49f2-be59-07f08cd3257c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.750735');
INSERT INTO srv_change_feed VALUES(115,'ptk_terdaftar','823f78bf-1fc9-4f75-9b0d-737ae39d31e5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.750735');
INSERT INTO srv_change_feed VALUES(116,'ptk_terdaftar','f85d427d-a281-4221-a67c-cade52b2dbb9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.750735');
INSERT INTO srv_change_feed VALUES(117,'ptk_terdaftar','a83c045a-6408-4771-b4da-8e71516e5859','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.750735');
INSERT INTO srv_change_feed VALUES(118,'ptk_terdaftar','818d7670-794b-415c-b156-14b0a0eb2cd9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.750735');
INSERT INTO srv_change_feed VALUES(119,'ptk_terdaftar','1ded03fe-22ed-481b-975a-f8c3a77c191c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.750735');
INSERT INTO srv_change_feed VALUES(120,'ptk_terdaftar','6ce8f9a0-e60b-4839-af57-66409a75f921','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.750735');
INSERT INTO srv_change_feed VALUES(121,'ptk_terdaftar','603d940b-9272-47ff-80e8-c858ff48741c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.750735');
INSERT INTO srv_change_feed VALUES(122,'ptk_terdaftar','4d22ad4c-1ff0-4327-82f6-eab6c117402b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.750735');
INSERT INTO srv_change_feed VALUES(123,'ptk_terdaftar','c6274460-a136-4a31-833b-550ebf632c97','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.750735');
INSERT INTO srv_change_feed VALUES(124,'rwy_pend_formal','5eb92dfb-4088-40c9-89ff-5d1073965c2e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.751977');
INSERT INTO srv_change_feed VALUES(125,'rwy_pend_formal','efc890a1-2f4f-421c-9a95-0b5b584b604c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.751977');
INSERT INTO srv_change_feed VALUES(126,'rwy_pend_formal','da14a465-1876-46eb-b958-744b98e27f99','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.751977');
INSERT INTO srv_change_feed VALUES(127,'rwy_pend_formal','5cf03b30-2bc1-4bc8-a631-2b5e06498aca','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.751977');
INSERT INTO srv_change_feed VALUES(128,'rwy_pend_formal','fdd4030f-bd0a-43b9-b3f7-5c95b5a78e9e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.751977');
INSERT INTO srv_change_feed VALUES(129,'rwy_pend_formal','8c99059e-c90d-4128-b7fd-c73dc1421720','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.751977');
INSERT INTO srv_change_feed VALUES(130,'rwy_pend_formal','029483d7-1876-47d1-8f50-472937b8827e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.751977');
INSERT INTO srv_change_feed VALUES(131,'rwy_pend_formal','8e8a168b-7eee-4655-b093-5cae3e4785a1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.751977');
INSERT INTO srv_change_feed VALUES(132,'rwy_pend_formal','48e5d071-fed0-4baa-b063-8f08ecffbe25','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.751977');
INSERT INTO srv_change_feed VALUES(133,'rwy_pend_formal','1a752150-9eb5-4f68-9253-10fe62ddf1ef','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.751977');
INSERT INTO srv_change_feed VALUES(134,'rwy_pend_formal','23255885-b358-4d08-b795-eca48b5c63fb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.751977');
INSERT INTO srv_change_feed VALUES(135,'rwy_pend_formal','d7e559d0-6363-4d68-99e2-0aeaae77c959','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.751977');
INSERT INTO srv_change_feed VALUES(136,'tugas_tambahan','e8f59c96-e5ff-44d8-8d48-9131652e7e15','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.753173');
INSERT INTO srv_change_feed VALUES(137,'tugas_tambahan','7ccbaab7-daec-44bb-a0cc-38872a16e94d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.753173');
INSERT INTO srv_change_feed VALUES(138,'peserta_didik','c498f68b-1801-48cb-b114-88eaa95b06c2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(139,'peserta_didik','7b1092f3-771f-4886-b926-5ab4549bd540','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(140,'peserta_didik','54e2ff10-4b17-452e-ba6c-4b9793c9d62d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(141,'peserta_didik','c2ff78fe-46e6-4fd1-aec3-a99ccc49339b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(142,'peserta_didik','0158f6c1-3fcb-45e9-b99a-c06869238243','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(143,'peserta_didik','393bba3d-c71b-46d2-8f5b-1989407c4c17','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(144,'peserta_didik','0ffe8d6a-77c9-4d30-962d-73575eda38bc','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(145,'peserta_didik','178c95dd-be30-4de6-ab28-dfc7f8c2b77d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(146,'peserta_didik','d6f68664-689f-48fa-9a9f-1fbd836c959b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(147,'peserta_didik','1b947e42-9a58-47ac-bc03-8933808b03f0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(148,'peserta_didik','c7b1191e-8365-4d97-ab73-7dc42ccd4b7c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(149,'peserta_didik','04060607-e907-44a4-a92c-fd776aff8aa8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(150,'peserta_didik','13d3083c-1dd6-44d9-b22f-a95591fdf365','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(151,'peserta_didik','e3cd00e2-b383-4617-81d5-602a11a7133a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(152,'peserta_didik','e42dc325-b836-4fe1-a384-f79ac789875e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(153,'peserta_didik','180068f1-e5d4-4994-8d9b-e430fabab41d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(154,'peserta_didik','56efb920-7cc1-43c2-8c16-5e14e81eb053','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(155,'peserta_didik','29b10ddb-376b-4631-a88b-3c601a5215f5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(156,'peserta_didik','66c6b159-5aa1-4e1d-b691-e9f9cd00db39','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(157,'peserta_didik','976f501c-28b8-4723-b815-f245fe594f1e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(158,'peserta_didik','61d316f2-6453-4f5e-9baa-3c26253dfd27','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(159,'peserta_didik','2eb4f9ad-8368-4707-b32b-d316d73a928e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(160,'peserta_didik','906c9123-f836-443e-be99-da0ae1846412','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(161,'peserta_didik','0cc20713-d1d8-4c44-a8a3-5877021df612','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.754144');
INSERT INTO srv_change_feed VALUES(162,'registrasi_peserta_didik','9e12ffe5-26ee-4319-9ecf-b2f69e5fbf61','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(163,'registrasi_peserta_didik','aa010fee-a5c8-4047-afc7-34489067354a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(164,'registrasi_peserta_didik','60e8fbf0-6d60-4b05-88c4-cb5e1067d8f4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(165,'registrasi_peserta_didik','768887ca-e48c-4dbe-95e3-b8cb8e8e473f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(166,'registrasi_peserta_didik','d6cf8cb4-9c11-470f-8695-04ceabbfbb23','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(167,'registrasi_peserta_didik','170666d0-a0ee-4c6b-a2e6-de814ff18ba2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(168,'registrasi_peserta_didik','c03b1f1f-8ef5-405d-a947-5b10bc41aed2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(169,'registrasi_peserta_didik','1f852c11-b268-41f3-9185-b273cf008b61','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(170,'registrasi_peserta_didik','1d3d2135-1d33-4e4c-80a6-5e8f76273c39','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(171,'registrasi_peserta_didik','9b0bd9e9-d90c-4ee4-8833-6c057fb59173','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(172,'registrasi_peserta_didik','9366fecb-2c8b-4787-9c51-668b37735480','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(173,'registrasi_peserta_didik','f54ce081-1e70-4bfe-8a0a-13d7ef5e3c3c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(174,'registrasi_peserta_didik','f93e0848-1ab5-49a7-8a08-9d7744902d96','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(175,'registrasi_peserta_didik','668589db-097a-465b-a40a-06727df3b534','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(176,'registrasi_peserta_didik','ea903a8e-8ea6-4238-8f97-a25cdcc66b1f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(177,'registrasi_peserta_didik','37727a5f-590c-41ed-a3e8-4d49a7337179','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(178,'registrasi_peserta_didik','3cc61d32-325a-4555-8e82-dbdd5dc7d178','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(179,'registrasi_peserta_didik','83334a42-9a99-4dc5-8cc3-1a92b3125731','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(180,'registrasi_peserta_didik','53b482f1-1be7-49b3-8c83-a6a0f8493fd9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(181,'registrasi_peserta_didik','9733eb83-f203-42e7-8c5b-a95918236816','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(182,'registrasi_peserta_didik','8740bc32-32de-4130-ab82-c8fddfbc57c0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(183,'registrasi_peserta_didik','c345a06b-52d6-4cff-9270-5b419792c6c9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(184,'registrasi_peserta_didik','4cb2dea1-bfbe-433d-9162-6901ad485bbc','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(185,'registrasi_peserta_didik','ec4c7ad0-5b78-4e1e-9dfe-3dd688017433','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.755631');
INSERT INTO srv_change_feed VALUES(186,'peserta_didik_longitudinal','07ffdd13-a289-4459-b067-f836d5247c7a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(187,'peserta_didik_longitudinal','de4bafed-5919-4a90-92dd-efea1494dbc5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(188,'peserta_didik_longitudinal','37fba274-908b-4b21-b0bc-0781633daced','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(189,'peserta_didik_longitudinal','f3fcc7de-0482-424f-b11b-a0d9b5c5b8de','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(190,'peserta_didik_longitudinal','90f1ab26-2653-4b66-9651-6d10012a6a2e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(191,'peserta_didik_longitudinal','1925b1be-7897-4417-a03d-d29fe2c8610f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(192,'peserta_didik_longitudinal','b1ab8c80-eba5-4747-9ec7-2dc5b5e9ce4c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(193,'peserta_didik_longitudinal','3c25c546-04d3-4e77-a418-76fa8b05f8f6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(194,'peserta_didik_longitudinal','3edf02aa-883d-488b-8aee-0926faf08ab0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(195,'peserta_didik_longitudinal','4b028ec1-c053-4aaa-a457-abcb0751ef40','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(196,'peserta_didik_longitudinal','bd896c18-aea4-4a03-83f3-8d9b1706adf5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(197,'peserta_didik_longitudinal','6272d7bf-e7ec-47f3-ba9a-ddaeb70561c1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(198,'peserta_didik_longitudinal','b85a6ce1-d49d-4aed-aac5-468e3b45faf9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(199,'peserta_didik_longitudinal','061ced68-d630-4e88-bea0-efcc4d8ceae5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(200,'peserta_didik_longitudinal','83a8600f-da4d-4b8c-80bf-1850d951bdfe','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(201,'peserta_didik_longitudinal','1a4b64ed-55e5-4d41-8d1c-2e6f045a08b1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(202,'peserta_didik_longitudinal','45194ce7-aa24-4712-bd21-bf20f62d5425','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(203,'peserta_didik_longitudinal','c910815d-04ed-4390-b7ef-db678f39e186','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(204,'peserta_didik_longitudinal','edb46b38-836f-4b56-9435-aa59f07b9375','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(205,'peserta_didik_longitudinal','b46b5f96-2d30-42ef-a7ba-0389ad560f7f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(206,'peserta_didik_longitudinal','10dc91d0-ce66-43e3-8619-32c7125ffb14','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(207,'peserta_didik_longitudinal','1a30f69b-330c-4028-a130-f1f4217a9946','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(208,'peserta_didik_longitudinal','d53034b0-289a-43a1-bd9e-c4f12d38e979','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(209,'peserta_didik_longitudinal','dfd4a881-1848-4ea4-9c9c-697e729829b2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.759293');
INSERT INTO srv_change_feed VALUES(210,'rombongan_belajar','1cb6feb7-53c6-4c7d-9567-3c40d72a850c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.761016');
INSERT INTO srv_change_feed VALUES(211,'rombongan_belajar','4e4ba07b-9bf1-4d78-a488-eeff50203f7d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.761016');
INSERT INTO srv_change_feed VALUES(212,'rombongan_belajar','3b3dbfb2-19ad-4f9c-b4fa-9555aa506cf3','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.761016');
INSERT INTO srv_change_feed VALUES(213,'rombongan_belajar','d6c8bcaa-78f4-44fa-b8c9-7c5ad6c3d0ad','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.761016');
INSERT INTO srv_change_feed VALUES(214,'rombongan_belajar','391b5984-8885-4d67-a2ae-2894f97be81e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.761016');
INSERT INTO srv_change_feed VALUES(215,'rombongan_belajar','a9ace094-4fda-47b0-ac1b-5c8e1eed45f1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.761016');
INSERT INTO srv_change_feed VALUES(216,'anggota_rombel','960f7e6a-b2dc-406f-b034-ce275059596d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(217,'anggota_rombel','cd38cd48-8568-404d-ba90-5491580fa374','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(218,'anggota_rombel','e6f0ff01-1bd9-43f8-ab27-fd634dd208ca','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(219,'anggota_rombel','b1cf2e40-c7fb-4db9-bbae-c1f5e6f1d8cb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(220,'anggota_rombel','30e60aa1-f1df-4466-8232-e475db6b0074','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(221,'anggota_rombel','6f38ec70-9778-476b-858f-2cec6ca9fa64','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(222,'anggota_rombel','6e460979-24f6-474a-8a4f-04baf5f71140','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(223,'anggota_rombel','f1040a6c-39c8-4ba3-bb2d-5465ef73a027','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(224,'anggota_rombel','1c90c5ee-9944-4058-a088-163af23e64a9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(225,'anggota_rombel','580b1c14-5f3b-43b8-b15a-75cd1c2b8a05','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(226,'anggota_rombel','3d49451c-12c4-42f7-8890-f9b7c08c5f5a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(227,'anggota_rombel','39a29c99-601f-49a2-91c1-78cdf282775d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(228,'anggota_rombel','071ab9b3-48ba-4b7a-b31c-7614aa7a7cc5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(229,'anggota_rombel','7e0c0f67-a57b-4e0c-9625-cb9fa622c7a8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(230,'anggota_rombel','4d680e62-9061-4d07-827f-794370a6ac63','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(231,'anggota_rombel','887c3017-83a6-4972-9f6f-7021ec2b10eb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(232,'anggota_rombel','4d8c5ece-15df-4dd1-8d27-f7c0594b46ab','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(233,'anggota_rombel','233d9f32-e2db-49a9-ab56-9adac53a4e4c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(234,'anggota_rombel','28bd0a1b-b085-4162-9498-4747b16b5d3b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(235,'anggota_rombel','ebc98ab4-d892-4d91-bc95-72b1da44bd72','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(236,'anggota_rombel','ab26bcf9-14c7-46f8-9b1b-ff00085f693a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(237,'anggota_rombel','3ecd93d5-db37-49f3-b37d-41ad31ba7556','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(238,'anggota_rombel','8b530bf2-5372-44a2-b4a7-84b803f5ea00','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(239,'anggota_rombel','792f4d68-ca5e-442f-8419-9f6c73e4ab59','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.765515');
INSERT INTO srv_change_feed VALUES(240,'pembelajaran','cd472e42-0787-4027-82c4-c30e52254960','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(241,'pembelajaran','90d1d88c-4787-4924-ae04-c75c487432b3','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(242,'pembelajaran','aab6b94a-44fe-45db-b9b4-f9358f74168a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(243,'pembelajaran','469a6002-b554-498a-a31b-512f4b1f1e89','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(244,'pembelajaran','3f61c000-139e-4105-9de1-4b17d7723145','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(245,'pembelajaran','ff0e5e03-9f65-46dd-8a31-20608b3841db','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(246,'pembelajaran','7c3cd0c4-96d0-4d1f-a3f7-8dfab4c018b7','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(247,'pembelajaran','ed01f46e-55f0-4def-a297-e3947d0b6df6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(248,'pembelajaran','4d8ac954-ceee-44a7-a713-2731021ab3d0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(249,'pembelajaran','b340c944-5d9d-4c0d-b445-f69600161ffe','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(250,'pembelajaran','bee91957-9a0b-4615-a1e0-efba3d1167cb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(251,'pembelajaran','28dbd801-0980-4735-86f0-9b8653012cc6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(252,'pembelajaran','526e30de-31a6-469d-a5b0-a2dbeead53fd','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(253,'pembelajaran','e8e13cf8-ba7f-4435-9117-f59bdce40d00','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(254,'pembelajaran','723e8cf7-cded-402f-9e15-befd846ffa84','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(255,'pembelajaran','f9f45844-856c-4b53-86f3-49503291049e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(256,'pembelajaran','c820ac69-16e0-4501-b7c8-e94868636728','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(257,'pembelajaran','14c5133f-dea1-43bc-be2c-73f08a8ac15a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(258,'pembelajaran','b6511416-49ec-4aa8-be41-f61d89c2f3f4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(259,'pembelajaran','5a51e7d7-de78-42b4-b224-42530af66822','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(260,'pembelajaran','3b67a918-8c67-4e6d-b1c0-c2f57bd97d3e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(261,'pembelajaran','747a7162-9b29-4e7e-9560-71d793ef3bc5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(262,'pembelajaran','d0e05715-ddd5-4255-b352-805c5d9f3aac','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(263,'pembelajaran','c8481b48-afb8-42cb-817e-c77624c420ea','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(264,'pembelajaran','742a70ff-3c80-4af4-9145-66dcf6394ab9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(265,'pembelajaran','002da2d6-f777-4225-b707-fabc212bb9cc','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(266,'pembelajaran','cab6d5a1-523a-40a8-b8df-878ff3ba0434','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(267,'pembelajaran','9507420b-2d5e-447c-8074-ba80ac43f054','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(268,'pembelajaran','d616da62-4b44-4372-b003-18a32d028462','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(269,'pembelajaran','60485866-467d-41b3-8140-c0f93bb30614','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(270,'pembelajaran','554c39f0-064a-4f09-b3ec-04dd8706f51c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(271,'pembelajaran','0169274f-b53b-4c8b-b414-fac3242d22eb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(272,'pembelajaran','d621065f-efb1-4ce5-942c-b408147851b6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(273,'pembelajaran','2b678a2c-3fe3-4e7d-9805-2552e5b46aa7','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(274,'pembelajaran','60851e23-3664-42ae-b802-7ea0b72f629d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(275,'pembelajaran','eaeeeda4-dd52-4957-a6fd-08bdddc5d554','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(276,'pembelajaran','369d27e1-52ef-4135-9349-3905e54e678f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(277,'pembelajaran','de1d1946-72b7-4e4e-be42-57d0279d1ab6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(278,'pembelajaran','c4e8f5a4-4dd6-4d00-80c6-cb55d78e1aeb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(279,'pembelajaran','79e0b63d-edde-42a4-8c1c-a7e3d6ca4367','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(280,'pembelajaran','0f4741f1-5b67-4414-867b-abe4d6dcf9ed','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(281,'pembelajaran','d7c3ad3d-b011-45f3-a670-120026bf13ce','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(282,'pembelajaran','a6fd324d-2c0c-413a-971d-11cd7d98f713','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(283,'pembelajaran','ea24ba07-d514-4aff-b8fa-37b34912ac2c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(284,'pembelajaran','e1449dee-5b6b-4eb8-8216-9b46f11d60d5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(285,'pembelajaran','ad63ad0a-d4ba-4b28-bcca-ca946098bc4f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(286,'pembelajaran','5f868da8-8d3d-4080-b610-44334ed61e76','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(287,'pembelajaran','46a12a32-e914-4d20-acc1-7f47e161a711','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(288,'pembelajaran','ec604d48-646b-44a7-a3cd-265a5385aba0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(289,'pembelajaran','a48a930b-a334-4486-9f61-d3ab7a13f9ed','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(290,'pembelajaran','1d37a8fe-8211-4aeb-aaf6-76a38c1b2d43','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(291,'pembelajaran','7b99ff45-8749-42e9-b75a-fe361b7d0a75','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(292,'pembelajaran','8c568ab9-6c75-4a5d-9f9c-a00b7ddfd1aa','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(293,'pembelajaran','e72f26d8-f6eb-4687-9ec2-38608e24c9b5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.767230');
INSERT INTO srv_change_feed VALUES(294,'jadwal','1e19d036-e145-473a-bb41-df8e63ebf12f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(295,'jadwal','f55af797-48d6-47de-9745-2c5265f27d7e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(296,'jadwal','b76e9fdf-7003-4fb3-86ad-2573fccbff74','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(297,'jadwal','4fc4eb75-1fc2-4c3b-958b-c7d7d2085261','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(298,'jadwal','4b1ea9f9-b6d8-44e4-aca3-903e23bf591b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(299,'jadwal','74a83d4f-975e-4c9e-a545-0363b7802aa0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(300,'jadwal','c1ff359e-2c91-4f4e-9301-25afdf34d10c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(301,'jadwal','8bd96c6b-3c44-418c-bd5f-3ecfaeea3fe2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(302,'jadwal','ed7909b9-de60-42ec-9897-455d58d07606','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(303,'jadwal','2595349d-d899-46af-b0d8-870351373f3f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(304,'jadwal','c62b0eb3-998a-463a-b31e-2bab6916f138','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(305,'jadwal','ef564a95-a63a-4af8-9753-e19648b5b53b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(306,'jadwal','d4a53b45-2084-4ab7-b166-5909899742cb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(307,'jadwal','3b7780f6-43eb-420e-943f-c2c7ae899cfd','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(308,'jadwal','a1354fbe-b6ca-4874-bc3f-4aa36b9ef9da','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(309,'jadwal','1de70b4f-ed72-48b5-ba41-78debaad3cdc','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(310,'jadwal','4e90fe7e-bb9f-4ad4-834b-b6571b29fc2d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(311,'jadwal','26f8d5fc-cbc6-48e6-9185-21655efbe56b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(312,'jadwal','c3011166-8705-4b99-b2be-a3df4d2aa364','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(313,'jadwal','b861192a-aaca-4dde-acfc-bb134831f7be','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(314,'jadwal','da5f4e53-3426-4e8e-a315-5630e0d2fb62','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(315,'jadwal','770cddd5-6db5-44ce-bbc4-2203a85ac971','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(316,'jadwal','0998b91c-d50f-4bff-b80d-3650b47f7aec','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(317,'jadwal','5e45f323-e237-479f-9240-97ec92f7f3c5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(318,'jadwal','4e4b3bfe-6a0b-4f15-893d-9c38159be6f1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(319,'jadwal','7e881bbf-f470-4cb0-8979-9b50ef10663f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(320,'jadwal','079a08e9-1ffc-4aef-b40b-2a9363182486','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(321,'jadwal','16e33cef-fceb-465e-8aea-f871381a7c34','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(322,'jadwal','8e754a59-2ee4-4bb9-b6bf-c96244d23592','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(323,'jadwal','4e20cd25-be10-4ddb-8d90-023ed033102f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(324,'jadwal','bc1875b3-0551-4551-ad4d-75db459505c7','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(325,'jadwal','a5b4da9c-0afe-4f1b-837a-8040ae835002','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(326,'jadwal','3c15c984-68e5-4f21-a858-3faa5d5cdca4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(327,'jadwal','05a794f3-6716-46dd-9f67-fa603f3b24b8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(328,'jadwal','d4c7f723-3805-46cc-84c6-c3aba8794ceb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(329,'jadwal','22720b66-a819-4b12-9a6a-c8dc26812774','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(330,'jadwal','89c648e4-c0b8-452c-b43b-e3f45c2fdad5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(331,'jadwal','3dae46b2-e931-4e66-9710-5d2d9f1e35df','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(332,'jadwal','9b2e9737-6385-4701-93a3-6210e9be5a8d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(333,'jadwal','622f2cdb-da20-4746-a188-e3a6c1d271e1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(334,'jadwal','7fac0961-c0da-4784-ae95-001ca0dc1b41','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(335,'jadwal','aa3dee21-222e-4bff-889e-492e85b6cbb1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(336,'jadwal','68601cf6-0b23-4982-9bfc-3e937f83b8b7','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(337,'jadwal','52e47768-8ecb-47d1-90a4-a8004437087c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(338,'jadwal','7c3f0150-8d4a-42b6-9988-4c9e3b78011b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(339,'jadwal','9d073b8c-e44b-421b-80ec-b51d4d8906e9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(340,'jadwal','5f113a89-e448-4f91-bac6-80305ce5709f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(341,'jadwal','dee1ba0d-bf21-43f9-a568-19b1bc25c246','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(342,'jadwal','62e62e20-5d2f-46d1-8b47-d09fbf97b83d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(343,'jadwal','0d233d66-5afc-403d-b18f-9a2490655886','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(344,'jadwal','a2b75982-aae0-4938-ba09-c0e1180cec92','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(345,'jadwal','62d078f5-492a-490d-bffa-e79eb655b379','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(346,'jadwal','1b25f879-8e63-4209-aeb0-d08b5daf67fa','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(347,'jadwal','074298eb-8e18-4bef-82f7-4433402b5f6e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(348,'jadwal','2f52e7d1-08ef-490c-bebd-0c9ddc1b003b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(349,'jadwal','875b94f9-3e6b-4842-836a-9d03205cf14b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(350,'jadwal','097240a5-331e-4d65-99b5-4cc1c5f9304a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(351,'jadwal','44263676-f034-45db-b679-41c2728635b8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(352,'jadwal','f5f82ced-852d-447d-bff8-ec7a2deb9318','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(353,'jadwal','27039898-7419-4cf9-91ff-8ba9c052f146','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(354,'jadwal','1620dcd9-5b5f-42eb-91d3-c95a3c61664b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(355,'jadwal','bed6ee44-b99c-413c-80dd-4152f7a2441f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(356,'jadwal','b0b83846-1af6-4020-b3da-d1fb98263390','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(357,'jadwal','7de2343c-8b49-4694-aa58-dd78c478ebe9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(358,'jadwal','f38cd9cd-cd6f-42c7-b300-b341995c5940','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(359,'jadwal','1b5af267-fd80-4014-8b93-a3a142344419','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(360,'jadwal','fb972e3d-6029-40a2-81aa-de40b2719f99','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(361,'jadwal','79761d8a-2182-4eba-8f77-c72fb5e6a382','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(362,'jadwal','c9ca7983-c614-4676-85a5-17c0e5d4c0ec','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(363,'jadwal','15b06c77-dc0c-4a22-b0dd-d048ba1c5ed0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(364,'jadwal','880ee7f4-e9fa-4fbf-ab5e-50a040046ebb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(365,'jadwal','a8cdf996-afd6-43cd-841d-c9f0e36f560a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(366,'jadwal','f473e88e-9744-4c82-939d-cc9416ad702d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(367,'jadwal','1778005a-3a4c-4249-b275-570f3433ee73','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(368,'jadwal','e1432f16-7737-40c1-91ee-1f308c6391a6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(369,'jadwal','1c428e91-0f72-48d0-9a66-c3561b54ac8a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(370,'jadwal','fed5508a-54dd-4b50-a7d1-9b88d742da57','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(371,'jadwal','0fd4a5b9-ab56-47e5-a95b-fb4ab59b81bb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(372,'jadwal','82b490a0-e42e-483a-89d2-a5ddd800897a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(373,'jadwal','29f86291-8cc0-4d48-81a2-fdde9601295d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(374,'jadwal','ffe1ffe5-e32a-4bfc-9456-34b1cdda8432','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(375,'jadwal','82e95ae1-54e9-4797-b48f-4e2de1e84fb6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(376,'jadwal','b7452af8-0c1d-4d8d-b392-dab479d2a501','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(377,'jadwal','08920bef-342e-4577-94f3-b25fff71932f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(378,'jadwal','0b6724bf-7b8f-4342-936a-e43a7cbba28f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(379,'jadwal','bd78b842-50e4-4e8a-b604-45e4b6cbad81','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(380,'jadwal','fad7bc0a-8301-4d8f-98be-55794d022e7d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(381,'jadwal','89855cc9-8c02-452f-a5f6-f5056bf02e64','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(382,'jadwal','4d5acf22-6c0f-4faf-b458-a3dee64dc04a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(383,'jadwal','2d40d451-f529-4712-b4f4-c3aa45e86f9e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(384,'jadwal','595bd7f1-5d52-4ab2-94a9-c4977737d0fb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(385,'jadwal','b8927a1d-8f1a-4a52-bb80-62959360a6e1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(386,'jadwal','55acac89-a766-429f-8a1d-d4a2dd4665c6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(387,'jadwal','d7e8598e-897b-464d-814b-54831a09140a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(388,'jadwal','a990a7bb-221d-4f46-87e7-d3d0166cdb68','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(389,'jadwal','f927e154-16d4-4e09-80eb-b8b38f62c746','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(390,'jadwal','a4227ffa-7561-48cd-b5f5-12fe1fee3a06','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(391,'jadwal','8dd242bd-f9f6-430e-baf7-846069c9c283','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(392,'jadwal','2ecc0ce4-f20c-4dcb-9393-e48808d90d15','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(393,'jadwal','8bd487c6-ec70-499d-89f5-34220e39c3a5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(394,'jadwal','47b5c2f2-77f0-4f02-92f8-c97fe745ede1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(395,'jadwal','413dda2c-d9f2-4997-923c-10234ad7f8c8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(396,'jadwal','f45f0aaa-c2a7-4930-a60a-4949458090b9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(397,'jadwal','21e38d38-0408-40c0-8c0b-58b94e081db5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(398,'jadwal','b1fd0b2c-3fe0-4dfa-90f8-8314276478ed','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(399,'jadwal','33aae9f6-bf1a-4dfc-b376-64bc75a7d5d1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(400,'jadwal','062a0a6a-1e02-479b-9c13-9b9d9bcf8050','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(401,'jadwal','36d68e52-4201-424b-ba15-bf17e0944315','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(402,'jadwal','b39e05f6-0e4e-4445-ae8e-27f99516a922','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(403,'jadwal','02b1534d-7328-479e-9fa1-f279ba6e20bb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(404,'jadwal','08b21b17-e298-4f93-a757-0e09f74fb6b9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(405,'jadwal','033ea7f5-c561-4f73-987b-ab060f67be3c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(406,'jadwal','45c12707-a124-4917-b500-8281e9e0a883','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(407,'jadwal','0a3a74e6-0635-4066-bd1d-cf737a3caa13','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(408,'jadwal','47c35d30-9cce-4a4e-80ed-87a15781a5d7','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(409,'jadwal','c57bf971-771f-445d-bf4c-c556c6878718','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(410,'jadwal','7cce3544-cdeb-481c-b236-d9d0996f9586','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(411,'jadwal','ecd917a0-6c66-4c7e-9734-5099baec4eab','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(412,'jadwal','babfaf67-604e-4039-b833-b5f11b65d859','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(413,'jadwal','6a5068a6-dadd-4f17-bde4-bb12390e3ac4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(414,'jadwal','836c50f2-4d75-4b44-83d1-b3a4924e5120','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(415,'jadwal','6250d26f-8d5b-4749-bccd-1a1247e7e711','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(416,'jadwal','02ccec10-5f6b-4863-944c-1d022619a8a5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(417,'jadwal','37c8c79f-6f03-4e78-81d1-7fbaff0b2c6b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(418,'jadwal','e8e25a7d-3253-455a-a86c-f6f5bff8461e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(419,'jadwal','2d0dc08f-a864-48cf-8c8e-71ff771e2214','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(420,'jadwal','108f1a52-c146-4f05-93d9-9f7695617567','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(421,'jadwal','8b1aa83d-d8ef-441c-897b-be4e8c96958b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(422,'jadwal','e13d2c5d-9d54-4b2e-ab94-5149fd871189','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(423,'jadwal','8a291395-c2a2-46b7-a977-88b1ae444a99','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(424,'jadwal','313ac86a-fb9e-4967-87fa-2a431123c7e5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(425,'jadwal','d91c74a0-888e-4384-accf-08cc6a76c719','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(426,'jadwal','7ec4c2ac-cd67-472c-9dc4-c8a73311a812','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(427,'jadwal','422db2ef-4759-441d-9731-edba5c39093d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(428,'jadwal','aa34d08e-b12a-49f7-9329-66d5155d7267','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(429,'jadwal','8c007483-9699-45c0-ac3a-ae0aae305ed2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(430,'jadwal','97e16ccf-e544-44bf-ad18-f8b0823248ca','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(431,'jadwal','aa278641-0e9a-4181-8f93-b5c092e8f9c9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(432,'jadwal','0862f74e-e835-47fb-b597-d4fd0e763eef','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(433,'jadwal','f46eb412-66ef-4728-bc5a-97698f926a81','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(434,'jadwal','e4fa9dff-bca5-4088-aacf-597668059d59','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(435,'jadwal','a151d003-1e78-4746-9104-52944d75bb0f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(436,'jadwal','fe5d3de4-52fd-41a6-bf2e-587d35f02545','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(437,'jadwal','80dd209a-65a8-4170-b0b4-7421028b8cf2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(438,'jadwal','bf754f21-31bd-46c3-ad50-3975e44112b8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(439,'jadwal','0adb9ae1-f02f-429f-a1fc-f45f9064e413','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(440,'jadwal','b1c514bb-2ba7-444d-9d70-a555d3917cc9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(441,'jadwal','cca22031-58e7-409d-a5a7-d0f765fd5c53','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(442,'jadwal','af729da7-ced4-4bc4-a09f-ce6c4ea09559','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(443,'jadwal','add8e789-b131-4503-9110-d49e888f3fbd','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(444,'jadwal','1cfed838-bf27-409e-b3c6-3b3ba56f5939','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(445,'jadwal','f60a3af0-8e60-4b7c-9e50-481b54a1722b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(446,'jadwal','fadfd0bf-8608-4ec6-b82e-dfd081abf8fa','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(447,'jadwal','522b6b4e-953b-47c7-8d81-48f40e8d0c8f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(448,'jadwal','1d479df5-696d-4a85-820f-cc38f6bbc814','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(449,'jadwal','9ba29318-fed9-46fb-a136-d4a397565dd4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(450,'jadwal','f222e840-51e5-4ea6-9766-cc60ae149c8d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(451,'jadwal','1589519c-47fb-44bf-8dbf-7410055b0e16','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(452,'jadwal','8c823f98-22ee-48bb-9e2e-d7a08e9a1704','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(453,'jadwal','2fd2ea02-a71e-46d6-8fd0-7da84634fecd','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(454,'jadwal','f42df8ed-75b2-48a5-80f9-fc2c46a697b9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(455,'jadwal','de6b3a10-13c3-4e43-b663-77cf5b6df274','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(456,'jadwal','6acef5e6-348a-4023-8d1c-90c3005acdf3','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(457,'jadwal','4ed3dca5-e4f5-43e1-a2af-cf790cd96bf0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(458,'jadwal','7eefd937-2a2f-4c9a-8dc3-cb3f42409051','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(459,'jadwal','5ba863a2-b98f-436b-b456-4031d3a126da','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(460,'jadwal','2175192f-1291-4f25-87cd-f4336b2fef16','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(461,'jadwal','cbe54580-e50b-42a8-9570-44decf69fb30','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(462,'jadwal','0176a431-e743-4471-8b66-563d23252dee','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(463,'jadwal','3e148d6b-95b6-4399-8e19-d8fca5dd5214','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(464,'jadwal','2025f387-eaa3-4b45-b2dc-68a76e0dd927','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(465,'jadwal','e064ee21-412e-464e-818c-9c0744de3885','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(466,'jadwal','3a68c177-eda8-42fe-a0db-b05e161e2856','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(467,'jadwal','da79ade5-fa7e-43eb-963c-265edd991fc6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(468,'jadwal','7af378e1-8703-439a-9bee-5f807337424e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(469,'jadwal','1155785d-9313-46d0-b69c-224885878743','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(470,'jadwal','1f3d57d3-7938-4166-8f26-c91920dbd7c9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(471,'jadwal','7918510a-2674-44bd-a96b-72425048e449','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(472,'jadwal','46cdf162-4e7a-478c-ad47-80d8897e5940','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(473,'jadwal','0df39cee-71c6-4a1d-8299-1c9951cc98bc','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(474,'jadwal','67492dec-8ae8-4b3f-80e5-b838ac40c45e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(475,'jadwal','f3e9bcbf-f241-4611-b43d-bec8daa77f3f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(476,'jadwal','e4955916-1cd0-4a87-bb20-c8cdbb3a7ad3','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(477,'jadwal','87a5e9bd-873a-4798-a949-5fc4c94460af','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(478,'jadwal','5ff79595-0c18-4aec-896b-e881adbdfede','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(479,'jadwal','83717ecf-0a01-4c7f-89d9-f80092589896','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(480,'jadwal','9de0e312-8834-4b3b-bab8-81e819d20401','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(481,'jadwal','58a2bc30-b25e-4f90-848a-99ea6b37e3fc','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(482,'jadwal','6c5ca73d-bc21-444b-8ef2-57d1435402ff','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(483,'jadwal','f29dd544-85c9-40d2-a40e-323271c6bb0b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(484,'jadwal','f8b9f7eb-0506-4209-bd8e-c27e936a17b7','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(485,'jadwal','b327f159-a829-4061-a257-7aa08c8997ec','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.770027');
INSERT INTO srv_change_feed VALUES(486,'nilai','02f9b2e8-6989-4815-991e-621a9546b19d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(487,'nilai','ad8eabd4-2232-4e5c-a2b4-f2164b01b8eb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(488,'nilai','1755ada7-30b8-42f8-9032-25d5894c2e72','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(489,'nilai','f488f427-7725-4837-8f24-645e25b3ea67','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(490,'nilai','5d0ae815-18c2-45f9-80ed-8d24031fe38f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(491,'nilai','d5e343c0-bd53-41fa-b144-bb6dd957171d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(492,'nilai','d5aa92fb-6841-43f4-a853-cb0a7cf10d0a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(493,'nilai','7762322e-1dfa-43c0-893b-f4715fbfefcd','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(494,'nilai','943b67ea-2ead-4635-8d15-e336d6a0d11b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(495,'nilai','fd930a2c-d709-4217-9114-45a1606aa83b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(496,'nilai','d0ea0245-1aae-4e2d-a72a-b2afe94457ef','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(497,'nilai','bbcea61d-bee6-4849-8d12-154201c93497','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(498,'nilai','a5de9dc2-bd03-4ac6-96dd-b57cd0b878c7','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(499,'nilai','577b2026-c2e0-4bb5-8a3b-971487bebac0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(500,'nilai','a36965c4-6114-4634-964a-865fd6a75f5b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(501,'nilai','4db4113f-99b6-4611-82a0-64929139bdf0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(502,'nilai','027f9aee-bd2e-48ff-ad23-4bbaee24d8c3','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(503,'nilai','500cbd8b-b41f-4715-a08e-a3bd7119f801','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(504,'nilai','3a73fb3a-ac4f-4ee5-9268-4e7e9aa7b181','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(505,'nilai','7b12f818-40d6-40b7-86d9-bb759b2f3fd0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(506,'nilai','608e7e9e-904d-4844-954d-dec56ebc95a1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(507,'nilai','aaf61a6f-4178-4f84-ab09-a195f719e9f8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(508,'nilai','70d616cf-4fa3-4aa1-8686-f20fc1569639','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(509,'nilai','db88f63f-0630-4ca2-8857-c1707569ca99','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(510,'nilai','16b60c98-edb2-42ee-91f4-1f0bd25abc80','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(511,'nilai','b5f19d2b-ce56-4762-ae00-e94c022be465','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(512,'nilai','e17ea1b2-3f3c-4807-a734-46c8ecf43ac5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(513,'nilai','e2e94807-d831-4fdc-886e-addba3edd5b6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(514,'nilai','6e35b755-69ef-426b-82de-4a2ef924ea4c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(515,'nilai','501d8f9d-a68f-4f4e-8d97-f164a3354143','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(516,'nilai','3b5a6467-2fa8-4481-92f6-fc17a00b970f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(517,'nilai','291aba0f-4d38-4fe8-b5fd-18de6d672489','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(518,'nilai','26c3b4b0-9be5-46ed-aaf3-cb663a9e5b95','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(519,'nilai','dcf79eaf-b1f1-46b2-83d7-62312fb36f35','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(520,'nilai','54a76e51-0574-41b3-966d-f2bf554face4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(521,'nilai','9f346442-2723-43a8-9c92-89e14642f8d8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(522,'nilai','14733596-e3e9-4755-9c54-633bffd98a72','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(523,'nilai','2e0ecb59-e34a-4963-bf6e-0b4b1db8e36f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(524,'nilai','f47aec29-56f6-4b34-ae58-5b34337f7ba5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(525,'nilai','c8a9153a-8a92-4e61-92ed-9dd1929b6c10','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(526,'nilai','480f5404-254c-4c39-98d9-c202b63476d6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(527,'nilai','4029e01c-8b8b-4af0-9196-37a9c50f37ad','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(528,'nilai','1ce896a9-280a-4632-85f7-1a9799c6d906','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(529,'nilai','dbc27e9a-07d9-4f37-8e99-a40b2b287e7a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(530,'nilai','e760d715-023c-46e3-b60a-a289b7df2936','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(531,'nilai','cb4b5eac-aa4b-4751-adb8-4062857bf5b8','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(532,'nilai','22aba668-1e32-491b-bf46-3b2102b0ecc6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(533,'nilai','53e7549d-7302-412c-a0ad-d2287e658167','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(534,'nilai','f8ce9715-62c2-45f0-8fcc-a8abe1b80296','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(535,'nilai','20873df9-525f-44d0-bf89-954be202c4b9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(536,'nilai','0e783df5-aa95-44b4-9529-8f11ee081855','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(537,'nilai','3770c23e-612c-49b5-9fed-31065915145a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(538,'nilai','f3e0e451-12b4-4879-a62c-7f0e36880dc2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(539,'nilai','4da11675-a743-4fe4-8c27-dde57dc323b5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(540,'nilai','0e550a94-6a6f-414f-b3ab-d81663ceefbc','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(541,'nilai','057fcad9-b9d9-4dc4-a2b8-41a7674b47d5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(542,'nilai','47489421-6a33-40a3-a5b2-d81fe6c7af50','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(543,'nilai','eb58d87e-100e-44ce-aac2-2d4097d4cfaf','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(544,'nilai','41ec1ac2-d44a-4cc8-a932-0f74d441737b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(545,'nilai','ac50b5f5-1591-458b-b667-5488e04d629b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(546,'nilai','34fae0b2-f061-4e12-8a91-e9a9712b45be','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(547,'nilai','9c6dc61d-6710-4533-8e75-250b910a7684','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(548,'nilai','c349f6a6-3a9d-4cd8-a9f2-0a5e900da41d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(549,'nilai','c93b4910-061c-4a60-9f4f-7a18dff2b3e7','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(550,'nilai','6fa6cb92-0d17-4989-a510-6b82e647cbdd','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(551,'nilai','12ae8db2-8f87-49e4-8b72-4a0c8ebe72f2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(552,'nilai','5a3d2e68-056e-4d48-825c-64b167506b3a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(553,'nilai','c653ba36-57c3-4275-9be3-6a7aca6d154a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(554,'nilai','7c4d04d5-35a1-403c-b5eb-71f97715e6d4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(555,'nilai','3cf15aee-fa79-479e-b020-4f63bc93ea27','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(556,'nilai','d9fba41f-1574-45ea-ad9d-a4d283dd8fce','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(557,'nilai','5b3f32f0-c892-436d-9d49-ca4408096b79','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(558,'nilai','722eec1c-c633-48aa-9f51-c1ea34026b5a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(559,'nilai','56a014ae-22e2-4f6a-939f-d5c5e8c3f05b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(560,'nilai','34ad7000-f197-4297-b98c-e4a8dd0fffb0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(561,'nilai','49086e9f-e8da-4459-b1dc-6d64304c5fe4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(562,'nilai','441a335d-2d0b-40de-9506-8c93108c9c17','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(563,'nilai','66f4072e-9612-49c3-a43e-3e2c0e419d21','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(564,'nilai','b8a8fc0d-8f98-4105-831b-d7350937d1a4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(565,'nilai','1d5b33ad-1ecb-4bce-859d-b0adfd6a3bec','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(566,'nilai','60cb30bc-232e-4ca7-afcd-e3c44a5f885c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(567,'nilai','998b4fce-d423-4545-8fda-2a325715cecd','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(568,'nilai','c43d50c0-22ab-4e7d-aa41-3d2e40cff9c3','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(569,'nilai','7f00819d-5c92-476e-81bb-3f45417af2fc','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(570,'nilai','e91a7e4e-b691-41e9-85c3-e5b035f3c1b5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(571,'nilai','72e32851-4ac5-49ad-a2fb-e3835e92bc50','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(572,'nilai','282316b8-a40d-45df-ba10-54549a498ecf','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(573,'nilai','13bffb64-997a-45af-8d46-64ce1cf61253','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(574,'nilai','eb694033-5c2a-4cb6-95da-94d268621148','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(575,'nilai','00b3111b-9c89-476a-9d5a-e5ef38d814a4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(576,'nilai','b3861035-f79c-4b52-8952-e92721e547b0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(577,'nilai','4415cecd-399b-4d56-9433-767e4f35c09b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(578,'nilai','80348c83-b672-42a3-ac62-bcebe6b47d8a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(579,'nilai','334822aa-d585-4105-83be-5756cac524e1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(580,'nilai','5ca51b43-4593-46e7-831e-41a86a0c8dea','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(581,'nilai','e67031be-1fc1-4045-a5ba-2a309dcbc458','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(582,'nilai','d9712549-074b-46b9-8d42-758d07417804','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(583,'nilai','9ad56e9d-44b5-42ca-8ddf-29a04ac86b3e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(584,'nilai','61ef4f95-b13a-423d-8068-5c5897331b7c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(585,'nilai','94665811-ea54-477b-97f4-fe140483d63e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(586,'nilai','bb894da7-05f0-4f8f-afa6-1fac438f683f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(587,'nilai','a16ff2af-0a6c-4a40-b78f-11b415dc571e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(588,'nilai','ba4009de-7048-40a2-a127-580b53f8ebdf','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(589,'nilai','7456b6f5-1b7e-4038-99f6-06514ca7fc4c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(590,'nilai','2435a9f5-0307-4370-9461-a7f63f8f4c67','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(591,'nilai','b7665eae-b701-4ae0-9766-7fd8b356f711','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(592,'nilai','67346ab1-f7e6-4620-aeed-ec05d3d521c0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(593,'nilai','8d57a867-6bc9-4b99-9c20-f7fa2341e9e3','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(594,'nilai','5f60ef28-11c9-41dc-b7d0-bd6cbe5edb3e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(595,'nilai','8d1eb007-43a8-472a-b788-4be9bd4b165e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(596,'nilai','82c3e41c-5b9a-496e-81db-35df04948b95','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(597,'nilai','62c99f32-eb30-4b5c-81b6-86a96b5c42b2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(598,'nilai','8eef09d4-6d77-4e42-82df-082c96c24bc5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(599,'nilai','061a3dc6-f06b-4af0-a9b1-564ebc1b4441','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(600,'nilai','edb05b99-dd3a-4992-8ca3-da6523f7cd93','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(601,'nilai','0c5ae273-7083-49d2-be87-87a2b1de3851','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(602,'nilai','53ee5729-7d70-4ffa-9ab7-19526bb822fa','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(603,'nilai','3c18596a-509e-4abc-81d9-cbefc7533881','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(604,'nilai','d6848b9a-40df-4b0f-a821-4ffcfbb10841','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(605,'nilai','dd5b931c-6b56-48de-951d-b7b369e626ce','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(606,'nilai','d523a081-34c9-4ea0-9569-5532d8d6fec5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(607,'nilai','dcf3e15e-6298-41d6-a708-483ed25abe10','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(608,'nilai','b693dd25-0888-43ec-b06c-4cc66e7aa6ad','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(609,'nilai','de5ef6f5-a9e4-42d0-895e-8cd2dca230f4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(610,'nilai','fd9c55ec-5bdb-4c24-a351-a87116697063','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(611,'nilai','bda0f0f7-c9f0-41e1-ae8c-24443b19ee4c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(612,'nilai','a9936081-ab02-4e60-92ac-b87a942f58b9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(613,'nilai','695e26c0-b69a-4769-9eac-c15f89422c42','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(614,'nilai','d67550cb-4931-4c16-a1e2-a94185a8e4df','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(615,'nilai','b2cba5f7-28d2-4d4d-9c95-271cc0115142','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(616,'nilai','093ae297-9904-45ce-9825-995e853f441a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(617,'nilai','109b717c-b257-4f6d-8662-b47fa2d86691','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(618,'nilai','fb4aa4a8-7d9c-4070-a72f-87c220d54e3b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(619,'nilai','f20ee481-fbe7-4376-813c-d490e03cd2ee','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(620,'nilai','b09c8cc5-1ff1-4364-86cd-ed158664201a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(621,'nilai','33a165a8-a60f-44c4-979b-336ac71b4d5c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(622,'nilai','3d6b1565-1908-4343-ba43-317b03cdbf4d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(623,'nilai','a39d16a0-dffd-4dfd-afb5-9cff9a3017f1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(624,'nilai','98537f0b-c4b0-4503-9708-bab203a76e46','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(625,'nilai','e3d85eed-1bcc-4386-b40d-70443528235f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(626,'nilai','ac6adea9-047e-4028-a7ad-5b03b317c4b7','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(627,'nilai','18b6cc39-0f25-4170-abd2-48de4b3e4150','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(628,'nilai','5b0c13e1-38f6-4719-ad32-b91f423d9ede','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(629,'nilai','b7079384-9e74-496c-b53f-a87051d7502a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(630,'nilai','e744d7a2-fe51-4217-8c3c-b6a03917febe','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(631,'nilai','0f46615c-4788-488e-9405-0713a644b627','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(632,'nilai','6451e63e-e7d9-4929-afa9-c8415d98891e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(633,'nilai','6fe7530e-d758-43b7-a344-6ffad9884c4a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(634,'nilai','fd72a887-eeb4-495c-b5eb-780e5b06c4ac','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(635,'nilai','2b47e700-c13e-4416-9de5-0c99225bd287','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(636,'nilai','10d0f2cc-8cbc-474c-a0ed-3a06be0a02a1','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(637,'nilai','2e2e35dc-46f4-49b2-ac91-69f017b94231','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(638,'nilai','39bad89c-3b98-4145-ae30-a17cacfacac7','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(639,'nilai','c80b89fe-7d2f-4454-aa5f-7f9317310cd4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(640,'nilai','47346420-7ca1-4990-92e4-44ebd6ad9de4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(641,'nilai','a4ebeca7-f5b9-4627-a5ee-cfabc4d5eaeb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(642,'nilai','2ac38677-e93f-4e3f-9bd5-e6c15974bbc3','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(643,'nilai','ac4a91e4-a848-4206-9e43-e958f7aaa40b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(644,'nilai','cea50c20-b111-4b14-ba26-f5d9c3e62495','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(645,'nilai','b5e12a85-32c0-4ccd-ad4c-3cc584a4094f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(646,'nilai','0e9cca29-7666-41b0-a72e-caeedc9d5ef2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(647,'nilai','bf08ccf6-1cf9-4623-add1-020ec558392f','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(648,'nilai','45430cfc-7f40-431f-b0f1-3f431231f00a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(649,'nilai','f01c1c0a-19ae-487e-9e72-530a2ab819e9','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(650,'nilai','6a3f8baf-722b-4355-8cf4-15bdae10c6dd','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(651,'nilai','04190b66-5110-4da4-8b98-3a62dc76511d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(652,'nilai','499f82e2-e510-4ed2-81cf-3196192a3777','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(653,'nilai','947b21c3-8545-46ba-af36-9c8e0f397ecb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(654,'nilai','83cc7d15-a5f3-44cb-b991-6f702498bb5b','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(655,'nilai','815ccc42-104e-44fd-81bd-eacb9212d3a6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(656,'nilai','0e17bd11-09e4-482e-9a90-2dc198db29f2','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(657,'nilai','71cc7b83-dd2d-4037-98df-fd8cfb163e95','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(658,'nilai','123b237d-d6b0-4e99-848b-bea3251c3bdf','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(659,'nilai','9f7e3af4-12ae-4492-935f-4e76e11b53e6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(660,'nilai','c635ceaa-5321-4610-8cfc-5135614d5ab0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(661,'nilai','de2a934c-13e6-43e9-8b67-5055da63885d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(662,'nilai','27dd8f9a-43a6-498b-9599-5c834e749a23','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(663,'nilai','46c26502-e898-4ff6-8b44-1314193d84f7','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(664,'nilai','10ba7995-8c44-43dc-b7d6-021745f427f3','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(665,'nilai','e1063a3a-1e5b-4ee1-90ad-4430bf40bb48','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(666,'nilai','884e952a-ec14-4f9f-94d8-10f1361034df','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(667,'nilai','313fc2ac-3d54-48d3-99d5-0612483f1334','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(668,'nilai','4b6e8e4a-7442-4475-b474-fc7450b24fa5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(669,'nilai','210084c4-49fa-4e43-b702-a74fb2a621b4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(670,'nilai','55fa6d49-d8e4-4e3c-96d0-5e0aa317db9e','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(671,'nilai','e086eba2-8c76-47b3-9e06-fd5591b2914a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(672,'nilai','69b6ee9e-6b68-4946-a8a6-bf42080cc82c','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(673,'nilai','cedaf4d0-1637-47c1-8d5d-290e4f29cc28','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(674,'nilai','129762e8-9d08-441a-969a-acf2aedbc547','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(675,'nilai','d7b0f6c3-f0cf-4445-8c6f-ef2058c0b6e6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(676,'nilai','41454717-2b0a-43f4-b95c-1c953e3a2c81','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(677,'nilai','df2a81ba-adfe-4c4b-a875-44e556dadbf5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(678,'nilai','69672d17-4376-47f9-a4e7-6b9cd0f8a4ac','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(679,'nilai','9ae685c9-81b0-4420-af36-e09b80ce42d6','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(680,'nilai','eb22c08d-4c06-4f35-9c7f-a426691c3b31','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(681,'nilai','7dad39b7-dfda-4e5a-8992-e6ea5d84d28d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(682,'nilai','ad5544f0-675d-4c08-9cc2-ff507d6e163d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(683,'nilai','b6a47810-3dd8-410b-b6a0-a69c773a9144','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(684,'nilai','888890a4-38dc-4ecc-b1d1-6ddb07db93bc','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(685,'nilai','8af19853-0091-4c66-9243-5487b72acbe4','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(686,'nilai','09b847da-1bb5-4025-8d64-7aefd1f5590a','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(687,'nilai','2dfef077-25cc-4816-83a9-e337ca2491db','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(688,'nilai','31ffc9eb-cadf-4235-9952-5d7d3dd5aceb','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(689,'nilai','6ea6e7bd-3705-4eeb-8503-fa3cd7b644c0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(690,'nilai','4b9f381e-1a73-471f-a135-8d72b2ccea4d','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(691,'nilai','35333334-e474-436f-947e-68be27c418e5','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(692,'nilai','22df0814-054e-4b01-bf92-23a0c3b66777','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(693,'nilai','ff3c7dcc-3032-4adc-a8e1-e90ccc010619','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(694,'nilai','1e27a273-6855-45ea-80ee-8934c27b3c30','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(695,'nilai','7bb1ecb2-9379-4b7f-abbb-ac46ca9143cf','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(696,'nilai','5bbbcb02-bf71-484a-8d4f-d04642e71c24','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(697,'nilai','b0b5ffa2-6dff-45bb-9490-463ba03339f0','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(698,'nilai','b46d4fa9-8c7e-4f12-bade-b3ab3c143506','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(699,'nilai','435179ea-6474-4f75-ae25-e4cbe7684c99','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(700,'nilai','c8d61e13-3f9b-4fe9-80b0-bce42f6dee66','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
INSERT INTO srv_change_feed VALUES(701,'nilai','951744f6-085b-492b-ac6e-695ee86121d7','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','demo',NULL,'2026-12-07 19:31:35.775685');
CREATE TABLE srv_feed_lock (
	id INTEGER NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO srv_feed_lock VALUES(1);
CREATE TABLE srv_device (
	device_id VARCHAR(36) NOT NULL, 
	sekolah_id VARCHAR(36) NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	token_hash VARCHAR(64) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (device_id), 
	FOREIGN KEY(sekolah_id) REFERENCES srv_school (sekolah_id), 
	UNIQUE (token_hash)
);
INSERT INTO srv_device VALUES('38dd587e-cf14-4aa2-8bc0-42e195f77392','6cc05e67-c9b5-4e3d-b546-6c0f41afa759','Laptop TU','20920d9ecf368d0652ae1151ade7f74238c286418308c07fc84bb01ed9b07892','2026-12-07 19:31:36.288259');
CREATE TABLE srv_upload (
	upload_id VARCHAR(32) NOT NULL, 
	sekolah_id VARCHAR(36) NOT NULL, 
	device_id VARCHAR(36) NOT NULL, 
	package_id VARCHAR(64) NOT NULL, 
	length BIGINT NOT NULL, 
	"offset" BIGINT NOT NULL, 
	metadata JSON NOT NULL, 
	created_at DATETIME NOT NULL, 
	expires_at DATETIME NOT NULL, 
	completed_at DATETIME, 
	PRIMARY KEY (upload_id), 
	UNIQUE (sekolah_id, package_id), 
	FOREIGN KEY(sekolah_id) REFERENCES srv_school (sekolah_id)
);
CREATE TABLE srv_package (
	id INTEGER NOT NULL, 
	sekolah_id VARCHAR(36) NOT NULL, 
	package_id VARCHAR(64) NOT NULL, 
	upload_id VARCHAR(32) NOT NULL, 
	status VARCHAR(30) NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	size BIGINT NOT NULL, 
	received_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	attempts INTEGER NOT NULL, 
	summary JSON, 
	PRIMARY KEY (id), 
	UNIQUE (sekolah_id, package_id), 
	FOREIGN KEY(sekolah_id) REFERENCES srv_school (sekolah_id)
);
CREATE TABLE srv_pmp_submission (
	id INTEGER NOT NULL, 
	sekolah_id VARCHAR(36) NOT NULL, 
	filename VARCHAR(200) NOT NULL, 
	stored_path VARCHAR(400) NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	size BIGINT NOT NULL, 
	status VARCHAR(30) NOT NULL, 
	detail TEXT, 
	uploaded_at DATETIME NOT NULL, 
	verified BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(sekolah_id) REFERENCES srv_school (sekolah_id)
);
CREATE TABLE srv_pmp_key (
	sekolah_id VARCHAR(36) NOT NULL, 
	signing_key VARCHAR(64) NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (sekolah_id), 
	FOREIGN KEY(sekolah_id) REFERENCES srv_school (sekolah_id)
);
INSERT INTO srv_pmp_key VALUES('6cc05e67-c9b5-4e3d-b546-6c0f41afa759','9dd4c1ec75b2d1f0a72f71271b7ee679cb83937d5324d1c61b0c3fcbfd36e44a','2026-12-07 19:31:36.293632');
CREATE TABLE srv_package_history (
	id INTEGER NOT NULL, 
	package_pk BIGINT NOT NULL, 
	status VARCHAR(30) NOT NULL, 
	at DATETIME NOT NULL, 
	detail TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(package_pk) REFERENCES srv_package (id)
);
CREATE TABLE srv_row_result (
	id INTEGER NOT NULL, 
	package_pk BIGINT NOT NULL, 
	table_name VARCHAR(60) NOT NULL, 
	row_id VARCHAR(200) NOT NULL, 
	result VARCHAR(20) NOT NULL, 
	code VARCHAR(40), 
	reason TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(package_pk) REFERENCES srv_package (id)
);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('srv_change_feed',701);
CREATE INDEX ix_ref_wilayah_mst_kode_wilayah ON ref_wilayah (mst_kode_wilayah);
CREATE INDEX ix_ptk_nik ON ptk (nik);
CREATE INDEX ix_ptk_nama ON ptk (nama);
CREATE INDEX ix_ptk_nuptk ON ptk (nuptk);
CREATE INDEX ix_peserta_didik_nisn ON peserta_didik (nisn);
CREATE INDEX ix_peserta_didik_nama ON peserta_didik (nama);
CREATE INDEX ix_peserta_didik_nik ON peserta_didik (nik);
CREATE INDEX ix_rwy_pend_formal_ptk_id ON rwy_pend_formal (ptk_id);
CREATE INDEX ix_peserta_didik_longitudinal_peserta_didik_id ON peserta_didik_longitudinal (peserta_didik_id);
CREATE INDEX ix_sekolah_longitudinal_sekolah_id ON sekolah_longitudinal (sekolah_id);
CREATE INDEX ix_tanah_sekolah_id ON tanah (sekolah_id);
CREATE INDEX ix_ptk_terdaftar_ptk_id ON ptk_terdaftar (ptk_id);
CREATE INDEX ix_ptk_terdaftar_sekolah_id ON ptk_terdaftar (sekolah_id);
CREATE INDEX ix_tugas_tambahan_sekolah_id ON tugas_tambahan (sekolah_id);
CREATE INDEX ix_tugas_tambahan_ptk_id ON tugas_tambahan (ptk_id);
CREATE INDEX ix_registrasi_peserta_didik_sekolah_id ON registrasi_peserta_didik (sekolah_id);
CREATE INDEX ix_registrasi_peserta_didik_peserta_didik_id ON registrasi_peserta_didik (peserta_didik_id);
CREATE INDEX ix_bangunan_sekolah_id ON bangunan (sekolah_id);
CREATE INDEX ix_bangunan_id_tanah ON bangunan (id_tanah);
CREATE INDEX ix_bangunan_longitudinal_id_bangunan ON bangunan_longitudinal (id_bangunan);
CREATE INDEX ix_ruang_id_bangunan ON ruang (id_bangunan);
CREATE INDEX ix_ruang_sekolah_id ON ruang (sekolah_id);
CREATE INDEX ix_ruang_longitudinal_id_ruang ON ruang_longitudinal (id_ruang);
CREATE INDEX ix_alat_id_ruang ON alat (id_ruang);
CREATE INDEX ix_alat_sekolah_id ON alat (sekolah_id);
CREATE INDEX ix_rombongan_belajar_sekolah_id ON rombongan_belajar (sekolah_id);
CREATE INDEX ix_rombongan_belajar_ptk_id ON rombongan_belajar (ptk_id);
CREATE INDEX ix_rombongan_belajar_id_ruang ON rombongan_belajar (id_ruang);
CREATE INDEX ix_alat_longitudinal_id_alat ON alat_longitudinal (id_alat);
CREATE INDEX ix_anggota_rombel_peserta_didik_id ON anggota_rombel (peserta_didik_id);
CREATE INDEX ix_anggota_rombel_rombongan_belajar_id ON anggota_rombel (rombongan_belajar_id);
CREATE INDEX ix_pembelajaran_rombongan_belajar_id ON pembelajaran (rombongan_belajar_id);
CREATE INDEX ix_pembelajaran_ptk_terdaftar_id ON pembelajaran (ptk_terdaftar_id);
CREATE INDEX ix_jadwal_sekolah_id ON jadwal (sekolah_id);
CREATE INDEX ix_jadwal_pembelajaran_id ON jadwal (pembelajaran_id);
CREATE INDEX ix_jadwal_id_ruang ON jadwal (id_ruang);
CREATE INDEX ix_nilai_anggota_rombel_id ON nilai (anggota_rombel_id);
CREATE INDEX ix_nilai_pembelajaran_id ON nilai (pembelajaran_id);
CREATE INDEX ix_srv_register_failure_npsn ON srv_register_failure (npsn);
CREATE INDEX ix_srv_change_feed_school_seq ON srv_change_feed (sekolah_id, seq);
CREATE INDEX ix_srv_change_feed_sekolah_id ON srv_change_feed (sekolah_id);
CREATE INDEX ix_srv_package_status ON srv_package (status, id);
CREATE INDEX ix_srv_package_history_package_pk ON srv_package_history (package_pk);
CREATE INDEX ix_srv_row_result_package_pk ON srv_row_result (package_pk);
COMMIT;
