import { describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../../rules/index';
import { splitOf, written } from '../corpus/split';

describe('the written corpus (issue 9)', () => {
  const cases = written();

  it('is large, valid, with unique ids and known refs, and at least 40% clean', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15_000);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) for (const r of c.refs) expect(ITEM_IDS, `${c.id}: ${r}`).toContain(r);
    expect(cases.filter((c) => c.refs.length === 0).length / cases.length).toBeGreaterThan(0.4);
  });

  it('splits about 80/10/10 by id, the same way every time', () => {
    const n = { train: 0, dev: 0, test: 0 };
    for (const c of cases) n[splitOf(c.id)]++;
    expect(n.test / cases.length).toBeGreaterThan(0.08);
    expect(n.test / cases.length).toBeLessThan(0.12);
    expect(n.dev / cases.length).toBeGreaterThan(0.08);
    expect(splitOf('tl-00001')).toBe(splitOf('tl-00001'));
  });
});
