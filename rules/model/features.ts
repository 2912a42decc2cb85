/**
 * The words the learned layer reads: the same folding and tokenising as the rules, then each word
 * brought to one spelling (leet undone, stretched letters squeezed, slang and regional words mapped to
 * standard Indonesian). Training (`npm run train`) and the checker both call this, so the model sees
 * the same words at inference as it saw when it learned.
 */
import { fold } from '../text/fold';
import { squeeze, unleet } from '../text/morph';
import { tokenize, word, type Tokens } from '../text/tokenize';

export interface ModelWords {
  /** Normalised words, in order. */
  words: string[];
  /** The token each word came from (a slang phrase mapping gives one token several words). */
  token: number[];
}

const NUMBER = /^[0-9]+$/;

/** One word's model spelling. `normal` maps a folded word to its standard form, if it has one. */
export function modelWord(w: string, normal: ReadonlyMap<string, string>): string {
  if (NUMBER.test(w)) return '0'.repeat(Math.min(w.length, 4));
  const plain = unleet(w) ?? w;
  const short = squeeze(plain);
  return normal.get(plain) ?? normal.get(short) ?? short;
}

/** The model words of tokens [from, to) of a tokenised text. */
export function modelWords(t: Tokens, normal: ReadonlyMap<string, string>, from = 0, to = t.length, memo = new Map<string, string>()): ModelWords {
  const out: ModelWords = { words: [], token: [] };
  for (let k = from; k < to; k++) {
    const w = word(t, k);
    let m = memo.get(w);
    if (m === undefined) memo.set(w, (m = modelWord(w, normal)));
    for (const part of m.split(' ')) {
      if (!part) continue;
      out.words.push(part);
      out.token.push(k);
    }
  }
  return out;
}

/** The line fastText trains on: the words joined by single spaces (fastText splits on whitespace). */
export function modelLine(text: string, normal: ReadonlyMap<string, string>, isKnown: (w: string) => boolean): string {
  return modelWords(tokenize(fold(text), isKnown), normal).words.join(' ');
}
