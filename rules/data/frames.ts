/**
 * Precision by what a text does (shared/guideline.md, traps): a post that reports a leak to the
 * commander, denies a hoax, tells others what not to post, teaches religion or reports the news is not
 * the violation it mentions. Each frame is a concept built from word lists (verbs × whom they go to,
 * prohibitions × posting verbs), not from sentences, and cancels the findings of the items it covers.
 */
import type { ItemId } from '../guideline';
import type { Rule } from '../types';

const cross = (heads: readonly string[], links: readonly string[], tails: readonly string[]): string[] =>
  heads.flatMap((h) => links.flatMap((l) => tails.map((t) => (l ? `${h} ${l} ${t}` : `${h} ${t}`))));

/** Verbs of reporting or handing something over, in Indonesian, Javanese, Sundanese, Madurese and slang. */
const REPORT_VERBS = ['lapor', 'melapor', 'laporkan', 'melaporkan', 'dilaporkan', 'laporin', 'ngelaporin', 'dilaporin', 'laporno', 'laporke', 'laporake', 'dilaporno', 'laporkeun', 'dilaporkeun', 'laporaghi', 'ngelapor', 'teruskan hanya', 'diteruskan hanya', 'kirim hanya', 'serahkan', 'diserahkan', 'menyerahkan'];
/** Whom a leak is properly reported to. */
const REPORT_TO = ['danramil', 'dandim', 'danyon', 'danki', 'danton', 'danru', 'komandan', 'pasi intel', 'pasintel', 'intel', 'provos', 'atasan', 'pimpinan', 'sekdis', 'kasubag', 'kabag', 'kadis', 'kepala dinas', 'kepala kantor', 'admin', 'admin grup', 'babinsa', 'perwira piket', 'piket', 'pengamanan', 'polisi', 'pihak berwenang', 'yang berwenang', 'patroli siber', 'kominfo'];
const TO = ['ke', 'kepada', 'ka', 'nang', 'neng', 'marang', 'dhateng', ''].flatMap((to) => ['', 'pak', 'bu', 'bapak', 'ibu'].map((h) => [to, h].filter(Boolean).join(' ')));

/** Words that deny a claim; a negator just before them ("bukan hoaks") turns them around. */
const HOAX_DENIED = [
  'hoaks', 'hoax', 'hoaxs', 'hoak', 'palsu', 'fake', 'penipuan', 'modus penipuan', 'tidak benar', 'tidak terbukti', 'belum terbukti', 'belum ada bukti', 'tidak ada bukti', 'dibantah', 'membantah',
  'bantahan', 'diklarifikasi', 'sudah diklarifikasi', 'disinformasi', 'misinformasi', 'berita bohong', 'kabar bohong', 'dinyatakan palsu', 'cek fakta', 'turnbackhoax', 'jangan dipercaya', 'jangan percaya',
  'cek dulu', 'dicek dulu', 'jangan diteruskan', 'berhenti di kita', 'stop forward', 'jangan forward',
];

const PROHIBIT = ['jangan', 'dilarang', 'tidak boleh', 'tidak usah', 'jangan sampai', 'jangan pernah', 'hindari', 'stop', 'no', 'ojo', 'ulah', 'entong', 'ta usah', 'larangan', 'tidak diperkenankan'];
const POST_VERBS = ['unggah', 'mengunggah', 'diunggah', 'ngunggah', 'upload', 'diupload', 'ngupload', 'posting', 'memposting', 'diposting', 'post', 'ngepost', 'share', 'dishare', 'ngeshare', 'bagikan', 'membagikan', 'dibagikan', 'kirim', 'mengirim', 'dikirim', 'ngirim', 'ngirimkeun', 'sebar', 'sebarkan', 'menyebarkan', 'disebar', 'nyebar', 'nyebarin', 'foto', 'memfoto', 'difoto', 'motret', 'live', 'pamer', 'pamerkan', 'tampilkan', 'umbar', 'mengumbar'];

const TEACHING = ['hadis', 'hadits', 'hr bukhari', 'hr muslim', 'hr tirmidzi', 'qs', 'al quran', 'alquran', 'ayat', 'firman', 'sabda', 'kajian', 'ceramah', 'tausiyah', 'khutbah', 'kultum', 'tafsir', 'dalil', 'injil', 'alkitab', 'renungan', 'ngaji'];

const NEWS = ['diberitakan', 'dilansir', 'menurut berita', 'dikutip dari', 'kpk menangkap', 'ditangkap kpk', 'operasi tangkap tangan', 'ott kpk', 'tunggu proses hukum', 'proses hukum', 'praduga tak bersalah', 'asas praduga', 'unang hita langsung manuduh', 'jangan langsung menuduh'];

const GOOD_NEWS = ['kabar gembira', 'kabar bahagia', 'kabar baik', 'berita baik', 'berita gembira', 'laris', 'makin laris', 'biar laris', 'penglaris', 'umkm', 'jualan', 'dagangan', 'mohon doa', 'mohon doanya', 'doakan', 'lowongan', 'loker', 'donor darah', 'anak hilang', 'orang hilang', 'syukuran', 'alhamdulillah diterima', 'diterima'];

export const FRAME_CONCEPTS: Record<string, readonly string[]> = {
  'frame-reported': cross(REPORT_VERBS, TO, REPORT_TO),
  'frame-denied': HOAX_DENIED,
  'frame-do-not-post': cross(PROHIBIT, [''], POST_VERBS),
  'frame-teaching': TEACHING,
  'frame-news': NEWS,
  'frame-good-news': GOOD_NEWS,
};

interface Frame {
  concept: keyof typeof FRAME_CONCEPTS & string;
  /** Findings citing any of these items are cancelled by the frame. */
  items: readonly ItemId[];
  /** Anywhere in the text, or just before the finding in its sentence. */
  scope: 'text' | 'before';
  /** Limit to these rules (else every phrase rule of the items, and the descriptive detectors). */
  rules?: readonly string[];
}

export const FRAMES: readonly Frame[] = [
  // A leak reported to the commander or the admin is handled, not spread.
  { concept: 'frame-reported', items: ['larangan-5', 'larangan-7', 'etika-3'], scope: 'text' },
  // "Surat 'rahasia' itu palsu, sudah dibantah Dispenad": denying a claim is not making it.
  { concept: 'frame-denied', items: ['larangan-2', 'larangan-3', 'larangan-5', 'larangan-7', 'etika-3', 'etika-6'], scope: 'text' },
  // "Jangan unggah foto gudang senjata": naming what not to post, before it.
  { concept: 'frame-do-not-post', items: ['larangan-4', 'larangan-5', 'larangan-6', 'etika-3'], scope: 'before' },
  // "Tanda orang munafik ada tiga (HR Bukhari)": teaching, not accusing someone.
  { concept: 'frame-teaching', items: ['etika-7'], scope: 'text', rules: ['e7-tuduhan'] },
  // Neutral news of a case, with the presumption of innocence, is not airing the unit's problems.
  { concept: 'frame-news', items: ['larangan-2'], scope: 'text' },
  // Spreading good news or a neighbour's stall is not a chain message.
  { concept: 'frame-good-news', items: ['larangan-3'], scope: 'text', rules: ['l3-ajakan-menyebarkan'] },
];

/** Detectors that describe rather than reveal (a word like RAHASIA); frames may cancel them. */
const DESCRIPTIVE_DETECTORS = new Set(['classification-marking']);

/**
 * Items whose words, quoted after "komen", "bilang", "kata"…, are being talked about, not said:
 * "Ada yang komen 'usir aja pendatang', tolong dihapus". Secrets stay secrets when quoted.
 */
const QUOTABLE: readonly ItemId[] = ['etika-1', 'etika-7', 'larangan-1', 'larangan-2', 'larangan-3', 'larangan-4'];

/** The rules with each frame that covers them added to their cancels. Real data (numbers, coordinates, passwords) is never cancelled. */
export function withFrames(rules: readonly Rule[]): Rule[] {
  return rules.map((rule) => {
    if (rule.kind === 'phrase' && rule.skipQuoted === undefined && rule.refs.every((r) => QUOTABLE.includes(r))) rule = { ...rule, skipQuoted: true };
    if (rule.kind === 'detector' && !DESCRIPTIVE_DETECTORS.has(rule.detector)) return rule;
    const text: string[] = [];
    const before: string[] = [];
    for (const f of FRAMES) {
      if (f.rules ? !f.rules.includes(rule.id) : !rule.refs.some((r) => f.items.includes(r))) continue;
      (f.scope === 'text' ? text : before).push(`@${f.concept}`);
    }
    if (!text.length && !before.length) return rule;
    return { ...rule, unlessText: [...(rule.unlessText ?? []), ...text], unlessBefore: [...(rule.unlessBefore ?? []), ...before] };
  });
}
