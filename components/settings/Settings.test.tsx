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
    loadStats: async () => ({ '2026-11-28': { findings: {}, cardsOpened: 0, suggestionsApplied: 0, publishChecks: 3, wentBack: 1, publishedAnyway: 2 }, '2026-11-29': { findings: {}, cardsOpened: 0, suggestionsApplied: 0, publishChecks: 1, wentBack: 0, publishedAnyway: 1 } }),
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
    expect($(root, 'status-sens').textContent).toBe('Tersimpan');
    // The message sits beside the control that caused it, not in another section.
    expect($(root, 'status-items').textContent).toBe('');
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
    expect($(root, 'status-backup').textContent).toBe('Ini bukan berkas pengaturan Saring. Tidak ada yang diubah.');
    expect($(root, 'status-backup').getAttribute('role')).toBe('alert');
    expect($(root, 'status-backup').closest('section')).toBe($(root, 'import').closest('section'));
    await importFile(root, JSON.stringify({ format: 'saring-settings', version: 1, settings: { watchTerms: [{ term: 'a' }, { term: 'b' }, { term: '' }] } }));
    expect($(root, 'status-backup').textContent).toBe('Berkas tidak dapat diimpor. Daftar kata pantauan berisi entri yang tidak sah (baris ke-3): istilah kosong. Tidak ada yang diubah.');
    expect(await loadUserSettings()).toEqual(before);
    await importFile(root, makeBackup({ ...DEFAULT_SETTINGS, allowTerms: ['jancuk'] }));
    expect($(root, 'status-backup').textContent).toBe('Pengaturan berhasil diimpor.');
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
    expect($(root, 'status-reset').textContent).toBe('Pengaturan dikembalikan ke bawaan.');
  });

  it('takes a reset back: the unit’s watch terms and everything else return', async () => {
    const { api } = await setup();
    await updateSettings((s) => ({ ...s, sensitivity: 'strict', watchTerms: [{ term: 'Markas Lama', severity: 'danger' }], allowTerms: ['jancuk'] }));
    const before = await loadUserSettings();
    const root = await mount(api);
    await click($(root, 'reset'));
    expect((await loadUserSettings()).watchTerms).toEqual([]);
    expect($(root, 'status-reset').textContent).toBe('Pengaturan dikembalikan ke bawaan, termasuk istilah pantauan satuan.');
    await click($(root, 'undo-reset'));
    expect(await loadUserSettings()).toEqual(before);
    expect($(root, 'status-reset').textContent).toBe('Dikembalikan seperti semula.');
    expect(root.querySelector('[data-testid="undo-reset"]')).toBeNull();
  });

  it('takes a removed term back', async () => {
    const { api } = await setup();
    await updateSettings((s) => ({ ...s, watchTerms: [{ term: 'Pos 3', severity: 'danger' }], allowTerms: ['anjir'] }));
    const root = await mount(api);
    await click(root.querySelector<HTMLButtonElement>('[aria-label="Hapus Pos 3"]')!);
    expect($(root, 'status-watch').textContent).toBe('«Pos 3» dihapus.');
    await click($(root, 'undo-watch'));
    expect((await loadUserSettings()).watchTerms).toEqual([{ term: 'Pos 3', severity: 'danger' }]);
    await click(root.querySelector<HTMLButtonElement>('[aria-label="Hapus anjir"]')!);
    await click($(root, 'undo-allow'));
    expect((await loadUserSettings()).allowTerms).toEqual(['anjir']);
  });

  it('says honestly when a term is already listed, and changes only its severity when that differs', async () => {
    const { api } = await setup({ watchTerms: [{ term: 'Markas Lama', severity: 'danger' }] });
    await updateSettings((s) => ({ ...s, watchTerms: [{ term: 'Pos 3', severity: 'warning' }] }));
    const root = await mount(api);
    const add = async (term: string, severity?: string) => {
      await act(async () => {
        const input = $<HTMLInputElement>(root, 'watch-input');
        input.value = term;
        input.dispatchEvent(new Event('input'));
        if (severity) {
          const sev = $<HTMLSelectElement>(root, 'watch-severity');
          sev.value = severity;
          sev.dispatchEvent(new Event('change'));
        }
      });
      await click($(root, 'watch-add'));
    };
    const alert = () => $(root, 'watch-add').closest('form')!.querySelector('[role="alert"]')?.textContent;
    await add('pos 3');
    expect(alert()).toBe('«Pos 3» sudah ada di daftar. Tidak ada yang diubah.');
    expect((await loadUserSettings()).watchTerms).toEqual([{ term: 'Pos 3', severity: 'warning' }]);
    await add('markas lama');
    expect(alert()).toBe('«markas lama» sudah ditetapkan oleh administrator satuan. Tidak ada yang diubah.');
    await add('Pos 3', 'danger');
    expect((await loadUserSettings()).watchTerms).toEqual([{ term: 'Pos 3', severity: 'danger' }]);
    expect($(root, 'status-watch').textContent).toBe('«Pos 3» sudah ada; tingkatnya diubah menjadi berbahaya.');
  });

  it('asks before a very common word becomes a watch term', async () => {
    const { api } = await setup();
    const root = await mount(api);
    await act(async () => {
      const input = $<HTMLInputElement>(root, 'watch-input');
      input.value = 'yang';
      input.dispatchEvent(new Event('input'));
    });
    await click($(root, 'watch-add'));
    expect($(root, 'watch-confirm').textContent).toContain('«yang» adalah kata yang sangat umum');
    expect((await loadUserSettings()).watchTerms).toEqual([]);
    await click($(root, 'watch-add-anyway'));
    expect((await loadUserSettings()).watchTerms).toEqual([{ term: 'yang', severity: 'warning' }]);
    expect(root.querySelector('[data-testid="watch-confirm"]')).toBeNull();
  });

  it('installs a unit rule pack from a file, shows it, and takes its removal back', async () => {
    const { api } = await setup();
    const root = await mount(api);
    expect($(root, 'pack-info').textContent).toContain('Belum ada paket aturan satuan');
    const pack = {
      format: 'saring-unit-pack',
      version: 1,
      pack: {
        name: 'Pantauan Kodim 0818',
        unit: 'Kodim 0818',
        version: '2026.12',
        sopUrl: 'https://sop.kodim0818.example/medsos',
        terms: [{ term: 'Operasi Teratai', severity: 'danger', item: 'larangan-5', message: { id: 'Nama operasi <b>tidak boleh</b> diunggah.', en: 'Never post <b>operation names</b>.' } }],
      },
    };
    await importFile(root, JSON.stringify(pack));
    expect($(root, 'status-backup').textContent).toBe('Paket aturan «Pantauan Kodim 0818» versi 2026.12 dipasang: 1 aturan.');
    expect((await loadUserSettings()).unitPack?.terms[0]?.term).toBe('Operasi Teratai');
    expect($(root, 'pack-info').textContent).toContain('Pantauan Kodim 0818 · versi 2026.12 · Kodim 0818 · 1 aturan');
    expect($(root, 'pack-terms').textContent).toContain('Nama operasi tidak boleh diunggah.');
    expect($(root, 'pack-terms').innerHTML).not.toContain('<b>');
    await click($(root, 'remove-pack'));
    expect((await loadUserSettings()).unitPack).toBeNull();
    await click($(root, 'undo-backup'));
    expect((await loadUserSettings()).unitPack?.name).toBe('Pantauan Kodim 0818');
  });

  it('refuses a broken pack with the rule and the reason, and changes nothing', async () => {
    const { api } = await setup();
    const root = await mount(api);
    const before = await loadUserSettings();
    const pack = (terms: unknown[], extra: object = {}) => JSON.stringify({ format: 'saring-unit-pack', version: 1, pack: { name: 'P', version: '1', terms, ...extra } });
    await importFile(root, pack([{ term: 'Pos 3' }, { term: 'yang' }]));
    expect($(root, 'status-backup').textContent).toBe('Paket aturan tidak dapat dipasang. Aturan ke-2: istilah «yang» terlalu umum (akan menandai hampir setiap tulisan). Tidak ada yang diubah.');
    await importFile(root, pack([{ term: 'Pos 3', item: 'larangan-9' }]));
    expect($(root, 'status-backup').textContent).toContain('Aturan ke-1: butir pedoman «larangan-9» tidak dikenal');
    await importFile(root, pack([{ term: 'Pos 3' }], { sopUrl: 'javascript:alert(1)' }));
    expect($(root, 'status-backup').textContent).toContain('Tautan SOP harus berupa alamat https://');
    await importFile(root, pack([]));
    expect($(root, 'status-backup').textContent).toContain('Daftar aturan kosong');
    expect(await loadUserSettings()).toEqual(before);
  });

  it('says whether the publish check helps, over every day on this device, beside the research', async () => {
    const { api } = await setup();
    const root = await mount(api);
    expect($(root, 'helps').textContent).toBe('1 dari 4 peringatan sebelum terbit berakhir dengan menyunting ulang (25%).');
    expect($(root, 'self-check').textContent).toContain('22–34%');
  });
});
