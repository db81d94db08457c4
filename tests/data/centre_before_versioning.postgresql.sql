--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: alat; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alat (
    id_alat character varying(36) NOT NULL,
    sekolah_id character varying(36) NOT NULL,
    id_ruang character varying(36),
    jenis_sarana_id integer,
    nama character varying(50) NOT NULL,
    spesifikasi character varying(100),
    status_kepemilikan_id integer,
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: alat_longitudinal; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alat_longitudinal (
    alat_longitudinal_id character varying(36) NOT NULL,
    id_alat character varying(36) NOT NULL,
    semester_id integer NOT NULL,
    jumlah integer NOT NULL,
    jumlah_laik integer NOT NULL,
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: anggota_rombel; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.anggota_rombel (
    anggota_rombel_id character varying(36) NOT NULL,
    rombongan_belajar_id character varying(36) NOT NULL,
    peserta_didik_id character varying(36) NOT NULL,
    jenis_pendaftaran_id integer,
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: bangunan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bangunan (
    id_bangunan character varying(36) NOT NULL,
    sekolah_id character varying(36) NOT NULL,
    id_tanah character varying(36),
    kd_bangunan character varying(10),
    nama character varying(50) NOT NULL,
    panjang numeric(7,2),
    lebar numeric(7,2),
    luas_tapak numeric(10,2),
    jml_lantai smallint,
    tahun_dibangun smallint,
    status_kepemilikan_id integer,
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: bangunan_longitudinal; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bangunan_longitudinal (
    bangunan_longitudinal_id character varying(36) NOT NULL,
    id_bangunan character varying(36) NOT NULL,
    semester_id integer NOT NULL,
    rusak_pondasi numeric(5,2),
    rusak_kolom_balok numeric(5,2),
    rusak_atap numeric(5,2),
    rusak_dinding numeric(5,2),
    rusak_lantai numeric(5,2),
    kerusakan_id integer,
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: jadwal; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.jadwal (
    jadwal_id character varying(36) NOT NULL,
    sekolah_id character varying(36) NOT NULL,
    semester_id integer NOT NULL,
    id_ruang character varying(36),
    pembelajaran_id character varying(36) NOT NULL,
    hari smallint NOT NULL,
    bel_ke smallint NOT NULL,
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: nilai; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.nilai (
    nilai_id character varying(36) NOT NULL,
    anggota_rombel_id character varying(36) NOT NULL,
    pembelajaran_id character varying(36) NOT NULL,
    semester_id integer NOT NULL,
    nilai_pengetahuan numeric(5,2),
    nilai_keterampilan numeric(5,2),
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: pembelajaran; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pembelajaran (
    pembelajaran_id character varying(36) NOT NULL,
    rombongan_belajar_id character varying(36) NOT NULL,
    semester_id integer NOT NULL,
    mata_pelajaran_id integer NOT NULL,
    ptk_terdaftar_id character varying(36) NOT NULL,
    nama_mata_pelajaran character varying(80) NOT NULL,
    sk_mengajar character varying(80),
    tanggal_sk_mengajar date,
    jam_mengajar_per_minggu smallint NOT NULL,
    status_di_kurikulum integer NOT NULL,
    induk_pembelajaran_id character varying(36),
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: peserta_didik; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.peserta_didik (
    peserta_didik_id character varying(36) NOT NULL,
    nama character varying(100) NOT NULL,
    jenis_kelamin character varying(1) NOT NULL,
    nisn character varying(10),
    nik character varying(16),
    no_kk character varying(16),
    tempat_lahir character varying(32),
    tanggal_lahir date NOT NULL,
    agama_id integer,
    kewarganegaraan character varying(2) NOT NULL,
    kebutuhan_khusus_id integer,
    alamat_jalan character varying(80),
    rt smallint,
    rw smallint,
    nama_dusun character varying(60),
    desa_kelurahan character varying(60),
    kode_wilayah character varying(10),
    kode_pos character varying(5),
    lintang numeric(18,12),
    bujur numeric(18,12),
    jenis_tinggal_id integer,
    alat_transportasi_id integer,
    nomor_telepon_rumah character varying(20),
    nomor_telepon_seluler character varying(20),
    email character varying(60),
    penerima_kps boolean NOT NULL,
    no_kps character varying(40),
    penerima_kip boolean NOT NULL,
    no_kip character varying(6),
    nm_kip character varying(100),
    layak_pip boolean NOT NULL,
    alasan_layak_pip character varying(60),
    nama_ayah character varying(100),
    nik_ayah character varying(16),
    tahun_lahir_ayah smallint,
    pekerjaan_id_ayah integer,
    penghasilan_id_ayah integer,
    nama_ibu_kandung character varying(100),
    nik_ibu character varying(16),
    tahun_lahir_ibu smallint,
    pekerjaan_id_ibu integer,
    penghasilan_id_ibu integer,
    nama_wali character varying(100),
    nik_wali character varying(16),
    tahun_lahir_wali smallint,
    pekerjaan_id_wali integer,
    penghasilan_id_wali integer,
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: peserta_didik_longitudinal; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.peserta_didik_longitudinal (
    peserta_didik_longitudinal_id character varying(36) NOT NULL,
    peserta_didik_id character varying(36) NOT NULL,
    semester_id integer NOT NULL,
    tinggi_badan smallint,
    berat_badan smallint,
    lingkar_kepala smallint,
    jarak_rumah_ke_sekolah_km numeric(6,2),
    waktu_tempuh_menit smallint,
    jumlah_saudara_kandung smallint,
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: ptk; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ptk (
    ptk_id character varying(36) NOT NULL,
    nama character varying(100) NOT NULL,
    nip character varying(18),
    jenis_kelamin character varying(1) NOT NULL,
    tempat_lahir character varying(32),
    tanggal_lahir date NOT NULL,
    nik character varying(16),
    no_kk character varying(16),
    nuptk character varying(16),
    nama_ibu_kandung character varying(100),
    agama_id integer,
    status_kepegawaian_id integer,
    pangkat_golongan_id integer,
    sk_cpns character varying(80),
    tgl_cpns date,
    tmt_pns date,
    sk_pengangkatan character varying(80),
    tmt_pengangkatan date,
    alamat_jalan character varying(80),
    rt smallint,
    rw smallint,
    desa_kelurahan character varying(60),
    kode_wilayah character varying(10),
    kode_pos character varying(5),
    no_hp character varying(20),
    email character varying(60),
    npwp character varying(15),
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: ptk_terdaftar; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ptk_terdaftar (
    ptk_terdaftar_id character varying(36) NOT NULL,
    ptk_id character varying(36) NOT NULL,
    sekolah_id character varying(36) NOT NULL,
    tahun_ajaran_id integer NOT NULL,
    jenis_ptk_id integer NOT NULL,
    nomor_surat_tugas character varying(80),
    tanggal_surat_tugas date,
    tmt_tugas date,
    ptk_induk boolean NOT NULL,
    jenis_keluar_id character varying(1),
    tgl_ptk_keluar date,
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: ref_agama; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_agama (
    agama_id smallint NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_agama_agama_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_agama_agama_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_agama_agama_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_agama_agama_id_seq OWNED BY public.ref_agama.agama_id;


--
-- Name: ref_akreditasi; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_akreditasi (
    akreditasi_id smallint NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_akreditasi_akreditasi_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_akreditasi_akreditasi_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_akreditasi_akreditasi_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_akreditasi_akreditasi_id_seq OWNED BY public.ref_akreditasi.akreditasi_id;


--
-- Name: ref_alat_transportasi; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_alat_transportasi (
    alat_transportasi_id smallint NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_alat_transportasi_alat_transportasi_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_alat_transportasi_alat_transportasi_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_alat_transportasi_alat_transportasi_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_alat_transportasi_alat_transportasi_id_seq OWNED BY public.ref_alat_transportasi.alat_transportasi_id;


--
-- Name: ref_bentuk_pendidikan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_bentuk_pendidikan (
    bentuk_pendidikan_id smallint NOT NULL,
    jenjang_pendidikan_id integer,
    tingkat_min smallint NOT NULL,
    tingkat_max smallint NOT NULL,
    usia_min smallint NOT NULL,
    usia_max smallint NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_bentuk_pendidikan_bentuk_pendidikan_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_bentuk_pendidikan_bentuk_pendidikan_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_bentuk_pendidikan_bentuk_pendidikan_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_bentuk_pendidikan_bentuk_pendidikan_id_seq OWNED BY public.ref_bentuk_pendidikan.bentuk_pendidikan_id;


--
-- Name: ref_bidang_studi; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_bidang_studi (
    bidang_studi_id integer NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_bidang_studi_bidang_studi_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_bidang_studi_bidang_studi_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_bidang_studi_bidang_studi_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_bidang_studi_bidang_studi_id_seq OWNED BY public.ref_bidang_studi.bidang_studi_id;


--
-- Name: ref_gelar_akademik; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_gelar_akademik (
    gelar_akademik_id integer NOT NULL,
    kode character varying(20) NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_gelar_akademik_gelar_akademik_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_gelar_akademik_gelar_akademik_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_gelar_akademik_gelar_akademik_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_gelar_akademik_gelar_akademik_id_seq OWNED BY public.ref_gelar_akademik.gelar_akademik_id;


--
-- Name: ref_jabatan_tugas_ptk; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_jabatan_tugas_ptk (
    jabatan_ptk_id smallint NOT NULL,
    jumlah_jam_diakui smallint NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_jabatan_tugas_ptk_jabatan_ptk_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_jabatan_tugas_ptk_jabatan_ptk_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_jabatan_tugas_ptk_jabatan_ptk_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_jabatan_tugas_ptk_jabatan_ptk_id_seq OWNED BY public.ref_jabatan_tugas_ptk.jabatan_ptk_id;


--
-- Name: ref_jenis_keluar; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_jenis_keluar (
    jenis_keluar_id character varying(1) NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_jenis_pendaftaran; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_jenis_pendaftaran (
    jenis_pendaftaran_id smallint NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_jenis_pendaftaran_jenis_pendaftaran_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_jenis_pendaftaran_jenis_pendaftaran_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_jenis_pendaftaran_jenis_pendaftaran_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_jenis_pendaftaran_jenis_pendaftaran_id_seq OWNED BY public.ref_jenis_pendaftaran.jenis_pendaftaran_id;


--
-- Name: ref_jenis_prasarana; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_jenis_prasarana (
    jenis_prasarana_id integer NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_jenis_prasarana_jenis_prasarana_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_jenis_prasarana_jenis_prasarana_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_jenis_prasarana_jenis_prasarana_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_jenis_prasarana_jenis_prasarana_id_seq OWNED BY public.ref_jenis_prasarana.jenis_prasarana_id;


--
-- Name: ref_jenis_ptk; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_jenis_ptk (
    jenis_ptk_id smallint NOT NULL,
    guru smallint NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_jenis_ptk_jenis_ptk_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_jenis_ptk_jenis_ptk_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_jenis_ptk_jenis_ptk_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_jenis_ptk_jenis_ptk_id_seq OWNED BY public.ref_jenis_ptk.jenis_ptk_id;


--
-- Name: ref_jenis_rombel; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_jenis_rombel (
    jenis_rombel smallint NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_jenis_rombel_jenis_rombel_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_jenis_rombel_jenis_rombel_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_jenis_rombel_jenis_rombel_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_jenis_rombel_jenis_rombel_seq OWNED BY public.ref_jenis_rombel.jenis_rombel;


--
-- Name: ref_jenis_sarana; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_jenis_sarana (
    jenis_sarana_id integer NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_jenis_sarana_jenis_sarana_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_jenis_sarana_jenis_sarana_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_jenis_sarana_jenis_sarana_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_jenis_sarana_jenis_sarana_id_seq OWNED BY public.ref_jenis_sarana.jenis_sarana_id;


--
-- Name: ref_jenis_tinggal; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_jenis_tinggal (
    jenis_tinggal_id smallint NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_jenis_tinggal_jenis_tinggal_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_jenis_tinggal_jenis_tinggal_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_jenis_tinggal_jenis_tinggal_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_jenis_tinggal_jenis_tinggal_id_seq OWNED BY public.ref_jenis_tinggal.jenis_tinggal_id;


--
-- Name: ref_jenjang_pendidikan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_jenjang_pendidikan (
    jenjang_pendidikan_id smallint NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_jenjang_pendidikan_jenjang_pendidikan_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_jenjang_pendidikan_jenjang_pendidikan_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_jenjang_pendidikan_jenjang_pendidikan_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_jenjang_pendidikan_jenjang_pendidikan_id_seq OWNED BY public.ref_jenjang_pendidikan.jenjang_pendidikan_id;


--
-- Name: ref_kebutuhan_khusus; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_kebutuhan_khusus (
    kebutuhan_khusus_id integer NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_kebutuhan_khusus_kebutuhan_khusus_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_kebutuhan_khusus_kebutuhan_khusus_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_kebutuhan_khusus_kebutuhan_khusus_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_kebutuhan_khusus_kebutuhan_khusus_id_seq OWNED BY public.ref_kebutuhan_khusus.kebutuhan_khusus_id;


--
-- Name: ref_kerusakan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_kerusakan (
    kerusakan_id smallint NOT NULL,
    persen_min smallint NOT NULL,
    persen_max smallint NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_kerusakan_kerusakan_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_kerusakan_kerusakan_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_kerusakan_kerusakan_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_kerusakan_kerusakan_id_seq OWNED BY public.ref_kerusakan.kerusakan_id;


--
-- Name: ref_kurikulum; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_kurikulum (
    kurikulum_id smallint NOT NULL,
    jenjang_pendidikan_id integer,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_kurikulum_kurikulum_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_kurikulum_kurikulum_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_kurikulum_kurikulum_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_kurikulum_kurikulum_id_seq OWNED BY public.ref_kurikulum.kurikulum_id;


--
-- Name: ref_mata_pelajaran; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_mata_pelajaran (
    mata_pelajaran_id integer NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_mata_pelajaran_kurikulum; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_mata_pelajaran_kurikulum (
    kurikulum_id smallint NOT NULL,
    mata_pelajaran_id integer NOT NULL,
    tingkat_pendidikan_id smallint NOT NULL,
    jumlah_jam smallint NOT NULL,
    expired_date date
);


--
-- Name: ref_mata_pelajaran_mata_pelajaran_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_mata_pelajaran_mata_pelajaran_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_mata_pelajaran_mata_pelajaran_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_mata_pelajaran_mata_pelajaran_id_seq OWNED BY public.ref_mata_pelajaran.mata_pelajaran_id;


--
-- Name: ref_pangkat_golongan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_pangkat_golongan (
    pangkat_golongan_id smallint NOT NULL,
    kode character varying(5) NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_pangkat_golongan_pangkat_golongan_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_pangkat_golongan_pangkat_golongan_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_pangkat_golongan_pangkat_golongan_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_pangkat_golongan_pangkat_golongan_id_seq OWNED BY public.ref_pangkat_golongan.pangkat_golongan_id;


--
-- Name: ref_pekerjaan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_pekerjaan (
    pekerjaan_id smallint NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_pekerjaan_pekerjaan_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_pekerjaan_pekerjaan_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_pekerjaan_pekerjaan_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_pekerjaan_pekerjaan_id_seq OWNED BY public.ref_pekerjaan.pekerjaan_id;


--
-- Name: ref_penghasilan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_penghasilan (
    penghasilan_id smallint NOT NULL,
    batas_bawah integer NOT NULL,
    batas_atas integer NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_penghasilan_penghasilan_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_penghasilan_penghasilan_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_penghasilan_penghasilan_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_penghasilan_penghasilan_id_seq OWNED BY public.ref_penghasilan.penghasilan_id;


--
-- Name: ref_peran; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_peran (
    peran_id smallint NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_peran_peran_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_peran_peran_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_peran_peran_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_peran_peran_id_seq OWNED BY public.ref_peran.peran_id;


--
-- Name: ref_semester; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_semester (
    semester_id integer NOT NULL,
    tahun_ajaran_id integer NOT NULL,
    semester smallint NOT NULL,
    periode_aktif smallint NOT NULL,
    tanggal_mulai date NOT NULL,
    tanggal_selesai date NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_semester_semester_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_semester_semester_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_semester_semester_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_semester_semester_id_seq OWNED BY public.ref_semester.semester_id;


--
-- Name: ref_status_kepegawaian; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_status_kepegawaian (
    status_kepegawaian_id smallint NOT NULL,
    is_pns smallint NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_status_kepegawaian_status_kepegawaian_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_status_kepegawaian_status_kepegawaian_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_status_kepegawaian_status_kepegawaian_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_status_kepegawaian_status_kepegawaian_id_seq OWNED BY public.ref_status_kepegawaian.status_kepegawaian_id;


--
-- Name: ref_status_kepemilikan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_status_kepemilikan (
    status_kepemilikan_id smallint NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_status_kepemilikan_status_kepemilikan_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_status_kepemilikan_status_kepemilikan_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_status_kepemilikan_status_kepemilikan_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_status_kepemilikan_status_kepemilikan_id_seq OWNED BY public.ref_status_kepemilikan.status_kepemilikan_id;


--
-- Name: ref_tahun_ajaran; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_tahun_ajaran (
    tahun_ajaran_id smallint NOT NULL,
    periode_aktif smallint NOT NULL,
    tanggal_mulai date NOT NULL,
    tanggal_selesai date NOT NULL,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_tahun_ajaran_tahun_ajaran_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_tahun_ajaran_tahun_ajaran_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_tahun_ajaran_tahun_ajaran_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_tahun_ajaran_tahun_ajaran_id_seq OWNED BY public.ref_tahun_ajaran.tahun_ajaran_id;


--
-- Name: ref_tingkat_pendidikan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_tingkat_pendidikan (
    tingkat_pendidikan_id smallint NOT NULL,
    jenjang_pendidikan_id integer,
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: ref_tingkat_pendidikan_tingkat_pendidikan_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ref_tingkat_pendidikan_tingkat_pendidikan_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ref_tingkat_pendidikan_tingkat_pendidikan_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ref_tingkat_pendidikan_tingkat_pendidikan_id_seq OWNED BY public.ref_tingkat_pendidikan.tingkat_pendidikan_id;


--
-- Name: ref_wilayah; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref_wilayah (
    kode_wilayah character varying(10) NOT NULL,
    id_level_wilayah smallint NOT NULL,
    mst_kode_wilayah character varying(10),
    nama character varying(100) NOT NULL,
    expired_date date
);


--
-- Name: registrasi_peserta_didik; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.registrasi_peserta_didik (
    registrasi_id character varying(36) NOT NULL,
    peserta_didik_id character varying(36) NOT NULL,
    sekolah_id character varying(36) NOT NULL,
    jenis_pendaftaran_id integer,
    nipd character varying(18),
    tanggal_masuk_sekolah date NOT NULL,
    sekolah_asal character varying(100),
    jenis_keluar_id character varying(1),
    tanggal_keluar date,
    keterangan character varying(128),
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: rombongan_belajar; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rombongan_belajar (
    rombongan_belajar_id character varying(36) NOT NULL,
    sekolah_id character varying(36) NOT NULL,
    semester_id integer NOT NULL,
    tingkat_pendidikan_id integer,
    nama character varying(30) NOT NULL,
    ptk_id character varying(36),
    id_ruang character varying(36),
    kurikulum_id integer,
    jenis_rombel integer NOT NULL,
    moving_class boolean NOT NULL,
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: ruang; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ruang (
    id_ruang character varying(36) NOT NULL,
    sekolah_id character varying(36) NOT NULL,
    id_bangunan character varying(36),
    jenis_prasarana_id integer,
    kd_ruang character varying(10),
    nama character varying(50) NOT NULL,
    lantai smallint,
    panjang numeric(7,2),
    lebar numeric(7,2),
    luas_ruang numeric(8,2),
    kapasitas smallint,
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: ruang_longitudinal; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ruang_longitudinal (
    ruang_longitudinal_id character varying(36) NOT NULL,
    id_ruang character varying(36) NOT NULL,
    semester_id integer NOT NULL,
    rusak_lantai numeric(5,2),
    rusak_dinding numeric(5,2),
    rusak_plafon numeric(5,2),
    rusak_pintu numeric(5,2),
    rusak_jendela numeric(5,2),
    kerusakan_id integer,
    berfungsi boolean NOT NULL,
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: rwy_pend_formal; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rwy_pend_formal (
    riwayat_pendidikan_formal_id character varying(36) NOT NULL,
    ptk_id character varying(36) NOT NULL,
    jenjang_pendidikan_id integer,
    bidang_studi_id integer,
    gelar_akademik_id integer,
    satuan_pendidikan_formal character varying(100) NOT NULL,
    fakultas character varying(80),
    prodi character varying(80),
    kependidikan boolean NOT NULL,
    tahun_masuk smallint,
    tahun_lulus smallint,
    nim character varying(24),
    status_kuliah character varying(20),
    semester smallint,
    ipk numeric(4,2),
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: sekolah; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sekolah (
    sekolah_id character varying(36) NOT NULL,
    nama character varying(100) NOT NULL,
    nss character varying(12),
    npsn character varying(8) NOT NULL,
    bentuk_pendidikan_id integer,
    status_sekolah smallint NOT NULL,
    alamat_jalan character varying(80),
    rt smallint,
    rw smallint,
    nama_dusun character varying(60),
    desa_kelurahan character varying(60),
    kode_wilayah character varying(10),
    kode_pos character varying(5),
    lintang numeric(18,12),
    bujur numeric(18,12),
    nomor_telepon character varying(20),
    nomor_fax character varying(20),
    email character varying(60),
    website character varying(100),
    status_kepemilikan_id integer,
    sk_pendirian_sekolah character varying(80),
    tanggal_sk_pendirian date,
    sk_izin_operasional character varying(80),
    tanggal_sk_izin_operasional date,
    akreditasi_id integer,
    sk_akreditasi character varying(80),
    tmt_akreditasi date,
    is_sks boolean NOT NULL,
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: sekolah_longitudinal; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sekolah_longitudinal (
    sekolah_longitudinal_id character varying(36) NOT NULL,
    sekolah_id character varying(36) NOT NULL,
    semester_id integer NOT NULL,
    daya_listrik integer,
    sumber_listrik character varying(40),
    akses_internet character varying(40),
    sumber_air character varying(40),
    waktu_penyelenggaraan character varying(20),
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: srv_change_feed; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.srv_change_feed (
    seq bigint NOT NULL,
    table_name character varying(60) NOT NULL,
    row_id character varying(200) NOT NULL,
    sekolah_id character varying(36),
    source character varying(20) NOT NULL,
    package_id character varying(64),
    changed_at timestamp without time zone NOT NULL
);


--
-- Name: srv_change_feed_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.srv_change_feed_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: srv_change_feed_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.srv_change_feed_seq_seq OWNED BY public.srv_change_feed.seq;


--
-- Name: srv_device; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.srv_device (
    device_id character varying(36) NOT NULL,
    sekolah_id character varying(36) NOT NULL,
    name character varying(100) NOT NULL,
    token_hash character varying(64) NOT NULL,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: srv_feed_lock; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.srv_feed_lock (
    id integer NOT NULL
);


--
-- Name: srv_feed_lock_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.srv_feed_lock_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: srv_feed_lock_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.srv_feed_lock_id_seq OWNED BY public.srv_feed_lock.id;


--
-- Name: srv_package; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.srv_package (
    id bigint NOT NULL,
    sekolah_id character varying(36) NOT NULL,
    package_id character varying(64) NOT NULL,
    upload_id character varying(32) NOT NULL,
    status character varying(30) NOT NULL,
    sha256 character varying(64) NOT NULL,
    size bigint NOT NULL,
    received_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    attempts integer NOT NULL,
    summary json
);


--
-- Name: srv_package_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.srv_package_history (
    id bigint NOT NULL,
    package_pk bigint NOT NULL,
    status character varying(30) NOT NULL,
    at timestamp without time zone NOT NULL,
    detail text
);


--
-- Name: srv_package_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.srv_package_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: srv_package_history_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.srv_package_history_id_seq OWNED BY public.srv_package_history.id;


--
-- Name: srv_package_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.srv_package_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: srv_package_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.srv_package_id_seq OWNED BY public.srv_package.id;


--
-- Name: srv_pmp_key; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.srv_pmp_key (
    sekolah_id character varying(36) NOT NULL,
    signing_key character varying(64) NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


--
-- Name: srv_pmp_submission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.srv_pmp_submission (
    id bigint NOT NULL,
    sekolah_id character varying(36) NOT NULL,
    filename character varying(200) NOT NULL,
    stored_path character varying(400) NOT NULL,
    sha256 character varying(64) NOT NULL,
    size bigint NOT NULL,
    status character varying(30) NOT NULL,
    detail text,
    uploaded_at timestamp without time zone NOT NULL,
    verified boolean NOT NULL
);


--
-- Name: srv_pmp_submission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.srv_pmp_submission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: srv_pmp_submission_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.srv_pmp_submission_id_seq OWNED BY public.srv_pmp_submission.id;


--
-- Name: srv_register_failure; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.srv_register_failure (
    id bigint NOT NULL,
    npsn character varying(20) NOT NULL,
    client character varying(64) NOT NULL,
    at timestamp without time zone NOT NULL
);


--
-- Name: srv_register_failure_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.srv_register_failure_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: srv_register_failure_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.srv_register_failure_id_seq OWNED BY public.srv_register_failure.id;


--
-- Name: srv_row_result; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.srv_row_result (
    id bigint NOT NULL,
    package_pk bigint NOT NULL,
    table_name character varying(60) NOT NULL,
    row_id character varying(200) NOT NULL,
    result character varying(20) NOT NULL,
    code character varying(40),
    reason text
);


--
-- Name: srv_row_result_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.srv_row_result_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: srv_row_result_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.srv_row_result_id_seq OWNED BY public.srv_row_result.id;


--
-- Name: srv_school; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.srv_school (
    sekolah_id character varying(36) NOT NULL,
    npsn character varying(8) NOT NULL,
    nama character varying(100) NOT NULL,
    kode_hash character varying(200) NOT NULL,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: srv_upload; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.srv_upload (
    upload_id character varying(32) NOT NULL,
    sekolah_id character varying(36) NOT NULL,
    device_id character varying(36) NOT NULL,
    package_id character varying(64) NOT NULL,
    length bigint NOT NULL,
    "offset" bigint NOT NULL,
    metadata json NOT NULL,
    created_at timestamp without time zone NOT NULL,
    expires_at timestamp without time zone NOT NULL,
    completed_at timestamp without time zone
);


--
-- Name: tanah; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tanah (
    id_tanah character varying(36) NOT NULL,
    sekolah_id character varying(36) NOT NULL,
    nama character varying(50) NOT NULL,
    no_sertifikat_tanah character varying(40),
    panjang numeric(7,2),
    lebar numeric(7,2),
    luas numeric(10,2),
    status_kepemilikan_id integer,
    keterangan character varying(200),
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: tugas_tambahan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tugas_tambahan (
    ptk_tugas_tambahan_id character varying(36) NOT NULL,
    ptk_id character varying(36) NOT NULL,
    sekolah_id character varying(36) NOT NULL,
    jabatan_ptk_id integer NOT NULL,
    jumlah_jam smallint,
    nomor_sk character varying(80),
    tmt_tambahan date NOT NULL,
    tst_tambahan date,
    create_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_update timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    soft_delete boolean DEFAULT false NOT NULL,
    last_sync timestamp without time zone,
    updater_id character varying(36),
    server_version integer
);


--
-- Name: ref_agama agama_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_agama ALTER COLUMN agama_id SET DEFAULT nextval('public.ref_agama_agama_id_seq'::regclass);


--
-- Name: ref_akreditasi akreditasi_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_akreditasi ALTER COLUMN akreditasi_id SET DEFAULT nextval('public.ref_akreditasi_akreditasi_id_seq'::regclass);


--
-- Name: ref_alat_transportasi alat_transportasi_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_alat_transportasi ALTER COLUMN alat_transportasi_id SET DEFAULT nextval('public.ref_alat_transportasi_alat_transportasi_id_seq'::regclass);


--
-- Name: ref_bentuk_pendidikan bentuk_pendidikan_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_bentuk_pendidikan ALTER COLUMN bentuk_pendidikan_id SET DEFAULT nextval('public.ref_bentuk_pendidikan_bentuk_pendidikan_id_seq'::regclass);


--
-- Name: ref_bidang_studi bidang_studi_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_bidang_studi ALTER COLUMN bidang_studi_id SET DEFAULT nextval('public.ref_bidang_studi_bidang_studi_id_seq'::regclass);


--
-- Name: ref_gelar_akademik gelar_akademik_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_gelar_akademik ALTER COLUMN gelar_akademik_id SET DEFAULT nextval('public.ref_gelar_akademik_gelar_akademik_id_seq'::regclass);


--
-- Name: ref_jabatan_tugas_ptk jabatan_ptk_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_jabatan_tugas_ptk ALTER COLUMN jabatan_ptk_id SET DEFAULT nextval('public.ref_jabatan_tugas_ptk_jabatan_ptk_id_seq'::regclass);


--
-- Name: ref_jenis_pendaftaran jenis_pendaftaran_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_jenis_pendaftaran ALTER COLUMN jenis_pendaftaran_id SET DEFAULT nextval('public.ref_jenis_pendaftaran_jenis_pendaftaran_id_seq'::regclass);


--
-- Name: ref_jenis_prasarana jenis_prasarana_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_jenis_prasarana ALTER COLUMN jenis_prasarana_id SET DEFAULT nextval('public.ref_jenis_prasarana_jenis_prasarana_id_seq'::regclass);


--
-- Name: ref_jenis_ptk jenis_ptk_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_jenis_ptk ALTER COLUMN jenis_ptk_id SET DEFAULT nextval('public.ref_jenis_ptk_jenis_ptk_id_seq'::regclass);


--
-- Name: ref_jenis_rombel jenis_rombel; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_jenis_rombel ALTER COLUMN jenis_rombel SET DEFAULT nextval('public.ref_jenis_rombel_jenis_rombel_seq'::regclass);


--
-- Name: ref_jenis_sarana jenis_sarana_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_jenis_sarana ALTER COLUMN jenis_sarana_id SET DEFAULT nextval('public.ref_jenis_sarana_jenis_sarana_id_seq'::regclass);


--
-- Name: ref_jenis_tinggal jenis_tinggal_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_jenis_tinggal ALTER COLUMN jenis_tinggal_id SET DEFAULT nextval('public.ref_jenis_tinggal_jenis_tinggal_id_seq'::regclass);


--
-- Name: ref_jenjang_pendidikan jenjang_pendidikan_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_jenjang_pendidikan ALTER COLUMN jenjang_pendidikan_id SET DEFAULT nextval('public.ref_jenjang_pendidikan_jenjang_pendidikan_id_seq'::regclass);


--
-- Name: ref_kebutuhan_khusus kebutuhan_khusus_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_kebutuhan_khusus ALTER COLUMN kebutuhan_khusus_id SET DEFAULT nextval('public.ref_kebutuhan_khusus_kebutuhan_khusus_id_seq'::regclass);


--
-- Name: ref_kerusakan kerusakan_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_kerusakan ALTER COLUMN kerusakan_id SET DEFAULT nextval('public.ref_kerusakan_kerusakan_id_seq'::regclass);


--
-- Name: ref_kurikulum kurikulum_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_kurikulum ALTER COLUMN kurikulum_id SET DEFAULT nextval('public.ref_kurikulum_kurikulum_id_seq'::regclass);


--
-- Name: ref_mata_pelajaran mata_pelajaran_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_mata_pelajaran ALTER COLUMN mata_pelajaran_id SET DEFAULT nextval('public.ref_mata_pelajaran_mata_pelajaran_id_seq'::regclass);


--
-- Name: ref_pangkat_golongan pangkat_golongan_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_pangkat_golongan ALTER COLUMN pangkat_golongan_id SET DEFAULT nextval('public.ref_pangkat_golongan_pangkat_golongan_id_seq'::regclass);


--
-- Name: ref_pekerjaan pekerjaan_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_pekerjaan ALTER COLUMN pekerjaan_id SET DEFAULT nextval('public.ref_pekerjaan_pekerjaan_id_seq'::regclass);


--
-- Name: ref_penghasilan penghasilan_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_penghasilan ALTER COLUMN penghasilan_id SET DEFAULT nextval('public.ref_penghasilan_penghasilan_id_seq'::regclass);


--
-- Name: ref_peran peran_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_peran ALTER COLUMN peran_id SET DEFAULT nextval('public.ref_peran_peran_id_seq'::regclass);


--
-- Name: ref_semester semester_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_semester ALTER COLUMN semester_id SET DEFAULT nextval('public.ref_semester_semester_id_seq'::regclass);


--
-- Name: ref_status_kepegawaian status_kepegawaian_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_status_kepegawaian ALTER COLUMN status_kepegawaian_id SET DEFAULT nextval('public.ref_status_kepegawaian_status_kepegawaian_id_seq'::regclass);


--
-- Name: ref_status_kepemilikan status_kepemilikan_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_status_kepemilikan ALTER COLUMN status_kepemilikan_id SET DEFAULT nextval('public.ref_status_kepemilikan_status_kepemilikan_id_seq'::regclass);


--
-- Name: ref_tahun_ajaran tahun_ajaran_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_tahun_ajaran ALTER COLUMN tahun_ajaran_id SET DEFAULT nextval('public.ref_tahun_ajaran_tahun_ajaran_id_seq'::regclass);


--
-- Name: ref_tingkat_pendidikan tingkat_pendidikan_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_tingkat_pendidikan ALTER COLUMN tingkat_pendidikan_id SET DEFAULT nextval('public.ref_tingkat_pendidikan_tingkat_pendidikan_id_seq'::regclass);


--
-- Name: srv_change_feed seq; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_change_feed ALTER COLUMN seq SET DEFAULT nextval('public.srv_change_feed_seq_seq'::regclass);


--
-- Name: srv_feed_lock id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_feed_lock ALTER COLUMN id SET DEFAULT nextval('public.srv_feed_lock_id_seq'::regclass);


--
-- Name: srv_package id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_package ALTER COLUMN id SET DEFAULT nextval('public.srv_package_id_seq'::regclass);


--
-- Name: srv_package_history id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_package_history ALTER COLUMN id SET DEFAULT nextval('public.srv_package_history_id_seq'::regclass);


--
-- Name: srv_pmp_submission id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_pmp_submission ALTER COLUMN id SET DEFAULT nextval('public.srv_pmp_submission_id_seq'::regclass);


--
-- Name: srv_register_failure id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_register_failure ALTER COLUMN id SET DEFAULT nextval('public.srv_register_failure_id_seq'::regclass);


--
-- Name: srv_row_result id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_row_result ALTER COLUMN id SET DEFAULT nextval('public.srv_row_result_id_seq'::regclass);


--
-- Name: alat pk_alat; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alat
    ADD CONSTRAINT pk_alat PRIMARY KEY (id_alat);


--
-- Name: alat_longitudinal pk_alat_longitudinal; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alat_longitudinal
    ADD CONSTRAINT pk_alat_longitudinal PRIMARY KEY (alat_longitudinal_id);


--
-- Name: anggota_rombel pk_anggota_rombel; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.anggota_rombel
    ADD CONSTRAINT pk_anggota_rombel PRIMARY KEY (anggota_rombel_id);


--
-- Name: bangunan pk_bangunan; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bangunan
    ADD CONSTRAINT pk_bangunan PRIMARY KEY (id_bangunan);


--
-- Name: bangunan_longitudinal pk_bangunan_longitudinal; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bangunan_longitudinal
    ADD CONSTRAINT pk_bangunan_longitudinal PRIMARY KEY (bangunan_longitudinal_id);


--
-- Name: jadwal pk_jadwal; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jadwal
    ADD CONSTRAINT pk_jadwal PRIMARY KEY (jadwal_id);


--
-- Name: nilai pk_nilai; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nilai
    ADD CONSTRAINT pk_nilai PRIMARY KEY (nilai_id);


--
-- Name: pembelajaran pk_pembelajaran; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pembelajaran
    ADD CONSTRAINT pk_pembelajaran PRIMARY KEY (pembelajaran_id);


--
-- Name: peserta_didik pk_peserta_didik; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_didik
    ADD CONSTRAINT pk_peserta_didik PRIMARY KEY (peserta_didik_id);


--
-- Name: peserta_didik_longitudinal pk_peserta_didik_longitudinal; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_didik_longitudinal
    ADD CONSTRAINT pk_peserta_didik_longitudinal PRIMARY KEY (peserta_didik_longitudinal_id);


--
-- Name: ptk pk_ptk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ptk
    ADD CONSTRAINT pk_ptk PRIMARY KEY (ptk_id);


--
-- Name: ptk_terdaftar pk_ptk_terdaftar; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ptk_terdaftar
    ADD CONSTRAINT pk_ptk_terdaftar PRIMARY KEY (ptk_terdaftar_id);


--
-- Name: ref_agama pk_ref_agama; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_agama
    ADD CONSTRAINT pk_ref_agama PRIMARY KEY (agama_id);


--
-- Name: ref_akreditasi pk_ref_akreditasi; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_akreditasi
    ADD CONSTRAINT pk_ref_akreditasi PRIMARY KEY (akreditasi_id);


--
-- Name: ref_alat_transportasi pk_ref_alat_transportasi; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_alat_transportasi
    ADD CONSTRAINT pk_ref_alat_transportasi PRIMARY KEY (alat_transportasi_id);


--
-- Name: ref_bentuk_pendidikan pk_ref_bentuk_pendidikan; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_bentuk_pendidikan
    ADD CONSTRAINT pk_ref_bentuk_pendidikan PRIMARY KEY (bentuk_pendidikan_id);


--
-- Name: ref_bidang_studi pk_ref_bidang_studi; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_bidang_studi
    ADD CONSTRAINT pk_ref_bidang_studi PRIMARY KEY (bidang_studi_id);


--
-- Name: ref_gelar_akademik pk_ref_gelar_akademik; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_gelar_akademik
    ADD CONSTRAINT pk_ref_gelar_akademik PRIMARY KEY (gelar_akademik_id);


--
-- Name: ref_jabatan_tugas_ptk pk_ref_jabatan_tugas_ptk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_jabatan_tugas_ptk
    ADD CONSTRAINT pk_ref_jabatan_tugas_ptk PRIMARY KEY (jabatan_ptk_id);


--
-- Name: ref_jenis_keluar pk_ref_jenis_keluar; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_jenis_keluar
    ADD CONSTRAINT pk_ref_jenis_keluar PRIMARY KEY (jenis_keluar_id);


--
-- Name: ref_jenis_pendaftaran pk_ref_jenis_pendaftaran; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_jenis_pendaftaran
    ADD CONSTRAINT pk_ref_jenis_pendaftaran PRIMARY KEY (jenis_pendaftaran_id);


--
-- Name: ref_jenis_prasarana pk_ref_jenis_prasarana; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_jenis_prasarana
    ADD CONSTRAINT pk_ref_jenis_prasarana PRIMARY KEY (jenis_prasarana_id);


--
-- Name: ref_jenis_ptk pk_ref_jenis_ptk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_jenis_ptk
    ADD CONSTRAINT pk_ref_jenis_ptk PRIMARY KEY (jenis_ptk_id);


--
-- Name: ref_jenis_rombel pk_ref_jenis_rombel; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_jenis_rombel
    ADD CONSTRAINT pk_ref_jenis_rombel PRIMARY KEY (jenis_rombel);


--
-- Name: ref_jenis_sarana pk_ref_jenis_sarana; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_jenis_sarana
    ADD CONSTRAINT pk_ref_jenis_sarana PRIMARY KEY (jenis_sarana_id);


--
-- Name: ref_jenis_tinggal pk_ref_jenis_tinggal; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_jenis_tinggal
    ADD CONSTRAINT pk_ref_jenis_tinggal PRIMARY KEY (jenis_tinggal_id);


--
-- Name: ref_jenjang_pendidikan pk_ref_jenjang_pendidikan; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_jenjang_pendidikan
    ADD CONSTRAINT pk_ref_jenjang_pendidikan PRIMARY KEY (jenjang_pendidikan_id);


--
-- Name: ref_kebutuhan_khusus pk_ref_kebutuhan_khusus; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_kebutuhan_khusus
    ADD CONSTRAINT pk_ref_kebutuhan_khusus PRIMARY KEY (kebutuhan_khusus_id);


--
-- Name: ref_kerusakan pk_ref_kerusakan; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_kerusakan
    ADD CONSTRAINT pk_ref_kerusakan PRIMARY KEY (kerusakan_id);


--
-- Name: ref_kurikulum pk_ref_kurikulum; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_kurikulum
    ADD CONSTRAINT pk_ref_kurikulum PRIMARY KEY (kurikulum_id);


--
-- Name: ref_mata_pelajaran pk_ref_mata_pelajaran; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_mata_pelajaran
    ADD CONSTRAINT pk_ref_mata_pelajaran PRIMARY KEY (mata_pelajaran_id);


--
-- Name: ref_mata_pelajaran_kurikulum pk_ref_mata_pelajaran_kurikulum; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_mata_pelajaran_kurikulum
    ADD CONSTRAINT pk_ref_mata_pelajaran_kurikulum PRIMARY KEY (kurikulum_id, mata_pelajaran_id, tingkat_pendidikan_id);


--
-- Name: ref_pangkat_golongan pk_ref_pangkat_golongan; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_pangkat_golongan
    ADD CONSTRAINT pk_ref_pangkat_golongan PRIMARY KEY (pangkat_golongan_id);


--
-- Name: ref_pekerjaan pk_ref_pekerjaan; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_pekerjaan
    ADD CONSTRAINT pk_ref_pekerjaan PRIMARY KEY (pekerjaan_id);


--
-- Name: ref_penghasilan pk_ref_penghasilan; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_penghasilan
    ADD CONSTRAINT pk_ref_penghasilan PRIMARY KEY (penghasilan_id);


--
-- Name: ref_peran pk_ref_peran; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_peran
    ADD CONSTRAINT pk_ref_peran PRIMARY KEY (peran_id);


--
-- Name: ref_semester pk_ref_semester; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_semester
    ADD CONSTRAINT pk_ref_semester PRIMARY KEY (semester_id);


--
-- Name: ref_status_kepegawaian pk_ref_status_kepegawaian; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_status_kepegawaian
    ADD CONSTRAINT pk_ref_status_kepegawaian PRIMARY KEY (status_kepegawaian_id);


--
-- Name: ref_status_kepemilikan pk_ref_status_kepemilikan; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_status_kepemilikan
    ADD CONSTRAINT pk_ref_status_kepemilikan PRIMARY KEY (status_kepemilikan_id);


--
-- Name: ref_tahun_ajaran pk_ref_tahun_ajaran; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_tahun_ajaran
    ADD CONSTRAINT pk_ref_tahun_ajaran PRIMARY KEY (tahun_ajaran_id);


--
-- Name: ref_tingkat_pendidikan pk_ref_tingkat_pendidikan; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_tingkat_pendidikan
    ADD CONSTRAINT pk_ref_tingkat_pendidikan PRIMARY KEY (tingkat_pendidikan_id);


--
-- Name: ref_wilayah pk_ref_wilayah; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_wilayah
    ADD CONSTRAINT pk_ref_wilayah PRIMARY KEY (kode_wilayah);


--
-- Name: registrasi_peserta_didik pk_registrasi_peserta_didik; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registrasi_peserta_didik
    ADD CONSTRAINT pk_registrasi_peserta_didik PRIMARY KEY (registrasi_id);


--
-- Name: rombongan_belajar pk_rombongan_belajar; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rombongan_belajar
    ADD CONSTRAINT pk_rombongan_belajar PRIMARY KEY (rombongan_belajar_id);


--
-- Name: ruang pk_ruang; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ruang
    ADD CONSTRAINT pk_ruang PRIMARY KEY (id_ruang);


--
-- Name: ruang_longitudinal pk_ruang_longitudinal; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ruang_longitudinal
    ADD CONSTRAINT pk_ruang_longitudinal PRIMARY KEY (ruang_longitudinal_id);


--
-- Name: rwy_pend_formal pk_rwy_pend_formal; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rwy_pend_formal
    ADD CONSTRAINT pk_rwy_pend_formal PRIMARY KEY (riwayat_pendidikan_formal_id);


--
-- Name: sekolah pk_sekolah; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sekolah
    ADD CONSTRAINT pk_sekolah PRIMARY KEY (sekolah_id);


--
-- Name: sekolah_longitudinal pk_sekolah_longitudinal; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sekolah_longitudinal
    ADD CONSTRAINT pk_sekolah_longitudinal PRIMARY KEY (sekolah_longitudinal_id);


--
-- Name: tanah pk_tanah; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tanah
    ADD CONSTRAINT pk_tanah PRIMARY KEY (id_tanah);


--
-- Name: tugas_tambahan pk_tugas_tambahan; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tugas_tambahan
    ADD CONSTRAINT pk_tugas_tambahan PRIMARY KEY (ptk_tugas_tambahan_id);


--
-- Name: srv_change_feed srv_change_feed_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_change_feed
    ADD CONSTRAINT srv_change_feed_pkey PRIMARY KEY (seq);


--
-- Name: srv_change_feed srv_change_feed_table_name_row_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_change_feed
    ADD CONSTRAINT srv_change_feed_table_name_row_id_key UNIQUE (table_name, row_id);


--
-- Name: srv_device srv_device_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_device
    ADD CONSTRAINT srv_device_pkey PRIMARY KEY (device_id);


--
-- Name: srv_device srv_device_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_device
    ADD CONSTRAINT srv_device_token_hash_key UNIQUE (token_hash);


--
-- Name: srv_feed_lock srv_feed_lock_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_feed_lock
    ADD CONSTRAINT srv_feed_lock_pkey PRIMARY KEY (id);


--
-- Name: srv_package_history srv_package_history_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_package_history
    ADD CONSTRAINT srv_package_history_pkey PRIMARY KEY (id);


--
-- Name: srv_package srv_package_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_package
    ADD CONSTRAINT srv_package_pkey PRIMARY KEY (id);


--
-- Name: srv_package srv_package_sekolah_id_package_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_package
    ADD CONSTRAINT srv_package_sekolah_id_package_id_key UNIQUE (sekolah_id, package_id);


--
-- Name: srv_pmp_key srv_pmp_key_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_pmp_key
    ADD CONSTRAINT srv_pmp_key_pkey PRIMARY KEY (sekolah_id);


--
-- Name: srv_pmp_submission srv_pmp_submission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_pmp_submission
    ADD CONSTRAINT srv_pmp_submission_pkey PRIMARY KEY (id);


--
-- Name: srv_register_failure srv_register_failure_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_register_failure
    ADD CONSTRAINT srv_register_failure_pkey PRIMARY KEY (id);


--
-- Name: srv_row_result srv_row_result_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_row_result
    ADD CONSTRAINT srv_row_result_pkey PRIMARY KEY (id);


--
-- Name: srv_school srv_school_npsn_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_school
    ADD CONSTRAINT srv_school_npsn_key UNIQUE (npsn);


--
-- Name: srv_school srv_school_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_school
    ADD CONSTRAINT srv_school_pkey PRIMARY KEY (sekolah_id);


--
-- Name: srv_upload srv_upload_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_upload
    ADD CONSTRAINT srv_upload_pkey PRIMARY KEY (upload_id);


--
-- Name: srv_upload srv_upload_sekolah_id_package_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_upload
    ADD CONSTRAINT srv_upload_sekolah_id_package_id_key UNIQUE (sekolah_id, package_id);


--
-- Name: alat_longitudinal uq_alat_longitudinal_id_alat; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alat_longitudinal
    ADD CONSTRAINT uq_alat_longitudinal_id_alat UNIQUE (id_alat, semester_id);


--
-- Name: anggota_rombel uq_anggota_rombel_rombongan_belajar_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.anggota_rombel
    ADD CONSTRAINT uq_anggota_rombel_rombongan_belajar_id UNIQUE (rombongan_belajar_id, peserta_didik_id);


--
-- Name: bangunan_longitudinal uq_bangunan_longitudinal_id_bangunan; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bangunan_longitudinal
    ADD CONSTRAINT uq_bangunan_longitudinal_id_bangunan UNIQUE (id_bangunan, semester_id);


--
-- Name: nilai uq_nilai_anggota_rombel_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nilai
    ADD CONSTRAINT uq_nilai_anggota_rombel_id UNIQUE (anggota_rombel_id, pembelajaran_id);


--
-- Name: peserta_didik_longitudinal uq_peserta_didik_longitudinal_peserta_didik_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_didik_longitudinal
    ADD CONSTRAINT uq_peserta_didik_longitudinal_peserta_didik_id UNIQUE (peserta_didik_id, semester_id);


--
-- Name: ruang_longitudinal uq_ruang_longitudinal_id_ruang; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ruang_longitudinal
    ADD CONSTRAINT uq_ruang_longitudinal_id_ruang UNIQUE (id_ruang, semester_id);


--
-- Name: sekolah_longitudinal uq_sekolah_longitudinal_sekolah_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sekolah_longitudinal
    ADD CONSTRAINT uq_sekolah_longitudinal_sekolah_id UNIQUE (sekolah_id, semester_id);


--
-- Name: sekolah uq_sekolah_npsn; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sekolah
    ADD CONSTRAINT uq_sekolah_npsn UNIQUE (npsn);


--
-- Name: ix_alat_id_ruang; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_alat_id_ruang ON public.alat USING btree (id_ruang);


--
-- Name: ix_alat_longitudinal_id_alat; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_alat_longitudinal_id_alat ON public.alat_longitudinal USING btree (id_alat);


--
-- Name: ix_alat_sekolah_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_alat_sekolah_id ON public.alat USING btree (sekolah_id);


--
-- Name: ix_anggota_rombel_peserta_didik_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_anggota_rombel_peserta_didik_id ON public.anggota_rombel USING btree (peserta_didik_id);


--
-- Name: ix_anggota_rombel_rombongan_belajar_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_anggota_rombel_rombongan_belajar_id ON public.anggota_rombel USING btree (rombongan_belajar_id);


--
-- Name: ix_bangunan_id_tanah; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_bangunan_id_tanah ON public.bangunan USING btree (id_tanah);


--
-- Name: ix_bangunan_longitudinal_id_bangunan; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_bangunan_longitudinal_id_bangunan ON public.bangunan_longitudinal USING btree (id_bangunan);


--
-- Name: ix_bangunan_sekolah_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_bangunan_sekolah_id ON public.bangunan USING btree (sekolah_id);


--
-- Name: ix_jadwal_id_ruang; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_jadwal_id_ruang ON public.jadwal USING btree (id_ruang);


--
-- Name: ix_jadwal_pembelajaran_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_jadwal_pembelajaran_id ON public.jadwal USING btree (pembelajaran_id);


--
-- Name: ix_jadwal_sekolah_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_jadwal_sekolah_id ON public.jadwal USING btree (sekolah_id);


--
-- Name: ix_nilai_anggota_rombel_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_nilai_anggota_rombel_id ON public.nilai USING btree (anggota_rombel_id);


--
-- Name: ix_nilai_pembelajaran_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_nilai_pembelajaran_id ON public.nilai USING btree (pembelajaran_id);


--
-- Name: ix_pembelajaran_ptk_terdaftar_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_pembelajaran_ptk_terdaftar_id ON public.pembelajaran USING btree (ptk_terdaftar_id);


--
-- Name: ix_pembelajaran_rombongan_belajar_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_pembelajaran_rombongan_belajar_id ON public.pembelajaran USING btree (rombongan_belajar_id);


--
-- Name: ix_peserta_didik_longitudinal_peserta_didik_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_peserta_didik_longitudinal_peserta_didik_id ON public.peserta_didik_longitudinal USING btree (peserta_didik_id);


--
-- Name: ix_peserta_didik_nama; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_peserta_didik_nama ON public.peserta_didik USING btree (nama);


--
-- Name: ix_peserta_didik_nik; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_peserta_didik_nik ON public.peserta_didik USING btree (nik);


--
-- Name: ix_peserta_didik_nisn; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_peserta_didik_nisn ON public.peserta_didik USING btree (nisn);


--
-- Name: ix_ptk_nama; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ptk_nama ON public.ptk USING btree (nama);


--
-- Name: ix_ptk_nik; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ptk_nik ON public.ptk USING btree (nik);


--
-- Name: ix_ptk_nuptk; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ptk_nuptk ON public.ptk USING btree (nuptk);


--
-- Name: ix_ptk_terdaftar_ptk_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ptk_terdaftar_ptk_id ON public.ptk_terdaftar USING btree (ptk_id);


--
-- Name: ix_ptk_terdaftar_sekolah_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ptk_terdaftar_sekolah_id ON public.ptk_terdaftar USING btree (sekolah_id);


--
-- Name: ix_ref_wilayah_mst_kode_wilayah; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ref_wilayah_mst_kode_wilayah ON public.ref_wilayah USING btree (mst_kode_wilayah);


--
-- Name: ix_registrasi_peserta_didik_peserta_didik_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_registrasi_peserta_didik_peserta_didik_id ON public.registrasi_peserta_didik USING btree (peserta_didik_id);


--
-- Name: ix_registrasi_peserta_didik_sekolah_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_registrasi_peserta_didik_sekolah_id ON public.registrasi_peserta_didik USING btree (sekolah_id);


--
-- Name: ix_rombongan_belajar_id_ruang; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_rombongan_belajar_id_ruang ON public.rombongan_belajar USING btree (id_ruang);


--
-- Name: ix_rombongan_belajar_ptk_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_rombongan_belajar_ptk_id ON public.rombongan_belajar USING btree (ptk_id);


--
-- Name: ix_rombongan_belajar_sekolah_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_rombongan_belajar_sekolah_id ON public.rombongan_belajar USING btree (sekolah_id);


--
-- Name: ix_ruang_id_bangunan; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ruang_id_bangunan ON public.ruang USING btree (id_bangunan);


--
-- Name: ix_ruang_longitudinal_id_ruang; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ruang_longitudinal_id_ruang ON public.ruang_longitudinal USING btree (id_ruang);


--
-- Name: ix_ruang_sekolah_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ruang_sekolah_id ON public.ruang USING btree (sekolah_id);


--
-- Name: ix_rwy_pend_formal_ptk_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_rwy_pend_formal_ptk_id ON public.rwy_pend_formal USING btree (ptk_id);


--
-- Name: ix_sekolah_longitudinal_sekolah_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_sekolah_longitudinal_sekolah_id ON public.sekolah_longitudinal USING btree (sekolah_id);


--
-- Name: ix_srv_change_feed_school_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_srv_change_feed_school_seq ON public.srv_change_feed USING btree (sekolah_id, seq);


--
-- Name: ix_srv_change_feed_sekolah_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_srv_change_feed_sekolah_id ON public.srv_change_feed USING btree (sekolah_id);


--
-- Name: ix_srv_package_history_package_pk; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_srv_package_history_package_pk ON public.srv_package_history USING btree (package_pk);


--
-- Name: ix_srv_package_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_srv_package_status ON public.srv_package USING btree (status, id);


--
-- Name: ix_srv_register_failure_npsn; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_srv_register_failure_npsn ON public.srv_register_failure USING btree (npsn);


--
-- Name: ix_srv_row_result_package_pk; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_srv_row_result_package_pk ON public.srv_row_result USING btree (package_pk);


--
-- Name: ix_tanah_sekolah_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_tanah_sekolah_id ON public.tanah USING btree (sekolah_id);


--
-- Name: ix_tugas_tambahan_ptk_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_tugas_tambahan_ptk_id ON public.tugas_tambahan USING btree (ptk_id);


--
-- Name: ix_tugas_tambahan_sekolah_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_tugas_tambahan_sekolah_id ON public.tugas_tambahan USING btree (sekolah_id);


--
-- Name: alat fk_alat_id_ruang_ruang; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alat
    ADD CONSTRAINT fk_alat_id_ruang_ruang FOREIGN KEY (id_ruang) REFERENCES public.ruang(id_ruang);


--
-- Name: alat fk_alat_jenis_sarana_id_ref_jenis_sarana; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alat
    ADD CONSTRAINT fk_alat_jenis_sarana_id_ref_jenis_sarana FOREIGN KEY (jenis_sarana_id) REFERENCES public.ref_jenis_sarana(jenis_sarana_id);


--
-- Name: alat_longitudinal fk_alat_longitudinal_id_alat_alat; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alat_longitudinal
    ADD CONSTRAINT fk_alat_longitudinal_id_alat_alat FOREIGN KEY (id_alat) REFERENCES public.alat(id_alat);


--
-- Name: alat_longitudinal fk_alat_longitudinal_semester_id_ref_semester; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alat_longitudinal
    ADD CONSTRAINT fk_alat_longitudinal_semester_id_ref_semester FOREIGN KEY (semester_id) REFERENCES public.ref_semester(semester_id);


--
-- Name: alat fk_alat_sekolah_id_sekolah; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alat
    ADD CONSTRAINT fk_alat_sekolah_id_sekolah FOREIGN KEY (sekolah_id) REFERENCES public.sekolah(sekolah_id);


--
-- Name: alat fk_alat_status_kepemilikan_id_ref_status_kepemilikan; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alat
    ADD CONSTRAINT fk_alat_status_kepemilikan_id_ref_status_kepemilikan FOREIGN KEY (status_kepemilikan_id) REFERENCES public.ref_status_kepemilikan(status_kepemilikan_id);


--
-- Name: anggota_rombel fk_anggota_rombel_jenis_pendaftaran_id_ref_jenis_pendaftaran; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.anggota_rombel
    ADD CONSTRAINT fk_anggota_rombel_jenis_pendaftaran_id_ref_jenis_pendaftaran FOREIGN KEY (jenis_pendaftaran_id) REFERENCES public.ref_jenis_pendaftaran(jenis_pendaftaran_id);


--
-- Name: anggota_rombel fk_anggota_rombel_peserta_didik_id_peserta_didik; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.anggota_rombel
    ADD CONSTRAINT fk_anggota_rombel_peserta_didik_id_peserta_didik FOREIGN KEY (peserta_didik_id) REFERENCES public.peserta_didik(peserta_didik_id);


--
-- Name: anggota_rombel fk_anggota_rombel_rombongan_belajar_id_rombongan_belajar; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.anggota_rombel
    ADD CONSTRAINT fk_anggota_rombel_rombongan_belajar_id_rombongan_belajar FOREIGN KEY (rombongan_belajar_id) REFERENCES public.rombongan_belajar(rombongan_belajar_id);


--
-- Name: bangunan fk_bangunan_id_tanah_tanah; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bangunan
    ADD CONSTRAINT fk_bangunan_id_tanah_tanah FOREIGN KEY (id_tanah) REFERENCES public.tanah(id_tanah);


--
-- Name: bangunan_longitudinal fk_bangunan_longitudinal_id_bangunan_bangunan; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bangunan_longitudinal
    ADD CONSTRAINT fk_bangunan_longitudinal_id_bangunan_bangunan FOREIGN KEY (id_bangunan) REFERENCES public.bangunan(id_bangunan);


--
-- Name: bangunan_longitudinal fk_bangunan_longitudinal_kerusakan_id_ref_kerusakan; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bangunan_longitudinal
    ADD CONSTRAINT fk_bangunan_longitudinal_kerusakan_id_ref_kerusakan FOREIGN KEY (kerusakan_id) REFERENCES public.ref_kerusakan(kerusakan_id);


--
-- Name: bangunan_longitudinal fk_bangunan_longitudinal_semester_id_ref_semester; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bangunan_longitudinal
    ADD CONSTRAINT fk_bangunan_longitudinal_semester_id_ref_semester FOREIGN KEY (semester_id) REFERENCES public.ref_semester(semester_id);


--
-- Name: bangunan fk_bangunan_sekolah_id_sekolah; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bangunan
    ADD CONSTRAINT fk_bangunan_sekolah_id_sekolah FOREIGN KEY (sekolah_id) REFERENCES public.sekolah(sekolah_id);


--
-- Name: bangunan fk_bangunan_status_kepemilikan_id_ref_status_kepemilikan; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bangunan
    ADD CONSTRAINT fk_bangunan_status_kepemilikan_id_ref_status_kepemilikan FOREIGN KEY (status_kepemilikan_id) REFERENCES public.ref_status_kepemilikan(status_kepemilikan_id);


--
-- Name: jadwal fk_jadwal_id_ruang_ruang; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jadwal
    ADD CONSTRAINT fk_jadwal_id_ruang_ruang FOREIGN KEY (id_ruang) REFERENCES public.ruang(id_ruang);


--
-- Name: jadwal fk_jadwal_pembelajaran_id_pembelajaran; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jadwal
    ADD CONSTRAINT fk_jadwal_pembelajaran_id_pembelajaran FOREIGN KEY (pembelajaran_id) REFERENCES public.pembelajaran(pembelajaran_id);


--
-- Name: jadwal fk_jadwal_sekolah_id_sekolah; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jadwal
    ADD CONSTRAINT fk_jadwal_sekolah_id_sekolah FOREIGN KEY (sekolah_id) REFERENCES public.sekolah(sekolah_id);


--
-- Name: jadwal fk_jadwal_semester_id_ref_semester; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jadwal
    ADD CONSTRAINT fk_jadwal_semester_id_ref_semester FOREIGN KEY (semester_id) REFERENCES public.ref_semester(semester_id);


--
-- Name: nilai fk_nilai_anggota_rombel_id_anggota_rombel; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nilai
    ADD CONSTRAINT fk_nilai_anggota_rombel_id_anggota_rombel FOREIGN KEY (anggota_rombel_id) REFERENCES public.anggota_rombel(anggota_rombel_id);


--
-- Name: nilai fk_nilai_pembelajaran_id_pembelajaran; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nilai
    ADD CONSTRAINT fk_nilai_pembelajaran_id_pembelajaran FOREIGN KEY (pembelajaran_id) REFERENCES public.pembelajaran(pembelajaran_id);


--
-- Name: nilai fk_nilai_semester_id_ref_semester; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nilai
    ADD CONSTRAINT fk_nilai_semester_id_ref_semester FOREIGN KEY (semester_id) REFERENCES public.ref_semester(semester_id);


--
-- Name: pembelajaran fk_pembelajaran_induk_pembelajaran_id_pembelajaran; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pembelajaran
    ADD CONSTRAINT fk_pembelajaran_induk_pembelajaran_id_pembelajaran FOREIGN KEY (induk_pembelajaran_id) REFERENCES public.pembelajaran(pembelajaran_id);


--
-- Name: pembelajaran fk_pembelajaran_mata_pelajaran_id_ref_mata_pelajaran; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pembelajaran
    ADD CONSTRAINT fk_pembelajaran_mata_pelajaran_id_ref_mata_pelajaran FOREIGN KEY (mata_pelajaran_id) REFERENCES public.ref_mata_pelajaran(mata_pelajaran_id);


--
-- Name: pembelajaran fk_pembelajaran_ptk_terdaftar_id_ptk_terdaftar; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pembelajaran
    ADD CONSTRAINT fk_pembelajaran_ptk_terdaftar_id_ptk_terdaftar FOREIGN KEY (ptk_terdaftar_id) REFERENCES public.ptk_terdaftar(ptk_terdaftar_id);


--
-- Name: pembelajaran fk_pembelajaran_rombongan_belajar_id_rombongan_belajar; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pembelajaran
    ADD CONSTRAINT fk_pembelajaran_rombongan_belajar_id_rombongan_belajar FOREIGN KEY (rombongan_belajar_id) REFERENCES public.rombongan_belajar(rombongan_belajar_id);


--
-- Name: pembelajaran fk_pembelajaran_semester_id_ref_semester; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pembelajaran
    ADD CONSTRAINT fk_pembelajaran_semester_id_ref_semester FOREIGN KEY (semester_id) REFERENCES public.ref_semester(semester_id);


--
-- Name: peserta_didik fk_peserta_didik_agama_id_ref_agama; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_didik
    ADD CONSTRAINT fk_peserta_didik_agama_id_ref_agama FOREIGN KEY (agama_id) REFERENCES public.ref_agama(agama_id);


--
-- Name: peserta_didik fk_peserta_didik_alat_transportasi_id_ref_alat_transportasi; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_didik
    ADD CONSTRAINT fk_peserta_didik_alat_transportasi_id_ref_alat_transportasi FOREIGN KEY (alat_transportasi_id) REFERENCES public.ref_alat_transportasi(alat_transportasi_id);


--
-- Name: peserta_didik fk_peserta_didik_jenis_tinggal_id_ref_jenis_tinggal; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_didik
    ADD CONSTRAINT fk_peserta_didik_jenis_tinggal_id_ref_jenis_tinggal FOREIGN KEY (jenis_tinggal_id) REFERENCES public.ref_jenis_tinggal(jenis_tinggal_id);


--
-- Name: peserta_didik fk_peserta_didik_kebutuhan_khusus_id_ref_kebutuhan_khusus; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_didik
    ADD CONSTRAINT fk_peserta_didik_kebutuhan_khusus_id_ref_kebutuhan_khusus FOREIGN KEY (kebutuhan_khusus_id) REFERENCES public.ref_kebutuhan_khusus(kebutuhan_khusus_id);


--
-- Name: peserta_didik fk_peserta_didik_kode_wilayah_ref_wilayah; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_didik
    ADD CONSTRAINT fk_peserta_didik_kode_wilayah_ref_wilayah FOREIGN KEY (kode_wilayah) REFERENCES public.ref_wilayah(kode_wilayah);


--
-- Name: peserta_didik_longitudinal fk_peserta_didik_longitudinal_peserta_didik_id_peserta_didik; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_didik_longitudinal
    ADD CONSTRAINT fk_peserta_didik_longitudinal_peserta_didik_id_peserta_didik FOREIGN KEY (peserta_didik_id) REFERENCES public.peserta_didik(peserta_didik_id);


--
-- Name: peserta_didik_longitudinal fk_peserta_didik_longitudinal_semester_id_ref_semester; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_didik_longitudinal
    ADD CONSTRAINT fk_peserta_didik_longitudinal_semester_id_ref_semester FOREIGN KEY (semester_id) REFERENCES public.ref_semester(semester_id);


--
-- Name: peserta_didik fk_peserta_didik_pekerjaan_id_ayah_ref_pekerjaan; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_didik
    ADD CONSTRAINT fk_peserta_didik_pekerjaan_id_ayah_ref_pekerjaan FOREIGN KEY (pekerjaan_id_ayah) REFERENCES public.ref_pekerjaan(pekerjaan_id);


--
-- Name: peserta_didik fk_peserta_didik_pekerjaan_id_ibu_ref_pekerjaan; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_didik
    ADD CONSTRAINT fk_peserta_didik_pekerjaan_id_ibu_ref_pekerjaan FOREIGN KEY (pekerjaan_id_ibu) REFERENCES public.ref_pekerjaan(pekerjaan_id);


--
-- Name: peserta_didik fk_peserta_didik_pekerjaan_id_wali_ref_pekerjaan; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_didik
    ADD CONSTRAINT fk_peserta_didik_pekerjaan_id_wali_ref_pekerjaan FOREIGN KEY (pekerjaan_id_wali) REFERENCES public.ref_pekerjaan(pekerjaan_id);


--
-- Name: peserta_didik fk_peserta_didik_penghasilan_id_ayah_ref_penghasilan; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_didik
    ADD CONSTRAINT fk_peserta_didik_penghasilan_id_ayah_ref_penghasilan FOREIGN KEY (penghasilan_id_ayah) REFERENCES public.ref_penghasilan(penghasilan_id);


--
-- Name: peserta_didik fk_peserta_didik_penghasilan_id_ibu_ref_penghasilan; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_didik
    ADD CONSTRAINT fk_peserta_didik_penghasilan_id_ibu_ref_penghasilan FOREIGN KEY (penghasilan_id_ibu) REFERENCES public.ref_penghasilan(penghasilan_id);


--
-- Name: peserta_didik fk_peserta_didik_penghasilan_id_wali_ref_penghasilan; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_didik
    ADD CONSTRAINT fk_peserta_didik_penghasilan_id_wali_ref_penghasilan FOREIGN KEY (penghasilan_id_wali) REFERENCES public.ref_penghasilan(penghasilan_id);


--
-- Name: ptk fk_ptk_agama_id_ref_agama; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ptk
    ADD CONSTRAINT fk_ptk_agama_id_ref_agama FOREIGN KEY (agama_id) REFERENCES public.ref_agama(agama_id);


--
-- Name: ptk fk_ptk_kode_wilayah_ref_wilayah; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ptk
    ADD CONSTRAINT fk_ptk_kode_wilayah_ref_wilayah FOREIGN KEY (kode_wilayah) REFERENCES public.ref_wilayah(kode_wilayah);


--
-- Name: ptk fk_ptk_pangkat_golongan_id_ref_pangkat_golongan; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ptk
    ADD CONSTRAINT fk_ptk_pangkat_golongan_id_ref_pangkat_golongan FOREIGN KEY (pangkat_golongan_id) REFERENCES public.ref_pangkat_golongan(pangkat_golongan_id);


--
-- Name: ptk fk_ptk_status_kepegawaian_id_ref_status_kepegawaian; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ptk
    ADD CONSTRAINT fk_ptk_status_kepegawaian_id_ref_status_kepegawaian FOREIGN KEY (status_kepegawaian_id) REFERENCES public.ref_status_kepegawaian(status_kepegawaian_id);


--
-- Name: ptk_terdaftar fk_ptk_terdaftar_jenis_keluar_id_ref_jenis_keluar; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ptk_terdaftar
    ADD CONSTRAINT fk_ptk_terdaftar_jenis_keluar_id_ref_jenis_keluar FOREIGN KEY (jenis_keluar_id) REFERENCES public.ref_jenis_keluar(jenis_keluar_id);


--
-- Name: ptk_terdaftar fk_ptk_terdaftar_jenis_ptk_id_ref_jenis_ptk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ptk_terdaftar
    ADD CONSTRAINT fk_ptk_terdaftar_jenis_ptk_id_ref_jenis_ptk FOREIGN KEY (jenis_ptk_id) REFERENCES public.ref_jenis_ptk(jenis_ptk_id);


--
-- Name: ptk_terdaftar fk_ptk_terdaftar_ptk_id_ptk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ptk_terdaftar
    ADD CONSTRAINT fk_ptk_terdaftar_ptk_id_ptk FOREIGN KEY (ptk_id) REFERENCES public.ptk(ptk_id);


--
-- Name: ptk_terdaftar fk_ptk_terdaftar_sekolah_id_sekolah; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ptk_terdaftar
    ADD CONSTRAINT fk_ptk_terdaftar_sekolah_id_sekolah FOREIGN KEY (sekolah_id) REFERENCES public.sekolah(sekolah_id);


--
-- Name: ptk_terdaftar fk_ptk_terdaftar_tahun_ajaran_id_ref_tahun_ajaran; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ptk_terdaftar
    ADD CONSTRAINT fk_ptk_terdaftar_tahun_ajaran_id_ref_tahun_ajaran FOREIGN KEY (tahun_ajaran_id) REFERENCES public.ref_tahun_ajaran(tahun_ajaran_id);


--
-- Name: ref_bentuk_pendidikan fk_ref_bentuk_pendidikan_jenjang_pendidikan_id_ref_jenj_68ae; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_bentuk_pendidikan
    ADD CONSTRAINT fk_ref_bentuk_pendidikan_jenjang_pendidikan_id_ref_jenj_68ae FOREIGN KEY (jenjang_pendidikan_id) REFERENCES public.ref_jenjang_pendidikan(jenjang_pendidikan_id);


--
-- Name: ref_kurikulum fk_ref_kurikulum_jenjang_pendidikan_id_ref_jenjang_pendidikan; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_kurikulum
    ADD CONSTRAINT fk_ref_kurikulum_jenjang_pendidikan_id_ref_jenjang_pendidikan FOREIGN KEY (jenjang_pendidikan_id) REFERENCES public.ref_jenjang_pendidikan(jenjang_pendidikan_id);


--
-- Name: ref_mata_pelajaran_kurikulum fk_ref_mata_pelajaran_kurikulum_kurikulum_id_ref_kurikulum; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_mata_pelajaran_kurikulum
    ADD CONSTRAINT fk_ref_mata_pelajaran_kurikulum_kurikulum_id_ref_kurikulum FOREIGN KEY (kurikulum_id) REFERENCES public.ref_kurikulum(kurikulum_id);


--
-- Name: ref_mata_pelajaran_kurikulum fk_ref_mata_pelajaran_kurikulum_mata_pelajaran_id_ref_m_750b; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_mata_pelajaran_kurikulum
    ADD CONSTRAINT fk_ref_mata_pelajaran_kurikulum_mata_pelajaran_id_ref_m_750b FOREIGN KEY (mata_pelajaran_id) REFERENCES public.ref_mata_pelajaran(mata_pelajaran_id);


--
-- Name: ref_mata_pelajaran_kurikulum fk_ref_mata_pelajaran_kurikulum_tingkat_pendidikan_id_r_0566; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_mata_pelajaran_kurikulum
    ADD CONSTRAINT fk_ref_mata_pelajaran_kurikulum_tingkat_pendidikan_id_r_0566 FOREIGN KEY (tingkat_pendidikan_id) REFERENCES public.ref_tingkat_pendidikan(tingkat_pendidikan_id);


--
-- Name: ref_semester fk_ref_semester_tahun_ajaran_id_ref_tahun_ajaran; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_semester
    ADD CONSTRAINT fk_ref_semester_tahun_ajaran_id_ref_tahun_ajaran FOREIGN KEY (tahun_ajaran_id) REFERENCES public.ref_tahun_ajaran(tahun_ajaran_id);


--
-- Name: ref_tingkat_pendidikan fk_ref_tingkat_pendidikan_jenjang_pendidikan_id_ref_jen_8705; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref_tingkat_pendidikan
    ADD CONSTRAINT fk_ref_tingkat_pendidikan_jenjang_pendidikan_id_ref_jen_8705 FOREIGN KEY (jenjang_pendidikan_id) REFERENCES public.ref_jenjang_pendidikan(jenjang_pendidikan_id);


--
-- Name: registrasi_peserta_didik fk_registrasi_peserta_didik_jenis_keluar_id_ref_jenis_keluar; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registrasi_peserta_didik
    ADD CONSTRAINT fk_registrasi_peserta_didik_jenis_keluar_id_ref_jenis_keluar FOREIGN KEY (jenis_keluar_id) REFERENCES public.ref_jenis_keluar(jenis_keluar_id);


--
-- Name: registrasi_peserta_didik fk_registrasi_peserta_didik_jenis_pendaftaran_id_ref_je_d7d1; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registrasi_peserta_didik
    ADD CONSTRAINT fk_registrasi_peserta_didik_jenis_pendaftaran_id_ref_je_d7d1 FOREIGN KEY (jenis_pendaftaran_id) REFERENCES public.ref_jenis_pendaftaran(jenis_pendaftaran_id);


--
-- Name: registrasi_peserta_didik fk_registrasi_peserta_didik_peserta_didik_id_peserta_didik; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registrasi_peserta_didik
    ADD CONSTRAINT fk_registrasi_peserta_didik_peserta_didik_id_peserta_didik FOREIGN KEY (peserta_didik_id) REFERENCES public.peserta_didik(peserta_didik_id);


--
-- Name: registrasi_peserta_didik fk_registrasi_peserta_didik_sekolah_id_sekolah; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registrasi_peserta_didik
    ADD CONSTRAINT fk_registrasi_peserta_didik_sekolah_id_sekolah FOREIGN KEY (sekolah_id) REFERENCES public.sekolah(sekolah_id);


--
-- Name: rombongan_belajar fk_rombongan_belajar_id_ruang_ruang; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rombongan_belajar
    ADD CONSTRAINT fk_rombongan_belajar_id_ruang_ruang FOREIGN KEY (id_ruang) REFERENCES public.ruang(id_ruang);


--
-- Name: rombongan_belajar fk_rombongan_belajar_jenis_rombel_ref_jenis_rombel; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rombongan_belajar
    ADD CONSTRAINT fk_rombongan_belajar_jenis_rombel_ref_jenis_rombel FOREIGN KEY (jenis_rombel) REFERENCES public.ref_jenis_rombel(jenis_rombel);


--
-- Name: rombongan_belajar fk_rombongan_belajar_kurikulum_id_ref_kurikulum; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rombongan_belajar
    ADD CONSTRAINT fk_rombongan_belajar_kurikulum_id_ref_kurikulum FOREIGN KEY (kurikulum_id) REFERENCES public.ref_kurikulum(kurikulum_id);


--
-- Name: rombongan_belajar fk_rombongan_belajar_ptk_id_ptk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rombongan_belajar
    ADD CONSTRAINT fk_rombongan_belajar_ptk_id_ptk FOREIGN KEY (ptk_id) REFERENCES public.ptk(ptk_id);


--
-- Name: rombongan_belajar fk_rombongan_belajar_sekolah_id_sekolah; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rombongan_belajar
    ADD CONSTRAINT fk_rombongan_belajar_sekolah_id_sekolah FOREIGN KEY (sekolah_id) REFERENCES public.sekolah(sekolah_id);


--
-- Name: rombongan_belajar fk_rombongan_belajar_semester_id_ref_semester; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rombongan_belajar
    ADD CONSTRAINT fk_rombongan_belajar_semester_id_ref_semester FOREIGN KEY (semester_id) REFERENCES public.ref_semester(semester_id);


--
-- Name: rombongan_belajar fk_rombongan_belajar_tingkat_pendidikan_id_ref_tingkat__0ad9; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rombongan_belajar
    ADD CONSTRAINT fk_rombongan_belajar_tingkat_pendidikan_id_ref_tingkat__0ad9 FOREIGN KEY (tingkat_pendidikan_id) REFERENCES public.ref_tingkat_pendidikan(tingkat_pendidikan_id);


--
-- Name: ruang fk_ruang_id_bangunan_bangunan; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ruang
    ADD CONSTRAINT fk_ruang_id_bangunan_bangunan FOREIGN KEY (id_bangunan) REFERENCES public.bangunan(id_bangunan);


--
-- Name: ruang fk_ruang_jenis_prasarana_id_ref_jenis_prasarana; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ruang
    ADD CONSTRAINT fk_ruang_jenis_prasarana_id_ref_jenis_prasarana FOREIGN KEY (jenis_prasarana_id) REFERENCES public.ref_jenis_prasarana(jenis_prasarana_id);


--
-- Name: ruang_longitudinal fk_ruang_longitudinal_id_ruang_ruang; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ruang_longitudinal
    ADD CONSTRAINT fk_ruang_longitudinal_id_ruang_ruang FOREIGN KEY (id_ruang) REFERENCES public.ruang(id_ruang);


--
-- Name: ruang_longitudinal fk_ruang_longitudinal_kerusakan_id_ref_kerusakan; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ruang_longitudinal
    ADD CONSTRAINT fk_ruang_longitudinal_kerusakan_id_ref_kerusakan FOREIGN KEY (kerusakan_id) REFERENCES public.ref_kerusakan(kerusakan_id);


--
-- Name: ruang_longitudinal fk_ruang_longitudinal_semester_id_ref_semester; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ruang_longitudinal
    ADD CONSTRAINT fk_ruang_longitudinal_semester_id_ref_semester FOREIGN KEY (semester_id) REFERENCES public.ref_semester(semester_id);


--
-- Name: ruang fk_ruang_sekolah_id_sekolah; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ruang
    ADD CONSTRAINT fk_ruang_sekolah_id_sekolah FOREIGN KEY (sekolah_id) REFERENCES public.sekolah(sekolah_id);


--
-- Name: rwy_pend_formal fk_rwy_pend_formal_bidang_studi_id_ref_bidang_studi; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rwy_pend_formal
    ADD CONSTRAINT fk_rwy_pend_formal_bidang_studi_id_ref_bidang_studi FOREIGN KEY (bidang_studi_id) REFERENCES public.ref_bidang_studi(bidang_studi_id);


--
-- Name: rwy_pend_formal fk_rwy_pend_formal_gelar_akademik_id_ref_gelar_akademik; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rwy_pend_formal
    ADD CONSTRAINT fk_rwy_pend_formal_gelar_akademik_id_ref_gelar_akademik FOREIGN KEY (gelar_akademik_id) REFERENCES public.ref_gelar_akademik(gelar_akademik_id);


--
-- Name: rwy_pend_formal fk_rwy_pend_formal_jenjang_pendidikan_id_ref_jenjang_pendidikan; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rwy_pend_formal
    ADD CONSTRAINT fk_rwy_pend_formal_jenjang_pendidikan_id_ref_jenjang_pendidikan FOREIGN KEY (jenjang_pendidikan_id) REFERENCES public.ref_jenjang_pendidikan(jenjang_pendidikan_id);


--
-- Name: rwy_pend_formal fk_rwy_pend_formal_ptk_id_ptk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rwy_pend_formal
    ADD CONSTRAINT fk_rwy_pend_formal_ptk_id_ptk FOREIGN KEY (ptk_id) REFERENCES public.ptk(ptk_id);


--
-- Name: sekolah fk_sekolah_akreditasi_id_ref_akreditasi; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sekolah
    ADD CONSTRAINT fk_sekolah_akreditasi_id_ref_akreditasi FOREIGN KEY (akreditasi_id) REFERENCES public.ref_akreditasi(akreditasi_id);


--
-- Name: sekolah fk_sekolah_bentuk_pendidikan_id_ref_bentuk_pendidikan; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sekolah
    ADD CONSTRAINT fk_sekolah_bentuk_pendidikan_id_ref_bentuk_pendidikan FOREIGN KEY (bentuk_pendidikan_id) REFERENCES public.ref_bentuk_pendidikan(bentuk_pendidikan_id);


--
-- Name: sekolah fk_sekolah_kode_wilayah_ref_wilayah; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sekolah
    ADD CONSTRAINT fk_sekolah_kode_wilayah_ref_wilayah FOREIGN KEY (kode_wilayah) REFERENCES public.ref_wilayah(kode_wilayah);


--
-- Name: sekolah_longitudinal fk_sekolah_longitudinal_sekolah_id_sekolah; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sekolah_longitudinal
    ADD CONSTRAINT fk_sekolah_longitudinal_sekolah_id_sekolah FOREIGN KEY (sekolah_id) REFERENCES public.sekolah(sekolah_id);


--
-- Name: sekolah_longitudinal fk_sekolah_longitudinal_semester_id_ref_semester; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sekolah_longitudinal
    ADD CONSTRAINT fk_sekolah_longitudinal_semester_id_ref_semester FOREIGN KEY (semester_id) REFERENCES public.ref_semester(semester_id);


--
-- Name: sekolah fk_sekolah_status_kepemilikan_id_ref_status_kepemilikan; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sekolah
    ADD CONSTRAINT fk_sekolah_status_kepemilikan_id_ref_status_kepemilikan FOREIGN KEY (status_kepemilikan_id) REFERENCES public.ref_status_kepemilikan(status_kepemilikan_id);


--
-- Name: tanah fk_tanah_sekolah_id_sekolah; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tanah
    ADD CONSTRAINT fk_tanah_sekolah_id_sekolah FOREIGN KEY (sekolah_id) REFERENCES public.sekolah(sekolah_id);


--
-- Name: tanah fk_tanah_status_kepemilikan_id_ref_status_kepemilikan; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tanah
    ADD CONSTRAINT fk_tanah_status_kepemilikan_id_ref_status_kepemilikan FOREIGN KEY (status_kepemilikan_id) REFERENCES public.ref_status_kepemilikan(status_kepemilikan_id);


--
-- Name: tugas_tambahan fk_tugas_tambahan_jabatan_ptk_id_ref_jabatan_tugas_ptk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tugas_tambahan
    ADD CONSTRAINT fk_tugas_tambahan_jabatan_ptk_id_ref_jabatan_tugas_ptk FOREIGN KEY (jabatan_ptk_id) REFERENCES public.ref_jabatan_tugas_ptk(jabatan_ptk_id);


--
-- Name: tugas_tambahan fk_tugas_tambahan_ptk_id_ptk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tugas_tambahan
    ADD CONSTRAINT fk_tugas_tambahan_ptk_id_ptk FOREIGN KEY (ptk_id) REFERENCES public.ptk(ptk_id);


--
-- Name: tugas_tambahan fk_tugas_tambahan_sekolah_id_sekolah; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tugas_tambahan
    ADD CONSTRAINT fk_tugas_tambahan_sekolah_id_sekolah FOREIGN KEY (sekolah_id) REFERENCES public.sekolah(sekolah_id);


--
-- Name: srv_device srv_device_sekolah_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_device
    ADD CONSTRAINT srv_device_sekolah_id_fkey FOREIGN KEY (sekolah_id) REFERENCES public.srv_school(sekolah_id);


--
-- Name: srv_package_history srv_package_history_package_pk_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_package_history
    ADD CONSTRAINT srv_package_history_package_pk_fkey FOREIGN KEY (package_pk) REFERENCES public.srv_package(id);


--
-- Name: srv_package srv_package_sekolah_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_package
    ADD CONSTRAINT srv_package_sekolah_id_fkey FOREIGN KEY (sekolah_id) REFERENCES public.srv_school(sekolah_id);


--
-- Name: srv_pmp_key srv_pmp_key_sekolah_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_pmp_key
    ADD CONSTRAINT srv_pmp_key_sekolah_id_fkey FOREIGN KEY (sekolah_id) REFERENCES public.srv_school(sekolah_id);


--
-- Name: srv_pmp_submission srv_pmp_submission_sekolah_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_pmp_submission
    ADD CONSTRAINT srv_pmp_submission_sekolah_id_fkey FOREIGN KEY (sekolah_id) REFERENCES public.srv_school(sekolah_id);


--
-- Name: srv_row_result srv_row_result_package_pk_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_row_result
    ADD CONSTRAINT srv_row_result_package_pk_fkey FOREIGN KEY (package_pk) REFERENCES public.srv_package(id);


--
-- Name: srv_upload srv_upload_sekolah_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_upload
    ADD CONSTRAINT srv_upload_sekolah_id_fkey FOREIGN KEY (sekolah_id) REFERENCES public.srv_school(sekolah_id);


--
-- PostgreSQL database dump complete
--


