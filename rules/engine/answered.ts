/**
 * A comment that quotes another post ("> Kebijakan Kasad itu ngawur") and then answers it. The quoted
 * lines are someone else's words: when the answer rebukes them ("sampaikan lewat jalur komando",
 * "istilah itu hinaan", "jangan main hakim sendiri"), what the quote says is not the writer's. When the
 * answer agrees ("Setuju, ngawur pol"), the quote is reposted and stays the writer's too.
 */
import type { Doc } from './doc';

export interface Range {
  start: number;
  end: number;
}

/** Lines that start with ">" (after spaces), as original-text ranges. */
export function quoteLines(text: string): Range[] {
  const out: Range[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (/^\s*>/.test(line)) out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out;
}

/**
 * The quoted lines whose answer, outside every quote, holds a rebuke (`rebuke` is a concept id) and does
 * not open by agreeing (`agree`, within its first three words: "Mantap, jangan kasih celah" agrees).
 */
export function rebukedQuotes(doc: Doc, rebuke: number, agree: number): Range[] {
  const quotes = quoteLines(doc.text);
  if (quotes.length === 0) return [];
  const inQuote = (offset: number) => quotes.some((q) => offset >= q.start && offset < q.end);
  const answer: number[] = [];
  for (let k = 0; k < doc.tokens.length; k++) if (!inQuote(doc.tokenSpan(k, k).start)) answer.push(k);
  if (answer.length === 0) return [];
  const opening = new Set(answer.slice(0, 3));
  if (agree >= 0 && doc.hitsOf(agree).some((h) => opening.has(h.i))) return [];
  const answered = doc.hitsOf(rebuke).some((h) => !inQuote(doc.tokenSpan(h.i, h.j).start));
  return answered ? quotes : [];
}

export const within = (ranges: readonly Range[], span: Range): boolean => ranges.some((r) => span.start >= r.start && span.end <= r.end);
