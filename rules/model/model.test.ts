import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker, DEFAULT_PACK, type Finding } from '../index';
import { MODEL_BASE64, MODEL_META } from '../data/model/model';
import { fromBase64 } from './base64';
import { FastTextModel } from './fasttext';
import { NEVER_WITHDRAWN, threshold } from './learned';
import { writtenSplit } from '../../tests/corpus/split';
import { readRound } from '../../tests/corpus/rounds';
import { SHARED, smsa } from '../../bench/datasets';

const bytes = fromBase64(MODEL_BASE64);
const model = new FastTextModel(bytes);
const parity = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/model-parity.json'), 'utf8')) as { words: string; probs: Record<string, number> }[];
const isModel = (f: Finding) => f.ruleId.startsWith('model-');

describe('the fastText reader', () => {
  it('reproduces the fasttext tool’s probabilities for every label', () => {
    expect(parity.length).toBeGreaterThanOrEqual(40);
    for (const { words, probs } of parity) {
      const ours = new Map(model.predict(words.split(' ')).map((p) => [p.label, p.prob]));
      expect(ours.size).toBe(Object.keys(probs).length);
      // The tool prints exp(log(p + 1e-5)) with a 512-step sigmoid table; the reader computes exactly.
      for (const [label, p] of Object.entries(probs)) expect(Math.abs(ours.get(label)! - (p - 1e-5)), `${label} on "${words}"`).toBeLessThan(0.02);
    }
  });

  it('refuses damaged model data with a clear message', () => {
    expect(() => new FastTextModel(new Uint8Array(0))).toThrow(/truncated/);
    expect(() => new FastTextModel(new Uint8Array(64))).toThrow(/not a fastText model/);
    expect(() => new FastTextModel(bytes.subarray(0, bytes.length - 10))).toThrow(/truncated/);
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(() => new FastTextModel(longer)).toThrow(/trailing/);
    expect(() => fromBase64('***')).toThrow(/base64/);
  });

  it('reads words it never saw through their character n-grams', () => {
    const seen = model.predict(['goblok']);
    const spelled = model.predict(['gobloook']);
    const byLabel = (ps: typeof seen) => Object.fromEntries(ps.map((p) => [p.label, p.prob]));
    // Not the same input, but close: most of their n-grams are shared.
    expect(Math.abs(byLabel(seen)['etika-7']! - byLabel(spelled)['etika-7']!)).toBeLessThan(0.5);
    expect(model.predict([]).length).toBe(model.labels.length);
  });
});

const DISGUISED = new Set(DEFAULT_PACK.rules.filter((r) => r.disguised).map((r) => r.id));

describe('the learned layer in the checker', () => {
  const checker = createChecker();
  const rulesOnly = createChecker(DEFAULT_PACK, { learned: false });
  const dev = writtenSplit('dev');

  it('adds warnings only, one item each, where the rules raised nothing for that item', () => {
    let added = 0;
    for (const c of dev) {
      const found = checker.check(c.text);
      const ruleItems = new Set(found.filter((f) => !isModel(f) && f.severity !== 'info').flatMap((f) => f.refs));
      // The rules' findings, less any warning the layer withdrew (tested below).
      const rules = rulesOnly.check(c.text);
      expect(found.filter((f) => !isModel(f)).every((f) => rules.some((r) => JSON.stringify(r) === JSON.stringify(f)))).toBe(true);
      for (const f of found.filter(isModel)) {
        added++;
        expect(f.severity).toBe('warning');
        expect(f.refs).toEqual([f.ruleId.slice('model-'.length)]);
        expect(ruleItems.has(f.refs[0]!)).toBe(false);
        expect(f.start).toBeLessThan(f.end);
        expect(c.text.slice(f.start, f.end)).not.toMatch(/^\d+$/);
        expect(f.message.id).toMatch(/^Kalimat ini mirip tulisan yang melanggar (Larangan|Etika) \d/);
      }
    }
    // It must also say something: the point of the layer is the violations the rules miss.
    expect(added).toBeGreaterThan(100);
  });

  it('says nothing in a text that reports a leak properly or denounces a hoax', () => {
    const flagged = dev.filter((c) => checker.check(c.text).some(isModel)).slice(0, 30);
    expect(flagged.length).toBeGreaterThan(10);
    for (const c of flagged) {
      expect(checker.check(`${c.text} Sudah saya laporkan ke Danramil.`).filter(isModel)).toEqual([]);
      expect(checker.check(`${c.text} Tapi cek dulu, jangan mudah percaya.`).filter(isModel)).toEqual([]);
    }
  });

  it('leaves a leak handed to the chain of command to the rules, in whatever words it is handed', () => {
    const leakItems = ['larangan-5', 'larangan-7', 'etika-3'];
    const leaks = (text: string) => checker.check(text).filter((f) => isModel(f) && f.refs.some((r) => leakItems.includes(r)));
    const leak = 'Dokumen hasil sidang disiplin anggota bocor di grup arisan, saya sudah punya salinannya lengkap.';
    expect(leaks(leak).length).toBeGreaterThan(0);
    for (const report of [
      'Tadi sore sudah kula laporaken langsung dhateng Pasi Intel supaya segera ditindaklanjuti.',
      'I reported it straight to the Dandim this morning so they can trace who sent it.',
      'Barusan gue laporin ke Danki lewat telepon, biar beliau yang urus selanjutnya.',
    ]) expect(leaks(`${leak} ${report}`), report).toEqual([]);
  });

  it.skipIf(!existsSync(resolve(SHARED, 'data/smsa')))('leaves work hours, fees and crowds in a restaurant review to the rules', () => {
    // SmSA reviews (real text): the model read "jam 8 pagi", "tidak pernah absen ke sini", "1,5 juta untuk 6 orang" as a civil servant's.
    const dining = ['etika-5', 'etika-2', 'larangan-2', 'larangan-3'];
    const reviews = smsa().filter((r) => r.label !== 'negative' && /\b(?:restoran|tempat makan|menu ?nya|pelayanan ?nya|rasa nya|tempat nya)\b/.test(r.text));
    expect(reviews.length).toBeGreaterThan(500);
    const raised = reviews.filter((r) => checker.check(r.text).some((f) => isModel(f) && f.refs.some((i) => dining.includes(i))));
    expect(raised.map((r) => r.text)).toEqual([]);
  });

  it('listens to weaker evidence when strict and only to strong evidence when relaxed', () => {
    // Items raised, by the rules or the model: a stricter setting raises at least what a laxer one does.
    const raised = (sensitivity: 'strict' | 'normal' | 'relaxed') => dev.slice(0, 400).reduce((n, c) => n + new Set(checker.check(c.text, { sensitivity }).filter((f) => f.severity !== 'info').flatMap((f) => f.refs)).size, 0);
    expect(raised('strict')).toBeGreaterThan(raised('normal'));
    expect(raised('normal')).toBeGreaterThan(raised('relaxed'));
    expect(threshold(0.8, 'strict')).toBeLessThan(0.8);
    expect(threshold(0.8, 'relaxed')).toBeGreaterThan(0.8);
  });

  it('leaves texts of one or two words to the rules, and a unit’s watch term to the watch list', () => {
    expect(checker.check('Dasar baik').filter(isModel)).toEqual([]);
    const watched = checker.check('Kode Sandiab untuk besok', { watchTerms: [{ term: 'Sandiab', severity: 'warning' }] });
    expect(watched.map((f) => f.ruleId)).toEqual(['watch-term']);
    expect(checker.check('Kode Sandiab untuk besok pagi ya', { allowTerms: ['Kode Sandiab untuk besok pagi ya'] })).toEqual([]);
  });

  it('never raises an item that is switched off', () => {
    for (const c of dev.slice(0, 300)) {
      const items = checker.check(c.text).filter(isModel).map((f) => f.refs[0]!);
      if (!items.length) continue;
      expect(checker.check(c.text, { disabledItems: items }).filter((f) => isModel(f) && items.includes(f.refs[0]!))).toEqual([]);
    }
  });

  it('withdraws warnings only from texts it is near-sure are clean, keeps danger, and never when strict', () => {
    const veto = MODEL_META.cleanVeto!;
    expect(veto.threshold).toBeGreaterThanOrEqual(0.9);
    const texts = [...dev.map((c) => c.text), ...[300, 310, 320].flatMap((r) => readRound(r).map((c) => c.text))];
    let withdrawn = 0;
    for (const text of texts) {
      const rules = rulesOnly.check(text);
      const kept = checker.check(text).filter((f) => !isModel(f));
      if (kept.length === rules.length) continue;
      const gone = rules.filter((r) => !kept.some((f) => JSON.stringify(f) === JSON.stringify(r)));
      withdrawn++;
      // Only warnings of the chosen items go, and the model adds none of its own to that text.
      expect(rules.some((f) => f.severity === 'danger')).toBe(false);
      expect(kept).toEqual(rules.filter((f) => f.severity !== 'warning' || !f.refs.every((r) => veto.items.includes(r) && !NEVER_WITHDRAWN.includes(r)) || DISGUISED.has(f.ruleId)));
      expect(gone.every((f) => !f.refs.some((r) => NEVER_WITHDRAWN.includes(r)))).toBe(true);
      expect(checker.check(text).some(isModel)).toBe(false);
      expect(checker.learnedLayer!.cleanSureness(checker.read(text))).toBeGreaterThanOrEqual(veto.threshold);
      expect(checker.check(text, { sensitivity: 'strict' }).filter((f) => !isModel(f))).toEqual(rulesOnly.check(text, { sensitivity: 'strict' }));
    }
    expect(withdrawn).toBeGreaterThan(0);
  });

  it('is surer that a leak reported is clean than the same leak shared', () => {
    const p = (text: string) => checker.learnedLayer!.cleanSureness(checker.read(text));
    expect(p('Mohon rekan-rekan tidak menyebarkan foto surat telegram yang beredar. Sudah saya laporkan ke Danramil dan saya hapus.')).toBeGreaterThan(
      p('Nih foto surat telegram mutasi yang beredar, sebarin aja ke grup sebelum dihapus.'),
    );
  });

  it('keeps every item it speaks for on a threshold of at least 0.7', () => {
    for (const t of Object.values(MODEL_META.thresholds)) expect(t).toBeGreaterThanOrEqual(0.7);
  });
});
