import type { Folded } from '../text/fold';
import { unleet } from '../text/morph';
import { originalSpan } from '../text/fold';
import type { Tokens } from '../text/tokenize';
import type { Composition, Hit, HitList, Lexicon } from './lexicon';

/** One text, folded, split into words, with every concept hit: what rules and detectors read. */
export class Doc {
  private readonly byConceptId = new Map<number, Hit[]>();
  /** Hit indexes grouped by concept (a counting sort): concept c owns order[first[c] .. first[c + 1]). */
  private readonly order: Int32Array;
  private readonly first: Int32Array;

  constructor(
    readonly text: string,
    readonly folded: Folded,
    readonly tokens: Tokens,
    private readonly hitList: HitList,
    private readonly lexicon: Lexicon,
  ) {
    const concepts = lexicon.conceptNames.length;
    const first = new Int32Array(concepts + 2);
    const { concept } = hitList;
    for (let k = 0; k < hitList.length; k++) first[concept[k]! + 2]!++;
    for (let c = 2; c < first.length; c++) first[c]! += first[c - 1]!;
    const order = new Int32Array(hitList.length);
    for (let k = 0; k < hitList.length; k++) order[first[concept[k]! + 1]!++] = k;
    this.order = order;
    this.first = first;
  }

  private plainCache: Plain | null = null;

  /**
   * The folded text with leetspeak read as letters and stretched letters shortened ("54l4m",
   * "sandiiii"), for detectors that match patterns. Only the changed words carry a char-by-char
   * map back to folded offsets; the stretches between them are plain copies with a fixed shift.
   */
  plain(): Plain {
    if (this.plainCache) return this.plainCache;
    const src = this.folded.s;
    const { words, id, a, b, length } = this.tokens;
    // Decide once per distinct word, not once per occurrence.
    const hidden = words.map(maybeHidden);
    const parts: string[] = [];
    const pieces: Piece[] = [];
    let pos = 0; // folded offset copied so far
    let out = 0; // plain length so far
    for (let k = 0; k < length; k++) {
      const word = words[id[k]!]!;
      // Letters joined back into a word ("1.n.i") sit every other char of the folded text.
      const step = b[k]! - a[k]! === word.length ? 1 : 2;
      if (!hidden[id[k]!] && step === 1) continue;
      const from: number[] = [];
      const to: number[] = [];
      let plainWord = '';
      const clear = unleet(word) ?? word;
      for (let c = 0; c < clear.length; ) {
        // Runs of three or more of a letter become one.
        const code = clear.charCodeAt(c);
        let run = 1;
        while (clear.charCodeAt(c + run) === code) run++;
        const squeeze = run >= 3 && code >= 97 && code <= 122;
        for (let r = 0; r < (squeeze ? 1 : run); r++) {
          plainWord += clear[c];
          from.push(a[k]! + (c + r) * step);
          to.push(a[k]! + (squeeze ? c + run - 1 : c + r) * step + 1);
        }
        c += run;
      }
      if (plainWord === word && step === 1) continue;
      if (a[k]! > pos) {
        pieces.push({ at: out, shift: pos - out });
        parts.push(src.slice(pos, a[k]));
        out += a[k]! - pos;
      }
      pieces.push({ at: out, shift: 0, from, to });
      parts.push(plainWord);
      out += plainWord.length;
      pos = b[k]!;
    }
    // Most texts hide nothing: then the folded text itself is the plain text.
    if (pieces.length === 0) return (this.plainCache = { s: src, pieces: [] });
    if (pos < src.length) {
      pieces.push({ at: out, shift: pos - out });
      parts.push(src.slice(pos));
    }
    return (this.plainCache = { s: parts.join(''), pieces });
  }

  /** Original span of plain range [a, b). */
  plainSpan(a: number, b: number): { start: number; end: number } {
    const p = this.plain();
    if (p.pieces.length === 0 || b <= a) return originalSpan(this.folded, a, b);
    const from = foldedOffset(p.pieces, a, false);
    const to = foldedOffset(p.pieces, b - 1, true);
    return originalSpan(this.folded, from, to);
  }

  /** Hits of one concept, sorted by position; made when a rule first asks for them. */
  hitsOf(concept: number): readonly Hit[] {
    let list = this.byConceptId.get(concept);
    if (list) return list;
    const from = this.first[concept] ?? 0;
    const to = this.first[concept + 1] ?? 0;
    list = new Array<Hit>(Math.max(0, to - from));
    const { i, j } = this.hitList;
    for (let k = from; k < to; k++) {
      const h = this.order[k]!;
      list[k - from] = { concept, i: i[h]!, j: j[h]! };
    }
    // Set before pairing: a concept that pairs with itself, however indirectly, sees only its listed terms.
    this.byConceptId.set(concept, list);
    for (const c of this.lexicon.composed.get(concept) ?? []) list.push(...this.paired(concept, c));
    list.sort((x, y) => x.i - y.i || x.j - y.j);
    return list;
  }

  /** Hits of `c.first` followed within `c.window` words of the same sentence by a hit of `c.then`, as hits of `concept`. */
  private paired(concept: number, c: Composition): Hit[] {
    const firsts = this.hitsOf(c.first);
    if (firsts.length === 0) return [];
    const thens = this.hitsOf(c.then);
    const { sent } = this.tokens;
    // "gak usah lapor ke Danramil": a pair whose first part is denied just before is no pair.
    const negation = this.lexicon.hasConcept('negation') ? this.lexicon.conceptId('negation') : -1;
    const denied = (x: Hit): boolean => {
      if (negation < 0) return false;
      // Negators are a few words long: only those starting shortly before can end just before.
      for (const n of this.between(negation, x.i - 6, x.i - 1)) if (n.j < x.i && x.i - n.j <= 2 && sent[n.j] === sent[x.i]) return true;
      return false;
    };
    const out: Hit[] = [];
    for (const x of firsts) {
      if (denied(x)) continue;
      const y = thens[this.firstFrom(thens, x.j + 1)];
      if (y && y.i - x.j <= c.window && sent[y.j] === sent[x.i]) out.push({ concept, i: x.i, j: y.j });
    }
    return out;
  }

  hits(name: string): readonly Hit[] {
    return this.lexicon.hasConcept(name) ? this.hitsOf(this.lexicon.conceptId(name)) : [];
  }

  /** Original span of tokens i..j. */
  tokenSpan(i: number, j: number): { start: number; end: number } {
    return originalSpan(this.folded, this.tokens.a[i]!, this.tokens.b[j]!);
  }

  /** The first token that ends after original offset `offset` (-1 when none): where a detector's span starts. */
  tokenAtOriginal(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokenSpan(mid, mid).end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.tokens.length ? lo : -1;
  }

  /** Original span of folded range [a, b). */
  foldedSpan(a: number, b: number): { start: number; end: number } {
    return originalSpan(this.folded, a, b);
  }

  /** Token index containing or following folded offset a. */
  tokenAt(a: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens.b[mid]! <= a) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the first hit of `concept` whose start is ≥ i. */
  private firstFrom(list: readonly Hit[], i: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.i < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Hits of `concept` that start in [from, to]. */
  *between(concept: number, from: number, to: number): Generator<Hit> {
    const list = this.hitsOf(concept);
    for (let k = this.firstFrom(list, from); k < list.length && list[k]!.i <= to; k++) yield list[k]!;
  }

  /** Is there a hit of `concept` within `window` words of tokens i..j, in the same sentence (or, from a very short sentence, the next or previous one)? */
  near(concept: number, i: number, j: number, window: number, after = false, topic = false): Hit | null {
    const list = this.hitsOf(concept);
    const { sent: sents, clause } = this.tokens;
    const sent = sents[i];
    // "Pajak naik lagi. Ngawur!": a sentence of up to four words comments on its neighbour.
    // Worked out only when a hit in a neighbouring sentence asks: most hits share the sentence.
    let short: boolean | undefined;
    const shortSentence = (): boolean => (short ??= window > 2 && sents[i] === sents[j] && this.sentenceLength(sent!) <= 4);
    const reach = topic ? Math.max(window, SENTENCE_TOPIC_REACH) : window;
    // Hits are sorted by start; those starting after j + reach cannot be near.
    for (let k = this.firstFrom(list, i - reach - 8); k < list.length; k++) {
      const h = list[k]!;
      if (h.i > j + reach) break;
      if ((h.i <= j && h.j >= i) || (after && h.i <= j)) continue; // the same words cannot count twice
      const dist = h.i > j ? h.i - j : i - h.j;
      // Tight windows (adjacent words) must not reach across a comma either.
      const sameUnit = window <= 2 ? clause[h.i] === clause[i] || clause[h.j] === clause[j] : sents[h.i] === sents[h.j] && (sents[h.i] === sent || (Math.abs(sents[h.i]! - sent!) === 1 && shortSentence()));
      if (dist <= window && sameUnit) return h;
      // "Instruksi pimpinan soal senam tiap Jumat itu bikin males", "Pendatang dari luar pulau itu
      // bikin kampung rusak, usir saja": what opens a clause or a sentence is what the rest of it
      // says something about, however long the topic runs.
      if (topic && (h.j < i ? this.isTopicOf(h.i, h.j, i) : this.isTopicOf(i, j, h.j))) return h;
    }
    return null;
  }

  /** Words a..b open their clause (or sentence) and word c is in that clause (or sentence), not too far on. */
  private isTopicOf(a: number, b: number, c: number): boolean {
    const { sent, clause } = this.tokens;
    if (sent[a] !== sent[b] || sent[b] !== sent[c]) return false;
    if (a === 0 || sent[a - 1] !== sent[a]) return c - b <= SENTENCE_TOPIC_REACH;
    return clause[a - 1] !== clause[a] && clause[a] === clause[b] && clause[b] === clause[c] && c - b <= TOPIC_REACH;
  }

  private sentenceSizes: Int32Array | null = null;

  /** Number of words in sentence `sent`. */
  sentenceLength(sent: number): number {
    if (!this.sentenceSizes) {
      const { sent: sents, length } = this.tokens;
      // Sentence numbers only grow along the text: the last word has the largest.
      const sizes = new Int32Array(length ? sents[length - 1]! + 1 : 0);
      for (let k = 0; k < length; k++) sizes[sents[k]!]!++;
      this.sentenceSizes = sizes;
    }
    return this.sentenceSizes[sent] ?? 0;
  }
}

/** How far after a clause-opening topic its comment may come. */
const TOPIC_REACH = 14;
/** How far in its sentence the comment on a sentence-opening topic may come. */
const SENTENCE_TOPIC_REACH = 18;

/** A stretch of the plain text: a copy of folded text shifted by `shift`, or a rewritten word. */
interface Piece {
  /** Where the piece starts in the plain text; it runs to the next piece's start. */
  at: number;
  shift: number;
  /** For a rewritten word: per plain char, its folded start and end. */
  from?: number[];
  to?: number[];
}

export interface Plain {
  s: string;
  pieces: Piece[];
}

/** A word with a digit, a leet symbol or a letter run of three: it may read differently in plain. */
function maybeHidden(word: string): boolean {
  let run = 1;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33 || c === 124) return true;
    run = i > 0 && c === word.charCodeAt(i - 1) ? run + 1 : 1;
    if (run === 3) return true;
  }
  return false;
}

/** Folded offset of plain char i: its start, or (end = true) its end. */
function foldedOffset(pieces: readonly Piece[], i: number, end: boolean): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.at <= i) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo]!;
  if (p.from && p.to) return end ? p.to[i - p.at]! : p.from[i - p.at]!;
  return i + p.shift + (end ? 1 : 0);
}
