// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeNames, TEST_NAMES } from './names';
import { startSaring } from './start';
import { commentBox, fakeHost, fakePorts, installDomShims, setText, stopAllHosts } from './testing';

installDomShims();

const overlay = () => document.querySelector(TEST_NAMES.host)?.shadowRoot as ShadowRoot;
const tick = () => new Promise((r) => setTimeout(r));
/** Lets checks answer and runs the frame that draws them. */
async function settle(host: ReturnType<typeof fakeHost>): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await tick();
    host.frame();
  }
}
/** A comment box holding `text`, Saring started on the page and the box focused and drawn. */
async function started(text: string, options: Parameters<typeof fakePorts>[0] = {}) {
  const box = commentBox(text);
  const host = fakeHost();
  const { ports, checker } = fakePorts(options);
  startSaring(host, ports, TEST_NAMES);
  box.editor.focus();
  await settle(host);
  return { ...box, host, ports, checker };
}

const enter = (el: Element, init: KeyboardEventInit = {}) => {
  const e = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, ...init });
  el.dispatchEvent(e);
  return e;
};

afterEach(stopAllHosts);
beforeEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'id';
});

describe('startSaring', () => {
  it('checks an editor that was focused before it started', async () => {
    const { editor } = commentBox('Dasar goblok');
    editor.focus();
    const host = fakeHost();
    const { ports } = fakePorts();
    startSaring(host, ports, TEST_NAMES);
    await settle(host);
    expect(overlay().querySelector('.badge')?.textContent).toBe('1');
  });

  it('guards from the first keystroke even while settings and policy have not loaded', async () => {
    const { editor } = commentBox('Dokumen RAHASIA');
    const host = fakeHost();
    const { ports } = fakePorts({ neverLoad: true });
    startSaring(host, ports, TEST_NAMES);
    editor.focus();
    const published = vi.fn();
    document.body.addEventListener('keydown', published);
    expect(enter(editor).defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(overlay().querySelector('.prompt')).not.toBeNull());
    expect(published).not.toHaveBeenCalled();
  });

  it("holds the send icon's click; 'publish anyway' replays it once, 'go back' never", async () => {
    const { send, ports } = await started('Dokumen RAHASIA');
    const clicks = vi.fn();
    send.addEventListener('click', clicks);
    send.click();
    // A second click, or a keyboard activation, while the prompt is open is absorbed too.
    send.click();
    expect(clicks).not.toHaveBeenCalled();
    expect(overlay().querySelector('.prompt')).not.toBeNull();
    overlay().querySelector<HTMLElement>('.btn-back')!.click();
    expect(clicks).not.toHaveBeenCalled();
    send.click();
    overlay().querySelector<HTMLElement>('.btn-publish')!.click();
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(ports.stats.map((s) => s.kind)).toContain('publish-check-went-back');
  });

  it('a clean comment goes out untouched once checked, and waits for a pending check only', async () => {
    const { editor } = commentBox('Selamat pagi');
    const host = fakeHost();
    const { ports, checker } = fakePorts({ manualChecks: true });
    startSaring(host, ports, TEST_NAMES);
    editor.focus();
    const published = vi.fn();
    document.body.addEventListener('keydown', published);
    expect(enter(editor).defaultPrevented).toBe(true);
    expect(enter(editor).defaultPrevented).toBe(true);
    await checker.flush();
    // The held Enter is replayed once; the second was absorbed.
    await vi.waitFor(() => expect(published).toHaveBeenCalledTimes(1));
    expect(enter(editor).defaultPrevented).toBe(false);
  });

  it('Alt+Shift+S opens the card only when there are findings', async () => {
    const { editor, host } = await started('Selamat pagi');
    const shortcut = () => {
      const e = new KeyboardEvent('keydown', { key: 'Í', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true, cancelable: true });
      editor.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(shortcut()).toBe(false);
    setText(editor, 'Dasar goblok');
    await settle(host);
    expect(shortcut()).toBe(true);
    expect(overlay().querySelector('.card .quote')?.textContent).toBe('«goblok»');
  });

  it('a press outside the card and its editor closes the card; inside either, it stays', async () => {
    const { editor, host } = await started('Dasar goblok');
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true, cancelable: true }));
    const press = (el: EventTarget) => el.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(overlay().querySelector('.card')).not.toBeNull();
    press(overlay().querySelector('.card .quote')!);
    press(editor);
    expect(overlay().querySelector('.card')).not.toBeNull();
    const elsewhere = document.body.appendChild(document.createElement('div'));
    press(elsewhere);
    expect(overlay().querySelector('.card')).toBeNull();
    await settle(host);
  });

  it('Tab from the card’s last control returns to the editor', async () => {
    const { editor } = await started('Dasar goblok');
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true, cancelable: true }));
    const buttons = [...overlay().querySelectorAll<HTMLElement>('.card button')];
    const last = buttons[buttons.length - 1]!;
    last.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true, cancelable: true });
    last.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(editor);
    // Elsewhere in the card, Tab moves on as usual.
    buttons[0]!.focus();
    const early = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true, cancelable: true });
    buttons[0]!.dispatchEvent(early);
    expect(early.defaultPrevented).toBe(false);
  });

  it('ignore hides the finding at once and stores the words as a normalised key', async () => {
    const { host, ports } = await started('Dasar goblok');
    overlay().querySelector<HTMLElement>('.badge')!.click();
    overlay().querySelector<HTMLElement>('.card .btn-ignore')!.click();
    await settle(host);
    expect(ports.stored().ignored).toEqual([expect.objectContaining({ ruleId: 'insult', excerpt: 'goblok' })]);
    expect(overlay().querySelector('.badge')?.textContent).toBe('✓');
  });

  it('offers no "always allow" for a danger finding', async () => {
    await started('Dokumen RAHASIA');
    overlay().querySelector<HTMLElement>('.badge')!.click();
    expect(overlay().querySelector('.card .btn-ignore')).not.toBeNull();
    expect(overlay().querySelector('.card .btn-allow')).toBeNull();
  });

  it('switched off by the settings, it forgets editors and guards nothing', async () => {
    const { editor } = commentBox('Dokumen RAHASIA');
    const host = fakeHost();
    const { ports } = fakePorts({ settings: { enabled: false } });
    startSaring(host, ports, TEST_NAMES);
    await settle(host);
    editor.focus();
    expect(enter(editor).defaultPrevented).toBe(false);
    expect(overlay()?.querySelector('.badge') ?? null).toBeNull();
  });

  it('leaves the page as it was when the extension is reloaded', async () => {
    const { host } = await started('Dasar goblok');
    host.invalidate();
    expect(document.querySelector(TEST_NAMES.host)).toBeNull();
  });
});

describe('names', () => {
  it('store builds get random names and a closed shadow root; test builds fixed, open ones', () => {
    const a = makeNames(false);
    const b = makeNames(false);
    expect(a.shadow).toBe('closed');
    expect(a.host).toMatch(/^[a-z]+-[a-z]+$/);
    expect(a.host).not.toBe(b.host);
    expect(JSON.stringify(a)).not.toMatch(/saring/i);
    expect(makeNames(true)).toEqual(TEST_NAMES);
  });
});
