/**
 * The card that explains a finding, and its actions. Every action first finds the finding's words in
 * the editor's text as it is now: if they changed since the card was drawn, the action is refused
 * with a message and the card shows the updated findings, so nothing lands on stale offsets and no
 * wrong words are stored.
 */
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

  constructor(private readonly deps: CardDeps) {}

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
    if (entry.drawn.length === 0) {
      this.close(false);
      return;
    }
    const i = Math.min(index, entry.drawn.length - 1);
    const isNew = !this.open_;
    this.open_?.el.remove();
    const text = entry.drawnText;
    const el = renderCard(
      this.deps.layer,
      entry.drawn,
      i,
      (f) => text.slice(f.start, f.end),
      this.deps.lang(),
      {
        apply: (f) => this.act(entry, f, (at) => this.apply(entry, f, at)),
        ignore: (f) => this.act(entry, f, () => this.deps.ignore(f.ruleId, text.slice(f.start, f.end))),
        allow: (f) => this.act(entry, f, () => this.deps.allow(normalizeExcerpt(text.slice(f.start, f.end)), f.ruleId)),
        close: () => this.close(true),
        show: (k) => this.open(entry, k, true),
      },
      notice,
    );
    this.open_ = { el, entry, index: i, notice };
    this.deps.setActive(entry.marks[i]?.range ?? null);
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
    const el = renderCard(this.deps.layer, [f], 0, (x) => text.slice(x.start, x.end), this.deps.lang(), { apply() {}, ignore() {}, allow() {}, close: () => this.close(true), show() {} }, 'changed');
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

  /** Keeps the card next to its words (called once per frame). */
  place(): void {
    if (!this.open_) return;
    const { el, entry, index } = this.open_;
    const rect = entry.marks[index]?.rects()[0] ?? entry.el.getBoundingClientRect();
    const h = el.offsetHeight || 200;
    const below = rect.bottom + 8 + h < innerHeight;
    el.style.left = `${Math.max(8, Math.min(rect.left, innerWidth - el.offsetWidth - 8))}px`;
    el.style.top = `${below ? rect.bottom + 8 : Math.max(8, rect.top - h - 8)}px`;
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
