import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, effectiveSettings, LIMITS, loadSettings, loadUserSettings, sanitizePolicy, sanitizeSettings, updateSettings, watchPolicy, watchSettings, watchUserSettings, type Settings } from '@/utils/settings';
import { makeBackup, MAX_BACKUP_BYTES, readBackup } from '@/utils/backup';
import { addEvent, sumDays } from '@/utils/stats';

beforeEach(() => fakeBrowser.reset());

describe('stored settings', () => {
  it('are validated when read: junk is dropped, good values kept', () => {
    const s = sanitizeSettings({ enabled: 'yes', sensitivity: 'loud', disabledItems: ['larangan-1', 'larangan-99', 5], watchTerms: [{ term: ' Operasi Teratai ', severity: 'danger' }, { term: '' }, 'x'], allowTerms: ['asu', 'ASU', 7] });
    expect(s.enabled).toBe(true);
    expect(s.sensitivity).toBe('normal');
    expect(s.disabledItems).toEqual(['larangan-1']);
    expect(s.watchTerms).toEqual([{ term: 'Operasi Teratai', severity: 'danger' }]);
    expect(s.allowTerms).toEqual(['asu']);
    expect(sanitizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('keep each valid entry of a list, merge repeats, and hold the limits', () => {
    const s = sanitizeSettings({
      watchTerms: [{ term: 'a'.repeat(80) }, { term: 'b'.repeat(81), severity: 'danger' }, { term: 'Pos 3', severity: 'loud' }, { term: 'POS 3', severity: 'danger' }],
      allowTerms: ['x'.repeat(200), 'y'.repeat(201), '  '],
      ignored: [{ ruleId: 'e7-hinaan', excerpt: 'goblok', at: 5 }, { ruleId: 'e7-hinaan', excerpt: 'e'.repeat(201), at: 6 }, { ruleId: 'e7-hinaan', excerpt: 'goblok', at: 7 }, { ruleId: 'x', excerpt: 'y', at: 'now' }, { excerpt: 'z' }],
      disabledSites: ['www.facebook.com', 'www.facebook.com', ''],
      pausedUntil: Number.POSITIVE_INFINITY,
    });
    // A missing or unknown severity falls back to "warning" rather than losing the term.
    expect(s.watchTerms).toEqual([{ term: 'a'.repeat(80), severity: 'warning' }, { term: 'Pos 3', severity: 'warning' }]);
    expect(s.allowTerms).toEqual(['x'.repeat(200)]);
    expect(s.ignored).toEqual([{ ruleId: 'e7-hinaan', excerpt: 'goblok', at: 5 }, { ruleId: 'x', excerpt: 'y', at: 0 }]);
    expect(s.disabledSites).toEqual(['www.facebook.com']);
    expect(s.pausedUntil).toBe(0);
  });

  it('keep the newest ignored findings and the first terms past the limits', () => {
    const s = sanitizeSettings({
      ignored: Array.from({ length: LIMITS.ignored + 5 }, (_, i) => ({ ruleId: 'r', excerpt: `e${i}`, at: i })),
      allowTerms: Array.from({ length: LIMITS.terms + 5 }, (_, i) => `t${i}`),
    });
    expect(s.ignored).toHaveLength(LIMITS.ignored);
    expect(s.ignored.at(-1)?.excerpt).toBe(`e${LIMITS.ignored + 4}`);
    expect(s.allowTerms).toHaveLength(LIMITS.terms);
    expect(s.allowTerms[0]).toBe('t0');
  });

  it('never throw, whatever they are handed', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('no'); } });
    expect(sanitizeSettings(hostile)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({ watchTerms: { length: 3 }, ignored: 'x', enabled: null })).toEqual(DEFAULT_SETTINGS);
    expect(sanitizePolicy(hostile)).toEqual({});
  });

  it('migrate from version 1 (plain-string watch terms) and survive an update', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: false, watchTerms: ['Operasi Teratai'] }, settings$: { v: 1 } });
    // Migrations run when the item is defined, as when an updated extension starts.
    vi.resetModules();
    const fresh = await import('@/utils/settings');
    const s = await fresh.loadUserSettings();
    expect(s.enabled).toBe(false);
    expect(s.watchTerms).toEqual([{ term: 'Operasi Teratai', severity: 'warning' }]);
    expect(await fresh.settingsItem.getMeta()).toEqual({ v: 2 });
  });

  it('update through one function and stay valid', async () => {
    await updateSettings((s) => ({ ...s, allowTerms: [...s.allowTerms, 'jancuk', ''] }));
    expect((await loadUserSettings()).allowTerms).toEqual(['jancuk']);
  });

  it('lose none of several updates started together in one page', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, allowTerms: [...s.allowTerms, 'satu'] })),
      updateSettings((s) => ({ ...s, allowTerms: [...s.allowTerms, 'dua'] })),
      updateSettings((s) => ({ ...s, disabledItems: [...s.disabledItems, 'larangan-6'] })),
    ]);
    const s = await loadUserSettings();
    expect(s.allowTerms).toEqual(['satu', 'dua']);
    expect(s.disabledItems).toEqual(['larangan-6']);
  });

  it('keep updating after a change that throws', async () => {
    await expect(updateSettings(() => { throw new Error('broken change'); })).rejects.toThrow('broken change');
    await updateSettings((s) => ({ ...s, sensitivity: 'strict' }));
    expect((await loadUserSettings()).sensitivity).toBe('strict');
  });
});

describe('watching storage', () => {
  const next = () => new Promise((r) => setTimeout(r, 0));

  it('reports the user’s settings on every change until unwatched', async () => {
    const seen: Settings[] = [];
    const unwatch = watchUserSettings((s) => seen.push(s));
    await updateSettings((s) => ({ ...s, sensitivity: 'strict' }));
    // Someone else's raw write is sanitised before it is reported.
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, allowTerms: ['ok', 7] } });
    unwatch();
    await updateSettings((s) => ({ ...s, sensitivity: 'relaxed' }));
    expect(seen.map((s) => s.sensitivity)).toEqual(['strict', 'normal']);
    expect(seen[1]?.allowTerms).toEqual(['ok']);
  });

  it('reports the policy, and the effective settings when either changes', async () => {
    const policies: unknown[] = [];
    const effective: Settings[] = [];
    const unwatchPolicy = watchPolicy((p) => policies.push(p));
    const unwatch = watchSettings((s) => effective.push(s));
    await fakeBrowser.storage.managed.set({ sensitivity: 'strict', watchTerms: [{ term: 'Markas Lama', severity: 'danger' }], bogus: 1 });
    await next();
    expect(policies.at(-1)).toEqual({ sensitivity: 'strict', watchTerms: [{ term: 'Markas Lama', severity: 'danger' }] });
    expect(effective.at(-1)?.sensitivity).toBe('strict');
    await updateSettings((s) => ({ ...s, sensitivity: 'relaxed', watchTerms: [{ term: 'Pos 3', severity: 'info' }] }));
    await next();
    expect(effective.at(-1)?.sensitivity).toBe('strict');
    expect(effective.at(-1)?.watchTerms.map((w) => w.term)).toEqual(['Markas Lama', 'Pos 3']);
    expect(await loadSettings()).toEqual(effective.at(-1));
    unwatch();
    unwatchPolicy();
    const count = effective.length;
    await fakeBrowser.storage.managed.set({ sensitivity: 'normal' });
    await next();
    expect(effective).toHaveLength(count);
  });
});

describe('the administrator’s policy', () => {
  it('wins over the user, locks what it sets, and adds its terms to the user’s', () => {
    const user = { ...DEFAULT_SETTINGS, sensitivity: 'relaxed' as const, watchTerms: [{ term: 'Pos 3', severity: 'warning' as const }] };
    const policy = sanitizePolicy({ sensitivity: 'strict', watchTerms: [{ term: 'Operasi Teratai', severity: 'danger' }], somethingElse: 1 });
    const { settings, locked } = effectiveSettings(user, policy);
    expect(settings.sensitivity).toBe('strict');
    expect(settings.watchTerms.map((w) => w.term)).toEqual(['Operasi Teratai', 'Pos 3']);
    expect([...locked].sort()).toEqual(['sensitivity', 'watchTerms']);
    expect(effectiveSettings(user, {}).locked.size).toBe(0);
  });

  it('locks nothing with a broken value, and keeps the valid entries of a list', () => {
    const policy = sanitizePolicy({ sensitivity: 'max', enabled: 'no', allowTerms: ['asu', 3], watchTerms: 'Operasi', uiLang: 'en', ignored: [] });
    expect(policy).toEqual({ allowTerms: ['asu'] });
    const { settings, locked } = effectiveSettings({ ...DEFAULT_SETTINGS, allowTerms: ['ASU', 'jancuk'] }, policy);
    expect([...locked]).toEqual(['allowTerms']);
    expect(settings.allowTerms).toEqual(['asu', 'jancuk']);
    expect(settings.sensitivity).toBe('normal');
  });

  it('keeps the administrator’s terms when the merged list is over the limit', () => {
    const user = { ...DEFAULT_SETTINGS, allowTerms: Array.from({ length: LIMITS.terms }, (_, i) => `u${i}`) };
    const { settings } = effectiveSettings(user, sanitizePolicy({ allowTerms: ['admin'] }));
    expect(settings.allowTerms).toHaveLength(LIMITS.terms);
    expect(settings.allowTerms[0]).toBe('admin');
  });
});

describe('the settings file', () => {
  const good = makeBackup({ ...DEFAULT_SETTINGS, watchTerms: [{ term: 'Operasi Teratai', severity: 'danger' }] });

  it('round-trips', () => {
    const r = readBackup(good);
    expect(r.ok && r.settings.watchTerms).toEqual([{ term: 'Operasi Teratai', severity: 'danger' }]);
  });

  it.each([
    ['not JSON', '{oops', /bukan JSON/],
    ['foreign', JSON.stringify({ hello: 'world' }), /bukan berkas pengaturan Saring/],
    ['newer', JSON.stringify({ format: 'saring-settings', version: 9, settings: {} }), /lebih baru/],
    ['damaged', JSON.stringify({ format: 'saring-settings', version: 1, settings: { watchTerms: 'Operasi', sensitivity: 'max' } }), /Daftar kata pantauan harus berupa daftar.*Kepekaan «max» tidak dikenal/],
    ['no settings', JSON.stringify({ format: 'saring-settings', version: 1 }), /tidak memuat pengaturan/],
    ['settings-free', JSON.stringify({ format: 'saring-settings', version: 1, settings: { theme: 'dark' } }), /tidak memuat pengaturan/],
    ['versionless', JSON.stringify({ format: 'saring-settings', version: '1', settings: {} }), /Versi berkas tidak dikenal/],
  ])('refuses a %s file with a clear message', (_name, text, message) => {
    const r = readBackup(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.id).toMatch(message);
      expect(r.error.id).toMatch(/Tidak ada yang diubah/);
      expect(r.error.en).toMatch(/Nothing was changed/);
    }
  });

  it.each([
    [
      'a term too long',
      { watchTerms: [{ term: 'Pos 3', severity: 'danger' }, { term: 'Markas' }, { term: 'x'.repeat(81) }] },
      'Berkas tidak dapat diimpor. Daftar kata pantauan berisi entri yang tidak sah (baris ke-3): istilah lebih dari 80 huruf. Tidak ada yang diubah.',
      'The file cannot be imported. The watch-term list has an invalid entry (item 3): the term is longer than 80 characters. Nothing was changed.',
    ],
    [
      'an unknown severity',
      { watchTerms: [{ term: 'Pos 3', severity: 'loud' }] },
      'Berkas tidak dapat diimpor. Daftar kata pantauan berisi entri yang tidak sah (baris ke-1): tingkat «loud» tidak dikenal (pilihan: info, warning atau danger). Tidak ada yang diubah.',
      'The file cannot be imported. The watch-term list has an invalid entry (item 1): the severity «loud» is not one Saring knows (choose info, warning or danger). Nothing was changed.',
    ],
    [
      'entries of the wrong shape',
      { watchTerms: ['Pos 3'], ignored: [{ ruleId: 'e7-hinaan' }] },
      'Berkas tidak dapat diimpor. Daftar kata pantauan berisi entri yang tidak sah (baris ke-1): entri harus berupa objek { … }. Daftar temuan yang diabaikan berisi entri yang tidak sah (baris ke-1): kutipan tidak ada. Tidak ada yang diubah.',
      'The file cannot be imported. The watch-term list has an invalid entry (item 1): the entry must be an object { … }. The list of ignored findings has an invalid entry (item 1): the excerpt is missing. Nothing was changed.',
    ],
    [
      'an unknown item and a non-boolean',
      { disabledItems: ['larangan-6', 'larangan-99'], enabled: 'ya' },
      'Berkas tidak dapat diimpor. Daftar butir pedoman yang dimatikan berisi entri yang tidak sah (baris ke-2): entri «larangan-99» tidak dikenal. Saklar Saring (aktif/nonaktif) harus true atau false. Tidak ada yang diubah.',
      'The file cannot be imported. The list of guideline items switched off has an invalid entry (item 2): the entry «larangan-99» is not one Saring knows. The on/off switch must be true or false. Nothing was changed.',
    ],
    [
      'too many entries',
      { allowTerms: Array.from({ length: LIMITS.terms + 1 }, (_, i) => `t${i}`) },
      'Berkas tidak dapat diimpor. Daftar istilah yang diizinkan memuat lebih dari 500 entri. Tidak ada yang diubah.',
      'The file cannot be imported. The allowed-term list has more than 500 entries. Nothing was changed.',
    ],
    [
      'five broken settings',
      { enabled: 1, uiLang: 'fr', pausedUntil: -5, sensitivity: 'max', disabledSites: 'all' },
      'Berkas tidak dapat diimpor. Saklar Saring (aktif/nonaktif) harus true atau false. Bahasa tampilan «fr» tidak dikenal (pilihan: auto, id atau en). Waktu jeda tidak boleh kurang dari 0. Ada 2 masalah lain. Tidak ada yang diubah.',
      'The file cannot be imported. The on/off switch must be true or false. The display language «fr» is not one Saring knows (choose auto, id or en). The pause time cannot be less than 0. There are 2 more problems. Nothing was changed.',
    ],
  ])('names what is wrong in words, and where: %s', (_name, settings, id, en) => {
    const r = readBackup(JSON.stringify({ format: 'saring-settings', version: 1, settings }));
    expect(r).toEqual({ ok: false, error: { id, en } });
  });

  it('accepts the longer allowed terms the content script stores, and returns only the keys the file holds', () => {
    const phrase = 'kata '.repeat(39).trim();
    const r = readBackup(JSON.stringify({ format: 'saring-settings', version: 1, settings: { allowTerms: [phrase, phrase.toUpperCase()], unknownKey: 1 } }));
    expect(r).toEqual({ ok: true, settings: { allowTerms: [phrase] } });
  });

  it('refuses an oversized file before reading it', () => {
    const r = readBackup('', MAX_BACKUP_BYTES + 1);
    expect(!r.ok && r.error.en).toMatch(/too large/);
  });
});

describe('statistics', () => {
  it('count events per day and per item, never text', () => {
    let s = addEvent({}, { kind: 'finding-shown', refs: ['larangan-5', 'etika-3'] }, '2026-11-29');
    s = addEvent(s, { kind: 'publish-check-shown' }, '2026-11-29');
    s = addEvent(s, { kind: 'publish-check-went-back' }, '2026-11-29');
    s = addEvent(s, { kind: 'finding-shown', refs: ['larangan-5'] }, '2026-11-30');
    expect(s['2026-11-29']).toMatchObject({ findings: { 'larangan-5': 1, 'etika-3': 1 }, publishChecks: 1, wentBack: 1 });
    expect(sumDays(s).findings['larangan-5']).toBe(2);
    expect(JSON.stringify(s)).not.toMatch(/[a-z]{3,} [a-z]{3,}/);
  });

  it('keep a month of days', () => {
    let s = {};
    for (let d = 1; d <= 40; d++) s = addEvent(s, { kind: 'card-opened' }, `2026-01-${String(d).padStart(2, '0')}`);
    expect(Object.keys(s)).toHaveLength(30);
  });
});
