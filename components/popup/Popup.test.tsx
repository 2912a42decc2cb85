// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { Popup, type PopupApi } from './Popup';
import { loadUserSettings, updateSettings, watchUserSettings, type Settings } from '@/utils/settings';
import { dayKey, type Stats } from '@/utils/stats';

const NOW = new Date('2026-11-29T10:00:00').getTime();

// Settings go through the real functions over the fake browser's storage; `settings` reads back
// what was stored.
function fakeApi(over: Partial<PopupApi> = {}) {
  const stats: Stats = { [dayKey(new Date(NOW))]: { findings: { 'larangan-5': 3, 'etika-7': 1 }, cardsOpened: 2, suggestionsApplied: 1, publishChecks: 4, wentBack: 1, publishedAnyway: 3 } };
  const api: PopupApi = {
    loadUserSettings,
    watchUserSettings,
    updateSettings,
    loadStats: async () => stats,
    clearStats: vi.fn(async () => {}),
    pageInfo: async () => ({ host: 'www.facebook.com', active: true, findings: { info: 0, warning: 1, danger: 0 } }),
    openSettings: vi.fn(),
    shortcut: async () => 'Alt+Shift+S',
    browserLang: 'id',
    now: () => NOW,
    ...over,
  };
  return { api, settings: (): Promise<Settings> => loadUserSettings() };
}

/** Lets every pending storage read, write and change event run, then renders. */
const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

async function mount(api: PopupApi) {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  await act(async () => render(<Popup api={api} />, root));
  await settle();
  return root;
}

beforeEach(() => fakeBrowser.reset());
// Unmounting runs the pages' clean-up, which stops their storage watchers.
const roots: HTMLElement[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) render(null, root);
  document.body.innerHTML = '';
});

describe('the popup', () => {
  it('summarises every item of the guideline in Indonesian, with the source', async () => {
    const root = await mount(fakeApi().api);
    for (const id of ['asas-faktual', 'asas-akuntabel', 'larangan-1', 'larangan-7', 'etika-1', 'etika-8']) expect(root.querySelector(`[data-testid="item-${id}"]`)).not.toBeNull();
    // Items by their number and title, as people name them; no internal ids on screen.
    expect(root.querySelector('[data-testid="item-larangan-1"] summary')?.textContent).toContain('Larangan 1 · Tidak menentang kebijakan');
    expect(root.textContent).not.toMatch(/asas-faktual|larangan-1\b|etika-8/);
    expect(root.querySelectorAll('details')).toHaveLength(24);
    expect(root.textContent).toContain('Tidak menyebarkan informasi rahasia');
    // Each group cites its own source, with what that source was written for.
    const source = (g: string) => root.querySelector(`[data-testid="group-${g}"] .group-source`)?.textContent ?? '';
    expect(source('asas')).toContain('PermenPAN-RB No. 83 Tahun 2012');
    expect(source('larangan')).toContain('arahan Kodim 0818');
    expect(source('larangan')).toContain('anggota TNI dan PNS');
    expect(source('etika')).toContain('praktisi humas pemerintah');
  });

  it('shows the keyboard shortcut as the browser has it bound, or how to set it', async () => {
    expect((await mount(fakeApi().api)).querySelector('[data-testid="shortcut"]')!.textContent).toContain('Alt+Shift+S: buka penjelasan temuan di kotak tulisan');
    expect((await mount(fakeApi({ shortcut: async () => '' }).api)).querySelector('[data-testid="shortcut"]')!.textContent).toContain('Belum diatur');
  });

  it('shows English when the browser is in English, and switches language on request', async () => {
    const f = fakeApi({ browserLang: 'en-US' });
    const root = await mount(f.api);
    expect(root.textContent).toContain('Filter before you share');
    const select = root.querySelector('select')!;
    await act(async () => {
      select.value = 'id';
      select.dispatchEvent(new Event('change'));
    });
    await settle();
    expect((await f.settings()).uiLang).toBe('id');
    expect(root.textContent).toContain('Saring sebelum sharing');
  });

  it('searches the guideline', async () => {
    const root = await mount(fakeApi().api);
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    await act(async () => {
      input.value = 'meme';
      input.dispatchEvent(new Event('input'));
    });
    const shown = [...root.querySelectorAll('details')].map((d) => d.dataset.testid);
    expect(shown).toEqual(['item-larangan-6']);
  });

  it('shows today’s counts by item, and leaves research figures to the settings page', async () => {
    const root = await mount(fakeApi().api);
    const today = root.querySelector('[data-testid="today"]')!.textContent!;
    expect(today).toContain('Tidak menyebarkan informasi rahasia');
    expect(today).toMatch(/Larangan 5 · Tidak menyebarkan informasi rahasia\s*3/);
    expect(root.textContent).not.toMatch(/Penelitian|22–34%/);
  });

  it('turns Saring off for this site and pauses it for an hour', async () => {
    const f = fakeApi();
    const root = await mount(f.api);
    const box = root.querySelector<HTMLInputElement>('[data-testid="site"] input[type="checkbox"]')!;
    expect(box.checked).toBe(true);
    await act(async () => box.click());
    await settle();
    expect((await f.settings()).disabledSites).toEqual(['www.facebook.com']);
    expect(box.checked).toBe(false);
    const pause = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Jeda 1 jam')!;
    await act(async () => pause.click());
    await settle();
    expect((await f.settings()).pausedUntil).toBe(NOW + 3_600_000);
    expect(root.textContent).toContain('Dijeda sampai');
  });

  it('says so on pages that are not Facebook', async () => {
    const root = await mount(fakeApi({ pageInfo: async () => null }).api);
    expect(root.querySelector('[data-testid="site"]')!.textContent).toContain('Saring hanya bekerja di facebook.com.');
  });
});
