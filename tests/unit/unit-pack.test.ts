import { describe, expect, it } from 'vitest';
import { createChecker } from '@/rules/index';
import { readBackup } from '@/utils/backup';
import { checkConfig, DEFAULT_SETTINGS, effectiveSettings, sanitizePolicy } from '@/utils/settings';

const checker = createChecker();
const PACK = {
  name: 'Pantauan Kodim 0818',
  version: '2026.12',
  sopUrl: 'https://sop.kodim0818.example/medsos',
  terms: [
    { term: 'Operasi Teratai', severity: 'danger', item: 'larangan-5', message: { id: 'Nama operasi <b>tidak boleh</b> diunggah.', en: 'Never post <b>operation names</b>.' } },
    { term: 'Lapangan Rampal', severity: 'info' },
  ],
} as const;

describe('a unit rule pack in the checker', () => {
  const file = readBackup(JSON.stringify({ format: 'saring-unit-pack', version: 1, pack: PACK }));
  if (!file.ok) throw new Error(file.error.en);
  const settings = { ...DEFAULT_SETTINGS, ...file.settings };

  it('raises each rule with its own severity, item, message and the SOP link', () => {
    const found = checker.check('Besok Operasi Teratai mulai, kumpul di Lapangan Rampal', checkConfig(settings));
    const op = found.find((f) => f.start === 6)!;
    expect(op).toMatchObject({ ruleId: 'unit-pack', source: 'unit-pack', severity: 'danger', refs: ['larangan-5'], link: PACK.sopUrl, message: PACK.terms[0].message });
    const place = found.find((f) => f.ruleId === 'unit-pack' && f.severity === 'info')!;
    expect(place.refs).toEqual(['larangan-5', 'etika-3']);
  });

  it('follows the user: items switched off and allowed words silence pack rules too', () => {
    expect(checker.check('Operasi Teratai', checkConfig({ ...settings, disabledItems: ['larangan-5'] })).filter((f) => f.ruleId === 'unit-pack')).toEqual([]);
    expect(checker.check('Operasi Teratai', checkConfig({ ...settings, allowTerms: ['operasi teratai'] })).filter((f) => f.ruleId === 'unit-pack')).toEqual([]);
  });

  it('an administrator’s pack replaces the user’s, and a policy keeps only valid rules', () => {
    const policy = sanitizePolicy({ unitPack: { ...PACK, name: 'Dari Kodim', terms: [{ term: 'Pos Lama', severity: 'warning' }, { term: 'dan' }] } });
    expect(policy.unitPack?.terms.map((t) => t.term)).toEqual(['Pos Lama']);
    expect(effectiveSettings(settings, policy).settings.unitPack?.name).toBe('Dari Kodim');
    // A bad link is dropped from a managed pack (its rules still apply); nothing unsafe is kept.
    const kept = sanitizePolicy({ unitPack: { ...PACK, sopUrl: 'javascript:alert(1)' } }).unitPack;
    expect(kept?.name).toBe(PACK.name);
    expect(kept?.sopUrl).toBeUndefined();
  });
});
