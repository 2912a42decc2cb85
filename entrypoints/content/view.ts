/**
 * What the user sees of the findings: marks on the words, a badge per editor and a live region for
 * screen readers. Work is batched into one animation frame however many results arrive, and reads
 * layout before it writes.
 */
import { severityRank } from '@/rules/present';
import type { Finding } from '@/rules/types';
import { reanchor } from './anchor';
import type { Painter, Mark } from './painter';
import { rangeFor } from './textmap';
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
    entry.marks = entry.drawn.map((f): Mark => {
      if (entry.mirror) {
        const mirror = entry.mirror;
        return { severity: f.severity, range: null, rects: () => mirror.rects(f.start, f.end) };
      }
      const range = entry.map ? rangeFor(entry.map, f.start, f.end) : null;
      return { severity: f.severity, range, rects: () => (range ? [...range.getClientRects()] : []) };
    });
    this.deps.painter.set(entry, entry.marks);
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
