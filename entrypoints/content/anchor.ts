/**
 * Moving findings from the text they were computed for to the text the editor holds now. A finding
 * survives only where the words around it did not change, so an action never lands on stale offsets:
 * what it would touch is exactly what the user was shown.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Edit {
  /** Length of the common prefix. */
  prefix: number;
  /** Length of the common suffix (never overlapping the prefix). */
  suffix: number;
  oldLength: number;
  newLength: number;
}

export function diff(before: string, after: string): Edit {
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return { prefix: p, suffix: s, oldLength: before.length, newLength: after.length };
}

const WORD = /[\p{L}\p{N}_]/u;
const wordAt = (text: string, i: number): boolean => i >= 0 && i < text.length && WORD.test(text[i]!);

/**
 * Where [start, end) of `before` is in `after`, or null when it changed, or when a letter was typed
 * right against it ("goblok" typed on into "gobloks" is no longer the flagged word).
 */
export function moveSpan(edit: Edit, after: string, span: Span): Span | null {
  if (span.end <= edit.prefix) {
    // Unchanged up to its end; the next character may be new.
    return span.end < edit.prefix || !wordAt(after, span.end) ? span : null;
  }
  const tail = edit.oldLength - edit.suffix;
  if (span.start >= tail) {
    const delta = edit.newLength - edit.oldLength;
    const moved = { start: span.start + delta, end: span.end + delta };
    return span.start > tail || !wordAt(after, moved.start - 1) ? moved : null;
  }
  return null;
}

/** Findings of `before` moved into `after`; those touched by the change are dropped. */
export function reanchor<T extends Span>(before: string, after: string, items: readonly T[]): T[] {
  if (before === after) return [...items];
  const edit = diff(before, after);
  const out: T[] = [];
  for (const item of items) {
    const moved = moveSpan(edit, after, item);
    if (moved) out.push(moved.start === item.start ? item : { ...item, ...moved });
  }
  return out;
}
