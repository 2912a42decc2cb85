/**
 * What the user is shown: one step from the checker's raw findings to the list the extension draws,
 * counts and guards with, and that `npm run scan` prints, so what is measured is what users see.
 * It drops what the user ignored or allowed, hides a finding nested in a wider one that says the
 * same thing, trims spans of surrounding punctuation, and orders by position then severity.
 */
import type { Checker } from './engine/checker';
import type { CheckConfig, Finding, Severity } from './types';

/** More than this many findings is never drawn at once; the counts still cover every finding. */
export const MAX_SHOWN = 300;

/** Longest key kept whole; longer excerpts keep a prefix and a hash of the rest. */
const KEY_LENGTH = 160;

const RANK: Record<Severity, number> = { info: 1, warning: 2, danger: 3 };
export const severityRank = (s: Severity): number => RANK[s];

/**
 * The words of an excerpt as a stable key: what the user saw, however it was typed (case, NFKC,
 * invisible characters, runs of spaces). Long excerpts stay within storage limits by a hash, so
 * ignoring or allowing works for a finding of any length.
 */
export function normalizeExcerpt(excerpt: string): string {
  const s = excerpt.normalize('NFKC').replace(/\p{Cf}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (s.length <= KEY_LENGTH) return s;
  // Collisions between two long excerpts with the same prefix are possible in principle, and would
  // only hide a finding the user chose to hide in another form.
  return `${s.slice(0, KEY_LENGTH - 10).trimEnd()} #${fnv1a(s)}`;
}

/** A short stable hash of a string (FNV-1a, base 36). */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The key under which a finding is ignored: the rule and the words, not the position. */
export function ignoreKey(ruleId: string, excerpt: string): string {
  return `${ruleId}\u0000${normalizeExcerpt(excerpt)}`;
}

export interface PresentOptions {
  /** Keys from `ignoreKey`. */
  ignored?: Iterable<string>;
  /** Allowed phrases (matched whole, after `normalizeExcerpt`). */
  allowed?: Iterable<string>;
}

export interface Presented {
  /** Shown findings by position, at most MAX_SHOWN. */
  shown: Finding[];
  /** Every shown finding counted by severity, including those past MAX_SHOWN. */
  counts: Record<Severity, number>;
}

const OPEN = new Set([...'("\'«“‘[']);
const CLOSE = new Set([...'.,;:!?…)"\'»”’]']);

/** The span without surrounding spaces and punctuation, so a suggestion never eats a full stop. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  let b = end;
  while (a < b && (/\s/.test(text[a]!) || OPEN.has(text[a]!))) a++;
  while (b > a && (/\s/.test(text[b - 1]!) || CLOSE.has(text[b - 1]!))) b--;
  return a < b ? { start: a, end: b } : { start, end };
}

const refsKey = (f: Finding): string => (f.refs.length === 1 ? f.refs[0]! : [...f.refs].sort().join(' '));

export function present(text: string, findings: readonly Finding[], options: PresentOptions = {}): Presented {
  const ignored = new Set(options.ignored ?? []);
  const allowed = new Set([...(options.allowed ?? [])].map(normalizeExcerpt));
  const kept: Finding[] = [];
  for (const raw of findings) {
    const span = trimSpan(text, raw.start, raw.end);
    const excerpt = text.slice(span.start, span.end);
    if (ignored.size && ignored.has(ignoreKey(raw.ruleId, excerpt))) continue;
    if (allowed.size && allowed.has(normalizeExcerpt(excerpt))) continue;
    kept.push(span.start === raw.start && span.end === raw.end ? raw : { ...raw, ...span });
  }
  // "dokumen RAHASIA" and its marking "RAHASIA" say one thing: keep the wider, or the more severe
  // of two equal spans. Sorted by start, then wider first, then more severe, a finding is hidden
  // when an earlier one of its refs and at least its severity reaches as far: one pass, O(n log n).
  const order = kept.map((f, i) => i);
  order.sort((i, j) => {
    const a = kept[i]!;
    const b = kept[j]!;
    return a.start - b.start || b.end - a.end || RANK[b.severity] - RANK[a.severity] || i - j;
  });
  const reach = new Map<string, [number, number, number]>();
  const shownAll: Finding[] = [];
  for (const i of order) {
    const f = kept[i]!;
    const key = refsKey(f);
    const r = RANK[f.severity];
    let ends = reach.get(key);
    if (!ends) reach.set(key, (ends = [-1, -1, -1]));
    // ends[k]: the furthest end among earlier findings of severity rank > k.
    if (ends[r - 1]! >= f.end) continue;
    for (let k = 0; k < r; k++) if (f.end > ends[k]!) ends[k] = f.end;
    shownAll.push(f);
  }
  shownAll.sort((a, b) => a.start - b.start || RANK[b.severity] - RANK[a.severity]);
  const counts: Record<Severity, number> = { info: 0, warning: 0, danger: 0 };
  for (const f of shownAll) counts[f.severity]++;
  return { shown: shownAll.length > MAX_SHOWN ? cap(shownAll) : shownAll, counts };
}

/** The first MAX_SHOWN by position, dangers first: the prompt must be able to name what it holds. */
function cap(sorted: Finding[]): Finding[] {
  const danger = sorted.filter((f) => f.severity === 'danger').slice(0, MAX_SHOWN);
  if (danger.length === MAX_SHOWN) return danger;
  const picked = new Set(danger);
  for (const f of sorted) {
    if (picked.size >= MAX_SHOWN) break;
    picked.add(f);
  }
  return sorted.filter((f) => picked.has(f));
}

/** What the extension needs beyond the checker's own config: the user's ignored findings. */
export interface ShowConfig extends CheckConfig {
  ignored?: readonly string[];
}

/** Texts longer than this are checked piece by piece (see `pieces`). */
export const LONG_TEXT = 50_000;
const PIECE_MAX = 20_000;

/**
 * A long text cut into pieces at paragraph breaks, and inside a huge paragraph at sentence ends
 * chosen by the sentence's own content, so an edit moves no other boundary and every unchanged piece
 * is checked from the cache. Rules then see one piece at a time: for texts this long that is the
 * unit a reader takes in too.
 */
export function pieces(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const cut = (end: number): void => {
    if (end > start) out.push({ start, end });
    start = end;
  };
  /** Keeps every piece within PIECE_MAX: a run-on stretch is cut at a space where there is one. */
  const fit = (end: number): void => {
    while (end - start > PIECE_MAX) {
      const space = text.lastIndexOf(' ', start + PIECE_MAX - 1);
      cut(space > start ? space + 1 : start + PIECE_MAX);
    }
  };
  const re = /\n\s*\n|[.!?…]+\s+/g;
  let m: RegExpExecArray | null;
  let sentence = 0;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    if (end - start > PIECE_MAX && sentence > start) cut(sentence);
    fit(end);
    // A paragraph break, or a sentence whose own text hashes so, closes a piece: the boundaries
    // depend only on the content around them.
    if (m[0].includes('\n') || parseInt(fnv1a(text.slice(sentence, end)), 36) % 16 === 0) cut(end);
    sentence = end;
  }
  if (text.length - start > PIECE_MAX && sentence > start) cut(sentence);
  fit(text.length);
  cut(text.length);
  return out;
}

/**
 * Findings of the pieces of long texts, for one config at a time, kept by the extension's background.
 * Bounded by characters, not entries: a 1 MB text has thousands of short pieces, and they must all fit.
 */
export class PieceCache {
  private config = '';
  private readonly pieces = new Map<string, Finding[]>();
  private chars = 0;

  constructor(private readonly maxChars = 3_000_000) {}

  get(config: string, piece: string): Finding[] | undefined {
    return config === this.config ? this.pieces.get(piece) : undefined;
  }

  set(config: string, piece: string, findings: Finding[]): void {
    if (config !== this.config) {
      this.config = config;
      this.pieces.clear();
      this.chars = 0;
    }
    this.pieces.set(piece, findings);
    this.chars += piece.length;
    for (const [oldest] of this.pieces) {
      if (this.chars <= this.maxChars) break;
      this.pieces.delete(oldest);
      this.chars -= oldest.length;
    }
  }
}

/** Check and present in one step: the extension's background and the scanner both call this. */
export function checkForUser(checker: Checker, text: string, config: ShowConfig = {}, cache?: PieceCache): Presented {
  return present(text, checkText(checker, text, config, cache), { ignored: config.ignored, allowed: config.allowTerms });
}

function checkText(checker: Checker, text: string, config: ShowConfig, cache?: PieceCache): Finding[] {
  if (text.length <= LONG_TEXT) return checker.check(text, config);
  const configKey = JSON.stringify([config.disabledItems, config.sensitivity, config.watchTerms, config.allowTerms]);
  const all: Finding[] = [];
  for (const p of pieces(text)) {
    const piece = text.slice(p.start, p.end);
    let found = cache?.get(configKey, piece);
    if (!found) {
      found = checker.check(piece, config);
      cache?.set(configKey, piece, found);
    }
    for (const f of found) all.push({ ...f, start: f.start + p.start, end: f.end + p.start });
  }
  return all;
}
