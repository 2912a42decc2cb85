/**
 * Precision by what a text does (shared/guideline.md, traps): a post that reports a leak to the
 * commander, denies a hoax, tells others what not to post, teaches religion or reports the news is not
 * the violation it mentions. Each frame is a concept built from word lists (verbs × whom they go to,
 * prohibitions × posting verbs), not from sentences, and cancels the findings of the items it covers.
 */
import { ITEM_IDS, type ItemId } from '../guideline';
import type { Rule } from '../types';

const cross = (heads: readonly string[], links: readonly string[], tails: readonly string[]): string[] =>
  heads.flatMap((h) => links.flatMap((l) => tails.map((t) => (l ? `${h} ${l} ${t}` : `${h} ${t}`))));

/** Verbs of reporting or handing something over, in Indonesian, Javanese, Sundanese, Madurese and slang. */
const REPORT_VERBS = [ 'ella laporan', 'la laporan', 'ella lapor', 'ella elaporaghi', 'la elaporaghi', 'dipunlaporaken', 'dipunlapuraken', 'malapua', 'alah malapua', 'malapor', 'lapuraken', 'enggal lapuraken', 'elaporagi', 'èlaporagi', 'laporagi', 'la èlaporagi','ngalaporkeun', 'dilaporkeun', 'sent it to', 'sent them to', 'forwarded it to', 'passed it to', 'report', 'reported', 'kulaporin', 'kulaporkan', 'kulapor', 'kuserahkan', 'kuteruskan', 'kusampaikan', 'tak serahno', 'tak serahkan', 'aturaken', 'kula aturaken', 'dipun aturaken', 'lapor', 'melapor', 'laporkan', 'melaporkan', 'dilaporkan', 'laporin', 'ngelaporin', 'dilaporin', 'laporno', 'laporne', 'laporke', 'laporake', 'dilaporno', 'dilaporne', 'laporkeun', 'dilaporkeun', 'laporaghi', 'èlaporaghi', 'elaporaghi', 'laporaken', 'dipun laporaken', 'ngelapor', 'lapur', 'sampaikan', 'disampaikan', 'menyampaikan', 'teruskan', 'diteruskan', 'meneruskan', 'serahkan', 'diserahkan', 'menyerahkan', 'kabari', 'kabarkan', 'matur', 'forward', 'kirim hanya'];
/** Whom a leak is properly reported to (a verb, then one of these within five words: "tak laporno langsung nang Danramil"). */
const REPORT_TO = [ 'wali kelas', 'guru kelas', 'operator sekolah', 'kasdim', 'pasiops', 'pasi ops', 'pasiter', 'pasi ter', 'kasi intel', 'the kasdim','satuan', 'satuannya', 'kesatuan', 'kesatuannya', 'akunnya', 'danramil', 'dandim', 'danyon', 'danki', 'danton', 'danru', 'komandan', 'pasi intel', 'pasintel', 'intel', 'provos', 'atasan', 'pimpinan', 'sekdis', 'kasubag', 'kasubbag', 'kasubbag umum', 'sekretariat', 'kabag', 'kabid', 'kasi', 'kadis', 'kepala dinas', 'kepala kantor', 'kepala sekolah', 'kepsek', 'admin', 'babinsa', 'perwira piket', 'piket', 'pengamanan', 'polisi', 'kapolsek', 'pihak berwenang', 'yang berwenang', 'patroli siber', 'kominfo', 'dansat', 'pomdam', 'denpom', 'itdam', 'inspektorat', 'kesbangpol', 'staf ops', 'desa', 'kelurahan', 'pihak terkait', 'dinas terkait', 'dinas', 'supervisor', 'commander', 'my boss'];
/** Reporting already done, said after whom it went to: "itu urusan komandan, sudah dilaporkan". */
const REPORT_DONE = [ 'sudah melapor', 'saya sudah melapor', 'already reported', 'i reported it', 'reported it to','dilaporkan', 'dilaporin', 'dilapori', 'dilaporno', 'dilaporne', 'sudah lapor', 'wis lapor', 'sudah saya laporkan', 'sudah kulaporkan', 'diserahkan', 'sudah diserahkan'];
/** A leak deleted rather than passed on. */
const DELETED = [ 'ella eapus', 'la eapus', 'eapus', 'ella ehapus', 'la ehapus', 'nomornya diblokir', 'nomornya sudah diblokir', 'nomornya saya blokir', 'langsung saya blokir', 'langsung diblokir', 'tidak mau membagikan', 'ora gelem nyebar', 'èhapus', 'ehapus', 'bân èhapus','hapus wae', 'hapus waé', 'mending dihapus', 'sebaiknya dihapus', 'lebih baik dihapus', 'rawan dipake penipu', 'rawan disalahgunakan', 'sudah saya hapus', 'langsung saya hapus', 'saya hapus', 'tak hapus', 'wis tak hapus', 'wes tak hapus', 'sudah dihapus', 'langsung dihapus', 'sudah menghapus', 'sudah menghapusnya', 'sudah kuhapus', 'kuhapus', 'kulo busak', 'tak busak', 'minta admin menghapus', 'tak kon hapus', 'eapos', 'sudah dihapus admin', 'udah dihapus admin', 'yang dihapus admin', 'dihapus sesuai aturan',
  // Refusing to pass it on: "gk mau nyebar".
  'tidak mau nyebar', 'tidak mau menyebarkan', 'tidak akan menyebarkan', 'tidak saya sebar', 'tidak saya share', 'tidak saya bagikan', 'ogah nyebar', 'tidak mau share', 'tidak ikut nyebar', 'tidak ikut menyebarkan', 'boten nerusaken', 'mboten nerusaken', 'tidak saya teruskan', 'gak saya teruskan', 'saya tolak halus', 'saya tolak', 'bakal dihapus', 'akan dihapus', 'dihapus tanpa peringatan',
  // Reported to the platform: "gw report akun yg nyebar".
  'gw report', 'saya report', 'aku report', 'sudah saya report', 'udah gw report', 'udah aku report', 'report akun', 'report akunnya',
  // Handled in other words: reported at once, the number blocked, "bukan untuk dibahas di grup".
  'langsung lapor', 'langsung gw laporin', 'langsung saya laporkan', 'langsung kulaporkan', 'blokir nomornya', 'sudah saya blokir', 'bukan untuk dibahas', 'bukan untuk disebar', 'bukan untuk dibagikan', 'bukan untuk konsumsi publik', 'bukan bahan konten', 'tidak bisa dibahas di sini', 'tidak untuk disebar'];

/** Words that deny a claim; a negator just before them ("bukan hoaks") turns them around. */
const HOAX_DENIED = [ 'ojo gampang percoyo', 'ojo gampang percaya', 'aja gampang percaya', 'jangan gampang percaya', 'jangan mudah percaya', 'ojo langsung percoyo', 'tong gampang percaya', 'biasanya jualan', 'itu biasanya jualan', 'belum ada uji klinis', 'tidak ada uji klinis', 'belum terbukti secara klinis',
  'phising', 'phishing', 'link phising', 'link phishing', 'video lama', 'itu video lama', 'foto lama', 'berita lama', 'bukan kejadian baru',
  'belum tentu benar', 'hoaks', 'hoax', 'hoaxs', 'hoak', 'itu palsu', 'tersebut palsu', 'adalah palsu', 'ternyata palsu', 'dipastikan palsu', 'surat palsu', 'akun palsu', 'berita palsu', 'foto palsu', 'video palsu', 'dokumen palsu', 'telegram palsu', 'fake', 'penipuan', 'modus penipuan', 'tidak benar', 'tidak terbukti', 'belum terbukti', 'belum ada bukti', 'tidak ada bukti', 'dibantah', 'membantah',
  'bantahan', 'diklarifikasi', 'sudah diklarifikasi', 'disinformasi', 'misinformasi', 'berita bohong', 'kabar bohong', 'dinyatakan palsu', 'cek fakta', 'turnbackhoax', 'jangan dipercaya', 'jangan percaya',
  'cek dulu', 'dicek dulu', 'jangan diforward', 'jangan di forward', 'cek di web resmi', 'cek situs resmi', 'cek sumber resmi', 'mana sumbernya', 'tidak ada sumbernya', 'tanpa sumber jelas', 'ternyata editan', 'hasil editan', 'editan kasar', 'cuma editan', 'hanya editan', 'foto editan', 'jangan tertipu', 'jangan sampai tertipu', 'jangan diteruskan', 'berhenti di kita', 'stop forward', 'jangan forward',
];

const PROHIBIT = [ 'jha', 'tidak oleh', 'ora oleh','ampunang', 'never ever', 'sampun ngantos', 'ampun ngantos', 'ojo pisan2', 'ojo pisan-pisan', 'jangan sekali-kali', 'mohon tidak', 'harap tidak', 'agar tidak', 'untuk tidak', 'tong', "don't", 'dont', 'do not', 'never', 'opo maneh', 'apalagi', 'apa lagi', 'jangan', 'dilarang', 'tidak boleh', 'tidak usah', 'tidak perlu', 'jangan sampai', 'jangan pernah', 'hindari', 'stop', 'no', 'ojo', 'ojok', 'ampun', 'ora usah', 'mboten usah', 'ulah', 'entong', 'ta usah', 'larangan', 'tidak diperkenankan'];
const POST_VERBS = [ 'diedit', 'ngae', 'damel', 'nyebaraken', 'nyebarake', 'disebaraken', 'nge-share', 'nge share', 'nge-post', 'nge-upload','nyantumno', 'mencantumkan', 'cantumkan', 'nyantumin', 'unggah', 'mengunggah', 'diunggah', 'ngunggah', 'upload', 'diupload', 'ngupload', 'posting', 'memposting', 'diposting', 'post', 'ngepost', 'share', 'dishare', 'ngeshare', 'bagikan', 'membagikan', 'dibagikan', 'kirim', 'mengirim', 'dikirim', 'ngirim', 'ngirimkeun', 'sebar', 'sebarkan', 'menyebarkan', 'disebar', 'nyebar', 'nyebarin', 'foto', 'memfoto', 'difoto', 'motret', 'live', 'pamer', 'pamerkan', 'tampilkan', 'umbar', 'mengumbar', 'bikin', 'membuat', 'buat', 'edit', 'ngedit', 'mengedit', 'screenshot', 'dijadikan meme', 'jadikan meme', 'dijadiin meme', 'dibikin meme', 'forward', 'repost', 'like', 'komen', 'follow', 'nganggo', 'pakai', 'pake', 'memakai', 'gunakan', 'nyieun', 'ndamel', 'ngagem', 'make', 'nggawe', 'gawe', 'turn', 'put', 'use', 'menyebut', 'sebut', 'nyebut', 'menyebutkan', 'memotret', 'potret', 'bahas', 'membahas'];

const SCRIPTURE = [
  // Surahs named: "Ustadz jelasin Al-Baqarah 6-7 about orang kafir".
  'surah', 'al-baqarah', 'al baqarah', 'al-kafirun', 'al kafirun', 'al-hujurat', 'al hujurat', 'al-maidah', 'al maidah', 'an-nisa', 'an nisa', 'al-imran', 'ali imran', 'al-mumtahanah', 'at-taubah', 'at taubah', 'al-munafiqun', 'al munafiqun',
  'hadis', 'hadits', 'hr bukhari', 'hr muslim', 'hr tirmidzi', 'qs', 'al quran', 'alquran', 'ayat', 'firman', 'sabda', 'tafsir', 'dalil', 'injil', 'alkitab'];
/** Gatherings and talks where faith is taught. */
const TEACHING_EVENTS = ['pengajian', 'pengaosan', 'pangaosan', 'ngaos', 'majelis taklim', 'kajian', 'ceramah', 'tausiyah', 'khutbah', 'khotbah', 'kultum', 'renungan', 'ngaji'];
const TEACHING = [...TEACHING_EVENTS, ...SCRIPTURE];

const NEWS = [ 'tunggu putusan pengadilan', 'diduga korupsi','didakwa', 'sidang perdana', 'pengadilan tipikor', 'terdakwa', 'divonis', 'diberitakan', 'dilansir', 'menurut berita', 'dikutip dari', 'kpk menangkap', 'ditangkap kpk', 'operasi tangkap tangan', 'ott kpk', 'tunggu proses hukum', 'proses hukum', 'praduga tak bersalah', 'asas praduga', 'unang hita langsung manuduh', 'jangan langsung menuduh'];

const GOOD_NEWS = ['izin share', 'ijin share', 'izin bagikan', 'izin repost', 'izin copas', 'ijin copas', 'kabar gembira', 'kabar bahagia', 'kabar baik', 'berita baik', 'berita gembira', 'laris', 'makin laris', 'biar laris', 'penglaris', 'umkm', 'jualan', 'dagangan', 'turnamen', 'pendaftaran turnamen', 'hadiah menarik', 'lomba', 'sedekah', 'ikut sedekah', 'donatur', 'takjil gratis', 'paket takjil', 'mohon doa', 'mohon doanya', 'doakan', 'lowongan', 'loker', 'donor darah', 'anak hilang', 'orang hilang', 'syukuran', 'alhamdulillah diterima', 'diterima',
  // A stall's food: "Viralin rawon Cak Man, porsi kuli harga mahasiswa".
  'bengkel', 'tambal ban', 'warung', 'lapo', 'rumah makan', 'resto', 'kuliner', 'rawon', 'bakso', 'soto', 'pecel', 'porsi', 'enak pol', 'mantul', 'harga mahasiswa', 'kedai', 'depot'];

/** What sales and notices run short of: "kuota imunisasi terbatas", "SLOT TERBATAS". */
const QUANTITY = ['kuota', 'slot', 'stok', 'tempat', 'kursi', 'persediaan', 'jumlah', 'waktu', 'porsi', 'edisi', 'promo', 'dana', 'anggaran', 'lahan', 'peserta', 'pendaftar', 'seat', 'paket', 'voucher', 'tiket', 'antrean', 'antrian', 'kamar', 'pesanan', 'order'];

/** A fallen comrade remembered: "ziarah ke makamnya", "Al-Fatihah untuk almarhum". */
const MOURNING = ['ziarah', 'ke makamnya', 'al-fatihah', 'alfatihah', 'in memoriam', 'haul', 'mengenang'];
const REMEMBRANCE = ['mengenang', 'memperingati', 'peringatan', 'tragedi', 'in memoriam', 'doa untuk korban', 'untuk para korban', 'mendoakan korban', 'mengheningkan cipta'];

/** Election reminders that take no side, and game talk: for the learned layer, which reads topics. */
const NEUTRAL = [ 'seiman opo ora seiman', 'seiman atau tidak seiman', 'seiman atau tidak', 'seiman maupun tidak', 'seiman ataupun tidak', 'beda iman tetap', 'beda agama tetap', 'neutrality', 'neutrality briefing', 'stay neutral', 'no finger poses','kpu', 'laman resmi kpu', 'nomor urut paslon', 'mengundi', 'pengundian', 'pengundian nomor urut', 'netral', 'netralitas', 'jaga netralitas', 'tetap netral', 'gunakan hak pilih', 'pakai hak pilih', 'pake hak pilih', 'jangan golput', 'datang ke tps', 'bilik suara'];
const GAME = ['clan war', 'mabar', 'push rank', 'login', 'ranked', 'match', 'squad', 'free fire', 'mobile legends', 'pubg', 'valorant', 'esports', 'e-sports', 'turnamen', 'scrim'];
/** Football talk: "bom dari luar kotak penalti" is a shot, "meledak" a stand. */
const SPORT = [ 'catur', 'papan catur', 'main catur', 'skak mat', 'skakmat', 'pecatur', 'bidak','final', 'di final', 'di lapangan', 'bulutangkis', 'tim bulutangkis', 'turnamen', 'gol', 'penalti', 'kotak penalti', 'tendangan', 'striker', 'kiper', 'babak pertama', 'babak kedua', 'skor', 'pertandingan', 'liga', 'tribun', 'arema', 'aremania', 'persema', 'stadion', 'wasit', 'sepak bola', 'futsal', 'voli', 'badminton'];
/** A marking described rather than shown: "surat sing ono cap RAHASIA", "berkas bertanda TERBATAS". */
const MARKING_DESCRIBED = ['stamped', 'marked', 'labelled', 'labeled', 'cap', 'ono cap', 'ada cap', 'bercap', 'dicap', 'stempel', 'berstempel', 'distempel', 'bertanda', 'berlabel', 'bertuliskan'];
/** What to do if something reaches you: "kalau dapat meme yang memakai foto prajurit, jangan ikut share". */
const IF_RECEIVED = ['menawi nampi', 'menawi mirsani', 'menawi pikantuk', 'kalau dapat', 'kalau menerima', 'jika menerima', 'apabila menerima', 'kalau nemu', 'kalau menemukan', 'jika menemukan', 'kalau ada yang kirim', 'kalau ada yang ngirim', 'kalau ada yang membagikan', 'kalau upload', 'kalau mau upload', 'sebelum upload', 'jika mengunggah', 'kalau posting', 'sebelum posting', 'kalau kamu menerima', 'kalau kamu dapat', 'jika anda menerima', 'jika kamu menerima', 'bila menerima', 'kalau kamu nemu', 'hati-hati kalau', 'yen wonten', 'if you get', 'if you receive', 'if someone sends', 'if someone forwards'];
/** History told so it is not repeated, and condemnation: "sejarah mencatat … supaya tidak terulang", "eta rasis pisan". */
const HISTORY = [ 'hari pahlawan', 'para pejuang', 'serangan belanda', 'pelajar pejuang', 'gugur di medan pertempuran', 'nonton dokumenter', 'pahlawan revolusi','dokumenter sejarah', 'film dokumenter', 'zaman revolusi', 'masa revolusi', 'zaman perjuangan', 'zaman penjajahan', 'zaman belanda', 'zaman jepang', 'sejarah mencatat', 'catatan sejarah', 'pelajaran sejarah', 'tidak terulang', 'tak terulang', 'jangan terulang', 'ora baleni', 'tragedi', 'mengenang', 'memperingati', 'in memoriam'];
const CONDEMN = [ 'jangan digeneralisir', 'jangan digeneralisasi', 'jangan generalisir', 'jangan menggeneralisasi', 'jangan pukul rata', 'jangan dipukul rata', 'ojo dipukul rata', 'ojok dipukul rata', 'gebyah uyah', 'ojo gebyah uyah', 'bukan ajaran agama', 'bukan ajaran agamanya', 'hanya oknum', 'cuma oknum', 'mung oknum', "don't generalize", 'dont generalize', "don't generalise", 'bukan perintah memusuhi', 'bukan perintah membenci', 'sara ta pantes', 'bukan izin membenci', 'bukan izin untuk membenci', 'bukan buat dibenci', 'bukan untuk dibenci', 'bukan buat membenci', 'bukan untuk membenci', 'bukan izin buat membenci', 'bukan izin untuk membenci', 'not for hating', 'stop pakai label', 'bukan bahasa orang beradab', 'sudah saatnya kita kubur', 'jangan bawa sara', 'fitnah tanpa data', 'dua2nya fitnah', 'racism', 'is racism', 'that word is racism', 'plain racism', 'saling menghormati', 'tapi lihat sendiri', "that's not okay", 'not okay', 'they are human beings', "they're human beings",'salah besar', 'tidak dibenarkan', 'ora bener', 'rasis', 'rasisme', 'rasial', 'ujaran kebencian', 'hate speech', 'racist', 'intoleran', 'diskriminatif', 'diskriminasi',
  // The speaker rebuked it: "ada yg nyeletuk 'dasar sipit', saya tegur baik2".
  'saya tegur', 'tak tegur', 'kita semua saudara', 'kita semua sedulur', 'sedulur kabeh', 'kita semua bersaudara', 'semua suku saudara', 'kita semua indonesia', 'satu indonesia', "we're all indonesian", 'we are all indonesian', 'penyimpangan', 'menyimpang', 'ditolak para ulama', 'bertentangan dengan konstitusi', 'bertentangan dengan pancasila', 'melanggar konstitusi', 'kata yang tidak pantas', 'kata-kata yang tidak pantas', 'komentar yang tidak pantas', 'jangan ditiru', 'kutegur', 'aku tegur', 'tetangga kita juga', 'itu tetangga kita', 'padha tatangga', "ja' ngoca'", 'padha oreng indonesia', 'itu stereotip', 'stereotip sajo', 'jan dipakai', 'jenenge sara', 'ojok digawe guyonan', 'ojo digawe guyonan', 'kabeh suku podo', 'bukan izin buat membenci', 'bukan izin untuk membenci', 'banne ezin', 'sebutan merendahkan', 'itu kebencian', 'bukan kritik', 'kalimat begitu', 'wis ora lucu', 'ora lucu', 'stereotip ngono', 'stereotip seperti itu', 'stereotip begitu', 'nglarani', 'nyinggung suku', 'label yang merendahkan', 'stop pakai kata', 'kata2 begitu', 'kata-kata begitu', 'berhenti pakai kata',
  // An admin's notice listing words not to use, and difference called normal.
  'ucapan begitu tidak pantas', 'ucapan seperti itu tidak pantas', 'ucapan itu tidak pantas', 'omongan begitu tidak pantas', 'a slur', 'is a slur', 'slur against', 'ejekan seperti itu', 'ejekan itu salah', 'ejekan begitu', 'ejekan semacam itu', 'jangan pakai kata', 'jangan pake kata', 'jangan gunakan kata', 'jangan memakai kata', 'dilarang pakai kata', 'jangan pakai istilah', 'beda agama itu biasa', 'beda suku itu biasa', 'beda agama dan suku itu biasa', 'perbedaan itu biasa', 'perbedaan itu indah', 'berbeda itu biasa', 'menegur', 'ditegur', 'kata kasar', 'tidak pantas diucapkan', 'tidak pantas diulang', 'tidak pantas ditulis'];

/** Saying what a text is not: "surat ini bukan ajakan membenci orang kafir". */
const NOT_A_CALL = ['bukan untuk membenci', 'not to hate', 'jangan sampe kita', 'jangan sampai kita', 'jangan benci', 'jangan membenci', 'penjahat gak punya suku', 'penjahat tidak punya suku', 'tidak pernah mengajarkan', 'bukan ajakan', 'bukan ajaran', 'bukan perintah', 'bukan berarti', 'tidak mengajarkan', 'tidak mengajak', 'tidak menyuruh', 'tidak memerintahkan', 'not a call', 'does not teach'];

/** Support said outright ("Saya dukung kebijakan Pangdam soal knalpot brong"): the learned layer reads only the topic. */
const SUPPORT = [ 'mohon disesuaikan', 'sesuai se menpan-rb', 'sesuai se menpan', 'takes effect', 'official circular', 'ask your unit', 'selamat hut', 'actually fun', 'actually good', 'actually great', 'is actually fun', 'full details are on', 'official website', 'presented the', 'dpr hearing','terus berjalan', 'sudah bagus', 'sdh bagus', 'dilayani dengan sabar', 'dilayani dgn sabar', 'apik kok', 'iku apik', 'gampang kok', 'wajib kita jalankan', 'wajib dijalankan', 'kita jalankan', 'kita patuhi', 'wajib dipatuhi', 'mari patuhi', 'saya dukung', 'aku dukung', 'kami dukung', 'dukung penuh', 'mendukung penuh', 'mendukung kebijakan', 'setuju dengan kebijakan', 'setuju banget', 'sangat setuju', 'matur nuwun pak', 'terima kasih pak', 'i support', 'fully support'];
/** Road talk: "mending lewat jalur Oro-oro Ombo dulu" is a route, not a back door. */
const TRAFFIC = ['macet', 'kemacetan', 'jalan alternatif', 'jalur alternatif', 'lalu lintas', 'lalin', 'pengalihan arus', 'rekayasa lalu lintas', 'arus balik', 'arus mudik', 'jalan ditutup', 'penutupan jalan', 'ditutup sebagian', 'golek dalan liyo', 'cari jalan lain'];

/** An answer that rebukes a quoted post ("> …" then "Mas, itu hinaan", "sampaikan lewat jalur komando"). */
const REBUKE = [ 'bukan dibahas di kolom komentar', 'bukan dibahas di sini', 'lebih baik dilaporkan', 'dilaporkan langsung ke komandan', 'ini udah sara', 'ini sudah sara', 'itu udah sara', 'itu sudah sara', 'udah sara', 'itu sara', 'ini sara namanya', 'ini rasis', 'itu rasis', 'udah rasis', 'komentar gitu ngawur', 'komen gitu ngawur', 'komentar ngawur', 'komen ngawur', 'komentar ngawur itu', 'asal ngomong', 'asal njeplak', 'ngomong sembarangan', 'tidak berdasar', 'gak berdasar', 'kagak usah ngomong gitu', 'gak usah ngomong gitu', 'nggak usah ngomong gitu', 'ga usah ngomong gitu', 'jangan ngomong gitu', 'ojo ngomong ngono', 'ora usah ngomong ngono', 'bahasanya dijaga', 'santai bro', 'mboten mas', 'mboten pak', 'hapus sam', 'hapus mas', 'hapus bro', 'hapusen', 'rahasia negara dek', 'pantau aja fb resmi', 'pantau fb resmi', 'laporno', 'laporno nang', 'kena uu ite', 'iso kena uu ite', 'bisa kena uu ite', 'gak semua', 'ga semua', 'nggak semua', 'tidak semua', 'disampaikan baik2', 'disampaikan baik-baik', 'waca sik', 'waca disik', 'moco sik', 'moco disik', 'maca sik', 'baca dulu', 'baca dl', 'read it first', 'stop yo', 'marai gaduh', 'kalimat koyok ngene', 'gak usah ditanggepi', 'akun bodong', 'gak ngawur', 'nggak ngawur', 'ga ngawur', 'bukan ngawur', 'dijalani aja', 'belum tentu', 'jaga bahasa', 'tolong jaga bahasa', 'gak pantes', 'ga pantes', 'nggak pantes', 'tidak pantas','jangan', 'gak boleh', 'ga boleh', 'nggak boleh', 'tidak boleh', 'ora oleh', 'dilarang', 'hati-hati', 'hati2', 'hinaan', 'jalur komando', 'jalur resmi', 'laporkan', 'lapor ke', 'tolong dihapus', 'hapus ya', 'dihapus', 'klarifikasi', 'klarifikasinya', 'belum terbukti', 'tidak benar', 'gak bener', 'ora bener', 'keliru', 'ojo', 'ojok', 'ulah', 'entong', "don't", 'not okay', 'not true', 'tanpa bukti', 'bisa dipidana', 'kena pasal', 'generalisasi', 'main hakim sendiri', '@frame-condemn', '@anti-hoax', '@frame-debunked', '@frame-denied'];

export const FRAME_CONCEPTS: Record<string, readonly string[]> = {
  'frame-rebuke': REBUKE,
  // Pork dishes named with church or chapel: a Sunday lunch, not a remark on a faith (for the learned layer).
  'frame-pork-food': ['saksang', 'saksang babi', 'babi panggang', 'babi guling', 'sate babi', 'babi kecap', 'lapo', 'b2'],
  // An answer that opens by agreeing reposts the quote, whatever 'jangan' follows ("Mantap, jangan kasih celah").
  'frame-agree': ['mantap', 'setuju', 'sepakat', 'bener', 'betul', 'iya bener', 'gas', 'gass', 'gaskeun', 'siap', 'agree', 'agreed', 'exactly', 'true', 'mantul', 'sip', 'podo', 'iyo bener', 'leres'],
  // The family's errands told beside one's own work ("istri belanja apel, aku ngurus laporan di kantor").
  'frame-family-errand': ['istri buka jualan', 'istri saya buka jualan', 'istri belanja', 'istri saya belanja', 'istriku belanja', 'bojoku belanja', 'bojo belanja', 'istri ke pasar', 'istri saya ke pasar', 'bojoku nang pasar', 'my wife went shopping', 'istri jualan', 'istri saya jualan', 'bojoku dodolan'],
  'frame-support': SUPPORT,
  'frame-after-hours': [ 'soalnya besok apel', 'besok apel pagi','sepulang dinas', 'luar jam dinas', 'di luar jam kerja', 'di luar jam dinas', 'habis dinas', 'pulang dinas', 'after work', 'after hours'],
  'frame-admin-rules': ['sosialisasi anti korupsi', 'sosialisasi antikorupsi', 'sosialisasi gratifikasi', 'aturan grup', 'peraturan grup', 'rules grup', 'pengingat admin', 'admin ingatkan', 'admin mengingatkan', 'admin hapus', 'sudah admin hapus', 'sudah kami hapus', 'pedoman media sosial', 'sesuai pedoman', 'dilarang posting', 'dilarang memposting', 'dilarang mengunggah', 'dikeluarkan dari grup', 'dikeluarkan tanpa peringatan', 'group rules', 'admin reminder'],
  'frame-meme-warned': [ 'jangan disebar', 'jangan disebarkan', 'ojok disebarno', 'ojo disebarno', 'ojo disebarke', 'ojok disebar', 'ojo disebar', 'jangan dijadikan badut', 'ojok dijadekno badut', 'ojo didadekke badut', 'ojok dijadekno', 'ojo dijadekno', 'tolong dihapus', 'mohon dihapus', 'tolong hapus', 'mohon hapus', 'itu dilarang', 'aku larang', 'saya larang', 'tak larang', 'saya melarang', 'aku melarang', 'sudah saya larang', 'udah aku larang', 'bukan bahan candaan', 'bukan bahan bercanda', 'bukan buat candaan', 'bukan untuk candaan', 'bukan bahan becandaan', 'bukan mainan', 'iso kena kabeh', 'seragam dilarang', 'pakai foto kucing ae', 'segera dihapus', 'tolong segera dihapus', 'mohon segera dihapus', 'melanggar aturan', 'tidak sopan dan melanggar', 'mengapa tidak boleh', 'mengapa kami tidak boleh', 'mengapa kita tidak boleh', 'kenapa kami tidak boleh', 'kenapa kita tidak boleh', 'why we must not', 'why we cannot','are a no-go', 'post cat memes instead', 'gak boleh diposting', 'tidak boleh diposting', 'ga boleh diposting', 'ini dilarang lho', 'itu jelas dilarang', 'jelas dilarang', 'juga dilarang', 'dilarang pedoman', 'no memes', 'reminder from the unit', 'friendly reminder from the unit', 'bukan untuk bahan lucu-lucuan', 'bukan untuk bahan', 'kenapa tidak boleh', 'jangan diedit sembarangan', 'apalagi dijadikan meme', 'tidak boleh dijadikan meme', 'jangan dijadikan meme', 'jgn dijadiin meme', 'jangan dijadiin meme', 'jangan dijadikan bahan', 'jgn dijadiin bahan', 'dijadiin bahan lucu', 'bahan lucu-lucuan', 'sudah dipanggil', 'udah dipanggil', 'ditegur karena', 'tidak boleh dijadikan bahan', 'jangan pakai atribut', 'jangan pake atribut', 'jgn pake atribut'],
  'frame-debunked': ['sudah dibantah', 'dibantah resmi', 'telah dibantah', 'sudah diklarifikasi', 'hasil editan', 'editan ai', 'video editan', 'foto editan', 'deepfake', 'itu hoaks', 'adalah hoaks', 'hoaks lama', 'cek fakta', 'turnbackhoax'],
  'frame-traffic': TRAFFIC,
  'frame-not-call': NOT_A_CALL,
  'report-verb': REPORT_VERBS,
  'report-target': REPORT_TO,
  'report-done': REPORT_DONE,
  // The report pair as one concept, for the learned layer's guard ("kula laporaken langsung dhateng Pasi
  // Intel", "I reported it to the Dandim"); the rules cancel on the same pair through FRAMES.
  'reported-to-command': ['@report-verb ~5 @report-target'],
  // A meal or a place to eat reviewed: work hours, fees and crowds there are the diner's, not the service's.
  'frame-food-review': ['pelayanan nya', 'pelayanannya', 'pelayanan cepat', 'pelayanan ramah', 'rasa nya', 'rasanya enak', 'tempat nya', 'tempatnya nyaman', 'menu nya', 'menunya', 'restoran', 'tempat makan', 'makan siang di sini', 'makan malam di sini', 'sarapan di sini', 'wajib coba', 'harus coba', 'patut dicoba', 'boleh dicoba', 'kuliner', 'lesehan'],
  'frame-deleted': DELETED,
  'frame-denied': HOAX_DENIED,
  // Krama and Sundanese "don't make": 'sampun' alone is mostly 'already', so only with its verb.
  // Hiding what one posts: "tolong blur dulu NRP/NIP, nomor Sprin".
  'frame-do-not-post': [ 'tolong blur', 'tolong blur dulu', 'blur dulu', 'harap blur', 'mohon blur', 'diblur dulu', 'sensor dulu', 'tolong disensor', 'tutupi dulu', 'sampun dipunterusaken', 'sampun dipunsebaraken', 'jan disebar', 'jan disebar lai',...cross(PROHIBIT, [''], POST_VERBS), 'sampun ndamel', 'sampun damel', 'sampun ngunggah', 'tidak memposting', 'tidak mengunggah', 'tidak membagikan', 'tidak menyebarkan', 'tidak mengupload'],
  'frame-teaching': TEACHING,
  // "Pengingat buat anggota yg besok ikut pengamanan …: jangan upload foto posisi, jadwal": a briefing on what
  // not to post names the duty it guards.
  'reminder-word': ['pengingat', 'mengingatkan', 'reminder', 'himbauan', 'imbauan', 'arahan', 'penekanan', 'mohon diperhatikan', 'perhatian'],
  'frame-briefing': ['@reminder-word ~12 @frame-do-not-post'],
  'frame-scripture': [...SCRIPTURE, '@teaching-event ~12 @faith-category', '@faith-category ~12 @teaching-event'],
  'teaching-event': TEACHING_EVENTS,
  'faith-category': ['kafir', 'kapir', 'munafik', 'munafiq', 'musyrik', 'fasik', 'murtad', 'azab', 'neraka', 'dosa', 'riba', 'kaum', 'akidah', 'aqidah', 'lesan', 'lisan', 'menjaga lisan', 'ngajaga lesan'],
  // A sermon's own words, not a chat group that happens to be a pengajian's.
  'frame-sermon': ['khutbah', 'khutbah jumat', 'khotbah', 'ceramah', 'kultum', 'tausiyah', 'dimintai pertanggungjawaban di akhirat'],
  'frame-news': NEWS,
  'frame-good-news': GOOD_NEWS,
  'frame-remembrance': REMEMBRANCE,
  'frame-mourning': MOURNING,
  'frame-quantity': QUANTITY,
  'frame-neutral': NEUTRAL,
  'frame-game': GAME,
  'frame-sport': SPORT,
  'frame-marking-described': MARKING_DESCRIBED,
  'frame-if-received': IF_RECEIVED,
  // A dish or a bake whose secret is told: "Rahasia nasi goreng mama … Classified info, don't tell anyone 🤫" jokes
  // about the recipe in the words of a stamp. Only a dish within five words after the secret word frames the text;
  // a post that tells a dish's secret and then a real document's loses the stamp's danger (the leak rules still warn).
  'dish': ['nasi goreng', 'mie goreng', 'mi goreng', 'ayam goreng', 'ayam geprek', 'bakso', 'soto', 'rawon', 'pecel', 'rendang', 'sate', 'rujak', 'gado-gado', 'seblak', 'martabak', 'kue', 'bolu', 'brownies', 'nastar', 'kastengel', 'cookies', 'cake', 'donat', 'gulai', 'opor', 'tongseng', 'krengsengan', 'kare', 'sop', 'sayur lodeh', 'tempe', 'mendoan', 'cilok', 'cireng', 'bakwan', 'pempek', 'siomay', 'batagor', 'pizza', 'burger', 'pasta', 'fried rice', 'noodles', 'masakan mama', 'masakan ibu', 'masakan emak', 'kopi', 'es teh', 'sambel', 'sambal', 'bumbu'],
  // Hours every member of the public may know: an office's working or service hours are announced, not leaked.
  'public-hours': ['jam kerja', 'jam kantor', 'jam pelayanan', 'jam layanan', 'jam buka', 'jam operasional', 'jam besuk', 'jam kunjung', 'jam kunjungan', 'hari kerja', 'office hours', 'opening hours', 'working hours', 'jam masuk kantor', 'jam pulang kantor'],
  'frame-company': ['pt', 'perseroan', 'tbk', 'lowongan', 'loker', 'lowongan kerja'],
  'frame-history': HISTORY,
  'frame-condemn': CONDEMN,
};

/**
 * Guards for the learned layer (see ModelMeta.guards): "concept" or "concept:item,item" anywhere in the
 * text; "<concept:item,…" just before the words the model would underline, as frame-do-not-post does
 * for the rules ("jangan unggah foto posisi pos" names what not to post; "…, jangan disebar" does not).
 */
export const MODEL_GUARDS = ['proper-report', 'official-channel:larangan-3,larangan-2,etika-5', 'sanction:etika-5,etika-4,etika-2', 'recruitment-free:etika-2', 'ritual-animal:etika-7', 'public-hours:larangan-5,etika-3', 'frame-food-review:etika-5,etika-2,larangan-2,larangan-3,etika-6,etika-7,etika-4', 'reported-to-command:larangan-5,larangan-7,etika-3', 'anti-hoax', 'leak-advice', 'frame-support:larangan-1,etika-1,etika-5', 'household-budget:larangan-2,etika-2', 'frame-after-hours:etika-5', 'frame-family-errand:etika-5', 'frame-traffic:etika-2', 'frame-do-not-post:larangan-6', 'frame-deleted:larangan-5,larangan-7,etika-3', 'frame-neutral:larangan-4', 'frame-pork-food:larangan-4', 'frame-condemn:larangan-4', 'frame-game:larangan-3,larangan-4,larangan-5,etika-3', 'frame-sport:larangan-5,etika-3', '<frame-do-not-post:larangan-4,larangan-5,larangan-6,larangan-7,etika-3'];

interface Frame {
  /** One concept, or a pair [a, b]: a then b within five words in one sentence. */
  concept: string | readonly [string, string];
  /** Findings citing any of these items are cancelled by the frame. */
  items: readonly ItemId[];
  /**
   * Anywhere in the text, just before the finding in its sentence, or near it (a phrase rule's window):
   * a sport that excuses words in its own sentence ("lomba tembak") need not excuse a weapons count
   * three sentences from the volleyball in a long diary. (A game is told over many sentences: "mabar …
   * drop di Pochinki … amunisi tinggal 10" keeps the whole text.)
   */
  scope: 'text' | 'before' | 'near';
  /** Limit to these rules (else every phrase rule of the items, and the descriptive detectors). */
  rules?: readonly string[];
}

export const FRAMES: readonly Frame[] = [
  // A leak reported to the commander or the admin, or deleted, is handled, not spread.
  { concept: ['report-verb', 'report-target'], items: ['larangan-5', 'larangan-6', 'larangan-7', 'etika-3'], scope: 'text' },
  // "Itu urusan komandan, sudah dilaporkan": the same, the one it went to named first.
  { concept: ['report-target', 'report-done'], items: ['larangan-5', 'larangan-6', 'larangan-7', 'etika-3'], scope: 'text' },
  // Reported to whoever handles it: "langsung tak teruskan ke Kasubag" is no chain message; "sudah lapor ke
  // Danramil, katanya sudah ditangani" names the leader it went to, not one it runs down; "daftar nama yang
  // katanya main judol sudah saya serahkan ke Dansat" is handled, not boasted.
  { concept: ['report-verb', 'report-target'], items: ['larangan-1', 'larangan-3', 'etika-4'], scope: 'text', rules: ['l1-mencela-pimpinan', 'l3-ajakan-menyebarkan', 'e4-miras-judi'] },
  // "Video Presiden 'menyatakan mundur' itu editan AI, sudah dibantah Istana": a fake debunked, not a leader run down.
  { concept: 'frame-debunked', items: ['larangan-1'], scope: 'text' },
  // A group's rules and an admin's reminders list what is forbidden ("DILARANG: (1) menentang kebijakan…").
  { concept: 'frame-admin-rules', items: ITEM_IDS, scope: 'text' },
  // An admin's or a meeting's warning about memes names the meme it punished.
  { concept: 'frame-meme-warned', items: ['larangan-6'], scope: 'text' },
  // History: "Kakek dulu juru sandi di zaman revolusi, surat rahasia diselipkan di rokok klobot", "1947 para
  // pelajar TRIP bergerak menghadang pasukan Belanda": remembered, not leaked.
  { concept: 'frame-history', items: ['larangan-5', 'etika-3'], scope: 'text', rules: ['l5-dokumen-rahasia', 'l5-pergerakan-pasukan'] },
  // Game talk: "mati ditembak sniper pas mabar PUBG", "teriak 'serbu!' main Free Fire", a game's guns and threats.
  { concept: 'frame-game', items: ['larangan-3', 'larangan-5', 'larangan-6', 'etika-7'], scope: 'text', rules: ['l3-ajakan-menyerang', 'l5-senjata-amunisi', 'l6-candaan-prajurit', 'e7-ancaman'] },
  // Sport: "Bom dari luar kotak penalti", "Bantai mereka di final!", "Salam dua jari dari tribun Kanjuruhan".
  { concept: 'frame-sport', items: ['larangan-4', 'etika-7'], scope: 'text', rules: ['l4-simbol-kampanye', 'l4-isyarat-dukungan', 'e7-ancaman'] },
  { concept: 'frame-sport', items: ['larangan-5'], scope: 'near', rules: ['l5-senjata-amunisi'] },
  { concept: 'frame-deleted', items: ['larangan-5', 'larangan-6', 'larangan-7', 'etika-3'], scope: 'text' },
  // "Surat 'rahasia' itu palsu, sudah dibantah Dispenad": denying a claim is not making it.
  { concept: 'frame-denied', items: ['larangan-2', 'larangan-3', 'larangan-5', 'larangan-6', 'larangan-7', 'etika-3', 'etika-6'], scope: 'text' },
  // "Jangan unggah foto gudang senjata": naming what not to post, before it.
  { concept: 'frame-do-not-post', items: ['larangan-4', 'larangan-5', 'larangan-6', 'larangan-7', 'etika-3'], scope: 'before' },
  // Teaching: "Tanda orang munafik ada tiga (HR Bukhari)" accuses nobody; "kisah kaum yang ditimpa azab" is
  // scripture's peoples, not neighbours; a kajian on khamar and gambling teaches against them (a win or loss
  // told in it is still caught: e4-judi-hasil).
  { concept: 'frame-teaching', items: ['etika-4', 'etika-7'], scope: 'text', rules: ['e4-miras-judi', 'e7-tuduhan', 'e7-hinaan-orang'] },
  // A stereotype is cancelled only by scripture quoted, not by a gathering named: "pengajian akbar kmrn isinya
  // orang Madura semua … bawaan suku" is a jab told at a pengajian, "kisah kaum yang ditimpa azab (QS …)" teaching.
  { concept: 'frame-briefing', items: ['larangan-5', 'etika-3'], scope: 'text', rules: ['l5-pergerakan-pasukan'] },
  { concept: 'frame-scripture', items: ['larangan-4', 'etika-7'], scope: 'text', rules: ['l4-stereotip-sara'] },
  // "Khutbah: pemimpin yang zalim akan dimintai pertanggungjawaban": a sermon on leaders, not one run down.
  { concept: 'frame-sermon', items: ['larangan-1'], scope: 'text', rules: ['l1-mencela-pimpinan'] },
  // Neutral news of a case, with the presumption of innocence, is not airing the unit's problems.
  { concept: 'frame-news', items: ['larangan-2'], scope: 'text' },
  // Spreading good news or a neighbour's stall is not a chain message.
  { concept: 'frame-good-news', items: ['larangan-3'], scope: 'text', rules: ['l3-ajakan-menyebarkan'] },
  { concept: ['secret-word', 'dish'], items: ['larangan-5', 'etika-3'], scope: 'text', rules: ['l5-dokumen-rahasia', 'l5-tanda-klasifikasi'] },
  // "Kuota imunisasi terbatas": something runs short; not a classification marking.
  { concept: 'frame-quantity', items: ['larangan-5', 'etika-3'], scope: 'before', rules: ['l5-dokumen-rahasia', 'l5-tanda-klasifikasi'] },
  // "Mengenang tragedi bom Bali 2002": remembrance, not an arsenal.
  { concept: 'frame-remembrance', items: ['larangan-5'], scope: 'text', rules: ['l5-senjata-amunisi'] },
  // "Sepuluh tahun lalu kami kehilangan Pratu Wahyu dalam kecelakaan saat latihan… ziarah": remembrance, not a leak.
  { concept: 'frame-mourning', items: ['larangan-2'], scope: 'text', rules: ['l2-bocoran-dalam'] },
  { concept: 'no-swearing', items: ['etika-7'], scope: 'text', rules: ['e7-kata-kasar', 'e7-pisuhan-jawa', 'e7-umpatan-gaul', 'e7-seruan-kasar', 'e7-pisuhan-akrab'] },
  // "Demo buruh sesuk, Jl. Tugu ditutup, golek dalan liyo": a road notice, not a protest joined.
  { concept: 'frame-traffic', items: ['larangan-1'], scope: 'text', rules: ['l1-menolak-pimpinan'] },
  // "Lowongan PT Malang Sejahtera Terbatas": a company's legal form.
  { concept: 'frame-company', items: ['larangan-5', 'etika-3'], scope: 'before', rules: ['l5-dokumen-rahasia', 'l5-tanda-klasifikasi'] },
  // "Surat sing ono cap RAHASIA ojo difoto": the marking named, not shown on a document.
  { concept: 'frame-marking-described', items: ['larangan-5', 'etika-3'], scope: 'before', rules: ['l5-tanda-klasifikasi'] },
  // History told so it is not repeated ("nonton dokumenter G30S … pembantaian 1965"), and hate named to condemn it.
  { concept: 'frame-history', items: ['larangan-4', 'etika-7'], scope: 'text', rules: ['l4-kebencian-sara', 'l4-stereotip-sara', 'l4-sara-terselubung', 'e7-ancaman'] },
  { concept: 'frame-condemn', items: ['larangan-4'], scope: 'text', rules: ['l4-kebencian-sara', 'l4-stereotip-sara', 'l4-sara-terselubung', 'l4-ideologi-terlarang', 'l4-julukan-politik'] },
  // Guidance for when something arrives: the thing named is not being shared.
  { concept: 'frame-if-received', items: ['larangan-5', 'larangan-6', 'larangan-7', 'etika-3'], scope: 'before' },
  // Disagreement taken to whoever decides, not aired: "aye udah sampein ke Danramil secara langsung".
  { concept: 'proper-channel', items: ['larangan-1', 'larangan-2'], scope: 'text', rules: ['l1-menolak-kebijakan', 'l1-mencela-kebijakan', 'l1-menolak-pimpinan', 'l2-hak-anggota', 'l2-hak-dinas'] },
  { concept: 'frame-not-call', items: ['larangan-4'], scope: 'before', rules: ['l4-kebencian-sara', 'l4-stereotip-sara', 'l4-sara-terselubung'] },
  // Denied, the claim is nobody's: "'Wasit disuap' itu belum ada buktinya" (no bribe offered), "Video 'PKI
  // bangkit' itu video lama" (not the ideology), "Info gaji PNS naik 20% itu HOAKS" (nobody's boast).
  // An offer turned in, not made: "ada yg WA ngaku staf Kodim nawarin 'jalur khusus' … sudah saya laporkan ke piket".
  { concept: 'reported-to-command', items: ['etika-2'], scope: 'text', rules: ['e2-jalur-belakang', 'e2-suap-pungli', 'e2-imbalan-terselubung'] },
  { concept: 'frame-denied', items: ['etika-2', 'etika-4', 'larangan-4'], scope: 'text', rules: ['e2-suap-pungli', 'e2-jalur-belakang', 'e4-pamer-kemewahan', 'l4-ideologi-terlarang'] },
];

/** Detectors that describe rather than reveal (a word like RAHASIA); frames may cancel them. */
const DESCRIPTIVE_DETECTORS = new Set(['classification-marking', 'campaign-symbol', 'partisan-hint', 'coded-group', 'coded-cut', 'coded-fee', 'stereotype-next-sentence']);

/**
 * Items whose words, quoted after "komen", "bilang", "kata"…, are being talked about, not said:
 * "Ada yang komen 'usir aja pendatang', tolong dihapus". Secrets stay secrets when quoted.
 */
const QUOTABLE: readonly ItemId[] = ['etika-1', 'etika-5', 'etika-7', 'larangan-1', 'larangan-2', 'larangan-3', 'larangan-4'];

/** The rules with each frame that covers them added to their cancels. Real data (numbers, coordinates, passwords) is never cancelled. */
export function withFrames(rules: readonly Rule[]): Rule[] {
  return rules.map((rule) => {
    if (rule.kind === 'phrase' && rule.skipQuoted === undefined && rule.refs.every((r) => QUOTABLE.includes(r))) rule = { ...rule, skipQuoted: true };
    if (rule.kind === 'detector' && !DESCRIPTIVE_DETECTORS.has(rule.detector)) return rule;
    const text: string[] = [];
    const before: string[] = [];
    const near: string[] = [];
    const pairs: [string, string][] = [];
    for (const f of FRAMES) {
      if (f.rules ? !f.rules.includes(rule.id) : !rule.refs.some((r) => f.items.includes(r))) continue;
      if (typeof f.concept !== 'string') pairs.push([`@${f.concept[0]}`, `@${f.concept[1]}`]);
      else (f.scope === 'text' ? text : f.scope === 'before' ? before : near).push(`@${f.concept}`);
    }
    if (!text.length && !before.length && !near.length && !pairs.length) return rule;
    const framed = { ...rule, unlessText: [...(rule.unlessText ?? []), ...text], unlessBefore: [...(rule.unlessBefore ?? []), ...before], unlessPair: [...(rule.unlessPair ?? []), ...pairs] };
    return framed.kind === 'phrase' && near.length ? { ...framed, unless: [...(framed.unless ?? []), ...near] } : framed;
  });
}
