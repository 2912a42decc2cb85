import type { Folded } from '../text/fold';
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

  /** Is there a hit of `concept` within `window` words of tokens i..j, in the same sentence? */
  near(concept: number, i: number, j: number, window: number, after = false): Hit | null {
    const list = this.hitsOf(concept);
    const sent = this.tokens[i]!.sent;
    // Hits are sorted by start; those starting after j + window cannot be near.
    let lo = 0;
    let hi = list.length;
    const from = i - window - 8;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.i < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < list.length; k++) {
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
