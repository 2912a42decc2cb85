/**
 * Folding: the original text becomes a lower-case, NFKC, mark-free string with look-alike letters
 * replaced, zero-width characters dropped, and a map from every folded char back to its source span
 * in the original, so findings underline exactly what the user wrote.
 */

/** Characters that hide inside words to dodge filters; they are dropped, not treated as spaces. */
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e, 0x034f, 0x2061, 0x2062, 0x2063, 0x2064]);

/** Look-alike letters from Cyrillic, Greek and others that render like Latin ones. */
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ɡ: 'g', һ: 'h', ԛ: 'q', ԝ: 'w', ӏ: 'l', ո: 'n', ս: 'u',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y',
  ɑ: 'a', ı: 'i', ȷ: 'j', ℓ: 'l', ø: 'o', đ: 'd', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe',
};

export interface Folded {
  /** The folded text. */
  s: string;
  /**
   * For folded char i: where its source character starts in the original. Every folded char comes
   * from exactly one source code point, so its end is that code point's end (see `sourceEnd`).
   * Null when the text is plain ASCII: then folded char i is original char i.
   */
  start: Uint32Array | null;
  /** The original text. */
  text: string;
  /** Original length. */
  length: number;
}

const cache = new Map<number, string>();

function foldCodePoint(cp: number): string {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out: string;
  if (INVISIBLE.has(cp)) out = '';
  else {
    const nfkc = String.fromCodePoint(cp).normalize('NFKC');
    // Drop combining marks (é → e, and "zalgo" stacks), then lower-case and map look-alikes.
    const bare = nfkc.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    out = '';
    for (const ch of bare) {
      const mapped = CONFUSABLES[ch] ?? ch;
      // Keep the folded string in BMP units we can index: astral results (emoji) become one separator.
      out += mapped.length === 1 ? mapped : /^\p{L}+$/u.test(mapped) ? mapped : ' ';
    }
    // A mark standing alone (after removal) must not vanish with its base: keep it as a separator.
    if (out === '' && nfkc !== '') out = ' ';
  }
  if (cache.size < 20_000) cache.set(cp, out);
  return out;
}

const NON_ASCII_RUN = /[^\u0000-\u007f]+/gu; // eslint-disable-line no-control-regex -- the ASCII range starts at NUL

export function fold(text: string): Folded {
  const n = text.length;
  // Plain ASCII (most long pastes) folds to its lower case, char for char: no map is needed.
  NON_ASCII_RUN.lastIndex = 0;
  let m = NON_ASCII_RUN.exec(text);
  if (!m) return { s: text.toLowerCase(), start: null, text, length: n };
  // Otherwise ASCII stretches are lower-cased in bulk and only the other characters are folded one
  // by one; the map grows if folding lengthens the text (ligatures, ß).
  const parts: string[] = [];
  let start = new Uint32Array(n + 16);
  let len = 0;
  let i = 0;
  const ensure = (extra: number): void => {
    if (len + extra <= start.length) return;
    const grown = new Uint32Array(Math.max(len + extra + 16, start.length * 2));
    grown.set(start);
    start = grown;
  };
  while (i < n) {
    const runEnd = m ? m.index : n;
    if (runEnd > i) {
      parts.push(text.slice(i, runEnd).toLowerCase());
      ensure(runEnd - i);
      for (let k = i; k < runEnd; k++) start[len++] = k;
      i = runEnd;
    }
    if (!m) break;
    const stop = m.index + m[0].length;
    while (i < stop) {
      const c = text.charCodeAt(i);
      let cp = c;
      let w = 1;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
          w = 2;
        }
      }
      // A lone surrogate is not text: it becomes a separator; the offsets stay right. Astral
      // results (emoji) were already turned into one separator by foldCodePoint.
      const folded = cp >= 0xd800 && cp <= 0xdfff ? ' ' : foldCodePoint(cp);
      parts.push(folded);
      ensure(folded.length);
      for (let k = 0; k < folded.length; k++) start[len++] = i;
      i += w;
    }
    m = NON_ASCII_RUN.exec(text);
  }
  return { s: parts.join(''), start: start.subarray(0, len), text, length: n };
}

/** End in the original of the source character of folded char i (after a whole surrogate pair). */
export function sourceEnd(f: Folded, i: number): number {
  if (!f.start) return i + 1;
  const at = f.start[i]!;
  const c = f.text.charCodeAt(at);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = f.text.charCodeAt(at + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return at + 2;
  }
  return at + 1;
}

/** Original span of folded range [a, b). */
export function originalSpan(f: Folded, a: number, b: number): { start: number; end: number } {
  if (!f.start) return b <= a ? { start: Math.min(a, f.length), end: Math.min(a, f.length) } : { start: a, end: b };
  if (b <= a) {
    const at = a < f.start.length ? f.start[a]! : f.length;
    return { start: at, end: at };
  }
  return { start: f.start[a]!, end: sourceEnd(f, b - 1) };
}
