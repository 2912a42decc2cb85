/**
 * The one publish guard, for every path the page publishes through (keys, buttons, submit). A
 * publish of clean text goes through untouched, or waits only for the pending check of exactly that
 * text; a publish with a `danger` finding asks first. While a publish is held or its prompt is open,
 * further attempts on that editor are absorbed, and a held publish is replayed at most once.
 */
import type { EditableElement } from './editors';
import type { EditorSession } from './session';

export interface GuardDeps {
  /** The editor's session with its text freshly read, or null when Saring is off. */
  session(el: EditableElement): EditorSession | null;
  /** Shows the prompt; `choose(true)` publishes, `choose(false)` goes back to editing. */
  ask(s: EditorSession, el: EditableElement, choose: (publish: boolean) => void): void;
  /** A held publish went ahead without a prompt (for test builds' signals). */
  released?(el: EditableElement): void;
}

type Hold = 'checking' | 'asking';

export class PublishGuard {
  private readonly holds = new Map<EditableElement, Hold>();
  private replaying = false;

  constructor(private readonly deps: GuardDeps) {}

  /** Whether any publish is held or asking now (the page gets no keys while a prompt is open). */
  get asking(): boolean {
    for (const h of this.holds.values()) if (h === 'asking') return true;
    return false;
  }

  /**
   * Called on a publish attempt before the page sees it; returns true when the caller must stop
   * the event. `replay` publishes exactly as the user asked.
   */
  intercept(el: EditableElement, replay: () => void): boolean {
    if (this.replaying) return false;
    if (this.holds.has(el)) return true;
    const s = this.deps.session(el);
    if (!s || !s.text.trim()) return false;
    if (s.current && !s.danger) return false;
    if (s.current) {
      this.ask(el, s, replay);
      return true;
    }
    this.holds.set(el, 'checking');
    void s.whenCurrent().then(() => {
      if (this.holds.get(el) !== 'checking') return;
      if (s.current && s.danger) {
        this.ask(el, s, replay);
        return;
      }
      // Clean, or the checker is broken: the post goes out once, as the user asked.
      this.holds.delete(el);
      this.deps.released?.(el);
      this.replay(replay);
    });
    return true;
  }

  /** The editor went away: forget its hold. */
  drop(el: EditableElement): void {
    this.holds.delete(el);
  }

  private ask(el: EditableElement, s: EditorSession, replay: () => void): void {
    this.holds.set(el, 'asking');
    let answered = false;
    this.deps.ask(s, el, (publish) => {
      if (answered) return;
      answered = true;
      this.holds.delete(el);
      if (publish) this.replay(replay);
    });
  }

  private replay(replay: () => void): void {
    this.replaying = true;
    try {
      replay();
    } finally {
      this.replaying = false;
    }
  }
}
