// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { SettingsPage, type SettingsApi } from './Settings';
import { DEFAULT_SETTINGS, loadPolicy, loadUserSettings, updateSettings, watchPolicy, watchUserSettings } from '@/utils/settings';
import { makeBackup } from '@/utils/backup';

// The page runs on the real settings functions over the fake browser's storage, so what is
// checked here is what ends up stored, not what a stand-in was handed.
async function setup(policy: Record<string, unknown> = {}) {
  await updateSettings((s) => ({ ...s, ignored: [{ ruleId: 'e7-hinaan', excerpt: 'goblok', at: 1 }] }));
  await fakeBrowser.storage.managed.set(policy);
  const downloads: string[] = [];
  const api: SettingsApi = {
    loadUserSettings,
    watchUserSettings,
    updateSettings,
    loadPolicy,
    watchPolicy,
    browserLang: 'id',
    download: (_name, text) => void downloads.push(text),
    version: '9.9.9',
    noticesUrl: 'chrome-extension://x/THIRD_PARTY_NOTICES',
    privacyUrl: 'chrome-extension://x/privacy.html',
  };
  return { api, downloads };
}

/** Lets every pending storage read, write and change event run, then renders. */
const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

async function mount(api: SettingsApi) {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  await act(async () => render(<SettingsPage api={api} />, root));
  await settle();
  return root;
}

const $ = <T extends Element = HTMLElement>(root: Element, id: string) => root.querySelector<T>(`[data-testid="${id}"]`)!;

async function click(el: HTMLElement) {
  await act(async () => el.click());
  await settle();
}

async function importFile(root: Element, text: string) {
  const input = $<HTMLInputElement>(root, 'import');
  const file = new File([text], 'x.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 0));
  });
  await settle();
}

beforeEach(() => fakeBrowser.reset());
// Unmounting runs the pages' clean-up, which stops their storage watchers.
const roots: HTMLElement[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) render(null, root);
  document.body.innerHTML = '';
});

describe('the settings page', () => {
  it('says in its About section what Saring is, that nothing leaves the device, and credits every source', async () => {
    const { api } = await setup();
    const root = await mount(api);
    const about = $(root, 'about');
    expect(about.textContent).toContain('Saring 9.9.9');
    expect(about.textContent).toContain('Bukan produk resmi TNI');
    expect(about.textContent).toContain('tidak pernah dikirim');
    for (const name of ['SmSA', 'IndoCollex', 'NusaX', 'CC BY-SA 4.0', 'id-profanity-filter', 'Surge AI', 'Wordnet Bahasa']) expect(about.textContent).toContain(name);
    expect($<HTMLAnchorElement>(root, 'notices').href).toBe('chrome-extension://x/THIRD_PARTY_NOTICES');
    expect($<HTMLAnchorElement>(root, 'privacy').href).toBe('chrome-extension://x/privacy.html');
  });

  it('switches items off and sets the sensitivity', async () => {
    const { api } = await setup();
    const root = await mount(api);
    await click($(root, 'toggle-larangan-4'));
    expect((await loadUserSettings()).disabledItems).toEqual(['larangan-4']);
    expect($<HTMLInputElement>(root, 'toggle-larangan-4').checked).toBe(false);
    await click($(root, 'sens-strict'));
    expect((await loadUserSettings()).sensitivity).toBe('strict');
    expect($(root, 'status').textContent).toBe('Tersimpan');
  });

  it('adds watch terms with a severity and allowed terms, refusing empty and overlong ones', async () => {
    const { api } = await setup();
    const root = await mount(api);
    const type = async (id: string, value: string) =>
      act(async () => {
        const input = $<HTMLInputElement>(root, id);
        input.value = value;
        input.dispatchEvent(new Event('input'));
      });
    await click($(root, 'watch-add'));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Istilah tidak boleh kosong.');
    await type('watch-input', 'x'.repeat(81));
    await click($(root, 'watch-add'));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Istilah terlalu panjang (maks. 80 huruf).');
    await type('watch-input', 'Operasi Teratai');
    const sev = $<HTMLSelectElement>(root, 'watch-severity');
    await act(async () => {
      sev.value = 'danger';
      sev.dispatchEvent(new Event('change'));
    });
    await click($(root, 'watch-add'));
    expect((await loadUserSettings()).watchTerms).toEqual([{ term: 'Operasi Teratai', severity: 'danger' }]);
    expect($(root, 'watch-list').textContent).toContain('Operasi Teratai');

    // Allowed terms may be longer: they also hold phrases stored from a finding.
    const phrase = 'kata '.repeat(30).trim();
    await type('allow-input', phrase);
    await click($(root, 'allow-add'));
    expect((await loadUserSettings()).allowTerms).toEqual([phrase]);
    await type('allow-input', 'x'.repeat(201));
    await click($(root, 'allow-add'));
    expect($(root, 'allow-add').closest('form')!.querySelector('[role="alert"]')?.textContent).toBe('Istilah terlalu panjang (maks. 200 huruf).');
    expect((await loadUserSettings()).allowTerms).toEqual([phrase]);
  });

  it('removes a term by its words', async () => {
    const { api } = await setup();
    await updateSettings((s) => ({ ...s, watchTerms: [{ term: 'Pos 3', severity: 'warning' }, { term: 'Markas Lama', severity: 'danger' }] }));
    const root = await mount(api);
    await click(root.querySelector<HTMLButtonElement>('[aria-label="Hapus Pos 3"]')!);
    expect((await loadUserSettings()).watchTerms).toEqual([{ term: 'Markas Lama', severity: 'danger' }]);
  });

  it('lists ignored findings with undo', async () => {
    const { api } = await setup();
    const root = await mount(api);
    expect($(root, 'ignored-list').textContent).toContain('«goblok»');
    await click($(root, 'ignored-list').querySelector('button')!);
    expect((await loadUserSettings()).ignored).toEqual([]);
    expect(root.textContent).toContain('Tidak ada temuan yang diabaikan.');
  });

  it('imports a good file, refuses a bad one with a message and changes nothing', async () => {
    const { api } = await setup();
    const root = await mount(api);
    const before = await loadUserSettings();
    await importFile(root, '{"format":"something-else"}');
    expect($(root, 'status').textContent).toBe('Ini bukan berkas pengaturan Saring. Tidak ada yang diubah.');
    await importFile(root, JSON.stringify({ format: 'saring-settings', version: 1, settings: { watchTerms: [{ term: 'a' }, { term: 'b' }, { term: '' }] } }));
    expect($(root, 'status').textContent).toBe('Berkas tidak dapat diimpor. Daftar kata pantauan berisi entri yang tidak sah (baris ke-3): istilah kosong. Tidak ada yang diubah.');
    expect(await loadUserSettings()).toEqual(before);
    await importFile(root, makeBackup({ ...DEFAULT_SETTINGS, allowTerms: ['jancuk'] }));
    expect($(root, 'status').textContent).toBe('Pengaturan berhasil diimpor.');
    expect((await loadUserSettings()).allowTerms).toEqual(['jancuk']);
  });

  it('imports a file holding only some settings without touching the others', async () => {
    const { api } = await setup();
    const root = await mount(api);
    await importFile(root, JSON.stringify({ format: 'saring-settings', version: 1, settings: { watchTerms: [{ term: 'Markas Lama', severity: 'danger' }] } }));
    const s = await loadUserSettings();
    expect(s.watchTerms).toEqual([{ term: 'Markas Lama', severity: 'danger' }]);
    expect(s.ignored).toEqual([{ ruleId: 'e7-hinaan', excerpt: 'goblok', at: 1 }]);
  });

  it('exports a versioned file', async () => {
    const { api, downloads } = await setup();
    const root = await mount(api);
    await click($(root, 'export'));
    expect(JSON.parse(downloads[0]!)).toMatchObject({ format: 'saring-settings', version: 1, settings: { ignored: [{ excerpt: 'goblok' }] } });
  });

  it('shows what the administrator set as locked', async () => {
    const { api } = await setup({ sensitivity: 'strict', disabledItems: ['larangan-6'], watchTerms: [{ term: 'Markas Lama', severity: 'danger' }] });
    const root = await mount(api);
    expect($<HTMLInputElement>(root, 'sens-strict').checked).toBe(true);
    expect($<HTMLInputElement>(root, 'sens-normal').disabled).toBe(true);
    expect($<HTMLInputElement>(root, 'toggle-larangan-6').checked).toBe(false);
    expect($<HTMLInputElement>(root, 'toggle-larangan-6').disabled).toBe(true);
    expect($(root, 'watch-list').textContent).toContain('Markas Lama');
    expect(root.querySelectorAll('[data-testid="locked"]').length).toBeGreaterThanOrEqual(3);
  });

  it('follows a policy that changes while the page is open', async () => {
    const { api } = await setup();
    const root = await mount(api);
    expect($<HTMLInputElement>(root, 'sens-normal').disabled).toBe(false);
    await fakeBrowser.storage.managed.set({ sensitivity: 'relaxed' });
    await settle();
    expect($<HTMLInputElement>(root, 'sens-relaxed').checked).toBe(true);
    expect($<HTMLInputElement>(root, 'sens-normal').disabled).toBe(true);
  });

  it('resets to defaults', async () => {
    const { api } = await setup();
    const root = await mount(api);
    await click($(root, 'reset'));
    expect(await loadUserSettings()).toEqual({ ...DEFAULT_SETTINGS });
    expect($(root, 'status').textContent).toBe('Pengaturan dikembalikan ke bawaan.');
  });
});
