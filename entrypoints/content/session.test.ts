import { describe, expect, it, vi } from 'vitest';
import { ignoreKey, present, type Presented } from '@/rules/present';
import type { Finding } from '@/rules/types';
import { EditorSession } from './session';

/** A fake checker: flags every "goblok" (warning) and "RAHASIA" (danger); answers when told to. */
function fakeChecker() {
  const pending: { text: string; resolve: (p: Presented) => void }[] = [];
  const flag = (text: string): Finding[] =>
    [...text.matchAll(/goblok|RAHASIA/g)].map((m) => ({
      ruleId: m[0] === 'goblok' ? 'insult' : 'mark',
      refs: [m[0] === 'goblok' ? 'etika-7' : 'larangan-5'],
      severity: m[0] === 'goblok' ? 'warning' : 'danger',
      start: m.index!,
      end: m.index! + m[0].length,
      message: { id: '', en: '' },
    }));
  return {
    pending,
    check: vi.fn((text: string) => new Promise<Presented>((resolve) => pending.push({ text, resolve }))),
    answer(i = 0) {
      const [p] = pending.splice(i, 1);
      p!.resolve(present(p!.text, flag(p!.text)));
      return new Promise((r) => setTimeout(r));
    },
  };
}
const keyOf = (text: string, f: Finding) => ignoreKey(f.ruleId, text.slice(f.start, f.end));

describe('EditorSession', () => {
  it('keeps one check in flight and checks the newest text next', async () => {
    const c = fakeChecker();
    const s = new EditorSession(c.check, keyOf, () => {});
    s.update('a');
    s.update('ab');
    s.update('abc');
    expect(c.check).toHaveBeenCalledTimes(1);
    await c.answer();
    expect(c.check).toHaveBeenCalledTimes(2);
    expect(c.pending[0]!.text).toBe('abc');
    expect(s.current).toBe(false);
    await c.answer();
    expect(s.current).toBe(true);
  });

  it('draws an older result moved onto the newer text while the newer one is checked', async () => {
    const c = fakeChecker();
    const drawn: string[][] = [];
    const s = new EditorSession(c.check, keyOf, (x) => drawn.push(x.shown.map((f) => x.shownText.slice(f.start, f.end))));
    s.update('Dasar goblok');
    s.update('xy Dasar goblok');
    await c.answer();
    // Drawn at once on the new text, before its own check finished.
    expect(drawn.at(-1)).toEqual(['goblok']);
    expect(s.shownText).toBe('xy Dasar goblok');
    expect(s.current).toBe(false);
  });

  it('is current only for the exact text, and whenCurrent waits for it', async () => {
    const c = fakeChecker();
    const s = new EditorSession(c.check, keyOf, () => {});
    s.update('RAHASIA');
    let done = false;
    void s.whenCurrent().then(() => (done = true));
    await c.answer();
    expect(done).toBe(true);
    expect(s.danger).toBe(true);
    s.update('aman');
    expect(s.current).toBe(false);
    await c.answer();
    expect(s.current && !s.danger).toBe(true);
  });

  it('hides an ignored finding at once, also from results already on their way', async () => {
    const c = fakeChecker();
    const s = new EditorSession(c.check, keyOf, () => {});
    s.update('goblok RAHASIA');
    await c.answer();
    s.update('goblok RAHASIA!');
    s.hide(ignoreKey('mark', 'RAHASIA'));
    expect(s.counts.danger).toBe(0);
    await c.answer();
    expect(s.shown.map((f) => f.ruleId)).toEqual(['insult']);
    expect(s.danger).toBe(false);
  });

  it('lets waiters go when the checker fails, and retries on request', async () => {
    const s = new EditorSession(() => Promise.reject(new Error('down')), keyOf, () => {});
    s.update('x');
    await expect(s.whenCurrent()).resolves.toBeUndefined();
    expect(s.current).toBe(false);
  });
});
