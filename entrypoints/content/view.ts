/**
 * What the user sees of the findings: marks on the words, a badge per editor and a live region for
 * screen readers. Work is batched into one animation frame however many results arrive, and reads
 * layout before it writes.
 */
import { severityRank } from '@/rules/present';
import type { Finding } from '@/rules/types';
import { reanchor } from './anchor';
import type { Painter, Mark } from './painter';
import { rangeFor, textOffset } from './textmap';
import type { Entry, Tracker } from './tracker';
import { announceText, type Lang } from './ui';

export interface ViewDeps {
  tracker: Tracker;
  painter: Painter;
  live: HTMLElement;
  raf(cb: () => void): number;
  lang(): Lang;
  dark(): boolean;
  setDark(dark: boolean): void;
  /** After each frame: the card follows its words. */
  afterLayout(): void;
  /** An entry's marks were drawn (statistics, test signals). */
  drawn(entry: Entry): void;
}

/** Texts longer than this get marks only around the part on screen. */
export const LONG_TEXT = 20_000;
const MARGIN = 3_000;

/** The text offsets on screen (with a margin), from the points at the editor's visible corners. */
export function visibleWindow(entry: Entry, length: number): { start: number; end: number } {
  const all = { start: 0, end: length };
  if (length <= LONG_TEXT || !entry.map) return all;
  const doc = entry.el.ownerDocument as Document & { caretRangeFromPoint?(x: number, y: number): Range | null };
  if (!doc.caretRangeFromPoint) return all;
  const r = entry.el.getBoundingClientRect();
  const top = Math.max(r.top, 0) + 2;
  const bottom = Math.min(r.bottom, innerHeight) - 2;
  if (bottom <= top) return { start: 0, end: 0 };
  const at = (x: number, y: number): number | null => {
    const c = doc.caretRangeFromPoint!(x, y);
    return c && entry.map ? textOffset(entry.map, c.startContainer, c.startOffset) : null;
  };
  const a = at(r.left + 2, top);
  const b = at(r.right - 2, bottom);
  if (a === null || b === null) return all;
  return { start: Math.max(0, Math.min(a, b) - MARGIN), end: Math.max(a, b) + MARGIN };
}

const worst = (findings: readonly Finding[]): number => findings.reduce((m, f) => Math.max(m, severityRank(f.severity)), 0);

export class View {
  private readonly dirty = new Set<Entry>();
  private frame = 0;

  constructor(private readonly deps: ViewDeps) {}

  /** Redraw this entry in the next frame. */
  invalidate(entry: Entry): void {
    this.dirty.add(entry);
    this.schedule();
  }

  schedule(): void {
    if (!this.frame) this.frame = this.deps.raf(() => this.run());
  }

  /** Draws one entry now (the card needs its marks at once). */
  render(entry: Entry): void {
    this.dirty.delete(entry);
    const { session, el } = entry;
    const text = el instanceof HTMLTextAreaElement ? el.value : (entry.map?.text ?? '');
    // The findings are for `shownText`; the editor may already hold a newer text.
    entry.drawn = reanchor(session.shownText, text, session.shown);
    entry.drawnText = text;
    const window = visibleWindow(entry, text.length);
    entry.marks = entry.drawn.map((f): Mark => {
      if (entry.mirror) {
        const mirror = entry.mirror;
        return { severity: f.severity, range: null, rects: () => mirror.rects(f.start, f.end) };
      }
      // In a long text only the marks near what is on screen get a range: the browser lays out
      // every highlighted range of a huge paragraph, visible or not.
      if (f.end < window.start || f.start > window.end) return { severity: f.severity, range: null, rects: () => [] };
      const range = entry.map ? rangeFor(entry.map, f.start, f.end) : null;
      return { severity: f.severity, range, rects: () => (range ? [...range.getClientRects()] : []) };
    });
    // Off-screen marks of a long text have nothing to draw: the painter gets none of them, so it does not
    // lay out empty boxes every frame.
    this.deps.painter.set(entry, entry.mirror ? entry.marks : entry.marks.filter((m) => m.range));
    const total = session.current ? session.counts.info + session.counts.warning + session.counts.danger : entry.drawn.length;
    const level = session.current ? (session.counts.danger ? 3 : session.counts.warning ? 2 : session.counts.info ? 1 : 0) : worst(entry.drawn);
    entry.badge.dataset.severity = ['ok', 'info', 'warning', 'danger'][level]!;
    entry.badge.textContent = total ? String(total) : '✓';
    const label = announceText(entry.drawn, this.deps.lang(), total);
    entry.badge.setAttribute('aria-label', label);
    entry.badge.title = label;
    if (document.activeElement === el && this.deps.live.textContent !== label) this.deps.live.textContent = label;
    this.deps.drawn(entry);
  }

  private run(): void {
    this.frame = 0;
    // Long texts draw only what is near the screen, so scrolling must redraw them.
    for (const entry of this.deps.tracker.entries.values()) if (entry.drawnText.length > LONG_TEXT) this.dirty.add(entry);
    for (const entry of [...this.dirty]) if (this.deps.tracker.entries.has(entry.el)) this.render(entry);
    this.dirty.clear();
    // Reads first (all rects), then writes, so the frame lays out once.
    const places: [Entry, DOMRect | null][] = [];
    for (const entry of [...this.deps.tracker.entries.values()]) {
      if (!entry.el.isConnected) {
        this.deps.tracker.forget(entry);
        this.deps.painter.clear(entry);
        continue;
      }
      const r = entry.el.getBoundingClientRect();
      places.push([entry, r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight ? r : null]);
    }
    for (const [entry, r] of places) {
      entry.badge.hidden = !r;
      if (r) {
        entry.badge.style.left = `${Math.round(Math.min(r.right - 28, innerWidth - 30))}px`;
        entry.badge.style.top = `${Math.round(r.bottom - 26)}px`;
      }
    }
    this.deps.setDark(this.deps.dark());
    this.deps.painter.layout();
    this.deps.afterLayout();
  }
}
