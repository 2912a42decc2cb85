/**
 * Wires the content script's parts: editors are tracked when the user focuses or types in them, the
 * checker answers off the page's main thread, the view draws, the card explains, and one guard holds
 * every way of publishing. It starts guarding at once with safe defaults; the user's settings and
 * the administrator's policy tighten or loosen it when they arrive. It never writes into the editors.
 */
import { ignoreKey } from '@/rules/present';
import type { ShowConfig } from '@/rules/present';
import { activeOn, checkConfig, DEFAULT_SETTINGS, effectiveSettings, type Policy, type Settings } from '@/utils/settings';
import { editorFromTarget, type EditableElement } from './editors';
import { PublishGuard } from './guard';
import { editorForControl, isPublishKey, publishControl, replayKey } from './intents';
import type { Names } from './names';
import { pointerHandler } from './pointer';
import type { Ports } from './ports';
import { buildUi, type Ui } from './assemble';
import type { Entry } from './tracker';
import type { Lang } from './ui';

/** What the content script gets from WXT's context: listeners and frames that stop on reload. */
export interface Host {
  listen(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void;
  raf(cb: () => void): number;
  isInvalid(): boolean;
  onInvalidated(cb: () => void): void;
}

/** Test builds' announcements; a detail that costs something is passed as a function, run only there. */
export type Signal = (name: string, detail?: Record<string, unknown> | (() => Record<string, unknown>)) => void;


export function startSaring(host: Host, ports: Ports, names: Names, signal: Signal = () => {}): void {
  let user: Settings = DEFAULT_SETTINGS;
  let policy: Policy = {};
  let settings = DEFAULT_SETTINGS;
  let config: ShowConfig = {};
  let active = activeOn(settings, location.hostname);
  let ui: Ui | null = null;

  const lang = (): Lang => {
    const page = document.documentElement.lang.toLowerCase();
    const pick = page.startsWith('en') || page.startsWith('id') ? page : ports.uiLanguage().toLowerCase();
    return pick.startsWith('en') ? 'en' : 'id';
  };

  const track = (el: EditableElement | null): Entry | null => {
    if (!el || !active) return null;
    ui ??= buildUi({ host, ports, names, signal, lang, config: () => config });
    ports.checker.warm();
    return ui.tracker.track(el);
  };

  const guard = new PublishGuard({
    session: (el) => {
      const entry = track(el);
      if (!entry) return null;
      ui!.tracker.read(entry);
      return entry.session;
    },
    ask: (_s, el, choose) => ui!.ask(el, choose),
    released: () => signal('released'),
  });

  const stop = (e: Event): void => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const pickerOpen = (el: Element): boolean =>
    el.getAttribute('aria-expanded') === 'true' || !!el.getAttribute('aria-activedescendant') || !!document.querySelector('[role="listbox"]:not([hidden]) [role="option"]');

  /** Opens the card of an editor with findings, focus on its first action; false when there is none. */
  const openCardIn = (entry: Entry | null | undefined): boolean => {
    if (!active || !ui || !entry || !entry.drawn.length) return false;
    ui.view.render(entry);
    ui.card.open(entry, 0, true);
    return true;
  };

  const onKeydown = (event: Event): void => {
    const e = event as KeyboardEvent;
    if (!active) return;
    if (ui?.prompting) {
      // Nothing reaches the page while the prompt is open.
      if (!ui.overlay.owns(e)) stop(e);
      return;
    }
    if (e.key === 'Escape' && ui?.card.element) return ui.card.close(true);
    // Tab past the card's last control goes back to the editor, where the user was writing.
    const cardEl = ui?.card.element;
    if (e.key === 'Tab' && !e.shiftKey && cardEl && ui?.card.entry) {
      const controls = [...cardEl.querySelectorAll<HTMLElement>('button:not([disabled])')];
      if (e.composedPath()[0] === controls[controls.length - 1]) {
        stop(e);
        return ui.card.entry.el.focus();
      }
    }
    const entry = track(editorFromTarget(e.target));
    if (!entry) return;
    // The shortcut is the manifest command (the browser routes it here through the background, and
    // the user can rebind it); the keys only arrive here where the browser did not take them, as in
    // the test harness. Only when there is a card to open: otherwise the keys (macOS Option+Shift+S
    // types "Í") belong to the editor.
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyS' && openCardIn(entry)) {
      stop(e);
      return;
    }
    if (isPublishKey(e, { kind: entry.kind, pickerOpen: pickerOpen(entry.el) }) && guard.intercept(entry.el, replayKey(entry.el, e))) stop(e);
  };

  const onClick = (e: Event): void => {
    // While a prompt is open the guard absorbs every publish of that editor (no early return here).
    if (!active) return;
    const control = publishControl(e.target);
    const el = control && editorForControl(control);
    if (control && el && guard.intercept(el, () => control.click())) stop(e);
  };

  const onSubmit = (e: Event): void => {
    const form = e.target;
    if (!active || !(form instanceof HTMLFormElement)) return;
    const el = [...form.querySelectorAll('textarea, [contenteditable="true"]')].map(editorFromTarget).find(Boolean) ?? null;
    if (el && guard.intercept(el, () => form.requestSubmit())) stop(e);
  };

  const onPointer = pointerHandler<Entry>({
    entryAt: (target) => {
      const el = editorFromTarget(target);
      const entry = el ? ui?.tracker.get(el) : undefined;
      return entry ? { entry, marks: entry.marks } : null;
    },
    raf: host.raf,
    setTimeout: (cb, ms) => window.setTimeout(cb, ms),
    clearTimeout: (id) => window.clearTimeout(id),
    showing: (entry, i) => ui?.card.entry === entry && ui.card.index === i,
    open: (entry, i, byHover) => {
      ui?.card.open(entry, i, false);
      if (ui) ui.card.byHover = byHover;
    },
    hoverCardOpen: () => !!ui?.card.element && ui.card.byHover,
    overCard: (x, y) => {
      const r = ui?.card.element?.getBoundingClientRect();
      return !!r && x >= r.left - 4 && x <= r.right + 4 && y >= r.top - 4 && y <= r.bottom + 4;
    },
    // A keyboard user who moved into the card keeps it.
    closeHoverCard: () => {
      const el = ui?.card.element;
      if (el && ui!.card.byHover && !el.contains((el.getRootNode() as ShadowRoot | Document).activeElement)) ui!.card.close(false);
    },
  });

  let resumeTimer = 0;
  const applySettings = (): void => {
    settings = effectiveSettings(user, policy).settings;
    config = { ...checkConfig(settings), ignored: settings.ignored.map((i) => ignoreKey(i.ruleId, i.excerpt)) };
    window.clearTimeout(resumeTimer);
    // A pause ends by itself.
    if (settings.pausedUntil > Date.now()) resumeTimer = window.setTimeout(applySettings, Math.min(settings.pausedUntil - Date.now() + 50, 2 ** 31 - 1));
    const should = activeOn(settings, location.hostname);
    if (should !== active) {
      active = should;
      if (active) track(editorFromTarget(document.activeElement));
      else if (ui) {
        ui.card.close(false);
        for (const e of ui.tracker.entries.values()) ui.painter.clear(e);
        ui.tracker.forgetAll();
      }
    } else if (active && ui) for (const e of ui.tracker.entries.values()) e.session.invalidate();
    signal('settings', { active });
  };
  const reloadUser = (): void => void ports.settings.loadUser().then((u) => ((user = u), applySettings()));
  const reloadPolicy = (): void => void ports.settings.loadPolicy().then((p) => ((policy = p), applySettings()));

  const live = (handler: (e: Event) => void) => (e: Event): void => {
    if (!host.isInvalid()) handler(e);
  };
  const discover = live((e) => void track(editorFromTarget(e.target)));
  host.listen(document, 'focusin', discover, { capture: true });
  host.listen(document, 'beforeinput', discover, { capture: true });
  host.listen(window, 'keydown', live(onKeydown), { capture: true });
  host.listen(window, 'click', live(onClick), { capture: true });
  host.listen(window, 'submit', live(onSubmit), { capture: true });
  for (const type of ['mousemove', 'click']) host.listen(document, type, live((e) => onPointer(e as MouseEvent)), { capture: true, passive: true });
  for (const type of ['scroll', 'resize']) host.listen(window, type, live(() => ui?.view.schedule()), { capture: true, passive: true });
  // A press outside the card and its editor closes the card, as a popover would.
  host.listen(document, 'pointerdown', live((e) => {
    const el = ui?.card.element;
    const entry = ui?.card.entry;
    if (!el || !entry) return;
    const path = e.composedPath();
    if (!path.includes(el) && !path.includes(entry.el)) ui!.card.close(false);
  }), { capture: true, passive: true });

  // An editor focused before this script ran is guarded too.
  track(editorFromTarget(document.activeElement));
  const unwatch = [ports.settings.watchUser(reloadUser), ports.settings.watchPolicy(reloadPolicy)];
  const unanswer = ports.onTabRequest({
    pageInfo: () => {
      const findings = { info: 0, warning: 0, danger: 0 };
      for (const e of ui?.tracker.entries.values() ?? []) for (const f of e.drawn) findings[f.severity]++;
      return { host: location.hostname, active, findings };
    },
    // The command: the editor the user is writing in (or, from the card, its editor).
    openCard: () => openCardIn(track(editorFromTarget(document.activeElement)) ?? ui?.card.entry),
  });
  reloadUser();
  reloadPolicy();

  host.onInvalidated(() => {
    // Extension reloaded or updated: leave the page exactly as Facebook drew it. The extension APIs
    // are gone by now and may throw, so each step stands alone.
    active = false;
    const steps = [() => ui?.destroy(), () => ports.checker.dispose(), ...unwatch, unanswer];
    for (const step of steps) {
      try {
        step();
      } catch {
        // Nothing left to clean in this step.
      }
    }
  });
  signal('ready');
}
