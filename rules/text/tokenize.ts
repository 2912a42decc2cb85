/**
 * Words of the folded text, with their spans, sentence numbers and the obfuscations undone:
 * letters split by dots or spaces (g.o.b.l.o.k, S A N G A T) are joined when the joined word is known.
 */
import type { Folded } from './fold';

export interface Token {
  /** Folded form, e.g. "4nj1ng" or "menolaknya". */
  text: string;
  /** Span in the folded string. */
  a: number;
  b: number;
  /** Sentence index: words in different sentences are never "near". */
  sent: number;
  /** Index of the clause (split at , ; : too). */
  clause: number;
  /** Punctuation right after the word, if any (first char), e.g. "!" or ",". */
  after: string;
}

const SENTENCE_END = new Set(['.', '!', '?', '\n', '…']);
const CLAUSE_END = new Set([',', ';', ':', '(', ')', '"', '“', '”', '—', '–']);
/** Separators people put between the letters of a word they hide. */
const SPLIT_SEPARATORS = new Set([' ', '.', '-', '_', '*', '+', '/', '|', ',', '·', '~']);

/**
 * A word: letters and digits, with leet symbols allowed between them (b@ngsat, anj!ng) and masks
 * at the end (anj***). The regular expression engine finds them far faster than a loop per char.
 */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|[@$!*|](?=[\p{L}\p{N}]))*\**/gu;

export function tokenize(f: Folded, isKnown: (word: string) => boolean): Token[] {
  const s = f.s;
  const raw: Token[] = [];
  let sent = 0;
  let clause = 0;
  let gapStart = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  const punctuation = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const ch = s[i]!;
      if (SENTENCE_END.has(ch)) {
        // "1.000", "3.5" and "g.o.b" keep the sentence; ". " or a newline ends it.
        const next = s[i + 1];
        if (ch !== '.' || next === undefined || next === ' ' || next === '\n' || next === '.') {
          sent++;
          clause++;
        }
      } else if (CLAUSE_END.has(ch)) clause++;
    }
  };
  while ((m = WORD.exec(s))) {
    const a = m.index;
    const b = a + m[0].length;
    punctuation(gapStart, a);
    raw.push({ text: m[0], a, b, sent, clause, after: s[b] ?? '' });
    gapStart = b;
  }
  return joinSplitLetters(raw, s, isKnown);
}

function joinSplitLetters(tokens: Token[], s: string, isKnown: (w: string) => boolean): Token[] {
  // Most texts spell no word letter by letter: find the first run before copying anything.
  let first = -1;
  for (let k = 0; k + 2 < tokens.length; k++) {
    const a = tokens[k]!;
    const b = tokens[k + 1]!;
    const c = tokens[k + 2]!;
    if (a.text.length === 1 && b.text.length === 1 && c.text.length === 1 && b.a - a.b === 1 && c.a - b.b === 1) {
      first = k;
      break;
    }
  }
  if (first < 0) return tokens;
  const out: Token[] = tokens.slice(0, first);
  let k = first;
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (t.text.length === 1) {
      // A run of single characters, each separated by exactly one separator char.
      let m = k + 1;
      while (m < tokens.length) {
        const prev = tokens[m - 1]!;
        const cur = tokens[m]!;
        if (cur.text.length !== 1 || cur.a - prev.b !== 1 || !SPLIT_SEPARATORS.has(s[prev.b]!)) break;
        m++;
      }
      if (m - k >= 3) {
        const run = tokens.slice(k, m);
        const joined = run.map((r) => r.text).join('');
        // A word spelt out letter by letter is one word even when no rule knows it.
        const pieces = segment(joined, isKnown) ?? [joined];
        {
          let offset = 0;
          for (const piece of pieces) {
            const first = run[offset]!;
            const last = run[offset + piece.length - 1]!;
            out.push({ text: piece, a: first.a, b: last.b, sent: first.sent, clause: first.clause, after: last.after });
            offset += piece.length;
          }
          k = m;
          continue;
        }
      }
    }
    out.push(t);
    k++;
  }
  return out;
}

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
