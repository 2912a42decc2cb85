import { utf16, type Folded } from '../text/fold';
import { unleet } from '../text/morph';
import { originalSpan } from '../text/fold';
import type { Token } from '../text/tokenize';
import type { Hit, Lexicon } from './lexicon';

/** One text, folded, split into words, with every concept hit: what rules and detectors read. */
export class Doc {
  private readonly byConceptId = new Map<number, Hit[]>();

  constructor(
    readonly text: string,
    readonly folded: Folded,
    readonly tokens: readonly Token[],
    hits: readonly Hit[],
    private readonly lexicon: Lexicon,
  ) {
    for (const h of hits) {
      let list = this.byConceptId.get(h.concept);
      if (!list) this.byConceptId.set(h.concept, (list = []));
      list.push(h);
    }
    for (const list of this.byConceptId.values()) list.sort((x, y) => x.i - y.i || x.j - y.j);
  }

  private plainCache: { s: string; from: Uint32Array | null; to: Uint32Array | null } | null = null;

  /**
   * The folded text with leetspeak read as letters and stretched letters shortened ("54l4m",
   * "sandiiii"), for detectors that match patterns; `from`/`to` map each char back to folded offsets.
   */
  plain(): { s: string; from: Uint32Array | null; to: Uint32Array | null } {
    if (this.plainCache) return this.plainCache;
    // Most texts hide nothing: then the folded text itself is the plain text.
    if (!this.tokens.some((t) => unleet(t.text) !== null || /([a-z])\1\1/.test(t.text))) {
      return (this.plainCache = { s: this.folded.s, from: null, to: null });
    }
    const src = this.folded.s;
    const codes = new Uint16Array(src.length);
    const from = new Uint32Array(src.length);
    const to = new Uint32Array(src.length);
    let n = 0;
    let pos = 0;
    const copyUntil = (end: number): void => {
      for (; pos < end; pos++, n++) {
        codes[n] = src.charCodeAt(pos);
        from[n] = pos;
        to[n] = pos + 1;
      }
    };
    for (const t of this.tokens) {
      copyUntil(t.a);
      const word = unleet(t.text) ?? t.text;
      for (let k = 0; k < word.length; ) {
        // Runs of three or more of a letter become one.
        const c = word.charCodeAt(k);
        let run = 1;
        while (word.charCodeAt(k + run) === c) run++;
        const squeeze = run >= 3 && c >= 97 && c <= 122;
        for (let r = 0; r < (squeeze ? 1 : run); r++, n++) {
          codes[n] = c;
          from[n] = t.a + k + r;
          to[n] = squeeze ? t.a + k + run : t.a + k + r + 1;
        }
        k += run;
      }
      pos = t.b;
    }
    copyUntil(src.length);
    this.plainCache = { s: utf16(codes.subarray(0, n)), from: from.subarray(0, n), to: to.subarray(0, n) };
    return this.plainCache;
  }

  /** Original span of plain range [a, b). */
  plainSpan(a: number, b: number): { start: number; end: number } {
    const p = this.plain();
    if (!p.from || !p.to) return originalSpan(this.folded, a, b);
    return originalSpan(this.folded, p.from[a]!, p.to[b - 1]!);
  }

  hitsOf(concept: number): readonly Hit[] {
    return this.byConceptId.get(concept) ?? [];
  }

  hits(name: string): readonly Hit[] {
    return this.lexicon.hasConcept(name) ? this.hitsOf(this.lexicon.conceptId(name)) : [];
  }

  /** Original span of tokens i..j. */
  tokenSpan(i: number, j: number): { start: number; end: number } {
    return originalSpan(this.folded, this.tokens[i]!.a, this.tokens[j]!.b);
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
      if (this.tokens[mid]!.b <= a) lo = mid + 1;
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

  /** Is there a hit of `concept` within `window` words of tokens i..j, in the same sentence? */
  near(concept: number, i: number, j: number, window: number, after = false): Hit | null {
    const list = this.hitsOf(concept);
    const sent = this.tokens[i]!.sent;
    // Hits are sorted by start; those starting after j + window cannot be near.
    for (let k = this.firstFrom(list, i - window - 8); k < list.length; k++) {
      const h = list[k]!;
      if (h.i > j + window) break;
      if ((h.i <= j && h.j >= i) || (after && h.i <= j)) continue; // the same words cannot count twice
      const dist = h.i > j ? h.i - j : i - h.j;
      // Tight windows (adjacent words) must not reach across a comma either.
      const sameUnit = window <= 2 ? this.tokens[h.i]!.clause === this.tokens[i]!.clause || this.tokens[h.j]!.clause === this.tokens[j]!.clause : this.tokens[h.i]!.sent === sent && this.tokens[h.j]!.sent === sent;
      if (dist <= window && sameUnit) return h;
    }
    return null;
  }
}
