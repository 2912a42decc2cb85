// @vitest-environment jsdom
/**
 * The options page and the popup as the browser loads them (their entrypoint scripts), with the
 * content script writing to the same storage from its own copy of the settings module, as it does
 * from a tab. Only names the entrypoints have always had are used, so these tests also run
 * against the code from before pages watched storage (where they fail).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';

type SettingsModule = typeof import('@/utils/settings');

const GOBLOK = { ruleId: 'e7-hinaan', excerpt: 'goblok', at: 1 };

/** Lets every pending storage read, write and change event run, then renders. */
const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

/** Runs an entrypoint's script into a fresh #root, then gives the content script its own module copy. */
async function open(entry: 'options' | 'popup'): Promise<{ root: HTMLElement; content: SettingsModule }> {
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  vi.resetModules();
  await act(async () => {
    await (entry === 'options' ? import('@/entrypoints/options/main') : import('@/entrypoints/popup/main'));
  });
  await settle();
  vi.resetModules();
  const content = await import('@/utils/settings');
  return { root, content };
}

const $ = <T extends Element = HTMLElement>(root: Element, id: string) => root.querySelector<T>(`[data-testid="${id}"]`)!;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('id');
  // The fake browser has no manifest; the page reads only its version for the About section.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Saring', version: '0.0.0' });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('the options page', () => {
  it('keeps a finding ignored from the card while it is open, through a toggle made there', async () => {
    const { root, content } = await open('options');
    expect(root.textContent).toContain('Tidak ada temuan yang diabaikan.');

    // The content script: "Abaikan" on a card in a Facebook tab.
    await content.updateSettings((s) => ({ ...s, ignored: [...s.ignored, GOBLOK] }));
    await settle();
    // Then the user switches an item off on the page that was already open.
    await act(async () => $(root, 'toggle-larangan-4').click());
    await settle();

    const stored = await content.loadUserSettings();
    expect(stored.ignored).toEqual([GOBLOK]);
    expect(stored.disabledItems).toEqual(['larangan-4']);
    expect($(root, 'ignored-list').textContent).toContain('«goblok»');
  });

  it('loses none of several quick changes', async () => {
    const { root, content } = await open('options');
    await act(async () => {
      $(root, 'toggle-larangan-1').click();
      $(root, 'toggle-larangan-2').click();
      $(root, 'sens-strict').click();
    });
    await settle();
    const stored = await content.loadUserSettings();
    expect(stored.disabledItems).toEqual(['larangan-1', 'larangan-2']);
    expect(stored.sensitivity).toBe('strict');
  });
});

describe('the popup', () => {
  it('follows a change made elsewhere while it is open, and keeps it through its own change', async () => {
    const { root, content } = await open('popup');
    expect(root.textContent).toContain('Jeda 1 jam');

    // Another page switches the language and the content script ignores a finding.
    await content.updateSettings((s) => ({ ...s, uiLang: 'en', ignored: [...s.ignored, GOBLOK] }));
    await settle();
    expect(root.textContent).toContain('Pause for 1 hour');

    const pause = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Pause for 1 hour')!;
    await act(async () => pause.click());
    await settle();
    const stored = await content.loadUserSettings();
    expect(stored.pausedUntil).toBeGreaterThan(Date.now());
    expect(stored.uiLang).toBe('en');
    expect(stored.ignored).toEqual([GOBLOK]);
    expect(root.textContent).toContain('Paused until');
  });
});
