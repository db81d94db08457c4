PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version VALUES('0008');
INSERT INTO alembic_version VALUES('0007');
INSERT INTO alembic_version VALUES('0006');
INSERT INTO alembic_version VALUES('0004');
INSERT INTO alembic_version VALUES('0003');
CREATE TABLE app_setting (
	"key" VARCHAR(60) NOT NULL, 
	value TEXT, 
	CONSTRAINT pk_app_setting PRIMARY KEY ("key")
);
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
CREATE TABLE ref_jenis_pendaftaran (
	jenis_pendaftaran_id SMALLINT NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_jenis_pendaftaran PRIMARY KEY (jenis_pendaftaran_id)
);
INSERT INTO ref_jenis_pendaftaran VALUES(1,'Siswa baru',NULL);
INSERT INTO ref_jenis_pendaftaran VALUES(2,'Pindahan',NULL);
INSERT INTO ref_jenis_pendaftaran VALUES(3,'Kembali bersekolah',NULL);
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
CREATE TABLE ref_peran (
	peran_id SMALLINT NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	expired_date DATE, 
	CONSTRAINT pk_ref_peran PRIMARY KEY (peran_id)
);
INSERT INTO ref_peran VALUES(1,'Operator Sekolah',NULL);
INSERT INTO ref_peran VALUES(2,'Kepala Sekolah',NULL);
INSERT INTO ref_peran VALUES(3,'Staf (hanya baca)',NULL);
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
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_peserta_didik PRIMARY KEY (peserta_didik_id), 
	CONSTRAINT fk_peserta_didik_agama_id_ref_agama FOREIGN KEY(agama_id) REFERENCES ref_agama (agama_id), 
	CONSTRAINT fk_peserta_didik_alat_transportasi_id_ref_alat_transportasi FOREIGN KEY(alat_transportasi_id) REFERENCES ref_alat_transportasi (alat_transportasi_id), 
	CONSTRAINT fk_peserta_didik_jenis_tinggal_id_ref_jenis_tinggal FOREIGN KEY(jenis_tinggal_id) REFERENCES ref_jenis_tinggal (jenis_tinggal_id), 
	CONSTRAINT fk_peserta_didik_kebutuhan_khusus_id_ref_kebutuhan_khusus FOREIGN KEY(kebutuhan_khusus_id) REFERENCES ref_kebutuhan_khusus (kebutuhan_khusus_id), 
	CONSTRAINT fk_peserta_didik_kode_wilayah_ref_wilayah FOREIGN KEY(kode_wilayah) REFERENCES ref_wilayah (kode_wilayah), 
	CONSTRAINT fk_peserta_didik_pekerjaan_id_ayah_ref_pekerjaan FOREIGN KEY(pekerjaan_id_ayah) REFERENCES ref_pekerjaan (pekerjaan_id), 
	CONSTRAINT fk_peserta_didik_pekerjaan_id_ibu_ref_pekerjaan FOREIGN KEY(pekerjaan_id_ibu) REFERENCES ref_pekerjaan (pekerjaan_id), 
	CONSTRAINT fk_peserta_didik_pekerjaan_id_wali_ref_pekerjaan FOREIGN KEY(pekerjaan_id_wali) REFERENCES ref_pekerjaan (pekerjaan_id), 
	CONSTRAINT fk_peserta_didik_penghasilan_id_ayah_ref_penghasilan FOREIGN KEY(penghasilan_id_ayah) REFERENCES ref_penghasilan (penghasilan_id), 
	CONSTRAINT fk_peserta_didik_penghasilan_id_ibu_ref_penghasilan FOREIGN KEY(penghasilan_id_ibu) REFERENCES ref_penghasilan (penghasilan_id), 
	CONSTRAINT fk_peserta_didik_penghasilan_id_wali_ref_penghasilan FOREIGN KEY(penghasilan_id_wali) REFERENCES ref_penghasilan (penghasilan_id)
);
INSERT INTO peserta_didik VALUES('995bc7ed-9829-4e69-a080-2040dc2fcdad','Bunga Susanti','P','0190000014','3204024103190013','3204023851320974','Sidoarjo','2019-03-01',1,'ID',0,'Jl. Flamboyan No. 44',4,9,NULL,'Kamasan','3204022003','40169',NULL,NULL,1,2,NULL,'083110039066',NULL,0,NULL,0,NULL,NULL,0,NULL,'Irfan Susanti',NULL,1991,11,13,'Hana Suryani',NULL,1994,1,99,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('a8bf8514-fe44-48b2-865c-ee66929323c3','Gita Susanti','P','0180000017','3204034811180016','3204033113276256','Surakarta','2018-11-08',4,'ID',0,'Jl. Sudirman No. 82',10,8,NULL,'Cileunyi Kulon','3204032001','40300',NULL,NULL,1,2,NULL,'082143450173',NULL,0,NULL,0,NULL,NULL,0,NULL,'Ilham Firmansyah',NULL,1981,7,12,'Dinda Anggraini',NULL,1992,9,11,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('ddb26dae-57c9-406a-a4a9-248da00dc09f','Dimas Safitri','L','0180000020','3204011112180019','3204012779983512','Cimahi','2018-12-11',3,'ID',0,'Jl. Merdeka No. 94',1,7,NULL,'Soreang','3204012003','40161',NULL,NULL,1,6,NULL,'085342141143',NULL,0,NULL,0,NULL,NULL,0,NULL,'Hendra Sutrisno',NULL,1990,9,14,'Dewi Kusuma',NULL,1989,1,99,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('4badd9bd-7d9f-437d-a060-09c338b17cfc','Reza Permana','L','0190000023','3204030407190022','3204035778748319','Garut','2019-07-04',5,'ID',0,'Jl. Cendana No. 28',3,2,NULL,'Cimekar','3204032003','40294',NULL,NULL,1,1,NULL,'082958633864',NULL,0,NULL,0,NULL,NULL,0,NULL,'Budi Firmansyah',NULL,1990,6,14,'Ayu Anggraini',NULL,1987,1,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('a0a17f51-eb0f-4007-b1c7-718d0ab2b401','Eka Nugroho','P','0170000026','3204036110170025','3204036089145944','Bogor','2017-10-21',1,'ID',0,'Jl. Sudirman No. 70',4,4,NULL,'Cileunyi Wetan','3204032002','40745',NULL,NULL,1,3,NULL,'089741775976',NULL,0,NULL,0,NULL,NULL,0,NULL,'Arif Rahmawati',NULL,1992,3,13,'Rina Iskandar',NULL,1992,7,11,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('cb07fcef-7d29-43de-b46a-e6ac60a4dfe8','Hana Iskandar','P','0170000029','3204036209170028','3204036481547040','Sumedang','2017-09-22',1,'ID',0,'Jl. Flamboyan No. 5',9,3,NULL,'Cimekar','3204032003','40930',NULL,NULL,1,1,NULL,'084548241271',NULL,0,NULL,0,NULL,NULL,0,NULL,'Agus Permana',NULL,1989,6,12,'Lestari Iskandar',NULL,1979,9,99,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('a9670916-0d2a-4b88-b96c-0240642a0954','Siti Nasution','P','0180000032','3204014107180031','3204018097848947','Tasikmalaya','2018-07-01',3,'ID',0,'Jl. Cendana No. 69',2,3,NULL,'Soreang','3204012003','40728',NULL,NULL,1,3,NULL,'088012242563',NULL,0,NULL,0,NULL,NULL,0,NULL,'Dimas Anggraini',NULL,1992,7,14,'Helmi Santoso',NULL,1989,9,11,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('eb0e2e1f-dace-4344-91c6-a4c43e8159a0','Lukman Firmansyah','L','0170000035','3204030711170034','3204036873213267','Surakarta','2017-11-07',4,'ID',0,'Jl. Melati No. 119',2,1,NULL,'Cileunyi Wetan','3204032002','40738',NULL,NULL,1,3,NULL,'086388552530',NULL,0,NULL,0,NULL,NULL,0,NULL,'Dimas Siregar',NULL,1991,6,13,'Lestari Pratama',NULL,1985,7,99,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('826a047e-c1d2-4a83-ad12-a936078a02bb','Krisna Safitri','L','0170000038','3204031904170037','3204036191271570','Tasikmalaya','2017-04-19',1,'ID',0,'Jl. Diponegoro No. 147',7,3,NULL,'Cimekar','3204032003','40925',NULL,NULL,1,3,NULL,'083137991756',NULL,0,NULL,0,NULL,NULL,0,NULL,'Hendra Saputra',NULL,1992,11,14,'Tasya Susanti',NULL,1982,9,11,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('177a7400-4959-4514-95ad-abb2288551db','Laras Hidayat','P','0160000041','3204015710160040','3204017628810126','Cianjur','2016-10-17',2,'ID',0,'Jl. Sudirman No. 71',5,4,NULL,'Soreang','3204012003','40164',NULL,NULL,1,3,NULL,'088745679016',NULL,0,NULL,0,NULL,NULL,0,NULL,'Satria Iskandar',NULL,1986,6,12,'Elsa Handayani',NULL,1980,7,99,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('ab87eba5-f658-4393-a4c4-a6e60709e452','Raka Iskandar','L','0160000044','3204011010160043','3204012535027792','Cimahi','2016-10-10',1,'ID',0,'Jl. Pahlawan No. 33',12,7,NULL,'Sadu','3204012001','40822',NULL,NULL,1,2,NULL,'081385047225',NULL,0,NULL,0,NULL,NULL,0,NULL,'Rafi Hakim',NULL,1988,6,14,'Sari Susanti',NULL,1992,7,99,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('d6bfe9ff-5c5e-414c-b57a-c1416e1d897f','Jaka Susanti','L','0170000047','3204010105170046','3204018738417459','Cianjur','2017-05-01',2,'ID',0,'Jl. Diponegoro No. 76',6,3,NULL,'Panyirapan','3204012002','40540',NULL,NULL,1,6,NULL,'086406117828',NULL,0,NULL,0,NULL,NULL,0,NULL,'Ahmad Nugroho',NULL,1990,7,13,'Vina Rahman',NULL,1982,1,99,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('fe242654-1a1a-478e-9dd7-111b1088b6c3','Nanda Nugroho','L','0150000050','3204021407150049','3204028897726572','Kediri','2015-07-14',1,'ID',0,'Jl. Cendana No. 11',5,1,NULL,'Banjaran Wetan','3204022001','40667',NULL,NULL,1,3,NULL,'082807902698',NULL,0,NULL,0,NULL,NULL,0,NULL,'Ahmad Nugroho',NULL,1989,3,14,'Wulan Rahman',NULL,1985,7,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('f22de0b3-e4d6-4753-9393-84bb86488992','Reza Sulistyowati','L','0150000053','3204010208150052','3204017687892670','Bogor','2015-08-02',4,'ID',0,'Jl. Flamboyan No. 16',5,6,NULL,'Panyirapan','3204012002','40355',NULL,NULL,1,2,NULL,'086244339356',NULL,0,NULL,0,NULL,NULL,0,NULL,'Iqbal Lubis',NULL,1984,9,14,'Ratna Maharani',NULL,1983,1,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('285c5e70-4960-4b0e-b366-4ca195edc972','Zahra Hasanah','P','0160000056','3204036301160055','3204037612934145','Salatiga','2016-01-23',2,'ID',0,'Jl. Sudirman No. 84',3,9,NULL,'Cimekar','3204032003','40378',NULL,NULL,1,1,NULL,'086215618319',NULL,0,NULL,0,NULL,NULL,0,NULL,'Budi Hasanah',NULL,1979,3,12,'Zahra Susanti',NULL,1983,1,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('6c58a2f3-5063-4e1c-a274-57109d53d557','Nadia Susanti','P','0150000059','3204016408150058','3204017058983726','Sumedang','2015-08-24',3,'ID',0,'Jl. Melati No. 114',7,4,NULL,'Sadu','3204012001','40789',NULL,NULL,1,1,NULL,'083308996546',NULL,0,NULL,0,NULL,NULL,0,NULL,'Umar Purnama',NULL,1988,11,13,'Eka Lubis',NULL,1985,1,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('774266a0-a012-4208-a406-b3f05e015f83','Yuni Maharani','P','0140000062','3204035308140061','3204031271598822','Surabaya','2014-08-13',1,'ID',0,'Jl. Melati No. 38',12,5,NULL,'Cileunyi Kulon','3204032001','40814',NULL,NULL,1,2,NULL,'084722159249',NULL,0,NULL,0,NULL,NULL,0,NULL,'Ahmad Gunawan',NULL,1981,11,13,'Indah Wibowo',NULL,1992,1,99,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('84c6d6a6-e116-49c5-8dd7-8343c6fa9381','Krisna Permatasari','L','0150000065','3204030502150064','3204035893084761','Magelang','2015-02-05',1,'ID',0,'Jl. Ahmad Yani No. 126',6,7,NULL,'Cileunyi Wetan','3204032002','40539',NULL,NULL,1,3,NULL,'088045276632',NULL,0,NULL,1,'512032','Krisna Permatasari',1,'Pemegang KIP','Dedi Permatasari',NULL,1975,11,13,'Maya Nugroho',NULL,1981,1,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('36bd2398-9c7d-419f-ab66-1c9f2dd9deee','Hafiz Permana','L','0150000068','3204013004150067','3204014477247402','Sidoarjo','2015-04-30',1,'ID',0,'Jl. Diponegoro No. 84',8,6,NULL,'Soreang','3204012003','40132',NULL,NULL,1,6,NULL,'088725101313',NULL,0,NULL,0,NULL,NULL,0,NULL,'Umar Hasanah',NULL,1975,11,12,'Bunga Setiawan',NULL,1981,9,99,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('7a8bae92-7cec-4917-a900-b41ce3ca788f','Wahyu Susanti','L','0140000071','3204021309140070','3204028535668073','Bogor','2014-09-13',4,'ID',0,'Jl. Melati No. 49',7,7,NULL,'Banjaran Wetan','3204022001','40592',NULL,NULL,1,6,NULL,'085619872270',NULL,0,NULL,0,NULL,NULL,0,NULL,'Ilham Hakim',NULL,1985,6,12,'Kartika Purnama',NULL,1981,1,99,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('1319cd0e-78ac-45ae-a685-0952d9ad511e','Umar Setiawan','L','0130000074','3204021010130073','3204023278642620','Sumedang','2013-10-10',1,'ID',0,'Jl. Diponegoro No. 87',10,2,NULL,'Banjaran Wetan','3204022001','40909',NULL,NULL,1,1,NULL,'088032742991',NULL,0,NULL,0,NULL,NULL,0,NULL,'Hadi Wibowo',NULL,1973,7,13,'Eka Sutrisno',NULL,1979,7,11,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('4fe72662-117a-433f-b3ff-694d09401791','Lestari Wibowo','P','0140000077','3204036606140076','3204031549912563','Surabaya','2014-06-26',1,'ID',0,'Jl. Ahmad Yani No. 16',3,8,NULL,'Cileunyi Kulon','3204032001','40928',NULL,NULL,1,6,NULL,'087787576962',NULL,0,NULL,1,'450372','Lestari Wibowo',1,'Pemegang KIP','Budi Sutrisno',NULL,1978,3,14,'Kirana Lubis',NULL,1991,1,99,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('cb48f2e7-3d05-4c2d-95ce-96ef8f320693','Joko Wibowo','L','0130000080','3204030708130079','3204031148914800','Sumedang','2013-08-07',5,'ID',0,'Jl. Merdeka No. 133',10,9,NULL,'Cileunyi Kulon','3204032001','40275',NULL,NULL,1,1,NULL,'089602734044',NULL,0,NULL,0,NULL,NULL,0,NULL,'Galih Setiawan',NULL,1984,6,13,'Zahra Sutrisno',NULL,1984,7,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik VALUES('c16eb3ed-bbe9-4bce-93f6-460f0d66d8eb','Febri Permatasari','L','0140000083','3204010406140082','3204011903423533','Garut','2014-06-04',3,'ID',0,'Jl. Merdeka No. 50',12,7,NULL,'Soreang','3204012003','40193',NULL,NULL,1,1,NULL,'083811739519',NULL,0,NULL,0,NULL,NULL,0,NULL,'Hafiz Suryani',NULL,1985,9,14,'Aisyah Sutrisno',NULL,1977,9,12,NULL,NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
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
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_ptk PRIMARY KEY (ptk_id), 
	CONSTRAINT fk_ptk_agama_id_ref_agama FOREIGN KEY(agama_id) REFERENCES ref_agama (agama_id), 
	CONSTRAINT fk_ptk_kode_wilayah_ref_wilayah FOREIGN KEY(kode_wilayah) REFERENCES ref_wilayah (kode_wilayah), 
	CONSTRAINT fk_ptk_pangkat_golongan_id_ref_pangkat_golongan FOREIGN KEY(pangkat_golongan_id) REFERENCES ref_pangkat_golongan (pangkat_golongan_id), 
	CONSTRAINT fk_ptk_status_kepegawaian_id_ref_status_kepegawaian FOREIGN KEY(status_kepegawaian_id) REFERENCES ref_status_kepegawaian (status_kepegawaian_id)
);
INSERT INTO ptk VALUES('df2986b2-e7f2-4366-bec4-f31ced5eeb81','Lutfi Wijaya','199602122020121861','L','Bogor','1996-02-12','3204031202960001',NULL,'6740693121615550','Aisyah Maulana',4,1,12,'813.3/159/BKD/2020','2020-12-01','2021-12-01','800/327/SK/2020','2020-12-01','Jl. Gatot Subroto No. 88',11,9,'Cimekar','3204032003','40872','084702721917',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk VALUES('63a362b4-bb8a-4881-a453-0e4c15e5bc12','Fajar Suryani','196909061995121979','L','Surabaya','1969-09-06','3204020609690002',NULL,'5050262166722075','Ayu Lestari',1,11,NULL,NULL,NULL,NULL,'800/651/SK/1995','1995-12-01','Jl. Sudirman No. 26',1,9,'Ciapus','3204022002','40322','083185113890',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk VALUES('5e35055f-1048-4dfa-9fe2-fe3ed7879ce4','Yuni Lestari','198103312005092031','P','Cimahi','1981-03-31','3204017103810003',NULL,'3581180895506822','Lestari Sutrisno',1,1,13,'813.3/248/BKD/2005','2005-09-01','2006-09-01','800/267/SK/2005','2005-09-01','Jl. Flamboyan No. 123',7,6,'Soreang','3204012003','40931','084293438406',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk VALUES('4fe0f36e-c728-47b1-beac-0d53cef48cda','Bayu Siregar',NULL,'L','Bogor','1972-10-25','3204022510720004',NULL,'4403837859001667','Helmi Hasanah',1,8,NULL,NULL,NULL,NULL,'800/184/SK/1996','1996-09-01','Jl. Ahmad Yani No. 122',8,2,'Ciapus','3204022002','40668','085189543696',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk VALUES('71c76b67-dde5-4d3a-9757-944c4436734f','Lestari Puspitasari',NULL,'P','Cimahi','1986-01-29','3204026901860005',NULL,'8637900324023377','Indah Kurniasih',1,8,NULL,NULL,NULL,NULL,'800/374/SK/2010','2010-03-01','Jl. Ahmad Yani No. 105',10,7,'Banjaran Wetan','3204022001','40317','085801112373',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk VALUES('2c47ba69-b974-44a0-a656-e638ec4292b6','Ratna Anggraini','198001072004022868','P','Surakarta','1980-01-07','3204034701800006',NULL,'8763588957843867','Widya Permatasari',1,1,13,'813.3/314/BKD/2004','2004-02-01','2005-02-01','800/534/SK/2004','2004-02-01','Jl. Kenanga No. 85',11,7,'Cileunyi Wetan','3204032002','40444','082419252491',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk VALUES('5479cbec-27e4-47b1-9878-c0bffb8ac7f1','Aisyah Lubis',NULL,'P','Bogor','1989-08-30','3204017008890007',NULL,'9701240499734906','Widya Suryani',1,8,NULL,NULL,NULL,NULL,'800/180/SK/2013','2013-08-01','Jl. Gatot Subroto No. 84',1,4,'Sadu','3204012001','40909','084302567129',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk VALUES('0592fd56-221b-44c4-bd70-f3e1a4c2cc1c','Gilang Purnama',NULL,'L','Surakarta','1994-06-04','3204010406940008',NULL,'6391152737152166','Utami Handayani',1,8,NULL,NULL,NULL,NULL,'800/361/SK/2018','2018-08-01','Jl. Sudirman No. 141',12,9,'Sadu','3204012001','40336','082074180788',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk VALUES('f28d937a-f6c5-4bc1-81ea-df91c263064f','Reza Permatasari','198606062010061348','L','Kediri','1986-06-06','3204030606860009',NULL,'8743722197465331','Zahra Gunawan',1,1,9,'813.3/675/BKD/2010','2010-06-01','2011-06-01','800/984/SK/2010','2010-06-01','Jl. Melati No. 24',9,9,'Cimekar','3204032003','40710','084427081419',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk VALUES('c490426d-7195-4844-9bb4-e0eef19c9fee','Ayu Saputra',NULL,'P','Cianjur','1972-03-01','3204034103720010',NULL,'6147569212453433','Bunga Pratama',4,9,NULL,NULL,NULL,NULL,'800/601/SK/1996','1996-01-01','Jl. Merdeka No. 18',1,1,'Cimekar','3204032003','40833','089665892086',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk VALUES('1487020b-1568-48b5-9b00-63063d00e2df','Fatimah Hakim',NULL,'P','Bandung','1969-09-27','3204016709690011',NULL,'2473450979967641','Ayu Nugroho',1,9,NULL,NULL,NULL,NULL,'800/207/SK/1995','1995-09-01','Jl. Kenanga No. 129',8,8,'Sadu','3204012001','40810','086607634172',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk VALUES('e3b07ba8-14eb-4424-8b7d-b2aeea01b467','Iqbal Saputra',NULL,'L','Bandung','1981-09-12','3204021209810012',NULL,'8379658352501065','Yuni Gunawan',1,9,NULL,NULL,NULL,NULL,'800/933/SK/2005','2005-07-01','Jl. Sudirman No. 100',4,8,'Banjaran Wetan','3204022001','40188','083540806030',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
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
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_peserta_didik_longitudinal PRIMARY KEY (peserta_didik_longitudinal_id), 
	CONSTRAINT fk_peserta_didik_longitudinal_peserta_didik_id_peserta_didik FOREIGN KEY(peserta_didik_id) REFERENCES peserta_didik (peserta_didik_id), 
	CONSTRAINT fk_peserta_didik_longitudinal_semester_id_ref_semester FOREIGN KEY(semester_id) REFERENCES ref_semester (semester_id), 
	CONSTRAINT uq_peserta_didik_longitudinal_peserta_didik_id UNIQUE (peserta_didik_id, semester_id)
);
INSERT INTO peserta_didik_longitudinal VALUES('e7716eeb-8b7e-4b51-8281-4275506423b0','995bc7ed-9829-4e69-a080-2040dc2fcdad',20261,107,15,NULL,8.0999999999999996447,35,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('2782f16f-4f64-4d14-b88f-b023b444ec4b','a8bf8514-fe44-48b2-865c-ee66929323c3',20261,102,15,NULL,6.5,50,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('cdd85f79-d304-47bc-b0e6-458286a614b6','ddb26dae-57c9-406a-a4a9-248da00dc09f',20261,111,21,NULL,8.8000000000000007105,17,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('b408ebb2-bb04-451f-8d60-89251e827e53','4badd9bd-7d9f-437d-a060-09c338b17cfc',20261,113,20,NULL,0.69999999999999995559,17,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('b7cc021b-fa51-4f85-9e2d-70010079cce7','a0a17f51-eb0f-4007-b1c7-718d0ab2b401',20261,110,18,NULL,2.1000000000000000888,27,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('2bdf8ee3-e8c0-400a-8e0f-95f65c0dc65c','cb07fcef-7d29-43de-b46a-e6ac60a4dfe8',20261,112,25,NULL,4.9000000000000003552,23,0,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('5677cd38-0c4f-486a-a9bf-c7f8922224c0','a9670916-0d2a-4b88-b96c-0240642a0954',20261,114,24,NULL,4.5999999999999996447,34,0,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('5a9aadef-61bf-4f16-b180-6e7097ba60bd','eb0e2e1f-dace-4344-91c6-a4c43e8159a0',20261,115,18,NULL,5.9000000000000003552,29,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('fd19eba5-2510-440f-9ddb-dc12f58d7dab','826a047e-c1d2-4a83-ad12-a936078a02bb',20261,110,28,NULL,0.5,10,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('70706ace-64e5-42f1-a85f-0ab1fa69ac2c','177a7400-4959-4514-95ad-abb2288551db',20261,113,25,NULL,3.7999999999999998223,46,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('5614a00b-2bcc-424f-8b4a-9d4b7dad4543','ab87eba5-f658-4393-a4c4-a6e60709e452',20261,119,26,NULL,2,16,0,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('1d80af77-52cd-4024-857f-2facb657ab6a','d6bfe9ff-5c5e-414c-b57a-c1416e1d897f',20261,121,21,NULL,0.59999999999999997779,45,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('ab278a17-0cb7-4a00-91af-5289c1e61fd0','fe242654-1a1a-478e-9dd7-111b1088b6c3',20261,126,34,NULL,3.2000000000000001776,45,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('fbff7295-445f-4cb1-950c-619b5554b855','f22de0b3-e4d6-4753-9393-84bb86488992',20261,119,28,NULL,10.80000000000000071,37,0,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('13110749-3f03-44ad-b584-ed3ca815caf0','285c5e70-4960-4b0e-b366-4ca195edc972',20261,124,32,NULL,8,46,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('67354f21-baea-4222-869d-0e8bf384f7b9','6c58a2f3-5063-4e1c-a274-57109d53d557',20261,119,27,NULL,9.9000000000000003552,48,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('82fc5be5-7e5f-4e52-8358-69f184518c2d','774266a0-a012-4208-a406-b3f05e015f83',20261,127,35,NULL,1,36,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('d21eaf86-0ac5-4c7d-8748-b776a22539c3','84c6d6a6-e116-49c5-8dd7-8343c6fa9381',20261,124,35,NULL,10.80000000000000071,17,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('fc3f9ae2-1fbb-48ce-8485-7af1507931f5','36bd2398-9c7d-419f-ab66-1c9f2dd9deee',20261,123,29,NULL,5.5,35,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('0a21c320-d2fb-4c67-b909-af7c4bb7c7f8','7a8bae92-7cec-4917-a900-b41ce3ca788f',20261,127,31,NULL,3.2000000000000001776,60,0,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('5e6d8cca-653b-408e-a48a-2b2ea2965e0c','1319cd0e-78ac-45ae-a685-0952d9ad511e',20261,127,30,NULL,9.6999999999999992894,50,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('8586ab40-4474-4b23-98f7-1d21349da191','4fe72662-117a-433f-b3ff-694d09401791',20261,130,35,NULL,5.5999999999999996447,16,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('ce0a0602-ef96-4681-a670-dde351cd9c44','cb48f2e7-3d05-4c2d-95ce-96ef8f320693',20261,129,40,NULL,4.4000000000000003552,43,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO peserta_didik_longitudinal VALUES('5772d78e-2537-403c-9d31-549a67eebe12','c16eb3ed-bbe9-4bce-93f6-460f0d66d8eb',20261,135,38,NULL,2.7999999999999998223,52,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
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
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_rwy_pend_formal PRIMARY KEY (riwayat_pendidikan_formal_id), 
	CONSTRAINT fk_rwy_pend_formal_bidang_studi_id_ref_bidang_studi FOREIGN KEY(bidang_studi_id) REFERENCES ref_bidang_studi (bidang_studi_id), 
	CONSTRAINT fk_rwy_pend_formal_gelar_akademik_id_ref_gelar_akademik FOREIGN KEY(gelar_akademik_id) REFERENCES ref_gelar_akademik (gelar_akademik_id), 
	CONSTRAINT fk_rwy_pend_formal_jenjang_pendidikan_id_ref_jenjang_pendidikan FOREIGN KEY(jenjang_pendidikan_id) REFERENCES ref_jenjang_pendidikan (jenjang_pendidikan_id), 
	CONSTRAINT fk_rwy_pend_formal_ptk_id_ptk FOREIGN KEY(ptk_id) REFERENCES ptk (ptk_id)
);
INSERT INTO rwy_pend_formal VALUES('dc78752d-57fb-4eeb-8698-55d2d43cc531','df2986b2-e7f2-4366-bec4-f31ced5eeb81',30,8,1,'Universitas Surabaya',NULL,NULL,1,2015,2019,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO rwy_pend_formal VALUES('e61f1bf9-2986-4329-b095-35bec988cfd5','63a362b4-bb8a-4881-a453-0e4c15e5bc12',30,19,1,'Universitas Bogor',NULL,NULL,1,1988,1992,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO rwy_pend_formal VALUES('5387d29c-fc2b-432c-9b34-73342063e843','5e35055f-1048-4dfa-9fe2-fe3ed7879ce4',30,20,1,'Universitas Cimahi',NULL,NULL,1,2000,2004,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO rwy_pend_formal VALUES('529c0c9d-54eb-4e9f-8fc3-7287819b0c58','4fe0f36e-c728-47b1-beac-0d53cef48cda',30,11,1,'Universitas Surakarta',NULL,NULL,1,1991,1995,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO rwy_pend_formal VALUES('c5bd74d1-8fb1-4a3d-a4ba-1ceff8e55871','71c76b67-dde5-4d3a-9757-944c4436734f',30,8,1,'Universitas Semarang',NULL,NULL,1,2005,2009,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO rwy_pend_formal VALUES('6a24b2c3-9c99-4583-a4f5-3734943628f7','2c47ba69-b974-44a0-a656-e638ec4292b6',30,5,1,'Universitas Semarang',NULL,NULL,1,1999,2003,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO rwy_pend_formal VALUES('6ac3124d-914f-482d-9593-84524f37fdfb','5479cbec-27e4-47b1-9878-c0bffb8ac7f1',30,6,1,'Universitas Cianjur',NULL,NULL,1,2008,2012,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO rwy_pend_formal VALUES('d79d81c5-8325-4e95-860c-ee065e1736fd','0592fd56-221b-44c4-bd70-f3e1a4c2cc1c',30,15,1,'Universitas Cimahi',NULL,NULL,1,2013,2017,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO rwy_pend_formal VALUES('076467e8-36ff-4edb-bac3-f30b9bfeb0c4','f28d937a-f6c5-4bc1-81ea-df91c263064f',30,4,1,'Universitas Salatiga',NULL,NULL,1,2005,2009,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO rwy_pend_formal VALUES('3806c48d-f874-4764-b368-e2907e24ec73','c490426d-7195-4844-9bb4-e0eef19c9fee',6,NULL,NULL,'SMA Negeri 5',NULL,NULL,0,1992,1995,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO rwy_pend_formal VALUES('d980f95d-0cbe-4736-89f7-8003f293f004','1487020b-1568-48b5-9b00-63063d00e2df',6,NULL,NULL,'SMA Negeri 8',NULL,NULL,0,1989,1992,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO rwy_pend_formal VALUES('9a2f6ada-c6ae-407d-a656-685ec84811e7','e3b07ba8-14eb-4424-8b7d-b2aeea01b467',6,NULL,NULL,'SMA Negeri 3',NULL,NULL,0,2001,2004,NULL,'Lulus',NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
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
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_sekolah PRIMARY KEY (sekolah_id), 
	CONSTRAINT fk_sekolah_akreditasi_id_ref_akreditasi FOREIGN KEY(akreditasi_id) REFERENCES ref_akreditasi (akreditasi_id), 
	CONSTRAINT fk_sekolah_bentuk_pendidikan_id_ref_bentuk_pendidikan FOREIGN KEY(bentuk_pendidikan_id) REFERENCES ref_bentuk_pendidikan (bentuk_pendidikan_id), 
	CONSTRAINT fk_sekolah_kode_wilayah_ref_wilayah FOREIGN KEY(kode_wilayah) REFERENCES ref_wilayah (kode_wilayah), 
	CONSTRAINT fk_sekolah_status_kepemilikan_id_ref_status_kepemilikan FOREIGN KEY(status_kepemilikan_id) REFERENCES ref_status_kepemilikan (status_kepemilikan_id), 
	CONSTRAINT uq_sekolah_npsn UNIQUE (npsn)
);
INSERT INTO sekolah VALUES('8306d03b-f38b-4ffc-80a4-df5a51c9bc70','SD Negeri Sukamaju 1','101020219001','20219001',5,1,'Jl. Merdeka No. 16',2,5,'Dusun Satu','Sadu','3204012001','40911',-6.9175000000000004263,107.61910000000000309,'022-5891234',NULL,'sekolah20219001@contoh.sch.id',NULL,1,'421.2/015/Disdik/1978','1978-08-01','421/125/Disdik/1978','1978-08-01',1,'1347/BAN-SM/SK/2022','2022-11-01',0,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
CREATE TABLE pengguna (
	pengguna_id VARCHAR(36) NOT NULL, 
	sekolah_id VARCHAR(36), 
	username VARCHAR(60) NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	password VARCHAR(200), 
	peran_id INTEGER NOT NULL, 
	ptk_id VARCHAR(36), 
	alamat VARCHAR(80), 
	no_telepon VARCHAR(20), 
	no_hp VARCHAR(20), 
	aktif BOOLEAN NOT NULL, 
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_pengguna PRIMARY KEY (pengguna_id), 
	CONSTRAINT fk_pengguna_peran_id_ref_peran FOREIGN KEY(peran_id) REFERENCES ref_peran (peran_id), 
	CONSTRAINT fk_pengguna_ptk_id_ptk FOREIGN KEY(ptk_id) REFERENCES ptk (ptk_id), 
	CONSTRAINT fk_pengguna_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id), 
	CONSTRAINT uq_pengguna_username UNIQUE (username)
);
INSERT INTO pengguna VALUES('73530f7c-4f1e-460c-9b65-bcbb422b0f5b',NULL,'operator2','Operator Dua','$argon2id$v=19$m=65536,t=3,p=4$uR1UIHGqQSLYyTHZR4UWAQ$/NXPtok55Mcif2k0pXpyCSwGswAeNXPg26ynM8MXoi4',1,NULL,NULL,NULL,NULL,1,'2026-12-07 19:31:34','2026-12-07 19:31:34',0,NULL,NULL,NULL);
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
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_ptk_terdaftar PRIMARY KEY (ptk_terdaftar_id), 
	CONSTRAINT fk_ptk_terdaftar_jenis_keluar_id_ref_jenis_keluar FOREIGN KEY(jenis_keluar_id) REFERENCES ref_jenis_keluar (jenis_keluar_id), 
	CONSTRAINT fk_ptk_terdaftar_jenis_ptk_id_ref_jenis_ptk FOREIGN KEY(jenis_ptk_id) REFERENCES ref_jenis_ptk (jenis_ptk_id), 
	CONSTRAINT fk_ptk_terdaftar_ptk_id_ptk FOREIGN KEY(ptk_id) REFERENCES ptk (ptk_id), 
	CONSTRAINT fk_ptk_terdaftar_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id), 
	CONSTRAINT fk_ptk_terdaftar_tahun_ajaran_id_ref_tahun_ajaran FOREIGN KEY(tahun_ajaran_id) REFERENCES ref_tahun_ajaran (tahun_ajaran_id)
);
INSERT INTO ptk_terdaftar VALUES('f374bac6-5c24-42e5-b9e6-5abfb50f9e6c','df2986b2-e7f2-4366-bec4-f31ced5eeb81','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',2026,20,'421/508/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk_terdaftar VALUES('0aa58cd0-4f77-4bb9-82ed-ffa98c285417','63a362b4-bb8a-4881-a453-0e4c15e5bc12','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',2026,3,'421/441/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk_terdaftar VALUES('997898f0-277b-4be5-8839-cef1375850f0','5e35055f-1048-4dfa-9fe2-fe3ed7879ce4','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',2026,3,'421/409/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk_terdaftar VALUES('2b186e16-39de-46d0-a97f-ee94c0d7c2df','4fe0f36e-c728-47b1-beac-0d53cef48cda','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',2026,3,'421/371/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk_terdaftar VALUES('44a73da5-a07a-4fad-8b8c-c88a253676a6','71c76b67-dde5-4d3a-9757-944c4436734f','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',2026,3,'421/369/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk_terdaftar VALUES('408e79ea-b3a2-459e-8f15-79f2445db505','2c47ba69-b974-44a0-a656-e638ec4292b6','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',2026,3,'421/110/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk_terdaftar VALUES('9b2831e1-34d4-499c-b6a5-920cf16e49b1','5479cbec-27e4-47b1-9878-c0bffb8ac7f1','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',2026,3,'421/324/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk_terdaftar VALUES('d625fe97-40fc-4f1b-9dbe-75b9cf176b34','0592fd56-221b-44c4-bd70-f3e1a4c2cc1c','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',2026,4,'421/592/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk_terdaftar VALUES('62010d65-de49-478a-8542-41c3872a8bd6','f28d937a-f6c5-4bc1-81ea-df91c263064f','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',2026,4,'421/992/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk_terdaftar VALUES('98286efb-cdb7-4e91-808b-fcd632e15bb3','c490426d-7195-4844-9bb4-e0eef19c9fee','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',2026,41,'421/152/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk_terdaftar VALUES('82ff7b16-3ecd-47de-8747-fedb2f8e4530','1487020b-1568-48b5-9b00-63063d00e2df','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',2026,43,'421/105/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ptk_terdaftar VALUES('82dd11fe-0ad0-454a-b0bd-ce0d6b2e5289','e3b07ba8-14eb-4424-8b7d-b2aeea01b467','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',2026,45,'421/241/ST/2026','2026-07-01','2026-07-01',1,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
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
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_registrasi_peserta_didik PRIMARY KEY (registrasi_id), 
	CONSTRAINT fk_registrasi_peserta_didik_jenis_keluar_id_ref_jenis_keluar FOREIGN KEY(jenis_keluar_id) REFERENCES ref_jenis_keluar (jenis_keluar_id), 
	CONSTRAINT fk_registrasi_peserta_didik_jenis_pendaftaran_id_ref_jenis_pendaftaran FOREIGN KEY(jenis_pendaftaran_id) REFERENCES ref_jenis_pendaftaran (jenis_pendaftaran_id), 
	CONSTRAINT fk_registrasi_peserta_didik_peserta_didik_id_peserta_didik FOREIGN KEY(peserta_didik_id) REFERENCES peserta_didik (peserta_didik_id), 
	CONSTRAINT fk_registrasi_peserta_didik_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id)
);
INSERT INTO registrasi_peserta_didik VALUES('fc31908b-4ac0-43e4-aa3d-26db1b2fe63c','995bc7ed-9829-4e69-a080-2040dc2fcdad','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2600015','2026-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('fb296c01-caeb-4022-9c9b-3ba5dbd0cf04','a8bf8514-fe44-48b2-865c-ee66929323c3','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2600018','2026-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('5d4e4502-976c-4212-a254-66232d9330e3','ddb26dae-57c9-406a-a4a9-248da00dc09f','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2600021','2026-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('51899e26-defe-420b-a53a-f492c6c8cf16','4badd9bd-7d9f-437d-a060-09c338b17cfc','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2600024','2026-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('2d4cf6bb-2509-48bc-8668-d65aeed5b0f9','a0a17f51-eb0f-4007-b1c7-718d0ab2b401','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2500027','2025-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('88467b2b-ca32-4710-b05d-64b6e647008b','cb07fcef-7d29-43de-b46a-e6ac60a4dfe8','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2500030','2025-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('48de81d9-056b-4e7f-972d-18ba5c8c17b6','a9670916-0d2a-4b88-b96c-0240642a0954','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2500033','2025-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('63948a5e-6bbe-4bb8-9391-18a720a21cf1','eb0e2e1f-dace-4344-91c6-a4c43e8159a0','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2500036','2025-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('db327b8d-2ac8-443d-a0b5-81f0cfef16c3','826a047e-c1d2-4a83-ad12-a936078a02bb','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2400039','2024-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('f4621c95-d598-47d7-9f52-71eeb2e2e969','177a7400-4959-4514-95ad-abb2288551db','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2400042','2024-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('c4782c22-bfc9-4ec4-a367-43b12085dcb3','ab87eba5-f658-4393-a4c4-a6e60709e452','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2400045','2024-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('5440127d-48c9-45e4-887c-ec80a249b05f','d6bfe9ff-5c5e-414c-b57a-c1416e1d897f','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2400048','2024-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('5938402a-7cf1-4cf7-aff4-90435ad494dd','fe242654-1a1a-478e-9dd7-111b1088b6c3','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2300051','2023-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('7624ccb6-44c5-4a66-a422-c2ff49dd4699','f22de0b3-e4d6-4753-9393-84bb86488992','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2300054','2023-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('a5289661-62c2-4100-a607-29286a161893','285c5e70-4960-4b0e-b366-4ca195edc972','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2300057','2023-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('f99b105e-1ace-44bb-ba4a-7d41f195e9b8','6c58a2f3-5063-4e1c-a274-57109d53d557','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2300060','2023-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('ad3b8bd0-cdc8-442b-9d71-9214c36347e8','774266a0-a012-4208-a406-b3f05e015f83','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2200063','2022-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('73e72e5e-7d36-4087-9149-32f6749339af','84c6d6a6-e116-49c5-8dd7-8343c6fa9381','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2200066','2022-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('87e533eb-ffb9-4f24-bc45-80edbd5bfe4b','36bd2398-9c7d-419f-ab66-1c9f2dd9deee','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2200069','2022-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('ba7481bc-2c71-4e2e-b9f3-4f381d6cd99d','7a8bae92-7cec-4917-a900-b41ce3ca788f','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2200072','2022-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('b16b8916-5d0b-4fc0-a2e0-8a35fa3053b4','1319cd0e-78ac-45ae-a685-0952d9ad511e','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2100075','2021-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('de4850f0-53a2-4662-a28a-4b4fd2da204e','4fe72662-117a-433f-b3ff-694d09401791','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2100078','2021-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('44d1d43d-7f88-473e-888b-eded4373bf9f','cb48f2e7-3d05-4c2d-95ce-96ef8f320693','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2100081','2021-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO registrasi_peserta_didik VALUES('cdeaf6c0-aeb4-4a53-ba20-e65e1d11f6f4','c16eb3ed-bbe9-4bce-93f6-460f0d66d8eb','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',1,'2100084','2021-07-14',NULL,NULL,NULL,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
CREATE TABLE sekolah_longitudinal (
	sekolah_longitudinal_id VARCHAR(36) NOT NULL, 
	sekolah_id VARCHAR(36) NOT NULL, 
	semester_id INTEGER NOT NULL, 
	daya_listrik INTEGER, 
	sumber_listrik VARCHAR(40), 
	akses_internet VARCHAR(40), 
	sumber_air VARCHAR(40), 
	waktu_penyelenggaraan VARCHAR(20), 
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_sekolah_longitudinal PRIMARY KEY (sekolah_longitudinal_id), 
	CONSTRAINT fk_sekolah_longitudinal_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id), 
	CONSTRAINT fk_sekolah_longitudinal_semester_id_ref_semester FOREIGN KEY(semester_id) REFERENCES ref_semester (semester_id), 
	CONSTRAINT uq_sekolah_longitudinal_sekolah_id UNIQUE (sekolah_id, semester_id)
);
INSERT INTO sekolah_longitudinal VALUES('1a466884-f3f4-4249-9c28-ff90a5aec797','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,2200,'PLN','Fiber optik','Sumur terlindungi','Pagi','2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
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
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_tanah PRIMARY KEY (id_tanah), 
	CONSTRAINT fk_tanah_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id), 
	CONSTRAINT fk_tanah_status_kepemilikan_id_ref_status_kepemilikan FOREIGN KEY(status_kepemilikan_id) REFERENCES ref_status_kepemilikan (status_kepemilikan_id)
);
INSERT INTO tanah VALUES('d7a7a3cc-8c3d-4f16-9293-de8fc88b2875','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','Tanah 1','10.08.38.7891',120,80,9600,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
CREATE TABLE tugas_tambahan (
	ptk_tugas_tambahan_id VARCHAR(36) NOT NULL, 
	ptk_id VARCHAR(36) NOT NULL, 
	sekolah_id VARCHAR(36) NOT NULL, 
	jabatan_ptk_id INTEGER NOT NULL, 
	jumlah_jam SMALLINT, 
	nomor_sk VARCHAR(80), 
	tmt_tambahan DATE NOT NULL, 
	tst_tambahan DATE, 
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_tugas_tambahan PRIMARY KEY (ptk_tugas_tambahan_id), 
	CONSTRAINT fk_tugas_tambahan_jabatan_ptk_id_ref_jabatan_tugas_ptk FOREIGN KEY(jabatan_ptk_id) REFERENCES ref_jabatan_tugas_ptk (jabatan_ptk_id), 
	CONSTRAINT fk_tugas_tambahan_ptk_id_ptk FOREIGN KEY(ptk_id) REFERENCES ptk (ptk_id), 
	CONSTRAINT fk_tugas_tambahan_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id)
);
INSERT INTO tugas_tambahan VALUES('a3132dd6-7592-41d6-9bee-8f775fee13c8','df2986b2-e7f2-4366-bec4-f31ced5eeb81','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',2,24,'800/305/TT/2024','2024-01-02',NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO tugas_tambahan VALUES('94ed1f68-37e2-4146-8dd7-5f6766618c34','0592fd56-221b-44c4-bd70-f3e1a4c2cc1c','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',5,12,'800/849/TT/2025','2025-07-14',NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
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
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_bangunan PRIMARY KEY (id_bangunan), 
	CONSTRAINT fk_bangunan_id_tanah_tanah FOREIGN KEY(id_tanah) REFERENCES tanah (id_tanah), 
	CONSTRAINT fk_bangunan_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id), 
	CONSTRAINT fk_bangunan_status_kepemilikan_id_ref_status_kepemilikan FOREIGN KEY(status_kepemilikan_id) REFERENCES ref_status_kepemilikan (status_kepemilikan_id)
);
INSERT INTO bangunan VALUES('70eb9a0a-9626-4ae6-85e8-18fac0433cbd','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','d7a7a3cc-8c3d-4f16-9293-de8fc88b2875','B01','Gedung A',60,12,720,2,2016,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO bangunan VALUES('7d836e77-af67-4461-a416-3207d0944996','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','d7a7a3cc-8c3d-4f16-9293-de8fc88b2875','B02','Gedung B',60,12,720,2,1985,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
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
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_bangunan_longitudinal PRIMARY KEY (bangunan_longitudinal_id), 
	CONSTRAINT fk_bangunan_longitudinal_id_bangunan_bangunan FOREIGN KEY(id_bangunan) REFERENCES bangunan (id_bangunan), 
	CONSTRAINT fk_bangunan_longitudinal_kerusakan_id_ref_kerusakan FOREIGN KEY(kerusakan_id) REFERENCES ref_kerusakan (kerusakan_id), 
	CONSTRAINT fk_bangunan_longitudinal_semester_id_ref_semester FOREIGN KEY(semester_id) REFERENCES ref_semester (semester_id), 
	CONSTRAINT uq_bangunan_longitudinal_id_bangunan UNIQUE (id_bangunan, semester_id)
);
INSERT INTO bangunan_longitudinal VALUES('731c9452-1919-493a-9117-45ad49889310','70eb9a0a-9626-4ae6-85e8-18fac0433cbd',20261,0,0,15,0,0,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO bangunan_longitudinal VALUES('ede7bd0c-ffb8-4309-badb-890859001ac9','7d836e77-af67-4461-a416-3207d0944996',20261,20,5,0,10,5,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
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
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_ruang PRIMARY KEY (id_ruang), 
	CONSTRAINT fk_ruang_id_bangunan_bangunan FOREIGN KEY(id_bangunan) REFERENCES bangunan (id_bangunan), 
	CONSTRAINT fk_ruang_jenis_prasarana_id_ref_jenis_prasarana FOREIGN KEY(jenis_prasarana_id) REFERENCES ref_jenis_prasarana (jenis_prasarana_id), 
	CONSTRAINT fk_ruang_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id)
);
INSERT INTO ruang VALUES('ffe976ab-6058-4cca-8e1d-62e05b4c8012','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','70eb9a0a-9626-4ae6-85e8-18fac0433cbd',1,'R001','Ruang Kelas 1',1,8,7,56,36,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang VALUES('ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','70eb9a0a-9626-4ae6-85e8-18fac0433cbd',1,'R002','Ruang Kelas 2',1,8,7,56,36,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang VALUES('a598d0db-ccbf-42ec-8c53-765f4ec0a954','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','70eb9a0a-9626-4ae6-85e8-18fac0433cbd',1,'R003','Ruang Kelas 3',1,8,7,56,36,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang VALUES('703e53cf-192f-49a9-8fd8-c364eab42bd6','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','70eb9a0a-9626-4ae6-85e8-18fac0433cbd',1,'R004','Ruang Kelas 4',1,8,7,56,36,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang VALUES('c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','70eb9a0a-9626-4ae6-85e8-18fac0433cbd',1,'R005','Ruang Kelas 5',1,8,7,56,36,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang VALUES('81f8c04a-4e56-4cbf-9606-0250ea3e7f73','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','70eb9a0a-9626-4ae6-85e8-18fac0433cbd',1,'R006','Ruang Kelas 6',1,8,7,56,36,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang VALUES('9f93693f-6f00-47c4-b4fd-02f6850567c2','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','70eb9a0a-9626-4ae6-85e8-18fac0433cbd',2,'R007','Perpustakaan',2,4,6,24,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang VALUES('304374b3-a40e-4cb5-8134-a79bde3b7dd3','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','70eb9a0a-9626-4ae6-85e8-18fac0433cbd',5,'R008','Ruang Kepala Sekolah',2,3,4,12,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang VALUES('de384261-6a01-477b-8873-67376ce4048f','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','70eb9a0a-9626-4ae6-85e8-18fac0433cbd',6,'R009','Ruang Guru',2,8,4,32,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang VALUES('8652ab69-cbee-43b0-86f9-fa211ebf3deb','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','70eb9a0a-9626-4ae6-85e8-18fac0433cbd',11,'R010','Ruang Tata Usaha',2,8,4,32,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang VALUES('cab39a07-9284-4dae-afe9-87c18fdf6614','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','70eb9a0a-9626-4ae6-85e8-18fac0433cbd',8,'R011','Ruang UKS',2,4,4,16,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang VALUES('1b252869-2bd8-4f21-afa1-2947f472bb69','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','70eb9a0a-9626-4ae6-85e8-18fac0433cbd',9,'R012','Toilet Siswa',2,6,3,18,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang VALUES('ddd284e8-6961-4452-838d-04fb1018d7f5','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','7d836e77-af67-4461-a416-3207d0944996',9,'R013','Toilet Guru',1,6,4,24,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang VALUES('98142612-3733-4f91-9b97-d72a50e98d6d','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','7d836e77-af67-4461-a416-3207d0944996',10,'R014','Gudang',1,3,4,12,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang VALUES('4a205268-549e-4c0a-b1ff-38d8480bdb8b','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','7d836e77-af67-4461-a416-3207d0944996',7,'R015','Musala',1,8,3,24,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang VALUES('5aa26879-85c8-4ede-a02c-b15a098db860','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','7d836e77-af67-4461-a416-3207d0944996',13,'R016','Ruang Konseling',1,3,3,9,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang VALUES('ef463c53-b79e-4b4e-a95c-2c0b07465834','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','7d836e77-af67-4461-a416-3207d0944996',3,'R017','Laboratorium IPA',1,4,6,24,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
CREATE TABLE alat (
	id_alat VARCHAR(36) NOT NULL, 
	sekolah_id VARCHAR(36) NOT NULL, 
	id_ruang VARCHAR(36), 
	jenis_sarana_id INTEGER, 
	nama VARCHAR(50) NOT NULL, 
	spesifikasi VARCHAR(100), 
	status_kepemilikan_id INTEGER, 
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_alat PRIMARY KEY (id_alat), 
	CONSTRAINT fk_alat_id_ruang_ruang FOREIGN KEY(id_ruang) REFERENCES ruang (id_ruang), 
	CONSTRAINT fk_alat_jenis_sarana_id_ref_jenis_sarana FOREIGN KEY(jenis_sarana_id) REFERENCES ref_jenis_sarana (jenis_sarana_id), 
	CONSTRAINT fk_alat_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id), 
	CONSTRAINT fk_alat_status_kepemilikan_id_ref_status_kepemilikan FOREIGN KEY(status_kepemilikan_id) REFERENCES ref_status_kepemilikan (status_kepemilikan_id)
);
INSERT INTO alat VALUES('24114258-751b-4c83-89a0-47dc4ac87fc0','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','ffe976ab-6058-4cca-8e1d-62e05b4c8012',1,'Meja Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('17371472-6c16-4229-b608-d9425d111a9d','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','ffe976ab-6058-4cca-8e1d-62e05b4c8012',2,'Kursi Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('81a0ba05-6ce9-4a66-9dcf-884cde0279e1','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','ffe976ab-6058-4cca-8e1d-62e05b4c8012',3,'Papan Tulis',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('85f184e0-b464-4554-b675-299b0c83e786','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1',1,'Meja Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('3a9afa39-e261-434a-bb6b-c3c62475263c','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1',2,'Kursi Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('f5a9ca5f-edf1-45da-b6ea-fff5782afe6b','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1',3,'Papan Tulis',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('a7d83351-265c-48ea-8879-d955025ff87c','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','a598d0db-ccbf-42ec-8c53-765f4ec0a954',1,'Meja Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('42969a50-3328-4e16-abe8-0fa95c24c1ae','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','a598d0db-ccbf-42ec-8c53-765f4ec0a954',2,'Kursi Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('8ece78b0-6f29-49f1-8ed6-6b447f45b096','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','a598d0db-ccbf-42ec-8c53-765f4ec0a954',3,'Papan Tulis',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('7aa95416-ba5c-475c-97aa-22086cffb0f0','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','703e53cf-192f-49a9-8fd8-c364eab42bd6',1,'Meja Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('bf5f85e2-31d0-4d9c-98be-e0745ec0c260','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','703e53cf-192f-49a9-8fd8-c364eab42bd6',2,'Kursi Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('94a4d29c-7383-4496-800e-05d017985d06','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','703e53cf-192f-49a9-8fd8-c364eab42bd6',3,'Papan Tulis',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('ed1ba5c8-c4ff-464e-9304-3fca9543c6c3','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','c07991d4-0b6e-46f3-9efe-bfda1eedfcfc',1,'Meja Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('9682e074-7915-42d5-b911-c9b08bb9c912','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','c07991d4-0b6e-46f3-9efe-bfda1eedfcfc',2,'Kursi Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('6af38f6c-159d-4a38-8a6a-03b381356bc5','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','c07991d4-0b6e-46f3-9efe-bfda1eedfcfc',3,'Papan Tulis',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('0d26efa0-12cc-46e3-a344-f1c363ac4f14','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','81f8c04a-4e56-4cbf-9606-0250ea3e7f73',1,'Meja Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('82a8c712-068c-4f90-869a-306ff1f02f49','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','81f8c04a-4e56-4cbf-9606-0250ea3e7f73',2,'Kursi Peserta Didik',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('7f60b9fa-1f12-4a78-a9f9-14845377899a','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','81f8c04a-4e56-4cbf-9606-0250ea3e7f73',3,'Papan Tulis',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('ebe48123-a5b0-4526-b20b-e3f808be3b07','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','9f93693f-6f00-47c4-b4fd-02f6850567c2',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('f4e2ea68-e505-48a5-8450-74a1e1f66c3a','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','304374b3-a40e-4cb5-8134-a79bde3b7dd3',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('6a6dc402-d0a3-427d-87be-5613ffce6973','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','de384261-6a01-477b-8873-67376ce4048f',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('8b890fec-6872-496b-9497-db67a54b3b83','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','8652ab69-cbee-43b0-86f9-fa211ebf3deb',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('4b717794-91e0-4539-b6e5-3725bb20e1d5','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','cab39a07-9284-4dae-afe9-87c18fdf6614',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('d65f45b6-968e-485e-86db-73ab5044df5c','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','1b252869-2bd8-4f21-afa1-2947f472bb69',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('93944318-8fa9-40d1-af92-53851807dfaf','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','ddd284e8-6961-4452-838d-04fb1018d7f5',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('63989ab9-4067-4334-ac79-b3bef96afc60','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','98142612-3733-4f91-9b97-d72a50e98d6d',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('8f94b50b-328b-48ae-97ad-057df4f031fc','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','4a205268-549e-4c0a-b1ff-38d8480bdb8b',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('3d43281c-608f-42b1-a254-c3f06a50f9fc','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','5aa26879-85c8-4ede-a02c-b15a098db860',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat VALUES('7a957971-8a88-4e1b-86de-6eef043f9f5b','8306d03b-f38b-4ffc-80a4-df5a51c9bc70','ef463c53-b79e-4b4e-a95c-2c0b07465834',4,'Lemari',NULL,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
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
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_rombongan_belajar PRIMARY KEY (rombongan_belajar_id), 
	CONSTRAINT fk_rombongan_belajar_id_ruang_ruang FOREIGN KEY(id_ruang) REFERENCES ruang (id_ruang), 
	CONSTRAINT fk_rombongan_belajar_jenis_rombel_ref_jenis_rombel FOREIGN KEY(jenis_rombel) REFERENCES ref_jenis_rombel (jenis_rombel), 
	CONSTRAINT fk_rombongan_belajar_kurikulum_id_ref_kurikulum FOREIGN KEY(kurikulum_id) REFERENCES ref_kurikulum (kurikulum_id), 
	CONSTRAINT fk_rombongan_belajar_ptk_id_ptk FOREIGN KEY(ptk_id) REFERENCES ptk (ptk_id), 
	CONSTRAINT fk_rombongan_belajar_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id), 
	CONSTRAINT fk_rombongan_belajar_semester_id_ref_semester FOREIGN KEY(semester_id) REFERENCES ref_semester (semester_id), 
	CONSTRAINT fk_rombongan_belajar_tingkat_pendidikan_id_ref_tingkat_pendidikan FOREIGN KEY(tingkat_pendidikan_id) REFERENCES ref_tingkat_pendidikan (tingkat_pendidikan_id)
);
INSERT INTO rombongan_belajar VALUES('795c2b9b-cfba-4e78-8c7d-dcd47522aa7f','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,1,'Kelas 1','63a362b4-bb8a-4881-a453-0e4c15e5bc12','ffe976ab-6058-4cca-8e1d-62e05b4c8012',1,1,0,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO rombongan_belajar VALUES('94a0df05-ac64-4a30-89e3-9659e5a34078','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,2,'Kelas 2','5e35055f-1048-4dfa-9fe2-fe3ed7879ce4','ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1',1,1,0,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO rombongan_belajar VALUES('a0c5b20c-2885-4868-b01a-5d124febec70','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,3,'Kelas 3','4fe0f36e-c728-47b1-beac-0d53cef48cda','a598d0db-ccbf-42ec-8c53-765f4ec0a954',1,1,0,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO rombongan_belajar VALUES('e4cfed0e-7c1f-4183-a75e-1a3869190876','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,4,'Kelas 4','71c76b67-dde5-4d3a-9757-944c4436734f','703e53cf-192f-49a9-8fd8-c364eab42bd6',1,1,0,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO rombongan_belajar VALUES('d0522fff-5abc-42f8-b350-31ce015c1d5c','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,5,'Kelas 5','2c47ba69-b974-44a0-a656-e638ec4292b6','c07991d4-0b6e-46f3-9efe-bfda1eedfcfc',1,1,0,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO rombongan_belajar VALUES('b3cd1e1c-85f2-4fa0-95c6-7ee3f49b8c8d','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,6,'Kelas 6','5479cbec-27e4-47b1-9878-c0bffb8ac7f1','81f8c04a-4e56-4cbf-9606-0250ea3e7f73',1,1,0,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
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
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_ruang_longitudinal PRIMARY KEY (ruang_longitudinal_id), 
	CONSTRAINT fk_ruang_longitudinal_id_ruang_ruang FOREIGN KEY(id_ruang) REFERENCES ruang (id_ruang), 
	CONSTRAINT fk_ruang_longitudinal_kerusakan_id_ref_kerusakan FOREIGN KEY(kerusakan_id) REFERENCES ref_kerusakan (kerusakan_id), 
	CONSTRAINT fk_ruang_longitudinal_semester_id_ref_semester FOREIGN KEY(semester_id) REFERENCES ref_semester (semester_id), 
	CONSTRAINT uq_ruang_longitudinal_id_ruang UNIQUE (id_ruang, semester_id)
);
INSERT INTO ruang_longitudinal VALUES('89be9c1c-8eb5-440f-96f4-488157241955','ffe976ab-6058-4cca-8e1d-62e05b4c8012',20261,20,15,20,0,20,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang_longitudinal VALUES('d1711cbd-2106-419e-840d-31b5397a7623','ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1',20261,10,15,15,0,15,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang_longitudinal VALUES('44df8a13-d4f3-48ee-8b5c-1a9533d91808','a598d0db-ccbf-42ec-8c53-765f4ec0a954',20261,15,20,10,10,10,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang_longitudinal VALUES('f79edc82-2edc-49c1-b71b-d135ec0643b1','703e53cf-192f-49a9-8fd8-c364eab42bd6',20261,20,20,15,5,10,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang_longitudinal VALUES('aa220078-503d-486b-8150-4585279e6933','c07991d4-0b6e-46f3-9efe-bfda1eedfcfc',20261,15,5,20,20,5,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang_longitudinal VALUES('1b2b980e-f575-45ce-839e-257a6041f10e','81f8c04a-4e56-4cbf-9606-0250ea3e7f73',20261,10,10,0,15,0,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang_longitudinal VALUES('662f286b-8c1f-4387-91cb-4ea7b5fc684a','9f93693f-6f00-47c4-b4fd-02f6850567c2',20261,5,10,15,0,20,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang_longitudinal VALUES('c9108f89-37fe-43eb-87a9-ec13a5497863','304374b3-a40e-4cb5-8134-a79bde3b7dd3',20261,10,20,20,0,0,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang_longitudinal VALUES('7f62df26-76c3-4660-8371-0baf2cb8cefc','de384261-6a01-477b-8873-67376ce4048f',20261,0,10,5,0,5,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang_longitudinal VALUES('7440cabe-e0ed-4a62-97d6-af8ff423f8be','8652ab69-cbee-43b0-86f9-fa211ebf3deb',20261,5,0,0,0,0,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang_longitudinal VALUES('916b2b37-c051-4c7c-8e48-e48847cd07f7','cab39a07-9284-4dae-afe9-87c18fdf6614',20261,15,0,0,15,20,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang_longitudinal VALUES('81b2499e-1b37-4a07-a14d-59fca55c9c8e','1b252869-2bd8-4f21-afa1-2947f472bb69',20261,20,0,5,20,0,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang_longitudinal VALUES('1f7e4273-4f56-448f-85e1-ddfb3c37bb01','ddd284e8-6961-4452-838d-04fb1018d7f5',20261,5,10,0,0,0,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang_longitudinal VALUES('ae7078ea-8052-413c-9c7e-351e5fc816f4','98142612-3733-4f91-9b97-d72a50e98d6d',20261,10,10,20,0,20,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang_longitudinal VALUES('8acaca45-0530-4bb7-a728-6b1b95ea47a7','4a205268-549e-4c0a-b1ff-38d8480bdb8b',20261,20,0,5,10,5,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang_longitudinal VALUES('5b20f1e6-2055-4db9-9400-24276cbdbb71','5aa26879-85c8-4ede-a02c-b15a098db860',20261,15,20,20,5,0,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO ruang_longitudinal VALUES('05fb0d55-3a6e-48d3-a5ce-93fcc95ef1d0','ef463c53-b79e-4b4e-a95c-2c0b07465834',20261,15,20,15,10,5,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
CREATE TABLE alat_longitudinal (
	alat_longitudinal_id VARCHAR(36) NOT NULL, 
	id_alat VARCHAR(36) NOT NULL, 
	semester_id INTEGER NOT NULL, 
	jumlah INTEGER NOT NULL, 
	jumlah_laik INTEGER NOT NULL, 
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_alat_longitudinal PRIMARY KEY (alat_longitudinal_id), 
	CONSTRAINT fk_alat_longitudinal_id_alat_alat FOREIGN KEY(id_alat) REFERENCES alat (id_alat), 
	CONSTRAINT fk_alat_longitudinal_semester_id_ref_semester FOREIGN KEY(semester_id) REFERENCES ref_semester (semester_id), 
	CONSTRAINT uq_alat_longitudinal_id_alat UNIQUE (id_alat, semester_id)
);
INSERT INTO alat_longitudinal VALUES('5e6c9992-b5fb-42e0-9909-0b8906555096','24114258-751b-4c83-89a0-47dc4ac87fc0',20261,36,34,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('7f9ac098-8df0-4f25-95f1-9a51e41686cd','17371472-6c16-4229-b608-d9425d111a9d',20261,36,33,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('423674a6-864f-43f3-aab0-6e9b65ed0de4','81a0ba05-6ce9-4a66-9dcf-884cde0279e1',20261,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('78549014-6ded-486a-9f4f-b02bb7a1774f','85f184e0-b464-4554-b675-299b0c83e786',20261,36,36,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('ac9f21df-74f0-4af5-b361-8e1ca06d7a69','3a9afa39-e261-434a-bb6b-c3c62475263c',20261,36,36,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('ff8b2a6a-ab74-4e57-a6ee-bc578f4ecb4f','f5a9ca5f-edf1-45da-b6ea-fff5782afe6b',20261,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('7d510557-ed4d-49b8-85dc-0a68cdb54088','a7d83351-265c-48ea-8879-d955025ff87c',20261,36,33,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('d3801b73-c446-4b8c-82e2-61237776c655','42969a50-3328-4e16-abe8-0fa95c24c1ae',20261,36,33,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('7528ea79-5110-40a7-8a41-f8e4d4d6d278','8ece78b0-6f29-49f1-8ed6-6b447f45b096',20261,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('7f9880a6-e73c-49ea-8437-1ff3a60741f3','7aa95416-ba5c-475c-97aa-22086cffb0f0',20261,36,36,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('0397a31d-ea9e-4ab5-b30b-89dc2577c324','bf5f85e2-31d0-4d9c-98be-e0745ec0c260',20261,36,33,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('3f724926-32e4-434c-8b34-8cea9c31b930','94a4d29c-7383-4496-800e-05d017985d06',20261,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('22867c53-f000-4394-b870-e4e1b093e3b4','ed1ba5c8-c4ff-464e-9304-3fca9543c6c3',20261,36,33,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('b14ab8e9-e041-4118-991f-77c9f551abfd','9682e074-7915-42d5-b911-c9b08bb9c912',20261,36,35,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('c84c1884-c88f-43d6-a2a6-0b44ef5fd31c','6af38f6c-159d-4a38-8a6a-03b381356bc5',20261,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('c50029ab-ef3e-4144-9a78-9b32a5721c6a','0d26efa0-12cc-46e3-a344-f1c363ac4f14',20261,36,34,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('733c6676-4dbd-4e02-aecb-9e6853e81536','82a8c712-068c-4f90-869a-306ff1f02f49',20261,36,33,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('2bb53283-ce10-4503-9e5c-f6e992559248','7f60b9fa-1f12-4a78-a9f9-14845377899a',20261,1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('ee532f03-8b75-402a-a5f2-74190b94a014','ebe48123-a5b0-4526-b20b-e3f808be3b07',20261,2,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('2f9e09c9-d828-4123-a945-e7bb290f5d0f','f4e2ea68-e505-48a5-8450-74a1e1f66c3a',20261,2,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('84f32551-5366-4ce2-ad4d-666177bb3654','6a6dc402-d0a3-427d-87be-5613ffce6973',20261,2,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('d8b6dd5b-5a19-47d0-86f5-94cff6111cf2','8b890fec-6872-496b-9497-db67a54b3b83',20261,2,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('19f900d3-21f3-4390-8e44-9800ab994360','4b717794-91e0-4539-b6e5-3725bb20e1d5',20261,2,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('2950e9ae-5089-4e3b-ae8b-9e7c4a815857','d65f45b6-968e-485e-86db-73ab5044df5c',20261,2,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('9b751151-74bf-489b-879e-23da50a22a1b','93944318-8fa9-40d1-af92-53851807dfaf',20261,2,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('0ec0e2e2-5b37-4699-911a-d49df272c2ef','63989ab9-4067-4334-ac79-b3bef96afc60',20261,2,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('2980f7bd-1cd3-4258-bf44-577cb8bfe77a','8f94b50b-328b-48ae-97ad-057df4f031fc',20261,2,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('200da2b8-c660-4afb-b835-6e48a99fb266','3d43281c-608f-42b1-a254-c3f06a50f9fc',20261,2,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO alat_longitudinal VALUES('237f0de0-5093-4ba9-b55e-e054438973ec','7a957971-8a88-4e1b-86de-6eef043f9f5b',20261,2,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
CREATE TABLE anggota_rombel (
	anggota_rombel_id VARCHAR(36) NOT NULL, 
	rombongan_belajar_id VARCHAR(36) NOT NULL, 
	peserta_didik_id VARCHAR(36) NOT NULL, 
	jenis_pendaftaran_id INTEGER, 
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_anggota_rombel PRIMARY KEY (anggota_rombel_id), 
	CONSTRAINT fk_anggota_rombel_jenis_pendaftaran_id_ref_jenis_pendaftaran FOREIGN KEY(jenis_pendaftaran_id) REFERENCES ref_jenis_pendaftaran (jenis_pendaftaran_id), 
	CONSTRAINT fk_anggota_rombel_peserta_didik_id_peserta_didik FOREIGN KEY(peserta_didik_id) REFERENCES peserta_didik (peserta_didik_id), 
	CONSTRAINT fk_anggota_rombel_rombongan_belajar_id_rombongan_belajar FOREIGN KEY(rombongan_belajar_id) REFERENCES rombongan_belajar (rombongan_belajar_id), 
	CONSTRAINT uq_anggota_rombel_rombongan_belajar_id UNIQUE (rombongan_belajar_id, peserta_didik_id)
);
INSERT INTO anggota_rombel VALUES('65303843-6c4e-4f0f-8e78-bc1f50671993','795c2b9b-cfba-4e78-8c7d-dcd47522aa7f','995bc7ed-9829-4e69-a080-2040dc2fcdad',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('bf3fc9bf-06ea-4fdf-a79e-445aa19f78d8','795c2b9b-cfba-4e78-8c7d-dcd47522aa7f','a8bf8514-fe44-48b2-865c-ee66929323c3',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('655ad021-77c0-46b8-aa53-d31823e50a50','795c2b9b-cfba-4e78-8c7d-dcd47522aa7f','ddb26dae-57c9-406a-a4a9-248da00dc09f',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('6f94b298-0d84-4e8a-8da9-84e9fb1ac5f3','795c2b9b-cfba-4e78-8c7d-dcd47522aa7f','4badd9bd-7d9f-437d-a060-09c338b17cfc',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('8822e7c7-45bd-468c-958a-59ae1e29d18f','94a0df05-ac64-4a30-89e3-9659e5a34078','a0a17f51-eb0f-4007-b1c7-718d0ab2b401',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('850535d8-6330-421b-97d5-148a4943e768','94a0df05-ac64-4a30-89e3-9659e5a34078','cb07fcef-7d29-43de-b46a-e6ac60a4dfe8',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('38543fa3-b229-4a1d-83d3-dacd6d59166a','94a0df05-ac64-4a30-89e3-9659e5a34078','a9670916-0d2a-4b88-b96c-0240642a0954',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('4d52f45b-ba0b-4c68-a8b7-1bbb146cd28a','94a0df05-ac64-4a30-89e3-9659e5a34078','eb0e2e1f-dace-4344-91c6-a4c43e8159a0',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('4fff27cc-42da-46c0-8577-1fbd9e259925','a0c5b20c-2885-4868-b01a-5d124febec70','826a047e-c1d2-4a83-ad12-a936078a02bb',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('dca4d4ea-59d6-49d4-a439-d718221f2720','a0c5b20c-2885-4868-b01a-5d124febec70','177a7400-4959-4514-95ad-abb2288551db',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('7ef13139-5239-4180-b509-facc62a1a8f4','a0c5b20c-2885-4868-b01a-5d124febec70','ab87eba5-f658-4393-a4c4-a6e60709e452',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('1df2addc-8b17-455e-88c7-5541e7af3109','a0c5b20c-2885-4868-b01a-5d124febec70','d6bfe9ff-5c5e-414c-b57a-c1416e1d897f',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('92512dd7-4a6d-45c2-99e1-78612bf8ff27','e4cfed0e-7c1f-4183-a75e-1a3869190876','fe242654-1a1a-478e-9dd7-111b1088b6c3',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('bb920877-0b91-4777-805e-fa369b3ce4fc','e4cfed0e-7c1f-4183-a75e-1a3869190876','f22de0b3-e4d6-4753-9393-84bb86488992',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('e939518f-f3a0-433a-9caf-1b98775ac94a','e4cfed0e-7c1f-4183-a75e-1a3869190876','285c5e70-4960-4b0e-b366-4ca195edc972',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('82db6874-1c56-4a9b-827f-36d8fce05774','e4cfed0e-7c1f-4183-a75e-1a3869190876','6c58a2f3-5063-4e1c-a274-57109d53d557',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('96432668-932c-4d93-9251-84c940efdc64','d0522fff-5abc-42f8-b350-31ce015c1d5c','774266a0-a012-4208-a406-b3f05e015f83',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('124e5f37-0358-4bfd-a38e-ff38332945b7','d0522fff-5abc-42f8-b350-31ce015c1d5c','84c6d6a6-e116-49c5-8dd7-8343c6fa9381',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('51cc275a-362b-49c9-8661-eb87bb239c77','d0522fff-5abc-42f8-b350-31ce015c1d5c','36bd2398-9c7d-419f-ab66-1c9f2dd9deee',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('475ccc28-6a74-4fb0-877f-f4f29244cf88','d0522fff-5abc-42f8-b350-31ce015c1d5c','7a8bae92-7cec-4917-a900-b41ce3ca788f',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('d26c3fd1-1400-4496-91c1-b850e3b58e52','b3cd1e1c-85f2-4fa0-95c6-7ee3f49b8c8d','1319cd0e-78ac-45ae-a685-0952d9ad511e',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('3b1c5765-efc3-4df7-85c7-972c89497774','b3cd1e1c-85f2-4fa0-95c6-7ee3f49b8c8d','4fe72662-117a-433f-b3ff-694d09401791',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('9eea0d0f-5c50-49a3-9f90-505dbac1d628','b3cd1e1c-85f2-4fa0-95c6-7ee3f49b8c8d','cb48f2e7-3d05-4c2d-95ce-96ef8f320693',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO anggota_rombel VALUES('8eb85157-ce7f-4fe7-94cb-43823d0b3d27','b3cd1e1c-85f2-4fa0-95c6-7ee3f49b8c8d','c16eb3ed-bbe9-4bce-93f6-460f0d66d8eb',1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
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
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_pembelajaran PRIMARY KEY (pembelajaran_id), 
	CONSTRAINT fk_pembelajaran_induk_pembelajaran_id_pembelajaran FOREIGN KEY(induk_pembelajaran_id) REFERENCES pembelajaran (pembelajaran_id), 
	CONSTRAINT fk_pembelajaran_mata_pelajaran_id_ref_mata_pelajaran FOREIGN KEY(mata_pelajaran_id) REFERENCES ref_mata_pelajaran (mata_pelajaran_id), 
	CONSTRAINT fk_pembelajaran_ptk_terdaftar_id_ptk_terdaftar FOREIGN KEY(ptk_terdaftar_id) REFERENCES ptk_terdaftar (ptk_terdaftar_id), 
	CONSTRAINT fk_pembelajaran_rombongan_belajar_id_rombongan_belajar FOREIGN KEY(rombongan_belajar_id) REFERENCES rombongan_belajar (rombongan_belajar_id), 
	CONSTRAINT fk_pembelajaran_semester_id_ref_semester FOREIGN KEY(semester_id) REFERENCES ref_semester (semester_id)
);
INSERT INTO pembelajaran VALUES('820e8925-6dd2-49a4-b5ac-f1403dab50b8','795c2b9b-cfba-4e78-8c7d-dcd47522aa7f',20261,1002,'0aa58cd0-4f77-4bb9-82ed-ffa98c285417','Pendidikan Pancasila','421.3/574/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('36165514-8380-416b-a061-5b8586cdbae5','795c2b9b-cfba-4e78-8c7d-dcd47522aa7f',20261,1003,'0aa58cd0-4f77-4bb9-82ed-ffa98c285417','Bahasa Indonesia','421.3/976/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('dfb1dd4e-c699-45ef-854b-78f8dc7ef9e3','795c2b9b-cfba-4e78-8c7d-dcd47522aa7f',20261,1004,'0aa58cd0-4f77-4bb9-82ed-ffa98c285417','Matematika','421.3/910/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('adb19993-8f13-4eed-a2ff-7c2e7d13d002','795c2b9b-cfba-4e78-8c7d-dcd47522aa7f',20261,1005,'0aa58cd0-4f77-4bb9-82ed-ffa98c285417','Ilmu Pengetahuan Alam dan Sosial (IPAS)','421.3/833/SK-MGJ/2026','2026-07-10',5,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('ff47f25e-5d1e-40ff-9365-0be2db57ca84','795c2b9b-cfba-4e78-8c7d-dcd47522aa7f',20261,1006,'0aa58cd0-4f77-4bb9-82ed-ffa98c285417','Seni Budaya','421.3/960/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('b9e5113b-9d80-4682-885f-376a645a3f72','795c2b9b-cfba-4e78-8c7d-dcd47522aa7f',20261,1008,'0aa58cd0-4f77-4bb9-82ed-ffa98c285417','Bahasa Inggris','421.3/766/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('8d2292de-9b55-4bf0-a6e8-ffda3065cf75','94a0df05-ac64-4a30-89e3-9659e5a34078',20261,1002,'997898f0-277b-4be5-8839-cef1375850f0','Pendidikan Pancasila','421.3/652/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('24dbbefd-ba8e-4768-a732-10d0fad0ebf2','94a0df05-ac64-4a30-89e3-9659e5a34078',20261,1003,'997898f0-277b-4be5-8839-cef1375850f0','Bahasa Indonesia','421.3/821/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('a82ff8bf-cc95-43dc-90de-0fc4cc1cdc7c','94a0df05-ac64-4a30-89e3-9659e5a34078',20261,1004,'997898f0-277b-4be5-8839-cef1375850f0','Matematika','421.3/234/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('dd8c2c74-aaa9-47e6-8d46-3d490fa2ccb6','94a0df05-ac64-4a30-89e3-9659e5a34078',20261,1005,'997898f0-277b-4be5-8839-cef1375850f0','Ilmu Pengetahuan Alam dan Sosial (IPAS)','421.3/686/SK-MGJ/2026','2026-07-10',5,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('f0e39542-4ca1-45f0-8a1d-687247c624d6','94a0df05-ac64-4a30-89e3-9659e5a34078',20261,1006,'997898f0-277b-4be5-8839-cef1375850f0','Seni Budaya','421.3/135/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('f68dddcb-447e-477a-a3a1-dea22dd20c3a','94a0df05-ac64-4a30-89e3-9659e5a34078',20261,1008,'997898f0-277b-4be5-8839-cef1375850f0','Bahasa Inggris','421.3/939/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('75113b5c-20c3-49d5-9b4d-7862b16531ea','a0c5b20c-2885-4868-b01a-5d124febec70',20261,1002,'2b186e16-39de-46d0-a97f-ee94c0d7c2df','Pendidikan Pancasila','421.3/653/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('c0590851-0dbb-4889-b167-344f2fc32fd3','a0c5b20c-2885-4868-b01a-5d124febec70',20261,1003,'2b186e16-39de-46d0-a97f-ee94c0d7c2df','Bahasa Indonesia','421.3/272/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('a4275452-69f6-4a92-a765-e3b9ae0fa718','a0c5b20c-2885-4868-b01a-5d124febec70',20261,1004,'2b186e16-39de-46d0-a97f-ee94c0d7c2df','Matematika','421.3/290/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('f51afd8c-8bcb-4528-a991-c5897d5fc051','a0c5b20c-2885-4868-b01a-5d124febec70',20261,1005,'2b186e16-39de-46d0-a97f-ee94c0d7c2df','Ilmu Pengetahuan Alam dan Sosial (IPAS)','421.3/737/SK-MGJ/2026','2026-07-10',5,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('5d396109-83bb-4916-b88f-4c244cf74765','a0c5b20c-2885-4868-b01a-5d124febec70',20261,1006,'2b186e16-39de-46d0-a97f-ee94c0d7c2df','Seni Budaya','421.3/129/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('bf450b3d-ae2e-414d-b734-2c58178c98e4','a0c5b20c-2885-4868-b01a-5d124febec70',20261,1008,'2b186e16-39de-46d0-a97f-ee94c0d7c2df','Bahasa Inggris','421.3/655/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('25490c72-5312-46cd-a66f-018227af415f','e4cfed0e-7c1f-4183-a75e-1a3869190876',20261,1002,'44a73da5-a07a-4fad-8b8c-c88a253676a6','Pendidikan Pancasila','421.3/516/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('01efc27d-7888-4b20-8a4f-54d5821be288','e4cfed0e-7c1f-4183-a75e-1a3869190876',20261,1003,'44a73da5-a07a-4fad-8b8c-c88a253676a6','Bahasa Indonesia','421.3/831/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('d805d62d-9604-4f34-9a5f-ea38183b60e5','e4cfed0e-7c1f-4183-a75e-1a3869190876',20261,1004,'44a73da5-a07a-4fad-8b8c-c88a253676a6','Matematika','421.3/159/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('41d9acbc-d120-4e51-903e-a6e7b2cedc0c','e4cfed0e-7c1f-4183-a75e-1a3869190876',20261,1005,'44a73da5-a07a-4fad-8b8c-c88a253676a6','Ilmu Pengetahuan Alam dan Sosial (IPAS)','421.3/821/SK-MGJ/2026','2026-07-10',5,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('80d5de4f-29ef-4ab1-8730-c359c1bad5e1','e4cfed0e-7c1f-4183-a75e-1a3869190876',20261,1006,'44a73da5-a07a-4fad-8b8c-c88a253676a6','Seni Budaya','421.3/436/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('6c3f40a1-170d-44b1-9103-2863de7c8fde','e4cfed0e-7c1f-4183-a75e-1a3869190876',20261,1008,'44a73da5-a07a-4fad-8b8c-c88a253676a6','Bahasa Inggris','421.3/295/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('d780f5c8-d546-401d-b30e-37776ee1bd26','d0522fff-5abc-42f8-b350-31ce015c1d5c',20261,1002,'408e79ea-b3a2-459e-8f15-79f2445db505','Pendidikan Pancasila','421.3/779/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('f7ca1132-a960-499b-b982-dbf33dba1795','d0522fff-5abc-42f8-b350-31ce015c1d5c',20261,1003,'408e79ea-b3a2-459e-8f15-79f2445db505','Bahasa Indonesia','421.3/274/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('892e3a22-2894-4037-9f52-4fc436746738','d0522fff-5abc-42f8-b350-31ce015c1d5c',20261,1004,'408e79ea-b3a2-459e-8f15-79f2445db505','Matematika','421.3/606/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('759a5eb1-6c55-4cbd-b89a-a45c6c066c64','d0522fff-5abc-42f8-b350-31ce015c1d5c',20261,1005,'408e79ea-b3a2-459e-8f15-79f2445db505','Ilmu Pengetahuan Alam dan Sosial (IPAS)','421.3/991/SK-MGJ/2026','2026-07-10',5,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('f7eb0fda-358c-4418-b47d-a8645cfa1862','d0522fff-5abc-42f8-b350-31ce015c1d5c',20261,1006,'408e79ea-b3a2-459e-8f15-79f2445db505','Seni Budaya','421.3/976/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('ef642b5f-70c3-43a5-bd08-5c52a11cd717','d0522fff-5abc-42f8-b350-31ce015c1d5c',20261,1008,'408e79ea-b3a2-459e-8f15-79f2445db505','Bahasa Inggris','421.3/416/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('e0f32241-177d-41c5-bb57-af649b4ab5aa','b3cd1e1c-85f2-4fa0-95c6-7ee3f49b8c8d',20261,1002,'9b2831e1-34d4-499c-b6a5-920cf16e49b1','Pendidikan Pancasila','421.3/672/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('c18caf10-1da8-486a-b208-c766bd328e8b','b3cd1e1c-85f2-4fa0-95c6-7ee3f49b8c8d',20261,1003,'9b2831e1-34d4-499c-b6a5-920cf16e49b1','Bahasa Indonesia','421.3/316/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('9f478926-add4-4507-b6fd-8e225a9b82c5','b3cd1e1c-85f2-4fa0-95c6-7ee3f49b8c8d',20261,1004,'9b2831e1-34d4-499c-b6a5-920cf16e49b1','Matematika','421.3/180/SK-MGJ/2026','2026-07-10',6,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('341d057a-2c10-4d7a-9d7a-466a28770c03','b3cd1e1c-85f2-4fa0-95c6-7ee3f49b8c8d',20261,1005,'9b2831e1-34d4-499c-b6a5-920cf16e49b1','Ilmu Pengetahuan Alam dan Sosial (IPAS)','421.3/804/SK-MGJ/2026','2026-07-10',5,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('f2b05206-e644-4bb0-b075-ea816eff8cef','b3cd1e1c-85f2-4fa0-95c6-7ee3f49b8c8d',20261,1006,'9b2831e1-34d4-499c-b6a5-920cf16e49b1','Seni Budaya','421.3/756/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('2516f920-f893-4baf-8c01-dd1c07cef7b1','b3cd1e1c-85f2-4fa0-95c6-7ee3f49b8c8d',20261,1008,'9b2831e1-34d4-499c-b6a5-920cf16e49b1','Bahasa Inggris','421.3/538/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('ca197161-a25f-47a5-a9e6-46d2e551700e','795c2b9b-cfba-4e78-8c7d-dcd47522aa7f',20261,1001,'d625fe97-40fc-4f1b-9dbe-75b9cf176b34','Pendidikan Agama dan Budi Pekerti','421.3/763/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('65f71bd5-5d7f-4476-bd37-cd94498079bf','94a0df05-ac64-4a30-89e3-9659e5a34078',20261,1001,'d625fe97-40fc-4f1b-9dbe-75b9cf176b34','Pendidikan Agama dan Budi Pekerti','421.3/375/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('e3012e25-75cf-4f7f-8561-67097a00c8b2','a0c5b20c-2885-4868-b01a-5d124febec70',20261,1001,'d625fe97-40fc-4f1b-9dbe-75b9cf176b34','Pendidikan Agama dan Budi Pekerti','421.3/109/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('fc15b536-7cf8-4d4a-9aab-bcebd728f6f4','e4cfed0e-7c1f-4183-a75e-1a3869190876',20261,1001,'d625fe97-40fc-4f1b-9dbe-75b9cf176b34','Pendidikan Agama dan Budi Pekerti','421.3/379/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('8f45022b-24dc-4c35-8b17-c73f1b82aef2','d0522fff-5abc-42f8-b350-31ce015c1d5c',20261,1001,'d625fe97-40fc-4f1b-9dbe-75b9cf176b34','Pendidikan Agama dan Budi Pekerti','421.3/241/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('609d6f0b-74bd-44f8-9be7-13ddf83c61f0','b3cd1e1c-85f2-4fa0-95c6-7ee3f49b8c8d',20261,1001,'d625fe97-40fc-4f1b-9dbe-75b9cf176b34','Pendidikan Agama dan Budi Pekerti','421.3/327/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('ee444377-0c59-437f-97d1-5506a20f141a','795c2b9b-cfba-4e78-8c7d-dcd47522aa7f',20261,1007,'62010d65-de49-478a-8542-41c3872a8bd6','Pendidikan Jasmani, Olahraga, dan Kesehatan','421.3/723/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('c14182a2-5385-4900-8f68-dc4aab8683d9','795c2b9b-cfba-4e78-8c7d-dcd47522aa7f',20261,1009,'62010d65-de49-478a-8542-41c3872a8bd6','Muatan Lokal Bahasa Daerah','421.3/814/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('76035237-142e-4f98-ae99-7691f7a36672','94a0df05-ac64-4a30-89e3-9659e5a34078',20261,1007,'62010d65-de49-478a-8542-41c3872a8bd6','Pendidikan Jasmani, Olahraga, dan Kesehatan','421.3/360/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('cbe4480e-d371-4273-8bcd-0aac588fa9ba','94a0df05-ac64-4a30-89e3-9659e5a34078',20261,1009,'62010d65-de49-478a-8542-41c3872a8bd6','Muatan Lokal Bahasa Daerah','421.3/579/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('192aef47-f247-4369-87c2-7a5cd22acc06','a0c5b20c-2885-4868-b01a-5d124febec70',20261,1007,'62010d65-de49-478a-8542-41c3872a8bd6','Pendidikan Jasmani, Olahraga, dan Kesehatan','421.3/638/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('149e6f6a-0987-4c0f-8bf8-550546af8c03','a0c5b20c-2885-4868-b01a-5d124febec70',20261,1009,'62010d65-de49-478a-8542-41c3872a8bd6','Muatan Lokal Bahasa Daerah','421.3/933/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('ec2cfc18-8713-40d0-91fb-ec290ab83474','e4cfed0e-7c1f-4183-a75e-1a3869190876',20261,1007,'62010d65-de49-478a-8542-41c3872a8bd6','Pendidikan Jasmani, Olahraga, dan Kesehatan','421.3/704/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('cc941d42-62e0-4dd6-9bda-22cf907b12b7','e4cfed0e-7c1f-4183-a75e-1a3869190876',20261,1009,'62010d65-de49-478a-8542-41c3872a8bd6','Muatan Lokal Bahasa Daerah','421.3/563/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('74fb97c4-f59d-4908-9331-a9fbccd94484','d0522fff-5abc-42f8-b350-31ce015c1d5c',20261,1007,'62010d65-de49-478a-8542-41c3872a8bd6','Pendidikan Jasmani, Olahraga, dan Kesehatan','421.3/760/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('2731c6ff-059f-463d-8a70-bdba7a878950','d0522fff-5abc-42f8-b350-31ce015c1d5c',20261,1009,'62010d65-de49-478a-8542-41c3872a8bd6','Muatan Lokal Bahasa Daerah','421.3/728/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('644f7ae9-1aeb-40c8-86ce-2aae2262d5bf','b3cd1e1c-85f2-4fa0-95c6-7ee3f49b8c8d',20261,1007,'62010d65-de49-478a-8542-41c3872a8bd6','Pendidikan Jasmani, Olahraga, dan Kesehatan','421.3/426/SK-MGJ/2026','2026-07-10',3,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO pembelajaran VALUES('4144498c-dc48-4871-88e6-823d2b0d86d4','b3cd1e1c-85f2-4fa0-95c6-7ee3f49b8c8d',20261,1009,'62010d65-de49-478a-8542-41c3872a8bd6','Muatan Lokal Bahasa Daerah','421.3/194/SK-MGJ/2026','2026-07-10',2,1,NULL,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
CREATE TABLE jadwal (
	jadwal_id VARCHAR(36) NOT NULL, 
	sekolah_id VARCHAR(36) NOT NULL, 
	semester_id INTEGER NOT NULL, 
	id_ruang VARCHAR(36), 
	pembelajaran_id VARCHAR(36) NOT NULL, 
	hari SMALLINT NOT NULL, 
	bel_ke SMALLINT NOT NULL, 
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_jadwal PRIMARY KEY (jadwal_id), 
	CONSTRAINT fk_jadwal_id_ruang_ruang FOREIGN KEY(id_ruang) REFERENCES ruang (id_ruang), 
	CONSTRAINT fk_jadwal_pembelajaran_id_pembelajaran FOREIGN KEY(pembelajaran_id) REFERENCES pembelajaran (pembelajaran_id), 
	CONSTRAINT fk_jadwal_sekolah_id_sekolah FOREIGN KEY(sekolah_id) REFERENCES sekolah (sekolah_id), 
	CONSTRAINT fk_jadwal_semester_id_ref_semester FOREIGN KEY(semester_id) REFERENCES ref_semester (semester_id)
);
INSERT INTO jadwal VALUES('13737a12-9629-478f-b780-55face4b8b07','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','820e8925-6dd2-49a4-b5ac-f1403dab50b8',2,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('67c851c7-7510-4361-ab89-3b4b8dfe3a65','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','820e8925-6dd2-49a4-b5ac-f1403dab50b8',6,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('1b0c6bb0-cd3e-41d5-9c6e-5e65cec8c56f','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','820e8925-6dd2-49a4-b5ac-f1403dab50b8',4,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('66a27c00-6a79-4f9d-bd6c-b580ce21626c','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','36165514-8380-416b-a061-5b8586cdbae5',6,8,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('325737a8-3e8b-4985-817a-3ad8f9f73efb','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','36165514-8380-416b-a061-5b8586cdbae5',4,8,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('cce719c1-c073-42c3-833e-e1a00d15bba5','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','36165514-8380-416b-a061-5b8586cdbae5',6,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('e983f1ec-4432-44a7-8654-24a12b4366b3','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','36165514-8380-416b-a061-5b8586cdbae5',2,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('2ae9da1f-415e-4e83-95a5-35f15fce192e','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','36165514-8380-416b-a061-5b8586cdbae5',6,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('37f30b26-094d-400b-a958-8f94efcda3cc','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','36165514-8380-416b-a061-5b8586cdbae5',3,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('cd963f25-a181-4c02-9797-900db4e6a88c','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','dfb1dd4e-c699-45ef-854b-78f8dc7ef9e3',6,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('e63e8667-1d9d-4133-8ff5-9cc6b66ef9b5','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','dfb1dd4e-c699-45ef-854b-78f8dc7ef9e3',2,8,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('091b59fe-aac1-49fb-8cb9-1baf72888c53','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','dfb1dd4e-c699-45ef-854b-78f8dc7ef9e3',1,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('fa9495ca-e1f7-41de-b5bd-34395b0d1e48','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','dfb1dd4e-c699-45ef-854b-78f8dc7ef9e3',1,9,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('d744f400-778b-4d50-b1a1-1788f6210952','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','dfb1dd4e-c699-45ef-854b-78f8dc7ef9e3',5,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('ef193855-a167-4599-83f7-13d0f3017f88','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','dfb1dd4e-c699-45ef-854b-78f8dc7ef9e3',6,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('e6f18dc9-ee79-4106-b4fc-082e08dfae47','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','adb19993-8f13-4eed-a2ff-7c2e7d13d002',6,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('a682c1c3-30a4-4f85-b7a8-318bdbf18a0f','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','adb19993-8f13-4eed-a2ff-7c2e7d13d002',2,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('0c092219-7b40-4ec6-b894-ef98a6b55717','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','adb19993-8f13-4eed-a2ff-7c2e7d13d002',3,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('a6e0d161-2b18-42cb-9751-a6914a939d45','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','adb19993-8f13-4eed-a2ff-7c2e7d13d002',6,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('01de9900-3460-4442-8774-948c10c52dcf','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','adb19993-8f13-4eed-a2ff-7c2e7d13d002',5,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('0b29ae83-a577-4f95-9e24-aa6a497254cb','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','ff47f25e-5d1e-40ff-9365-0be2db57ca84',1,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('1241750c-4264-4855-acbf-312078ac8ae6','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','ff47f25e-5d1e-40ff-9365-0be2db57ca84',6,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('8be94918-ba4b-4771-b361-51e4e2b770ee','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','b9e5113b-9d80-4682-885f-376a645a3f72',1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('844600f6-a2bc-4717-8c25-ed7c2ae796b5','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','b9e5113b-9d80-4682-885f-376a645a3f72',2,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('7ec9cb84-3cec-4160-8a4b-a013956e0261','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','ca197161-a25f-47a5-a9e6-46d2e551700e',3,8,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('5a1d7db6-8aaa-4212-8da0-06fbd1f97a65','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','ca197161-a25f-47a5-a9e6-46d2e551700e',4,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('76ca39b1-649a-47a2-8969-13c73a7192c1','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','ca197161-a25f-47a5-a9e6-46d2e551700e',4,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('03df9b62-080c-4162-be06-88131663d74c','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','ee444377-0c59-437f-97d1-5506a20f141a',4,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('16e13413-8e4e-45ae-a2c6-3adf69db8679','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','ee444377-0c59-437f-97d1-5506a20f141a',2,9,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('2db03c59-9f5e-454c-acc4-2b0370ee17e3','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','ee444377-0c59-437f-97d1-5506a20f141a',1,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('8f2606ce-2a22-4326-bca4-8c302bec3194','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','c14182a2-5385-4900-8f68-dc4aab8683d9',3,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('564ba8a3-c19e-4a9b-813d-b01433097a07','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ffe976ab-6058-4cca-8e1d-62e05b4c8012','c14182a2-5385-4900-8f68-dc4aab8683d9',2,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('18da990c-9704-464a-b54b-82d3b6e57418','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','8d2292de-9b55-4bf0-a6e8-ffda3065cf75',2,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('c0205f09-78b1-4b6c-aa1b-c2e33e1e8bd8','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','8d2292de-9b55-4bf0-a6e8-ffda3065cf75',6,9,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('f45a4dad-9b78-49eb-a8bd-454ef11e46f1','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','8d2292de-9b55-4bf0-a6e8-ffda3065cf75',6,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('7a65e4e4-a981-4df8-aec8-8dfe80ab2e4b','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','24dbbefd-ba8e-4768-a732-10d0fad0ebf2',1,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('0104a2ff-208e-4c04-9148-da691cf65d21','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','24dbbefd-ba8e-4768-a732-10d0fad0ebf2',4,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('25cb4dc5-4fa3-4e0e-8707-72779ced4694','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','24dbbefd-ba8e-4768-a732-10d0fad0ebf2',5,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('0531b3ae-4086-4dcb-b0b6-459a685fcb50','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','24dbbefd-ba8e-4768-a732-10d0fad0ebf2',5,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('f2ca68b2-4ba5-45db-9bc7-d0e771be4d88','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','24dbbefd-ba8e-4768-a732-10d0fad0ebf2',2,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('a0170756-a22e-4caa-a192-4ddf268b6be9','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','24dbbefd-ba8e-4768-a732-10d0fad0ebf2',6,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('1f19c99c-9656-4697-b1af-265001484051','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','a82ff8bf-cc95-43dc-90de-0fc4cc1cdc7c',4,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('5323873c-d4fa-4c6f-ba38-729318a2be86','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','a82ff8bf-cc95-43dc-90de-0fc4cc1cdc7c',3,8,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('d884d50b-1179-43c6-8f49-199e719f9c8b','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','a82ff8bf-cc95-43dc-90de-0fc4cc1cdc7c',2,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('7053ce0b-4611-4a58-b409-24ff629cdb8f','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','a82ff8bf-cc95-43dc-90de-0fc4cc1cdc7c',3,9,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('f0b2a517-ba58-447b-b1aa-6f4bc4f27979','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','a82ff8bf-cc95-43dc-90de-0fc4cc1cdc7c',5,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('72299ee2-403b-4948-8c22-499dd4b25a27','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','a82ff8bf-cc95-43dc-90de-0fc4cc1cdc7c',6,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('78312688-6912-4372-9f3f-000cbd58668d','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','dd8c2c74-aaa9-47e6-8d46-3d490fa2ccb6',6,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('d16d3411-502a-43b6-9c29-490a4be3bcf2','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','dd8c2c74-aaa9-47e6-8d46-3d490fa2ccb6',2,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('8c447b9b-9cc6-4ea0-9a06-703f2b0c044d','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','dd8c2c74-aaa9-47e6-8d46-3d490fa2ccb6',1,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('fd2a40c8-369c-4a50-b45f-2a1207d7ba06','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','dd8c2c74-aaa9-47e6-8d46-3d490fa2ccb6',4,8,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('fa8cacb5-b66b-4b7f-8b62-275fb2f53e5c','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','dd8c2c74-aaa9-47e6-8d46-3d490fa2ccb6',5,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('398faf3a-6743-42dd-bec2-54bec28bc4a0','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','f0e39542-4ca1-45f0-8a1d-687247c624d6',6,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('534f7317-aa29-49cf-b13c-e642de1cfb0a','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','f0e39542-4ca1-45f0-8a1d-687247c624d6',4,9,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('3ad7439a-19fc-4798-8cd2-fa2d2a76f010','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','f68dddcb-447e-477a-a3a1-dea22dd20c3a',6,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('55d23105-99ff-41ed-a0e2-098d6299fc6c','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','f68dddcb-447e-477a-a3a1-dea22dd20c3a',5,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('352991ba-6504-4bea-8957-fa1ba5008b67','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','65f71bd5-5d7f-4476-bd37-cd94498079bf',3,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('e97732bd-4d89-44a3-8c90-680b9dcda265','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','65f71bd5-5d7f-4476-bd37-cd94498079bf',1,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('60c7007e-f885-4531-89c9-0c598afd6238','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','65f71bd5-5d7f-4476-bd37-cd94498079bf',5,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('dd9a7e7d-58fe-4057-837e-f300b19037a2','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','76035237-142e-4f98-ae99-7691f7a36672',2,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('2cf5e806-3e18-4088-b3c0-5765ec144f18','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','76035237-142e-4f98-ae99-7691f7a36672',6,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('bc24bd96-0996-4085-8d51-7c7a82383ccc','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','76035237-142e-4f98-ae99-7691f7a36672',3,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('4ce06bdf-3205-4957-9324-e5299f067c31','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','cbe4480e-d371-4273-8bcd-0aac588fa9ba',3,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('ab8e4041-6e35-4e9d-9904-8fce2b7a3cf0','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1','cbe4480e-d371-4273-8bcd-0aac588fa9ba',4,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('7515d9ef-1f85-4e07-a5c5-756037a41337','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','75113b5c-20c3-49d5-9b4d-7862b16531ea',1,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('8413d5f1-a2cb-4514-98d5-a0f799fb2cf8','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','75113b5c-20c3-49d5-9b4d-7862b16531ea',6,8,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('19350059-a052-4eeb-a1a8-6f74fe5961f2','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','75113b5c-20c3-49d5-9b4d-7862b16531ea',3,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('4f83d975-5239-45bb-bc29-5d1b6a96cf7e','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','c0590851-0dbb-4889-b167-344f2fc32fd3',2,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('e3f89923-18c2-4f25-80e1-64e8e5c14a6f','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','c0590851-0dbb-4889-b167-344f2fc32fd3',1,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('a8ac3b26-577d-47a8-8302-e4a410fa5bc2','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','c0590851-0dbb-4889-b167-344f2fc32fd3',5,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('69f39668-a099-4504-b5ff-71f6269303f4','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','c0590851-0dbb-4889-b167-344f2fc32fd3',2,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('d3a4b8db-1b00-405a-a4c5-fdf8197bb6a3','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','c0590851-0dbb-4889-b167-344f2fc32fd3',6,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('cc3a398c-dfca-49dc-b0d0-40aed180d983','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','c0590851-0dbb-4889-b167-344f2fc32fd3',6,9,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('57441efc-7c57-4eee-9c1f-f4d28df0bcd1','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','a4275452-69f6-4a92-a765-e3b9ae0fa718',5,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('162b1b92-1fe6-4b9b-ae5d-c8af982d976b','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','a4275452-69f6-4a92-a765-e3b9ae0fa718',5,9,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('7180131f-263e-44fc-bc98-1c1158afbcb8','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','a4275452-69f6-4a92-a765-e3b9ae0fa718',4,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('ea743fae-dad5-4473-b354-230d775cdcba','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','a4275452-69f6-4a92-a765-e3b9ae0fa718',3,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('8cfde05e-ff7f-4ad6-ab0c-1184197c673d','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','a4275452-69f6-4a92-a765-e3b9ae0fa718',1,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('c0eb1633-6c70-409f-bb4a-2d40cbb079b2','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','a4275452-69f6-4a92-a765-e3b9ae0fa718',3,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('05458fc8-1756-430d-a185-5bddf27e2001','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','f51afd8c-8bcb-4528-a991-c5897d5fc051',1,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('e05afe02-6c4c-4546-b6b9-b1feaf8d7b95','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','f51afd8c-8bcb-4528-a991-c5897d5fc051',1,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('7f74a135-7119-4f23-900e-031dfdd49732','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','f51afd8c-8bcb-4528-a991-c5897d5fc051',4,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('59ff005c-79bf-4d29-b2e5-e1de0fb41bd2','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','f51afd8c-8bcb-4528-a991-c5897d5fc051',6,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('0c0b7c47-ff69-404a-993a-1d06bf47412e','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','f51afd8c-8bcb-4528-a991-c5897d5fc051',6,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('a3ea5ba2-6d9b-4805-ae70-8b91685be8e8','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','5d396109-83bb-4916-b88f-4c244cf74765',3,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('8b86d604-b67e-4d92-8178-161d11958143','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','5d396109-83bb-4916-b88f-4c244cf74765',3,8,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('1be5d38a-6cb3-4e7e-bf81-bdbf86235fc0','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','bf450b3d-ae2e-414d-b734-2c58178c98e4',6,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('02ceb8ad-2b3c-479b-b381-269b599e99cd','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','bf450b3d-ae2e-414d-b734-2c58178c98e4',2,8,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('9b3be091-9a3d-4019-a442-df29db473fab','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','e3012e25-75cf-4f7f-8561-67097a00c8b2',1,8,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('c6a95ffa-4214-4a69-8eba-6849ca8c799f','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','e3012e25-75cf-4f7f-8561-67097a00c8b2',2,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('1a3296d7-c930-4f85-af45-6beccd31370e','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','e3012e25-75cf-4f7f-8561-67097a00c8b2',6,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('eec4283b-5d69-4fbe-b9f7-57bdb1e27df5','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','192aef47-f247-4369-87c2-7a5cd22acc06',4,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('e04de64c-6915-47fc-9368-3df3c09e92ff','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','192aef47-f247-4369-87c2-7a5cd22acc06',2,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('c4b01bdd-93ef-4690-9530-a3b7a23d3925','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','192aef47-f247-4369-87c2-7a5cd22acc06',1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('6d4ae6dd-51b4-4326-83a3-66d49e29011d','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','149e6f6a-0987-4c0f-8bf8-550546af8c03',5,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('9411417e-dde3-4913-9d6c-d5f1db9ba0e6','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'a598d0db-ccbf-42ec-8c53-765f4ec0a954','149e6f6a-0987-4c0f-8bf8-550546af8c03',6,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('40475fbf-cad7-4eb4-99c8-60eabc48ec72','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','25490c72-5312-46cd-a66f-018227af415f',1,9,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('5c340368-0290-417a-bad4-79dcc846f765','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','25490c72-5312-46cd-a66f-018227af415f',2,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('9a6aa668-0b44-4128-b74a-472c69d1aab6','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','25490c72-5312-46cd-a66f-018227af415f',6,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('4b410b7b-b582-4d47-9d19-b70d05ec7d95','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','01efc27d-7888-4b20-8a4f-54d5821be288',4,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('cb10c60b-8b71-415b-b9c3-66f78a560810','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','01efc27d-7888-4b20-8a4f-54d5821be288',5,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('54b32368-c507-435a-9dbc-6b7e0dfebe14','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','01efc27d-7888-4b20-8a4f-54d5821be288',3,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('4cceeb0d-6249-4879-82f9-f17e6e8786ac','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','01efc27d-7888-4b20-8a4f-54d5821be288',1,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('b5ab3e9a-f3d8-448a-9d61-3171ea1bc8a9','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','01efc27d-7888-4b20-8a4f-54d5821be288',2,8,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('37e16834-34cc-4044-8092-353841e2a2bb','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','01efc27d-7888-4b20-8a4f-54d5821be288',6,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('2d320bd1-3a97-4922-93f1-ab3c0ec3703b','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','d805d62d-9604-4f34-9a5f-ea38183b60e5',5,9,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('ef659464-5dfb-4a8a-b56f-b0760cbae89f','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','d805d62d-9604-4f34-9a5f-ea38183b60e5',1,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('8a29fabd-9e6a-4fc8-b604-2370de934250','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','d805d62d-9604-4f34-9a5f-ea38183b60e5',1,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('9cce902e-ad04-4b1f-9a66-88ba74c517a8','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','d805d62d-9604-4f34-9a5f-ea38183b60e5',5,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('9e0e8c6c-a200-4ce5-8423-7100895bf10a','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','d805d62d-9604-4f34-9a5f-ea38183b60e5',5,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('1bac05b5-207f-449f-8a01-9b410dea931e','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','d805d62d-9604-4f34-9a5f-ea38183b60e5',1,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('1dd60827-3ab8-4535-ab1a-35c7dfc9f54d','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','41d9acbc-d120-4e51-903e-a6e7b2cedc0c',6,9,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('e867bc4e-111a-4df8-bf87-d3fbb1db0929','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','41d9acbc-d120-4e51-903e-a6e7b2cedc0c',5,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('126337d6-caf3-4372-8b53-42b51ada81b0','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','41d9acbc-d120-4e51-903e-a6e7b2cedc0c',2,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('bc2cc533-dfd7-4fe8-96db-a2c5ffb5a97d','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','41d9acbc-d120-4e51-903e-a6e7b2cedc0c',3,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('230dad86-096b-4ef8-a35d-846db87f2ab9','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','41d9acbc-d120-4e51-903e-a6e7b2cedc0c',1,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('8fd56b45-d57e-4f43-b85d-181370d8d03a','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','80d5de4f-29ef-4ab1-8730-c359c1bad5e1',3,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('c53a1eb3-c1a5-4505-8623-5012bc5ab583','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','80d5de4f-29ef-4ab1-8730-c359c1bad5e1',3,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('ec192b67-68b1-41ad-897d-c11fdcb4f6ca','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','6c3f40a1-170d-44b1-9103-2863de7c8fde',4,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('d5aabe96-ad29-46da-8e86-e4835efa4b80','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','6c3f40a1-170d-44b1-9103-2863de7c8fde',6,8,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('ee485694-30ae-42b6-b0f1-a6bfcb3348b8','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','fc15b536-7cf8-4d4a-9aab-bcebd728f6f4',3,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('264a1db3-4fc7-4a2c-aa26-b86f0d12833e','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','fc15b536-7cf8-4d4a-9aab-bcebd728f6f4',5,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('fc2fc72f-ee42-4e47-a3bb-2b8f4479ccc5','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','fc15b536-7cf8-4d4a-9aab-bcebd728f6f4',1,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('65aea90b-9b49-4222-aa3c-bad689430bf0','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','ec2cfc18-8713-40d0-91fb-ec290ab83474',4,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('741152c4-1189-4ea9-8c7f-c0b5b743433b','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','ec2cfc18-8713-40d0-91fb-ec290ab83474',4,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('d242a6c7-699f-48c0-92fa-863ff735a91f','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','ec2cfc18-8713-40d0-91fb-ec290ab83474',3,8,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('a2ce7540-a2b5-4738-b0eb-55717a5d8682','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','cc941d42-62e0-4dd6-9bda-22cf907b12b7',1,8,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('4994fc89-0036-4758-88d0-0357259d2f86','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'703e53cf-192f-49a9-8fd8-c364eab42bd6','cc941d42-62e0-4dd6-9bda-22cf907b12b7',6,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('c2936ca1-300a-4d21-b0e9-5ec95cf754a1','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','d780f5c8-d546-401d-b30e-37776ee1bd26',6,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('79449514-5c10-4b61-b024-8f252d903bb6','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','d780f5c8-d546-401d-b30e-37776ee1bd26',5,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('9861cfc2-a3c4-4d34-a8d2-c6091088a172','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','d780f5c8-d546-401d-b30e-37776ee1bd26',2,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('4977ed3e-fe22-4cfc-9f8a-bc7622a2ee31','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','f7ca1132-a960-499b-b982-dbf33dba1795',3,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('88caeba0-cc55-4dfa-bb3d-efcccc5e8817','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','f7ca1132-a960-499b-b982-dbf33dba1795',4,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('585ba7a4-8e2e-4551-bd33-ff5b0c996f04','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','f7ca1132-a960-499b-b982-dbf33dba1795',6,9,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('b802e168-39f0-4ffd-af7d-9ea2d8f5f877','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','f7ca1132-a960-499b-b982-dbf33dba1795',4,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('ebfdadc5-a298-4b87-b947-6af846ab5ec5','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','f7ca1132-a960-499b-b982-dbf33dba1795',4,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('26df8bfd-4e2e-4cd4-aaca-913e08b6639f','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','f7ca1132-a960-499b-b982-dbf33dba1795',4,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('e3b0a1de-6481-4ea7-b44b-e5da44abbde7','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','892e3a22-2894-4037-9f52-4fc436746738',5,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('b6b5c2e5-f8c4-4658-b2e2-12caca3702b2','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','892e3a22-2894-4037-9f52-4fc436746738',2,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('1fa0b5ae-4e93-4b83-b534-34bf1a753279','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','892e3a22-2894-4037-9f52-4fc436746738',5,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('d275ad42-ad88-42c8-b7b6-5da34228718b','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','892e3a22-2894-4037-9f52-4fc436746738',5,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('50f31102-7a90-44df-9264-35976a149296','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','892e3a22-2894-4037-9f52-4fc436746738',2,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('f8ad56b0-2185-46ea-8c73-cb9648b0d659','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','892e3a22-2894-4037-9f52-4fc436746738',5,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('d5482b59-e90c-4d0b-b3ba-9cf3f1147f4e','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','759a5eb1-6c55-4cbd-b89a-a45c6c066c64',2,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('4a84c014-1164-474f-ad0c-22300c1f82a3','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','759a5eb1-6c55-4cbd-b89a-a45c6c066c64',2,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('e049bccb-170f-4449-af5c-e069c1a0dbac','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','759a5eb1-6c55-4cbd-b89a-a45c6c066c64',3,9,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('efe86a01-33db-435a-a777-574333942e53','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','759a5eb1-6c55-4cbd-b89a-a45c6c066c64',4,9,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('fc066986-07b1-4c4f-82e6-97a38a4c27c1','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','759a5eb1-6c55-4cbd-b89a-a45c6c066c64',3,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('a0482e8c-0719-4c7d-b3ba-490f50aec3c2','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','f7eb0fda-358c-4418-b47d-a8645cfa1862',1,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('40c5f5d2-1801-4648-9182-4e0cd73f213d','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','f7eb0fda-358c-4418-b47d-a8645cfa1862',3,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('d6986e60-8555-4cda-ba8b-e65a7fb8bd26','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','ef642b5f-70c3-43a5-bd08-5c52a11cd717',5,9,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('8a658a6e-5597-4ea4-aed9-e0e76973ce49','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','ef642b5f-70c3-43a5-bd08-5c52a11cd717',6,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('0af0820f-3808-45b0-9d94-db69bef36838','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','8f45022b-24dc-4c35-8b17-c73f1b82aef2',4,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('93682835-ad15-4982-978a-c0225b9f80bc','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','8f45022b-24dc-4c35-8b17-c73f1b82aef2',5,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('af682c9b-efbd-4ea5-be07-b307b79542a7','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','8f45022b-24dc-4c35-8b17-c73f1b82aef2',6,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('0ff25a1f-6dcf-4ed0-b0a1-48aa7d149c1d','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','74fb97c4-f59d-4908-9331-a9fbccd94484',1,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('dfb239de-579d-4c85-a6b1-2df2a0175600','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','74fb97c4-f59d-4908-9331-a9fbccd94484',5,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('f00c9c42-8aa8-4300-b3ac-989b5cf2c083','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','74fb97c4-f59d-4908-9331-a9fbccd94484',1,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('8658a07d-a24c-476b-8e09-d8434106acfb','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','2731c6ff-059f-463d-8a70-bdba7a878950',4,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('898c7d3d-670c-4456-8c2f-f992582ad424','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'c07991d4-0b6e-46f3-9efe-bfda1eedfcfc','2731c6ff-059f-463d-8a70-bdba7a878950',4,8,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('98c63eec-bd0b-4d4a-8b29-c4339ba14a3f','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','e0f32241-177d-41c5-bb57-af649b4ab5aa',3,9,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('f522c511-b469-4d35-848b-0bf592a67093','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','e0f32241-177d-41c5-bb57-af649b4ab5aa',2,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('513c6916-c5b2-46c2-8304-cdcf7d5ca429','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','e0f32241-177d-41c5-bb57-af649b4ab5aa',4,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('bb464d24-3d20-4f68-b6d5-3690fa7ab5e7','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','c18caf10-1da8-486a-b208-c766bd328e8b',2,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('da64275d-bd88-4912-8eab-f65ee321592e','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','c18caf10-1da8-486a-b208-c766bd328e8b',6,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('16c0155a-8cc7-4ce6-94a8-56cac8dee985','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','c18caf10-1da8-486a-b208-c766bd328e8b',3,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('449ac7e9-bd5b-4033-b1cd-1f27db14f9e1','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','c18caf10-1da8-486a-b208-c766bd328e8b',3,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('2d01e7e4-75c1-4c60-9447-cce52fc6f25c','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','c18caf10-1da8-486a-b208-c766bd328e8b',5,8,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('39ba2540-c613-4610-b8c7-42b5387a0a05','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','c18caf10-1da8-486a-b208-c766bd328e8b',4,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('68003545-9f4b-46b1-8f0b-cb4aee39f48a','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','9f478926-add4-4507-b6fd-8e225a9b82c5',3,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('0afc8d7b-7464-4ed5-9778-8341776d2cd9','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','9f478926-add4-4507-b6fd-8e225a9b82c5',4,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('f60fc4dd-dabe-407f-862d-eff6f20cf72b','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','9f478926-add4-4507-b6fd-8e225a9b82c5',5,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('4a48a394-d2c1-4fdf-a2b5-f7bab87aa0d2','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','9f478926-add4-4507-b6fd-8e225a9b82c5',2,9,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('0bd7dc82-a17c-4253-977e-cd71b1ae1359','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','9f478926-add4-4507-b6fd-8e225a9b82c5',2,8,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('c7215ae5-e3b0-4b9f-9566-682f46a02dfc','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','9f478926-add4-4507-b6fd-8e225a9b82c5',5,6,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('cf37c8e6-b203-4a1e-960d-30f076e20c76','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','341d057a-2c10-4d7a-9d7a-466a28770c03',5,10,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('e3871208-6338-4fa3-82c5-46d1113b03b3','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','341d057a-2c10-4d7a-9d7a-466a28770c03',6,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('bea757ef-6e76-4f28-82d6-eea9867b08eb','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','341d057a-2c10-4d7a-9d7a-466a28770c03',1,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('1ea26af2-176d-4d72-ab3e-8c80507e30fe','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','341d057a-2c10-4d7a-9d7a-466a28770c03',2,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('1e824e0a-47b7-4771-af94-e003b2f1ee98','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','341d057a-2c10-4d7a-9d7a-466a28770c03',6,8,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('dd9a0c95-8586-442a-8e1e-e365b4a8f7de','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','f2b05206-e644-4bb0-b075-ea816eff8cef',2,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('535d366f-f2ca-464a-bf44-d7f4212751ef','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','f2b05206-e644-4bb0-b075-ea816eff8cef',4,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('514d1d86-e9fa-4ac9-93be-3fffcf55cd61','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','2516f920-f893-4baf-8c01-dd1c07cef7b1',4,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('9d390362-43e8-4903-b9d2-badbf2fd4211','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','2516f920-f893-4baf-8c01-dd1c07cef7b1',3,4,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('adf60560-0376-4ebe-852b-81ffac63a5a2','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','609d6f0b-74bd-44f8-9be7-13ddf83c61f0',6,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('90d4a21c-2b93-4cfe-a90e-9fcb4886a968','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','609d6f0b-74bd-44f8-9be7-13ddf83c61f0',1,1,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('7b272ae2-c6b6-42b8-8617-2613ee1d4cc5','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','609d6f0b-74bd-44f8-9be7-13ddf83c61f0',3,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('848da3a7-fbe1-4d92-b5b5-c0d14747f6d8','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','644f7ae9-1aeb-40c8-86ce-2aae2262d5bf',6,3,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('bddeab63-fe9f-4c7e-b7ca-cbebc02928d8','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','644f7ae9-1aeb-40c8-86ce-2aae2262d5bf',1,7,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('20fcc689-8cad-471e-844b-e8f41309b16d','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','644f7ae9-1aeb-40c8-86ce-2aae2262d5bf',1,9,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('65cbf33f-4432-4ba6-8dd1-ea2844118b60','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','4144498c-dc48-4871-88e6-823d2b0d86d4',2,5,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO jadwal VALUES('f69336ba-640d-4f3d-adea-d9f70205ccc0','8306d03b-f38b-4ffc-80a4-df5a51c9bc70',20261,'81f8c04a-4e56-4cbf-9606-0250ea3e7f73','4144498c-dc48-4871-88e6-823d2b0d86d4',6,2,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
CREATE TABLE nilai (
	nilai_id VARCHAR(36) NOT NULL, 
	anggota_rombel_id VARCHAR(36) NOT NULL, 
	pembelajaran_id VARCHAR(36) NOT NULL, 
	semester_id INTEGER NOT NULL, 
	nilai_pengetahuan NUMERIC(5, 2), 
	nilai_keterampilan NUMERIC(5, 2), 
	create_date DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	last_update DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	soft_delete BOOLEAN DEFAULT '0' NOT NULL, 
	last_sync DATETIME, 
	updater_id VARCHAR(36), 
	server_version INTEGER, 
	CONSTRAINT pk_nilai PRIMARY KEY (nilai_id), 
	CONSTRAINT fk_nilai_anggota_rombel_id_anggota_rombel FOREIGN KEY(anggota_rombel_id) REFERENCES anggota_rombel (anggota_rombel_id), 
	CONSTRAINT fk_nilai_pembelajaran_id_pembelajaran FOREIGN KEY(pembelajaran_id) REFERENCES pembelajaran (pembelajaran_id), 
	CONSTRAINT fk_nilai_semester_id_ref_semester FOREIGN KEY(semester_id) REFERENCES ref_semester (semester_id), 
	CONSTRAINT uq_nilai_anggota_rombel_id UNIQUE (anggota_rombel_id, pembelajaran_id)
);
INSERT INTO nilai VALUES('3c8eb251-b0ec-433e-9375-8ebf791da11f','65303843-6c4e-4f0f-8e78-bc1f50671993','820e8925-6dd2-49a4-b5ac-f1403dab50b8',20261,76,86,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('3133914b-7883-4c24-bcfe-9060ba33cb9f','65303843-6c4e-4f0f-8e78-bc1f50671993','36165514-8380-416b-a061-5b8586cdbae5',20261,94,67,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('89aace3d-0c46-4a57-91b1-2fad020f76c3','65303843-6c4e-4f0f-8e78-bc1f50671993','dfb1dd4e-c699-45ef-854b-78f8dc7ef9e3',20261,66,97,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('21b661a5-39eb-40ef-b793-bbdb7244f7f5','65303843-6c4e-4f0f-8e78-bc1f50671993','adb19993-8f13-4eed-a2ff-7c2e7d13d002',20261,89,75,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('28af9bea-53c0-48d8-8719-f58fd1fe3251','65303843-6c4e-4f0f-8e78-bc1f50671993','ff47f25e-5d1e-40ff-9365-0be2db57ca84',20261,91,82,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('a29763ad-6bd4-4a5f-b9fb-5bb3f9139eba','65303843-6c4e-4f0f-8e78-bc1f50671993','b9e5113b-9d80-4682-885f-376a645a3f72',20261,96,83,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('4a3acad1-0bbc-4157-9e93-659634acbd1e','65303843-6c4e-4f0f-8e78-bc1f50671993','ca197161-a25f-47a5-a9e6-46d2e551700e',20261,65,82,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('468b46fc-16cf-4ac2-a7c1-8e8d2815bcc2','65303843-6c4e-4f0f-8e78-bc1f50671993','ee444377-0c59-437f-97d1-5506a20f141a',20261,71,96,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('1a3aeefc-fbe9-4696-b35b-d5ef55e99350','65303843-6c4e-4f0f-8e78-bc1f50671993','c14182a2-5385-4900-8f68-dc4aab8683d9',20261,73,75,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('fdd20dec-6567-4ad3-9367-3c3ce5115ecf','bf3fc9bf-06ea-4fdf-a79e-445aa19f78d8','820e8925-6dd2-49a4-b5ac-f1403dab50b8',20261,85,74,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('cb263435-bda3-4f86-b276-ae9e661f1e52','bf3fc9bf-06ea-4fdf-a79e-445aa19f78d8','36165514-8380-416b-a061-5b8586cdbae5',20261,86,95,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('5d119481-0564-450a-a82a-9925f54be122','bf3fc9bf-06ea-4fdf-a79e-445aa19f78d8','dfb1dd4e-c699-45ef-854b-78f8dc7ef9e3',20261,87,74,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('58eec9dc-bd97-4d0f-8220-5261ef675b8a','bf3fc9bf-06ea-4fdf-a79e-445aa19f78d8','adb19993-8f13-4eed-a2ff-7c2e7d13d002',20261,70,98,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('9677e5d7-285b-4dc0-919a-eed53820cffa','bf3fc9bf-06ea-4fdf-a79e-445aa19f78d8','ff47f25e-5d1e-40ff-9365-0be2db57ca84',20261,77,98,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('187d8150-9a53-410b-8983-9e2079c4ab80','bf3fc9bf-06ea-4fdf-a79e-445aa19f78d8','b9e5113b-9d80-4682-885f-376a645a3f72',20261,66,93,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('0753f9bc-7fb6-4674-97b8-013072c265b7','bf3fc9bf-06ea-4fdf-a79e-445aa19f78d8','ca197161-a25f-47a5-a9e6-46d2e551700e',20261,79,70,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('60d9e44b-9878-4c19-a50f-9d581e86d711','bf3fc9bf-06ea-4fdf-a79e-445aa19f78d8','ee444377-0c59-437f-97d1-5506a20f141a',20261,89,68,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('ed539694-44a6-4715-a7b9-79ad4dec4ebd','bf3fc9bf-06ea-4fdf-a79e-445aa19f78d8','c14182a2-5385-4900-8f68-dc4aab8683d9',20261,95,89,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('7fcea441-3d99-437f-82e0-01c8f0437dee','655ad021-77c0-46b8-aa53-d31823e50a50','820e8925-6dd2-49a4-b5ac-f1403dab50b8',20261,93,93,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('ec6f390e-c5c8-4a31-aa6f-075c94b25595','655ad021-77c0-46b8-aa53-d31823e50a50','36165514-8380-416b-a061-5b8586cdbae5',20261,92,97,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('6e96e957-b528-43ec-b449-657cbc752789','655ad021-77c0-46b8-aa53-d31823e50a50','dfb1dd4e-c699-45ef-854b-78f8dc7ef9e3',20261,72,94,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('20188fea-e1d6-4891-8a03-aa7de87c7241','655ad021-77c0-46b8-aa53-d31823e50a50','adb19993-8f13-4eed-a2ff-7c2e7d13d002',20261,68,77,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('93b2e81d-b4b8-4bf4-bc01-0c44505d704f','655ad021-77c0-46b8-aa53-d31823e50a50','ff47f25e-5d1e-40ff-9365-0be2db57ca84',20261,77,89,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('ac2835e9-6f93-4ccf-ae3c-51c50b12868a','655ad021-77c0-46b8-aa53-d31823e50a50','b9e5113b-9d80-4682-885f-376a645a3f72',20261,91,89,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('75808b85-bece-444c-8445-cd9e558c7f19','655ad021-77c0-46b8-aa53-d31823e50a50','ca197161-a25f-47a5-a9e6-46d2e551700e',20261,80,93,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('7e168020-4839-49c4-bdc7-999c544f4087','655ad021-77c0-46b8-aa53-d31823e50a50','ee444377-0c59-437f-97d1-5506a20f141a',20261,82,71,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('75655952-3012-4e5b-a200-549137c6ead4','655ad021-77c0-46b8-aa53-d31823e50a50','c14182a2-5385-4900-8f68-dc4aab8683d9',20261,95,77,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('63a079e8-ab41-4c45-b44b-5dd26c0c1c67','6f94b298-0d84-4e8a-8da9-84e9fb1ac5f3','820e8925-6dd2-49a4-b5ac-f1403dab50b8',20261,83,79,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('4e2185ff-c80e-4ad0-90f5-f3c0f62c4c6e','6f94b298-0d84-4e8a-8da9-84e9fb1ac5f3','36165514-8380-416b-a061-5b8586cdbae5',20261,77,65,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('1790c586-edb3-4633-8f0b-a6c918460126','6f94b298-0d84-4e8a-8da9-84e9fb1ac5f3','dfb1dd4e-c699-45ef-854b-78f8dc7ef9e3',20261,81,90,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('3609b27f-3c26-43a1-9393-180dd1a6de77','6f94b298-0d84-4e8a-8da9-84e9fb1ac5f3','adb19993-8f13-4eed-a2ff-7c2e7d13d002',20261,72,97,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('0d621a55-e73f-4f13-af0f-52c7891cf669','6f94b298-0d84-4e8a-8da9-84e9fb1ac5f3','ff47f25e-5d1e-40ff-9365-0be2db57ca84',20261,71,95,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('e735959d-be60-4ca7-aac8-164e01eeda6d','6f94b298-0d84-4e8a-8da9-84e9fb1ac5f3','b9e5113b-9d80-4682-885f-376a645a3f72',20261,85,84,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('1a6db53f-2e33-4a1e-b786-4db25f5bedc7','6f94b298-0d84-4e8a-8da9-84e9fb1ac5f3','ca197161-a25f-47a5-a9e6-46d2e551700e',20261,84,72,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('8084be9a-7790-4af4-857d-f3617b34cbe8','6f94b298-0d84-4e8a-8da9-84e9fb1ac5f3','ee444377-0c59-437f-97d1-5506a20f141a',20261,91,97,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('33574a5b-a988-4e57-b36d-e2a0b1cba655','6f94b298-0d84-4e8a-8da9-84e9fb1ac5f3','c14182a2-5385-4900-8f68-dc4aab8683d9',20261,83,81,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('7ae03f3d-c19c-44ed-ab77-d5b73b1b1531','8822e7c7-45bd-468c-958a-59ae1e29d18f','8d2292de-9b55-4bf0-a6e8-ffda3065cf75',20261,70,94,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('c38c5dd4-e2d0-441c-afe6-694ccca6151a','8822e7c7-45bd-468c-958a-59ae1e29d18f','24dbbefd-ba8e-4768-a732-10d0fad0ebf2',20261,87,70,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('529a3ef8-a101-4fe8-998d-83f95fb995e1','8822e7c7-45bd-468c-958a-59ae1e29d18f','a82ff8bf-cc95-43dc-90de-0fc4cc1cdc7c',20261,96,75,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('c0a86402-4f5d-412b-b090-e77b1c82dedd','8822e7c7-45bd-468c-958a-59ae1e29d18f','dd8c2c74-aaa9-47e6-8d46-3d490fa2ccb6',20261,92,85,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('0a55659a-d60c-4b8f-aa50-f156ba7b7f6f','8822e7c7-45bd-468c-958a-59ae1e29d18f','f0e39542-4ca1-45f0-8a1d-687247c624d6',20261,96,73,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('d184af6d-a81a-4e4e-8f23-c2c623b51dc2','8822e7c7-45bd-468c-958a-59ae1e29d18f','f68dddcb-447e-477a-a3a1-dea22dd20c3a',20261,68,70,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('7158b3d9-2f86-42ff-b2bd-fe6b63bfad41','8822e7c7-45bd-468c-958a-59ae1e29d18f','65f71bd5-5d7f-4476-bd37-cd94498079bf',20261,76,89,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('6d45a4cc-a812-40ab-b25d-5f8f6b2147eb','8822e7c7-45bd-468c-958a-59ae1e29d18f','76035237-142e-4f98-ae99-7691f7a36672',20261,94,78,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('f2aa7843-1291-45c1-bb36-54e99c62fec2','8822e7c7-45bd-468c-958a-59ae1e29d18f','cbe4480e-d371-4273-8bcd-0aac588fa9ba',20261,90,92,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('6de45c6a-1206-4ec0-b261-d4eec3827e7f','850535d8-6330-421b-97d5-148a4943e768','8d2292de-9b55-4bf0-a6e8-ffda3065cf75',20261,89,95,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('47694dca-ac68-4632-8318-e1639131cd23','850535d8-6330-421b-97d5-148a4943e768','24dbbefd-ba8e-4768-a732-10d0fad0ebf2',20261,82,71,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('c6a57298-ef1a-4cdb-bed2-3f56cf6a1a73','850535d8-6330-421b-97d5-148a4943e768','a82ff8bf-cc95-43dc-90de-0fc4cc1cdc7c',20261,66,78,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('e2065abd-6014-4065-9c63-96524a192af0','850535d8-6330-421b-97d5-148a4943e768','dd8c2c74-aaa9-47e6-8d46-3d490fa2ccb6',20261,95,94,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('a44c8267-bc01-4117-9baf-003c4dcd35d2','850535d8-6330-421b-97d5-148a4943e768','f0e39542-4ca1-45f0-8a1d-687247c624d6',20261,75,73,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('f66fc94c-1d31-446b-b23d-823f40f1516b','850535d8-6330-421b-97d5-148a4943e768','f68dddcb-447e-477a-a3a1-dea22dd20c3a',20261,65,67,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('2919775b-8cdd-4963-8f2f-5abf7f3d2850','850535d8-6330-421b-97d5-148a4943e768','65f71bd5-5d7f-4476-bd37-cd94498079bf',20261,84,66,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('092a52ef-f840-417f-9bc8-4abef139c5af','850535d8-6330-421b-97d5-148a4943e768','76035237-142e-4f98-ae99-7691f7a36672',20261,91,87,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('7ed62717-e3c0-4607-8718-c8b498f6211a','850535d8-6330-421b-97d5-148a4943e768','cbe4480e-d371-4273-8bcd-0aac588fa9ba',20261,84,78,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('59961ccb-2620-4f7d-b4d6-960603b66183','38543fa3-b229-4a1d-83d3-dacd6d59166a','8d2292de-9b55-4bf0-a6e8-ffda3065cf75',20261,81,84,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('7a5f6d24-0bfa-454d-ac7a-56be91b0ea5c','38543fa3-b229-4a1d-83d3-dacd6d59166a','24dbbefd-ba8e-4768-a732-10d0fad0ebf2',20261,75,71,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('506210b9-6c45-4dce-a858-e7ec88f13b4e','38543fa3-b229-4a1d-83d3-dacd6d59166a','a82ff8bf-cc95-43dc-90de-0fc4cc1cdc7c',20261,92,80,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('e050085b-9826-478c-b124-b9741c5df930','38543fa3-b229-4a1d-83d3-dacd6d59166a','dd8c2c74-aaa9-47e6-8d46-3d490fa2ccb6',20261,78,87,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('caa5a9ef-8733-4bfa-8c29-4fc3789cd1b7','38543fa3-b229-4a1d-83d3-dacd6d59166a','f0e39542-4ca1-45f0-8a1d-687247c624d6',20261,67,83,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('3c26ae4f-b983-4ec1-9618-e68ed26b048d','38543fa3-b229-4a1d-83d3-dacd6d59166a','f68dddcb-447e-477a-a3a1-dea22dd20c3a',20261,93,91,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('c3733f27-f55f-4139-80b2-174c0b57f8ab','38543fa3-b229-4a1d-83d3-dacd6d59166a','65f71bd5-5d7f-4476-bd37-cd94498079bf',20261,95,86,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('a9118537-f492-4ab7-ab1e-0c0165a507bc','38543fa3-b229-4a1d-83d3-dacd6d59166a','76035237-142e-4f98-ae99-7691f7a36672',20261,96,71,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('911edff1-4991-414e-ae2a-71c3b36b23e3','38543fa3-b229-4a1d-83d3-dacd6d59166a','cbe4480e-d371-4273-8bcd-0aac588fa9ba',20261,73,89,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('a52c1eb3-c874-415c-b25d-6c6aa96a1111','4d52f45b-ba0b-4c68-a8b7-1bbb146cd28a','8d2292de-9b55-4bf0-a6e8-ffda3065cf75',20261,76,72,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('ba7b17b7-8158-47f4-a3e9-d8798d5c7f0b','4d52f45b-ba0b-4c68-a8b7-1bbb146cd28a','24dbbefd-ba8e-4768-a732-10d0fad0ebf2',20261,66,93,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('92affdf5-437b-490d-bd99-a397568d8b4a','4d52f45b-ba0b-4c68-a8b7-1bbb146cd28a','a82ff8bf-cc95-43dc-90de-0fc4cc1cdc7c',20261,96,84,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('220cbf61-20ac-4224-9288-139bb1e1e8b8','4d52f45b-ba0b-4c68-a8b7-1bbb146cd28a','dd8c2c74-aaa9-47e6-8d46-3d490fa2ccb6',20261,73,81,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('41c9fe45-a0ff-493f-867e-29ebeff67b3b','4d52f45b-ba0b-4c68-a8b7-1bbb146cd28a','f0e39542-4ca1-45f0-8a1d-687247c624d6',20261,75,86,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('93a83cd0-e291-4b4a-a9af-8ea11599af98','4d52f45b-ba0b-4c68-a8b7-1bbb146cd28a','f68dddcb-447e-477a-a3a1-dea22dd20c3a',20261,79,85,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('32439677-4564-4e6d-8b32-37f0d086e108','4d52f45b-ba0b-4c68-a8b7-1bbb146cd28a','65f71bd5-5d7f-4476-bd37-cd94498079bf',20261,93,92,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('71677372-cffa-41b6-96c4-1c798dc95e54','4d52f45b-ba0b-4c68-a8b7-1bbb146cd28a','76035237-142e-4f98-ae99-7691f7a36672',20261,83,78,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('31411cd2-8b63-4ba7-a5e5-4caf67c980e3','4d52f45b-ba0b-4c68-a8b7-1bbb146cd28a','cbe4480e-d371-4273-8bcd-0aac588fa9ba',20261,74,70,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('19ba3861-e3bc-43db-ad9c-fe0483c43d4b','4fff27cc-42da-46c0-8577-1fbd9e259925','75113b5c-20c3-49d5-9b4d-7862b16531ea',20261,86,89,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('42fa9801-0412-49fc-a99c-c1f913dcd331','4fff27cc-42da-46c0-8577-1fbd9e259925','c0590851-0dbb-4889-b167-344f2fc32fd3',20261,92,76,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('533c874b-ea64-4b81-bc5f-a9710e537915','4fff27cc-42da-46c0-8577-1fbd9e259925','a4275452-69f6-4a92-a765-e3b9ae0fa718',20261,97,72,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('5dc7705b-7344-4ecf-8361-5bc77a7d98c4','4fff27cc-42da-46c0-8577-1fbd9e259925','f51afd8c-8bcb-4528-a991-c5897d5fc051',20261,76,83,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('2ea65f18-0b3c-4e6b-9a1e-6e3808745313','4fff27cc-42da-46c0-8577-1fbd9e259925','5d396109-83bb-4916-b88f-4c244cf74765',20261,77,67,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('7394f7f1-5f36-4e0c-ace4-8d15ebec9819','4fff27cc-42da-46c0-8577-1fbd9e259925','bf450b3d-ae2e-414d-b734-2c58178c98e4',20261,96,94,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('151ccd6a-8ae9-4bf7-bbfc-05bd885655e9','4fff27cc-42da-46c0-8577-1fbd9e259925','e3012e25-75cf-4f7f-8561-67097a00c8b2',20261,84,97,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('0b4fd025-1995-44d5-8135-85230346dad6','4fff27cc-42da-46c0-8577-1fbd9e259925','192aef47-f247-4369-87c2-7a5cd22acc06',20261,67,69,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('f10c717b-9c9a-48a7-8817-548d222db6da','4fff27cc-42da-46c0-8577-1fbd9e259925','149e6f6a-0987-4c0f-8bf8-550546af8c03',20261,73,77,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('44891f77-cac7-416b-9fec-2ecf6e31b2cb','dca4d4ea-59d6-49d4-a439-d718221f2720','75113b5c-20c3-49d5-9b4d-7862b16531ea',20261,78,68,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('3c72592d-e436-4e28-a05d-70b614df1a34','dca4d4ea-59d6-49d4-a439-d718221f2720','c0590851-0dbb-4889-b167-344f2fc32fd3',20261,96,96,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('f25b1a30-d5bc-411a-a166-f92028e94a2f','dca4d4ea-59d6-49d4-a439-d718221f2720','a4275452-69f6-4a92-a765-e3b9ae0fa718',20261,96,92,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('59f91c4f-4476-4e18-b064-48870953aa39','dca4d4ea-59d6-49d4-a439-d718221f2720','f51afd8c-8bcb-4528-a991-c5897d5fc051',20261,96,76,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('66acf284-1144-46f4-ad6c-3885eff8078a','dca4d4ea-59d6-49d4-a439-d718221f2720','5d396109-83bb-4916-b88f-4c244cf74765',20261,80,77,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('c766a7a6-4344-4766-9877-90608da4b335','dca4d4ea-59d6-49d4-a439-d718221f2720','bf450b3d-ae2e-414d-b734-2c58178c98e4',20261,72,98,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('cef3fd84-65f7-4f34-b188-9bab30598247','dca4d4ea-59d6-49d4-a439-d718221f2720','e3012e25-75cf-4f7f-8561-67097a00c8b2',20261,84,77,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('294d8005-e6cb-4e59-974f-f280fc165712','dca4d4ea-59d6-49d4-a439-d718221f2720','192aef47-f247-4369-87c2-7a5cd22acc06',20261,66,67,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('b1f2bb07-0cca-4d1b-a06a-bcfaf33e46ab','dca4d4ea-59d6-49d4-a439-d718221f2720','149e6f6a-0987-4c0f-8bf8-550546af8c03',20261,70,76,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('25bcd903-1d73-4334-ad9f-e7d9e4fdb913','7ef13139-5239-4180-b509-facc62a1a8f4','75113b5c-20c3-49d5-9b4d-7862b16531ea',20261,89,89,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('908737b0-eab6-4502-95d3-2a8cfdd2bab5','7ef13139-5239-4180-b509-facc62a1a8f4','c0590851-0dbb-4889-b167-344f2fc32fd3',20261,65,85,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('fc18e44b-54ab-48b2-a1be-953e8c13e87f','7ef13139-5239-4180-b509-facc62a1a8f4','a4275452-69f6-4a92-a765-e3b9ae0fa718',20261,79,74,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('0c3f3266-c92e-4bad-bf4f-9832ac1f1e7c','7ef13139-5239-4180-b509-facc62a1a8f4','f51afd8c-8bcb-4528-a991-c5897d5fc051',20261,66,96,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('6ac0afa2-7229-4014-9d2e-3dfd68c17cf6','7ef13139-5239-4180-b509-facc62a1a8f4','5d396109-83bb-4916-b88f-4c244cf74765',20261,70,81,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('5afcc5c9-6cea-4eb6-a45a-7b0cf591d7de','7ef13139-5239-4180-b509-facc62a1a8f4','bf450b3d-ae2e-414d-b734-2c58178c98e4',20261,69,73,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('aa558f59-33d0-4606-96e3-5dd092c310cf','7ef13139-5239-4180-b509-facc62a1a8f4','e3012e25-75cf-4f7f-8561-67097a00c8b2',20261,73,81,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('b446f977-fd9e-4e54-b7e5-c0d84565dd19','7ef13139-5239-4180-b509-facc62a1a8f4','192aef47-f247-4369-87c2-7a5cd22acc06',20261,71,72,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('ca239339-2b17-4b88-b505-9b060b490f52','7ef13139-5239-4180-b509-facc62a1a8f4','149e6f6a-0987-4c0f-8bf8-550546af8c03',20261,89,76,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('a519574e-3e84-497b-8a3e-cdb8c0b3dfc1','1df2addc-8b17-455e-88c7-5541e7af3109','75113b5c-20c3-49d5-9b4d-7862b16531ea',20261,86,97,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('ca70b236-fcbf-4173-a000-59ca190ce8cc','1df2addc-8b17-455e-88c7-5541e7af3109','c0590851-0dbb-4889-b167-344f2fc32fd3',20261,73,95,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('8978e5f4-238c-4d30-943b-2667dae8f1ad','1df2addc-8b17-455e-88c7-5541e7af3109','a4275452-69f6-4a92-a765-e3b9ae0fa718',20261,77,78,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('2b6b69b5-0c10-49a5-b720-af50098d04ba','1df2addc-8b17-455e-88c7-5541e7af3109','f51afd8c-8bcb-4528-a991-c5897d5fc051',20261,86,71,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('28f4fc45-4d19-4831-88c3-c714ff78fbf8','1df2addc-8b17-455e-88c7-5541e7af3109','5d396109-83bb-4916-b88f-4c244cf74765',20261,83,76,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('3ab5f059-ca9c-485b-9ee9-01963f358627','1df2addc-8b17-455e-88c7-5541e7af3109','bf450b3d-ae2e-414d-b734-2c58178c98e4',20261,72,82,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('1a932dc9-2727-480d-b8d7-34b8bad46f84','1df2addc-8b17-455e-88c7-5541e7af3109','e3012e25-75cf-4f7f-8561-67097a00c8b2',20261,85,95,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('55163562-c975-4dc1-b717-84cce53b8cd4','1df2addc-8b17-455e-88c7-5541e7af3109','192aef47-f247-4369-87c2-7a5cd22acc06',20261,65,80,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('d912f298-9c88-4cfc-b8cc-237b1f22f09e','1df2addc-8b17-455e-88c7-5541e7af3109','149e6f6a-0987-4c0f-8bf8-550546af8c03',20261,93,90,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('56fd343b-dbdb-46fc-9934-0c1e0d808fa6','92512dd7-4a6d-45c2-99e1-78612bf8ff27','25490c72-5312-46cd-a66f-018227af415f',20261,85,77,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('a7822561-e06e-41e8-9e3e-fc9bfcac50d0','92512dd7-4a6d-45c2-99e1-78612bf8ff27','01efc27d-7888-4b20-8a4f-54d5821be288',20261,88,74,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('827d9368-6924-4bb4-9cdb-e823c75f9b37','92512dd7-4a6d-45c2-99e1-78612bf8ff27','d805d62d-9604-4f34-9a5f-ea38183b60e5',20261,71,70,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('43722814-53be-44e9-a23e-c7218d39cb85','92512dd7-4a6d-45c2-99e1-78612bf8ff27','41d9acbc-d120-4e51-903e-a6e7b2cedc0c',20261,96,73,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('68cf3094-e4df-424d-9214-2836b4b6fea4','92512dd7-4a6d-45c2-99e1-78612bf8ff27','80d5de4f-29ef-4ab1-8730-c359c1bad5e1',20261,67,71,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('dbd6ec84-6c58-46fe-9fa4-af051b168c50','92512dd7-4a6d-45c2-99e1-78612bf8ff27','6c3f40a1-170d-44b1-9103-2863de7c8fde',20261,94,76,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('19cf945f-ad9e-4d87-af50-9986d9f7c437','92512dd7-4a6d-45c2-99e1-78612bf8ff27','fc15b536-7cf8-4d4a-9aab-bcebd728f6f4',20261,72,69,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('59b1b4a9-48a3-44b3-83f9-e9928ce6f210','92512dd7-4a6d-45c2-99e1-78612bf8ff27','ec2cfc18-8713-40d0-91fb-ec290ab83474',20261,72,90,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('5492100c-9fae-4713-917a-913da23a3dda','92512dd7-4a6d-45c2-99e1-78612bf8ff27','cc941d42-62e0-4dd6-9bda-22cf907b12b7',20261,87,81,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('463e75f7-306a-48d1-86ce-fd5c8575e380','bb920877-0b91-4777-805e-fa369b3ce4fc','25490c72-5312-46cd-a66f-018227af415f',20261,96,68,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('ded3e91e-977e-418d-aa09-35c3bf579199','bb920877-0b91-4777-805e-fa369b3ce4fc','01efc27d-7888-4b20-8a4f-54d5821be288',20261,66,79,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('4ef48f04-9706-4c79-be13-be4aa3402bac','bb920877-0b91-4777-805e-fa369b3ce4fc','d805d62d-9604-4f34-9a5f-ea38183b60e5',20261,84,79,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('064caa0c-7d35-4e5a-80db-ce669770a961','bb920877-0b91-4777-805e-fa369b3ce4fc','41d9acbc-d120-4e51-903e-a6e7b2cedc0c',20261,69,71,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('968316c8-4312-4efb-8bb2-27527a921869','bb920877-0b91-4777-805e-fa369b3ce4fc','80d5de4f-29ef-4ab1-8730-c359c1bad5e1',20261,69,81,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('d93114ae-4ae4-4e93-9e25-b8aff1dff452','bb920877-0b91-4777-805e-fa369b3ce4fc','6c3f40a1-170d-44b1-9103-2863de7c8fde',20261,73,67,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('100f54cd-973a-428b-b7de-e4aeb8b90bc8','bb920877-0b91-4777-805e-fa369b3ce4fc','fc15b536-7cf8-4d4a-9aab-bcebd728f6f4',20261,66,83,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('3b9639ee-e1a3-4974-acfc-87b058204668','bb920877-0b91-4777-805e-fa369b3ce4fc','ec2cfc18-8713-40d0-91fb-ec290ab83474',20261,98,66,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('d66af074-1a9c-4504-90fb-094910983c42','bb920877-0b91-4777-805e-fa369b3ce4fc','cc941d42-62e0-4dd6-9bda-22cf907b12b7',20261,86,67,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('3f47c229-0abc-46f9-8f08-d75524c86e07','e939518f-f3a0-433a-9caf-1b98775ac94a','25490c72-5312-46cd-a66f-018227af415f',20261,89,85,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('009181ab-27a0-4ac1-8624-3f1d86fc27ef','e939518f-f3a0-433a-9caf-1b98775ac94a','01efc27d-7888-4b20-8a4f-54d5821be288',20261,83,90,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('61c54fba-75cc-49ee-8001-7970085b5e52','e939518f-f3a0-433a-9caf-1b98775ac94a','d805d62d-9604-4f34-9a5f-ea38183b60e5',20261,77,84,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('947f2480-4c95-4ed0-a078-fb9f5d21fe5e','e939518f-f3a0-433a-9caf-1b98775ac94a','41d9acbc-d120-4e51-903e-a6e7b2cedc0c',20261,83,71,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('3b267d0d-3b0a-4143-95d8-90b705f4eac0','e939518f-f3a0-433a-9caf-1b98775ac94a','80d5de4f-29ef-4ab1-8730-c359c1bad5e1',20261,95,94,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('ae11aaf8-f698-4632-a558-118760c76859','e939518f-f3a0-433a-9caf-1b98775ac94a','6c3f40a1-170d-44b1-9103-2863de7c8fde',20261,89,86,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('0504f7f2-188f-49b2-beab-c0af1ca68c70','e939518f-f3a0-433a-9caf-1b98775ac94a','fc15b536-7cf8-4d4a-9aab-bcebd728f6f4',20261,68,68,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('7fa896ec-0b15-4807-b9bc-d699f5a51fa1','e939518f-f3a0-433a-9caf-1b98775ac94a','ec2cfc18-8713-40d0-91fb-ec290ab83474',20261,93,85,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('1d13727c-a533-4da3-bb74-8079b79d201c','e939518f-f3a0-433a-9caf-1b98775ac94a','cc941d42-62e0-4dd6-9bda-22cf907b12b7',20261,65,65,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('ffcc8542-dd67-4e30-9ad8-858f7f438676','82db6874-1c56-4a9b-827f-36d8fce05774','25490c72-5312-46cd-a66f-018227af415f',20261,87,78,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('e5f71813-2206-43b6-b3d2-c66a18a7350b','82db6874-1c56-4a9b-827f-36d8fce05774','01efc27d-7888-4b20-8a4f-54d5821be288',20261,71,65,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('21b00417-2b2d-4044-b7df-eb73c0552270','82db6874-1c56-4a9b-827f-36d8fce05774','d805d62d-9604-4f34-9a5f-ea38183b60e5',20261,95,72,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('9354ac97-cf53-4e0f-950a-f19dd4292eb0','82db6874-1c56-4a9b-827f-36d8fce05774','41d9acbc-d120-4e51-903e-a6e7b2cedc0c',20261,84,85,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('91841049-243b-4c59-9fc4-15e3471a44f7','82db6874-1c56-4a9b-827f-36d8fce05774','80d5de4f-29ef-4ab1-8730-c359c1bad5e1',20261,83,68,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('322d9986-177b-4cf4-b04e-6169c9257e3d','82db6874-1c56-4a9b-827f-36d8fce05774','6c3f40a1-170d-44b1-9103-2863de7c8fde',20261,80,70,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('27b3f145-b853-4c7b-a504-aa62b0aedc1a','82db6874-1c56-4a9b-827f-36d8fce05774','fc15b536-7cf8-4d4a-9aab-bcebd728f6f4',20261,66,65,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('a1953d0c-099a-47cc-84a3-6440bbe4a64e','82db6874-1c56-4a9b-827f-36d8fce05774','ec2cfc18-8713-40d0-91fb-ec290ab83474',20261,92,82,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('a1f00432-5476-4c1f-9a18-f6cb6c728a2e','82db6874-1c56-4a9b-827f-36d8fce05774','cc941d42-62e0-4dd6-9bda-22cf907b12b7',20261,72,98,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('dbd28a48-6164-4999-a90a-0aa709536d97','96432668-932c-4d93-9251-84c940efdc64','d780f5c8-d546-401d-b30e-37776ee1bd26',20261,78,90,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('4416e272-d464-4504-ad21-63fe36bfff84','96432668-932c-4d93-9251-84c940efdc64','f7ca1132-a960-499b-b982-dbf33dba1795',20261,90,72,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('6aa0eba9-d105-4c9c-b238-922be45586a8','96432668-932c-4d93-9251-84c940efdc64','892e3a22-2894-4037-9f52-4fc436746738',20261,89,87,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('90c371b4-758a-4f26-9958-0fe2a0297b84','96432668-932c-4d93-9251-84c940efdc64','759a5eb1-6c55-4cbd-b89a-a45c6c066c64',20261,96,88,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('20aa8c80-ec26-451a-be42-45e74b7418d3','96432668-932c-4d93-9251-84c940efdc64','f7eb0fda-358c-4418-b47d-a8645cfa1862',20261,82,92,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('f7f61455-77cd-4503-916e-c3977fb34727','96432668-932c-4d93-9251-84c940efdc64','ef642b5f-70c3-43a5-bd08-5c52a11cd717',20261,72,67,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('cbc6dbc8-52df-4255-bc01-c91ed1f77f2f','96432668-932c-4d93-9251-84c940efdc64','8f45022b-24dc-4c35-8b17-c73f1b82aef2',20261,73,85,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('d2fd1c1e-083e-49de-8ef1-bd529956bd38','96432668-932c-4d93-9251-84c940efdc64','74fb97c4-f59d-4908-9331-a9fbccd94484',20261,88,67,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('5e7055a2-4a26-4947-b6ff-b73deeb56d30','96432668-932c-4d93-9251-84c940efdc64','2731c6ff-059f-463d-8a70-bdba7a878950',20261,80,67,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('e56b940f-9e31-4942-a6a1-0e86546c95dd','124e5f37-0358-4bfd-a38e-ff38332945b7','d780f5c8-d546-401d-b30e-37776ee1bd26',20261,82,79,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('71f570f4-77da-4ff7-bdaa-49680aed1e39','124e5f37-0358-4bfd-a38e-ff38332945b7','f7ca1132-a960-499b-b982-dbf33dba1795',20261,93,86,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('5c2d174d-0463-43fb-8c05-12394668ee77','124e5f37-0358-4bfd-a38e-ff38332945b7','892e3a22-2894-4037-9f52-4fc436746738',20261,77,82,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('1a5a4169-8345-47dc-b70c-bdefbc66ab22','124e5f37-0358-4bfd-a38e-ff38332945b7','759a5eb1-6c55-4cbd-b89a-a45c6c066c64',20261,72,84,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('bd270f2f-b36c-48ad-b282-7bc5459a89e2','124e5f37-0358-4bfd-a38e-ff38332945b7','f7eb0fda-358c-4418-b47d-a8645cfa1862',20261,86,90,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('fa3cb2bd-45bd-453e-badd-340d3026e582','124e5f37-0358-4bfd-a38e-ff38332945b7','ef642b5f-70c3-43a5-bd08-5c52a11cd717',20261,69,67,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('270e504d-2a66-4c5b-99a7-6c6255c39e14','124e5f37-0358-4bfd-a38e-ff38332945b7','8f45022b-24dc-4c35-8b17-c73f1b82aef2',20261,67,95,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('dc1d4d24-f304-4093-9712-bab5b85ecf1a','124e5f37-0358-4bfd-a38e-ff38332945b7','74fb97c4-f59d-4908-9331-a9fbccd94484',20261,66,98,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('dc8936d0-60ff-4fa4-9c08-c8a73c930a8d','124e5f37-0358-4bfd-a38e-ff38332945b7','2731c6ff-059f-463d-8a70-bdba7a878950',20261,92,68,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('6e4a7798-4a6d-4e47-9e03-58b4d50a5034','51cc275a-362b-49c9-8661-eb87bb239c77','d780f5c8-d546-401d-b30e-37776ee1bd26',20261,80,83,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('563e6b13-f8f8-48ae-b471-d242804a88e3','51cc275a-362b-49c9-8661-eb87bb239c77','f7ca1132-a960-499b-b982-dbf33dba1795',20261,74,91,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('5fa5c8c1-0d6c-4176-b56e-75581c043467','51cc275a-362b-49c9-8661-eb87bb239c77','892e3a22-2894-4037-9f52-4fc436746738',20261,94,73,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('c26c77d6-a5ac-4846-a8cd-76dacaa520c6','51cc275a-362b-49c9-8661-eb87bb239c77','759a5eb1-6c55-4cbd-b89a-a45c6c066c64',20261,71,92,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('56d3f1af-d142-4dd1-a0dc-a1e175ec6409','51cc275a-362b-49c9-8661-eb87bb239c77','f7eb0fda-358c-4418-b47d-a8645cfa1862',20261,72,91,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('547afb74-686c-4669-a503-96e6b5378b41','51cc275a-362b-49c9-8661-eb87bb239c77','ef642b5f-70c3-43a5-bd08-5c52a11cd717',20261,65,86,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('a65aea43-3d6d-4b37-b908-8c1d0dfc836d','51cc275a-362b-49c9-8661-eb87bb239c77','8f45022b-24dc-4c35-8b17-c73f1b82aef2',20261,70,93,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('65983e0b-84c7-4991-b181-ae7e5b55f1e5','51cc275a-362b-49c9-8661-eb87bb239c77','74fb97c4-f59d-4908-9331-a9fbccd94484',20261,92,90,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('6ca3bfc0-f28e-44f5-b984-5e5930f22158','51cc275a-362b-49c9-8661-eb87bb239c77','2731c6ff-059f-463d-8a70-bdba7a878950',20261,84,73,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('df9d5a17-bd69-4152-8b55-3143d17bfa42','475ccc28-6a74-4fb0-877f-f4f29244cf88','d780f5c8-d546-401d-b30e-37776ee1bd26',20261,98,86,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('7f2dc649-d18f-47f7-a21b-575ed8eaaee7','475ccc28-6a74-4fb0-877f-f4f29244cf88','f7ca1132-a960-499b-b982-dbf33dba1795',20261,78,83,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('afb24df0-c517-4db2-8ac0-38e7640b984e','475ccc28-6a74-4fb0-877f-f4f29244cf88','892e3a22-2894-4037-9f52-4fc436746738',20261,86,88,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('deba9458-ddfc-4e9b-aa70-349f9671172a','475ccc28-6a74-4fb0-877f-f4f29244cf88','759a5eb1-6c55-4cbd-b89a-a45c6c066c64',20261,78,81,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('26d181f1-e141-4dc2-bdda-23a6362cd34c','475ccc28-6a74-4fb0-877f-f4f29244cf88','f7eb0fda-358c-4418-b47d-a8645cfa1862',20261,67,75,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('896cd72f-7ba5-432d-9a76-d3403c531158','475ccc28-6a74-4fb0-877f-f4f29244cf88','ef642b5f-70c3-43a5-bd08-5c52a11cd717',20261,89,69,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('e24b416c-0bc1-4b1b-a5ee-69b61398a28e','475ccc28-6a74-4fb0-877f-f4f29244cf88','8f45022b-24dc-4c35-8b17-c73f1b82aef2',20261,85,96,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('8bfdbc08-1e42-44b4-9f72-46b841f2dab7','475ccc28-6a74-4fb0-877f-f4f29244cf88','74fb97c4-f59d-4908-9331-a9fbccd94484',20261,81,75,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('565a0dcf-5f2f-41f3-8771-989f7d2b8335','475ccc28-6a74-4fb0-877f-f4f29244cf88','2731c6ff-059f-463d-8a70-bdba7a878950',20261,97,82,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('ec476d99-552c-4227-87e8-995fc599cd86','d26c3fd1-1400-4496-91c1-b850e3b58e52','e0f32241-177d-41c5-bb57-af649b4ab5aa',20261,75,73,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('fa5abd2f-835a-4a0d-baa6-d0319567ae21','d26c3fd1-1400-4496-91c1-b850e3b58e52','c18caf10-1da8-486a-b208-c766bd328e8b',20261,77,86,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('9f93a76c-6090-4d0a-a076-500823fbb10a','d26c3fd1-1400-4496-91c1-b850e3b58e52','9f478926-add4-4507-b6fd-8e225a9b82c5',20261,77,76,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('19bc3a98-5730-4892-9d62-cd2f0d6d3c49','d26c3fd1-1400-4496-91c1-b850e3b58e52','341d057a-2c10-4d7a-9d7a-466a28770c03',20261,78,71,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('02e60ef1-fdcd-4a4d-ba0e-8db69510be30','d26c3fd1-1400-4496-91c1-b850e3b58e52','f2b05206-e644-4bb0-b075-ea816eff8cef',20261,69,93,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('eb592c3d-5968-4393-9b5f-5f6d7c5a53d1','d26c3fd1-1400-4496-91c1-b850e3b58e52','2516f920-f893-4baf-8c01-dd1c07cef7b1',20261,73,94,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('294c7601-fefa-45d9-a947-b1aee898b525','d26c3fd1-1400-4496-91c1-b850e3b58e52','609d6f0b-74bd-44f8-9be7-13ddf83c61f0',20261,74,70,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('6b8bdb1e-b963-4f18-833e-cd52e2abf0c7','d26c3fd1-1400-4496-91c1-b850e3b58e52','644f7ae9-1aeb-40c8-86ce-2aae2262d5bf',20261,70,82,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('37f5f918-e7bc-438b-94af-e0eb47eba10e','d26c3fd1-1400-4496-91c1-b850e3b58e52','4144498c-dc48-4871-88e6-823d2b0d86d4',20261,71,79,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('c586cf1c-418f-42e8-ba1b-986f56bfbfb4','3b1c5765-efc3-4df7-85c7-972c89497774','e0f32241-177d-41c5-bb57-af649b4ab5aa',20261,85,89,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('5c245d45-0822-4c47-b7d6-a8d2ec53664b','3b1c5765-efc3-4df7-85c7-972c89497774','c18caf10-1da8-486a-b208-c766bd328e8b',20261,91,74,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('db4870b0-52c8-48b1-974e-0d5d8cfd50f2','3b1c5765-efc3-4df7-85c7-972c89497774','9f478926-add4-4507-b6fd-8e225a9b82c5',20261,85,82,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('21f24c93-24da-40e2-a364-63b144550ba0','3b1c5765-efc3-4df7-85c7-972c89497774','341d057a-2c10-4d7a-9d7a-466a28770c03',20261,97,91,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('cfb8e8b5-ac5c-4ddf-a998-8db819911186','3b1c5765-efc3-4df7-85c7-972c89497774','f2b05206-e644-4bb0-b075-ea816eff8cef',20261,79,89,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('b976d3a9-6146-4bc7-928d-e89486079883','3b1c5765-efc3-4df7-85c7-972c89497774','2516f920-f893-4baf-8c01-dd1c07cef7b1',20261,76,86,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('509b95d9-b7af-4719-979c-bfb7ba84080d','3b1c5765-efc3-4df7-85c7-972c89497774','609d6f0b-74bd-44f8-9be7-13ddf83c61f0',20261,89,84,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('1394781f-c41e-4847-b6a3-904fe90686d5','3b1c5765-efc3-4df7-85c7-972c89497774','644f7ae9-1aeb-40c8-86ce-2aae2262d5bf',20261,65,94,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('4f07f59b-fcd7-4993-ba81-972e3da99a20','3b1c5765-efc3-4df7-85c7-972c89497774','4144498c-dc48-4871-88e6-823d2b0d86d4',20261,78,88,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('3be5c9d0-6799-4f1a-8bfc-2fc0cc11674a','9eea0d0f-5c50-49a3-9f90-505dbac1d628','e0f32241-177d-41c5-bb57-af649b4ab5aa',20261,80,89,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('dca18edc-8b49-4fdd-a6d7-f01fb50fa143','9eea0d0f-5c50-49a3-9f90-505dbac1d628','c18caf10-1da8-486a-b208-c766bd328e8b',20261,90,94,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('76f63717-1e30-4f06-8f9c-45466cb10276','9eea0d0f-5c50-49a3-9f90-505dbac1d628','9f478926-add4-4507-b6fd-8e225a9b82c5',20261,68,68,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('82e47c7a-4fa4-4508-ae28-33fb90ee6ab8','9eea0d0f-5c50-49a3-9f90-505dbac1d628','341d057a-2c10-4d7a-9d7a-466a28770c03',20261,80,87,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('8731bf79-b573-429b-978d-a63663ecc87c','9eea0d0f-5c50-49a3-9f90-505dbac1d628','f2b05206-e644-4bb0-b075-ea816eff8cef',20261,87,74,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('232b32a1-155c-4ee3-bac5-05c48d03bc87','9eea0d0f-5c50-49a3-9f90-505dbac1d628','2516f920-f893-4baf-8c01-dd1c07cef7b1',20261,72,97,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('9dde3459-1332-4337-8498-45caa95a25b8','9eea0d0f-5c50-49a3-9f90-505dbac1d628','609d6f0b-74bd-44f8-9be7-13ddf83c61f0',20261,66,92,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('0689d951-1ac7-4f54-bab6-c388c6b0c32c','9eea0d0f-5c50-49a3-9f90-505dbac1d628','644f7ae9-1aeb-40c8-86ce-2aae2262d5bf',20261,95,70,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('d054759e-e704-4d06-a5e8-a771b124ed4c','9eea0d0f-5c50-49a3-9f90-505dbac1d628','4144498c-dc48-4871-88e6-823d2b0d86d4',20261,65,85,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('c4239448-536e-4a04-b7ea-28650b04c0be','8eb85157-ce7f-4fe7-94cb-43823d0b3d27','e0f32241-177d-41c5-bb57-af649b4ab5aa',20261,82,66,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('99c6786f-27c3-47f9-a6bb-c358ba997599','8eb85157-ce7f-4fe7-94cb-43823d0b3d27','c18caf10-1da8-486a-b208-c766bd328e8b',20261,72,81,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('e4b3e0a2-2df1-4248-90de-4c54a753b08a','8eb85157-ce7f-4fe7-94cb-43823d0b3d27','9f478926-add4-4507-b6fd-8e225a9b82c5',20261,80,66,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('4f4e6160-032a-49ac-8fec-191d02f53ca4','8eb85157-ce7f-4fe7-94cb-43823d0b3d27','341d057a-2c10-4d7a-9d7a-466a28770c03',20261,83,70,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('4b94142a-486e-4476-8161-f7727d22d11e','8eb85157-ce7f-4fe7-94cb-43823d0b3d27','f2b05206-e644-4bb0-b075-ea816eff8cef',20261,68,85,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('f1f51323-7c56-40cc-84f5-588d62f2ef1e','8eb85157-ce7f-4fe7-94cb-43823d0b3d27','2516f920-f893-4baf-8c01-dd1c07cef7b1',20261,83,98,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('d0fb864f-7404-46f9-a5c8-3b3345072dfd','8eb85157-ce7f-4fe7-94cb-43823d0b3d27','609d6f0b-74bd-44f8-9be7-13ddf83c61f0',20261,70,89,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('46e8272f-e101-42a5-85ae-da011bb1fa7d','8eb85157-ce7f-4fe7-94cb-43823d0b3d27','644f7ae9-1aeb-40c8-86ce-2aae2262d5bf',20261,97,79,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
INSERT INTO nilai VALUES('b11f8aca-b93d-4639-b114-2b73bc1efde7','8eb85157-ce7f-4fe7-94cb-43823d0b3d27','4144498c-dc48-4871-88e6-823d2b0d86d4',20261,88,80,'2026-07-13 07:00:00.000000','2026-07-13 07:00:00.000000',0,NULL,NULL,NULL);
CREATE TABLE change_log (
	seq INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	table_name VARCHAR(40) NOT NULL, 
	row_id VARCHAR(36) NOT NULL, 
	CONSTRAINT uq_change_log_table_name UNIQUE (table_name, row_id)
);
INSERT INTO change_log VALUES(1,'sekolah','8306d03b-f38b-4ffc-80a4-df5a51c9bc70');
INSERT INTO change_log VALUES(2,'sekolah_longitudinal','1a466884-f3f4-4249-9c28-ff90a5aec797');
INSERT INTO change_log VALUES(3,'tanah','d7a7a3cc-8c3d-4f16-9293-de8fc88b2875');
INSERT INTO change_log VALUES(4,'bangunan','70eb9a0a-9626-4ae6-85e8-18fac0433cbd');
INSERT INTO change_log VALUES(5,'bangunan','7d836e77-af67-4461-a416-3207d0944996');
INSERT INTO change_log VALUES(6,'bangunan_longitudinal','731c9452-1919-493a-9117-45ad49889310');
INSERT INTO change_log VALUES(7,'bangunan_longitudinal','ede7bd0c-ffb8-4309-badb-890859001ac9');
INSERT INTO change_log VALUES(8,'ruang','ffe976ab-6058-4cca-8e1d-62e05b4c8012');
INSERT INTO change_log VALUES(9,'ruang','ed1d9d16-9062-4fe3-ab82-e6c9d82fb0f1');
INSERT INTO change_log VALUES(10,'ruang','a598d0db-ccbf-42ec-8c53-765f4ec0a954');
INSERT INTO change_log VALUES(11,'ruang','703e53cf-192f-49a9-8fd8-c364eab42bd6');
INSERT INTO change_log VALUES(12,'ruang','c07991d4-0b6e-46f3-9efe-bfda1eedfcfc');
INSERT INTO change_log VALUES(13,'ruang','81f8c04a-4e56-4cbf-9606-0250ea3e7f73');
INSERT INTO change_log VALUES(14,'ruang','9f93693f-6f00-47c4-b4fd-02f6850567c2');
INSERT INTO change_log VALUES(15,'ruang','304374b3-a40e-4cb5-8134-a79bde3b7dd3');
INSERT INTO change_log VALUES(16,'ruang','de384261-6a01-477b-8873-67376ce4048f');
INSERT INTO change_log VALUES(17,'ruang','8652ab69-cbee-43b0-86f9-fa211ebf3deb');
INSERT INTO change_log VALUES(18,'ruang','cab39a07-9284-4dae-afe9-87c18fdf6614');
INSERT INTO change_log VALUES(19,'ruang','1b252869-2bd8-4f21-afa1-2947f472bb69');
INSERT INTO change_log VALUES(20,'ruang','ddd284e8-6961-4452-838d-04fb1018d7f5');
INSERT INTO change_log VALUES(21,'ruang','98142612-3733-4f91-9b97-d72a50e98d6d');
INSERT INTO change_log VALUES(22,'ruang','4a205268-549e-4c0a-b1ff-38d8480bdb8b');
INSERT INTO change_log VALUES(23,'ruang','5aa26879-85c8-4ede-a02c-b15a098db860');
INSERT INTO change_log VALUES(24,'ruang','ef463c53-b79e-4b4e-a95c-2c0b07465834');
INSERT INTO change_log VALUES(25,'ruang_longitudinal','89be9c1c-8eb5-440f-96f4-488157241955');
INSERT INTO change_log VALUES(26,'ruang_longitudinal','d1711cbd-2106-419e-840d-31b5397a7623');
INSERT INTO change_log VALUES(27,'ruang_longitudinal','44df8a13-d4f3-48ee-8b5c-1a9533d91808');
INSERT INTO change_log VALUES(28,'ruang_longitudinal','f79edc82-2edc-49c1-b71b-d135ec0643b1');
INSERT INTO change_log VALUES(29,'ruang_longitudinal','aa220078-503d-486b-8150-4585279e6933');
INSERT INTO change_log VALUES(30,'ruang_longitudinal','1b2b980e-f575-45ce-839e-257a6041f10e');
INSERT INTO change_log VALUES(31,'ruang_longitudinal','662f286b-8c1f-4387-91cb-4ea7b5fc684a');
INSERT INTO change_log VALUES(32,'ruang_longitudinal','c9108f89-37fe-43eb-87a9-ec13a5497863');
INSERT INTO change_log VALUES(33,'ruang_longitudinal','7f62df26-76c3-4660-8371-0baf2cb8cefc');
INSERT INTO change_log VALUES(34,'ruang_longitudinal','7440cabe-e0ed-4a62-97d6-af8ff423f8be');
INSERT INTO change_log VALUES(35,'ruang_longitudinal','916b2b37-c051-4c7c-8e48-e48847cd07f7');
INSERT INTO change_log VALUES(36,'ruang_longitudinal','81b2499e-1b37-4a07-a14d-59fca55c9c8e');
INSERT INTO change_log VALUES(37,'ruang_longitudinal','1f7e4273-4f56-448f-85e1-ddfb3c37bb01');
INSERT INTO change_log VALUES(38,'ruang_longitudinal','ae7078ea-8052-413c-9c7e-351e5fc816f4');
INSERT INTO change_log VALUES(39,'ruang_longitudinal','8acaca45-0530-4bb7-a728-6b1b95ea47a7');
INSERT INTO change_log VALUES(40,'ruang_longitudinal','5b20f1e6-2055-4db9-9400-24276cbdbb71');
INSERT INTO change_log VALUES(41,'ruang_longitudinal','05fb0d55-3a6e-48d3-a5ce-93fcc95ef1d0');
INSERT INTO change_log VALUES(42,'alat','24114258-751b-4c83-89a0-47dc4ac87fc0');
INSERT INTO change_log VALUES(43,'alat','17371472-6c16-4229-b608-d9425d111a9d');
INSERT INTO change_log VALUES(44,'alat','81a0ba05-6ce9-4a66-9dcf-884cde0279e1');
INSERT INTO change_log VALUES(45,'alat','85f184e0-b464-4554-b675-299b0c83e786');
INSERT INTO change_log VALUES(46,'alat','3a9afa39-e261-434a-bb6b-c3c62475263c');
INSERT INTO change_log VALUES(47,'alat','f5a9ca5f-edf1-45da-b6ea-fff5782afe6b');
INSERT INTO change_log VALUES(48,'alat','a7d83351-265c-48ea-8879-d955025ff87c');
INSERT INTO change_log VALUES(49,'alat','42969a50-3328-4e16-abe8-0fa95c24c1ae');
INSERT INTO change_log VALUES(50,'alat','8ece78b0-6f29-49f1-8ed6-6b447f45b096');
INSERT INTO change_log VALUES(51,'alat','7aa95416-ba5c-475c-97aa-22086cffb0f0');
INSERT INTO change_log VALUES(52,'alat','bf5f85e2-31d0-4d9c-98be-e0745ec0c260');
INSERT INTO change_log VALUES(53,'alat','94a4d29c-7383-4496-800e-05d017985d06');
INSERT INTO change_log VALUES(54,'alat','ed1ba5c8-c4ff-464e-9304-3fca9543c6c3');
INSERT INTO change_log VALUES(55,'alat','9682e074-7915-42d5-b911-c9b08bb9c912');
INSERT INTO change_log VALUES(56,'alat','6af38f6c-159d-4a38-8a6a-03b381356bc5');
INSERT INTO change_log VALUES(57,'alat','0d26efa0-12cc-46e3-a344-f1c363ac4f14');
INSERT INTO change_log VALUES(58,'alat','82a8c712-068c-4f90-869a-306ff1f02f49');
INSERT INTO change_log VALUES(59,'alat','7f60b9fa-1f12-4a78-a9f9-14845377899a');
INSERT INTO change_log VALUES(60,'alat','ebe48123-a5b0-4526-b20b-e3f808be3b07');
INSERT INTO change_log VALUES(61,'alat','f4e2ea68-e505-48a5-8450-74a1e1f66c3a');
INSERT INTO change_log VALUES(62,'alat','6a6dc402-d0a3-427d-87be-5613ffce6973');
INSERT INTO change_log VALUES(63,'alat','8b890fec-6872-496b-9497-db67a54b3b83');
INSERT INTO change_log VALUES(64,'alat','4b717794-91e0-4539-b6e5-3725bb20e1d5');
INSERT INTO change_log VALUES(65,'alat','d65f45b6-968e-485e-86db-73ab5044df5c');
INSERT INTO change_log VALUES(66,'alat','93944318-8fa9-40d1-af92-53851807dfaf');
INSERT INTO change_log VALUES(67,'alat','63989ab9-4067-4334-ac79-b3bef96afc60');
INSERT INTO change_log VALUES(68,'alat','8f94b50b-328b-48ae-97ad-057df4f031fc');
INSERT INTO change_log VALUES(69,'alat','3d43281c-608f-42b1-a254-c3f06a50f9fc');
INSERT INTO change_log VALUES(70,'alat','7a957971-8a88-4e1b-86de-6eef043f9f5b');
INSERT INTO change_log VALUES(71,'alat_longitudinal','5e6c9992-b5fb-42e0-9909-0b8906555096');
INSERT INTO change_log VALUES(72,'alat_longitudinal','7f9ac098-8df0-4f25-95f1-9a51e41686cd');
INSERT INTO change_log VALUES(73,'alat_longitudinal','423674a6-864f-43f3-aab0-6e9b65ed0de4');
INSERT INTO change_log VALUES(74,'alat_longitudinal','78549014-6ded-486a-9f4f-b02bb7a1774f');
INSERT INTO change_log VALUES(75,'alat_longitudinal','ac9f21df-74f0-4af5-b361-8e1ca06d7a69');
INSERT INTO change_log VALUES(76,'alat_longitudinal','ff8b2a6a-ab74-4e57-a6ee-bc578f4ecb4f');
INSERT INTO change_log VALUES(77,'alat_longitudinal','7d510557-ed4d-49b8-85dc-0a68cdb54088');
INSERT INTO change_log VALUES(78,'alat_longitudinal','d3801b73-c446-4b8c-82e2-61237776c655');
INSERT INTO change_log VALUES(79,'alat_longitudinal','7528ea79-5110-40a7-8a41-f8e4d4d6d278');
INSERT INTO change_log VALUES(80,'alat_longitudinal','7f9880a6-e73c-49ea-8437-1ff3a60741f3');
INSERT INTO change_log VALUES(81,'alat_longitudinal','0397a31d-ea9e-4ab5-b30b-89dc2577c324');
INSERT INTO change_log VALUES(82,'alat_longitudinal','3f724926-32e4-434c-8b34-8cea9c31b930');
INSERT INTO change_log VALUES(83,'alat_longitudinal','22867c53-f000-4394-b870-e4e1b093e3b4');
INSERT INTO change_log VALUES(84,'alat_longitudinal','b14ab8e9-e041-4118-991f-77c9f551abfd');
INSERT INTO change_log VALUES(85,'alat_longitudinal','c84c1884-c88f-43d6-a2a6-0b44ef5fd31c');
INSERT INTO change_log VALUES(86,'alat_longitudinal','c50029ab-ef3e-4144-9a78-9b32a5721c6a');
INSERT INTO change_log VALUES(87,'alat_longitudinal','733c6676-4dbd-4e02-aecb-9e6853e81536');
INSERT INTO change_log VALUES(88,'alat_longitudinal','2bb53283-ce10-4503-9e5c-f6e992559248');
INSERT INTO change_log VALUES(89,'alat_longitudinal','ee532f03-8b75-402a-a5f2-74190b94a014');
INSERT INTO change_log VALUES(90,'alat_longitudinal','2f9e09c9-d828-4123-a945-e7bb290f5d0f');
INSERT INTO change_log VALUES(91,'alat_longitudinal','84f32551-5366-4ce2-ad4d-666177bb3654');
INSERT INTO change_log VALUES(92,'alat_longitudinal','d8b6dd5b-5a19-47d0-86f5-94cff6111cf2');
INSERT INTO change_log VALUES(93,'alat_longitudinal','19f900d3-21f3-4390-8e44-9800ab994360');
INSERT INTO change_log VALUES(94,'alat_longitudinal','2950e9ae-5089-4e3b-ae8b-9e7c4a815857');
INSERT INTO change_log VALUES(95,'alat_longitudinal','9b751151-74bf-489b-879e-23da50a22a1b');
INSERT INTO change_log VALUES(96,'alat_longitudinal','0ec0e2e2-5b37-4699-911a-d49df272c2ef');
INSERT INTO change_log VALUES(97,'alat_longitudinal','2980f7bd-1cd3-4258-bf44-577cb8bfe77a');
INSERT INTO change_log VALUES(98,'alat_longitudinal','200da2b8-c660-4afb-b835-6e48a99fb266');
INSERT INTO change_log VALUES(99,'alat_longitudinal','237f0de0-5093-4ba9-b55e-e054438973ec');
INSERT INTO change_log VALUES(100,'ptk','df2986b2-e7f2-4366-bec4-f31ced5eeb81');
INSERT INTO change_log VALUES(101,'ptk','63a362b4-bb8a-4881-a453-0e4c15e5bc12');
INSERT INTO change_log VALUES(102,'ptk','5e35055f-1048-4dfa-9fe2-fe3ed7879ce4');
INSERT INTO change_log VALUES(103,'ptk','4fe0f36e-c728-47b1-beac-0d53cef48cda');
INSERT INTO change_log VALUES(104,'ptk','71c76b67-dde5-4d3a-9757-944c4436734f');
INSERT INTO change_log VALUES(105,'ptk','2c47ba69-b974-44a0-a656-e638ec4292b6');
INSERT INTO change_log VALUES(106,'ptk','5479cbec-27e4-47b1-9878-c0bffb8ac7f1');
INSERT INTO change_log VALUES(107,'ptk','0592fd56-221b-44c4-bd70-f3e1a4c2cc1c');
INSERT INTO change_log VALUES(108,'ptk','f28d937a-f6c5-4bc1-81ea-df91c263064f');
INSERT INTO change_log VALUES(109,'ptk','c490426d-7195-4844-9bb4-e0eef19c9fee');
INSERT INTO change_log VALUES(110,'ptk','1487020b-1568-48b5-9b00-63063d00e2df');
INSERT INTO change_log VALUES(111,'ptk','e3b07ba8-14eb-4424-8b7d-b2aeea01b467');
INSERT INTO change_log VALUES(112,'ptk_terdaftar','f374bac6-5c24-42e5-b9e6-5abfb50f9e6c');
INSERT INTO change_log VALUES(113,'ptk_terdaftar','0aa58cd0-4f77-4bb9-82ed-ffa98c285417');
INSERT INTO change_log VALUES(114,'ptk_terdaftar','997898f0-277b-4be5-8839-cef1375850f0');
INSERT INTO change_log VALUES(115,'ptk_terdaftar','2b186e16-39de-46d0-a97f-ee94c0d7c2df');
INSERT INTO change_log VALUES(116,'ptk_terdaftar','44a73da5-a07a-4fad-8b8c-c88a253676a6');
INSERT INTO change_log VALUES(117,'ptk_terdaftar','408e79ea-b3a2-459e-8f15-79f2445db505');
INSERT INTO change_log VALUES(118,'ptk_terdaftar','9b2831e1-34d4-499c-b6a5-920cf16e49b1');
INSERT INTO change_log VALUES(119,'ptk_terdaftar','d625fe97-40fc-4f1b-9dbe-75b9cf176b34');
INSERT INTO change_log VALUES(120,'ptk_terdaftar','62010d65-de49-478a-8542-41c3872a8bd6');
INSERT INTO change_log VALUES(121,'ptk_terdaftar','98286efb-cdb7-4e91-808b-fcd632e15bb3');
INSERT INTO change_log VALUES(122,'ptk_terdaftar','82ff7b16-3ecd-47de-8747-fedb2f8e4530');
INSERT INTO change_log VALUES(123,'ptk_terdaftar','82dd11fe-0ad0-454a-b0bd-ce0d6b2e5289');
INSERT INTO change_log VALUES(124,'rwy_pend_formal','dc78752d-57fb-4eeb-8698-55d2d43cc531');
INSERT INTO change_log VALUES(125,'rwy_pend_formal','e61f1bf9-2986-4329-b095-35bec988cfd5');
INSERT INTO change_log VALUES(126,'rwy_pend_formal','5387d29c-fc2b-432c-9b34-73342063e843');
INSERT INTO change_log VALUES(127,'rwy_pend_formal','529c0c9d-54eb-4e9f-8fc3-7287819b0c58');
INSERT INTO change_log VALUES(128,'rwy_pend_formal','c5bd74d1-8fb1-4a3d-a4ba-1ceff8e55871');
INSERT INTO change_log VALUES(129,'rwy_pend_formal','6a24b2c3-9c99-4583-a4f5-3734943628f7');
INSERT INTO change_log VALUES(130,'rwy_pend_formal','6ac3124d-914f-482d-9593-84524f37fdfb');
INSERT INTO change_log VALUES(131,'rwy_pend_formal','d79d81c5-8325-4e95-860c-ee065e1736fd');
INSERT INTO change_log VALUES(132,'rwy_pend_formal','076467e8-36ff-4edb-bac3-f30b9bfeb0c4');
INSERT INTO change_log VALUES(133,'rwy_pend_formal','3806c48d-f874-4764-b368-e2907e24ec73');
INSERT INTO change_log VALUES(134,'rwy_pend_formal','d980f95d-0cbe-4736-89f7-8003f293f004');
INSERT INTO change_log VALUES(135,'rwy_pend_formal','9a2f6ada-c6ae-407d-a656-685ec84811e7');
INSERT INTO change_log VALUES(136,'tugas_tambahan','a3132dd6-7592-41d6-9bee-8f775fee13c8');
INSERT INTO change_log VALUES(137,'tugas_tambahan','94ed1f68-37e2-4146-8dd7-5f6766618c34');
INSERT INTO change_log VALUES(138,'peserta_didik','995bc7ed-9829-4e69-a080-2040dc2fcdad');
INSERT INTO change_log VALUES(139,'peserta_didik','a8bf8514-fe44-48b2-865c-ee66929323c3');
INSERT INTO change_log VALUES(140,'peserta_didik','ddb26dae-57c9-406a-a4a9-248da00dc09f');
INSERT INTO change_log VALUES(141,'peserta_didik','4badd9bd-7d9f-437d-a060-09c338b17cfc');
INSERT INTO change_log VALUES(142,'peserta_didik','a0a17f51-eb0f-4007-b1c7-718d0ab2b401');
INSERT INTO change_log VALUES(143,'peserta_didik','cb07fcef-7d29-43de-b46a-e6ac60a4dfe8');
INSERT INTO change_log VALUES(144,'peserta_didik','a9670916-0d2a-4b88-b96c-0240642a0954');
INSERT INTO change_log VALUES(145,'peserta_didik','eb0e2e1f-dace-4344-91c6-a4c43e8159a0');
INSERT INTO change_log VALUES(146,'peserta_didik','826a047e-c1d2-4a83-ad12-a936078a02bb');
INSERT INTO change_log VALUES(147,'peserta_didik','177a7400-4959-4514-95ad-abb2288551db');
INSERT INTO change_log VALUES(148,'peserta_didik','ab87eba5-f658-4393-a4c4-a6e60709e452');
INSERT INTO change_log VALUES(149,'peserta_didik','d6bfe9ff-5c5e-414c-b57a-c1416e1d897f');
INSERT INTO change_log VALUES(150,'peserta_didik','fe242654-1a1a-478e-9dd7-111b1088b6c3');
INSERT INTO change_log VALUES(151,'peserta_didik','f22de0b3-e4d6-4753-9393-84bb86488992');
INSERT INTO change_log VALUES(152,'peserta_didik','285c5e70-4960-4b0e-b366-4ca195edc972');
INSERT INTO change_log VALUES(153,'peserta_didik','6c58a2f3-5063-4e1c-a274-57109d53d557');
INSERT INTO change_log VALUES(154,'peserta_didik','774266a0-a012-4208-a406-b3f05e015f83');
INSERT INTO change_log VALUES(155,'peserta_didik','84c6d6a6-e116-49c5-8dd7-8343c6fa9381');
INSERT INTO change_log VALUES(156,'peserta_didik','36bd2398-9c7d-419f-ab66-1c9f2dd9deee');
INSERT INTO change_log VALUES(157,'peserta_didik','7a8bae92-7cec-4917-a900-b41ce3ca788f');
INSERT INTO change_log VALUES(158,'peserta_didik','1319cd0e-78ac-45ae-a685-0952d9ad511e');
INSERT INTO change_log VALUES(159,'peserta_didik','4fe72662-117a-433f-b3ff-694d09401791');
INSERT INTO change_log VALUES(160,'peserta_didik','cb48f2e7-3d05-4c2d-95ce-96ef8f320693');
INSERT INTO change_log VALUES(161,'peserta_didik','c16eb3ed-bbe9-4bce-93f6-460f0d66d8eb');
INSERT INTO change_log VALUES(162,'registrasi_peserta_didik','fc31908b-4ac0-43e4-aa3d-26db1b2fe63c');
INSERT INTO change_log VALUES(163,'registrasi_peserta_didik','fb296c01-caeb-4022-9c9b-3ba5dbd0cf04');
INSERT INTO change_log VALUES(164,'registrasi_peserta_didik','5d4e4502-976c-4212-a254-66232d9330e3');
INSERT INTO change_log VALUES(165,'registrasi_peserta_didik','51899e26-defe-420b-a53a-f492c6c8cf16');
INSERT INTO change_log VALUES(166,'registrasi_peserta_didik','2d4cf6bb-2509-48bc-8668-d65aeed5b0f9');
INSERT INTO change_log VALUES(167,'registrasi_peserta_didik','88467b2b-ca32-4710-b05d-64b6e647008b');
INSERT INTO change_log VALUES(168,'registrasi_peserta_didik','48de81d9-056b-4e7f-972d-18ba5c8c17b6');
INSERT INTO change_log VALUES(169,'registrasi_peserta_didik','63948a5e-6bbe-4bb8-9391-18a720a21cf1');
INSERT INTO change_log VALUES(170,'registrasi_peserta_didik','db327b8d-2ac8-443d-a0b5-81f0cfef16c3');
INSERT INTO change_log VALUES(171,'registrasi_peserta_didik','f4621c95-d598-47d7-9f52-71eeb2e2e969');
INSERT INTO change_log VALUES(172,'registrasi_peserta_didik','c4782c22-bfc9-4ec4-a367-43b12085dcb3');
INSERT INTO change_log VALUES(173,'registrasi_peserta_didik','5440127d-48c9-45e4-887c-ec80a249b05f');
INSERT INTO change_log VALUES(174,'registrasi_peserta_didik','5938402a-7cf1-4cf7-aff4-90435ad494dd');
INSERT INTO change_log VALUES(175,'registrasi_peserta_didik','7624ccb6-44c5-4a66-a422-c2ff49dd4699');
INSERT INTO change_log VALUES(176,'registrasi_peserta_didik','a5289661-62c2-4100-a607-29286a161893');
INSERT INTO change_log VALUES(177,'registrasi_peserta_didik','f99b105e-1ace-44bb-ba4a-7d41f195e9b8');
INSERT INTO change_log VALUES(178,'registrasi_peserta_didik','ad3b8bd0-cdc8-442b-9d71-9214c36347e8');
INSERT INTO change_log VALUES(179,'registrasi_peserta_didik','73e72e5e-7d36-4087-9149-32f6749339af');
INSERT INTO change_log VALUES(180,'registrasi_peserta_didik','87e533eb-ffb9-4f24-bc45-80edbd5bfe4b');
INSERT INTO change_log VALUES(181,'registrasi_peserta_didik','ba7481bc-2c71-4e2e-b9f3-4f381d6cd99d');
INSERT INTO change_log VALUES(182,'registrasi_peserta_didik','b16b8916-5d0b-4fc0-a2e0-8a35fa3053b4');
INSERT INTO change_log VALUES(183,'registrasi_peserta_didik','de4850f0-53a2-4662-a28a-4b4fd2da204e');
INSERT INTO change_log VALUES(184,'registrasi_peserta_didik','44d1d43d-7f88-473e-888b-eded4373bf9f');
INSERT INTO change_log VALUES(185,'registrasi_peserta_didik','cdeaf6c0-aeb4-4a53-ba20-e65e1d11f6f4');
INSERT INTO change_log VALUES(186,'peserta_didik_longitudinal','e7716eeb-8b7e-4b51-8281-4275506423b0');
INSERT INTO change_log VALUES(187,'peserta_didik_longitudinal','2782f16f-4f64-4d14-b88f-b023b444ec4b');
INSERT INTO change_log VALUES(188,'peserta_didik_longitudinal','cdd85f79-d304-47bc-b0e6-458286a614b6');
INSERT INTO change_log VALUES(189,'peserta_didik_longitudinal','b408ebb2-bb04-451f-8d60-89251e827e53');
INSERT INTO change_log VALUES(190,'peserta_didik_longitudinal','b7cc021b-fa51-4f85-9e2d-70010079cce7');
INSERT INTO change_log VALUES(191,'peserta_didik_longitudinal','2bdf8ee3-e8c0-400a-8e0f-95f65c0dc65c');
INSERT INTO change_log VALUES(192,'peserta_didik_longitudinal','5677cd38-0c4f-486a-a9bf-c7f8922224c0');
INSERT INTO change_log VALUES(193,'peserta_didik_longitudinal','5a9aadef-61bf-4f16-b180-6e7097ba60bd');
INSERT INTO change_log VALUES(194,'peserta_didik_longitudinal','fd19eba5-2510-440f-9ddb-dc12f58d7dab');
INSERT INTO change_log VALUES(195,'peserta_didik_longitudinal','70706ace-64e5-42f1-a85f-0ab1fa69ac2c');
INSERT INTO change_log VALUES(196,'peserta_didik_longitudinal','5614a00b-2bcc-424f-8b4a-9d4b7dad4543');
INSERT INTO change_log VALUES(197,'peserta_didik_longitudinal','1d80af77-52cd-4024-857f-2facb657ab6a');
INSERT INTO change_log VALUES(198,'peserta_didik_longitudinal','ab278a17-0cb7-4a00-91af-5289c1e61fd0');
INSERT INTO change_log VALUES(199,'peserta_didik_longitudinal','fbff7295-445f-4cb1-950c-619b5554b855');
INSERT INTO change_log VALUES(200,'peserta_didik_longitudinal','13110749-3f03-44ad-b584-ed3ca815caf0');
INSERT INTO change_log VALUES(201,'peserta_didik_longitudinal','67354f21-baea-4222-869d-0e8bf384f7b9');
INSERT INTO change_log VALUES(202,'peserta_didik_longitudinal','82fc5be5-7e5f-4e52-8358-69f184518c2d');
INSERT INTO change_log VALUES(203,'peserta_didik_longitudinal','d21eaf86-0ac5-4c7d-8748-b776a22539c3');
INSERT INTO change_log VALUES(204,'peserta_didik_longitudinal','fc3f9ae2-1fbb-48ce-8485-7af1507931f5');
INSERT INTO change_log VALUES(205,'peserta_didik_longitudinal','0a21c320-d2fb-4c67-b909-af7c4bb7c7f8');
INSERT INTO change_log VALUES(206,'peserta_didik_longitudinal','5e6d8cca-653b-408e-a48a-2b2ea2965e0c');
INSERT INTO change_log VALUES(207,'peserta_didik_longitudinal','8586ab40-4474-4b23-98f7-1d21349da191');
INSERT INTO change_log VALUES(208,'peserta_didik_longitudinal','ce0a0602-ef96-4681-a670-dde351cd9c44');
INSERT INTO change_log VALUES(209,'peserta_didik_longitudinal','5772d78e-2537-403c-9d31-549a67eebe12');
INSERT INTO change_log VALUES(210,'rombongan_belajar','795c2b9b-cfba-4e78-8c7d-dcd47522aa7f');
INSERT INTO change_log VALUES(211,'rombongan_belajar','94a0df05-ac64-4a30-89e3-9659e5a34078');
INSERT INTO change_log VALUES(212,'rombongan_belajar','a0c5b20c-2885-4868-b01a-5d124febec70');
INSERT INTO change_log VALUES(213,'rombongan_belajar','e4cfed0e-7c1f-4183-a75e-1a3869190876');
INSERT INTO change_log VALUES(214,'rombongan_belajar','d0522fff-5abc-42f8-b350-31ce015c1d5c');
INSERT INTO change_log VALUES(215,'rombongan_belajar','b3cd1e1c-85f2-4fa0-95c6-7ee3f49b8c8d');
INSERT INTO change_log VALUES(216,'anggota_rombel','65303843-6c4e-4f0f-8e78-bc1f50671993');
INSERT INTO change_log VALUES(217,'anggota_rombel','bf3fc9bf-06ea-4fdf-a79e-445aa19f78d8');
INSERT INTO change_log VALUES(218,'anggota_rombel','655ad021-77c0-46b8-aa53-d31823e50a50');
INSERT INTO change_log VALUES(219,'anggota_rombel','6f94b298-0d84-4e8a-8da9-84e9fb1ac5f3');
INSERT INTO change_log VALUES(220,'anggota_rombel','8822e7c7-45bd-468c-958a-59ae1e29d18f');
INSERT INTO change_log VALUES(221,'anggota_rombel','850535d8-6330-421b-97d5-148a4943e768');
INSERT INTO change_log VALUES(222,'anggota_rombel','38543fa3-b229-4a1d-83d3-dacd6d59166a');
INSERT INTO change_log VALUES(223,'anggota_rombel','4d52f45b-ba0b-4c68-a8b7-1bbb146cd28a');
INSERT INTO change_log VALUES(224,'anggota_rombel','4fff27cc-42da-46c0-8577-1fbd9e259925');
INSERT INTO change_log VALUES(225,'anggota_rombel','dca4d4ea-59d6-49d4-a439-d718221f2720');
INSERT INTO change_log VALUES(226,'anggota_rombel','7ef13139-5239-4180-b509-facc62a1a8f4');
INSERT INTO change_log VALUES(227,'anggota_rombel','1df2addc-8b17-455e-88c7-5541e7af3109');
INSERT INTO change_log VALUES(228,'anggota_rombel','92512dd7-4a6d-45c2-99e1-78612bf8ff27');
INSERT INTO change_log VALUES(229,'anggota_rombel','bb920877-0b91-4777-805e-fa369b3ce4fc');
INSERT INTO change_log VALUES(230,'anggota_rombel','e939518f-f3a0-433a-9caf-1b98775ac94a');
INSERT INTO change_log VALUES(231,'anggota_rombel','82db6874-1c56-4a9b-827f-36d8fce05774');
INSERT INTO change_log VALUES(232,'anggota_rombel','96432668-932c-4d93-9251-84c940efdc64');
INSERT INTO change_log VALUES(233,'anggota_rombel','124e5f37-0358-4bfd-a38e-ff38332945b7');
INSERT INTO change_log VALUES(234,'anggota_rombel','51cc275a-362b-49c9-8661-eb87bb239c77');
INSERT INTO change_log VALUES(235,'anggota_rombel','475ccc28-6a74-4fb0-877f-f4f29244cf88');
INSERT INTO change_log VALUES(236,'anggota_rombel','d26c3fd1-1400-4496-91c1-b850e3b58e52');
INSERT INTO change_log VALUES(237,'anggota_rombel','3b1c5765-efc3-4df7-85c7-972c89497774');
INSERT INTO change_log VALUES(238,'anggota_rombel','9eea0d0f-5c50-49a3-9f90-505dbac1d628');
INSERT INTO change_log VALUES(239,'anggota_rombel','8eb85157-ce7f-4fe7-94cb-43823d0b3d27');
INSERT INTO change_log VALUES(240,'pembelajaran','820e8925-6dd2-49a4-b5ac-f1403dab50b8');
INSERT INTO change_log VALUES(241,'pembelajaran','36165514-8380-416b-a061-5b8586cdbae5');
INSERT INTO change_log VALUES(242,'pembelajaran','dfb1dd4e-c699-45ef-854b-78f8dc7ef9e3');
INSERT INTO change_log VALUES(243,'pembelajaran','adb19993-8f13-4eed-a2ff-7c2e7d13d002');
INSERT INTO change_log VALUES(244,'pembelajaran','ff47f25e-5d1e-40ff-9365-0be2db57ca84');
INSERT INTO change_log VALUES(245,'pembelajaran','b9e5113b-9d80-4682-885f-376a645a3f72');
INSERT INTO change_log VALUES(246,'pembelajaran','8d2292de-9b55-4bf0-a6e8-ffda3065cf75');
INSERT INTO change_log VALUES(247,'pembelajaran','24dbbefd-ba8e-4768-a732-10d0fad0ebf2');
INSERT INTO change_log VALUES(248,'pembelajaran','a82ff8bf-cc95-43dc-90de-0fc4cc1cdc7c');
INSERT INTO change_log VALUES(249,'pembelajaran','dd8c2c74-aaa9-47e6-8d46-3d490fa2ccb6');
INSERT INTO change_log VALUES(250,'pembelajaran','f0e39542-4ca1-45f0-8a1d-687247c624d6');
INSERT INTO change_log VALUES(251,'pembelajaran','f68dddcb-447e-477a-a3a1-dea22dd20c3a');
INSERT INTO change_log VALUES(252,'pembelajaran','75113b5c-20c3-49d5-9b4d-7862b16531ea');
INSERT INTO change_log VALUES(253,'pembelajaran','c0590851-0dbb-4889-b167-344f2fc32fd3');
INSERT INTO change_log VALUES(254,'pembelajaran','a4275452-69f6-4a92-a765-e3b9ae0fa718');
INSERT INTO change_log VALUES(255,'pembelajaran','f51afd8c-8bcb-4528-a991-c5897d5fc051');
INSERT INTO change_log VALUES(256,'pembelajaran','5d396109-83bb-4916-b88f-4c244cf74765');
INSERT INTO change_log VALUES(257,'pembelajaran','bf450b3d-ae2e-414d-b734-2c58178c98e4');
INSERT INTO change_log VALUES(258,'pembelajaran','25490c72-5312-46cd-a66f-018227af415f');
INSERT INTO change_log VALUES(259,'pembelajaran','01efc27d-7888-4b20-8a4f-54d5821be288');
INSERT INTO change_log VALUES(260,'pembelajaran','d805d62d-9604-4f34-9a5f-ea38183b60e5');
INSERT INTO change_log VALUES(261,'pembelajaran','41d9acbc-d120-4e51-903e-a6e7b2cedc0c');
INSERT INTO change_log VALUES(262,'pembelajaran','80d5de4f-29ef-4ab1-8730-c359c1bad5e1');
INSERT INTO change_log VALUES(263,'pembelajaran','6c3f40a1-170d-44b1-9103-2863de7c8fde');
INSERT INTO change_log VALUES(264,'pembelajaran','d780f5c8-d546-401d-b30e-37776ee1bd26');
INSERT INTO change_log VALUES(265,'pembelajaran','f7ca1132-a960-499b-b982-dbf33dba1795');
INSERT INTO change_log VALUES(266,'pembelajaran','892e3a22-2894-4037-9f52-4fc436746738');
INSERT INTO change_log VALUES(267,'pembelajaran','759a5eb1-6c55-4cbd-b89a-a45c6c066c64');
INSERT INTO change_log VALUES(268,'pembelajaran','f7eb0fda-358c-4418-b47d-a8645cfa1862');
INSERT INTO change_log VALUES(269,'pembelajaran','ef642b5f-70c3-43a5-bd08-5c52a11cd717');
INSERT INTO change_log VALUES(270,'pembelajaran','e0f32241-177d-41c5-bb57-af649b4ab5aa');
INSERT INTO change_log VALUES(271,'pembelajaran','c18caf10-1da8-486a-b208-c766bd328e8b');
INSERT INTO change_log VALUES(272,'pembelajaran','9f478926-add4-4507-b6fd-8e225a9b82c5');
INSERT INTO change_log VALUES(273,'pembelajaran','341d057a-2c10-4d7a-9d7a-466a28770c03');
INSERT INTO change_log VALUES(274,'pembelajaran','f2b05206-e644-4bb0-b075-ea816eff8cef');
INSERT INTO change_log VALUES(275,'pembelajaran','2516f920-f893-4baf-8c01-dd1c07cef7b1');
INSERT INTO change_log VALUES(276,'pembelajaran','ca197161-a25f-47a5-a9e6-46d2e551700e');
INSERT INTO change_log VALUES(277,'pembelajaran','65f71bd5-5d7f-4476-bd37-cd94498079bf');
INSERT INTO change_log VALUES(278,'pembelajaran','e3012e25-75cf-4f7f-8561-67097a00c8b2');
INSERT INTO change_log VALUES(279,'pembelajaran','fc15b536-7cf8-4d4a-9aab-bcebd728f6f4');
INSERT INTO change_log VALUES(280,'pembelajaran','8f45022b-24dc-4c35-8b17-c73f1b82aef2');
INSERT INTO change_log VALUES(281,'pembelajaran','609d6f0b-74bd-44f8-9be7-13ddf83c61f0');
INSERT INTO change_log VALUES(282,'pembelajaran','ee444377-0c59-437f-97d1-5506a20f141a');
INSERT INTO change_log VALUES(283,'pembelajaran','c14182a2-5385-4900-8f68-dc4aab8683d9');
INSERT INTO change_log VALUES(284,'pembelajaran','76035237-142e-4f98-ae99-7691f7a36672');
INSERT INTO change_log VALUES(285,'pembelajaran','cbe4480e-d371-4273-8bcd-0aac588fa9ba');
INSERT INTO change_log VALUES(286,'pembelajaran','192aef47-f247-4369-87c2-7a5cd22acc06');
INSERT INTO change_log VALUES(287,'pembelajaran','149e6f6a-0987-4c0f-8bf8-550546af8c03');
INSERT INTO change_log VALUES(288,'pembelajaran','ec2cfc18-8713-40d0-91fb-ec290ab83474');
INSERT INTO change_log VALUES(289,'pembelajaran','cc941d42-62e0-4dd6-9bda-22cf907b12b7');
INSERT INTO change_log VALUES(290,'pembelajaran','74fb97c4-f59d-4908-9331-a9fbccd94484');
INSERT INTO change_log VALUES(291,'pembelajaran','2731c6ff-059f-463d-8a70-bdba7a878950');
INSERT INTO change_log VALUES(292,'pembelajaran','644f7ae9-1aeb-40c8-86ce-2aae2262d5bf');
INSERT INTO change_log VALUES(293,'pembelajaran','4144498c-dc48-4871-88e6-823d2b0d86d4');
INSERT INTO change_log VALUES(294,'jadwal','13737a12-9629-478f-b780-55face4b8b07');
INSERT INTO change_log VALUES(295,'jadwal','67c851c7-7510-4361-ab89-3b4b8dfe3a65');
INSERT INTO change_log VALUES(296,'jadwal','1b0c6bb0-cd3e-41d5-9c6e-5e65cec8c56f');
INSERT INTO change_log VALUES(297,'jadwal','66a27c00-6a79-4f9d-bd6c-b580ce21626c');
INSERT INTO change_log VALUES(298,'jadwal','325737a8-3e8b-4985-817a-3ad8f9f73efb');
INSERT INTO change_log VALUES(299,'jadwal','cce719c1-c073-42c3-833e-e1a00d15bba5');
INSERT INTO change_log VALUES(300,'jadwal','e983f1ec-4432-44a7-8654-24a12b4366b3');
INSERT INTO change_log VALUES(301,'jadwal','2ae9da1f-415e-4e83-95a5-35f15fce192e');
INSERT INTO change_log VALUES(302,'jadwal','37f30b26-094d-400b-a958-8f94efcda3cc');
INSERT INTO change_log VALUES(303,'jadwal','cd963f25-a181-4c02-9797-900db4e6a88c');
INSERT INTO change_log VALUES(304,'jadwal','e63e8667-1d9d-4133-8ff5-9cc6b66ef9b5');
INSERT INTO change_log VALUES(305,'jadwal','091b59fe-aac1-49fb-8cb9-1baf72888c53');
INSERT INTO change_log VALUES(306,'jadwal','fa9495ca-e1f7-41de-b5bd-34395b0d1e48');
INSERT INTO change_log VALUES(307,'jadwal','d744f400-778b-4d50-b1a1-1788f6210952');
INSERT INTO change_log VALUES(308,'jadwal','ef193855-a167-4599-83f7-13d0f3017f88');
INSERT INTO change_log VALUES(309,'jadwal','e6f18dc9-ee79-4106-b4fc-082e08dfae47');
INSERT INTO change_log VALUES(310,'jadwal','a682c1c3-30a4-4f85-b7a8-318bdbf18a0f');
INSERT INTO change_log VALUES(311,'jadwal','0c092219-7b40-4ec6-b894-ef98a6b55717');
INSERT INTO change_log VALUES(312,'jadwal','a6e0d161-2b18-42cb-9751-a6914a939d45');
INSERT INTO change_log VALUES(313,'jadwal','01de9900-3460-4442-8774-948c10c52dcf');
INSERT INTO change_log VALUES(314,'jadwal','0b29ae83-a577-4f95-9e24-aa6a497254cb');
INSERT INTO change_log VALUES(315,'jadwal','1241750c-4264-4855-acbf-312078ac8ae6');
INSERT INTO change_log VALUES(316,'jadwal','8be94918-ba4b-4771-b361-51e4e2b770ee');
INSERT INTO change_log VALUES(317,'jadwal','844600f6-a2bc-4717-8c25-ed7c2ae796b5');
INSERT INTO change_log VALUES(318,'jadwal','7ec9cb84-3cec-4160-8a4b-a013956e0261');
INSERT INTO change_log VALUES(319,'jadwal','5a1d7db6-8aaa-4212-8da0-06fbd1f97a65');
INSERT INTO change_log VALUES(320,'jadwal','76ca39b1-649a-47a2-8969-13c73a7192c1');
INSERT INTO change_log VALUES(321,'jadwal','03df9b62-080c-4162-be06-88131663d74c');
INSERT INTO change_log VALUES(322,'jadwal','16e13413-8e4e-45ae-a2c6-3adf69db8679');
INSERT INTO change_log VALUES(323,'jadwal','2db03c59-9f5e-454c-acc4-2b0370ee17e3');
INSERT INTO change_log VALUES(324,'jadwal','8f2606ce-2a22-4326-bca4-8c302bec3194');
INSERT INTO change_log VALUES(325,'jadwal','564ba8a3-c19e-4a9b-813d-b01433097a07');
INSERT INTO change_log VALUES(326,'jadwal','18da990c-9704-464a-b54b-82d3b6e57418');
INSERT INTO change_log VALUES(327,'jadwal','c0205f09-78b1-4b6c-aa1b-c2e33e1e8bd8');
INSERT INTO change_log VALUES(328,'jadwal','f45a4dad-9b78-49eb-a8bd-454ef11e46f1');
INSERT INTO change_log VALUES(329,'jadwal','7a65e4e4-a981-4df8-aec8-8dfe80ab2e4b');
INSERT INTO change_log VALUES(330,'jadwal','0104a2ff-208e-4c04-9148-da691cf65d21');
INSERT INTO change_log VALUES(331,'jadwal','25cb4dc5-4fa3-4e0e-8707-72779ced4694');
INSERT INTO change_log VALUES(332,'jadwal','0531b3ae-4086-4dcb-b0b6-459a685fcb50');
INSERT INTO change_log VALUES(333,'jadwal','f2ca68b2-4ba5-45db-9bc7-d0e771be4d88');
INSERT INTO change_log VALUES(334,'jadwal','a0170756-a22e-4caa-a192-4ddf268b6be9');
INSERT INTO change_log VALUES(335,'jadwal','1f19c99c-9656-4697-b1af-265001484051');
INSERT INTO change_log VALUES(336,'jadwal','5323873c-d4fa-4c6f-ba38-729318a2be86');
INSERT INTO change_log VALUES(337,'jadwal','d884d50b-1179-43c6-8f49-199e719f9c8b');
INSERT INTO change_log VALUES(338,'jadwal','7053ce0b-4611-4a58-b409-24ff629cdb8f');
INSERT INTO change_log VALUES(339,'jadwal','f0b2a517-ba58-447b-b1aa-6f4bc4f27979');
INSERT INTO change_log VALUES(340,'jadwal','72299ee2-403b-4948-8c22-499dd4b25a27');
INSERT INTO change_log VALUES(341,'jadwal','78312688-6912-4372-9f3f-000cbd58668d');
INSERT INTO change_log VALUES(342,'jadwal','d16d3411-502a-43b6-9c29-490a4be3bcf2');
INSERT INTO change_log VALUES(343,'jadwal','8c447b9b-9cc6-4ea0-9a06-703f2b0c044d');
INSERT INTO change_log VALUES(344,'jadwal','fd2a40c8-369c-4a50-b45f-2a1207d7ba06');
INSERT INTO change_log VALUES(345,'jadwal','fa8cacb5-b66b-4b7f-8b62-275fb2f53e5c');
INSERT INTO change_log VALUES(346,'jadwal','398faf3a-6743-42dd-bec2-54bec28bc4a0');
INSERT INTO change_log VALUES(347,'jadwal','534f7317-aa29-49cf-b13c-e642de1cfb0a');
INSERT INTO change_log VALUES(348,'jadwal','3ad7439a-19fc-4798-8cd2-fa2d2a76f010');
INSERT INTO change_log VALUES(349,'jadwal','55d23105-99ff-41ed-a0e2-098d6299fc6c');
INSERT INTO change_log VALUES(350,'jadwal','352991ba-6504-4bea-8957-fa1ba5008b67');
INSERT INTO change_log VALUES(351,'jadwal','e97732bd-4d89-44a3-8c90-680b9dcda265');
INSERT INTO change_log VALUES(352,'jadwal','60c7007e-f885-4531-89c9-0c598afd6238');
INSERT INTO change_log VALUES(353,'jadwal','dd9a7e7d-58fe-4057-837e-f300b19037a2');
INSERT INTO change_log VALUES(354,'jadwal','2cf5e806-3e18-4088-b3c0-5765ec144f18');
INSERT INTO change_log VALUES(355,'jadwal','bc24bd96-0996-4085-8d51-7c7a82383ccc');
INSERT INTO change_log VALUES(356,'jadwal','4ce06bdf-3205-4957-9324-e5299f067c31');
INSERT INTO change_log VALUES(357,'jadwal','ab8e4041-6e35-4e9d-9904-8fce2b7a3cf0');
INSERT INTO change_log VALUES(358,'jadwal','7515d9ef-1f85-4e07-a5c5-756037a41337');
INSERT INTO change_log VALUES(359,'jadwal','8413d5f1-a2cb-4514-98d5-a0f799fb2cf8');
INSERT INTO change_log VALUES(360,'jadwal','19350059-a052-4eeb-a1a8-6f74fe5961f2');
INSERT INTO change_log VALUES(361,'jadwal','4f83d975-5239-45bb-bc29-5d1b6a96cf7e');
INSERT INTO change_log VALUES(362,'jadwal','e3f89923-18c2-4f25-80e1-64e8e5c14a6f');
INSERT INTO change_log VALUES(363,'jadwal','a8ac3b26-577d-47a8-8302-e4a410fa5bc2');
INSERT INTO change_log VALUES(364,'jadwal','69f39668-a099-4504-b5ff-71f6269303f4');
INSERT INTO change_log VALUES(365,'jadwal','d3a4b8db-1b00-405a-a4c5-fdf8197bb6a3');
INSERT INTO change_log VALUES(366,'jadwal','cc3a398c-dfca-49dc-b0d0-40aed180d983');
INSERT INTO change_log VALUES(367,'jadwal','57441efc-7c57-4eee-9c1f-f4d28df0bcd1');
INSERT INTO change_log VALUES(368,'jadwal','162b1b92-1fe6-4b9b-ae5d-c8af982d976b');
INSERT INTO change_log VALUES(369,'jadwal','7180131f-263e-44fc-bc98-1c1158afbcb8');
INSERT INTO change_log VALUES(370,'jadwal','ea743fae-dad5-4473-b354-230d775cdcba');
INSERT INTO change_log VALUES(371,'jadwal','8cfde05e-ff7f-4ad6-ab0c-1184197c673d');
INSERT INTO change_log VALUES(372,'jadwal','c0eb1633-6c70-409f-bb4a-2d40cbb079b2');
INSERT INTO change_log VALUES(373,'jadwal','05458fc8-1756-430d-a185-5bddf27e2001');
INSERT INTO change_log VALUES(374,'jadwal','e05afe02-6c4c-4546-b6b9-b1feaf8d7b95');
INSERT INTO change_log VALUES(375,'jadwal','7f74a135-7119-4f23-900e-031dfdd49732');
INSERT INTO change_log VALUES(376,'jadwal','59ff005c-79bf-4d29-b2e5-e1de0fb41bd2');
INSERT INTO change_log VALUES(377,'jadwal','0c0b7c47-ff69-404a-993a-1d06bf47412e');
INSERT INTO change_log VALUES(378,'jadwal','a3ea5ba2-6d9b-4805-ae70-8b91685be8e8');
INSERT INTO change_log VALUES(379,'jadwal','8b86d604-b67e-4d92-8178-161d11958143');
INSERT INTO change_log VALUES(380,'jadwal','1be5d38a-6cb3-4e7e-bf81-bdbf86235fc0');
INSERT INTO change_log VALUES(381,'jadwal','02ceb8ad-2b3c-479b-b381-269b599e99cd');
INSERT INTO change_log VALUES(382,'jadwal','9b3be091-9a3d-4019-a442-df29db473fab');
INSERT INTO change_log VALUES(383,'jadwal','c6a95ffa-4214-4a69-8eba-6849ca8c799f');
INSERT INTO change_log VALUES(384,'jadwal','1a3296d7-c930-4f85-af45-6beccd31370e');
INSERT INTO change_log VALUES(385,'jadwal','eec4283b-5d69-4fbe-b9f7-57bdb1e27df5');
INSERT INTO change_log VALUES(386,'jadwal','e04de64c-6915-47fc-9368-3df3c09e92ff');
INSERT INTO change_log VALUES(387,'jadwal','c4b01bdd-93ef-4690-9530-a3b7a23d3925');
INSERT INTO change_log VALUES(388,'jadwal','6d4ae6dd-51b4-4326-83a3-66d49e29011d');
INSERT INTO change_log VALUES(389,'jadwal','9411417e-dde3-4913-9d6c-d5f1db9ba0e6');
INSERT INTO change_log VALUES(390,'jadwal','40475fbf-cad7-4eb4-99c8-60eabc48ec72');
INSERT INTO change_log VALUES(391,'jadwal','5c340368-0290-417a-bad4-79dcc846f765');
INSERT INTO change_log VALUES(392,'jadwal','9a6aa668-0b44-4128-b74a-472c69d1aab6');
INSERT INTO change_log VALUES(393,'jadwal','4b410b7b-b582-4d47-9d19-b70d05ec7d95');
INSERT INTO change_log VALUES(394,'jadwal','cb10c60b-8b71-415b-b9c3-66f78a560810');
INSERT INTO change_log VALUES(395,'jadwal','54b32368-c507-435a-9dbc-6b7e0dfebe14');
INSERT INTO change_log VALUES(396,'jadwal','4cceeb0d-6249-4879-82f9-f17e6e8786ac');
INSERT INTO change_log VALUES(397,'jadwal','b5ab3e9a-f3d8-448a-9d61-3171ea1bc8a9');
INSERT INTO change_log VALUES(398,'jadwal','37e16834-34cc-4044-8092-353841e2a2bb');
INSERT INTO change_log VALUES(399,'jadwal','2d320bd1-3a97-4922-93f1-ab3c0ec3703b');
INSERT INTO change_log VALUES(400,'jadwal','ef659464-5dfb-4a8a-b56f-b0760cbae89f');
INSERT INTO change_log VALUES(401,'jadwal','8a29fabd-9e6a-4fc8-b604-2370de934250');
INSERT INTO change_log VALUES(402,'jadwal','9cce902e-ad04-4b1f-9a66-88ba74c517a8');
INSERT INTO change_log VALUES(403,'jadwal','9e0e8c6c-a200-4ce5-8423-7100895bf10a');
INSERT INTO change_log VALUES(404,'jadwal','1bac05b5-207f-449f-8a01-9b410dea931e');
INSERT INTO change_log VALUES(405,'jadwal','1dd60827-3ab8-4535-ab1a-35c7dfc9f54d');
INSERT INTO change_log VALUES(406,'jadwal','e867bc4e-111a-4df8-bf87-d3fbb1db0929');
INSERT INTO change_log VALUES(407,'jadwal','126337d6-caf3-4372-8b53-42b51ada81b0');
INSERT INTO change_log VALUES(408,'jadwal','bc2cc533-dfd7-4fe8-96db-a2c5ffb5a97d');
INSERT INTO change_log VALUES(409,'jadwal','230dad86-096b-4ef8-a35d-846db87f2ab9');
INSERT INTO change_log VALUES(410,'jadwal','8fd56b45-d57e-4f43-b85d-181370d8d03a');
INSERT INTO change_log VALUES(411,'jadwal','c53a1eb3-c1a5-4505-8623-5012bc5ab583');
INSERT INTO change_log VALUES(412,'jadwal','ec192b67-68b1-41ad-897d-c11fdcb4f6ca');
INSERT INTO change_log VALUES(413,'jadwal','d5aabe96-ad29-46da-8e86-e4835efa4b80');
INSERT INTO change_log VALUES(414,'jadwal','ee485694-30ae-42b6-b0f1-a6bfcb3348b8');
INSERT INTO change_log VALUES(415,'jadwal','264a1db3-4fc7-4a2c-aa26-b86f0d12833e');
INSERT INTO change_log VALUES(416,'jadwal','fc2fc72f-ee42-4e47-a3bb-2b8f4479ccc5');
INSERT INTO change_log VALUES(417,'jadwal','65aea90b-9b49-4222-aa3c-bad689430bf0');
INSERT INTO change_log VALUES(418,'jadwal','741152c4-1189-4ea9-8c7f-c0b5b743433b');
INSERT INTO change_log VALUES(419,'jadwal','d242a6c7-699f-48c0-92fa-863ff735a91f');
INSERT INTO change_log VALUES(420,'jadwal','a2ce7540-a2b5-4738-b0eb-55717a5d8682');
INSERT INTO change_log VALUES(421,'jadwal','4994fc89-0036-4758-88d0-0357259d2f86');
INSERT INTO change_log VALUES(422,'jadwal','c2936ca1-300a-4d21-b0e9-5ec95cf754a1');
INSERT INTO change_log VALUES(423,'jadwal','79449514-5c10-4b61-b024-8f252d903bb6');
INSERT INTO change_log VALUES(424,'jadwal','9861cfc2-a3c4-4d34-a8d2-c6091088a172');
INSERT INTO change_log VALUES(425,'jadwal','4977ed3e-fe22-4cfc-9f8a-bc7622a2ee31');
INSERT INTO change_log VALUES(426,'jadwal','88caeba0-cc55-4dfa-bb3d-efcccc5e8817');
INSERT INTO change_log VALUES(427,'jadwal','585ba7a4-8e2e-4551-bd33-ff5b0c996f04');
INSERT INTO change_log VALUES(428,'jadwal','b802e168-39f0-4ffd-af7d-9ea2d8f5f877');
INSERT INTO change_log VALUES(429,'jadwal','ebfdadc5-a298-4b87-b947-6af846ab5ec5');
INSERT INTO change_log VALUES(430,'jadwal','26df8bfd-4e2e-4cd4-aaca-913e08b6639f');
INSERT INTO change_log VALUES(431,'jadwal','e3b0a1de-6481-4ea7-b44b-e5da44abbde7');
INSERT INTO change_log VALUES(432,'jadwal','b6b5c2e5-f8c4-4658-b2e2-12caca3702b2');
INSERT INTO change_log VALUES(433,'jadwal','1fa0b5ae-4e93-4b83-b534-34bf1a753279');
INSERT INTO change_log VALUES(434,'jadwal','d275ad42-ad88-42c8-b7b6-5da34228718b');
INSERT INTO change_log VALUES(435,'jadwal','50f31102-7a90-44df-9264-35976a149296');
INSERT INTO change_log VALUES(436,'jadwal','f8ad56b0-2185-46ea-8c73-cb9648b0d659');
INSERT INTO change_log VALUES(437,'jadwal','d5482b59-e90c-4d0b-b3ba-9cf3f1147f4e');
INSERT INTO change_log VALUES(438,'jadwal','4a84c014-1164-474f-ad0c-22300c1f82a3');
INSERT INTO change_log VALUES(439,'jadwal','e049bccb-170f-4449-af5c-e069c1a0dbac');
INSERT INTO change_log VALUES(440,'jadwal','efe86a01-33db-435a-a777-574333942e53');
INSERT INTO change_log VALUES(441,'jadwal','fc066986-07b1-4c4f-82e6-97a38a4c27c1');
INSERT INTO change_log VALUES(442,'jadwal','a0482e8c-0719-4c7d-b3ba-490f50aec3c2');
INSERT INTO change_log VALUES(443,'jadwal','40c5f5d2-1801-4648-9182-4e0cd73f213d');
INSERT INTO change_log VALUES(444,'jadwal','d6986e60-8555-4cda-ba8b-e65a7fb8bd26');
INSERT INTO change_log VALUES(445,'jadwal','8a658a6e-5597-4ea4-aed9-e0e76973ce49');
INSERT INTO change_log VALUES(446,'jadwal','0af0820f-3808-45b0-9d94-db69bef36838');
INSERT INTO change_log VALUES(447,'jadwal','93682835-ad15-4982-978a-c0225b9f80bc');
INSERT INTO change_log VALUES(448,'jadwal','af682c9b-efbd-4ea5-be07-b307b79542a7');
INSERT INTO change_log VALUES(449,'jadwal','0ff25a1f-6dcf-4ed0-b0a1-48aa7d149c1d');
INSERT INTO change_log VALUES(450,'jadwal','dfb239de-579d-4c85-a6b1-2df2a0175600');
INSERT INTO change_log VALUES(451,'jadwal','f00c9c42-8aa8-4300-b3ac-989b5cf2c083');
INSERT INTO change_log VALUES(452,'jadwal','8658a07d-a24c-476b-8e09-d8434106acfb');
INSERT INTO change_log VALUES(453,'jadwal','898c7d3d-670c-4456-8c2f-f992582ad424');
INSERT INTO change_log VALUES(454,'jadwal','98c63eec-bd0b-4d4a-8b29-c4339ba14a3f');
INSERT INTO change_log VALUES(455,'jadwal','f522c511-b469-4d35-848b-0bf592a67093');
INSERT INTO change_log VALUES(456,'jadwal','513c6916-c5b2-46c2-8304-cdcf7d5ca429');
INSERT INTO change_log VALUES(457,'jadwal','bb464d24-3d20-4f68-b6d5-3690fa7ab5e7');
INSERT INTO change_log VALUES(458,'jadwal','da64275d-bd88-4912-8eab-f65ee321592e');
INSERT INTO change_log VALUES(459,'jadwal','16c0155a-8cc7-4ce6-94a8-56cac8dee985');
INSERT INTO change_log VALUES(460,'jadwal','449ac7e9-bd5b-4033-b1cd-1f27db14f9e1');
INSERT INTO change_log VALUES(461,'jadwal','2d01e7e4-75c1-4c60-9447-cce52fc6f25c');
INSERT INTO change_log VALUES(462,'jadwal','39ba2540-c613-4610-b8c7-42b5387a0a05');
INSERT INTO change_log VALUES(463,'jadwal','68003545-9f4b-46b1-8f0b-cb4aee39f48a');
INSERT INTO change_log VALUES(464,'jadwal','0afc8d7b-7464-4ed5-9778-8341776d2cd9');
INSERT INTO change_log VALUES(465,'jadwal','f60fc4dd-dabe-407f-862d-eff6f20cf72b');
INSERT INTO change_log VALUES(466,'jadwal','4a48a394-d2c1-4fdf-a2b5-f7bab87aa0d2');
INSERT INTO change_log VALUES(467,'jadwal','0bd7dc82-a17c-4253-977e-cd71b1ae1359');
INSERT INTO change_log VALUES(468,'jadwal','c7215ae5-e3b0-4b9f-9566-682f46a02dfc');
INSERT INTO change_log VALUES(469,'jadwal','cf37c8e6-b203-4a1e-960d-30f076e20c76');
INSERT INTO change_log VALUES(470,'jadwal','e3871208-6338-4fa3-82c5-46d1113b03b3');
INSERT INTO change_log VALUES(471,'jadwal','bea757ef-6e76-4f28-82d6-eea9867b08eb');
INSERT INTO change_log VALUES(472,'jadwal','1ea26af2-176d-4d72-ab3e-8c80507e30fe');
INSERT INTO change_log VALUES(473,'jadwal','1e824e0a-47b7-4771-af94-e003b2f1ee98');
INSERT INTO change_log VALUES(474,'jadwal','dd9a0c95-8586-442a-8e1e-e365b4a8f7de');
INSERT INTO change_log VALUES(475,'jadwal','535d366f-f2ca-464a-bf44-d7f4212751ef');
INSERT INTO change_log VALUES(476,'jadwal','514d1d86-e9fa-4ac9-93be-3fffcf55cd61');
INSERT INTO change_log VALUES(477,'jadwal','9d390362-43e8-4903-b9d2-badbf2fd4211');
INSERT INTO change_log VALUES(478,'jadwal','adf60560-0376-4ebe-852b-81ffac63a5a2');
INSERT INTO change_log VALUES(479,'jadwal','90d4a21c-2b93-4cfe-a90e-9fcb4886a968');
INSERT INTO change_log VALUES(480,'jadwal','7b272ae2-c6b6-42b8-8617-2613ee1d4cc5');
INSERT INTO change_log VALUES(481,'jadwal','848da3a7-fbe1-4d92-b5b5-c0d14747f6d8');
INSERT INTO change_log VALUES(482,'jadwal','bddeab63-fe9f-4c7e-b7ca-cbebc02928d8');
INSERT INTO change_log VALUES(483,'jadwal','20fcc689-8cad-471e-844b-e8f41309b16d');
INSERT INTO change_log VALUES(484,'jadwal','65cbf33f-4432-4ba6-8dd1-ea2844118b60');
INSERT INTO change_log VALUES(485,'jadwal','f69336ba-640d-4f3d-adea-d9f70205ccc0');
INSERT INTO change_log VALUES(486,'nilai','3c8eb251-b0ec-433e-9375-8ebf791da11f');
INSERT INTO change_log VALUES(487,'nilai','3133914b-7883-4c24-bcfe-9060ba33cb9f');
INSERT INTO change_log VALUES(488,'nilai','89aace3d-0c46-4a57-91b1-2fad020f76c3');
INSERT INTO change_log VALUES(489,'nilai','21b661a5-39eb-40ef-b793-bbdb7244f7f5');
INSERT INTO change_log VALUES(490,'nilai','28af9bea-53c0-48d8-8719-f58fd1fe3251');
INSERT INTO change_log VALUES(491,'nilai','a29763ad-6bd4-4a5f-b9fb-5bb3f9139eba');
INSERT INTO change_log VALUES(492,'nilai','4a3acad1-0bbc-4157-9e93-659634acbd1e');
INSERT INTO change_log VALUES(493,'nilai','468b46fc-16cf-4ac2-a7c1-8e8d2815bcc2');
INSERT INTO change_log VALUES(494,'nilai','1a3aeefc-fbe9-4696-b35b-d5ef55e99350');
INSERT INTO change_log VALUES(495,'nilai','fdd20dec-6567-4ad3-9367-3c3ce5115ecf');
INSERT INTO change_log VALUES(496,'nilai','cb263435-bda3-4f86-b276-ae9e661f1e52');
INSERT INTO change_log VALUES(497,'nilai','5d119481-0564-450a-a82a-9925f54be122');
INSERT INTO change_log VALUES(498,'nilai','58eec9dc-bd97-4d0f-8220-5261ef675b8a');
INSERT INTO change_log VALUES(499,'nilai','9677e5d7-285b-4dc0-919a-eed53820cffa');
INSERT INTO change_log VALUES(500,'nilai','187d8150-9a53-410b-8983-9e2079c4ab80');
INSERT INTO change_log VALUES(501,'nilai','0753f9bc-7fb6-4674-97b8-013072c265b7');
INSERT INTO change_log VALUES(502,'nilai','60d9e44b-9878-4c19-a50f-9d581e86d711');
INSERT INTO change_log VALUES(503,'nilai','ed539694-44a6-4715-a7b9-79ad4dec4ebd');
INSERT INTO change_log VALUES(504,'nilai','7fcea441-3d99-437f-82e0-01c8f0437dee');
INSERT INTO change_log VALUES(505,'nilai','ec6f390e-c5c8-4a31-aa6f-075c94b25595');
INSERT INTO change_log VALUES(506,'nilai','6e96e957-b528-43ec-b449-657cbc752789');
INSERT INTO change_log VALUES(507,'nilai','20188fea-e1d6-4891-8a03-aa7de87c7241');
INSERT INTO change_log VALUES(508,'nilai','93b2e81d-b4b8-4bf4-bc01-0c44505d704f');
INSERT INTO change_log VALUES(509,'nilai','ac2835e9-6f93-4ccf-ae3c-51c50b12868a');
INSERT INTO change_log VALUES(510,'nilai','75808b85-bece-444c-8445-cd9e558c7f19');
INSERT INTO change_log VALUES(511,'nilai','7e168020-4839-49c4-bdc7-999c544f4087');
INSERT INTO change_log VALUES(512,'nilai','75655952-3012-4e5b-a200-549137c6ead4');
INSERT INTO change_log VALUES(513,'nilai','63a079e8-ab41-4c45-b44b-5dd26c0c1c67');
INSERT INTO change_log VALUES(514,'nilai','4e2185ff-c80e-4ad0-90f5-f3c0f62c4c6e');
INSERT INTO change_log VALUES(515,'nilai','1790c586-edb3-4633-8f0b-a6c918460126');
INSERT INTO change_log VALUES(516,'nilai','3609b27f-3c26-43a1-9393-180dd1a6de77');
INSERT INTO change_log VALUES(517,'nilai','0d621a55-e73f-4f13-af0f-52c7891cf669');
INSERT INTO change_log VALUES(518,'nilai','e735959d-be60-4ca7-aac8-164e01eeda6d');
INSERT INTO change_log VALUES(519,'nilai','1a6db53f-2e33-4a1e-b786-4db25f5bedc7');
INSERT INTO change_log VALUES(520,'nilai','8084be9a-7790-4af4-857d-f3617b34cbe8');
INSERT INTO change_log VALUES(521,'nilai','33574a5b-a988-4e57-b36d-e2a0b1cba655');
INSERT INTO change_log VALUES(522,'nilai','7ae03f3d-c19c-44ed-ab77-d5b73b1b1531');
INSERT INTO change_log VALUES(523,'nilai','c38c5dd4-e2d0-441c-afe6-694ccca6151a');
INSERT INTO change_log VALUES(524,'nilai','529a3ef8-a101-4fe8-998d-83f95fb995e1');
INSERT INTO change_log VALUES(525,'nilai','c0a86402-4f5d-412b-b090-e77b1c82dedd');
INSERT INTO change_log VALUES(526,'nilai','0a55659a-d60c-4b8f-aa50-f156ba7b7f6f');
INSERT INTO change_log VALUES(527,'nilai','d184af6d-a81a-4e4e-8f23-c2c623b51dc2');
INSERT INTO change_log VALUES(528,'nilai','7158b3d9-2f86-42ff-b2bd-fe6b63bfad41');
INSERT INTO change_log VALUES(529,'nilai','6d45a4cc-a812-40ab-b25d-5f8f6b2147eb');
INSERT INTO change_log VALUES(530,'nilai','f2aa7843-1291-45c1-bb36-54e99c62fec2');
INSERT INTO change_log VALUES(531,'nilai','6de45c6a-1206-4ec0-b261-d4eec3827e7f');
INSERT INTO change_log VALUES(532,'nilai','47694dca-ac68-4632-8318-e1639131cd23');
INSERT INTO change_log VALUES(533,'nilai','c6a57298-ef1a-4cdb-bed2-3f56cf6a1a73');
INSERT INTO change_log VALUES(534,'nilai','e2065abd-6014-4065-9c63-96524a192af0');
INSERT INTO change_log VALUES(535,'nilai','a44c8267-bc01-4117-9baf-003c4dcd35d2');
INSERT INTO change_log VALUES(536,'nilai','f66fc94c-1d31-446b-b23d-823f40f1516b');
INSERT INTO change_log VALUES(537,'nilai','2919775b-8cdd-4963-8f2f-5abf7f3d2850');
INSERT INTO change_log VALUES(538,'nilai','092a52ef-f840-417f-9bc8-4abef139c5af');
INSERT INTO change_log VALUES(539,'nilai','7ed62717-e3c0-4607-8718-c8b498f6211a');
INSERT INTO change_log VALUES(540,'nilai','59961ccb-2620-4f7d-b4d6-960603b66183');
INSERT INTO change_log VALUES(541,'nilai','7a5f6d24-0bfa-454d-ac7a-56be91b0ea5c');
INSERT INTO change_log VALUES(542,'nilai','506210b9-6c45-4dce-a858-e7ec88f13b4e');
INSERT INTO change_log VALUES(543,'nilai','e050085b-9826-478c-b124-b9741c5df930');
INSERT INTO change_log VALUES(544,'nilai','caa5a9ef-8733-4bfa-8c29-4fc3789cd1b7');
INSERT INTO change_log VALUES(545,'nilai','3c26ae4f-b983-4ec1-9618-e68ed26b048d');
INSERT INTO change_log VALUES(546,'nilai','c3733f27-f55f-4139-80b2-174c0b57f8ab');
INSERT INTO change_log VALUES(547,'nilai','a9118537-f492-4ab7-ab1e-0c0165a507bc');
INSERT INTO change_log VALUES(548,'nilai','911edff1-4991-414e-ae2a-71c3b36b23e3');
INSERT INTO change_log VALUES(549,'nilai','a52c1eb3-c874-415c-b25d-6c6aa96a1111');
INSERT INTO change_log VALUES(550,'nilai','ba7b17b7-8158-47f4-a3e9-d8798d5c7f0b');
INSERT INTO change_log VALUES(551,'nilai','92affdf5-437b-490d-bd99-a397568d8b4a');
INSERT INTO change_log VALUES(552,'nilai','220cbf61-20ac-4224-9288-139bb1e1e8b8');
INSERT INTO change_log VALUES(553,'nilai','41c9fe45-a0ff-493f-867e-29ebeff67b3b');
INSERT INTO change_log VALUES(554,'nilai','93a83cd0-e291-4b4a-a9af-8ea11599af98');
INSERT INTO change_log VALUES(555,'nilai','32439677-4564-4e6d-8b32-37f0d086e108');
INSERT INTO change_log VALUES(556,'nilai','71677372-cffa-41b6-96c4-1c798dc95e54');
INSERT INTO change_log VALUES(557,'nilai','31411cd2-8b63-4ba7-a5e5-4caf67c980e3');
INSERT INTO change_log VALUES(558,'nilai','19ba3861-e3bc-43db-ad9c-fe0483c43d4b');
INSERT INTO change_log VALUES(559,'nilai','42fa9801-0412-49fc-a99c-c1f913dcd331');
INSERT INTO change_log VALUES(560,'nilai','533c874b-ea64-4b81-bc5f-a9710e537915');
INSERT INTO change_log VALUES(561,'nilai','5dc7705b-7344-4ecf-8361-5bc77a7d98c4');
INSERT INTO change_log VALUES(562,'nilai','2ea65f18-0b3c-4e6b-9a1e-6e3808745313');
INSERT INTO change_log VALUES(563,'nilai','7394f7f1-5f36-4e0c-ace4-8d15ebec9819');
INSERT INTO change_log VALUES(564,'nilai','151ccd6a-8ae9-4bf7-bbfc-05bd885655e9');
INSERT INTO change_log VALUES(565,'nilai','0b4fd025-1995-44d5-8135-85230346dad6');
INSERT INTO change_log VALUES(566,'nilai','f10c717b-9c9a-48a7-8817-548d222db6da');
INSERT INTO change_log VALUES(567,'nilai','44891f77-cac7-416b-9fec-2ecf6e31b2cb');
INSERT INTO change_log VALUES(568,'nilai','3c72592d-e436-4e28-a05d-70b614df1a34');
INSERT INTO change_log VALUES(569,'nilai','f25b1a30-d5bc-411a-a166-f92028e94a2f');
INSERT INTO change_log VALUES(570,'nilai','59f91c4f-4476-4e18-b064-48870953aa39');
INSERT INTO change_log VALUES(571,'nilai','66acf284-1144-46f4-ad6c-3885eff8078a');
INSERT INTO change_log VALUES(572,'nilai','c766a7a6-4344-4766-9877-90608da4b335');
INSERT INTO change_log VALUES(573,'nilai','cef3fd84-65f7-4f34-b188-9bab30598247');
INSERT INTO change_log VALUES(574,'nilai','294d8005-e6cb-4e59-974f-f280fc165712');
INSERT INTO change_log VALUES(575,'nilai','b1f2bb07-0cca-4d1b-a06a-bcfaf33e46ab');
INSERT INTO change_log VALUES(576,'nilai','25bcd903-1d73-4334-ad9f-e7d9e4fdb913');
INSERT INTO change_log VALUES(577,'nilai','908737b0-eab6-4502-95d3-2a8cfdd2bab5');
INSERT INTO change_log VALUES(578,'nilai','fc18e44b-54ab-48b2-a1be-953e8c13e87f');
INSERT INTO change_log VALUES(579,'nilai','0c3f3266-c92e-4bad-bf4f-9832ac1f1e7c');
INSERT INTO change_log VALUES(580,'nilai','6ac0afa2-7229-4014-9d2e-3dfd68c17cf6');
INSERT INTO change_log VALUES(581,'nilai','5afcc5c9-6cea-4eb6-a45a-7b0cf591d7de');
INSERT INTO change_log VALUES(582,'nilai','aa558f59-33d0-4606-96e3-5dd092c310cf');
INSERT INTO change_log VALUES(583,'nilai','b446f977-fd9e-4e54-b7e5-c0d84565dd19');
INSERT INTO change_log VALUES(584,'nilai','ca239339-2b17-4b88-b505-9b060b490f52');
INSERT INTO change_log VALUES(585,'nilai','a519574e-3e84-497b-8a3e-cdb8c0b3dfc1');
INSERT INTO change_log VALUES(586,'nilai','ca70b236-fcbf-4173-a000-59ca190ce8cc');
INSERT INTO change_log VALUES(587,'nilai','8978e5f4-238c-4d30-943b-2667dae8f1ad');
INSERT INTO change_log VALUES(588,'nilai','2b6b69b5-0c10-49a5-b720-af50098d04ba');
INSERT INTO change_log VALUES(589,'nilai','28f4fc45-4d19-4831-88c3-c714ff78fbf8');
INSERT INTO change_log VALUES(590,'nilai','3ab5f059-ca9c-485b-9ee9-01963f358627');
INSERT INTO change_log VALUES(591,'nilai','1a932dc9-2727-480d-b8d7-34b8bad46f84');
INSERT INTO change_log VALUES(592,'nilai','55163562-c975-4dc1-b717-84cce53b8cd4');
INSERT INTO change_log VALUES(593,'nilai','d912f298-9c88-4cfc-b8cc-237b1f22f09e');
INSERT INTO change_log VALUES(594,'nilai','56fd343b-dbdb-46fc-9934-0c1e0d808fa6');
INSERT INTO change_log VALUES(595,'nilai','a7822561-e06e-41e8-9e3e-fc9bfcac50d0');
INSERT INTO change_log VALUES(596,'nilai','827d9368-6924-4bb4-9cdb-e823c75f9b37');
INSERT INTO change_log VALUES(597,'nilai','43722814-53be-44e9-a23e-c7218d39cb85');
INSERT INTO change_log VALUES(598,'nilai','68cf3094-e4df-424d-9214-2836b4b6fea4');
INSERT INTO change_log VALUES(599,'nilai','dbd6ec84-6c58-46fe-9fa4-af051b168c50');
INSERT INTO change_log VALUES(600,'nilai','19cf945f-ad9e-4d87-af50-9986d9f7c437');
INSERT INTO change_log VALUES(601,'nilai','59b1b4a9-48a3-44b3-83f9-e9928ce6f210');
INSERT INTO change_log VALUES(602,'nilai','5492100c-9fae-4713-917a-913da23a3dda');
INSERT INTO change_log VALUES(603,'nilai','463e75f7-306a-48d1-86ce-fd5c8575e380');
INSERT INTO change_log VALUES(604,'nilai','ded3e91e-977e-418d-aa09-35c3bf579199');
INSERT INTO change_log VALUES(605,'nilai','4ef48f04-9706-4c79-be13-be4aa3402bac');
INSERT INTO change_log VALUES(606,'nilai','064caa0c-7d35-4e5a-80db-ce669770a961');
INSERT INTO change_log VALUES(607,'nilai','968316c8-4312-4efb-8bb2-27527a921869');
INSERT INTO change_log VALUES(608,'nilai','d93114ae-4ae4-4e93-9e25-b8aff1dff452');
INSERT INTO change_log VALUES(609,'nilai','100f54cd-973a-428b-b7de-e4aeb8b90bc8');
INSERT INTO change_log VALUES(610,'nilai','3b9639ee-e1a3-4974-acfc-87b058204668');
INSERT INTO change_log VALUES(611,'nilai','d66af074-1a9c-4504-90fb-094910983c42');
INSERT INTO change_log VALUES(612,'nilai','3f47c229-0abc-46f9-8f08-d75524c86e07');
INSERT INTO change_log VALUES(613,'nilai','009181ab-27a0-4ac1-8624-3f1d86fc27ef');
INSERT INTO change_log VALUES(614,'nilai','61c54fba-75cc-49ee-8001-7970085b5e52');
INSERT INTO change_log VALUES(615,'nilai','947f2480-4c95-4ed0-a078-fb9f5d21fe5e');
INSERT INTO change_log VALUES(616,'nilai','3b267d0d-3b0a-4143-95d8-90b705f4eac0');
INSERT INTO change_log VALUES(617,'nilai','ae11aaf8-f698-4632-a558-118760c76859');
INSERT INTO change_log VALUES(618,'nilai','0504f7f2-188f-49b2-beab-c0af1ca68c70');
INSERT INTO change_log VALUES(619,'nilai','7fa896ec-0b15-4807-b9bc-d699f5a51fa1');
INSERT INTO change_log VALUES(620,'nilai','1d13727c-a533-4da3-bb74-8079b79d201c');
INSERT INTO change_log VALUES(621,'nilai','ffcc8542-dd67-4e30-9ad8-858f7f438676');
INSERT INTO change_log VALUES(622,'nilai','e5f71813-2206-43b6-b3d2-c66a18a7350b');
INSERT INTO change_log VALUES(623,'nilai','21b00417-2b2d-4044-b7df-eb73c0552270');
INSERT INTO change_log VALUES(624,'nilai','9354ac97-cf53-4e0f-950a-f19dd4292eb0');
INSERT INTO change_log VALUES(625,'nilai','91841049-243b-4c59-9fc4-15e3471a44f7');
INSERT INTO change_log VALUES(626,'nilai','322d9986-177b-4cf4-b04e-6169c9257e3d');
INSERT INTO change_log VALUES(627,'nilai','27b3f145-b853-4c7b-a504-aa62b0aedc1a');
INSERT INTO change_log VALUES(628,'nilai','a1953d0c-099a-47cc-84a3-6440bbe4a64e');
INSERT INTO change_log VALUES(629,'nilai','a1f00432-5476-4c1f-9a18-f6cb6c728a2e');
INSERT INTO change_log VALUES(630,'nilai','dbd28a48-6164-4999-a90a-0aa709536d97');
INSERT INTO change_log VALUES(631,'nilai','4416e272-d464-4504-ad21-63fe36bfff84');
INSERT INTO change_log VALUES(632,'nilai','6aa0eba9-d105-4c9c-b238-922be45586a8');
INSERT INTO change_log VALUES(633,'nilai','90c371b4-758a-4f26-9958-0fe2a0297b84');
INSERT INTO change_log VALUES(634,'nilai','20aa8c80-ec26-451a-be42-45e74b7418d3');
INSERT INTO change_log VALUES(635,'nilai','f7f61455-77cd-4503-916e-c3977fb34727');
INSERT INTO change_log VALUES(636,'nilai','cbc6dbc8-52df-4255-bc01-c91ed1f77f2f');
INSERT INTO change_log VALUES(637,'nilai','d2fd1c1e-083e-49de-8ef1-bd529956bd38');
INSERT INTO change_log VALUES(638,'nilai','5e7055a2-4a26-4947-b6ff-b73deeb56d30');
INSERT INTO change_log VALUES(639,'nilai','e56b940f-9e31-4942-a6a1-0e86546c95dd');
INSERT INTO change_log VALUES(640,'nilai','71f570f4-77da-4ff7-bdaa-49680aed1e39');
INSERT INTO change_log VALUES(641,'nilai','5c2d174d-0463-43fb-8c05-12394668ee77');
INSERT INTO change_log VALUES(642,'nilai','1a5a4169-8345-47dc-b70c-bdefbc66ab22');
INSERT INTO change_log VALUES(643,'nilai','bd270f2f-b36c-48ad-b282-7bc5459a89e2');
INSERT INTO change_log VALUES(644,'nilai','fa3cb2bd-45bd-453e-badd-340d3026e582');
INSERT INTO change_log VALUES(645,'nilai','270e504d-2a66-4c5b-99a7-6c6255c39e14');
INSERT INTO change_log VALUES(646,'nilai','dc1d4d24-f304-4093-9712-bab5b85ecf1a');
INSERT INTO change_log VALUES(647,'nilai','dc8936d0-60ff-4fa4-9c08-c8a73c930a8d');
INSERT INTO change_log VALUES(648,'nilai','6e4a7798-4a6d-4e47-9e03-58b4d50a5034');
INSERT INTO change_log VALUES(649,'nilai','563e6b13-f8f8-48ae-b471-d242804a88e3');
INSERT INTO change_log VALUES(650,'nilai','5fa5c8c1-0d6c-4176-b56e-75581c043467');
INSERT INTO change_log VALUES(651,'nilai','c26c77d6-a5ac-4846-a8cd-76dacaa520c6');
INSERT INTO change_log VALUES(652,'nilai','56d3f1af-d142-4dd1-a0dc-a1e175ec6409');
INSERT INTO change_log VALUES(653,'nilai','547afb74-686c-4669-a503-96e6b5378b41');
INSERT INTO change_log VALUES(654,'nilai','a65aea43-3d6d-4b37-b908-8c1d0dfc836d');
INSERT INTO change_log VALUES(655,'nilai','65983e0b-84c7-4991-b181-ae7e5b55f1e5');
INSERT INTO change_log VALUES(656,'nilai','6ca3bfc0-f28e-44f5-b984-5e5930f22158');
INSERT INTO change_log VALUES(657,'nilai','df9d5a17-bd69-4152-8b55-3143d17bfa42');
INSERT INTO change_log VALUES(658,'nilai','7f2dc649-d18f-47f7-a21b-575ed8eaaee7');
INSERT INTO change_log VALUES(659,'nilai','afb24df0-c517-4db2-8ac0-38e7640b984e');
INSERT INTO change_log VALUES(660,'nilai','deba9458-ddfc-4e9b-aa70-349f9671172a');
INSERT INTO change_log VALUES(661,'nilai','26d181f1-e141-4dc2-bdda-23a6362cd34c');
INSERT INTO change_log VALUES(662,'nilai','896cd72f-7ba5-432d-9a76-d3403c531158');
INSERT INTO change_log VALUES(663,'nilai','e24b416c-0bc1-4b1b-a5ee-69b61398a28e');
INSERT INTO change_log VALUES(664,'nilai','8bfdbc08-1e42-44b4-9f72-46b841f2dab7');
INSERT INTO change_log VALUES(665,'nilai','565a0dcf-5f2f-41f3-8771-989f7d2b8335');
INSERT INTO change_log VALUES(666,'nilai','ec476d99-552c-4227-87e8-995fc599cd86');
INSERT INTO change_log VALUES(667,'nilai','fa5abd2f-835a-4a0d-baa6-d0319567ae21');
INSERT INTO change_log VALUES(668,'nilai','9f93a76c-6090-4d0a-a076-500823fbb10a');
INSERT INTO change_log VALUES(669,'nilai','19bc3a98-5730-4892-9d62-cd2f0d6d3c49');
INSERT INTO change_log VALUES(670,'nilai','02e60ef1-fdcd-4a4d-ba0e-8db69510be30');
INSERT INTO change_log VALUES(671,'nilai','eb592c3d-5968-4393-9b5f-5f6d7c5a53d1');
INSERT INTO change_log VALUES(672,'nilai','294c7601-fefa-45d9-a947-b1aee898b525');
INSERT INTO change_log VALUES(673,'nilai','6b8bdb1e-b963-4f18-833e-cd52e2abf0c7');
INSERT INTO change_log VALUES(674,'nilai','37f5f918-e7bc-438b-94af-e0eb47eba10e');
INSERT INTO change_log VALUES(675,'nilai','c586cf1c-418f-42e8-ba1b-986f56bfbfb4');
INSERT INTO change_log VALUES(676,'nilai','5c245d45-0822-4c47-b7d6-a8d2ec53664b');
INSERT INTO change_log VALUES(677,'nilai','db4870b0-52c8-48b1-974e-0d5d8cfd50f2');
INSERT INTO change_log VALUES(678,'nilai','21f24c93-24da-40e2-a364-63b144550ba0');
INSERT INTO change_log VALUES(679,'nilai','cfb8e8b5-ac5c-4ddf-a998-8db819911186');
INSERT INTO change_log VALUES(680,'nilai','b976d3a9-6146-4bc7-928d-e89486079883');
INSERT INTO change_log VALUES(681,'nilai','509b95d9-b7af-4719-979c-bfb7ba84080d');
INSERT INTO change_log VALUES(682,'nilai','1394781f-c41e-4847-b6a3-904fe90686d5');
INSERT INTO change_log VALUES(683,'nilai','4f07f59b-fcd7-4993-ba81-972e3da99a20');
INSERT INTO change_log VALUES(684,'nilai','3be5c9d0-6799-4f1a-8bfc-2fc0cc11674a');
INSERT INTO change_log VALUES(685,'nilai','dca18edc-8b49-4fdd-a6d7-f01fb50fa143');
INSERT INTO change_log VALUES(686,'nilai','76f63717-1e30-4f06-8f9c-45466cb10276');
INSERT INTO change_log VALUES(687,'nilai','82e47c7a-4fa4-4508-ae28-33fb90ee6ab8');
INSERT INTO change_log VALUES(688,'nilai','8731bf79-b573-429b-978d-a63663ecc87c');
INSERT INTO change_log VALUES(689,'nilai','232b32a1-155c-4ee3-bac5-05c48d03bc87');
INSERT INTO change_log VALUES(690,'nilai','9dde3459-1332-4337-8498-45caa95a25b8');
INSERT INTO change_log VALUES(691,'nilai','0689d951-1ac7-4f54-bab6-c388c6b0c32c');
INSERT INTO change_log VALUES(692,'nilai','d054759e-e704-4d06-a5e8-a771b124ed4c');
INSERT INTO change_log VALUES(693,'nilai','c4239448-536e-4a04-b7ea-28650b04c0be');
INSERT INTO change_log VALUES(694,'nilai','99c6786f-27c3-47f9-a6bb-c358ba997599');
INSERT INTO change_log VALUES(695,'nilai','e4b3e0a2-2df1-4248-90de-4c54a753b08a');
INSERT INTO change_log VALUES(696,'nilai','4f4e6160-032a-49ac-8fec-191d02f53ca4');
INSERT INTO change_log VALUES(697,'nilai','4b94142a-486e-4476-8161-f7727d22d11e');
INSERT INTO change_log VALUES(698,'nilai','f1f51323-7c56-40cc-84f5-588d62f2ef1e');
INSERT INTO change_log VALUES(699,'nilai','d0fb864f-7404-46f9-a5c8-3b3345072dfd');
INSERT INTO change_log VALUES(700,'nilai','46e8272f-e101-42a5-85ae-da011bb1fa7d');
INSERT INTO change_log VALUES(701,'nilai','b11f8aca-b93d-4639-b114-2b73bc1efde7');
CREATE TABLE change_tracking_control (
	id INTEGER NOT NULL, 
	suppress INTEGER NOT NULL, 
	CONSTRAINT pk_change_tracking_control PRIMARY KEY (id)
);
INSERT INTO change_tracking_control VALUES(1,0);
CREATE TABLE sync_state (
	id INTEGER NOT NULL, 
	acked_counter INTEGER NOT NULL, 
	CONSTRAINT pk_sync_state PRIMARY KEY (id)
);
INSERT INTO sync_state VALUES(1,0);
CREATE TABLE sync_upload (
	id INTEGER NOT NULL, 
	package_id VARCHAR(36) NOT NULL, 
	path TEXT NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	size INTEGER NOT NULL, 
	upload_url TEXT, 
	"offset" INTEGER NOT NULL, 
	base_counter INTEGER NOT NULL, 
	cut_counter INTEGER NOT NULL, 
	base_cursor INTEGER NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	rebuilt INTEGER NOT NULL, 
	counts JSON NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_sync_upload PRIMARY KEY (id), 
	CONSTRAINT uq_sync_upload_package_id UNIQUE (package_id)
);
CREATE TABLE sync_run (
	id INTEGER NOT NULL, 
	started_at DATETIME NOT NULL, 
	finished_at DATETIME, 
	user_id VARCHAR(36), 
	server_url TEXT, 
	clock_offset_s FLOAT, 
	package_id VARCHAR(36), 
	bytes_sent INTEGER NOT NULL, 
	bytes_resent INTEGER NOT NULL, 
	counts JSON NOT NULL, 
	server_status VARCHAR(40), 
	server_history JSON NOT NULL, 
	exceptions JSON NOT NULL, 
	rows_pulled INTEGER NOT NULL, 
	conflicts JSON NOT NULL, 
	notes JSON NOT NULL, 
	errors JSON NOT NULL, 
	outcome VARCHAR(20) NOT NULL, 
	CONSTRAINT pk_sync_run PRIMARY KEY (id)
);
CREATE TABLE webservice_token (
	token_id INTEGER NOT NULL, 
	nama VARCHAR(60) NOT NULL, 
	token_hash VARCHAR(64) NOT NULL, 
	allowed_ip VARCHAR(45), 
	created_at DATETIME NOT NULL, 
	revoked_at DATETIME, 
	last_used_at DATETIME, 
	last_used_ip VARCHAR(45), 
	CONSTRAINT pk_webservice_token PRIMARY KEY (token_id), 
	CONSTRAINT uq_webservice_token_token_hash UNIQUE (token_hash)
);
INSERT INTO webservice_token VALUES(1,'E-Rapor','e531121cba8be71c1db0a24e392e2c404ba8ea3978a0a42b4900c3588fe376d3',NULL,'2026-12-07 19:31:34.555943',NULL,NULL,NULL);
CREATE TABLE pmp_respondent (
	respondent_id VARCHAR(36) NOT NULL, 
	kunci VARCHAR(80) NOT NULL, 
	jenis VARCHAR(20) NOT NULL, 
	nama VARCHAR(100) NOT NULL, 
	keterangan VARCHAR(100), 
	created_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	CONSTRAINT pk_pmp_respondent PRIMARY KEY (respondent_id), 
	CONSTRAINT uq_pmp_respondent_kunci UNIQUE (kunci)
);
INSERT INTO pmp_respondent VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','ptk:df2986b2-e7f2-4366-bec4-f31ced5eeb81','kepala_sekolah','Lutfi Wijaya','Kepala Sekolah','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','ptk:5e35055f-1048-4dfa-9fe2-fe3ed7879ce4','guru','Yuni Lestari','Guru Kelas','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','ptk:2c47ba69-b974-44a0-a656-e638ec4292b6','guru','Ratna Anggraini','Guru Kelas','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','ptk:f28d937a-f6c5-4bc1-81ea-df91c263064f','guru','Reza Permatasari','Guru Mapel','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','ptk:63a362b4-bb8a-4881-a453-0e4c15e5bc12','guru','Fajar Suryani','Guru Kelas','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','ptk:71c76b67-dde5-4d3a-9757-944c4436734f','guru','Lestari Puspitasari','Guru Kelas','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','ptk:5479cbec-27e4-47b1-9878-c0bffb8ac7f1','guru','Aisyah Lubis','Guru Kelas','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','ptk:4fe0f36e-c728-47b1-beac-0d53cef48cda','guru','Bayu Siregar','Guru Kelas','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','ptk:0592fd56-221b-44c4-bd70-f3e1a4c2cc1c','guru','Gilang Purnama','Guru Mapel','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','pd:7a8bae92-7cec-4917-a900-b41ce3ca788f','peserta_didik','Wahyu Susanti','Kelas 5','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','pd:285c5e70-4960-4b0e-b366-4ca195edc972','peserta_didik','Zahra Hasanah','Kelas 4','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','pd:774266a0-a012-4208-a406-b3f05e015f83','peserta_didik','Yuni Maharani','Kelas 5','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('3510f132-8163-4761-926c-badc8d0a9adf','pd:c16eb3ed-bbe9-4bce-93f6-460f0d66d8eb','peserta_didik','Febri Permatasari','Kelas 6','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','pd:4fe72662-117a-433f-b3ff-694d09401791','peserta_didik','Lestari Wibowo','Kelas 6','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','pd:1319cd0e-78ac-45ae-a685-0952d9ad511e','peserta_didik','Umar Setiawan','Kelas 6','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','pd:cb48f2e7-3d05-4c2d-95ce-96ef8f320693','peserta_didik','Joko Wibowo','Kelas 6','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','pd:fe242654-1a1a-478e-9dd7-111b1088b6c3','peserta_didik','Nanda Nugroho','Kelas 4','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','pd:6c58a2f3-5063-4e1c-a274-57109d53d557','peserta_didik','Nadia Susanti','Kelas 4','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','pd:f22de0b3-e4d6-4753-9393-84bb86488992','peserta_didik','Reza Sulistyowati','Kelas 4','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('406973a3-759b-450b-ac23-81d143d259ca','pd:84c6d6a6-e116-49c5-8dd7-8343c6fa9381','peserta_didik','Krisna Permatasari','Kelas 5','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','pd:36bd2398-9c7d-419f-ab66-1c9f2dd9deee','peserta_didik','Hafiz Permana','Kelas 5','2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','nama:1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','komite_sekolah','Putra Sutrisno',NULL,'2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','nama:9c1a2ec0-277c-41c8-b0fb-8f49ade34861','komite_sekolah','Wulan Wulandari',NULL,'2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','nama:94187ba0-1806-431f-ae1a-45ceb9b9950d','komite_sekolah','Vina Kusuma',NULL,'2026-12-07 19:31:34');
INSERT INTO pmp_respondent VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','nama:9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','pengawas','Hafiz Sulistyowati',NULL,'2026-12-07 19:31:34');
CREATE TABLE pmp_response (
	respondent_id VARCHAR(36) NOT NULL, 
	kode_pertanyaan VARCHAR(20) NOT NULL, 
	jawaban VARCHAR(10) NOT NULL, 
	answered_at DATETIME NOT NULL, 
	CONSTRAINT pk_pmp_response PRIMARY KEY (respondent_id, kode_pertanyaan), 
	CONSTRAINT fk_pmp_response_respondent_id_pmp_respondent FOREIGN KEY(respondent_id) REFERENCES pmp_respondent (respondent_id)
);
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-SKL-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-SKL-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-SKL-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-ISI-01','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-ISI-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-ISI-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-PRO-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-PRO-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-PRO-03','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-PEN-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-PEN-02','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-PEN-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-PTK-01','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-PTK-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-PTK-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-SAR-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-SAR-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-SAR-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-PNG-01','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-PNG-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-PNG-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-BIA-01','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('a026d919-f4e8-4e25-a172-6c9487ac97e6','KS-BIA-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-SKL-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-SKL-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-SKL-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-ISI-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-ISI-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-ISI-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-PRO-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-PRO-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-PRO-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-PEN-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-PEN-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-PEN-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-PTK-01','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-PTK-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-PTK-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-SAR-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-SAR-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-SAR-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-PNG-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-PNG-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-PNG-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-BIA-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('35bbe0f5-f0b8-4cde-9f8e-a2a9ce391448','G-BIA-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-SKL-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-SKL-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-SKL-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-ISI-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-ISI-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-ISI-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-PRO-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-PRO-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-PRO-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-PEN-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-PEN-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-PEN-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-PTK-01','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-PTK-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-PTK-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-SAR-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-SAR-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-SAR-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-PNG-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-PNG-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-PNG-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-BIA-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('8d75d32c-bb18-4898-bfa1-d5f22c20210d','G-BIA-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-SKL-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-SKL-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-SKL-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-ISI-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-ISI-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-ISI-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-PRO-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-PRO-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-PRO-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-PEN-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-PEN-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-PEN-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-PTK-01','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-PTK-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-PTK-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-SAR-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-SAR-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-SAR-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-PNG-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-PNG-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-PNG-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-BIA-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('cc794e15-db80-4c75-b918-66037fcd69f4','G-BIA-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-SKL-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-SKL-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-SKL-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-ISI-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-ISI-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-ISI-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-PRO-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-PRO-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-PRO-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-PEN-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-PEN-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-PEN-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-PTK-01','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-PTK-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-PTK-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-SAR-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-SAR-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-SAR-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-PNG-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-PNG-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-PNG-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-BIA-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3b63d086-b8a4-48d3-8143-b199924c4c62','G-BIA-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-SKL-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-SKL-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-SKL-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-ISI-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-ISI-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-ISI-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-PRO-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-PRO-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-PRO-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-PEN-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-PEN-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-PEN-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-PTK-01','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-PTK-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-PTK-03','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-SAR-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-SAR-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-SAR-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-PNG-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-PNG-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-PNG-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-BIA-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('fd57c07d-62c6-405f-95fa-817e7b074f5b','G-BIA-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-SKL-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-SKL-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-SKL-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-ISI-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-ISI-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-ISI-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-PRO-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-PRO-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-PRO-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-PEN-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-PEN-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-PEN-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-PTK-01','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-PTK-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-PTK-03','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-SAR-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-SAR-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-SAR-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-PNG-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-PNG-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-PNG-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-BIA-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('88b895b6-a05b-41ec-a44c-dd40e96f0ead','G-BIA-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-SKL-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-SKL-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-SKL-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-ISI-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-ISI-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-ISI-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-PRO-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-PRO-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-PRO-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-PEN-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-PEN-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-PEN-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-PTK-01','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-PTK-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-PTK-03','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-SAR-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-SAR-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-SAR-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-PNG-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-PNG-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-PNG-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-BIA-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('185e38f3-84f0-463c-a1ba-e1cc60f2d28f','G-BIA-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-SKL-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-SKL-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-SKL-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-ISI-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-ISI-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-ISI-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-PRO-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-PRO-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-PRO-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-PEN-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-PEN-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-PEN-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-PTK-01','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-PTK-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-PTK-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-SAR-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-SAR-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-SAR-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-PNG-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-PNG-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-PNG-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-BIA-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7b8eb9af-4d44-45b3-bca7-a5f513a65356','G-BIA-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-SKL-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-SKL-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-SKL-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-ISI-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-ISI-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-ISI-03','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-PRO-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-PRO-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-PRO-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-PEN-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-PEN-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-PEN-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-PTK-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-PTK-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-PTK-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-SAR-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-SAR-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-SAR-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-PNG-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-PNG-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-PNG-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-BIA-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('3510f132-8163-4761-926c-badc8d0a9adf','PD-BIA-02','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-SKL-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-SKL-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-SKL-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-ISI-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-ISI-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-ISI-03','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-PRO-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-PRO-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-PRO-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-PEN-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-PEN-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-PEN-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-PTK-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-PTK-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-PTK-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-SAR-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-SAR-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-SAR-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-PNG-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-PNG-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-PNG-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-BIA-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('735bcc40-6c29-49e3-957e-f991d31d222e','PD-BIA-02','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-SKL-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-SKL-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-SKL-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-ISI-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-ISI-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-ISI-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-PRO-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-PRO-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-PRO-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-PEN-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-PEN-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-PEN-03','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-PTK-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-PTK-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-PTK-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-SAR-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-SAR-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-SAR-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-PNG-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-PNG-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-PNG-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-BIA-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('06deb7d5-a6b1-480c-aa43-20245ea5fc9a','PD-BIA-02','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-SKL-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-SKL-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-SKL-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-ISI-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-ISI-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-ISI-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-PRO-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-PRO-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-PRO-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-PEN-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-PEN-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-PEN-03','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-PTK-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-PTK-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-PTK-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-SAR-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-SAR-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-SAR-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-PNG-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-PNG-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-PNG-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-BIA-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('406973a3-759b-450b-ac23-81d143d259ca','PD-BIA-02','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-SKL-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-SKL-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-SKL-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-ISI-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-ISI-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-ISI-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-PRO-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-PRO-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-PRO-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-PEN-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-PEN-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-PEN-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-PTK-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-PTK-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-PTK-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-SAR-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-SAR-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-SAR-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-PNG-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-PNG-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-PNG-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-BIA-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0cf1f477-cee6-421f-a657-a70e14dacb1a','PD-BIA-02','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-SKL-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-SKL-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-SKL-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-ISI-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-ISI-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-ISI-03','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-PRO-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-PRO-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-PRO-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-PEN-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-PEN-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-PEN-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-PTK-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-PTK-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-PTK-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-SAR-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-SAR-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-SAR-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-PNG-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-PNG-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-PNG-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-BIA-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('7affe9c3-cfed-4725-886c-5abddae635e8','PD-BIA-02','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-SKL-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-SKL-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-SKL-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-ISI-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-ISI-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-ISI-03','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-PRO-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-PRO-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-PRO-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-PEN-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-PEN-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-PEN-03','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-PTK-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-PTK-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-PTK-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-SAR-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-SAR-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-SAR-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-PNG-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-PNG-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-PNG-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-BIA-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('dd0f9b3e-f87a-409b-852f-29dfb4025557','PD-BIA-02','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-SKL-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-SKL-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-SKL-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-ISI-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-ISI-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-ISI-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-PRO-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-PRO-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-PRO-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-PEN-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-PEN-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-PEN-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-PTK-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-PTK-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-PTK-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-SAR-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-SAR-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-SAR-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-PNG-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-PNG-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-PNG-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-BIA-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('bd502593-02a9-49a8-934a-4d078a73f8bc','PD-BIA-02','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-SKL-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-SKL-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-SKL-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-ISI-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-ISI-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-ISI-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-PRO-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-PRO-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-PRO-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-PEN-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-PEN-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-PEN-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-PTK-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-PTK-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-PTK-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-SAR-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-SAR-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-SAR-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-PNG-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-PNG-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-PNG-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-BIA-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('4ab9251c-8ef8-4ca4-b241-bd9c2840203a','PD-BIA-02','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-SKL-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-SKL-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-SKL-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-ISI-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-ISI-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-ISI-03','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-PRO-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-PRO-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-PRO-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-PEN-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-PEN-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-PEN-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-PTK-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-PTK-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-PTK-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-SAR-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-SAR-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-SAR-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-PNG-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-PNG-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-PNG-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-BIA-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('e317671e-be5f-4373-a3f5-f3b1eaf26768','PD-BIA-02','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-SKL-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-SKL-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-SKL-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-ISI-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-ISI-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-ISI-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-PRO-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-PRO-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-PRO-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-PEN-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-PEN-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-PEN-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-PTK-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-PTK-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-PTK-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-SAR-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-SAR-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-SAR-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-PNG-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-PNG-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-PNG-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-BIA-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('d8eae1ce-1089-4f45-af42-99a13bf88649','PD-BIA-02','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-SKL-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-SKL-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-SKL-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-ISI-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-ISI-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-ISI-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-PRO-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-PRO-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-PRO-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-PEN-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-PEN-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-PEN-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-PTK-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-PTK-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-PTK-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-SAR-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-SAR-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-SAR-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-PNG-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-PNG-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-PNG-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-BIA-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('0d293f6b-71ce-4111-a16c-db77b0692738','PD-BIA-02','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-SKL-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-SKL-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-SKL-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-ISI-01','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-ISI-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-ISI-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-PRO-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-PRO-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-PRO-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-PEN-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-PEN-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-PEN-03','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-PTK-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-PTK-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-PTK-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-SAR-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-SAR-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-SAR-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-PNG-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-PNG-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-PNG-03','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-BIA-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('1d453b94-5d73-4dbd-8b9a-fcfd3ffa2bed','KM-BIA-02','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-SKL-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-SKL-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-SKL-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-ISI-01','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-ISI-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-ISI-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-PRO-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-PRO-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-PRO-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-PEN-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-PEN-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-PEN-03','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-PTK-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-PTK-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-PTK-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-SAR-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-SAR-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-SAR-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-PNG-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-PNG-02','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-PNG-03','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-BIA-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('94187ba0-1806-431f-ae1a-45ceb9b9950d','KM-BIA-02','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-SKL-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-SKL-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-SKL-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-ISI-01','T','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-ISI-02','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-ISI-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-PRO-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-PRO-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-PRO-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-PEN-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-PEN-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-PEN-03','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-PTK-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-PTK-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-PTK-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-SAR-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-SAR-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-SAR-03','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-PNG-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-PNG-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-PNG-03','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-BIA-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9c1a2ec0-277c-41c8-b0fb-8f49ade34861','KM-BIA-02','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-SKL-01','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-SKL-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-SKL-03','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-ISI-01','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-ISI-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-ISI-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-PRO-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-PRO-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-PRO-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-PEN-01','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-PEN-02','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-PEN-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-PTK-01','1','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-PTK-02','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-PTK-03','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-SAR-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-SAR-02','Y','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-SAR-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-PNG-01','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-PNG-02','3','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-PNG-03','2','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-BIA-01','4','2026-11-02 09:00:00.000000');
INSERT INTO pmp_response VALUES('9a6388ac-58b7-41ad-90c1-5ac95d1fe3ee','PW-BIA-02','2','2026-11-02 09:00:00.000000');
CREATE TABLE login_attempt (
	name VARCHAR(60) NOT NULL, 
	failures INTEGER NOT NULL, 
	locked_until DATETIME, 
	CONSTRAINT pk_login_attempt PRIMARY KEY (name)
);
CREATE TABLE validation_run (
	run_id INTEGER NOT NULL, 
	started_at DATETIME NOT NULL, 
	elapsed_s FLOAT NOT NULL, 
	scope VARCHAR(100) NOT NULL, 
	rule_count INTEGER NOT NULL, 
	CONSTRAINT pk_validation_run PRIMARY KEY (run_id)
);
INSERT INTO validation_run VALUES(1,'2026-12-07 19:31:34.442430',0.021504431000039403443,'semua',139);
CREATE TABLE validation_result (
	result_id INTEGER NOT NULL, 
	run_id INTEGER NOT NULL, 
	code VARCHAR(20) NOT NULL, 
	tab VARCHAR(30) NOT NULL, 
	severity VARCHAR(10) NOT NULL, 
	table_name VARCHAR(40) NOT NULL, 
	row_id VARCHAR(36) NOT NULL, 
	message TEXT NOT NULL, 
	params TEXT NOT NULL, 
	CONSTRAINT pk_validation_result PRIMARY KEY (result_id), 
	CONSTRAINT fk_validation_result_run_id_validation_run FOREIGN KEY(run_id) REFERENCES validation_run (run_id)
);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('change_log',701);
CREATE INDEX ix_ref_wilayah_mst_kode_wilayah ON ref_wilayah (mst_kode_wilayah);
CREATE INDEX ix_peserta_didik_nama ON peserta_didik (nama);
CREATE INDEX ix_peserta_didik_nik ON peserta_didik (nik);
CREATE INDEX ix_peserta_didik_nisn ON peserta_didik (nisn);
CREATE INDEX ix_ptk_nama ON ptk (nama);
CREATE INDEX ix_ptk_nik ON ptk (nik);
CREATE INDEX ix_ptk_nuptk ON ptk (nuptk);
CREATE INDEX ix_peserta_didik_longitudinal_peserta_didik_id ON peserta_didik_longitudinal (peserta_didik_id);
CREATE INDEX ix_rwy_pend_formal_ptk_id ON rwy_pend_formal (ptk_id);
CREATE INDEX ix_pengguna_ptk_id ON pengguna (ptk_id);
CREATE INDEX ix_pengguna_sekolah_id ON pengguna (sekolah_id);
CREATE INDEX ix_ptk_terdaftar_ptk_id ON ptk_terdaftar (ptk_id);
CREATE INDEX ix_ptk_terdaftar_sekolah_id ON ptk_terdaftar (sekolah_id);
CREATE INDEX ix_registrasi_peserta_didik_peserta_didik_id ON registrasi_peserta_didik (peserta_didik_id);
CREATE INDEX ix_registrasi_peserta_didik_sekolah_id ON registrasi_peserta_didik (sekolah_id);
CREATE INDEX ix_sekolah_longitudinal_sekolah_id ON sekolah_longitudinal (sekolah_id);
CREATE INDEX ix_tanah_sekolah_id ON tanah (sekolah_id);
CREATE INDEX ix_tugas_tambahan_ptk_id ON tugas_tambahan (ptk_id);
CREATE INDEX ix_tugas_tambahan_sekolah_id ON tugas_tambahan (sekolah_id);
CREATE INDEX ix_bangunan_id_tanah ON bangunan (id_tanah);
CREATE INDEX ix_bangunan_sekolah_id ON bangunan (sekolah_id);
CREATE INDEX ix_bangunan_longitudinal_id_bangunan ON bangunan_longitudinal (id_bangunan);
CREATE INDEX ix_ruang_id_bangunan ON ruang (id_bangunan);
CREATE INDEX ix_ruang_sekolah_id ON ruang (sekolah_id);
CREATE INDEX ix_alat_id_ruang ON alat (id_ruang);
CREATE INDEX ix_alat_sekolah_id ON alat (sekolah_id);
CREATE INDEX ix_rombongan_belajar_id_ruang ON rombongan_belajar (id_ruang);
CREATE INDEX ix_rombongan_belajar_ptk_id ON rombongan_belajar (ptk_id);
CREATE INDEX ix_rombongan_belajar_sekolah_id ON rombongan_belajar (sekolah_id);
CREATE INDEX ix_ruang_longitudinal_id_ruang ON ruang_longitudinal (id_ruang);
CREATE INDEX ix_alat_longitudinal_id_alat ON alat_longitudinal (id_alat);
CREATE INDEX ix_anggota_rombel_peserta_didik_id ON anggota_rombel (peserta_didik_id);
CREATE INDEX ix_anggota_rombel_rombongan_belajar_id ON anggota_rombel (rombongan_belajar_id);
CREATE INDEX ix_pembelajaran_ptk_terdaftar_id ON pembelajaran (ptk_terdaftar_id);
CREATE INDEX ix_pembelajaran_rombongan_belajar_id ON pembelajaran (rombongan_belajar_id);
CREATE INDEX ix_jadwal_id_ruang ON jadwal (id_ruang);
CREATE INDEX ix_jadwal_pembelajaran_id ON jadwal (pembelajaran_id);
CREATE INDEX ix_jadwal_sekolah_id ON jadwal (sekolah_id);
CREATE INDEX ix_nilai_anggota_rombel_id ON nilai (anggota_rombel_id);
CREATE INDEX ix_nilai_pembelajaran_id ON nilai (pembelajaran_id);
CREATE UNIQUE INDEX uq_webservice_token_active_nama ON webservice_token (nama) WHERE revoked_at IS NULL;
CREATE INDEX ix_pmp_respondent_jenis ON pmp_respondent (jenis);
CREATE INDEX ix_validation_result_code ON validation_result (code);
CREATE INDEX ix_validation_result_row_id ON validation_result (row_id);
CREATE INDEX ix_validation_result_run_id ON validation_result (run_id);
CREATE INDEX ix_validation_result_tab ON validation_result (tab);
CREATE TRIGGER trg_sekolah_change_ins AFTER INSERT ON sekolah WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('sekolah', NEW.sekolah_id); END;
CREATE TRIGGER trg_sekolah_change_upd AFTER UPDATE ON sekolah WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('sekolah', NEW.sekolah_id); END;
CREATE TRIGGER trg_sekolah_longitudinal_change_ins AFTER INSERT ON sekolah_longitudinal WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('sekolah_longitudinal', NEW.sekolah_longitudinal_id); END;
CREATE TRIGGER trg_sekolah_longitudinal_change_upd AFTER UPDATE ON sekolah_longitudinal WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('sekolah_longitudinal', NEW.sekolah_longitudinal_id); END;
CREATE TRIGGER trg_tanah_change_ins AFTER INSERT ON tanah WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('tanah', NEW.id_tanah); END;
CREATE TRIGGER trg_tanah_change_upd AFTER UPDATE ON tanah WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('tanah', NEW.id_tanah); END;
CREATE TRIGGER trg_bangunan_change_ins AFTER INSERT ON bangunan WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('bangunan', NEW.id_bangunan); END;
CREATE TRIGGER trg_bangunan_change_upd AFTER UPDATE ON bangunan WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('bangunan', NEW.id_bangunan); END;
CREATE TRIGGER trg_bangunan_longitudinal_change_ins AFTER INSERT ON bangunan_longitudinal WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('bangunan_longitudinal', NEW.bangunan_longitudinal_id); END;
CREATE TRIGGER trg_bangunan_longitudinal_change_upd AFTER UPDATE ON bangunan_longitudinal WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('bangunan_longitudinal', NEW.bangunan_longitudinal_id); END;
CREATE TRIGGER trg_ruang_change_ins AFTER INSERT ON ruang WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('ruang', NEW.id_ruang); END;
CREATE TRIGGER trg_ruang_change_upd AFTER UPDATE ON ruang WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('ruang', NEW.id_ruang); END;
CREATE TRIGGER trg_ruang_longitudinal_change_ins AFTER INSERT ON ruang_longitudinal WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('ruang_longitudinal', NEW.ruang_longitudinal_id); END;
CREATE TRIGGER trg_ruang_longitudinal_change_upd AFTER UPDATE ON ruang_longitudinal WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('ruang_longitudinal', NEW.ruang_longitudinal_id); END;
CREATE TRIGGER trg_alat_change_ins AFTER INSERT ON alat WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('alat', NEW.id_alat); END;
CREATE TRIGGER trg_alat_change_upd AFTER UPDATE ON alat WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('alat', NEW.id_alat); END;
CREATE TRIGGER trg_alat_longitudinal_change_ins AFTER INSERT ON alat_longitudinal WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('alat_longitudinal', NEW.alat_longitudinal_id); END;
CREATE TRIGGER trg_alat_longitudinal_change_upd AFTER UPDATE ON alat_longitudinal WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('alat_longitudinal', NEW.alat_longitudinal_id); END;
CREATE TRIGGER trg_ptk_change_ins AFTER INSERT ON ptk WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('ptk', NEW.ptk_id); END;
CREATE TRIGGER trg_ptk_change_upd AFTER UPDATE ON ptk WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('ptk', NEW.ptk_id); END;
CREATE TRIGGER trg_ptk_terdaftar_change_ins AFTER INSERT ON ptk_terdaftar WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('ptk_terdaftar', NEW.ptk_terdaftar_id); END;
CREATE TRIGGER trg_ptk_terdaftar_change_upd AFTER UPDATE ON ptk_terdaftar WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('ptk_terdaftar', NEW.ptk_terdaftar_id); END;
CREATE TRIGGER trg_rwy_pend_formal_change_ins AFTER INSERT ON rwy_pend_formal WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('rwy_pend_formal', NEW.riwayat_pendidikan_formal_id); END;
CREATE TRIGGER trg_rwy_pend_formal_change_upd AFTER UPDATE ON rwy_pend_formal WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('rwy_pend_formal', NEW.riwayat_pendidikan_formal_id); END;
CREATE TRIGGER trg_tugas_tambahan_change_ins AFTER INSERT ON tugas_tambahan WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('tugas_tambahan', NEW.ptk_tugas_tambahan_id); END;
CREATE TRIGGER trg_tugas_tambahan_change_upd AFTER UPDATE ON tugas_tambahan WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('tugas_tambahan', NEW.ptk_tugas_tambahan_id); END;
CREATE TRIGGER trg_peserta_didik_change_ins AFTER INSERT ON peserta_didik WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('peserta_didik', NEW.peserta_didik_id); END;
CREATE TRIGGER trg_peserta_didik_change_upd AFTER UPDATE ON peserta_didik WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('peserta_didik', NEW.peserta_didik_id); END;
CREATE TRIGGER trg_registrasi_peserta_didik_change_ins AFTER INSERT ON registrasi_peserta_didik WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('registrasi_peserta_didik', NEW.registrasi_id); END;
CREATE TRIGGER trg_registrasi_peserta_didik_change_upd AFTER UPDATE ON registrasi_peserta_didik WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('registrasi_peserta_didik', NEW.registrasi_id); END;
CREATE TRIGGER trg_peserta_didik_longitudinal_change_ins AFTER INSERT ON peserta_didik_longitudinal WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('peserta_didik_longitudinal', NEW.peserta_didik_longitudinal_id); END;
CREATE TRIGGER trg_peserta_didik_longitudinal_change_upd AFTER UPDATE ON peserta_didik_longitudinal WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('peserta_didik_longitudinal', NEW.peserta_didik_longitudinal_id); END;
CREATE TRIGGER trg_rombongan_belajar_change_ins AFTER INSERT ON rombongan_belajar WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('rombongan_belajar', NEW.rombongan_belajar_id); END;
CREATE TRIGGER trg_rombongan_belajar_change_upd AFTER UPDATE ON rombongan_belajar WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('rombongan_belajar', NEW.rombongan_belajar_id); END;
CREATE TRIGGER trg_anggota_rombel_change_ins AFTER INSERT ON anggota_rombel WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('anggota_rombel', NEW.anggota_rombel_id); END;
CREATE TRIGGER trg_anggota_rombel_change_upd AFTER UPDATE ON anggota_rombel WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('anggota_rombel', NEW.anggota_rombel_id); END;
CREATE TRIGGER trg_pembelajaran_change_ins AFTER INSERT ON pembelajaran WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('pembelajaran', NEW.pembelajaran_id); END;
CREATE TRIGGER trg_pembelajaran_change_upd AFTER UPDATE ON pembelajaran WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('pembelajaran', NEW.pembelajaran_id); END;
CREATE TRIGGER trg_jadwal_change_ins AFTER INSERT ON jadwal WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('jadwal', NEW.jadwal_id); END;
CREATE TRIGGER trg_jadwal_change_upd AFTER UPDATE ON jadwal WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('jadwal', NEW.jadwal_id); END;
CREATE TRIGGER trg_nilai_change_ins AFTER INSERT ON nilai WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('nilai', NEW.nilai_id); END;
CREATE TRIGGER trg_nilai_change_upd AFTER UPDATE ON nilai WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES ('nilai', NEW.nilai_id); END;
COMMIT;
