/**
 * Builds Saring's UI in the page on first use: the overlay, the marks, the tracked editors, the view,
 * the card and the prompt before publishing, wired to each other and to the ports.
 */
import { fnv1a, ignoreKey, type ShowConfig } from '@/rules/present';
import { CardController, keyOf } from './card';
import type { EditableElement } from './editors';
import type { Names } from './names';
import { Overlay } from './overlay';
import { Painter } from './painter';
import type { Ports } from './ports';
import type { Host, Signal } from './start';
import { Tracker, type Entry } from './tracker';
import { renderPrompt } from './prompt';
import type { Lang } from './ui';
import { View } from './view';

export interface Ui {
  overlay: Overlay;
  painter: Painter;
  tracker: Tracker;
  view: View;
  card: CardController;
  /** Asks before a publish with a `danger` finding; `choose(true)` publishes. */
  ask(el: EditableElement, choose: (publish: boolean) => void): void;
  readonly prompting: boolean;
  destroy(): void;
}

export interface UiDeps {
  host: Host;
  ports: Ports;
  names: Names;
  signal: Signal;
  lang(): Lang;
  config(): ShowConfig;
}

/**
 * Test builds name the checked text in their signal; a long text by its length and a hash, so the
 * signal itself (a data attribute) never costs the page a long task.
 */
export function signalText(text: string): string {
  return text.length <= 2000 ? text : `#${text.length}:${fnv1a(text)}`;
}

export function buildUi({ host, ports, names, signal, lang, config }: UiDeps): Ui {
  const counted = new WeakMap<Entry, Set<string>>();
  let prompt: HTMLElement | null = null;
  const overlay = new Overlay(names);
  const painter = new Painter(overlay.layer, names);
  const live = document.createElement('div');
  live.className = 'sr-only';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  overlay.layer.append(live);
  const tracker: Tracker = new Tracker({
    check: (text) => ports.checker.check(text, config()),
    keyOf,
    layer: overlay.layer,
    changed: (entry) => view.invalidate(entry),
    badgeClicked: (entry) => {
      view.render(entry);
      card.open(entry, 0, true);
    },
    failed: (entry) => window.setTimeout(() => !host.isInvalid() && entry.session.retry(), 200),
    moved: () => !host.isInvalid() && view.schedule(),
  });
  const card: CardController = new CardController({
    layer: overlay.layer,
    tracker,
    lang,
    render: (entry) => view.render(entry),
    setActive: (range) => painter.setActive(range),
    ignore: (ruleId, excerpt) => {
      const key = ignoreKey(ruleId, excerpt);
      for (const e of tracker.entries.values()) e.session.hide(key);
      void ports.settings.add({ ignored: { ruleId, excerpt: key.slice(key.indexOf('\u0000') + 1), at: Date.now() } });
    },
    allow: (phrase, ruleId) => {
      // Hidden at once; the stored phrase then keeps every rule off these words.
      for (const e of tracker.entries.values()) e.session.hide(ignoreKey(ruleId, phrase));
      void ports.settings.add({ allowTerm: phrase });
    },
    applied: () => ports.stat({ kind: 'suggestion-applied' }),
    opened: (ruleId, isNew) => {
      if (isNew) ports.stat({ kind: 'card-opened' });
      signal('card', { ruleId });
    },
  });
  const view: View = new View({
    tracker,
    painter,
    live,
    raf: host.raf,
    lang,
    dark: () => {
      const html = document.documentElement.classList;
      return html.contains('__fb-dark-mode') || (!html.contains('__fb-light-mode') && matchMedia('(prefers-color-scheme: dark)').matches);
    },
    setDark: (dark) => overlay.setDark(dark),
    afterLayout: () => card.place(),
    drawn: (entry) => {
      card.refresh(entry);
      signal('drawn', { current: entry.session.current });
      // Test builds: "checked" means the findings of exactly this text are drawn.
      if (entry.session.current) signal('checked', () => ({ kind: entry.kind, text: signalText(entry.session.text), findings: entry.drawn.length, opened: ports.checker.opened }));
      const seen = counted.get(entry) ?? new Set<string>();
      counted.set(entry, seen);
      for (const f of entry.drawn) {
        // Counted once per rule and words as typed: a cheap key on every draw (no normalising per keystroke).
        const k = `${f.ruleId}\u0000${entry.drawnText.slice(f.start, f.end)}`;
        if (!seen.has(k) && seen.add(k)) ports.stat({ kind: 'finding-shown', refs: f.refs });
      }
    },
  });
  const ask = (el: EditableElement, choose: (publish: boolean) => void): void => {
    const entry = tracker.get(el)!;
    view.render(entry);
    card.close(false);
    ports.stat({ kind: 'publish-check-shown' });
    const text = entry.drawnText;
    const done = (publish: boolean): void => {
      prompt?.remove();
      prompt = null;
      ports.stat({ kind: publish ? 'publish-check-published' : 'publish-check-went-back' });
      el.focus();
      choose(publish);
      signal('prompt-closed', { choice: publish ? 'publish' : 'back' });
    };
    prompt = renderPrompt(overlay.layer, entry.drawn, (f) => text.slice(f.start, f.end), lang(), () => done(false), () => done(true));
    signal('prompt', { danger: entry.session.counts.danger });
  };

  return {
    overlay,
    painter,
    tracker,
    view,
    card,
    ask,
    get prompting() {
      return prompt !== null;
    },
    destroy() {
      prompt?.remove();
      tracker.forgetAll();
      painter.destroy();
      overlay.destroy();
    },
  };
}
