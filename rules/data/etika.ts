import type { Rule } from '../types';

/** etika-1, -2, -4, -5, -6: conduct that a post can show in words. */
export const RULES: Rule[] = [
  {
    kind: 'phrase',
    id: 'e1-merendahkan-instansi',
    refs: ['etika-1'],
    severity: 'warning',
    anchor: '@degrade',
    near: ['@institution'],
    unless: ['@unit-achievement', '@cleanup-activity', '@shames-the-corps'],
    window: 7,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Ini merendahkan instansi atau korps sendiri. Junjung tinggi kehormatan instansi pemerintah (etika 1).',
      en: 'This runs down your own institution or corps. Uphold the honour of the government institution (ethics 1).',
    },
    examples: {
      bad: ['Instansi bobrok, isinya orang malas semua', 'TNI isinya penakut', 'Kantor ini sarang korupsi', 'PNS kerjanya makan gaji buta'],
      good: ['TNI tidak pernah takut membela rakyat', 'Kantor kami bebas pungli', 'Instansi ini tidak bobrok, buktinya layanan makin cepat', 'Karya bakti resik-resik kali bareng warga & Koramil, alhamdulillah 3 ton sampah diangkut'],
    },
  },
  {
    kind: 'phrase',
    id: 'e2-jalur-belakang',
    refs: ['etika-2'],
    severity: 'warning',
    anchor: '@guarantee-pass',
    near: ['@recruitment-money'],
    // "Kaos HUT stok terbatas, yg mau pesen titip nama ke Mbak Rina": an order list, not a name slipped in.
    unless: ['@anti-corruption', '@household-budget', ['pesen', 'pesan', 'order', 'ukuran', 'kaos', 'stok', 'open po', 'po', 'bayar pas ambil', 'ambil']],
    // "Pendaftaran TNI gratis, kalau ketemu calo laporkan": a warning about touts, wherever it stands.
    // "Dulu aku nembak istri di alun-alun": courting, not buying a place.
    unlessText: ['@recruitment-free', ['nembak istri', 'bunga mawar', 'tahun pernikahan', 'gebetan', 'jadian', 'jatuh cinta', 'ditolak cewek']],
    window: 8,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Ini menawarkan atau meminta "jalur belakang" atau bayaran untuk lolos. Seleksi TNI dan ASN tidak dipungut biaya; tunjukkan kejujuran dan integritas (etika 2).',
      en: 'This offers or asks for a "back door" or payment to get through. TNI and civil-service selection is free of charge; show honesty and integrity (ethics 2).',
    },
    examples: {
      bad: ['Bisa bantu lolos tes Bintara, ada biaya administrasi 100 juta', 'Dijamin lolos CPNS lewat orang dalam, DP 50 juta', 'Mau masuk polisi? Ada jalur belakang, bayar di muka'],
      good: ['Waspada penipuan yang menjanjikan lolos tes CPNS dengan bayaran', 'Pendaftaran Bintara TNI AD gratis, tidak dipungut biaya'],
    },
  },
  {
    kind: 'phrase',
    id: 'e2-nepotisme',
    refs: ['etika-2'],
    severity: 'warning',
    // A relative who decides a selection or a tender, or an outcome fixed in advance.
    anchor: ['@nepotism', '@rigged-outcome'],
    near: ['@selection-event'],
    // "Rejeki wes diatur": by God, not by a committee; "wes diatur oleh UU": by law.
    unless: ['@anti-corruption', ['rejeki', 'rezeki', 'rizki', 'takdir', 'jodoh', 'allah', 'gusti', 'tuhan', 'yang maha kuasa', 'sing kuoso', 'diatur oleh', 'diatur dalam', 'diatur dening', 'undang-undang', 'uu', 'peraturan', 'regulasi', 'perbup', 'perda', 'permen', 'juknis', 'ketentuan']],
    unlessText: ['@recruitment-free', '@proper-report', '@frame-denied'],
    window: 10,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Ini menunjukkan hasil seleksi, tender, atau jabatan yang ditentukan kedekatan keluarga atau sudah diatur sebelumnya. Jaga objektivitas, kejujuran, dan integritas (etika 2).',
      en: 'This shows a selection, tender or post decided by family ties or fixed in advance. Keep to objectivity, honesty and integrity (ethics 2).',
    },
    examples: {
      bad: ['Selamat ponakanku lolos tenaga kontrak Dinas, wajar lah pakdhe-ne sing pegang seleksi 😂', 'Tender jalan desa taun iki wis diatur, pemenange CV duweke ipare Pak Camat', 'Lelang jabatan kemarin cuma formalitas, pemenangnya sudah ditentukan dari awal'],
      good: ['Tender jalan desa sudah diumumkan di LPSE, pemenangnya CV Maju Jaya', 'Ponakanku lolos PPPK lewat CAT, nilainya tertinggi, bangga', 'Jangan percaya yang bilang bisa lolos seleksi lewat kenalan di dalam, semua lewat CAT dan gratis'],
    },
  },
  {
    kind: 'detector',
    id: 'e1-pujian-sindiran',
    disguised: true,
    refs: ['etika-1'],
    severity: 'warning',
    detector: 'ironic-institution',
    message: {
      id: 'Sindiran terhadap instansi sendiri ("bangga banget kerja di sini…") merendahkan kehormatannya. Sampaikan masukan lewat atasan atau saluran resmi (etika 1).',
      en: 'Mocking your own institution ("so proud to work here…") runs down its honour. Give feedback through your superior or official channels (ethics 1).',
    },
    examples: {
      bad: ['bangga banget kerja di kantor ini, tiap hari diajarin ngurus berkas paling lelet 😌', 'TNI hebat kok, kuat ngopi sama kuat tidur di pos, macan kertas semua 😴'],
      good: ['Bangga banget kantor kita dapat predikat WBK tahun ini', 'Kantor kita hebat, printer rusak langsung diganti hari itu juga'],
    },
  },
  {
    kind: 'detector',
    id: 'e2-imbalan-terselubung',
    disguised: true,
    refs: ['etika-2'],
    severity: 'warning',
    detector: 'coded-fee',
    // Warnings about touts name their winks too: "kalau ada yang janji bisa 'bantu' asal bayar, itu penipuan".
    unlessText: ['@recruitment-free', '@anti-corruption', '@proper-report', '@frame-denied'],
    message: {
      id: 'Kata dalam tanda kutip ini tampaknya menyamarkan suap, pungli, atau imbalan untuk urusan layanan. Jaga integritas dan kejujuran (etika 2).',
      en: 'The word in scare quotes seems to dress up a bribe, an illegal fee or a kickback for a service. Keep your integrity and honesty (ethics 2).',
    },
    examples: {
      bad: ["Mau anaknya lolos CPNS? Ada kenalan di BKD yang bisa 'bantu', 100 juta beres", "Urus izin usaha sejam jadi, 'tarif'-nya bersahabat, japri aja"],
      good: ['Terima kasih atas bantuan panitia, pendaftaran CPNS gratis dan lancar', "Lowongan 'bantu-bantu' di dapur umum, relawan tanpa bayaran"],
    },
  },
  {
    kind: 'phrase',
    id: 'e2-suap-pungli',
    refs: ['etika-2'],
    severity: 'warning',
    anchor: '@bribe',
    unless: ['@anti-corruption'],
    // "Pendaftaran TNI gratis, kalau ketemu calo laporkan": a warning about touts, wherever it stands.
    unlessText: ['@recruitment-free'],
    window: 8,
    negatable: true,
    message: {
      id: 'Ini menyebut suap, pungli, atau percaloan seolah hal biasa. Jaga integritas dan kejujuran (etika 2).',
      en: 'This treats bribes, illegal fees or brokering as ordinary. Keep your integrity and honesty (ethics 2).',
    },
    examples: {
      bad: ['Kasih uang pelicin aja biar cepat', 'Bikin SIM tembak aja, gak usah tes', 'Sogok aja petugasnya, beres'],
      good: ['Laporkan pungli ke Saber Pungli', 'Tolak suap dalam bentuk apa pun', 'Tersangka suap divonis lima tahun'],
    },
  },
  {
    kind: 'phrase',
    id: 'e4-miras-judi',
    refs: ['etika-4'],
    severity: 'warning',
    // "Yang bilang bir pletok itu miras, salah": a word named to answer it.
    skipQuoted: true,
    anchor: '@vice',
    unless: ['@vice-neutral'],
    unlessText: ['@frame-help', '@vice-against', '@frame-condemn'],
    window: 6,
    negatable: true,
    message: {
      id: 'Ini menunjukkan minuman keras, mabuk, atau judi. Jaga etika agar citra dan reputasi instansi tetap baik (etika 4).',
      en: 'This shows drinking, drunkenness or gambling. Keep to ethics so the institution’s image and reputation stay good (ethics 4).',
    },
    examples: {
      bad: ['Baru naik pangkat, pesta miras dulu di mess', 'Malam minggu mabok bareng', 'Slot gacor hari ini maxwin, depo 50 rb'],
      good: ['Razia miras jelang tahun baru', 'Stop judi online, lindungi keluarga', 'Bahaya miras oplosan bagi kesehatan'],
    },
  },
  {
    kind: 'phrase',
    id: 'e4-judi-hasil',
    refs: ['etika-4'],
    severity: 'warning',
    // A win or a loss told as one's own: no kajian or verse around it makes it teaching.
    anchor: '@gambling-result',
    // A scam ad for "maxwin" warned against is no win told.
    unlessText: ['@vice-against'],
    negatable: true,
    message: {
      id: 'Ini menceritakan menang atau kalah judi. Jaga etika agar citra dan reputasi instansi tetap baik (etika 4).',
      en: 'This tells of winning or losing at gambling. Keep to ethics so the institution’s image and reputation stay good (ethics 4).',
    },
    examples: {
      bad: ['Alhamdulillah semalam angka togel saya tembus 4D, utang lunas', 'Kalah slot 3 juta semalam, besok balas'],
      good: ['Kajian: judi dan togel termasuk perbuatan keji, jauhilah', 'Jangan sampai kalah judi bikin keluarga hancur'],
    },
  },
  {
    kind: 'phrase',
    id: 'e4-pamer-kemewahan',
    refs: ['etika-4'],
    severity: 'warning',
    anchor: '@flexing',
    near: ['@flex-marker'],
    // Telling others not to envy those who flex is not flexing.
    unless: [['no mercy', 'tanpa ampun', 'gak usah iri', 'tidak usah iri', 'jangan iri', 'sama yang flexing', 'yang suka pamer']],
    window: 8,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Memamerkan kemewahan, apalagi dikaitkan dengan proyek atau jabatan, merusak citra instansi (etika 4).',
      en: 'Flaunting luxury, above all tied to projects or office, damages the institution’s image (ethics 4).',
    },
    examples: {
      bad: ['Pamer jam tangan Rolex baru dari hasil sampingan proyek', 'Flexing dulu mobil mewah baru', 'Alhamdulillah moge baru dari uang proyek'],
      good: ['Jangan pamer harta di media sosial', 'Beli sepeda bekas buat anak sekolah'],
    },
  },
  {
    kind: 'phrase',
    id: 'e4-seragam-gaya',
    refs: ['etika-4'],
    severity: 'warning',
    anchor: '@uniform',
    near: ['@uniform-show'],
    unless: ['@public-activity'],
    window: 10,
    negatable: true,
    message: {
      id: 'Seragam dinas dipakai untuk gaya atau mencari perlakuan khusus. Seragam melambangkan institusi; jaga citra dan martabatnya (etika 4).',
      en: 'The uniform is worn to show off or to get special treatment. It stands for the institution; uphold its image and dignity (ethics 4).',
    },
    examples: {
      bad: ['Nongkrong di kafe pakai baju dinas lengkap sambil ngevape, biar keliatan keren', 'Pakai seragam ke pasar biar dapat diskon'],
      good: ['Pakai seragam lengkap untuk upacara biar gagah dan rapi', 'Jangan pakai seragam biar dihormati, hormat itu dari sikap'],
    },
  },
  {
    kind: 'phrase',
    id: 'e4-seragam-promosi',
    refs: ['etika-4'],
    severity: 'warning',
    anchor: '@uniform',
    near: ['@uniform-promo'],
    // "Iklan slot yang pakai foto orang berseragam itu penipuan": a scam ad warned against.
    unlessText: ['@frame-denied'],
    // Selling one's own used boots or uniform items is a sale of the thing, not the uniform lending its weight.
    unless: [['sepatu pdl', 'sepatu', 'preloved', 'pdh bekas', 'pdh khaki bekas', 'bekas ukuran', 'seragam panitia', 'buat seragam', 'seragam komunitas', 'seragam sekolah', 'seragam olahraga', 'sablon',
      // Children's and community uniforms are not the service uniform: "Open PO seragam PAUD Kartika".
      'seragam paud', 'seragam tk', 'seragam sd', 'seragam smp', 'seragam sma', 'seragam smk', 'seragam anak', 'seragam futsal', 'seragam bola', 'seragam tim', 'seragam pengajian', 'seragam hadroh', 'seragam arisan', 'seragam kondangan', 'seragam keluarga', 'seragam nikahan', 'seragam batik', 'seragam drumband', 'seragam pramuka']],
    window: 14,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Seragam dan atribut dinas tidak boleh dipakai untuk promosi atau jualan pribadi (etika 4).',
      en: 'Uniforms and service attributes must not be used to promote or sell private goods (ethics 4).',
    },
    examples: {
      bad: ['Pakai seragam dinas sambil endorse skincare, cek keranjang kuning', 'Open order kaos, modelnya saya pakai PDL biar laku'],
      good: ['Seragam baru untuk upacara sudah dibagikan', 'Jahit seragam sekolah anak di pasar'],
    },
  },
  {
    kind: 'phrase',
    id: 'e5-bolos',
    refs: ['etika-5'],
    severity: 'warning',
    anchor: '@truancy',
    // Truancy from school or church is not the office's; a rule and its sanction is a reminder.
    unless: ['@sanction', ['cuti tahunan saya', 'cuti saya sudah', 'sudah disetujui', 'sudah izin', 'izin atasan', 'ada surat dokter', 'sudah lapor', 'yang suka', 'yg suka', 'geotagging', 'kebijakan absensi', 'kelas', 'sekolah', 'sekola', 'kuliah', 'kulieh', 'kampus', 'les', 'ngaji', 'gereja', 'greja', 'sd', 'smp', 'sma']],
    window: 6,
    negatable: true,
    message: {
      id: 'Ini menunjukkan bolos atau memanipulasi absensi. Hormati kode etik pegawai: hadir dan bekerja pada jam kerja (etika 5).',
      en: 'This shows truancy or faking attendance. Respect the civil-service code: be present and work during working hours (ethics 5).',
    },
    examples: {
      bad: ['Titip absen ya, aku mau mancing', 'Bolos kerja dulu, healing ke pantai', 'Absen pagi terus pulang lagi, aman', 'Hari Selasa nemenin istri ke Museum Angkut, absen online tetep aman dari parkiran 😁'],
      good: ['Jangan titip absen, itu melanggar disiplin', 'Hari ini cuti resmi, sudah izin atasan', 'Acara family gathering di kolam renang, peserta wajib absen di meja panitia'],
    },
  },
  {
    kind: 'phrase',
    id: 'e5-jam-kerja',
    refs: ['etika-5'],
    severity: 'warning',
    anchor: '@private-activity',
    near: ['@work-time'],
    unless: [['soalnya besok apel', 'besok apel pagi', 'setelah', 'sesudah', 'sebelum', 'habis jam', 'habis kerja', 'pulang kantor', 'di luar jam kerja', 'di luar jam dinas', 'di luar jam kantor', 'selepas', 'pulang kerja', 'usai', 'libur',
      // Sleep lost the night before: "tidur 3 jam, apel pagi mata panda".
      'begadang', 'semalam', 'semalem', 'pembatasan', 'push rank', 'semalaman', 'tadi malam', 'game night', 'mata panda', 'kurang tidur', 'cuma tidur', 'tidur cuma']],
    window: 5,
    unlessWindow: 10,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Urusan pribadi pada jam kerja, apalagi diunggah, melanggar kode etik pegawai (etika 5).',
      en: 'Private business during working hours, posted for all to see, breaks the civil-service code (ethics 5).',
    },
    examples: {
      bad: ['Jam kerja gini enaknya mancing di waduk', 'Lagi dinas tapi nongkrong di kafe dulu', 'Jam kantor main game dulu lah'],
      good: ['Setelah jam kerja kami olahraga bersama', 'Jam kerja pelayanan mulai pukul 08.00'],
    },
  },
  {
    kind: 'phrase',
    id: 'e5-fasilitas-dinas',
    refs: ['etika-5', 'larangan-2'],
    severity: 'warning',
    anchor: '@official-facility',
    near: ['@private-use'],
    unless: [['bantuan', 'korban', 'banjir', 'bencana', 'evakuasi', 'tugas', 'dinas luar', 'kegiatan dinas', 'operasional', 'sembako', 'distribusi', 'tidak boleh', 'dilarang']],
    window: 8,
    topic: true,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Fasilitas dinas dipakai untuk urusan pribadi. Fasilitas negara hanya untuk kepentingan dinas; kalau Anda melihat penyalahgunaannya, laporkan kepada atasan, jangan diunggah (etika 5, larangan 2).',
      en: 'Official facilities used for private purposes. State facilities are for official duties only; if you see them misused, tell your superior rather than posting it (ethics 5, prohibition 2).',
    },
    examples: {
      bad: ['Mudik pakai mobil dinas, hemat ongkos', 'Mobil dinas dipakai antar anak sekolah tiap hari', 'Kendaraan dinas buat jalan-jalan keluarga ke Batu'],
      good: ['Mobil dinas tidak boleh dipakai mudik', 'Mobil dinas membawa bantuan ke lokasi banjir'],
    },
  },
  {
    kind: 'phrase',
    id: 'e6-klaim-kesehatan',
    refs: ['etika-6', 'larangan-3'],
    severity: 'warning',
    anchor: '@cure-claim',
    near: ['@remedy'],
    // "Obat galau paling mujarab ya bakso": a joke about a mood, not a cure.
    skipQuoted: true,
    unless: ['@source', ['tolak angin', 'masuk angin', 'jaga malam', 'obat galau', 'obat rindu', 'obat kangen', 'obat patah hati', 'obat capek', 'obat bete', 'obat lapar']],
    window: 10,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Ini klaim kesehatan yang disebut pasti atau terbukti tanpa sumber. Sampaikan hanya informasi yang benar dan akurat; arahkan pembaca ke tenaga kesehatan (etika 6).',
      en: 'A health claim stated as certain or proven, with no source. Share only true and accurate information; point people to health workers (ethics 6).',
    },
    examples: {
      bad: ['Minum air garam setiap pagi pasti sembuh dari diabetes, sudah terbukti', 'Rebusan daun sirsak ampuh menyembuhkan kanker', 'Ramuan ini dijamin sembuh total, tidak perlu ke dokter'],
      good: ['Semoga lekas sembuh, Pak', 'Minum obat sesuai anjuran dokter ya', 'Menurut Kemenkes, vaksin terbukti mengurangi risiko'],
    },
  },
  {
    kind: 'phrase',
    id: 'e6-kabar-tanpa-sumber',
    refs: ['etika-6', 'larangan-3'],
    severity: 'warning',
    anchor: '@rumor',
    near: ['@alarm'],
    unless: ['@source', '@anti-hoax', '@alarm-neutral'],
    // "Beredar kabar '…'. Sudah dicek, BKN menyatakan itu hoaks": the rumour told in order to debunk it.
    unlessText: ['@anti-hoax'],
    window: 12,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Kabar yang menakutkan disampaikan tanpa sumber jelas ("katanya", "info A1"). Pastikan kebenarannya dari sumber resmi sebelum ditulis (etika 6, larangan 3).',
      en: 'Alarming news told with no clear source ("they say", "insider info"). Confirm it with an official source before writing (ethics 6, prohibition 3).',
    },
    examples: {
      bad: ['Info A1 dari orang dalam, harga BBM naik 3x lipat besok', 'Katanya besok ada kerusuhan di Malang, jangan keluar rumah', 'Kabarnya gempa besar akan terjadi minggu depan'],
      good: ['Menurut BMKG, gempa tadi tidak berpotensi tsunami', 'Katanya besok cerah, ayo jalan sehat'],
    },
  },
  {
    kind: 'phrase',
    id: 'e6-teori-konspirasi',
    refs: ['etika-6'],
    severity: 'warning',
    anchor: ['umat kita mandul', 'ingin umat kita mandul', 'fertility-killing', "don't let them inject", 'dont let them inject', 'vaksin bikin mandul', 'covid rekayasa', 'covid itu bohong', 'covid tidak ada', 'corona tidak ada', 'pandemi rekayasa', 'vaksin berbahaya', 'vaksin itu racun', 'vaksin racun', 'vaksin mengandung chip', 'vaksin ada chipnya', 'chip pelacak', 'isinya chip', 'magnetnya nempel', 'magnet nempel', 'kills the new', 'hospital is hiding', 'hospitals are hiding', 'the vaccine is poison', 'microchip', 'radiasi 5g', '5g penyebab', 'sinyal 5g bikin', '5g bikin', 'bumi datar', 'elite global', 'dokter tidak mau kamu tahu', 'disembunyikan dokter', 'dokter menyembunyikan', 'dokter merahasiakan', 'disembunyikan pemerintah', 'ditutupi pemerintah', 'media dibungkam', 'media ditutup mulutnya', 'senjata rahasia asing', 'gempa buatan', 'hujan buatan asing', 'chemtrail', 'new world order', 'illuminati', 'freemason'],
    unless: ['@anti-hoax', '@source'],
    negatable: true,
    message: {
      id: 'Ini teori konspirasi yang disampaikan sebagai fakta. Bagikan hanya informasi yang benar dan bersumber jelas (etika 6).',
      en: 'This is a conspiracy theory told as fact. Share only information that is true and has a clear source (ethics 6).',
    },
    examples: {
      bad: ['Fakta! Gempa kemarin itu akibat uji coba senjata rahasia asing', 'Covid itu rekayasa elite global, jangan mau divaksin', 'Sinyal 5G itu radiasi 5g penyebab corona'],
      good: ['Tidak benar vaksin mengandung chip, itu hoaks menurut Kemenkes', 'Film dokumenter soal bumi datar ini ternyata hoaks, cek fakta dulu'],
    },
  },
  {
    kind: 'phrase',
    id: 'e6-ramalan',
    refs: ['etika-6'],
    severity: 'warning',
    anchor: ['primbon', 'hitungan primbon', 'menurut primbon', 'menurut paranormal', 'kata paranormal', 'kata dukun', 'menurut dukun', 'menurut orang pintar', 'kata orang pintar', 'ramalan', 'diramalkan', 'wangsit', 'terawangan', 'diterawang'],
    near: ['@alarm'],
    unless: ['@anti-hoax'],
    window: 12,
    negatable: true,
    highlight: 'span',
    message: {
      id: 'Kabar menakutkan yang bersumber dari ramalan atau paranormal bukan informasi yang benar dan akurat. Jangan ikut menyebarkannya (etika 6).',
      en: 'Frightening news sourced from a prophecy or a psychic is not true, accurate information. Do not pass it on (ethics 6).',
    },
    examples: {
      bad: ['Ini asli bukan hoaks, Gunung Kawi akan meletus minggu depan menurut paranormal terkenal', 'Kata orang pintar besok ada gempa besar di Malang'],
      good: ['Ramalan cuaca BMKG: besok hujan ringan di Malang', 'Jangan percaya ramalan gempa dari paranormal, itu hoaks'],
    },
  },
  {
    kind: 'phrase',
    id: 'e6-klaim-pasti',
    // "Beredar pesan berantai 'gaji naik 25% pasti benar'": a claim quoted to warn of it.
    skipQuoted: true,
    refs: ['etika-6'],
    severity: 'warning',
    // Slang certainty: "Fix ini, temenku yg di RS yg bilang", "udh terbukti dr foto", "ini tanda 100%", "asli 100%".
    anchor: ['gak mungkin rugi', 'tidak mungkin rugi', 'ga mungkin rugi', 'pasti untung', 'dijamin untung', 'fix ini', 'ini fix', 'udh terbukti', 'udah terbukti', 'wis terbukti', 'tanda 100%', 'asli 100%', '100% asli', 'pasti ditutup-tutupi', 'pasti ditutup2in', 'pasti ditutupi', 'yg gak percaya liat aja nanti', 'yang tidak percaya lihat saja nanti', 'yang gak percaya lihat aja nanti', '100% bener', '100 persen bener', '100% true', '100% confirmed', '100% proven', 'confirmed 100%', 'never lies', 'trust me bro', 'doctors hate', 'doctors won\'t tell you', 'pasti terjadi', 'tidak usah tanya sumber', 'jangan tanya sumber', 'pokoknya benar', 'pokoknya bener', 'ini nyata', 'sudah ada bukti', 'ada bukti video', 'sudah terbukti', 'info valid', 'info valid dari dalam', 'dari dalam istana', 'sumber dalam istana', '100% fakta', '100 persen fakta', 'fakta 100%', 'dijamin 100%', '100% valid', '100 persen valid', 'info dari orang dalam', 'tidak usah dicek', 'tidak usah dicek lagi', 'tidak perlu dicek', 'tidak perlu dicek lagi', 'tidak usah cek', 'tidak perlu cek', 'tidak usah diragukan', 'jangan diragukan', 'dijamin valid', '100% benar', '100 persen benar', 'pasti benar', 'dijamin benar', '100% terbukti', 'fakta tak terbantahkan', 'fakta yang disembunyikan', 'yang ditutupi media', 'media tidak akan memberitakan', 'bukan hoaks', 'bukan hoax', 'ini nyata bukan hoaks'],
    near: ['@public-claim'],
    unless: ['@source', '@anti-hoax', '@review-context', ['manunggal', 'tni manunggal']],
    window: 12,
    negatable: true,
    highlight: 'anchor',
    message: {
      id: 'Klaim disebut pasti benar tanpa sumber. Sampaikan informasi yang benar, tepat, dan akurat, sertakan sumbernya (etika 6).',
      en: 'A claim called certainly true without a source. Share information that is true, precise and accurate, and give its source (ethics 6).',
    },
    examples: {
      bad: ['Vaksin ini ada chipnya, 100% benar', 'Ini fakta yang disembunyikan pemerintah, bukan hoaks'],
      good: ['Saya 100% benar-benar bangga dengan tim kita', 'Menurut situs resmi Kemenkes, informasi itu bukan hoaks'],
    },
  },
];
