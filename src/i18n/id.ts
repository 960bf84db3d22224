/**
 * Every string a visitor sees, in Bahasa Indonesia, in one table.
 *
 * Plain strings are values; strings that take data are small functions. Pages import `t`
 * and never write visitor-facing text inline. Category labels come from the schemas
 * (`kategoriBerita`, `kategoriPotensi`, …), so the CMS and the site agree.
 *
 * Sections are grouped by page.
 */
import { contentTypes, type ContentTypeName } from '../schemas/index.ts';

export const t = {
  umum: {
    lewatiKeKonten: 'Langsung ke konten utama',
    menu: 'Menu',
    navigasiUtama: 'Menu utama',
    beranda: 'Beranda',
    dibuatDengan: 'Dibuat dengan',
    simpul: 'Simpul',
    jejak: 'Jejak halaman',
  },
  /** Main menu: the beranda; each content type's item is its `menu` in the registry (`src/lib/nav.ts`). */
  nav: {
    beranda: 'Beranda',
  },
  footer: {
    kontak: 'Kontak',
    alamat: 'Alamat',
    telepon: 'Telepon',
    whatsapp: 'WhatsApp',
    email: 'Email',
    jamLayanan: 'Jam layanan',
    sosial: 'Media sosial',
    wilayah: 'Wilayah',
    /** Prefixes for place names, skipped when the name already starts with one. */
    desa: 'Desa',
    kelurahan: 'Kelurahan',
    kecamatan: 'Kecamatan',
    rss: 'Langganan berita (RSS)',
  },
  sosial: {
    facebook: 'Facebook',
    instagram: 'Instagram',
    youtube: 'YouTube',
    tiktok: 'TikTok',
    x: 'X (Twitter)',
  },
  seo: {
    /** `<title>` of every page but the beranda. */
    judulHalaman: (judul: string, situs: string) => `${judul} | ${situs}`,
    rss: (situs: string) => `Berita ${situs}`,
  },
  beranda: {
    beritaTerbaru: 'Berita terbaru',
    semuaBerita: 'Semua berita',
    potensiDesa: 'Potensi desa',
    semuaPotensi: 'Semua potensi',
    agendaMendatang: 'Agenda mendatang',
    semuaAgenda: 'Semua agenda',
    tidakAdaAgenda: 'Belum ada agenda dalam waktu dekat.',
    hubungiKami: 'Hubungi kami',
    kirimAspirasi: 'Sampaikan aspirasi',
    chatWhatsapp: 'Chat lewat WhatsApp',
    sapaWhatsapp: (situs: string) => `Halo ${situs}, saya ingin bertanya.`,
  },
  berita: {
    judul: 'Berita',
    deskripsi: (situs: string) => `Kabar terbaru dari ${situs}.`,
    /** `<title>` of page 2 onwards of a list. */
    judulHalamanKe: (judul: string, n: number) => `${judul} (halaman ${n})`,
    kategoriJudul: (kategori: string) => `Berita kategori ${kategori}`,
    kategoriDeskripsi: (kategori: string, situs: string) => `Berita ${situs} tentang ${kategori}.`,
    semuaKategori: 'Semua kategori',
    kategori: 'Kategori',
    oleh: (nama: string) => `Oleh ${nama}`,
    bagikan: 'Bagikan berita ini',
    bagikanWhatsapp: 'Bagikan ke WhatsApp',
    beritaLain: 'Berita lainnya',
    kosong: 'Belum ada berita.',
  },
  paginasi: {
    label: 'Halaman daftar',
    sebelumnya: 'Sebelumnya',
    berikutnya: 'Berikutnya',
    halaman: (n: number) => `Halaman ${n}`,
    halamanIni: (n: number, total: number) => `Halaman ${n} dari ${total}`,
  },
  potensi: {
    judul: 'Potensi Desa',
    deskripsi: (situs: string) => `Wisata, pertanian, kerajinan, kuliner dan budaya di wilayah ${situs}.`,
    unggulan: 'Unggulan',
    foto: 'Foto',
    lokasi: 'Lokasi',
    lihatPeta: 'Lihat di peta OpenStreetMap',
    kontak: 'Narahubung',
    hubungiWhatsapp: (nama?: string) => (nama ? `Hubungi ${nama} lewat WhatsApp` : 'Hubungi lewat WhatsApp'),
    pesanWhatsapp: (potensi: string, situs: string) => `Halo, saya ingin bertanya tentang ${potensi} yang saya lihat di situs ${situs}.`,
    kosong: 'Belum ada potensi yang dicatat.',
    daftarKategori: 'Kategori potensi',
  },
  produk: {
    judul: 'Produk UMKM',
    deskripsi: (situs: string) => `Produk usaha warga di wilayah ${situs}. Pesan langsung ke penjual lewat WhatsApp.`,
    harga: 'Harga',
    penjual: 'Penjual',
    pesan: 'Pesan lewat WhatsApp',
    pesanWhatsapp: (produk: string, harga: string, situs: string) =>
      `Halo, saya ingin memesan ${produk} (${harga}) yang saya lihat di situs ${situs}. Apakah masih tersedia?`,
    catatanPesan: 'Pesanan, pembayaran dan pengiriman diatur langsung dengan penjual.',
    kosong: 'Belum ada produk.',
    daftarKategori: 'Kategori produk',
  },
  agenda: {
    mulai: 'Mulai',
    selesai: 'Selesai',
    tempat: 'Tempat',
    penyelenggara: 'Penyelenggara',
    judul: 'Agenda',
    deskripsi: (situs: string) => `Jadwal kegiatan ${situs}: rapat, penyuluhan, kerja bakti dan acara warga.`,
    akanDatang: 'Akan datang',
    sudahBerlangsung: 'Sudah berlangsung',
    kosongAkanDatang: 'Belum ada kegiatan yang dijadwalkan.',
    kosongLalu: 'Belum ada kegiatan yang tercatat.',
    simpanKalender: 'Simpan ke kalender',
    simpanKalenderKet: 'Berkas .ics: buka untuk menambahkan ke kalender di ponsel.',
    waktuSetempat: (zona: string) => `Semua jam menurut waktu setempat (${zona}).`,
    keteranganKalender: (ringkasan: string, penyelenggara: string) => `${ringkasan}\n\nPenyelenggara: ${penyelenggara}`,
  },

  galeri: {
    judul: 'Galeri',
    deskripsi: (situs: string) => `Foto dan video kegiatan ${situs}.`,
    jumlahFoto: (n: number) => `${n} foto`,
    jumlahVideo: (n: number) => `${n} video`,
    foto: 'Foto',
    video: 'Video',
    tontonYoutube: 'Tonton di YouTube',
    kosong: 'Belum ada album.',
  },
  informasiPublik: {
    judul: 'Informasi Publik',
    deskripsi: (situs: string) => `Dokumen publik ${situs} menurut UU 14/2008 tentang Keterbukaan Informasi Publik.`,
    pengantar:
      'Setiap warga berhak mengetahui informasi publik. Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik membaginya menjadi tiga kelompok:',
    penjelasanKategori: {
      berkala: 'diumumkan secara rutin, misalnya anggaran, laporan kegiatan dan laporan keuangan.',
      'serta-merta': 'diumumkan segera karena menyangkut keselamatan dan hajat hidup orang banyak, misalnya peringatan bencana.',
      'setiap-saat': 'tersedia kapan saja dan boleh diminta, misalnya peraturan desa dan daftar kegiatan.',
    } as Record<string, string>,
    caraMeminta: 'Cara meminta informasi',
    caraMemintaTeks:
      'Bila informasi yang Anda cari belum ada di sini, ajukan permintaan kepada PPID (Pejabat Pengelola Informasi dan Dokumentasi) di kantor desa/kelurahan atau kecamatan. Sebutkan informasi yang diminta dan untuk apa. Permintaan wajib dijawab paling lambat 10 hari kerja.',
    tanyaLewat: 'Anda juga dapat bertanya kepada kami lewat halaman',
    unduh: 'Unduh',
    tanggalDokumen: 'Tanggal dokumen',
    kategori: 'Kategori',
    kosongKategori: 'Belum ada dokumen dalam kelompok ini.',
  },
  aspirasi: {
    judul: 'Aspirasi Warga',
    deskripsi: (situs: string) => `Sampaikan usul, keluhan dan harapan Anda kepada ${situs}. Kami teruskan ke pihak yang berwenang.`,
    caraMenyampaikan: 'Cara menyampaikan aspirasi',
    pengantar:
      'Punya usul, keluhan atau harapan untuk lingkungan Anda? Sampaikan kepada kami. Kami catat, teruskan ke pihak yang berwenang, lalu kabarkan tindak lanjutnya di halaman ini.',
    lewatWhatsapp: 'Kirim lewat WhatsApp',
    lewatEmail: (alamat: string) => `Kirim email ke ${alamat}`,
    lewatFormulir: 'Isi formulir daring',
    datangLangsung: (alamat: string) => `Atau datang langsung ke sekretariat kami: ${alamat}.`,
    belumAdaSaluran: 'Saluran aspirasi daring belum tersedia. Silakan datang langsung ke sekretariat kami.',
    pesanAwal: (situs: string) => `Halo ${situs}, saya ingin menyampaikan aspirasi:`,
    subjekEmail: 'Aspirasi warga',
    privasiJudul: 'Data pribadi tidak ditampilkan',
    privasi:
      'Nama, alamat dan nomor telepon pengirim tidak pernah kami tampilkan. Di daftar di bawah ini hanya tercatat topik, ringkasan dan tindak lanjutnya.',
    daftar: 'Daftar aspirasi dan tindak lanjutnya',
    diterima: 'Tanggal diterima',
    diteruskanKe: 'Diteruskan ke',
    tanggapan: 'Tanggapan',
    jumlah: (n: number) => `${n} aspirasi`,
    kosong: 'Belum ada aspirasi yang dicatat.',
  },
  halaman: {
    profil: 'Profil',
    deskripsiProfil: (situs: string) => `Profil, visi-misi, pengurus dan kontak ${situs}.`,
    subnav: 'Halaman profil',
    pengurus: 'Susunan pengurus',
    nama: 'Nama',
    jabatan: 'Jabatan',
    kosong: 'Belum ada halaman profil.',
  },
  galat404: {
    judul: 'Halaman tidak ditemukan',
    teks: 'Maaf, halaman yang Anda cari tidak ada. Mungkin alamatnya salah ketik, atau halamannya sudah dipindah atau dihapus.',
    keBeranda: 'Kembali ke beranda',
    keBerita: 'Baca berita terbaru',
  },
  forum: {
    anggotaJudul: 'KIM anggota forum',
    anggotaDeskripsi: (forum: string) => `Kelompok Informasi Masyarakat yang tergabung dalam ${forum}.`,
    jumlahAnggota: (n: number) => `${n} KIM anggota`,
    beritaAnggota: 'Berita terbaru dari anggota',
    dari: (nama: string) => `dari ${nama}`,
    semuaAnggota: 'Semua anggota',
    kosong: 'Belum ada anggota yang terdaftar.',
    kosongBerita: 'Belum ada berita dari anggota.',
  },
  anggotaGrup: {
    kabarJudul: 'Kabar dari KIM anggota',
    kabarDeskripsi: (situs: string) => `Berita terbaru dari semua KIM anggota ${situs}, masing-masing tertaut ke situs KIM yang menulisnya.`,
    semuaKabar: 'Semua kabar KIM',
    agendaJudul: 'Agenda KIM anggota',
    agendaDeskripsi: (situs: string) => `Kegiatan yang akan datang dari semua KIM anggota ${situs}.`,
    agendaKosong: 'Belum ada agenda mendatang dari KIM anggota.',
    semuaAgenda: 'Semua agenda KIM',
    waktuSetempat: 'Waktu ditulis menurut zona waktu setiap KIM.',
  },
  portal: {
    direktoriJudul: 'Direktori KIM',
    direktoriDeskripsi: (portal: string) => `Semua Kelompok Informasi Masyarakat yang terdaftar di ${portal}, per kecamatan.`,
    ringkasan: (kim: number, kecamatan: number) => `${kim} situs KIM di ${kecamatan} kecamatan.`,
    jumlahKim: (n: number) => `${n} KIM`,
    beritaTerakhir: 'Berita terakhir',
    belumBerita: 'belum ada berita',
    bukaDirektori: 'Lihat direktori lengkap',
    keaktifanJudul: 'Keaktifan situs KIM',
    keaktifanDeskripsi: (portal: string) => `Kapan setiap KIM di ${portal} terakhir memperbarui situsnya.`,
    keaktifanPenjelasan: (aktif: number, tidakAktif: number) =>
      `Aktif: isi berubah dalam ${aktif} hari terakhir. Kurang aktif: dalam ${tidakAktif} hari. Tidak aktif: lebih lama dari itu. Baru: situs berumur kurang dari ${tidakAktif} hari.`,
    keaktifanPer: (tanggal: string) => `Keadaan per ${tanggal}, dihitung dari riwayat perubahan isi.`,
    keaktifanTakDiketahui: 'Riwayat perubahan tidak tersedia saat situs ini dibangun, sehingga keaktifan belum dapat ditampilkan.',
    kolom: { kim: 'KIM', kecamatan: 'Kecamatan', terakhir: 'Terakhir diubah', berita90: 'Berita 90 hari', status: 'Status' },
    status: { aktif: 'Aktif', 'kurang aktif': 'Kurang aktif', 'tidak aktif': 'Tidak aktif', baru: 'Baru' },
    tidakDiketahui: 'Tidak diketahui',
    belumPernah: 'Belum pernah',
    tabelLabel: 'Tabel keaktifan situs KIM, dapat digeser ke samping',
  },
  rss: {
    deskripsi: (situs: string) => `Berita terbaru dari ${situs}.`,
  },
  cari: {
    judul: 'Cari',
    deskripsi: (situs: string) => `Cari berita, potensi, produk, agenda dan dokumen di ${situs}.`,
    deskripsiForum: (forum: string) => `Cari berita, potensi, produk, agenda dan dokumen di ${forum} dan semua KIM anggotanya.`,
    label: 'Cari di situs ini',
    labelForum: 'Cari di situs forum dan semua KIM anggota',
    placeholder: 'Ketik kata, misalnya: jalan desa',
    tombol: 'Cari',
    /** Shown when JavaScript is off or the search files could not load. */
    tanpaJs:
      'Pencarian di situs ini memerlukan JavaScript, yang tidak aktif di peramban Anda, sehingga kata yang Anda ketik tidak bisa ditampilkan lagi di sini. Anda tetap bisa menemukan isi situs lewat daftarnya:',
    gagalMuat: 'Maaf, pencarian belum bisa dimuat. Coba muat ulang halaman ini, atau jelajahi lewat menu:',
    /** Shown above the results when words of the query are not on the site. */
    koreksi: {
      tidakAda: 'Tidak ditemukan di situs ini:',
      mungkin: 'Mungkin maksud Anda:',
    },
    /** Values of the "jenis" filter and the type label on each result: `searchLabel` in the registry. */
    jenis: Object.fromEntries(contentTypes.map((type) => [type.name, type.searchLabel])) as Record<ContentTypeName, string>,
    /** Strings of Pagefind's search components that we word ourselves. */
    pagefind: {
      zero_results: 'Tidak ada hasil untuk [SEARCH_TERM]. Coba kata lain yang lebih umum.',
      many_results: '[COUNT] hasil untuk [SEARCH_TERM]',
      one_result: '1 hasil untuk [SEARCH_TERM]',
      searching: 'Mencari [SEARCH_TERM]…',
      results_label: 'Hasil pencarian',
      error_search: 'Pencarian gagal. Coba muat ulang halaman ini.',
      load_more: 'Tampilkan hasil lainnya',
      filters_label: 'Saring hasil',
    },
  },
  /** The CMS admin page's own strings (Decap's are in scripts/lib/cms/locale-id.ts). */
  cms: {
    /** Placeholders in a preview while a required field is still empty. */
    pratinjau: {
      judulBerita: 'Judul berita',
      namaPotensi: 'Nama potensi',
      namaProduk: 'Nama produk',
    },
    gagalMuat: 'Halaman kelola gagal dimuat. Periksa sambungan internet, lalu muat ulang halaman ini.',
  },
};

export type Teks = typeof t;
