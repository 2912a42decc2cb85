// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SettingsPage, type SettingsApi } from './Settings';
import { DEFAULT_SETTINGS, sanitizePolicy, type Policy, type Settings } from '@/utils/settings';
import { makeBackup } from '@/utils/backup';

function fakeApi(policy: Policy = {}) {
  const state = { saved: null as Settings | null, downloads: [] as string[] };
  const api: SettingsApi = {
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, ignored: [{ ruleId: 'e7-hinaan', excerpt: 'goblok', at: 1 }] }),
    saveSettings: async (s) => void (state.saved = s),
    loadPolicy: async () => policy,
    browserLang: 'id',
    download: (_name, text) => void state.downloads.push(text),
  };
  return { api, state };
}

async function mount(api: SettingsApi) {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<SettingsPage api={api} />, root));
  await act(async () => {});
  return root;
}

const $ = <T extends Element = HTMLElement>(root: Element, id: string) => root.querySelector<T>(`[data-testid="${id}"]`)!;

async function importFile(root: Element, text: string) {
  const input = $<HTMLInputElement>(root, 'import');
  const file = new File([text], 'x.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 0));
  });
}

afterEach(() => (document.body.innerHTML = ''));

describe('the settings page', () => {
  it('switches items off and sets the sensitivity', async () => {
    const { api, state } = fakeApi();
    const root = await mount(api);
    await act(async () => $<HTMLInputElement>(root, 'toggle-larangan-4').click());
    expect(state.saved?.disabledItems).toEqual(['larangan-4']);
    await act(async () => $<HTMLInputElement>(root, 'sens-strict').click());
    expect(state.saved?.sensitivity).toBe('strict');
  });

  it('adds watch terms with a severity and allowed terms, refusing empty ones', async () => {
    const { api, state } = fakeApi();
    const root = await mount(api);
    const input = $<HTMLInputElement>(root, 'watch-input');
    await act(async () => $(root, 'watch-add').click());
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Istilah tidak boleh kosong.');
    await act(async () => {
      input.value = 'Operasi Teratai';
      input.dispatchEvent(new Event('input'));
    });
    const sev = $<HTMLSelectElement>(root, 'watch-severity');
    await act(async () => {
      sev.value = 'danger';
      sev.dispatchEvent(new Event('change'));
    });
    await act(async () => $(root, 'watch-add').click());
    expect(state.saved?.watchTerms).toEqual([{ term: 'Operasi Teratai', severity: 'danger' }]);
    expect($(root, 'watch-list').textContent).toContain('Operasi Teratai');
  });

  it('lists ignored findings with undo', async () => {
    const { api, state } = fakeApi();
    const root = await mount(api);
    expect($(root, 'ignored-list').textContent).toContain('«goblok»');
    await act(async () => ($(root, 'ignored-list').querySelector('button') as HTMLButtonElement).click());
    expect(state.saved?.ignored).toEqual([]);
  });

  it('imports a good file, refuses a bad one with a message and changes nothing', async () => {
    const { api, state } = fakeApi();
    const root = await mount(api);
    await importFile(root, '{"format":"something-else"}');
    expect($(root, 'status').textContent).toBe('Ini bukan berkas pengaturan Saring. Tidak ada yang diubah.');
    expect(state.saved).toBeNull();
    await importFile(root, makeBackup({ ...DEFAULT_SETTINGS, allowTerms: ['jancuk'] }));
    expect($(root, 'status').textContent).toBe('Pengaturan berhasil diimpor.');
    expect(state.saved?.allowTerms).toEqual(['jancuk']);
  });

  it('exports a versioned file', async () => {
    const { api, state } = fakeApi();
    const root = await mount(api);
    await act(async () => $(root, 'export').click());
    expect(JSON.parse(state.downloads[0]!)).toMatchObject({ format: 'saring-settings', version: 1 });
  });

  it('shows what the administrator set as locked', async () => {
    const { api } = fakeApi(sanitizePolicy({ sensitivity: 'strict', disabledItems: ['larangan-6'], watchTerms: [{ term: 'Markas Lama', severity: 'danger' }] }));
    const root = await mount(api);
    expect($<HTMLInputElement>(root, 'sens-strict').checked).toBe(true);
    expect($<HTMLInputElement>(root, 'sens-normal').disabled).toBe(true);
    expect($<HTMLInputElement>(root, 'toggle-larangan-6').checked).toBe(false);
    expect($<HTMLInputElement>(root, 'toggle-larangan-6').disabled).toBe(true);
    expect($(root, 'watch-list').textContent).toContain('Markas Lama');
    expect(root.querySelectorAll('[data-testid="locked"]').length).toBeGreaterThanOrEqual(3);
  });

  it('resets to defaults', async () => {
    const { api, state } = fakeApi();
    const root = await mount(api);
    await act(async () => $(root, 'reset').click());
    expect(state.saved).toEqual({ ...DEFAULT_SETTINGS });
    expect($(root, 'status').textContent).toBe('Pengaturan dikembalikan ke bawaan.');
  });
});
