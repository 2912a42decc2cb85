/**
 * The popup's and settings page's words, Indonesian first. Manifest strings live in
 * public/_locales; these follow the user's choice (or the browser) and can switch without a reload.
 */
import type { UiLang } from '@/utils/settings';

export type Lang = 'id' | 'en';

export function resolveLang(choice: UiLang, browserLang: string): Lang {
  if (choice === 'id' || choice === 'en') return choice;
  return browserLang.toLowerCase().startsWith('en') ? 'en' : 'id';
}

export const STRINGS = {
  tagline: { id: 'Saring sebelum sharing', en: 'Filter before you share' },
  guideline: { id: 'Pedoman media sosial', en: 'Social-media guideline' },
  search: { id: 'Cari di pedoman…', en: 'Search the guideline…' },
  noMatch: { id: 'Tidak ada butir yang cocok.', en: 'No item matches.' },
  asas: { id: 'Asas', en: 'Principles' },
  larangan: { id: 'Larangan', en: 'Prohibitions' },
  etika: { id: 'Etika', en: 'Ethics' },
  checks: { id: 'Yang diperiksa Saring', en: 'What Saring checks' },
  notChecked: { id: 'Prinsip: tidak diperiksa otomatis, tetapi menjadi pegangan.', en: 'A principle: not checked automatically, but a guide.' },
  thisSite: { id: 'Situs ini', en: 'This site' },
  onHere: { id: 'Saring aktif di situs ini', en: 'Saring is on for this site' },
  notFacebook: { id: 'Saring hanya bekerja di facebook.com.', en: 'Saring only works on facebook.com.' },
  pause: { id: 'Jeda 1 jam', en: 'Pause for 1 hour' },
  paused: { id: 'Dijeda sampai', en: 'Paused until' },
  resume: { id: 'Lanjutkan', en: 'Resume' },
  today: { id: 'Temuan hari ini', en: 'Findings today' },
  none: { id: 'Belum ada temuan hari ini.', en: 'No findings yet today.' },
  helps: { id: 'Apakah Saring membantu?', en: 'Does Saring help?' },
  helpsLine: {
    id: '{back} dari {shown} peringatan sebelum terbit berakhir dengan menyunting ulang ({pct}).',
    en: '{back} of {shown} checks before publishing ended with the writer editing again ({pct}).',
  },
  helpsResearch: { id: 'Sebagai pembanding: penelitian tentang peringatan serupa sebelum mengunggah mencatat 22–34% penulis menyunting ulang.', en: 'For comparison: studies of similar prompts before posting report 22–34% of writers editing again.' },
  helpsNone: { id: 'Belum ada peringatan sebelum terbit.', en: 'No publish checks yet.' },
  cards: { id: 'Penjelasan dibuka', en: 'Cards opened' },
  applied: { id: 'Saran diterapkan', en: 'Suggestions applied' },
  clearStats: { id: 'Hapus statistik', en: 'Clear statistics' },
  statsNote: { id: 'Hanya hitungan yang disimpan, di perangkat ini. Tidak ada teks.', en: 'Only counts are kept, on this device. Never any text.' },
  settings: { id: 'Pengaturan', en: 'Settings' },
  language: { id: 'Bahasa', en: 'Language' },
  langAuto: { id: 'Ikuti peramban', en: 'Follow the browser' },
  source: {
    id: 'Bersumber dari PermenPAN-RB No. 83 Tahun 2012 dan arahan Kodim 0818/Kab. Malang – Kota Batu.',
    en: 'Based on PermenPAN-RB No. 83/2012 and the guidance of Kodim 0818 (Malang Regency – Batu City).',
  },
  sourceAsas: {
    id: 'Sumber: PermenPAN-RB No. 83 Tahun 2012 tentang Pedoman Pemanfaatan Media Sosial Instansi Pemerintah — asas bagi komunikasi instansi pemerintah, dikutip dalam artikel Kodim 0818.',
    en: 'Source: PermenPAN-RB No. 83/2012, the Guideline on Government Institutions’ Use of Social Media — principles for government communication, as quoted in the Kodim 0818 article.',
  },
  sourceLarangan: {
    id: 'Sumber: arahan Kodim 0818/Kab. Malang – Kota Batu bagi anggota TNI dan PNS, belajar dari penyalahgunaan media sosial.',
    en: 'Source: the guidance of Kodim 0818 (Malang Regency – Batu City) for TNI members and civil servants, drawn from misuse of social media.',
  },
  sourceEtika: {
    id: 'Sumber: etika media sosial bagi praktisi humas pemerintah menurut PermenPAN-RB No. 83 Tahun 2012, dikutip dalam artikel Kodim 0818; Saring menerapkannya pada unggahan pribadi prajurit dan PNS.',
    en: 'Source: the social-media ethics for government public-relations staff in PermenPAN-RB No. 83/2012, as quoted in the Kodim 0818 article; Saring applies them to soldiers’ and civil servants’ own posts.',
  },
  shortcut: { id: 'Pintasan keyboard', en: 'Keyboard shortcut' },
  shortcutLine: { id: '{keys}: buka penjelasan temuan di kotak tulisan. Bisa diubah di pengaturan pintasan peramban.', en: '{keys}: open the finding card in the editor. You can change it in the browser’s shortcut settings.' },
  shortcutNone: { id: 'Belum diatur. Atur di pengaturan pintasan peramban (chrome://extensions/shortcuts).', en: 'Not set. Set it in the browser’s shortcut settings (chrome://extensions/shortcuts).' },
  statsTitle: { id: 'Statistik di perangkat ini', en: 'Statistics on this device' },
  // settings page
  settingsTitle: { id: 'Pengaturan Saring', en: 'Saring settings' },
  items: { id: 'Butir yang diperiksa', en: 'Items checked' },
  sensitivity: { id: 'Kepekaan', en: 'Sensitivity' },
  strict: { id: 'Ketat: juga tanda yang lemah', en: 'Strict: weak signs too' },
  normal: { id: 'Normal', en: 'Normal' },
  relaxed: { id: 'Longgar: hanya yang sangat jelas', en: 'Relaxed: only clear cases' },
  watchTerms: { id: 'Istilah pantauan satuan', en: 'Unit watch terms' },
  watchHelp: { id: 'Nama operasi, tempat, atau orang yang tidak boleh diunggah. Ditandai di setiap tulisan.', en: 'Names of operations, places or people that must not be posted. Flagged in every text.' },
  allowTerms: { id: 'Istilah yang diizinkan', en: 'Allowed terms' },
  allowHelp: { id: 'Kata yang tidak pernah ditandai.', en: 'Words that are never flagged.' },
  add: { id: 'Tambah', en: 'Add' },
  remove: { id: 'Hapus', en: 'Remove' },
  term: { id: 'Istilah', en: 'Term' },
  severity: { id: 'Tingkat', en: 'Severity' },
  info: { id: 'Pengingat', en: 'Reminder' },
  warning: { id: 'Peringatan', en: 'Warning' },
  danger: { id: 'Berbahaya', en: 'Danger' },
  ignored: { id: 'Temuan yang diabaikan', en: 'Ignored findings' },
  noIgnored: { id: 'Tidak ada temuan yang diabaikan.', en: 'No ignored findings.' },
  undo: { id: 'Batalkan', en: 'Undo' },
  backup: { id: 'Cadangan dan paket aturan satuan', en: 'Backup and unit rule packs' },
  exportBtn: { id: 'Ekspor ke berkas JSON', en: 'Export to a JSON file' },
  importBtn: { id: 'Impor dari berkas JSON', en: 'Import from a JSON file' },
  imported: { id: 'Pengaturan berhasil diimpor.', en: 'Settings imported.' },
  reset: { id: 'Kembalikan ke bawaan', en: 'Reset to defaults' },
  resetDone: { id: 'Pengaturan dikembalikan ke bawaan.', en: 'Settings reset to defaults.' },
  locked: { id: 'Dikunci oleh administrator', en: 'Locked by your administrator' },
  lockedNote: { id: 'Sebagian pengaturan ditetapkan oleh administrator satuan Anda dan tidak dapat diubah.', en: 'Some settings are set by your unit’s administrator and cannot be changed.' },
  saved: { id: 'Tersimpan', en: 'Saved' },
  empty: { id: 'Istilah tidak boleh kosong.', en: 'A term cannot be empty.' },
  tooLong: { id: 'Istilah terlalu panjang (maks. {max} huruf).', en: 'The term is too long ({max} characters at most).' },
  saveFailed: { id: 'Gagal menyimpan. Coba lagi.', en: 'Could not save. Please try again.' },
  undoAction: { id: 'Urungkan', en: 'Undo' },
  undone: { id: 'Dikembalikan seperti semula.', en: 'Restored as it was.' },
  removedTerm: { id: '«{term}» dihapus.', en: '«{term}» removed.' },
  resetUndoable: { id: 'Pengaturan dikembalikan ke bawaan, termasuk istilah pantauan satuan.', en: 'Settings reset to defaults, unit watch terms included.' },
  duplicate: { id: '«{term}» sudah ada di daftar. Tidak ada yang diubah.', en: '«{term}» is already in the list. Nothing was changed.' },
  duplicatePolicy: { id: '«{term}» sudah ditetapkan oleh administrator satuan. Tidak ada yang diubah.', en: '«{term}» is already set by your unit’s administrator. Nothing was changed.' },
  severityChanged: { id: '«{term}» sudah ada; tingkatnya diubah menjadi {severity}.', en: '«{term}» was already listed; its severity is now {severity}.' },
  commonWord: { id: '«{term}» adalah kata yang sangat umum: hampir setiap tulisan akan ditandai. Yakin ingin menambahkannya?', en: '«{term}» is a very common word: almost every post would be flagged. Add it anyway?' },
  addAnyway: { id: 'Tetap tambahkan', en: 'Add anyway' },
  unitPack: { id: 'Paket aturan satuan', en: 'Unit rule pack' },
  noPack: { id: 'Belum ada paket aturan satuan. Administrator satuan dapat membagikannya sebagai berkas JSON; impor di sini.', en: 'No unit rule pack yet. Your unit’s administrator can share one as a JSON file; import it here.' },
  packSummary: { id: '{name} · versi {version}{unit} · {count} aturan', en: '{name} · version {version}{unit} · {count} rules' },
  packInstalled: { id: 'Paket aturan «{name}» versi {version} dipasang: {count} aturan.', en: 'Rule pack «{name}» version {version} installed: {count} rules.' },
  packRemoved: { id: 'Paket aturan «{name}» dilepas.', en: 'Rule pack «{name}» removed.' },
  removePack: { id: 'Lepas paket', en: 'Remove pack' },
  sopLink: { id: 'SOP satuan', en: 'Unit SOP' },
  welcomeTitle: { id: 'Selamat datang di Saring', en: 'Welcome to Saring' },
  welcomeIntro: {
    id: 'Saring membaca tulisan Anda di Facebook selagi Anda mengetik, dan menandai bagian yang bisa melanggar pedoman media sosial prajurit TNI dan ASN — sebelum terbit, bukan sesudahnya.',
    en: 'Saring reads what you write on Facebook while you type, and marks what could break the social-media guideline for TNI soldiers and civil servants — before it is published, not after.',
  },
  welcomeChecks: { id: 'Yang diperiksa', en: 'What it checks' },
  welcomeChecksLine: {
    id: 'Tujuh larangan dari arahan Kodim 0818 dan etika media sosial PermenPAN-RB 83/2012: rahasia dinas, politik praktis dan SARA, hinaan, provokasi, sikap terhadap kebijakan dan pimpinan, meme prajurit, suap, kabar yang belum pasti.',
    en: 'The seven prohibitions of the Kodim 0818 guidance and the social-media ethics of PermenPAN-RB 83/2012: service secrets, practical politics and ethnic or religious hatred, insults, provocation, attacks on policy and leaders, memes of soldiers, bribes, unverified claims.',
  },
  welcomePrivacyTitle: { id: 'Tidak ada yang keluar dari perangkat Anda', en: 'Nothing leaves your device' },
  welcomeTry: { id: 'Coba sekarang (20 detik)', en: 'Try it now (20 seconds)' },
  welcomeTryHelp: { id: 'Ketik atau pilih contoh. Tulisan di kotak ini tidak disimpan dan tidak dikirim ke mana pun.', en: 'Type, or pick an example. What you write here is neither stored nor sent anywhere.' },
  practiceLabel: { id: 'Kotak latihan', en: 'Practice box' },
  practiceClean: { id: 'Tidak ada temuan. Begitulah tulisan yang aman.', en: 'No findings. That is what a safe post looks like.' },
  practiceFound: { id: '{n} temuan:', en: '{n} findings:' },
  exampleSecret: { id: 'Contoh: surat dinas', en: 'Example: a service letter' },
  exampleInsult: { id: 'Contoh: makian', en: 'Example: an insult' },
  exampleVote: { id: 'Contoh: ajakan memilih', en: 'Example: a call to vote' },
  exampleSafe: { id: 'Contoh: aman', en: 'Example: safe' },
  welcomeWhere: { id: 'Di mana pedoman dan pengaturannya', en: 'Where the guideline and settings are' },
  welcomeWhereLine: {
    id: 'Klik ikon Saring di bilah alat peramban untuk ringkasan pedoman dan temuan hari ini; dari sana juga ke Pengaturan (butir, kepekaan, istilah pantauan satuan).',
    en: 'Click Saring’s icon in the browser toolbar for the guideline summary and today’s findings; Settings (items, sensitivity, unit watch terms) are one click from there.',
  },
  openSettings: { id: 'Buka pengaturan', en: 'Open settings' },
  about: { id: 'Tentang Saring', en: 'About Saring' },
  notOfficial: { id: 'Bukan produk resmi TNI atau instansi mana pun.', en: 'Not an official product of TNI or any agency.' },
  privacy: { id: 'Semua pemeriksaan berjalan di perangkat Anda. Tulisan Anda tidak pernah dikirim ke mana pun; yang disimpan hanya pengaturan dan jumlah temuan, di browser ini.', en: 'Every check runs on your device. Nothing you type is ever sent anywhere; only your settings and finding counts are stored, in this browser.' },
  privacyPolicy: { id: 'Kebijakan privasi', en: 'Privacy policy' },
  guidelineSource: { id: 'Sumber pedoman', en: 'Source of the guideline' },
  credits: { id: 'Data dan pustaka yang dipakai', en: 'Data and libraries used' },
  notices: { id: 'Lisensi pihak ketiga (THIRD_PARTY_NOTICES)', en: 'Third-party licences (THIRD_PARTY_NOTICES)' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
