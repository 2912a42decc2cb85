/**
 * Detectors: findings that need code rather than word lists (letter numbers, coordinates, numbers
 * with a structure). Each works on the folded text and maps back to original offsets. Every regular
 * expression here is linear: bounded repetitions, no nested quantifiers over the same characters.
 */
import type { Doc } from '../engine/doc';
import { reported, scareQuoted } from '../engine/quoted';
import type { Span } from '../types';
import { isNik, isNip, luhn } from './numbers';
import { after, word } from '../text/tokenize';

export type DetectorFn = (doc: Doc) => Span[];

export function* matches(re: RegExp, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * The matches of `re` found by scanning only around the places where something every match must
 * contain occurs: a literal (found with indexOf) or a short pattern. A pattern that opens with a
 * look-behind defeats the regex engine's own quick scan, and a 1 MB paste pays for that in every
 * detector; most texts hold no letter number or password at all. Windows reach `back` chars before
 * and `ahead` after each gate, then out to the nearest space, so look-arounds at their edges see
 * what they would see in the whole text.
 */
function* around(re: RegExp, s: string, gate: readonly string[] | RegExp, back: number, ahead: number): Generator<RegExpExecArray> {
  const at: number[] = [];
  if (gate instanceof RegExp) for (const g of matches(gate, s)) at.push(g.index);
  else {
    for (const literal of gate) for (let k = s.indexOf(literal); k >= 0; k = s.indexOf(literal, k + 1)) at.push(k);
    at.sort((x, y) => x - y);
  }
  // Each window reaches out to the nearest space, then overlapping windows merge into one.
  const windows: number[] = [];
  // Both walks only move forward overall (gates are sorted), so a text of nothing but gates stays linear.
  let space = 0;
  for (const g of at) {
    const last = windows.length ? windows[windows.length - 1]! : 0;
    let a = Math.max(0, g - back);
    let b = Math.min(s.length, g + ahead);
    while (a > last && !isSpace(s.charCodeAt(a - 1))) a--;
    if (space < b) for (space = b; space < s.length && !isSpace(s.charCodeAt(space)); ) space++;
    b = space;
    if (windows.length && a <= last) windows[windows.length - 1] = Math.max(b, last);
    else windows.push(a, b);
  }
  for (let w = 0; w < windows.length; w += 2) {
    const a = windows[w]!;
    for (const m of matches(re, s.slice(a, windows[w + 1]))) {
      m.index += a;
      yield m;
    }
  }
}

/** Words that deny what follows them outright ("bukan salam 2 jari"). */
const DENIAL_WORDS = new Set(['bukan', 'bkn', 'dudu', 'not']);

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

const hasNear = (doc: Doc, concept: string, a: number, b: number, words: number): boolean => {
  const ti = doc.tokenAt(a);
  const tj = Math.max(ti, doc.tokenAt(b) - 1);
  return doc.hits(concept).some((h) => h.j >= ti - words && h.i <= tj + words);
};

/** Most letters are capitals (a shouted text, not a marking inside ordinary text). */
function shoutingText(text: string): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
    else if (c > 127) {
      const ch = text[i]!;
      if (ch !== ch.toLowerCase()) {
        upper++;
        letters++;
      } else if (ch !== ch.toUpperCase()) letters++;
    }
  }
  return letters >= 12 && upper / letters > 0.6;
}

const ROMAN_MONTH = '(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)';
const LETTER_PREFIX = '(?:st|str|stb|sprin|sprint|kep|skep|perkasad|perpang|perkap|juknis|juklak|tr|tel|nd|und|se|ins|instr|srt|b|r|sr|t|k|kpts|pengumuman|rekom|rek|sket|ket|undangan)';
// ST/1234/XI/2026, Sprin/455/X/2026, B/789/IX/2026, Kep/868/IX/2022, Perkasad/2-33/VII/2011
const LETTER_TNI = new RegExp(`(?<![a-z0-9/])${LETTER_PREFIX}\\s?[/.-]\\s?[a-z0-9.-]{1,12}(?:\\s?/\\s?[a-z0-9.-]{1,12}){0,3}\\s?/\\s?${ROMAN_MONTH}\\s?/\\s?(?:19|20)\\d{2}(?![0-9])`, 'g');
// R-99/IJ/KP.07.6/04/2020, B-123/Kodim/11/2026 (ministry style: number, then segments, month, year)
const LETTER_TAIL = /[ivx]\s?\/\s?(?:19|20)\d\d/g;
const LETTER_MINISTRY_TAIL = /\d\/(?:19|20)\d\d/g;
const LETTER_MINISTRY = /(?<![a-z0-9/])(?:b|r|sr|t|st|und)-\d{1,5}(?:\/[a-z0-9.]{1,12}){1,4}\/(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}(?![0-9])/g;

const DEGREE = '[°º]';
// 7°58'12" LS 112°37'45" BT · 8°01'12"S 112°37'48"E (primes may be ' ’ ′ and " ” ″)
const DMS = new RegExp(`(\\d{1,2})\\s?${DEGREE}\\s?(\\d{1,2})\\s?['’′]\\s?(?:(\\d{1,2}(?:[.,]\\d{1,3})?)\\s?(?:["”″]|''))?\\s?(ls|lu|s|n)\\b[\\s,;]{0,3}(\\d{2,3})\\s?${DEGREE}\\s?(\\d{1,2})\\s?['’′]\\s?(?:(\\d{1,2}(?:[.,]\\d{1,3})?)\\s?(?:["”″]|''))?\\s?(bt|e|t)\\b`, 'g');
// -7.9666, 112.6326 (decimal degrees: at least 3 decimals each, to leave prices and scores alone)
const DECIMAL = /(?<![0-9.])(-?\d{1,2}\.\d{3,8})\s?,\s?(\d{2,3}\.\d{3,8})(?![0-9])/g;
/** Decimal degrees with their hemispheres written out ("33.1092 N, 35.2451 E"): a coordinate anywhere, as on a peacekeeping mission. */
const DECIMAL_HEMISPHERE = /(?<![0-9.])(\d{1,2}\.\d{4,8})\s?°?\s?(?:n|s|lu|ls)\b[\s,;]{0,3}(\d{1,3}\.\d{4,8})\s?°?\s?(?:e|w|bt|bb)\b/g;
// MGRS grid in UTM zones 46–54, bands L M N: "49M FV 12345 67890" or "49MFV1234567890"
const MGRS = /(?<![a-z0-9])(4[6-9]|5[0-4])\s?([lmn])\s?([a-hj-np-z][a-hj-np-v])\s?(\d{2,5})\s?(\d{2,5})(?![a-z0-9])/g;

/** A lock's or safe's number written straight after its name. */
const LOCK_CODE = /(?<![a-z])(?:kombinasi|kode gembok|kode brankas|kode pintu|padlock code|lock code|combination)(?:nya)?\s+(?:adalah\s+|is\s+)?(\d{3,8})(?!\d)/g;
const PASSWORD = /(?<![a-z])(?:password|passwd|pw|pwd|kata sandi|katasandi|sandi|kata kunci|pin atm|pin kartu|pin brankas|kode akses|passcode|padlock code|lock code|door code|gate code)(?:nya)?(?:(?:\s+(?:[a-z0-9-]{2,12}|[+&/])){0,6}\s?[:=]|(?:\s+[a-z0-9-]{2,12}){0,3}\sadalah\b|(?:\s+[a-z0-9-]{2,12}){0,2}\ssama dengan\b)\s?(["“']?)([^\s"”']{3,40})/g;

/**
 * A password written without a colon: the word, up to five words, then a value of letters and digits
 * ("passwordnya Koramil_Dau2026", "sandi aplikasi absen saiki 'Kodim0818#2026'").
 */
const PASSWORD_BARE = /(?<![a-z])(?:password|passwd|pw|pwd|kata sandi|sandi)(?:nya|ne|e)?(?:\s+[a-z0-9-]{2,12}){0,5}\s+["“'‘]?((?=[^\s"”'’]*\d)(?=[^\s"”'’]*[a-z])[^\s"”'’,]{6,40}?)["”'’]?(?=[\s.,!?)]|$)/g;

/**
 * A value shaped like a password (letters, digits and a symbol, 8–40 chars) a sentence or two after the
 * word: "lupa password email dinas lagi … Note to self: Kodim0818Batu#2026". Not a handle, a hashtag,
 * an e-mail address or a link.
 */
const PASSWORD_WORD = /(?<![a-z])(?:password|passwd|pwd|kata sandi|sandi)(?![a-z])/g;
const PASSWORD_SHAPED = /(?<=^|\s)(?![#@])(?!\S*(?:https?:|www\.|\.com|\.id\b|@\S*\.))(?=[^\s"”'’]*\d)(?=[^\s"”'’]*[a-z])(?=[^\s"”'’]*[#!$%&*_@])[^\s"”'’,]{8,40}?(?=[.,!?)]?(?:\s|$))/g;
/** How far after the word a password-shaped value may stand. */
const PASSWORD_REACH = 160;

// "PIN brankas ruang Dandim 2580": a PIN or lock code needs no colon, only its digits.
const PIN_VALUE = /(?<![a-z])(?:pin|kode|kombinasi)\s(?:brankas|atm|kartu|gembok|pintu|lemari|gudang)(?:\s[a-z]{2,12}){0,3}\s(?:nya\s)?(\d{4,8})(?![0-9])/g;

const NRP = /(?<![a-z])(?:nrp|(?:nomor|no\.?) registrasi pokok(?: prajurit| anggota)?)\.?(?:(?:\s(?:saya|anda|beliau|nya|kami|dia|ku|mu|lama|baru)){0,2}\s?[:.]?|(?:\s[a-z]{2,10}){1,6}\s?:)\s?(\d[\d .-]{4,16}\d)/g;
const NIP = /(?<![0-9])(\d{8})[\s.-]?(\d{6})[\s.-]?([12])[\s.-]?(\d{3})(?![0-9])/g;
const NIK = /(?<![0-9])(\d{16})(?![0-9])/g;
const PHONE = /(?<![0-9+])(?:\+62|62|0)[\s-]?8[1-9](?:[\s-]?\d){7,10}(?![0-9])/g;

const CLASSIFICATION_LABEL = /(?<![a-z])(?:klasifikasi|klas|sifat)\s?[:.]?\s?(sangat rahasia|rahasia|terbatas|sr|r|t)(?![a-z])/g;

const SALAM_JARI = /(?<![a-z])(?:salam\s?(?:satu|dua|tiga|empat|lima|1|2|3|4|5|0[1-5])\s?jari|salam\s?(?:siji|loro|telu|telung|tigang|papat|limo|tello|tellok|duwa')'?\s?(?:driji|jari))(?![a-z])/g;
const CAMPAIGN_TAG = /#[a-z0-9_]*(?:gantipresiden|2periode|3periode|tigaperiode|duaperiode|satuputaran|lanjutkan|pilih0?[1-5]|coblos[a-z0-9]*|menangkan[a-z0-9]+|dukung0?[1-5]|gas(?:kan|pol)?(?:nomor|no)?0?[1-5]|menang(?:kan)?(?:nomor|no)?0?[1-5]|pilihyangseiman|pilihseiman|allin(?:nomor|no)?0?[1-5]|lanjut(?:pak|bu|abah|mas|cak|gus|bang|kang|mbak)[a-z]+|lanjut0?[1-5]|lanjut(?:satu|dua|tiga|empat|lima)|(?:satu|dua|tiga|empat|lima)untuk[a-z]+)[a-z0-9_]*/g;
const PUBLIC_VENUE = /(?<![a-z])(?:warkop\w*|kafe\w*|cafe\w*|kedai\w*|warung\w*|resto\w*|coffee ?shop|pengunjung|pelanggan|monggo mampir|silakan mampir|ayo mampir|customer|tamu|hajatan|guest|monggo dipakai)(?![a-z])/;
/** Emoji people add to mock: a clown, rolled eyes, a smirk, an upside-down smile. */
const MOCK_EMOJI = /\u{1F921}|\u{1F644}|\u{1F60F}|\u{1F643}/u;

function ironicPraise(doc: Doc, targets: readonly string[], reach = 8): Span[] {
  const praise = doc.hits('praise-marker');
  if (praise.length === 0) return [];
  if (doc.hits('mock-signal').length === 0 && !MOCK_EMOJI.test(doc.text)) return [];
  const { sent } = doc.tokens;
  const aimed = targets.flatMap((c) => doc.hits(c));
  const negators = doc.hits('negation');
  for (const p of praise) {
    if (reported(doc, p)) continue;
    // "itu bukan prestasi 🙃": praise denied is a rebuke, not mock praise.
    if (negators.some((n) => n.j < p.i && p.i - n.j <= 2 && sent[n.j] === sent[p.i])) continue;
    const t =
      aimed.find((h) => sent[h.i] === sent[p.i] && Math.abs(h.i - p.i) <= reach) ??
      // Formal irony names its target, then praises in the next sentence ("…kebijakan Bapak. Sungguh visioner.").
      aimed.find((h) => sent[h.i] === sent[p.i]! - 1 && p.i - h.j <= 16);
    if (t) return [doc.tokenSpan(Math.min(p.i, t.i), Math.max(p.j, t.j))];
  }
  return [];
}

const ironicLeaderCache = new WeakMap<Doc, Span[]>();
/** Mock praise of a policy or a leader; read once per text, since mock praise of a person defers to it. */
function ironicLeader(doc: Doc): Span[] {
  let spans = ironicLeaderCache.get(doc);
  // Formal sentences about a policy are long: "Kebijakan Bapak Bupati memindahkan pasar ke lahan … sungguh visioner".
  if (!spans) ironicLeaderCache.set(doc, (spans = ironicPraise(doc, ['leader', 'policy'], 14)));
  return spans;
}

/** Hand signs that show a ballot number (victory, one, three fingers, pointing up); not the thumbs-up people add to anything. */
const HAND_SIGN = /(?:\u270C|\u261D|\u{1F91F}|\u{1F446})\uFE0F?(?:\u{1F3FB}|\u{1F3FC}|\u{1F3FD}|\u{1F3FE}|\u{1F3FF})?/gu;
const REJECT_TAG = /#(?:tolak|boikot|turunkan|lengserkan|cabut|batalkan|lawan|gagalkan|reject|boycott)([a-z0-9_]{2,40})/g;
const REJECT_TAG_TARGET = /(ruu|uu|perpu|perppu|perpres|kebijakan|presiden|pemerintah|rezim|menteri|tapera|pajak|ppn|bbm|omnibus|ciptakerja|tni|polri|dpr|kenaikan|iuran|pangdam|kasad|panglima|apel|mutasi|penghapusan|aturan|directive|retribusi|ban|rule|policy|efisiensi|tukin|tpp|relokasi|pemotongan|penundaan|fuel|hike|price)/;

/**
 * The patterns scanned only around their gates (see `around`), with how far a match can reach
 * from its gate. A test checks each against a full scan.
 */
export const SCANS = {
  classification: { re: CLASSIFICATION_LABEL, gate: ['klas', 'sifat'], back: 0, ahead: 40 },
  // Every letter number ends in "/month/year"; its longest form starts ~90 chars before that.
  letterTni: { re: LETTER_TNI, gate: LETTER_TAIL, back: 120, ahead: 12 },
  letterMinistry: { re: LETTER_MINISTRY, gate: LETTER_MINISTRY_TAIL, back: 80, ahead: 12 },
  password: { re: PASSWORD, gate: ['pass', 'pw', 'sandi', 'kunci', 'pin ', 'kode akses', 'code'], back: 6, ahead: 300 },
  pinValue: { re: PIN_VALUE, gate: ['pin ', 'kode ', 'kombinasi '], back: 0, ahead: 80 },
  nrp: { re: NRP, gate: ['nrp', 'registrasi pokok'], back: 12, ahead: 80 },
  dms: { re: DMS, gate: ['°', 'º'], back: 12, ahead: 40 },
  salamJari: { re: SALAM_JARI, gate: ['jari', 'driji'], back: 20, ahead: 4 },
  campaignTag: { re: CAMPAIGN_TAG, gate: ['#'], back: 0, ahead: 80 },
  rejectTag: { re: REJECT_TAG, gate: ['#'], back: 0, ahead: 60 },
} satisfies Record<string, Scan>;

interface Scan {
  re: RegExp;
  gate: readonly string[] | RegExp;
  back: number;
  ahead: number;
}

/**
 * Spans already found, for "does this overlap one of them?" without a scan of all of them: a 1 MB paste
 * of passwords finds tens of thousands, and comparing each with every earlier one took minutes. Kept
 * sorted by start; an overlapping span starts less than the longest span's length before the probe.
 */
class SpanSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private longest = 0;

  add(span: Span): void {
    let k = this.starts.length;
    // Spans mostly arrive in reading order, so the place is found near the end.
    while (k > 0 && this.starts[k - 1]! > span.start) k--;
    this.starts.splice(k, 0, span.start);
    this.ends.splice(k, 0, span.end);
    this.longest = Math.max(this.longest, span.end - span.start);
  }

  /** Whether some span has start < b and a < end. */
  overlaps(a: number, b: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < b) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && this.starts[k]! > a - this.longest; k--) if (a < this.ends[k]!) return true;
    return false;
  }
}

export const scan = (p: Scan, s: string): Generator<RegExpExecArray> => around(p.re, s, p.gate, p.back, p.ahead);

/** Phone numbers, found once per text for the two detectors that read them. */
const phoneCache = new WeakMap<Doc, [number, number][]>();
function phones(doc: Doc): [number, number][] {
  let found = phoneCache.get(doc);
  if (!found) phoneCache.set(doc, (found = [...matches(PHONE, doc.folded.s)].map((m) => [m.index, m.index + m[0].length])));
  return found;
}

export const DETECTORS: Record<string, DetectorFn> = {
  'classification-marking': (doc) => {
    const out: Span[] = [];
    const s = doc.folded.s;
    for (const m of scan(SCANS.classification, s)) out.push(doc.foldedSpan(m.index, m.index + m[0].length));
    let shouting: boolean | null = null;
    for (const h of doc.hits('secret-word')) {
      const span = doc.tokenSpan(h.i, h.j);
      // A marking is written in capitals on its own, not a word in a capitalised headline.
      const orig = doc.text.slice(span.start, span.end).replace(/[^\p{L}\p{N}]/gu, '');
      if (orig.length < 2 || orig !== orig.toUpperCase() || orig === orig.toLowerCase()) continue;
      // In a shouted text every word is in capitals: only a text that is nothing but the marking counts.
      shouting ??= shoutingText(doc.text) && doc.text.replace(/[^\p{L}]/gu, '').length > orig.length + 8;
      if (shouting) continue;
      const a = doc.tokens.a[h.i]!;
      const b = doc.tokens.b[h.j]!;
      if (hasNear(doc, 'secret-neutral', a, b, 2)) continue;
      // Part of a handle or gamer tag ("ID gw: R4H4S14_Sn1p3r", "@rahasia_dapur"), not a stamp.
      if (/[@_]/.test(doc.text[span.start - 1] ?? '') || (doc.text[span.end] ?? '') === '_') continue;
      out.push(span);
    }
    return out;
  },

  /**
   * A group named by a wink instead of a name, in scare quotes ("'mereka'", "kaum 'sebelah'", "the guys
   * from 'the east'"), in a text that speaks of faith, origin or descent: coded SARA talk.
   */
  'coded-group': (doc) => winks(doc, 'coded-group', 'sara-cue'),

  /**
   * A group described in one sentence and judged in the next, which points back at it ("Tonggo anyar
   * jenggote dowo, celonone cingkrang. Model ngono iku biasane bibit teroris"): the stereotype belongs to
   * the group though the sentence ends between them.
   */
  'stereotype-next-sentence': (doc) => {
    const anaphors = doc.hits('group-anaphor');
    if (anaphors.length === 0) return [];
    const { sent } = doc.tokens;
    const firstOf = (k: number): number => {
      let i = k;
      while (i > 0 && sent[i - 1] === sent[k]) i--;
      return i;
    };
    const judged = [...doc.hits('stereotype'), ...doc.hits('hate-stance')];
    const groups = doc.hits('sara-group-wide');
    for (const a of anaphors) {
      // The pointer opens its sentence (within its first three words), and the sentence before names a group.
      if (a.i - firstOf(a.i) > 2 || a.i === 0) continue;
      const group = groups.find((g) => sent[g.i] === sent[a.i]! - 1 && !reported(doc, g));
      const verdict = judged.find((v) => sent[v.i] === sent[a.i] && v.i >= a.i);
      if (group && verdict) return [doc.tokenSpan(group.i, verdict.j)];
    }
    return [];
  },

  /** Money kept back, named in scare quotes: "uang makan 'dihemat' 20%", "uang lauk 'disesuaikan' dari atas". */
  'coded-cut': (doc) => winks(doc, 'cut-wink', 'unit-money'),
  /** A fee named in scare quotes: "kenalan di BKD bisa 'bantu', 150 juta", "'tarif'-nya bersahabat". */
  'coded-fee': (doc) => winks(doc, 'fee-wink', 'recruitment-money'),

  // Each pair of detectors below splits one scan by context; the scan runs once a text, and the
  // context (a whole-text look) only when the scan found something.
  'letter-number': (doc) => {
    const found = letterNumbers(doc);
    return found.length && fakeLetter(doc) ? [] : found;
  },
  /** The number of a letter the text calls fake or already denied ("telegram palsu T-357/VIII/2025, sudah dibantah"). */
  'letter-number-denied': (doc) => {
    const found = letterNumbers(doc);
    return found.length && fakeLetter(doc) ? found : [];
  },

  coordinates: (doc) => {
    const pairs = coordinatePairs(doc);
    return [...(pairs.length && publicPlace(doc.folded.s) ? [] : pairs), ...gridReferences(doc)];
  },
  /** The meeting point of a family camp or a wedding: a reminder, not a leak. */
  'coordinates-public': (doc) => {
    const pairs = coordinatePairs(doc);
    return pairs.length && publicPlace(doc.folded.s) ? pairs : [];
  },


  password: (doc) => {
    const out: Span[] = [];
    const found = new SpanSet();
    const push = (span: Span): void => {
      out.push(span);
      found.add(span);
    };
    const s = doc.plain().s;
    // "kunci gembok kombinasi 4471": a lock's number straight after its name, no colon.
    for (const m of matches(LOCK_CODE, s)) {
      const start = m.index + m[0].length - m[1]!.length;
      push({ ...doc.plainSpan(start, m.index + m[0].length), suggestion: '••••' });
    }
    for (const m of scan(SCANS.password, s)) {
      const value = m[2]!;
      const start = m.index + m[0].length - value.length;
      // "lupa password? klik di sini" has no value after a colon; "password-nya: ..." does.
      if (/^(klik|di|ke|reset|lupa|salah|anda|kamu|yang|untuk|jangan)$/.test(value)) continue;
      // "Tips password kuat: gabungan huruf …" describes a good password; it gives none.
      if (/(?<![a-z])(?:kuat|aman|lemah|yang baik|strong|weak|secure)(?![a-z])/.test(s.slice(m.index, start)) && !/\d/.test(value)) continue;
      // A café's Wi-Fi password is written on its wall for every guest ("password wifi warkopku: …").
      if (/wi-?fi/.test(s.slice(Math.max(0, m.index - 12), start)) && PUBLIC_VENUE.test(s)) continue;
      push({ ...doc.plainSpan(start, start + value.length), suggestion: '••••••' });
    }
    for (const m of matches(PASSWORD_BARE, s)) {
      const start = m.index + m[0].length - m[1]!.length - (/["”'’]$/.test(m[0]) ? 1 : 0);
      const span = doc.plainSpan(start, start + m[1]!.length);
      // The colon form above already found it.
      if (found.overlaps(span.start, span.start + 1)) continue;
      if (/wi-?fi/.test(s.slice(m.index, start)) && PUBLIC_VENUE.test(s)) continue;
      push({ ...span, suggestion: '••••••' });
    }
    // The folded text, not the plain one: the plain text reads a password's digits as letters.
    const f = doc.folded.s;
    for (const w of matches(PASSWORD_WORD, f)) {
      const from = w.index + w[0].length;
      for (const m of matches(PASSWORD_SHAPED, f.slice(from, from + PASSWORD_REACH))) {
        const span = doc.foldedSpan(from + m.index, from + m.index + m[0].length);
        if (found.overlaps(span.start, span.end)) continue;
        push({ ...span, suggestion: '••••••' });
      }
    }
    for (const m of scan(SCANS.pinValue, doc.plain().s)) {
      const start = m.index + m[0].length - m[1]!.length;
      out.push({ ...doc.plainSpan(start, start + m[1]!.length), suggestion: '••••' });
    }
    return out;
  },

  'service-number': (doc) => {
    const s = doc.folded.s;
    const out: Span[] = [];
    for (const m of scan(SCANS.nrp, s)) {
      const digits = m[1]!.replace(/\D/g, '');
      if (digits.length >= 6 && digits.length <= 18) {
        const start = m.index + m[0].length - m[1]!.length;
        out.push(doc.foldedSpan(start, start + m[1]!.length));
      }
    }
    for (const m of matches(NIP, s)) {
      if (isNip(m[1]! + m[2]! + m[3]! + m[4]!)) out.push(doc.foldedSpan(m.index, m.index + m[0].length));
    }
    for (const m of matches(NIK, s)) {
      const digits = m[1]!;
      const labelled = /(?:nik|ktp|no\.? ?ktp|nomor induk kependudukan)\W{0,4}$/.test(s.slice(Math.max(0, m.index - 30), m.index));
      if (isNik(digits) && (labelled || !luhn(digits))) out.push(doc.foldedSpan(m.index, m.index + digits.length));
    }
    return out;
  },

  phone: (doc) => phones(doc).map(([a, b]) => doc.foldedSpan(a, b)),

  /** A phone number written near an official by office ("nomor HP Dandim: 0812…"). */
  'phone-of-official': (doc) => {
    const out: Span[] = [];
    for (const [a, b] of phones(doc)) {
      if (hasNear(doc, 'leader', a, b, 6)) out.push(doc.foldedSpan(a, b));
    }
    return out;
  },

  'campaign-symbol': (doc) => {
    const out: Span[] = [];
    for (const m of scan(SCANS.salamJari, doc.plain().s)) out.push(doc.plainSpan(m.index, m.index + m[0].length));
    for (const m of scan(SCANS.campaignTag, doc.plain().s)) out.push(doc.plainSpan(m.index, m.index + m[0].length));
    // Undoing leet turns "#Menang3" into "#menange": the tag as written counts too.
    if (out.length === 0) for (const m of scan(SCANS.campaignTag, doc.folded.s)) out.push(doc.foldedSpan(m.index, m.index + m[0].length));
    // "ajakan 'salam dua jari' mulai ramai di grup": a sign someone else's words carry, mentioned.
    // "itu bukan salam 2 jari bro, itu pose 'peace'": a sign denied outright is no sign.
    const { sent } = doc.tokens;
    const denied = (i: number): boolean => i > 0 && sent[i - 1] === sent[i] && DENIAL_WORDS.has(word(doc.tokens, i - 1));
    return out.filter((span) => {
      const i = doc.tokenAtOriginal(span.start);
      return !reported(doc, { concept: -1, i, j: doc.tokenAtOriginal(span.end - 1) }) && !denied(i);
    });
  },

  /**
   * An election named somewhere in the text and a pointer to one side somewhere else in it: a
   * ballot number, a party colour, a candidate-number hand sign, "paham kan 😉", "balas budi". People
   * who must stay neutral hint rather than say "coblos nomor 2", and the hint often sits a sentence
   * away from the election it points into.
   */
  'partisan-hint': (doc) => {
    if (doc.hits('election-context').length === 0) return [];
    const { sent } = doc.tokens;
    const negators = doc.hits('partisan-negator');
    // "tidak berfoto dengan pose jari": a sign named in order to forbid it.
    const forbidden = (i: number): boolean => negators.some((g) => g.j < i && i - g.j <= 4 && sent[g.j] === sent[i]);
    // "Coblos partai X, lanjutkan!": a sentence that says it outright is the explicit rules' finding.
    // A vote verb inside a hint ("jangan salah pilih") says nothing outright.
    const pointers = doc.hits('partisan-pointer');
    const said = new Set(doc.hits('vote-verb').filter((v) => !pointers.some((p) => p.i <= v.j && v.i <= p.j)).map((h) => sent[h.i]));
    const outright = new Set(['party', 'candidate', 'choice-number'].flatMap((c) => doc.hits(c).map((h) => sent[h.i])).filter((k) => said.has(k)));
    const out: Span[] = pointers
      .filter((h) => !forbidden(h.i) && !outright.has(sent[h.i]))
      .slice(0, 2)
      .map((h) => doc.tokenSpan(h.i, h.j));
    if (out.length < 2) for (const m of matches(HAND_SIGN, doc.text)) {
      out.push({ start: m.index, end: m.index + m[0].length });
      break;
    }
    return out;
  },

  /**
   * Mock praise: "hebat ya pemerintah, BBM naik lagi biar rakyat rajin jalan kaki 🤡". Praise, a target
   * in the same sentence, and something that turns the praise around (a cost to people, a mocking
   * emoji) anywhere in the text. Sincere thanks carry no such turn.
   */
  'ironic-leader': ironicLeader,
  /** The same praise aimed at a person or an office holder outside policy: "Saya salut kepada Camat kita… Semoga ilmu ini tidak menular". */
  'ironic-person': (doc) => (ironicLeader(doc).length ? [] : ironicPraise(doc, ['official-person'], 14)),
  'ironic-institution': (doc) => ironicPraise(doc, ['institution', 'own-unit']),

  'reject-hashtag': (doc) => {
    const out: Span[] = [];
    for (const m of scan(SCANS.rejectTag, doc.plain().s)) {
      if (REJECT_TAG_TARGET.test(m[1]!)) out.push(doc.plainSpan(m.index, m.index + m[0].length));
    }
    return out;
  },

  /** "Anjing!", "Babi, telat lagi": an ambiguous word used as a curse at the start of a sentence. */
  'exclamation-insult': (doc) => {
    const out: Span[] = [];
    for (const name of ['curse-animal', 'insult-word']) {
      for (const h of doc.hits(name)) {
        const { sent } = doc.tokens;
        const hasPrev = h.i > 0;
        const hasNext = h.j + 1 < doc.tokens.length;
        const startsSentence = !hasPrev || sent[h.i - 1] !== sent[h.i];
        const alone = !hasNext || sent[h.j + 1] !== sent[h.j];
        const mark = after(doc.folded, doc.tokens, h.j);
        const closes = alone && hasPrev && sent[h.i - 1] === sent[h.i] && (mark === '!' || mark === '' || mark === '\n' || mark === '?');
        if (((startsSentence && (mark === '!' || mark === ',' || alone)) || (closes && name === 'curse-animal')) && !hasNear(doc, 'animal-context', doc.tokens.a[h.i]!, doc.tokens.b[h.j]!, 3)) {
          out.push(doc.tokenSpan(h.i, h.j));
        }
      }
    }
    return out;
  },

  /** Alarming news in shouting capitals or !!!, or told as hearsay, with no source. */
  alarm: (doc) => {
    const neutral = doc.hits('alarm-neutral');
    const alarms = doc.hits('alarm').filter((h) => !neutral.some((n) => n.i <= h.j && h.i <= n.j));
    if (alarms.length === 0 || doc.hits('source').length > 0 || doc.hits('anti-hoax').length > 0) return [];
    const text = doc.text;
    const exclaim = /[!！]{2,}/.test(text) || /[!！]\s*1+\b/.test(text);
    const shouting = shoutingText(text);
    if (!exclaim && !shouting) return [];
    return alarms.slice(0, 3).map((h) => doc.tokenSpan(h.i, h.j));
  },
};

const pairsCache = new WeakMap<Doc, Span[]>();
const lettersCache = new WeakMap<Doc, Span[]>();

/** Scare-quoted winks of one concept, in a text that has the other concept's context. */
function winks(doc: Doc, wink: string, context: string): Span[] {
  const found = doc.hits(wink).filter((h) => scareQuoted(doc, h));
  return found.length && doc.hits(context).length ? found.map((h) => doc.tokenSpan(h.i, h.j)) : [];
}

/** Decimal and DMS coordinate pairs inside Indonesia, and decimal pairs with written hemispheres anywhere. */
function coordinatePairs(doc: Doc): Span[] {
  const cached = pairsCache.get(doc);
  if (cached) return cached;
  const s = doc.folded.s;
  const out: Span[] = [];
  pairsCache.set(doc, out);
  for (const m of scan(SCANS.dms, s)) {
    const lat = +m[1]!;
    const lon = +m[5]!;
    if (lat <= 11 && lon >= 95 && lon <= 141) out.push(doc.foldedSpan(m.index, m.index + m[0].length));
  }
  for (const m of matches(DECIMAL_HEMISPHERE, s)) {
    if (+m[1]! <= 90 && +m[2]! <= 180) out.push(doc.foldedSpan(m.index, m.index + m[0].length));
  }
  for (const m of matches(DECIMAL, s)) {
    const lat = +m[1]!;
    const lon = +m[2]!;
    if (lat >= -11 && lat <= 6 && lon >= 95 && lon <= 141) out.push(doc.foldedSpan(m.index, m.index + m[0].length));
  }
  return out;
}

/** MGRS grid references: only maps for operations are written this way, whatever the place. */
function gridReferences(doc: Doc): Span[] {
  return [...matches(MGRS, doc.folded.s)].filter((m) => m[4]!.length === m[5]!.length).map((m) => doc.foldedSpan(m.index, m.index + m[0].length));
}

/** Outings and family events (shops and cafés are PUBLIC_VENUE): "titik kumpul di parkiran bumi perkemahan". */
const OUTING_PLACE = /(?<![a-z])(?:camping|kemah|berkemah|perkemahan|glamping|wisata|pantai|coban|air terjun|villa|vila|hotel|homestay|penginapan|resepsi|nikahan|pernikahan|undangan|walimah|rumah makan|parkiran|google maps|gmaps|share ?loc|toko|sekolah|masjid|gereja)(?![a-z])/;
const MILITARY_PLACE = /(?<![a-z])(?:pos|markas|mako\w*|kodim|koramil|korem|kodam|yonif|batalyon|kompi|peleton|pasukan|personel|prajurit|tni|patroli|gudang|senjata|amunisi|munisi|latihan|operasi|satgas|jaga|sasaran|target|radar|pangkalan|lanud|asrama|dinas|rahasia|intel)(?![a-z])/;
/** A public place named, and no word of a post, unit or exercise. */
function publicPlace(s: string): boolean {
  return (OUTING_PLACE.test(s) || PUBLIC_VENUE.test(s)) && !MILITARY_PLACE.test(s);
}

function letterNumbers(doc: Doc): Span[] {
  const cached = lettersCache.get(doc);
  if (cached) return cached;
  const out: Span[] = [];
  lettersCache.set(doc, out);
  // Read as plain text so that "Spr1n/412/X/2026" is a Sprin too.
  const s = doc.plain().s;
  for (const m of scan(SCANS.letterTni, s)) out.push(doc.plainSpan(m.index, m.index + m[0].length));
  for (const m of scan(SCANS.letterMinistry, s)) out.push(doc.plainSpan(m.index, m.index + m[0].length));
  return out;
}

/** The letter is called fake: "surat telegram palsu", "sudah dibantah TNI AD", "itu hoaks" (not "bukan hoaks"). */
const FAKE_LETTER = /(?<![a-z])(?:palsu|hoaks|hoax|sudah dibantah|telah dibantah|dibantah resmi|dinyatakan palsu|is fake|it's fake|its fake|already denied|officially denied|was denied)(?![a-z])/;
const NOT_FAKE = /(?<![a-z])(?:bukan|tidak|nggak|gak|ga) (?:palsu|hoaks|hoax)(?![a-z])/;
function fakeLetter(doc: Doc): boolean {
  const s = doc.folded.s;
  return FAKE_LETTER.test(s) && !NOT_FAKE.test(s);
}

