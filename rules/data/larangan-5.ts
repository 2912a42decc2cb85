import type { Rule } from '../types';

const WHY_SECRET = {
  id: 'Informasi dinas yang bocor dapat dimanfaatkan pihak yang tidak bertanggung jawab dan membahayakan rekan Anda.',
  en: 'Leaked service information can be exploited by irresponsible people and endanger your comrades.',
};

/** larangan-5 and etika-3: do not send classified news; keep state secrets. */
export const RULES: Rule[] = [
  {
    kind: 'phrase',
    id: 'l5-dokumen-rahasia',
    refs: ['larangan-5', 'etika-3'],
    severity: 'danger',
    anchor: '@secret-word',
    near: ['@doc-noun'],
    unless: ['@secret-neutral'],
    window: 3,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Tampaknya ini menyebut dokumen atau informasi berklasifikasi. Jangan mengirim berita yang berklasifikasi rahasia (larangan 5, etika 3).',
      en: 'This seems to mention a classified document or information. Never send classified news (prohibition 5, ethics 3).',
    },
    why: WHY_SECRET,
    examples: {
      bad: [
        'Dokumen RAHASIA: rencana pengamanan kunjungan presiden ke Malang',
        'Ini surat telegram rahasia dari Mabes',
        'Ada file sangat rahasia soal operasi, siapa mau?',
        'Nomor surat klasifikasi terbatas tentang mutasi perwira',
      ],
      good: ['Rahasia sukses panen melon: siram pagi dan sore', 'Ini resep rahasia sambal bu Sri', 'Rapat terbatas membahas persiapan HUT', 'Jangan sebarkan dokumen rahasia ke grup WA', 'Promo waktu terbatas, stok terbatas!'],
    },
  },
  {
    kind: 'detector',
    id: 'l5-tanda-klasifikasi',
    refs: ['larangan-5', 'etika-3'],
    severity: 'danger',
    detector: 'classification-marking',
    message: {
      id: 'Ada tanda klasifikasi (SANGAT RAHASIA / RAHASIA / TERBATAS) seperti pada surat dinas. Dokumen berklasifikasi tidak boleh diunggah (larangan 5, etika 3).',
      en: 'There is a classification marking (TOP SECRET / SECRET / RESTRICTED) as on official letters. Classified documents must never be posted (prohibition 5, ethics 3).',
    },
    why: WHY_SECRET,
    examples: {
      bad: ['SANGAT RAHASIA - Rencana pengamanan VVIP', 'Klasifikasi: Rahasia', 'S A N G A T   R A H A S I A'],
      good: ['RAHASIA SUKSES JUALAN ONLINE', 'PROMO TERBATAS HARI INI', 'Film Rahasia Dapur tayang besok'],
    },
  },
  {
    kind: 'detector',
    id: 'l5-nomor-surat',
    refs: ['larangan-5', 'etika-3'],
    severity: 'danger',
    detector: 'letter-number',
    suggestion: '[nomor surat disamarkan]',
    message: {
      id: 'Ini nomor surat dinas (mis. ST/…, Sprin/…, B/…/IX/2026). Isi dan nomor surat dinas jangan diunggah ke media sosial (larangan 5, etika 3).',
      en: 'This is an official letter number (e.g. ST/…, Sprin/…, B/…/IX/2026). Official letters and their numbers do not belong on social media (prohibition 5, ethics 3).',
    },
    why: WHY_SECRET,
    examples: {
      bad: ['Nomor surat B/789/IX/2026 tentang mutasi', 'Sesuai ST/1234/XI/2026 besok siaga', 'Sprin/455/X/2026 sudah turun', 'Surat R-99/IJ/KP.07.6/04/2020 bocor'],
      good: ['No. pesanan INV/2026/11/123 belum sampai', 'Resi JNE 0123456789 sudah dikirim', 'Kelas XI/2 juara lomba', 'Tanggal 12/11/2026 ada bazar'],
    },
  },
  {
    kind: 'phrase',
    id: 'l5-pergerakan-pasukan',
    refs: ['larangan-5', 'etika-3'],
    severity: 'danger',
    anchor: '@troop-unit',
    near: ['@movement', '@op-detail'],
    unless: ['@public-activity'],
    window: 10,
    highlight: 'span',
    message: {
      id: 'Ini menyebut pergerakan pasukan beserta waktu, tempat, atau kekuatannya. Data operasi dikecualikan dari informasi publik (larangan 5, etika 3; UU KIP pasal 17c).',
      en: 'This mentions troop movements with their time, place or strength. Operational data is exempt from public information (prohibition 5, ethics 3; Public Information Law art. 17c).',
    },
    why: WHY_SECRET,
    examples: {
      bad: [
        'Malam ini kompi kami bergerak ke perbatasan lewat jalur selatan, 120 personel',
        'Besok pagi satgas berangkat ke Papua via Surabaya, 2 SSK',
        'Pasukan digeser ke sektor utara jam 02.00',
      ],
      good: ['Satgas TMMD berangkat ke Desa Ngantang untuk karya bakti besok', 'Prajurit kami berangkat upacara HUT TNI di alun-alun', 'Personel Kodim membantu evakuasi banjir malam ini'],
    },
  },
  {
    kind: 'detector',
    id: 'l5-koordinat',
    refs: ['larangan-5', 'etika-3'],
    severity: 'danger',
    detector: 'coordinates',
    suggestion: '[lokasi dirahasiakan]',
    message: {
      id: 'Ini koordinat lokasi. Jangan mengunggah koordinat pos, markas, atau kegiatan dinas (larangan 5, etika 3).',
      en: 'These are map coordinates. Never post the coordinates of posts, bases or duty activities (prohibition 5, ethics 3).',
    },
    why: WHY_SECRET,
    examples: {
      bad: ['Lokasi pos: 8°01\'12"S 112°37\'48"E, jaga 3 orang', 'Titik kumpul -7.9666, 112.6326 jam 3 pagi', 'Grid 49M FV 12345 67890 aman', '7°58\'12" LS 112°37\'45" BT'],
      good: ['Harga cabai naik 7.5% minggu ini', 'Skor akhir 3-1 untuk tim kami', 'Versi aplikasi 2.3.1 sudah rilis'],
    },
  },
  {
    kind: 'phrase',
    id: 'l5-jadwal-patroli',
    refs: ['larangan-5', 'etika-3'],
    severity: 'danger',
    anchor: '@patrol',
    near: ['@time-detail'],
    unless: ['@public-activity', ['ronda', 'siskamling', 'poskamling']],
    window: 10,
    highlight: 'span',
    message: {
      id: 'Ini jadwal patroli atau penjagaan. Jadwal dan celah penjagaan tidak boleh diketahui umum (larangan 5, etika 3).',
      en: 'This is a patrol or guard schedule. Schedules and gaps in the guard must not become public (prohibition 5, ethics 3).',
    },
    why: WHY_SECRET,
    examples: {
      bad: ['Jadwal patroli malam ini jam 22.00 dan jam 02.00', 'Pos jaga kosong tiap pergantian shift jam 6', 'Piket malam cuma satu orang, jam 1 sampai jam 3 kosong'],
      good: ['Patroli keamanan lingkungan berjalan lancar', 'Terima kasih bapak-bapak yang ikut ronda malam ini'],
    },
  },
  {
    kind: 'phrase',
    id: 'l5-senjata-amunisi',
    refs: ['larangan-5', 'etika-3'],
    severity: 'danger',
    anchor: '@weapon',
    near: ['@stock-detail'],
    unless: ['@weapon-neutral', '@public-activity'],
    window: 6,
    highlight: 'span',
    message: {
      id: 'Ini menyebut jumlah, kondisi, atau tempat penyimpanan senjata dan amunisi. Data ini rahasia (larangan 5, etika 3).',
      en: 'This mentions the quantity, condition or storage of weapons and ammunition. That data is secret (prohibition 5, ethics 3).',
    },
    why: WHY_SECRET,
    examples: {
      bad: ['Stok amunisi di gudang tinggal 2.000 butir', 'Senjata disimpan di ruang belakang, kuncinya di pos', '15 pucuk senapan rusak belum diganti'],
      good: ['Senjata makan tuan, niatnya jahil malah kena sendiri', 'Pameran alutsista di museum Brawijaya ramai pengunjung'],
    },
  },
  {
    kind: 'phrase',
    id: 'l5-data-personel',
    refs: ['larangan-5', 'etika-3'],
    severity: 'danger',
    anchor: ['data personel', 'data anggota', 'daftar personel', 'daftar anggota satgas', 'biodata anggota', 'nomor hp komandan', 'nomor hp pimpinan', 'nomor hp dandim', 'alamat rumah komandan', 'alamat anggota'],
    near: [['file', 'terlampir', 'lampiran', 'link', 'berikut', 'download', 'unduh', 'ada di', 'kirim', 'share', 'lihat', 'ini']],
    window: 8,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Ini membagikan data pribadi anggota atau pimpinan. Data personel dan kontak pimpinan tidak boleh disebarkan (larangan 5, etika 3).',
      en: 'This shares personal data of members or commanders. Personnel data and commanders’ contacts must not be spread (prohibition 5, ethics 3).',
    },
    why: WHY_SECRET,
    examples: {
      bad: ['Data personel satgas dan nomor HP komandan ada di file ini', 'Berikut daftar anggota satgas lengkap, download di link'],
      good: ['Pendataan personel dilakukan oleh bagian personalia', 'Jangan kirim data anggota ke grup mana pun'],
    },
  },
  {
    kind: 'detector',
    id: 'l5-kata-sandi',
    refs: ['larangan-5', 'etika-3'],
    severity: 'danger',
    detector: 'password',
    message: {
      id: 'Ini tampak seperti kata sandi. Kata sandi akun, jaringan, atau sandi jaga tidak boleh diunggah (larangan 5, etika 3).',
      en: 'This looks like a password. Account, network or guard passwords must never be posted (prohibition 5, ethics 3).',
    },
    why: WHY_SECRET,
    suggestion: '••••••',
    examples: {
      bad: ['Password wifi kantor: Kodim0818!', 'sandi malam ini: MELATI', 'pw email dinas = rahasia123'],
      good: ['Jangan pernah bagikan password kepada siapa pun', 'Lupa kata sandi? Klik tautan reset'],
    },
  },
  {
    kind: 'detector',
    id: 'l5-nomor-induk',
    refs: ['larangan-5', 'etika-3'],
    severity: 'danger',
    detector: 'service-number',
    suggestion: '[nomor disamarkan]',
    message: {
      id: 'Ini nomor induk (NRP, NIP, atau NIK). Data pribadi dinas jangan diunggah; cukup sebut nama dan pangkat bila perlu (larangan 5, etika 3).',
      en: 'This is a service or identity number (NRP, NIP or NIK). Do not post personal service data; name and rank are enough if needed (prohibition 5, ethics 3).',
    },
    why: WHY_SECRET,
    examples: {
      bad: ['Serda Andi NRP 21130456', 'NIP 19860926 201505 1 001', 'NIK saya 3507121505900003', 'NIP: 198609262015051001'],
      good: ['Nomor kartu 4111111111111111 sudah diblokir', 'Kode booking 1234567890123456', 'NRP belum keluar, tunggu ya'],
    },
  },
  {
    kind: 'detector',
    id: 'l5-telepon-pejabat',
    refs: ['larangan-5', 'etika-3'],
    severity: 'warning',
    detector: 'phone-of-official',
    message: {
      id: 'Ini tampak seperti nomor telepon pejabat atau pimpinan. Nomor pribadi pimpinan tidak disebarkan di media sosial (larangan 5, etika 3).',
      en: 'This looks like the phone number of an official or commander. Commanders’ private numbers are not spread on social media (prohibition 5, ethics 3).',
    },
    examples: {
      bad: ['Ini nomor HP Dandim buat yang butuh: 0812-3456-7788', 'WA Pak Danramil 081334455667'],
      good: ['Hubungi admin koperasi di 0812-3456-7788', 'Call center Kodim 0341-123456'],
    },
  },
  {
    kind: 'detector',
    id: 'l5-nomor-telepon',
    refs: ['larangan-5', 'etika-3'],
    severity: 'info',
    detector: 'phone',
    message: {
      id: 'Ada nomor telepon. Pastikan pemiliknya setuju dan ini bukan nomor dinas atau nomor pimpinan (larangan 5).',
      en: 'There is a phone number. Make sure its owner agrees and it is no duty number or a commander’s number (prohibition 5).',
    },
    examples: {
      bad: ['Hubungi 0812-3456-7890', 'WA +62 813 3344 5566'],
      good: ['Harga 125.000 per paket', 'Tahun 2026 penuh berkah'],
    },
  },
];
