import { describe, expect, it, vi } from 'vitest';
import { createChecker } from './index';
import { checkForUser, ignoreKey, LONG_TEXT, MAX_SHOWN, normalizeExcerpt, PieceCache, pieces, present, trimSpan } from './present';
import type { Finding, Severity } from './types';

const msg = { id: 'x', en: 'x' };
const f = (ruleId: string, start: number, end: number, severity: Severity = 'warning', refs: Finding['refs'] = ['etika-7']): Finding => ({ ruleId, refs, severity, start, end, message: msg });

describe('present', () => {
  it('hides a finding nested in a wider one with the same refs and at least its severity', () => {
    const text = 'dokumen RAHASIA ini';
    const wide = f('doc', 0, 15, 'danger', ['larangan-5']);
    const mark = f('mark', 8, 15, 'danger', ['larangan-5']);
    expect(present(text, [mark, wide]).shown).toEqual([wide]);
    // A nested finding of another item, or more severe, says something else and stays.
    const other = f('other', 8, 15, 'danger', ['etika-7']);
    expect(present(text, [wide, other]).shown.map((x) => x.ruleId)).toEqual(['doc', 'other']);
    const worse = f('worse', 8, 15, 'danger', ['larangan-5']);
    const mild = f('mild', 0, 15, 'warning', ['larangan-5']);
    expect(present(text, [mild, worse]).shown.map((x) => x.ruleId)).toEqual(['mild', 'worse']);
  });

  it('keeps the more severe of two equal spans', () => {
    const text = 'goblok';
    expect(present(text, [f('a', 0, 6, 'warning'), f('b', 0, 6, 'danger')]).shown.map((x) => x.ruleId)).toEqual(['b']);
  });

  it('orders by position, then severity, and counts by severity', () => {
    const text = 'aaaa bbbb cccc';
    const out = present(text, [f('c', 10, 14, 'info', ['larangan-6']), f('a', 0, 4, 'warning'), f('b', 0, 4, 'danger', ['larangan-5'])]);
    expect(out.shown.map((x) => x.ruleId)).toEqual(['b', 'a', 'c']);
    expect(out.counts).toEqual({ info: 1, warning: 1, danger: 1 });
  });

  it('drops ignored findings by rule and words, and allowed words, whatever their position or spelling', () => {
    const text = 'Dasar  GOBLOK, kamu goblok';
    const findings = [f('insult', 7, 13), f('insult', 20, 26)];
    expect(present(text, findings, { ignored: [ignoreKey('insult', 'goblok')] }).shown).toEqual([]);
    expect(present(text, findings, { ignored: [ignoreKey('other-rule', 'goblok')] }).shown).toHaveLength(2);
    expect(present(text, findings, { allowed: ['Goblok'] }).shown).toEqual([]);
  });

  it('ignores and allows a finding of any length and kind (a coordinate, a 300-character span)', () => {
    const coord = 'Pos kami -7.9666, 112.6326 malam ini';
    const c = f('coord', 9, 26, 'danger', ['larangan-5']);
    expect(present(coord, [c], { allowed: ['-7.9666, 112.6326'] }).shown).toEqual([]);
    const long = 'kata '.repeat(60).trim();
    const l = f('long', 0, long.length);
    const key = normalizeExcerpt(long);
    expect(key.length).toBeLessThanOrEqual(200);
    expect(present(long, [l], { allowed: [key] }).shown).toEqual([]);
    expect(present(long, [l], { ignored: [ignoreKey('long', long)] }).shown).toEqual([]);
    // Two long excerpts with the same beginning keep different keys.
    expect(normalizeExcerpt(`${long} satu`)).not.toBe(normalizeExcerpt(`${long} dua`));
  });

  it('trims surrounding punctuation and spaces so a suggestion never deletes a full stop', () => {
    const text = 'Password: rahasia123.';
    expect(trimSpan(text, 10, 21)).toEqual({ start: 10, end: 20 });
    expect(present(text, [f('pw', 10, 21)]).shown[0]).toMatchObject({ start: 10, end: 20 });
    // A leading minus is part of a coordinate, not punctuation to trim.
    expect(trimSpan('x -7.96, 112.63.', 2, 16)).toEqual({ start: 2, end: 15 });
  });

  it('never shows more than MAX_SHOWN at once, and stays fast on tens of thousands of findings', () => {
    const n = 60_000;
    const text = 'anjing '.repeat(n);
    const findings = Array.from({ length: n }, (_, i) => f('insult', i * 7, i * 7 + 6));
    const out = present(text, findings);
    expect(out.shown).toHaveLength(MAX_SHOWN);
    expect(out.counts.warning).toBe(n);
    // A danger past the cap is still among those shown, so the prompt can name it.
    const late = f('late', text.length - 6, text.length - 1, 'danger', ['larangan-5']);
    const withDanger = present(text, [...findings, late]);
    expect(withDanger.shown).toHaveLength(MAX_SHOWN);
    expect(withDanger.shown.at(-1)).toBe(late);
  });

  it('is what the scanner and the extension both get from checkForUser', () => {
    const checker = createChecker();
    const text = 'Dasar goblok. Lokasi pos: -7.9666, 112.6326.';
    const out = checkForUser(checker, text);
    expect(out.shown.map((x) => text.slice(x.start, x.end))).toEqual(['goblok', '-7.9666, 112.6326']);
    expect(checkForUser(checker, text, { ignored: [ignoreKey(out.shown[0]!.ruleId, 'GOBLOK')] }).shown).toHaveLength(1);
  });
});

describe('normalizeExcerpt', () => {
  it('is idempotent, so a stored key matches itself', () => {
    for (const s of ['Dasar  GOBLOK', 'ｇｏｂｌｏｋ', 'b\u200bangsat', 'kata '.repeat(80), '…'.repeat(100)]) {
      const k = normalizeExcerpt(s);
      expect(normalizeExcerpt(k)).toBe(k);
    }
  });
});

describe('long texts, piece by piece', () => {
  const para = (i: number) => `Paragraf ${i}: kegiatan karya bakti berjalan lancar. Dasar goblok yang tidak datang! Warga senang sekali.`;
  const long = Array.from({ length: 800 }, (_, i) => para(i)).join('\n\n');

  it('cuts a long text into contiguous pieces at content-defined places, none over 20,000 characters', () => {
    for (const text of [long, 'Kalimat biasa saja di sini. '.repeat(40_000), 'x'.repeat(120_000)]) {
      const ps = pieces(text);
      expect(ps[0]!.start).toBe(0);
      expect(ps.at(-1)!.end).toBe(text.length);
      for (let i = 1; i < ps.length; i++) expect(ps[i]!.start).toBe(ps[i - 1]!.end);
      for (const p of ps) expect(p.end - p.start).toBeLessThanOrEqual(20_000);
    }
    // An edit inside one paragraph moves no boundary outside it (those after it shift by the edit).
    const at = long.indexOf('Paragraf 400:');
    const paraEnd = long.indexOf('\n\n', at);
    const edited = long.replace('Paragraf 400:', 'Paragraf empat ratus:');
    const delta = edited.length - long.length;
    const after = new Set(pieces(edited).map((p) => p.start));
    for (const p of pieces(long)) {
      if (p.start <= at) expect(after.has(p.start), `boundary ${p.start}`).toBe(true);
      else if (p.start > paraEnd) expect(after.has(p.start + delta), `boundary ${p.start}`).toBe(true);
    }
  });

  it('gives the same findings with and without the cache, and re-checks only the piece that changed', () => {
    const checker = createChecker();
    const cache = new PieceCache();
    expect(long.length).toBeGreaterThan(LONG_TEXT);
    const first = checkForUser(checker, long, {}, cache);
    expect(first).toEqual(checkForUser(createChecker(), long));
    expect(first.counts.warning).toBe(800);
    const spy = vi.spyOn(checker, 'check');
    const edited = `${long} Tambahan.`;
    const again = checkForUser(checker, edited, {}, cache);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(again).toEqual(checkForUser(createChecker(), edited));
    // Another config starts afresh; a small budget keeps only the newest pieces.
    spy.mockClear();
    checkForUser(checker, edited, { sensitivity: 'strict' }, cache);
    expect(spy.mock.calls.length).toBe(new Set(pieces(edited).map((p) => edited.slice(p.start, p.end))).size);
    const small = new PieceCache(1_000);
    checkForUser(checker, long, {}, small);
    spy.mockClear();
    checkForUser(checker, long, {}, small);
    const distinct = new Set(pieces(long).map((p) => long.slice(p.start, p.end))).size;
    expect(spy.mock.calls.length).toBeGreaterThan(distinct - 15);
  });
});
