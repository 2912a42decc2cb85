import type { Rule } from '../types';

/** larangan-2: no posting news that could harm the unit. */
export const RULES: Rule[] = [
  {
    kind: 'phrase',
    id: 'l2-masalah-internal',
    refs: ['larangan-2'],
    severity: 'warning',
    anchor: '@internal-problem',
    near: ['@own-unit'],
    unless: ['@unit-achievement', '@prevention', '@official-use', '@resolved'],
    unlessText: ['@frame-help', '@proper-channel'],
    window: 10,
    topic: true,
    negatable: true,
    highlight: 'anchor',
    message: {
      id: 'Ini membuka masalah internal satuan atau kantor ke publik. Sampaikan kepada atasan atau lewat jalur pengaduan resmi, jangan diunggah (larangan 2).',
      en: 'This makes an internal problem of the unit or office public. Raise it with your superior or through the official complaints channel; do not post it (prohibition 2).',
    },
    why: {
      id: 'Berita internal yang diunggah dapat merugikan satuan dan dipelintir pihak lain.',
      en: 'Internal news, once posted, can harm the unit and be twisted by others.',
    },
    examples: {
      bad: [
        'Di satuan kami banyak anggota yang terlilit pinjol, pimpinan tutup mata',
        'Ada kasus perselingkuhan perwira di kesatuan kami, heboh satu asrama',
        'Gaji honorer di dinas kami belum cair 4 bulan',
        'Uang lauk pauk di kompi kami dipotong terus',
        'Senior di satuan saya suka mukulin junior',
      ],
      good: [
        'Satuan kami juara lomba menembak tingkat Kodam',
        'Kantor kami buka layanan pengaduan pungli, silakan lapor',
        'Bansos di desa belum cair, mohon info dari kelurahan',
      'Diberitakan KPK menangkap kepala dinas di kabupaten sebelah, kita tunggu proses hukumnya'],
    },
  },
  {
    kind: 'phrase',
    id: 'l2-bocoran-dalam',
    refs: ['larangan-2'],
    severity: 'warning',
    anchor: ['told to keep quiet', 'were told to keep quiet', 'seniors beat up', 'ditutupin komandan', 'dtutupin komandan', 'ditutupi komandan', 'ditutupin atasan', 'ditutupi atasan', 'kasusnya ditutupin', 'kasusnya ditutupi', 'disuruh diam', 'beritanya disuruh diam', 'disuruh tutup mulut', 'dilarang cerita ke luar', 'senjata meledak', 'meledak saat latihan', 'tewas saat latihan', 'meninggal saat latihan', 'luka saat latihan', 'kecelakaan saat latihan', 'kecelakaan latihan', 'dirahasiakan dari keluarga', 'cerita dari dalam', 'info dari dalam', 'bocoran dari dalam', 'aib satuan', 'aib kantor', 'aib instansi', 'borok satuan', 'borok instansi', 'bongkar aib', 'bongkar borok', 'bongkar kebobrokan', 'rahasia dapur satuan', 'info dari dalam satuan'],
    negatable: true,
    message: {
      id: 'Membongkar "aib" atau bocoran dari dalam satuan merugikan satuan. Laporkan lewat jalur resmi (larangan 2).',
      en: 'Exposing the unit’s "dirty laundry" or leaks from inside harms the unit. Report through official channels (prohibition 2).',
    },
    examples: {
      bad: ['Ini bocoran dari dalam, jangan bilang siapa-siapa', 'Saatnya bongkar aib satuan ini'],
      good: ['Jangan bongkar aib sesama, tegur secara pribadi'],
    },
  },

  {
    kind: 'phrase',
    id: 'l2-hak-anggota',
    refs: ['larangan-2'],
    severity: 'warning',
    anchor: '@delay',
    near: ['@entitlement', '@own-unit'],
    unless: ['@unit-achievement', '@routine-deduction', '@resolved'],
    unlessText: ['@frame-help'],
    window: 10,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Keluhan soal hak anggota (ransum, gaji, tunjangan) di satuan sebaiknya disampaikan lewat atasan, bukan diunggah (larangan 2).',
      en: 'Complaints about what members are owed (rations, pay, allowances) in the unit go to your superior, not onto social media (prohibition 2).',
    },
    examples: {
      bad: ['Ransum di pos perbatasan sudah seminggu telat, satuan kami makan mi instan terus', 'Tunjangan anggota kompi kami dipotong lagi bulan ini'],
      good: ['Ransum untuk satuan kami sudah tiba, terima kasih', 'Gaji ke-13 sudah cair, alhamdulillah'],
    },
  },
  {
    kind: 'phrase',
    id: 'l2-hak-dinas',
    refs: ['larangan-2'],
    severity: 'warning',
    anchor: '@delay',
    near: ['@service-entitlement'],
    unless: ['@unit-achievement', '@resolved'],
    window: 8,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Keluhan soal uang lauk pauk, tunjangan, atau tukin yang dipotong atau telat adalah urusan internal. Sampaikan kepada atasan atau lewat jalur pengaduan resmi, jangan diunggah (larangan 2).',
      en: 'Complaints that meal allowances, allowances or performance pay are cut or late are internal matters. Raise them with your superior or through the official complaints channel; do not post them (prohibition 2).',
    },
    examples: {
      bad: ['Uang lauk pauk anggota dipotong terus tiap bulan', 'Tukin bulan ini telat lagi tanpa penjelasan', 'TPP pegawai dikurangi padahal kerja makin banyak'],
      good: ['Tukin sudah cair, alhamdulillah', 'Uang lauk pauk naik mulai bulan depan', 'Tunjangan kinerja tidak dipotong tahun ini'],
    },
  },
  {
    kind: 'phrase',
    id: 'l2-anggaran-janggal',
    refs: ['larangan-2'],
    severity: 'warning',
    anchor: '@budget-gap',
    near: ['@budget-word', '@own-unit'],
    window: 14,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Ini menuduh anggaran satuan atau kantor diselewengkan. Dugaan seperti ini dilaporkan lewat atasan atau jalur pengaduan resmi, tidak diunggah (larangan 2).',
      en: 'This suggests the unit’s or office’s budget was misused. Report such suspicions to your superior or through the official complaints channel; do not post them (prohibition 2).',
    },
    examples: {
      bad: ['Anggaran renovasi mess kami katanya 500 juta, tapi yang dikerjakan cuma cat ulang', 'Dana pembangunan pos di kantor kami ratusan juta, duitnya ke mana?'],
      good: ['Anggaran renovasi mess kami 500 juta, hasilnya bagus dan rapi', 'Dana kegiatan di kantor kami sudah dilaporkan lengkap'],
    },
  },
  {
    kind: 'detector',
    id: 'l2-potongan-terselubung',
    disguised: true,
    refs: ['larangan-2'],
    severity: 'warning',
    detector: 'coded-cut',
    unlessText: ['@frame-denied', '@resolved', '@proper-report', '@frame-deleted', '@proper-channel'],
    message: {
      id: 'Kata dalam tanda kutip ini menyindir hak anggota atau uang satuan yang dipotong atau diselewengkan. Keluhan seperti ini disampaikan ke atasan atau jalur pengaduan resmi, tidak diunggah (larangan 2).',
      en: 'The word in scare quotes hints that members’ pay or the unit’s money is being cut or misused. Take such complaints to your superior or the official complaints channel; do not post them (prohibition 2).',
    },
    examples: {
      bad: ["Uang makan bulan ini 'disesuaikan' lagi, tinggal tempe sama kuah 🤡", "Tunjangan kami masih 'diproses' sejak Juni, katanya ada yang pegang di atas"],
      good: ['Uang makan bulan ini disesuaikan dengan harga bahan pokok, menunya malah lebih lengkap', "Kata 'efisiensi' di surat edaran itu maksudnya mengurangi rapat di hotel"],
    },
  },
];
