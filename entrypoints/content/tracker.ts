/**
 * The editors Saring follows: one entry per editor the user focused or typed in, with its session,
 * its text map, its badge and the observer that reads its text after each change. Only tracked
 * editors are observed, so a busy feed's mutations cost nothing; editors that leave are forgotten.
 */
import type { Finding } from '@/rules/types';
import { classifyEditor, type EditableElement, type EditorKind } from './editors';
import { TextareaMirror } from './mirror';
import type { Mark } from './painter';
import { EditorSession, type CheckFn, type KeyFn } from './session';
import { extract, type TextMap } from './textmap';

/** Texts longer than this are read after the mutation's task rather than inside it. */
const LONG_READ = 20_000;

export interface Entry {
  el: EditableElement;
  kind: EditorKind;
  session: EditorSession;
  /** The DOM map of the text last read (null for a textarea). */
  map: TextMap | null;
  mirror: TextareaMirror | null;
  badge: HTMLButtonElement;
  /** What is drawn now, with offsets into `drawnText`. */
  drawn: Finding[];
  drawnText: string;
  marks: Mark[];
}

export interface TrackerDeps {
  check: CheckFn;
  keyOf: KeyFn;
  layer: HTMLElement;
  /** The session's findings changed. */
  changed(entry: Entry): void;
  badgeClicked(entry: Entry): void;
  /** A check failed (the checker is restarting); the tracker retries. */
  failed(entry: Entry, error: unknown): void;
  /** A tracked editor moved in or out of view, or left the page. */
  moved(): void;
}

export class Tracker {
  readonly entries = new Map<EditableElement, Entry>();
  private readonly observers = new Map<Entry, MutationObserver | (() => void)>();
  /** One IntersectionObserver on the tracked editors only: an editor removed from the page reports too. */
  private visibility: IntersectionObserver | null = null;

  constructor(private readonly deps: TrackerDeps) {}

  get(el: EditableElement): Entry | undefined {
    return this.entries.get(el);
  }

  track(el: EditableElement): Entry {
    const existing = this.entries.get(el);
    if (existing) return existing;
    const badge = document.createElement('button');
    badge.type = 'button';
    badge.className = 'badge';
    // Not a tab stop: drawn at the end of the page, it would be the page's last one. Keyboard users open
    // the card from the editor with the shortcut (the welcome page and the popup name it).
    badge.tabIndex = -1;
    badge.hidden = true;
    const entry: Entry = {
      el,
      kind: classifyEditor(el),
      session: undefined as unknown as EditorSession,
      map: null,
      mirror: null,
      badge,
      drawn: [],
      drawnText: '',
      marks: [],
    };
    entry.session = new EditorSession(this.deps.check, this.deps.keyOf, () => this.deps.changed(entry), (e) => this.deps.failed(entry, e));
    badge.dataset.editorKind = entry.kind;
    badge.addEventListener('click', () => this.deps.badgeClicked(entry));
    this.deps.layer.append(badge);
    if (el instanceof HTMLTextAreaElement) {
      entry.mirror = new TextareaMirror(el, this.deps.layer);
      const onInput = (): void => void this.read(entry);
      el.addEventListener('input', onInput);
      this.observers.set(entry, () => el.removeEventListener('input', onInput));
    } else {
      // Lexical writes the DOM after its own update: the mutation is the moment the text is final.
      // A long text is read in a task of its own, so Saring's work never lengthens the page's (a
      // 1 MB paste is already a long task for the editor).
      let later = 0;
      const observer = new MutationObserver(() => {
        if ((el.textContent?.length ?? 0) <= LONG_READ) return void this.read(entry);
        later ||= window.setTimeout(() => {
          later = 0;
          if (this.entries.get(el) === entry) this.read(entry);
        });
      });
      observer.observe(el, { characterData: true, childList: true, subtree: true });
      this.observers.set(entry, observer);
    }
    this.entries.set(el, entry);
    this.visibility ??= new IntersectionObserver(() => this.deps.moved());
    this.visibility.observe(el);
    this.read(entry);
    return entry;
  }

  /** Reads the editor's text now (with a fresh DOM map) and hands it to its session. */
  read(entry: Entry): string {
    let text: string;
    if (entry.el instanceof HTMLTextAreaElement) {
      text = entry.el.value;
    } else {
      entry.map = extract(entry.el);
      text = entry.map.text;
    }
    entry.session.update(text);
    return text;
  }

  forget(entry: Entry): void {
    const o = this.observers.get(entry);
    if (o instanceof MutationObserver) o.disconnect();
    else o?.();
    this.observers.delete(entry);
    this.visibility?.unobserve(entry.el);
    entry.mirror?.destroy();
    entry.badge.remove();
    entry.session.close();
    this.entries.delete(entry.el);
  }

  forgetAll(): void {
    for (const e of [...this.entries.values()]) this.forget(e);
    this.visibility?.disconnect();
    this.visibility = null;
  }
}
