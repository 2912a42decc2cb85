/**
 * Hover and click on underlined words. Mouse moves come far faster than frames: the hit test (which
 * reads layout) runs once per frame at most, and a card opens after a short rest on the words.
 */
import type { Mark } from './painter';

export const HOVER_DELAY = 350;

export function markAt(marks: readonly Mark[], x: number, y: number): number {
  for (let i = 0; i < marks.length; i++) {
    for (const r of marks[i]!.rects()) if (x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2) return i;
  }
  return -1;
}

export interface PointerDeps<E> {
  /** The tracked editor under an event, with its marks. */
  entryAt(target: EventTarget | null): { entry: E; marks: readonly Mark[] } | null;
  raf(cb: () => void): number;
  setTimeout(cb: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** Whether the card already shows this mark. */
  showing(entry: E, index: number): boolean;
  open(entry: E, index: number): void;
}

export function pointerHandler<E>(deps: PointerDeps<E>): (e: MouseEvent) => void {
  let pending: { hit: { entry: E; marks: readonly Mark[] }; x: number; y: number } | null = null;
  let frame = 0;
  let timer = 0;
  const test = (): void => {
    frame = 0;
    if (!pending) return;
    const { hit, x, y } = pending;
    pending = null;
    const i = markAt(hit.marks, x, y);
    deps.clearTimeout(timer);
    if (i >= 0 && !deps.showing(hit.entry, i)) timer = deps.setTimeout(() => deps.open(hit.entry, i), HOVER_DELAY);
  };
  return (e) => {
    const hit = deps.entryAt(e.target);
    if (!hit || hit.marks.length === 0) return;
    if (e.type === 'click') {
      const i = markAt(hit.marks, e.clientX, e.clientY);
      deps.clearTimeout(timer);
      if (i >= 0) deps.open(hit.entry, i);
      return;
    }
    pending = { hit, x: e.clientX, y: e.clientY };
    if (!frame) frame = deps.raf(test);
  };
}
