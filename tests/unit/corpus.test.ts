import { describe, expect, it } from 'vitest';
import { createChecker, ITEM_IDS } from '../../rules/index';
import { corpus, handWritten } from '../corpus/corpus';

const checker = createChecker();
const cases = corpus();
const counted = (text: string) => checker.check(text).filter((f) => f.severity !== 'info');

describe('the labelled corpus', () => {
  it('is large enough and about half clean texts that look dangerous', () => {
    expect(cases.length).toBeGreaterThanOrEqual(500);
    const clean = handWritten().filter((c) => c.refs.length === 0).length;
    expect(clean / handWritten().length).toBeGreaterThan(0.4);
  });

  it('has at least four hand-written cases for every detectable item', () => {
    for (const id of ITEM_IDS.filter((i) => i !== 'etika-8')) {
      const n = handWritten().filter((c) => c.refs.includes(id)).length;
      // etika-3 rides along with larangan-5; the others each have their own cases.
      expect(n, id).toBeGreaterThanOrEqual(4);
    }
  });

  it('is caught item by item (recall ≥ 95%) with false alarms ≤ 3%', () => {
    const per = new Map<string, { n: number; hit: number }>();
    let clean = 0;
    const alarms: string[] = [];
    for (const c of cases) {
      const raised = new Set<string>(counted(c.text).flatMap((f) => f.refs));
      if (c.refs.length === 0) {
        clean++;
        if (raised.size) alarms.push(`${c.id}: ${c.text}`);
        continue;
      }
      for (const ref of c.refs) {
        const s = per.get(ref) ?? { n: 0, hit: 0 };
        s.n++;
        if (raised.has(ref) || c.refs.some((r) => raised.has(r))) s.hit++;
        per.set(ref, s);
      }
    }
    for (const [ref, s] of per) expect(s.hit / s.n, `${ref}: ${s.hit}/${s.n}`).toBeGreaterThanOrEqual(0.95);
    expect(alarms.length / clean, alarms.join('\n')).toBeLessThanOrEqual(0.03);
  });
});
