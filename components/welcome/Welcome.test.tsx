// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { Welcome, type WelcomeApi } from './Welcome';
import { loadUserSettings, updateSettings, watchUserSettings } from '@/utils/settings';

const roots: HTMLElement[] = [];
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  for (const root of roots.splice(0)) render(null, root);
  document.body.innerHTML = '';
});

async function mount(over: Partial<WelcomeApi> = {}) {
  const api: WelcomeApi = { loadUserSettings, watchUserSettings, updateSettings, openSettings: vi.fn(), privacyUrl: 'chrome-extension://x/privacy.html', browserLang: 'id', ...over };
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  await act(async () => render(<Welcome api={api} />, root));
  await act(async () => void (await new Promise((r) => setTimeout(r, 0))));
  return { root, api };
}

/** The practice box checks a moment after the last key. */
const afterCheck = () => act(async () => void (await new Promise((r) => setTimeout(r, 200))));

describe('the welcome page', () => {
  it('says what Saring checks, that nothing leaves the device, and that it is no official product', async () => {
    const { root } = await mount();
    expect(root.textContent).toContain('Selamat datang di Saring');
    expect(root.textContent).toContain('Tidak ada yang keluar dari perangkat Anda');
    expect(root.textContent).toContain('Bukan produk resmi TNI');
    expect(root.querySelector<HTMLAnchorElement>('a[href="chrome-extension://x/privacy.html"]')).not.toBeNull();
  });

  it('runs the real checker on the practice box and marks what it finds', async () => {
    const { root } = await mount();
    const buttons = [...root.querySelectorAll('button')];
    await act(async () => buttons.find((b) => b.textContent === 'Contoh: makian')!.click());
    await afterCheck();
    const result = root.querySelector('[data-testid="practice-result"]')!;
    expect(result.querySelector('mark.mark-warning')?.textContent).toBe('goblok');
    expect(result.textContent).toContain('Etika 7');
    await act(async () => buttons.find((b) => b.textContent === 'Contoh: aman')!.click());
    await afterCheck();
    expect(result.textContent).toBe('Tidak ada temuan. Begitulah tulisan yang aman.');
  });

  it('switches its language and opens the settings', async () => {
    const { root, api } = await mount();
    const select = root.querySelector('select')!;
    await act(async () => {
      select.value = 'en';
      select.dispatchEvent(new Event('change'));
    });
    await act(async () => void (await new Promise((r) => setTimeout(r, 0))));
    expect((await loadUserSettings()).uiLang).toBe('en');
    expect(root.textContent).toContain('Welcome to Saring');
    await act(async () => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Open settings')!.click());
    expect(api.openSettings).toHaveBeenCalled();
  });
});
