import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, effectiveSettings, loadUserSettings, sanitizePolicy, sanitizeSettings, updateSettings } from '@/utils/settings';
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
    ['damaged', JSON.stringify({ format: 'saring-settings', version: 1, settings: { watchTerms: 'Operasi', sensitivity: 'max' } }), /rusak pada: sensitivity, watchTerms/],
    ['no settings', JSON.stringify({ format: 'saring-settings', version: 1 }), /tidak memuat pengaturan/],
  ])('refuses a %s file with a clear message', (_name, text, message) => {
    const r = readBackup(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.id).toMatch(message);
      expect(r.error.id).toMatch(/Tidak ada yang diubah/);
      expect(r.error.en).toMatch(/Nothing was changed/);
    }
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
