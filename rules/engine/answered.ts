/**
 * A comment that quotes another post ("> Kebijakan Kasad itu ngawur") and then answers it. The quoted
 * lines are someone else's words: when the answer rebukes them ("sampaikan lewat jalur komando",
 * "istilah itu hinaan", "jangan main hakim sendiri"), what the quote says is not the writer's. When the
 * answer agrees ("Setuju, ngawur pol"), the quote is reposted and stays the writer's too.
 */
import type { Doc } from './doc';
import { word } from '../text/tokenize';

export interface Range {
  start: number;
  end: number;
}

/** Lines that start with ">" (after spaces), as original-text ranges. */
export function quoteLines(text: string): Range[] {
  const out: Range[] = [];
  if (!text.includes('>')) return out;
  for (const m of text.matchAll(/^[^\S\n]*>[^\n]*/gm)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The range (sorted, disjoint) an offset falls in: a binary search, for pastes of many quotes. */
function rangeAt(ranges: readonly Range[], offset: number): Range | null {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < ranges[mid]!.start) hi = mid - 1;
    else if (offset >= ranges[mid]!.end) lo = mid + 1;
    else return ranges[mid]!;
  }
  return null;
}

/**
 * The quoted lines whose answer, outside every quote, holds a rebuke (`rebuke` is a concept id) and does
 * not open by agreeing (`agree`, within its first three words: "Mantap, jangan kasih celah" agrees).
 */
export function rebukedQuotes(doc: Doc, quotes: readonly Range[], rebuke: number, agree: number, negation = -1): readonly Range[] {
  if (quotes.length === 0) return [];
  const inQuote = (offset: number) => rangeAt(quotes, offset) !== null;
  const opening = new Set<number>();
  for (let k = 0; k < doc.tokens.length && opening.size < 3; k++) if (!inQuote(doc.tokenSpan(k, k).start)) opening.add(k);
  if (opening.size === 0) return [];
  if (agree >= 0 && doc.hitsOf(agree).some((h) => opening.has(h.i))) return [];
  const answered = doc.hitsOf(rebuke).some((h) => !inQuote(doc.tokenSpan(h.i, h.j).start)) || deniesQuote(doc, negation, inQuote);
  return answered ? quotes : [];
}

/** Words that hedge a claim: denying the hedge ("bukan katanya lagi, 100% terbukti") affirms the claim. */
const HEDGES = new Set(['katanya', 'cuma', 'hanya', 'sekadar', 'sekedar', 'kabarnya', 'konon', 'isu', 'hoaks', 'hoax', 'gosip', 'rumor']);

/**
 * The answer denies the quote in its own words: a negator right before a word the quote used ("> PKI
 * bangkit lagi?? / … dudu PKI bangkit", "> TNI kok jadi badut / itu lomba, bukan badut 😂").
 */
function deniesQuote(doc: Doc, negation: number, inQuote: (offset: number) => boolean): boolean {
  if (negation < 0) return false;
  let quoted: Set<string> | null = null;
  for (const n of doc.hitsOf(negation)) {
    const k = n.j + 1;
    if (k >= doc.tokens.length || inQuote(doc.tokenSpan(n.i, n.i).start) || doc.tokens.sent[k] !== doc.tokens.sent[n.j]) continue;
    const w = word(doc.tokens, k);
    // Short words ("yg", "ada", "itu") repeat by chance, and "bukan katanya lagi" affirms the hearsay.
    if (w.length < 4 || HEDGES.has(w)) continue;
    if (!quoted) {
      quoted = new Set();
      for (let t = 0; t < doc.tokens.length; t++) if (inQuote(doc.tokenSpan(t, t).start)) quoted.add(word(doc.tokens, t));
    }
    if (quoted.has(w)) return true;
  }
  return false;
}

/** A finding that starts in a quoted line is anchored in the other's words, even when its window reaches the answer. */
export function startsIn(ranges: readonly Range[], span: Range): boolean {
  return ranges.length > 0 && rangeAt(ranges, span.start) !== null;
}
