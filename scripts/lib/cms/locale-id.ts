/**
 * Decap CMS interface in Bahasa Indonesia. Decap ships no Indonesian locale; this one mirrors
 * the keys of its English locale (decap-cms-locales/src/en) and is registered in the browser
 * with `CMS.registerLocale('id', …)`.
 *
 * Written for KIM members, not developers: "tulisan" for an entry, "terbitkan" for publish,
 * "foto & berkas" for media. Placeholders like %{fieldLabel} must stay as they are.
 * Polyglot has one plural form for Indonesian, so plural strings have no `||||` variants.
 */
export const localeId = {
  auth: {
    login: 'Masuk',
    loggingIn: 'Sedang masuk...',
    loginWithNetlifyIdentity: 'Masuk dengan Netlify Identity',
    loginWithAzure: 'Masuk dengan akun Azure',
    loginWithBitbucket: 'Masuk dengan akun Bitbucket',
    loginWithGitHub: 'Masuk dengan akun GitHub',
    loginWithGitLab: 'Masuk dengan akun GitLab',
    loginWithGitea: 'Masuk dengan akun Gitea',
    loginWithForgejo: 'Masuk dengan akun Forgejo',
    errors: {
      email: 'Alamat email belum diisi.',
      password: 'Kata sandi belum diisi.',
      identitySettings: 'Pengaturan akun tidak dapat dibuka. Mohon hubungi operator Diskominfo.',
    },
  },
  app: {
    header: {
      content: 'Isi Situs',
      workflow: 'Tinjauan',
      media: 'Foto & Berkas',
      quickAdd: 'Tulis baru',
    },
    app: {
      errorHeader: 'Pengaturan halaman kelola gagal dimuat',
      configErrors: 'Kesalahan pengaturan',
      checkConfigYml: 'Mohon sampaikan pesan ini kepada operator Diskominfo.',
      loadingConfig: 'Memuat pengaturan...',
      waitingBackend: 'Menghubungi server...',
    },
    notFoundPage: {
      header: 'Halaman tidak ditemukan',
    },
  },
  collection: {
    sidebar: {
      collections: 'Bagian situs',
      allCollections: 'Semua bagian',
      searchAll: 'Cari di semua bagian',
      searchIn: 'Cari di',
    },
    collectionTop: {
      sortBy: 'Urutkan',
      viewAs: 'Tampilan',
      viewAsList: 'Tampilkan sebagai daftar',
      viewAsGrid: 'Tampilkan sebagai kotak',
      newButton: '＋ %{collectionLabel} baru',
      newButtonAriaLabel: 'Tulis %{collectionLabel} baru',
      ascending: 'Urutan naik',
      descending: 'Urutan turun',
      searchResults: 'Hasil pencarian "%{searchTerm}"',
      searchResultsInCollection: 'Hasil pencarian "%{searchTerm}" di %{collection}',
      filterBy: 'Saring',
      groupBy: 'Kelompokkan',
    },
    entries: {
      loadingEntries: 'Memuat tulisan...',
      cachingEntries: 'Menyiapkan tulisan...',
      longerLoading: 'Mohon tunggu, ini bisa makan waktu beberapa menit',
      noEntries: 'Belum ada tulisan',
    },
    groups: {
      other: 'Lainnya',
      negateLabel: 'Bukan %{label}',
    },
    defaultFields: {
      author: {
        label: 'Penulis',
      },
      updatedOn: {
        label: 'Terakhir diubah',
      },
    },
  },
  editor: {
    editorControl: {
      field: {
        optional: 'boleh dikosongkan',
        // Decap passes the widget's internal name (string, datetime, …), which means nothing
        // to a member; the field's own <label> already names it.
        widgetLabel: 'Isian',
      },
    },
    editorControlPane: {
      widget: {
        required: '%{fieldLabel} wajib diisi.',
        regexPattern: '%{fieldLabel}: %{pattern}.',
        processing: '%{fieldLabel} sedang diproses.',
        range: '%{fieldLabel} harus antara %{minValue} dan %{maxValue}.',
        min: '%{fieldLabel} minimal %{minValue}.',
        max: '%{fieldLabel} maksimal %{maxValue}.',
        rangeCount: '%{fieldLabel} harus berisi %{minCount} sampai %{maxCount} butir.',
        rangeCountExact: '%{fieldLabel} harus berisi tepat %{count} butir.',
        rangeMin: '%{fieldLabel} minimal berisi %{minCount} butir.',
        rangeMax: '%{fieldLabel} maksimal berisi %{maxCount} butir.',
        invalidPath: `'%{path}' bukan lokasi yang benar`,
        pathExists: `Lokasi '%{path}' sudah dipakai`,
      },
      i18n: {
        writingInLocale: 'Menulis dalam bahasa %{locale}',
        copyFromLocale: 'Salin isi dari bahasa lain',
        copyFromLocaleConfirm: 'Salin isi dari bahasa %{locale}?\nSemua isi yang sudah ada akan tertimpa.',
      },
    },
    editor: {
      onLeavePage: 'Yakin ingin meninggalkan halaman ini? Perubahan yang belum disimpan akan hilang.',
      onUpdatingWithUnsavedChanges: 'Ada perubahan yang belum disimpan. Simpan dulu sebelum mengubah status.',
      onPublishingNotReady: 'Ubah status menjadi "Siap terbit" dulu sebelum menerbitkan.',
      onPublishingWithUnsavedChanges: 'Ada perubahan yang belum disimpan. Simpan dulu sebelum menerbitkan.',
      onPublishing: 'Yakin ingin menerbitkan tulisan ini?',
      onUnpublishing: 'Yakin ingin menarik tulisan ini dari situs?',
      onDeleteWithUnsavedChanges:
        'Yakin ingin menghapus tulisan yang sudah terbit ini, beserta perubahan yang belum disimpan?',
      onDeletePublishedEntry: 'Yakin ingin menghapus tulisan yang sudah terbit ini?',
      onDeleteUnpublishedChangesWithUnsavedChanges:
        'Semua perubahan yang belum terbit dan yang belum disimpan pada tulisan ini akan dihapus. Tetap hapus?',
      onDeleteUnpublishedChanges: 'Semua perubahan yang belum terbit pada tulisan ini akan dihapus. Tetap hapus?',
      loadingEntry: 'Memuat tulisan...',
      confirmLoadBackup: 'Ada salinan tulisan ini yang belum sempat disimpan di perangkat ini. Pakai salinan itu?',
    },
    editorInterface: {
      toggleI18n: 'Tampilkan/sembunyikan bahasa lain',
      togglePreview: 'Tampilkan/sembunyikan pratinjau',
      toggleScrollSync: 'Gulir bersamaan',
      toggleNotes: 'Tampilkan/sembunyikan catatan',
    },
    editorNotesPane: {
      title: 'Catatan',
      emptyState: 'Belum ada catatan. Tulis catatan pertama di bawah untuk pemeriksa atau rekan.',
      addNote: 'Tambah catatan',
      addPlaceholder: 'Tulis catatan...',
      editPlaceholder: 'Ubah catatan...',
      save: 'Simpan',
      cancel: 'Batal',
      edit: 'Ubah',
      delete: 'Hapus',
      resolve: 'Tandai selesai',
      unresolve: 'Buka lagi',
      confirmDelete: 'Yakin ingin menghapus catatan ini?',
      shortcut: 'Tips: tekan Ctrl+Enter untuk langsung menambah catatan',
    },
    editorToolbar: {
      publishing: 'Sedang menerbitkan...',
      publish: 'Terbitkan',
      published: 'Sudah terbit',
      unpublish: 'Tarik dari situs',
      duplicate: 'Gandakan',
      unpublishing: 'Sedang menarik dari situs...',
      publishAndCreateNew: 'Terbitkan lalu tulis baru',
      publishAndDuplicate: 'Terbitkan lalu gandakan',
      deleteUnpublishedChanges: 'Hapus perubahan yang belum terbit',
      deleteUnpublishedEntry: 'Hapus tulisan yang belum terbit',
      deletePublishedEntry: 'Hapus tulisan yang sudah terbit',
      deleteEntry: 'Hapus tulisan',
      saving: 'Sedang menyimpan...',
      save: 'Simpan',
      statusInfoTooltipDraft:
        'Tulisan ini masih draf. Bila sudah selesai, ubah statusnya menjadi "Sedang diperiksa" agar bisa diperiksa.',
      statusInfoTooltipInReview:
        'Tulisan ini sedang diperiksa. Anda tidak perlu melakukan apa-apa, tetapi masih boleh mengubahnya.',
      deleting: 'Sedang menghapus...',
      updating: 'Sedang memperbarui...',
      status: 'Status: %{status}',
      backCollection: ' Menulis di bagian %{collectionLabel}',
      unsavedChanges: 'Belum disimpan',
      changesSaved: 'Sudah disimpan',
      draft: 'Draf',
      inReview: 'Sedang diperiksa',
      ready: 'Siap terbit',
      publishNow: 'Terbitkan sekarang',
      deployPreviewPendingButtonLabel: 'Periksa pratinjau',
      deployPreviewButtonLabel: 'Lihat pratinjau',
      deployButtonLabel: 'Lihat di situs',
    },
    editorWidgets: {
      markdown: {
        bold: 'Tebal',
        italic: 'Miring',
        strikethrough: 'Coret',
        code: 'Kode',
        link: 'Tautan',
        linkPrompt: 'Masukkan alamat tautan (diawali https://)',
        headings: 'Judul kecil',
        quote: 'Kutipan',
        bulletedList: 'Daftar berbutir',
        numberedList: 'Daftar bernomor',
        addComponent: 'Sisipkan',
        richText: 'Teks biasa',
        markdown: 'Teks mentah',
        toggleMode: {
          rich: 'Ganti ke tampilan teks biasa',
          markdown: 'Ganti ke tampilan teks mentah',
        },
      },
      image: {
        choose: 'Pilih foto',
        chooseMultiple: 'Pilih beberapa foto',
        chooseUrl: 'Sisipkan dari alamat web',
        replaceUrl: 'Ganti dengan alamat web',
        promptUrl: 'Masukkan alamat web foto',
        chooseDifferent: 'Ganti foto',
        addMore: 'Tambah foto',
        remove: 'Hapus foto',
        removeAll: 'Hapus semua foto',
      },
      file: {
        choose: 'Pilih berkas',
        chooseUrl: 'Sisipkan dari alamat web',
        chooseMultiple: 'Pilih beberapa berkas',
        replaceUrl: 'Ganti dengan alamat web',
        promptUrl: 'Masukkan alamat web berkas',
        chooseDifferent: 'Ganti berkas',
        addMore: 'Tambah berkas',
        remove: 'Hapus berkas',
        removeAll: 'Hapus semua berkas',
      },
      unknownControl: {
        noControl: "Isian jenis '%{widget}' belum tersedia.",
      },
      unknownPreview: {
        noPreview: "Pratinjau untuk isian jenis '%{widget}' belum tersedia.",
      },
      headingOptions: {
        headingOne: 'Judul 1',
        headingTwo: 'Judul 2',
        headingThree: 'Judul 3',
        headingFour: 'Judul 4',
        headingFive: 'Judul 5',
        headingSix: 'Judul 6',
      },
      datetime: {
        now: 'Sekarang',
        clear: 'Kosongkan',
        setToNow: 'Isi %{fieldLabel} dengan waktu sekarang',
      },
      list: {
        add: 'Tambah %{item}',
        addType: 'Tambah %{item}',
      },
      object: {
        expand: 'Buka',
        collapse: 'Tutup',
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      draft: 'Draf',
      copy: 'Salin',
      copyUrl: 'Salin alamat',
      copyPath: 'Salin lokasi',
      copyName: 'Salin nama',
      copied: 'Tersalin',
    },
    mediaLibrary: {
      onDelete: 'Yakin ingin menghapus foto atau berkas yang dipilih?',
      fileTooLarge: 'Berkas terlalu besar.\nUkuran paling besar %{size} kB.',
    },
    mediaLibraryModal: {
      loading: 'Memuat...',
      close: 'Tutup',
      noResults: 'Tidak ada hasil.',
      noAssetsFound: 'Belum ada foto atau berkas.',
      noImagesFound: 'Belum ada foto.',
      private: 'Pribadi ',
      images: 'Foto',
      mediaAssets: 'Foto & berkas',
      search: 'Cari...',
      uploading: 'Sedang mengunggah...',
      upload: 'Unggah',
      download: 'Unduh',
      deleting: 'Sedang menghapus...',
      deleteSelected: 'Hapus yang dipilih',
      chooseSelected: 'Pakai yang dipilih',
    },
  },
  ui: {
    default: {
      goBackToSite: 'Kembali ke situs',
    },
    errorBoundary: {
      title: 'Terjadi kesalahan',
      details: 'Terjadi kesalahan. Mohon ',
      reportIt: 'laporkan ke pengembang di GitHub.',
      detailsHeading: 'Rincian',
      privacyWarning:
        'Laporan akan berisi pesan kesalahan dan data teknis.\nPeriksa dulu isinya dan hapus data pribadi bila ada.',
      recoveredEntry: {
        heading: 'Tulisan yang berhasil diselamatkan',
        warning: 'Salin dan simpan tulisan ini di tempat lain sebelum meninggalkan halaman!',
        copyButtonLabel: 'Salin',
      },
    },
    settingsDropdown: {
      logOut: 'Keluar',
      account: 'Pilihan akun',
    },
    toast: {
      onFailToLoadEntries: 'Tulisan gagal dimuat: %{details}',
      onFailToLoadDeployPreview: 'Pratinjau gagal dimuat: %{details}',
      onFailToPersist: 'Tulisan gagal disimpan: %{details}',
      onFailToDelete: 'Tulisan gagal dihapus: %{details}',
      onFailToUpdateStatus: 'Status gagal diubah: %{details}',
      missingRequiredField: 'Ada isian wajib yang belum diisi. Lengkapi dulu, lalu simpan lagi.',
      entrySaved: 'Tulisan tersimpan',
      entryPublished: 'Tulisan sudah terbit',
      entryUnpublished: 'Tulisan sudah ditarik dari situs',
      onFailToPublishEntry: 'Gagal menerbitkan: %{details}',
      onFailToUnpublishEntry: 'Gagal menarik tulisan dari situs: %{details}',
      entryUpdated: 'Status tulisan sudah diubah',
      onDeleteUnpublishedChanges: 'Perubahan yang belum terbit sudah dihapus',
      noteAdded: 'Catatan ditambahkan',
      onFailToAddNote: 'Catatan gagal ditambahkan: %{details}',
      noteUpdated: 'Catatan diubah',
      onFailToUpdateNote: 'Catatan gagal diubah: %{details}',
      noteDeleted: 'Catatan dihapus',
      onFailToDeleteNote: 'Catatan gagal dihapus: %{details}',
      noteResolved: 'Catatan ditandai selesai',
      noteReopened: 'Catatan dibuka lagi',
      onFailToToggleNote: 'Status catatan gagal diubah: %{details}',
      onFailToAuth: '%{details}',
      onLoggedOut: 'Anda sudah keluar. Simpan salinan tulisan Anda bila perlu, lalu masuk lagi.',
      onBackendDown: 'Layanan penyimpanan sedang gangguan. Lihat %{details} untuk keterangan lebih lanjut.',
    },
  },
  workflow: {
    workflow: {
      loading: 'Memuat tulisan yang sedang ditinjau',
      workflowHeading: 'Tinjauan sebelum terbit',
      newPost: 'Tulisan baru',
      description: '%{smart_count} tulisan menunggu diperiksa, %{readyCount} siap terbit.',
      dateFormat: 'D MMMM',
    },
    workflowCard: {
      lastChange: '%{date} oleh %{author}',
      lastChangeNoAuthor: '%{date}',
      lastChangeNoDate: 'oleh %{author}',
      deleteChanges: 'Hapus perubahan',
      deleteNewEntry: 'Hapus tulisan baru',
      publishChanges: 'Terbitkan perubahan',
      publishNewEntry: 'Terbitkan tulisan baru',
    },
    workflowList: {
      onDeleteEntry: 'Yakin ingin menghapus tulisan ini?',
      onPublishingNotReadyEntry:
        'Hanya tulisan berstatus "Siap terbit" yang bisa diterbitkan. Geser kartunya ke kolom "Siap terbit" dulu.',
      onPublishEntry: 'Yakin ingin menerbitkan tulisan ini?',
      draftHeader: 'Draf',
      inReviewHeader: 'Sedang diperiksa',
      readyHeader: 'Siap terbit',
      currentEntries: '%{smart_count} tulisan',
    },
  },
};

export type LocaleTree = { [key: string]: string | LocaleTree };

/** `a.b.c` → string, for comparing locales key by key. */
export function flattenLocale(tree: LocaleTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flattenLocale(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}
