/**
 * One editor's state: its text, the findings shown for it and the text those findings belong to.
 * One check is in flight at a time; a result for an older text is still drawn, moved onto the
 * current text where its words did not change, so marks keep up with fast typing, and the newest
 * text is checked next. Actions and the publish guard trust only findings of the current text.
 */
import type { Presented } from '@/rules/present';
import type { Finding, Severity } from '@/rules/types';
import { reanchor } from './anchor';

export type CheckFn = (text: string) => Promise<Presented>;
/** The key a finding is ignored under, from the text its offsets point into. */
export type KeyFn = (text: string, f: Finding) => string;

const NONE: Record<Severity, number> = { info: 0, warning: 0, danger: 0 };

export class EditorSession {
  /** The editor's text as last read. */
  text = '';
  /** Findings to draw, with offsets into `shownText`. */
  shown: Finding[] = [];
  counts: Record<Severity, number> = NONE;
  /** The text `shown` belongs to; equal to `text` once the current text is checked. */
  shownText = '';
  private checkedText: string | null = null;
  private inFlight = false;
  private waiters: (() => void)[] = [];
  private hidden = new Set<string>();
  private closed = false;

  constructor(
    private readonly check: CheckFn,
    private readonly keyOf: KeyFn,
    private readonly onChange: (s: EditorSession) => void,
    private readonly onError: (e: unknown) => void = () => {},
  ) {}

  /** True when the findings belong to exactly the editor's current text. */
  get current(): boolean {
    return this.checkedText === this.text && !this.inFlight;
  }

  /** Whether the current text holds a `danger` finding; meaningful only when `current`. */
  get danger(): boolean {
    return this.counts.danger > 0;
  }

  /** Called with the editor's text whenever it may have changed. */
  update(text: string): void {
    if (this.closed || text === this.text) return;
    this.text = text;
    this.request();
  }

  /** Settings changed: the findings of the same text may differ now. */
  invalidate(): void {
    this.checkedText = null;
    this.hidden.clear();
    this.request();
  }

  /** Resolves once the findings belong to the text the editor holds now. */
  whenCurrent(): Promise<void> {
    if (this.current || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.request();
    });
  }

  /** Hides a finding at once (by its key) until the settings that drop it arrive. */
  hide(key: string): void {
    this.hidden.add(key);
    this.show(this.shown, this.shownText, this.counts);
    this.onChange(this);
  }

  close(): void {
    this.closed = true;
    for (const w of this.waiters.splice(0)) w();
  }

  private request(): void {
    if (this.inFlight || this.closed) return;
    if (this.checkedText === this.text) {
      this.settle();
      return;
    }
    const text = this.text;
    this.inFlight = true;
    this.check(text).then(
      (result) => this.receive(text, result),
      (error: unknown) => {
        this.inFlight = false;
        // Waiters are let go: a broken checker must never hold the user's post forever.
        for (const w of this.waiters.splice(0)) w();
        this.onError(error);
      },
    );
  }

  private receive(text: string, result: Presented): void {
    this.inFlight = false;
    if (this.closed) return;
    if (text === this.text) {
      this.checkedText = text;
      this.show(result.shown, text, result.counts);
      this.settle();
      return;
    }
    // Draw what still holds while the newest text is checked; counts wait for that check.
    this.shown = this.visible(reanchor(text, this.text, result.shown), this.text);
    this.shownText = this.text;
    this.onChange(this);
    this.request();
  }

  /** Asks again after a failed check. */
  retry(): void {
    this.request();
  }

  private settle(): void {
    this.onChange(this);
    for (const w of this.waiters.splice(0)) w();
  }

  private visible(shown: Finding[], text: string): Finding[] {
    return this.hidden.size ? shown.filter((f) => !this.hidden.has(this.keyOf(text, f))) : shown;
  }

  private show(shown: Finding[], text: string, counts: Record<Severity, number>): void {
    const kept = this.visible(shown, text);
    const next = { ...counts };
    if (kept.length !== shown.length) for (const f of shown) if (!kept.includes(f)) next[f.severity] = Math.max(0, next[f.severity] - 1);
    this.shown = kept;
    this.shownText = text;
    this.counts = next;
  }
}
