/**
 * The card that explains a finding, and its actions. Every action first finds the finding's words in
 * the editor's text as it is now: if they changed since the card was drawn, the action is refused
 * with a message and the card shows the updated findings, so nothing lands on stale offsets and no
 * wrong words are stored.
 */
import { computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { ignoreKey, normalizeExcerpt } from '@/rules/present';
import type { Finding } from '@/rules/types';
import { reanchor } from './anchor';
import { rangeFor } from './textmap';
import type { Entry, Tracker } from './tracker';
import { renderCard, type Lang } from './ui';

export interface CardDeps {
  layer: HTMLElement;
  tracker: Tracker;
  lang(): Lang;
  /** Draws an entry at once (the card needs its current marks). */
  render(entry: Entry): void;
  setActive(range: Range | null): void;
  ignore(ruleId: string, excerpt: string): void;
  allow(phrase: string, ruleId: string): void;
  applied(): void;
  opened(ruleId: string, isNew: boolean): void;
}

export class CardController {
  private open_: { el: HTMLElement; entry: Entry; index: number; notice?: 'changed'; frozen?: boolean } | null = null;
  /** Placements are computed asynchronously: only the latest may move the card. */
  private placing = 0;
  /** Where the words and viewport were when the card was last placed: an unchanged frame places nothing. */
  private placedFor = '';
  /** Set by whoever opened the card: one the pointer opened closes when the pointer leaves it. */
  byHover = false;
  /** The language the user switched the card to, for the rest of this page's life. */
  private langChoice: Lang | null = null;

  constructor(private readonly deps: CardDeps) {}

  private lang(): Lang {
    return this.langChoice ?? this.deps.lang();
  }

  get entry(): Entry | null {
    return this.open_?.entry ?? null;
  }

  get element(): HTMLElement | null {
    return this.open_?.el ?? null;
  }

  get index(): number {
    return this.open_?.index ?? -1;
  }

  open(entry: Entry, index: number, focus: boolean, notice?: 'changed'): void {
    if (!this.open_ || this.open_.entry !== entry) this.byHover = false;
    if (entry.drawn.length === 0) {
      this.close(false);
      return;
    }
    const i = Math.min(index, entry.drawn.length - 1);
    const isNew = !this.open_;
    const prev = this.open_?.el;
    prev?.remove();
    const text = entry.drawnText;
    const el = renderCard(
      this.deps.layer,
      entry.drawn,
      i,
      (f) => text.slice(f.start, f.end),
      this.lang(),
      {
        apply: (f) => this.act(entry, f, (at) => this.apply(entry, f, at)),
        ignore: (f) => this.act(entry, f, () => this.deps.ignore(f.ruleId, text.slice(f.start, f.end))),
        allow: (f) => this.act(entry, f, () => this.deps.allow(normalizeExcerpt(text.slice(f.start, f.end)), f.ruleId)),
        close: () => this.close(true),
        show: (k) => this.open(entry, k, true),
        switchLang: () => {
          this.langChoice = this.lang() === 'id' ? 'en' : 'id';
          this.open(entry, i, false, this.open_?.notice);
          this.open_?.el.querySelector<HTMLElement>('.lang-switch')?.focus();
        },
      },
      notice,
    );
    this.open_ = { el, entry, index: i, notice };
    this.deps.setActive(entry.marks[i]?.range ?? null);
    // A redrawn card starts where the last one was; a new one is unseen (but focusable) until placed.
    if (prev) for (const k of ['left', 'top', 'maxHeight', 'opacity'] as const) el.style[k] = prev.style[k];
    else el.style.opacity = '0';
    this.place();
    if (focus) el.querySelector<HTMLElement>('.actions .btn')?.focus();
    this.deps.opened(entry.drawn[i]!.ruleId, isNew);
  }

  close(refocus: boolean): void {
    if (!this.open_) return;
    const { el, entry } = this.open_;
    el.remove();
    this.open_ = null;
    this.deps.setActive(null);
    if (refocus) entry.el.focus();
  }

  /** The refused finding alone, with the notice and no actions, until the user closes it or acts again. */
  private frozen(entry: Entry, f: Finding, text: string): void {
    this.open_?.el.remove();
    const el = renderCard(this.deps.layer, [f], 0, (x) => text.slice(x.start, x.end), this.lang(), { apply() {}, ignore() {}, allow() {}, close: () => this.close(true), show() {}, switchLang() {} }, 'changed');
    el.querySelector('.actions')?.remove();
    this.open_ = { el, entry, index: 0, notice: 'changed', frozen: true };
    el.querySelector<HTMLElement>('.close')?.focus();
  }

  /** Follows the findings after a redraw of the entry the card belongs to. */
  refresh(entry: Entry): void {
    if (this.open_?.entry !== entry) return;
    if (this.open_.frozen && entry.drawn.length === 0) return;
    if (entry.drawn.length === 0) this.close(false);
    // A refusal notice stays until the user acts again.
    else this.open(entry, this.open_.index, false, this.open_.notice);
  }

  /**
   * Keeps the card next to its words (called once per frame), never over them: below the words or,
   * when there is no room, above; shifted to stay inside the viewport; and no taller than the room
   * on that side (it scrolls inside), which is what keeps the words visible at 200% zoom.
   */
  place(): void {
    if (!this.open_) return;
    const { el, entry, index } = this.open_;
    const lines = entry.marks[index]?.rects() ?? [];
    const words = lines.length ? union(lines) : entry.el.getBoundingClientRect();
    const key = `${words.left},${words.top},${words.right},${words.bottom},${innerWidth},${innerHeight},${el.offsetHeight}`;
    if (key === this.placedFor && el.style.opacity === '') return;
    this.placedFor = key;
    const reference: VirtualElement = { getBoundingClientRect: () => words, getClientRects: () => (lines.length ? lines : [words]) };
    const token = ++this.placing;
    void computePosition(reference, el, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight }) {
            el.style.maxHeight = `${Math.max(0, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      if (token !== this.placing || this.open_?.el !== el) return;
      el.style.left = `${Math.round(x)}px`;
      el.style.top = `${Math.round(y)}px`;
      el.style.opacity = '';
    });
  }

  /** The finding's words in the editor's text now, or null (and the card updated) if they changed. */
  private act(entry: Entry, f: Finding, run: (at: { start: number; end: number }) => void): void {
    const shownText = entry.drawnText;
    const now = this.deps.tracker.read(entry);
    const [moved] = reanchor(shownText, now, [f]);
    if (!moved || now.slice(moved.start, moved.end) !== shownText.slice(f.start, f.end)) {
      this.deps.render(entry);
      if (entry.drawn.length) this.open(entry, this.open_?.index ?? 0, true, 'changed');
      else this.frozen(entry, f, shownText);
      return;
    }
    run(moved);
  }

  private apply(entry: Entry, f: Finding, at: { start: number; end: number }): void {
    const { el } = entry;
    const replacement = f.suggestion ?? '';
    this.close(false);
    el.focus();
    if (el instanceof HTMLTextAreaElement) {
      el.setSelectionRange(at.start, at.end);
    } else {
      const range = entry.map ? rangeFor(entry.map, at.start, at.end) : null;
      const sel = getSelection();
      if (!range || !sel) return;
      sel.removeAllRanges();
      sel.addRange(range);
    }
    // Through the editor's own input path, so Lexical keeps the text in its state and undo works.
    const exec = typeof document.execCommand === 'function' ? (cmd: string, value?: string) => document.execCommand(cmd, false, value) : () => false;
    const done = replacement ? exec('insertText', replacement) : exec('delete');
    if (!done && el instanceof HTMLTextAreaElement) {
      el.setRangeText(replacement, at.start, at.end, 'end');
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
    this.deps.applied();
  }
}

/** The ignore key of a drawn finding, from the text its offsets point into. */
export const keyOf = (text: string, f: Finding): string => ignoreKey(f.ruleId, text.slice(f.start, f.end));

function union(rects: readonly DOMRect[]): DOMRect {
  let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
  for (const r of rects) {
    left = Math.min(left, r.left);
    top = Math.min(top, r.top);
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  return new DOMRect(left, top, right - left, bottom - top);
}
