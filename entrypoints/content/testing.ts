/**
 * Fakes for the content script's unit tests (jsdom): a checker that answers when told to, settings
 * in memory, a host whose frames run when flushed, and the browser APIs jsdom lacks.
 */
import { present, type Presented, type ShowConfig } from '@/rules/present';
import type { Finding } from '@/rules/types';
import { applyAddition, DEFAULT_SETTINGS, type Policy, type Settings } from '@/utils/settings';
import type { StatEvent } from '@/utils/protocol';
import type { CheckerClient, CheckResult } from './checker-client';
import type { Ports } from './ports';
import type { Host } from './start';

/** jsdom has no layout, observers of visibility, contentEditable or media queries. */
export function installDomShims(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g.IntersectionObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  g.matchMedia ??= () => ({ matches: false });
  if (!Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'isContentEditable')?.get) {
    Object.defineProperty(HTMLElement.prototype, 'isContentEditable', {
      configurable: true,
      get(this: HTMLElement) {
        return this.getAttribute('contenteditable') === 'true' || !!this.parentElement?.isContentEditable;
      },
    });
  }
  if (!('getClientRects' in Range.prototype)) Object.assign(Range.prototype, { getClientRects: () => [], getBoundingClientRect: () => new DOMRect() });
}

/** Flags "goblok" (warning) and "RAHASIA" (danger) the way the real checker would shape findings. */
export function fakeFindings(text: string): Finding[] {
  return [...text.matchAll(/goblok|RAHASIA/g)].map((m) => ({
    ruleId: m[0] === 'goblok' ? 'insult' : 'mark',
    refs: m[0] === 'goblok' ? ['etika-7'] : ['larangan-5'],
    severity: m[0] === 'goblok' ? 'warning' : 'danger',
    start: m.index!,
    end: m.index! + m[0].length,
    message: { id: 'pesan', en: 'message' },
    suggestion: m[0] === 'RAHASIA' ? '[dirahasiakan]' : undefined,
  }));
}

export function fakeChecker(options: { manual?: boolean } = {}) {
  const pending: { text: string; config: ShowConfig; resolve: (r: CheckResult) => void }[] = [];
  const answer = (p: (typeof pending)[number]): void => {
    const r: Presented = present(p.text, fakeFindings(p.text), { ignored: p.config.ignored, allowed: p.config.allowTerms });
    p.resolve({ ...r, ms: 0 });
  };
  const client: CheckerClient & { pending: typeof pending; flush(): Promise<void>; warmed: number } = {
    pending,
    warmed: 0,
    transport: 'fake',
    opened: 1,
    check(text, config) {
      return new Promise((resolve) => {
        const p = { text, config, resolve };
        if (options.manual) pending.push(p);
        else queueMicrotask(() => answer(p));
      });
    },
    warm() {
      client.warmed++;
    },
    dispose() {},
    async flush() {
      while (pending.length) {
        answer(pending.shift()!);
        await Promise.resolve();
      }
      await new Promise((r) => setTimeout(r));
    },
  };
  return client;
}

export function fakePorts(options: { manualChecks?: boolean; settings?: Partial<Settings>; policy?: Policy; neverLoad?: boolean } = {}) {
  let stored: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const userWatchers: (() => void)[] = [];
  const stats: StatEvent[] = [];
  const checker = fakeChecker({ manual: options.manualChecks });
  const never = new Promise<never>(() => {});
  const ports: Ports & { stats: StatEvent[]; stored(): Settings } = {
    checker,
    stats,
    stored: () => stored,
    settings: {
      loadUser: () => (options.neverLoad ? never : Promise.resolve(stored)),
      loadPolicy: () => (options.neverLoad ? never : Promise.resolve(options.policy ?? {})),
      watchUser: (cb) => (userWatchers.push(cb), () => {}),
      watchPolicy: () => () => {},
      add: async (addition) => {
        stored = applyAddition(stored, addition);
        for (const w of userWatchers) w();
      },
    },
    stat: (e) => stats.push(e),
    onTabRequest: () => () => {},
    uiLanguage: () => 'id',
  };
  return { ports, checker };
}

const hosts: { invalidate(): void }[] = [];

/** A host whose animation frames run when the test flushes them; `invalidate` removes every listener. */
export function fakeHost() {
  const frames: (() => void)[] = [];
  const invalidated: (() => void)[] = [];
  const abort = new AbortController();
  const host: Host & { frame(): void; invalidate(): void } = {
    listen: (target, type, handler, options) => target.addEventListener(type, handler, { ...options, signal: abort.signal }),
    raf: (cb) => frames.push(cb),
    isInvalid: () => abort.signal.aborted,
    onInvalidated: (cb) => invalidated.push(cb),
    frame() {
      for (const cb of frames.splice(0)) cb();
    },
    invalidate() {
      if (abort.signal.aborted) return;
      abort.abort();
      for (const cb of invalidated) cb();
    },
  };
  hosts.push(host);
  return host;
}

/** Ends every host a test started (call in afterEach), as an extension reload would. */
export function stopAllHosts(): void {
  for (const h of hosts.splice(0)) h.invalidate();
}

/** A contenteditable editor as Facebook draws a comment box, in a form with a send icon. */
export function commentBox(text = ''): { form: HTMLFormElement; editor: HTMLElement; send: HTMLElement } {
  const form = document.createElement('form');
  form.setAttribute('role', 'presentation');
  const editor = document.createElement('div');
  editor.setAttribute('contenteditable', 'true');
  editor.setAttribute('role', 'textbox');
  editor.innerHTML = `<p><span>${text}</span></p>`;
  const send = document.createElement('div');
  send.setAttribute('role', 'button');
  send.setAttribute('aria-label', 'Komentari');
  form.append(editor, send);
  document.body.append(form);
  return { form, editor, send };
}

export function setText(editor: HTMLElement, text: string): void {
  editor.querySelector('span')!.textContent = text;
}
