/**
 * The content script's adapter: find the editor the user is writing in, keep its text mapped to the
 * DOM, ask the checker off the main thread, draw what comes back, and hold a publish that carries a
 * `danger` finding. It never writes into Facebook's or Lexical's DOM.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '@/rules/types';
import { activeOn, checkConfig, DEFAULT_SETTINGS, loadSettings, updateSettings, watchSettings, type Settings } from '@/utils/settings';
import type { PageInfo, RuntimeMessage, StatEvent, TabRequest } from '@/utils/protocol';
import { createCheckerClient, type Checker } from './checker-client';
import { classifyEditor, editorFromTarget, type EditableElement, type EditorKind } from './editors';
import { TextareaMirror } from './mirror';
import { Overlay } from './overlay';
import { Painter, type Mark } from './painter';
import { extract, rangeFor, type TextMap } from './textmap';
import { announceText, renderCard, renderPrompt, severityRank, type Lang } from './ui';

interface Session {
  el: EditableElement;
  kind: EditorKind;
  map: TextMap | null;
  text: string;
  findings: Finding[];
  shown: Finding[];
  marks: Mark[];
  inFlight: boolean;
  dirty: boolean;
  /** The text the findings belong to; a publish check trusts findings only for the current text. */
  checkedText: string | null;
  waiters: (() => void)[];
  badge: HTMLButtonElement;
  observer: MutationObserver | null;
  mirror: TextareaMirror | null;
  ignoredOnce: Set<string>;
  counted: Set<string>;
}

const POST_LABELS = /^(post|posting|kirim|bagikan|share|publish|terbitkan|send)$/i;

export function startSaring(ctx: ContentScriptContext): void {
  const sessions = new Map<EditableElement, Session>();
  let settings: Settings = DEFAULT_SETTINGS;
  let active = false;
  let overlay: Overlay | null = null;
  let painter: Painter | null = null;
  let checker: Checker | null = null;
  let live: HTMLElement | null = null;
  let card: { el: HTMLElement; session: Session; index: number } | null = null;
  let prompt: HTMLElement | null = null;
  let frame = 0;
  let pruneObserver: IntersectionObserver | null = null;
  let bypass = false;
  let hoverTimer = 0;
  /** Ignored findings as lookup keys, rebuilt when the settings change rather than on every draw. */
  let ignoredKeys = new Set<string>();

  const report = (event: StatEvent): void => {
    const message: RuntimeMessage = { kind: 'stat', event };
    browser.runtime.sendMessage(message).catch(() => {});
  };
  const signal = (name: string, detail: Record<string, unknown> = {}): void => {
    // Test builds announce finished work so end-to-end tests wait on events, not on time.
    if (!__SARING_TEST__) return;
    // Our own overlay element carries the details (event details do not cross into the page's world).
    if (overlay) overlay.host.dataset[`last${name[0]!.toUpperCase()}${name.slice(1).replace(/-./g, (m) => m[1]!.toUpperCase())}`] = JSON.stringify(detail);
    document.dispatchEvent(new CustomEvent(`saring:${name}`));
  };

  const ensureUi = (): void => {
    if (overlay) return;
    overlay = new Overlay();
    painter = new Painter(overlay.layer);
    live = document.createElement('div');
    live.className = 'sr-only';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    overlay.layer.append(live);
    checker = createCheckerClient();
  };

  /** Indonesian unless the user reads Facebook (or, failing that, the browser) in English. */
  const uiLang = (): Lang => {
    const page = document.documentElement.lang.toLowerCase();
    const pick = page.startsWith('en') || page.startsWith('id') ? page : (browser.i18n?.getUILanguage?.() ?? navigator.language).toLowerCase();
    return pick.startsWith('en') ? 'en' : 'id';
  };

  const excerpt = (s: Session, f: Finding): string => s.text.slice(f.start, f.end);
  const key = (s: Session, f: Finding): string => `${f.ruleId}\u0000${excerpt(s, f).trim().toLowerCase()}`;

  // ——— tracking ———
  const track = (el: EditableElement): Session | null => {
    if (!active) return null;
    const existing = sessions.get(el);
    if (existing) return existing;
    ensureUi();
    const badge = document.createElement('button');
    badge.type = 'button';
    badge.className = 'badge';
    badge.hidden = true;
    const s: Session = {
      el,
      kind: classifyEditor(el),
      map: null,
      text: '',
      findings: [],
      shown: [],
      marks: [],
      inFlight: false,
      dirty: false,
      checkedText: null,
      waiters: [],
      badge,
      observer: null,
      mirror: null,
      ignoredOnce: new Set(),
      counted: new Set(),
    };
    badge.dataset.editorKind = s.kind;
    badge.addEventListener('click', () => openCard(s, 0, true));
    overlay!.layer.append(badge);
    if (el instanceof HTMLTextAreaElement) {
      s.mirror = new TextareaMirror(el, overlay!.layer);
      el.addEventListener('input', () => {
        if (!ctx.isInvalid) requestCheck(s);
      });
    } else {
      // Lexical writes the DOM after its own update: the mutation, not the input event, is the moment
      // the text is final. The observer only marks work; checking happens off the main thread.
      s.observer = new MutationObserver(() => {
        if (!ctx.isInvalid) requestCheck(s);
      });
      s.observer.observe(el, { characterData: true, childList: true, subtree: true });
    }
    sessions.set(el, s);
    ensurePruner();
    pruneObserver!.observe(el);
    requestCheck(s);
    schedule();
    return s;
  };

  const forget = (s: Session): void => {
    pruneObserver?.unobserve(s.el);
    s.observer?.disconnect();
    s.mirror?.destroy();
    s.badge.remove();
    painter?.clear(s);
    if (card?.session === s) closeCard(false);
    sessions.delete(s.el);
    for (const w of s.waiters.splice(0)) w();
  };

  /**
   * Editors leaving the page or the screen: an IntersectionObserver on the tracked editors only, so a
   * busy feed's mutations cost Saring nothing (an element removed from the page reports "not
   * intersecting"). It only schedules the next frame's layout.
   */
  const ensurePruner = (): void => {
    pruneObserver ??= new IntersectionObserver(() => {
      if (!ctx.isInvalid) schedule();
    });
  };

  // ——— checking ———
  const readText = (s: Session): string => {
    if (s.el instanceof HTMLTextAreaElement) {
      s.map = null;
      return s.el.value;
    }
    s.map = extract(s.el);
    return s.map.text;
  };

  const requestCheck = (s: Session): void => {
    if (!active || !sessions.has(s.el)) return;
    if (s.inFlight) {
      s.dirty = true;
      return;
    }
    const text = readText(s);
    if (text === s.checkedText) {
      s.text = text;
      draw(s);
      return;
    }
    s.text = text;
    s.inFlight = true;
    s.dirty = false;
    const started = performance.now();
    checker!
      .check(text, checkConfig(settings))
      .then(({ findings }) => {
        s.inFlight = false;
        if (!sessions.has(s.el)) return;
        // A result for an older text is never drawn: check the newest text instead.
        if (s.dirty) {
          requestCheck(s);
          return;
        }
        s.findings = findings;
        s.checkedText = text;
        draw(s);
        for (const w of s.waiters.splice(0)) w();
        signal('checked', { kind: s.kind, text, findings: s.shown.length, ms: performance.now() - started, transport: checker?.transport, opened: checker?.opened });
      })
      .catch(() => {
        s.inFlight = false;
        if (sessions.has(s.el) && active) setTimeout(() => requestCheck(s), 200);
      });
  };

  /** Resolves once the findings belong to the editor's current text. */
  const current = (s: Session): Promise<void> => {
    const text = readText(s);
    if (text === s.checkedText && !s.inFlight) return Promise.resolve();
    return new Promise((resolve) => {
      s.waiters.push(resolve);
      requestCheck(s);
    });
  };

  // ——— drawing ———
  const visibleFindings = (s: Session): Finding[] => {
    const kept = s.findings.filter((f) => !s.ignoredOnce.has(key(s, f)) && !ignoredKeys.has(key(s, f)));
    // "dokumen RAHASIA" and its marking "RAHASIA" say one thing to the user: show the wider one.
    const sameRefs = (a: Finding, b: Finding): boolean => a.refs.length === b.refs.length && a.refs.every((r) => b.refs.includes(r));
    return kept
      .filter((f) => !kept.some((g) => g !== f && sameRefs(f, g) && g.start <= f.start && g.end >= f.end && (g.end - g.start > f.end - f.start || kept.indexOf(g) < kept.indexOf(f)) && severityRank(g.severity) >= severityRank(f.severity)))
      .sort((a, b) => a.start - b.start || severityRank(b.severity) - severityRank(a.severity));
  };

  const draw = (s: Session): void => {
    s.shown = visibleFindings(s);
    s.marks = s.shown.map((f): Mark => {
      if (s.el instanceof HTMLTextAreaElement) {
        const mirror = s.mirror!;
        return { severity: f.severity, range: null, rects: () => mirror.rects(f.start, f.end) };
      }
      const range = s.map ? rangeFor(s.map, f.start, f.end) : null;
      return { severity: f.severity, range, rects: () => (range ? [...range.getClientRects()] : []) };
    });
    painter!.set(s, s.marks);
    for (const f of s.shown) {
      const k = key(s, f);
      if (!s.counted.has(k)) {
        s.counted.add(k);
        report({ kind: 'finding-shown', refs: f.refs });
      }
    }
    const worst = s.shown.reduce((m, f) => Math.max(m, severityRank(f.severity)), 0);
    s.badge.dataset.severity = worst === 3 ? 'danger' : worst === 2 ? 'warning' : worst === 1 ? 'info' : 'ok';
    s.badge.textContent = s.shown.length ? String(s.shown.length) : '✓';
    const label = announceText(s.shown, uiLang());
    s.badge.setAttribute('aria-label', label);
    s.badge.title = label;
    if (live && document.activeElement === s.el && live.textContent !== label) live.textContent = label;
    if (card?.session === s) {
      if (s.shown.length === 0) closeCard(false);
      else openCard(s, Math.min(card.index, s.shown.length - 1), false);
    }
    schedule();
  };

  const layout = (): void => {
    frame = 0;
    for (const s of [...sessions.values()]) {
      if (!s.el.isConnected) {
        forget(s);
        continue;
      }
      const rect = s.el.getBoundingClientRect();
      const visible = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight;
      s.badge.hidden = !visible;
      if (visible) {
        s.badge.style.left = `${Math.round(Math.min(rect.right - 28, innerWidth - 30))}px`;
        s.badge.style.top = `${Math.round(rect.bottom - 26)}px`;
      }
    }
    const html = document.documentElement.classList;
    overlay?.setDark(html.contains('__fb-dark-mode') || (!html.contains('__fb-light-mode') && matchMedia('(prefers-color-scheme: dark)').matches));
    painter?.layout();
    if (card) placeCard(card.el, card.session, card.session.shown[card.index]);
    if (sessions.size === 0) {
      pruneObserver?.disconnect();
      pruneObserver = null;
    }
  };

  const schedule = (): void => {
    if (!frame) frame = ctx.requestAnimationFrame(layout);
  };

  // ——— the card ———
  const placeCard = (el: HTMLElement, s: Session, f: Finding | undefined): void => {
    const mark = f ? s.marks[s.shown.indexOf(f)] : undefined;
    const rect = mark?.rects()[0] ?? s.el.getBoundingClientRect();
    const h = el.offsetHeight || 200;
    const below = rect.bottom + 8 + h < innerHeight;
    el.style.left = `${Math.max(8, Math.min(rect.left, innerWidth - el.offsetWidth - 8))}px`;
    el.style.top = `${below ? rect.bottom + 8 : Math.max(8, rect.top - h - 8)}px`;
  };

  const openCard = (s: Session, index: number, focus: boolean): void => {
    if (!overlay || s.shown.length === 0) return;
    const isNew = !card;
    card?.el.remove();
    const el = renderCard(overlay.layer, s.shown, index, (f) => excerpt(s, f), uiLang(), {
      apply: (f) => applySuggestion(s, f),
      ignore: (f) => {
        // Hidden at once here, and kept in the settings' list of ignored findings (with undo there).
        s.ignoredOnce.add(key(s, f));
        draw(s);
        const entry = { ruleId: f.ruleId, excerpt: excerpt(s, f).trim().toLowerCase(), at: Date.now() };
        void updateSettings((x) => ({ ...x, ignored: [...x.ignored, entry] }));
      },
      allow: (f) => {
        const term = excerpt(s, f).trim();
        void updateSettings((x) => ({ ...x, allowTerms: [...x.allowTerms, term] }));
        closeCard(true);
      },
      close: () => closeCard(true),
      show: (i) => openCard(s, i, true),
    });
    card = { el, session: s, index };
    painter!.setActive(s.marks[index]?.range ?? null);
    placeCard(el, s, s.shown[index]);
    if (focus) el.querySelector<HTMLElement>('.actions .btn')?.focus();
    if (isNew) report({ kind: 'card-opened' });
    signal('card', { ruleId: s.shown[index]?.ruleId });
  };

  const closeCard = (refocus: boolean): void => {
    if (!card) return;
    const s = card.session;
    card.el.remove();
    card = null;
    painter?.setActive(null);
    if (refocus) s.el.focus();
  };

  const applySuggestion = (s: Session, f: Finding): void => {
    const replacement = f.suggestion ?? '';
    closeCard(false);
    s.el.focus();
    if (s.el instanceof HTMLTextAreaElement) {
      s.el.setSelectionRange(f.start, f.end);
    } else {
      const range = s.map ? rangeFor(s.map, f.start, f.end) : null;
      const sel = getSelection();
      if (!range || !sel) return;
      sel.removeAllRanges();
      sel.addRange(range);
    }
    // Through the editor's own input path, so Lexical keeps the text in its state and undo works.
    const done = replacement ? document.execCommand('insertText', false, replacement) : document.execCommand('delete', false);
    if (!done && s.el instanceof HTMLTextAreaElement) {
      s.el.setRangeText(replacement, f.start, f.end, 'end');
      s.el.dispatchEvent(new Event('input', { bubbles: true }));
    }
    report({ kind: 'suggestion-applied' });
  };

  // ——— hover and keyboard ———
  const findingAt = (s: Session, x: number, y: number): number => {
    for (let i = 0; i < s.marks.length; i++) {
      for (const r of s.marks[i]!.rects()) if (x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2) return i;
    }
    return -1;
  };

  // Mouse moves come far faster than frames: hit-test (which reads layout) once per frame at most.
  let pointer: { s: Session; x: number; y: number } | null = null;
  let pointerFrame = 0;
  const hitTest = (): void => {
    pointerFrame = 0;
    if (!pointer) return;
    const { s, x, y } = pointer;
    pointer = null;
    const i = findingAt(s, x, y);
    clearTimeout(hoverTimer);
    if (i >= 0 && (card?.session !== s || card.index !== i)) hoverTimer = window.setTimeout(() => openCard(s, i, false), 350);
  };
  const onPointer = (event: Event): void => {
    const e = event as MouseEvent;
    const el = editorFromTarget(e.target);
    const s = el ? sessions.get(el) : undefined;
    if (!s || s.marks.length === 0) return;
    if (event.type === 'click') {
      const i = findingAt(s, e.clientX, e.clientY);
      clearTimeout(hoverTimer);
      if (i >= 0) openCard(s, i, false);
      return;
    }
    pointer = { s, x: e.clientX, y: e.clientY };
    if (!pointerFrame) pointerFrame = ctx.requestAnimationFrame(hitTest);
  };

  // ——— before publishing ———
  const dangerIn = (s: Session): Finding[] => s.shown.filter((f) => f.severity === 'danger');

  const hold = (s: Session, publish: () => void): void => {
    // The findings must be for exactly this text; wait for them if a check is still running.
    void current(s).then(() => {
      draw(s);
      const danger = dangerIn(s);
      if (danger.length === 0) {
        publish();
        return;
      }
      showPrompt(s, publish);
    });
  };

  const showPrompt = (s: Session, publish: () => void): void => {
    if (!overlay || prompt) return;
    report({ kind: 'publish-check-shown' });
    closeCard(false);
    prompt = renderPrompt(
      overlay.layer,
      s.shown,
      (f) => excerpt(s, f),
      uiLang(),
      () => {
        prompt?.remove();
        prompt = null;
        report({ kind: 'publish-check-went-back' });
        s.el.focus();
        signal('prompt-closed', { choice: 'back' });
      },
      () => {
        prompt?.remove();
        prompt = null;
        report({ kind: 'publish-check-published' });
        s.el.focus();
        publish();
        signal('prompt-closed', { choice: 'publish' });
      },
    );
    signal('prompt', { danger: dangerIn(s).length });
  };

  const mentionPickerOpen = (el: EditableElement): boolean =>
    el.getAttribute('aria-expanded') === 'true' || !!el.getAttribute('aria-activedescendant') || !!document.querySelector('[role="listbox"]:not([hidden]) [role="option"]');

  const onKeydown = (event: Event): void => {
    const e = event as KeyboardEvent;
    if (bypass || !active) return;
    if (prompt) {
      // Nothing reaches the page while the prompt is open.
      if (!(e.composedPath()[0] instanceof Node && overlay?.root.contains(e.composedPath()[0] as Node))) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
      return;
    }
    if (e.key === 'Escape' && card) {
      closeCard(true);
      return;
    }
    const el = editorFromTarget(e.target);
    if (!el) return;
    const s = sessions.get(el) ?? track(el);
    if (!s) return;
    if (e.altKey && e.shiftKey && (e.key === 'S' || e.key === 's' || e.code === 'KeyS')) {
      e.preventDefault();
      if (s.shown.length) openCard(s, 0, true);
      return;
    }
    // Enter publishes a comment (not the composer, where Enter is a new line, nor a textarea).
    if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || e.isComposing || e.keyCode === 229) return;
    if (s.kind === 'composer' || s.kind === 'textarea' || mentionPickerOpen(el)) return;
    const text = readText(s);
    if (!text.trim()) return;
    const knownClean = text === s.checkedText && !s.inFlight && dangerIn(s).length === 0;
    if (knownClean) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    hold(s, () => redispatchEnter(el));
  };

  const redispatchEnter = (el: EditableElement): void => {
    bypass = true;
    try {
      el.focus();
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true }));
    } finally {
      bypass = false;
    }
  };

  const composerFor = (button: Element): Session | undefined => {
    const dialog = button.closest('[role="dialog"]');
    if (!dialog) return undefined;
    for (const s of sessions.values()) if (s.kind === 'composer' && dialog.contains(s.el)) return s;
    const el = dialog.querySelector<HTMLElement>('[contenteditable="true"][role="textbox"]');
    return el ? (track(el) ?? undefined) : undefined;
  };

  const onClick = (event: Event): void => {
    if (bypass || !active) return;
    if (prompt) return;
    const target = event.target as Element | null;
    const button = target?.closest?.('[role="button"], button');
    if (!button || button.getAttribute('aria-disabled') === 'true') return;
    const label = (button.getAttribute('aria-label') ?? button.textContent ?? '').trim();
    if (!POST_LABELS.test(label)) return;
    const s = composerFor(button);
    if (!s) return;
    const text = readText(s);
    if (text === s.checkedText && !s.inFlight && dangerIn(s).length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    hold(s, () => {
      bypass = true;
      try {
        (button as HTMLElement).click();
      } finally {
        bypass = false;
      }
    });
  };

  const onSubmit = (event: Event): void => {
    if (bypass || !active) return;
    const form = event.target as HTMLFormElement;
    const ta = form.querySelector?.('textarea');
    if (!ta) return;
    const s = sessions.get(ta) ?? track(ta);
    if (!s) return;
    if (ta.value === s.checkedText && !s.inFlight && dangerIn(s).length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    hold(s, () => {
      bypass = true;
      try {
        form.requestSubmit();
      } finally {
        bypass = false;
      }
    });
  };

  const onUserEvent = (event: Event): void => {
    const el = editorFromTarget(event.target);
    if (el) track(el);
  };

  // ——— on/off ———
  let resumeTimer = 0;
  const applySettings = (next: Settings): void => {
    settings = next;
    ignoredKeys = new Set(next.ignored.map((i) => `${i.ruleId}\u0000${i.excerpt.trim().toLowerCase()}`));
    clearTimeout(resumeTimer);
    // A pause ends by itself.
    if (next.pausedUntil > Date.now()) resumeTimer = window.setTimeout(() => applySettings(settings), Math.min(next.pausedUntil - Date.now() + 50, 2 ** 31 - 1));
    const shouldBeActive = activeOn(settings, location.hostname);
    if (shouldBeActive && !active) {
      active = true;
      const focused = editorFromTarget(document.activeElement);
      if (focused) track(focused);
    } else if (!shouldBeActive && active) {
      active = false;
      for (const s of [...sessions.values()]) forget(s);
    } else if (active) {
      // Terms or items changed: check every open editor again.
      for (const s of sessions.values()) {
        s.checkedText = null;
        requestCheck(s);
      }
    }
    signal('settings', { active });
  };

  // After an extension reload or update this script is orphaned; Chrome tells us only when asked,
  // so every handler asks first and, once orphaned, the script removes itself and lets events pass.
  const live_ = <E extends Event>(handler: (e: E) => void) => (e: E): void => {
    if (!ctx.isInvalid) handler(e);
  };
  ctx.addEventListener(document, 'focusin', live_(onUserEvent), { capture: true });
  ctx.addEventListener(document, 'beforeinput', live_(onUserEvent), { capture: true });
  ctx.addEventListener(window, 'keydown', live_(onKeydown), { capture: true });
  ctx.addEventListener(window, 'click', live_(onClick), { capture: true });
  ctx.addEventListener(window, 'submit', live_(onSubmit), { capture: true });
  ctx.addEventListener(document, 'mousemove', live_(onPointer), { capture: true, passive: true });
  ctx.addEventListener(document, 'click', live_(onPointer), { capture: true, passive: true });
  ctx.addEventListener(window, 'scroll', live_(schedule), { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', live_(schedule), { passive: true });

  const unwatch = watchSettings(applySettings);
  const onTabMessage = (message: unknown): Promise<PageInfo> | undefined => {
    if ((message as TabRequest)?.kind !== 'page-info' || ctx.isInvalid) return undefined;
    const findings = { info: 0, warning: 0, danger: 0 };
    for (const s of sessions.values()) for (const f of s.shown) findings[f.severity]++;
    return Promise.resolve({ host: location.hostname, active, findings });
  };
  browser.runtime.onMessage.addListener(onTabMessage);
  void loadSettings().then(applySettings);

  ctx.onInvalidated(() => {
    // Extension reloaded or updated: leave the page exactly as Facebook drew it. The extension APIs
    // are gone by now and may throw, so the page comes first and each step stands alone.
    active = false;
    const steps = [
      () => prompt?.remove(),
      () => [...sessions.values()].forEach(forget),
      () => pruneObserver?.disconnect(),
      () => painter?.destroy(),
      () => overlay?.destroy(),
      () => clearTimeout(hoverTimer),
      () => checker?.dispose(),
      () => unwatch(),
      () => clearTimeout(resumeTimer),
      () => browser.runtime.onMessage.removeListener(onTabMessage),
    ];
    for (const step of steps) {
      try {
        step();
      } catch {
        // Nothing left to clean in this step.
      }
    }
  });
  if (__SARING_TEST__) ctx.addEventListener(document, 'saring:test-crash-worker', () => checker?.crashForTest());
  signal('ready');
}
