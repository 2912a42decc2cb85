/**
 * Hover and click on underlined words. Mouse moves come far faster than frames: the hit test (which
 * reads layout) runs once per frame at most, and a card opens after a short rest on the words.
 */
import type { Mark } from './painter';

export const HOVER_DELAY = 350;
/** A card the pointer opened closes this long after the pointer left it and its words. */
export const LEAVE_DELAY = 600;

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
  open(entry: E, index: number, byHover: boolean): void;
  /** Whether a card opened by hovering is showing (one opened by click or keyboard stays). */
  hoverCardOpen(): boolean;
  overCard(x: number, y: number): boolean;
  closeHoverCard(): void;
}

export function pointerHandler<E>(deps: PointerDeps<E>): (e: MouseEvent) => void {
  let pending: { hit: { entry: E; marks: readonly Mark[] } | null; x: number; y: number } | null = null;
  let frame = 0;
  let timer = 0;
  let leaveTimer = 0;
  const stay = (): void => {
    deps.clearTimeout(leaveTimer);
    leaveTimer = 0;
  };
  const test = (): void => {
    frame = 0;
    if (!pending) return;
    const { hit, x, y } = pending;
    pending = null;
    const i = hit ? markAt(hit.marks, x, y) : -1;
    if (deps.hoverCardOpen()) {
      if (i >= 0 || deps.overCard(x, y)) stay();
      else if (!leaveTimer) leaveTimer = deps.setTimeout(() => ((leaveTimer = 0), deps.closeHoverCard()), LEAVE_DELAY);
    }
    if (!hit) return;
    deps.clearTimeout(timer);
    if (i >= 0 && !deps.showing(hit.entry, i)) timer = deps.setTimeout(() => deps.open(hit.entry, i, true), HOVER_DELAY);
  };
  return (e) => {
    const found = deps.entryAt(e.target);
    const hit = found && found.marks.length > 0 ? found : null;
    if (e.type === 'click') {
      if (!hit) return;
      const i = markAt(hit.marks, e.clientX, e.clientY);
      deps.clearTimeout(timer);
      if (i >= 0) {
        stay();
        deps.open(hit.entry, i, false);
      }
      return;
    }
    // Moves elsewhere on the page matter only while a hovered card may need closing.
    if (!hit && !deps.hoverCardOpen()) return;
    pending = { hit, x: e.clientX, y: e.clientY };
    if (!frame) frame = deps.raf(test);
  };
}
