/**
 * Words of the folded text, with their spans, sentence numbers and the obfuscations undone:
 * letters split by dots or spaces (g.o.b.l.o.k, S A N G A T) are joined when the joined word is known.
 *
 * Tokens are kept as parallel arrays rather than one object per word: a 1 MB paste has ~150k words,
 * and allocating (then collecting) an object for each was a third of the time spent on it.
 */
import type { Folded } from './fold';

export interface Tokens {
  readonly length: number;
  /** Each distinct word of the text once, in folded form, e.g. "4nj1ng" or "menolaknya". */
  readonly words: readonly string[];
  /** Which of `words` each token is: real text repeats its words, so each is looked up once. */
  readonly id: Int32Array;
  /** Span [a, b) of each word in the folded string. */
  readonly a: Int32Array;
  readonly b: Int32Array;
  /** Sentence index: words in different sentences are never "near". */
  readonly sent: Int32Array;
  /** Index of the clause (split at , ; : too). */
  readonly clause: Int32Array;
}

/** The folded form of token k. */
export function word(t: Tokens, k: number): string {
  return t.words[t.id[k]!]!;
}

/** Punctuation right after word k, if any (first char), e.g. "!" or ","; "" at the end of the text. */
export function after(f: Folded, t: Tokens, k: number): string {
  const i = t.b[k]!;
  // A glottal stop written after a word belongs to it (Madurese pate', Bugis ta'): "ana' pate'!" ends in "!".
  // A quote closed before it ("'asu'!") is a word quoted, not said: only a letter-led apostrophe counts.
  if (f.s[i] === "'" && f.s[t.a[k]! - 1] !== "'" && /[!?.,\n]/.test(f.s[i + 1] ?? '')) return f.s[i + 1]!;
  return f.s[i] ?? '';
}

const SENTENCE_END = new Set(['.', '!', '?', '\n', '…'].map((c) => c.charCodeAt(0)));
const CLAUSE_END = new Set([',', ';', ':', '(', ')', '"', '“', '”', '—', '–'].map((c) => c.charCodeAt(0)));
/** Separators people put between the letters of a word they hide. */
const SPLIT_SEPARATORS = new Set([' ', '.', '-', '_', '*', '+', '/', '|', ',', '·', '~'].map((c) => c.charCodeAt(0)));
/** Leet symbols allowed between letters (b@ngsat, anj!ng); "*" also masks the end (anj***). */
const LEET_SYMBOL = new Set(['@', '$', '!', '*', '|'].map((c) => c.charCodeAt(0)));
const STAR = 42;
const SPACE = 32;

/** Per UTF-16 unit: 0 not yet known, 1 a letter or digit, 2 anything else. Filled as chars are met. */
const unitClass = new Uint8Array(65536);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Width (1 or 2 units) of the letter or digit at i, or 0. */
function wordCharWidth(s: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) {
    // Folding keeps astral letters (rare scripts) as pairs; everything else astral became a space.
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER_OR_DIGIT.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  let k = unitClass[c]!;
  if (k === 0) unitClass[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/**
 * Each distinct word gets one id and one string, found by a hash computed while scanning, so a
 * repeated word costs neither a new string nor a string-keyed lookup.
 */
class Interner {
  private slots = new Int32Array(1024).fill(-1);
  readonly words: string[] = [];

  id(s: string, a: number, b: number, hash: number): number {
    const mask = this.slots.length - 1;
    const len = b - a;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot]!;
      if (k < 0) break;
      const w = this.words[k]!;
      if (w.length === len && s.startsWith(w, a)) return k;
    }
    return this.add(s.slice(a, b));
  }

  /** The id of a word made elsewhere (letters joined back into a word). */
  idOf(w: string): number {
    return this.id(w, 0, w.length, hashOf(w));
  }

  private add(w: string): number {
    if (this.words.length * 2 >= this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(-1);
      for (let k = 0; k < this.words.length; k++) this.place(k, hashOf(this.words[k]!));
    }
    this.words.push(w);
    this.place(this.words.length - 1, hashOf(w));
    return this.words.length - 1;
  }

  private place(k: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = k;
  }
}

/** FNV-1a over UTF-16 units; the tokenizer computes the same while it scans. */
function hashOf(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Parallel arrays that grow by doubling; one push per word. */
class Builder {
  length = 0;
  id: Int32Array;
  a: Int32Array;
  b: Int32Array;
  sent: Int32Array;
  clause: Int32Array;
  constructor(
    capacity: number,
    readonly words: string[],
  ) {
    this.id = new Int32Array(capacity);
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
    this.sent = new Int32Array(capacity);
    this.clause = new Int32Array(capacity);
  }
  push(id: number, a: number, b: number, sent: number, clause: number): void {
    const k = this.length;
    if (k === this.a.length) this.grow();
    this.id[k] = id;
    this.a[k] = a;
    this.b[k] = b;
    this.sent[k] = sent;
    this.clause[k] = clause;
    this.length = k + 1;
  }
  private grow(): void {
    const size = this.a.length * 2 + 16;
    const copy = (x: Int32Array): Int32Array => {
      const y = new Int32Array(size);
      y.set(x);
      return y;
    };
    this.id = copy(this.id);
    this.a = copy(this.a);
    this.b = copy(this.b);
    this.sent = copy(this.sent);
    this.clause = copy(this.clause);
  }
  done(): Tokens {
    const n = this.length;
    return { length: n, words: this.words, id: this.id.subarray(0, n), a: this.a.subarray(0, n), b: this.b.subarray(0, n), sent: this.sent.subarray(0, n), clause: this.clause.subarray(0, n) };
  }
}

/** Abbreviations written with a full stop inside a sentence (folded). */
const ABBREVIATIONS = new Set(['kab', 'kec', 'kel', 'ds', 'jl', 'jln', 'no', 'dr', 'drs', 'ir', 'hj', 'h', 'bpk', 'sdr', 'sdri', 'prof', 'tgl', 'kol', 'st', 'yth']);

export function tokenize(f: Folded, isKnown: (word: string) => boolean): Tokens {
  const s = f.s;
  const n = s.length;
  // About one word per six characters in real text; the builder grows if there are more.
  const interner = new Interner();
  const out = new Builder(Math.min(Math.ceil(n / 5) + 16, 1 << 20), interner.words);
  let sent = 0;
  let clause = 0;
  let i = 0;
  let lastA = 0;
  let lastB = -1;
  while (i < n) {
    const c = s.charCodeAt(i);
    const w = wordCharWidth(s, i, c);
    if (w === 0) {
      if (SENTENCE_END.has(c)) {
        // "1.000", "3.5" and "g.o.b" keep the sentence; ". " or a newline ends it.
        const next = s.charCodeAt(i + 1);
        // "Kab. Malang", "Jl. Ijen", "Hj. Siti": a title or address abbreviation does not end the sentence.
        const abbrev = c === 46 && next === 32 && lastB === i && ABBREVIATIONS.has(s.slice(lastA, lastB));
        if (!abbrev && (c !== 46 || i + 1 >= n || next === 32 || next === 10 || next === 46)) {
          sent++;
          clause++;
        }
      } else if (CLAUSE_END.has(c)) clause++;
      i++;
      continue;
    }
    const a = i;
    let h = Math.imul(0x811c9dc5 ^ c, 0x01000193);
    if (w === 2) h = Math.imul(h ^ s.charCodeAt(i + 1), 0x01000193);
    i += w;
    while (i < n) {
      const d = s.charCodeAt(i);
      const dw = wordCharWidth(s, i, d);
      if (dw === 0 && !(LEET_SYMBOL.has(d) && i + 1 < n && wordCharWidth(s, i + 1, s.charCodeAt(i + 1)))) break;
      h = Math.imul(h ^ d, 0x01000193);
      if (dw === 2) h = Math.imul(h ^ s.charCodeAt(i + 1), 0x01000193);
      i += dw || 1;
    }
    while (i < n && s.charCodeAt(i) === STAR) {
      h = Math.imul(h ^ STAR, 0x01000193);
      i++;
    }
    out.push(interner.id(s, a, i, h >>> 0), a, i, sent, clause);
    lastA = a;
    lastB = i;
  }
  return joinSplitLetters(out.done(), s, isKnown, interner);
}

function joinSplitLetters(t: Tokens, s: string, isKnown: (w: string) => boolean, interner: Interner): Tokens {
  // Most texts spell no word letter by letter: find the first run before copying anything.
  const single = (k: number): boolean => t.b[k]! - t.a[k]! === 1;
  const gapOfOne = (k: number): boolean => t.a[k + 1]! - t.b[k]! === 1;
  const sep = (k: number): number => s.charCodeAt(t.b[k]!);
  let first = -1;
  for (let k = 0; k + 1 < t.length; k++) {
    if (single(k) && single(k + 1) && gapOfOne(k) && ((k + 2 < t.length && single(k + 2) && gapOfOne(k + 1)) || sep(k) !== SPACE)) {
      first = k;
      break;
    }
  }
  if (first < 0) return t;
  const out = new Builder(t.length, interner.words);
  for (let k = 0; k < first; k++) out.push(t.id[k]!, t.a[k]!, t.b[k]!, t.sent[k]!, t.clause[k]!);
  let k = first;
  while (k < t.length) {
    if (single(k)) {
      // A run of single characters, each separated by exactly one separator char.
      // One word keeps one separator: in "a.n.j.i.n.g l.u" the space ends "anjing" and "l.u" is "lu".
      let m = k + 1;
      const own = sep(k);
      while (m < t.length && single(m) && gapOfOne(m - 1) && SPLIT_SEPARATORS.has(sep(m - 1)) && (sep(m - 1) === own || own === SPACE)) m++;
      // Two letters joined by a dot or a dash are a word too ("l.u", "g-w"); two spaced letters are not.
      if (m - k >= 3 || (m - k === 2 && own !== SPACE)) {
        let joined = '';
        for (let x = k; x < m; x++) joined += word(t, x);
        // A word spelt out letter by letter is one word even when no rule knows it.
        const pieces = segment(joined, isKnown) ?? edgeLetter(joined, isKnown) ?? [joined];
        let offset = k;
        for (const piece of pieces) {
          const last = offset + piece.length - 1;
          out.push(interner.idOf(piece), t.a[offset]!, t.b[last]!, t.sent[offset]!, t.clause[offset]!);
          offset += piece.length;
        }
        k = m;
        continue;
      }
    }
    out.push(t.id[k]!, t.a[k]!, t.b[k]!, t.sent[k]!, t.clause[k]!);
    k++;
  }
  return out.done();
}

/**
 * A spelt-out word run into a one-letter word beside it ("T E R B A T A S d grup": d = di): the word, and
 * the letter on its own.
 */
function edgeLetter(joined: string, isKnown: (w: string) => boolean): string[] | null {
  // Only letters people write as words ("d grup", "n kawan", "k pasar", "y gaes"): "a s e n g" is aseng,
  // not "a" and "seng".
  const head = ONE_LETTER_WORDS.has(joined.slice(-1)) ? segment(joined.slice(0, -1), isKnown) : null;
  if (head) return [...head, joined.slice(-1)];
  const tail = ONE_LETTER_WORDS.has(joined[0]!) ? segment(joined.slice(1), isKnown) : null;
  return tail ? [joined[0]!, ...tail] : null;
}

/** Letters that stand alone as short words in chat: d/k (di, ke), n (dan), y (ya), g (gak), t (tapi). */
const ONE_LETTER_WORDS = new Set(['d', 'k', 'n', 'y', 'g', 't']);

/** Splits a joined run into known words ("sangatrahasia" → sangat, rahasia), or null. */
function segment(joined: string, isKnown: (w: string) => boolean): string[] | null {
  if (isKnown(joined)) return [joined];
  if (joined.length > 40) return null;
  // Fewest pieces first: a small dynamic programme over prefixes.
  const best: (string[] | null)[] = new Array(joined.length + 1).fill(null);
  best[0] = [];
  for (let end = 1; end <= joined.length; end++) {
    for (let start = Math.max(0, end - 20); start < end; start++) {
      const prev = best[start];
      if (!prev) continue;
      const piece = joined.slice(start, end);
      if (piece.length >= 2 && isKnown(piece) && (!best[end] || best[end]!.length > prev.length + 1)) best[end] = [...prev, piece];
    }
  }
  return best[joined.length] ?? null;
}
