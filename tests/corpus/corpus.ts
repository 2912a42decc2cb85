/**
 * The project's own labelled corpus: hand-written posts (posts.jsonl) plus obfuscated variants made
 * from them the way people dodge filters. A variant keeps its source's labels: obfuscation must not
 * hide a violation, and must not make a clean text look bad.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface CorpusCase {
  id: string;
  text: string;
  refs: string[];
}

/** posts.jsonl was written before the rules; holdout-*.jsonl were each written later and scored once before any rule change. */
export const FILES = ['posts.jsonl', 'holdout-1.jsonl', 'holdout-2.jsonl', 'holdout-3.jsonl', 'holdout-4.jsonl', 'holdout-5.jsonl', 'holdout-6.jsonl', 'holdout-7.jsonl', 'holdout-8.jsonl', 'holdout-9.jsonl', 'holdout-10.jsonl', 'holdout-11.jsonl', 'holdout-12.jsonl', 'holdout-13.jsonl', 'holdout-14.jsonl', 'holdout-15.jsonl', 'holdout-16.jsonl', 'holdout-17.jsonl', 'holdout-18.jsonl', 'holdout-19.jsonl', 'holdout-20.jsonl', 'holdout-21.jsonl', 'holdout-22.jsonl', 'holdout-23.jsonl', 'holdout-24.jsonl', 'holdout-25.jsonl', 'holdout-26.jsonl', 'holdout-27.jsonl', 'holdout-28.jsonl', 'holdout-29.jsonl', 'holdout-30.jsonl', 'holdout-31.jsonl', 'holdout-32.jsonl', 'holdout-33.jsonl', 'holdout-34.jsonl', 'holdout-35.jsonl', 'holdout-36.jsonl', 'holdout-37.jsonl', 'holdout-38.jsonl', 'holdout-39.jsonl', 'holdout-40.jsonl', 'holdout-41.jsonl', 'holdout-42.jsonl', 'holdout-43.jsonl'];

export function handWritten(): CorpusCase[] {
  return FILES.flatMap((file) =>
    readFileSync(resolve(import.meta.dirname, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as CorpusCase),
  );
}

const LEET: Record<string, string> = { a: '4', i: '1', e: '3', o: '0', s: '5' };
const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х' };
const ZW = '\u200b';

const words = (text: string): string[] => text.match(/\p{L}+/gu) ?? [];
const longest = (text: string): string => words(text).reduce((a, b) => (b.length > a.length ? b : a), '');
const replaceWord = (text: string, word: string, by: string): string => text.replace(word, by);

export const OBFUSCATIONS: Record<string, (text: string) => string> = {
  /** "k3b1j4k4n": letters swapped for digits in every word that has both kinds after the swap. */
  leet: (t) => t.replace(/\p{L}{4,}/gu, (w) => w.replace(/[aieos]/gi, (c) => LEET[c.toLowerCase()] ?? c)),
  /** Zero-width spaces inside every longer word. */
  zerowidth: (t) => t.replace(/\p{L}{4,}/gu, (w) => w.slice(0, 2) + ZW + w.slice(2)),
  /** Cyrillic look-alikes for Latin letters. */
  cyrillic: (t) => t.replace(/[aeopcx]/g, (c) => CYRILLIC[c] ?? c),
  /** Stretched last vowel of longer words: "bangsaaaat". */
  stretch: (t) => t.replace(/\p{L}{5,}/gu, (w) => w.replace(/([aiueo])([^aiueo]*)$/i, '$1$1$1$1$2')),
  /** The longest word spelt out with dots: "g.o.b.l.o.k". */
  dotted: (t) => {
    const w = longest(t);
    return w.length >= 4 ? replaceWord(t, w, [...w].join('.')) : t;
  },
  /** The longest word in spaced capitals: "S A N G A T". */
  spaced: (t) => {
    const w = longest(t);
    return w.length >= 4 ? replaceWord(t, w, [...w.toUpperCase()].join(' ')) : t;
  },
  /** Shouting: the whole text in capitals. */
  capitals: (t) => t.toUpperCase(),
};

const KINDS = Object.keys(OBFUSCATIONS);

/** Hand-written cases plus one variant of each (two for violating ones), kinds taken in turn. */
export function corpus(): CorpusCase[] {
  const base = handWritten();
  const out: CorpusCase[] = [...base];
  base.forEach((c, k) => {
    const count = c.refs.length ? 2 : 1;
    for (let n = 0; n < count; n++) {
      const kind = KINDS[(k * 2 + n) % KINDS.length]!;
      // Structured data (letter numbers, coordinates) is copied, not retyped: no leet or dots there.
      if (c.refs.includes('larangan-5') && (kind === 'leet' || kind === 'dotted' || kind === 'spaced')) continue;
      const text = OBFUSCATIONS[kind]!(c.text);
      if (text !== c.text) out.push({ id: `${c.id}~${kind}`, text, refs: c.refs });
    }
  });
  return out;
}
