// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { present, type Presented } from '@/rules/present';
import type { Finding } from '@/rules/types';
import { PublishGuard } from './guard';
import { EditorSession } from './session';

function setup() {
  const pending: { text: string; resolve: (p: Presented) => void }[] = [];
  const check = (text: string) => new Promise<Presented>((resolve) => pending.push({ text, resolve }));
  const answerAll = async () => {
    while (pending.length) {
      const p = pending.shift()!;
      const findings: Finding[] = p.text.includes('RAHASIA')
        ? [{ ruleId: 'mark', refs: ['larangan-5'], severity: 'danger', start: p.text.indexOf('RAHASIA'), end: p.text.indexOf('RAHASIA') + 7, message: { id: '', en: '' } }]
        : [];
      p.resolve(present(p.text, findings));
      await new Promise((r) => setTimeout(r));
    }
  };
  const el = document.createElement('div');
  const s = new EditorSession(check, () => '', () => {});
  const asked: ((publish: boolean) => void)[] = [];
  const guard = new PublishGuard({ session: () => s, ask: (_s, _el, choose) => asked.push(choose) });
  const published = vi.fn();
  const attempt = () => guard.intercept(el, published);
  return { s, guard, attempt, published, asked, answerAll, pending };
}

describe('PublishGuard', () => {
  it('lets a checked clean text through untouched', async () => {
    const g = setup();
    g.s.update('halo semua');
    await g.answerAll();
    expect(g.attempt()).toBe(false);
    expect(g.published).not.toHaveBeenCalled();
  });

  it('holds a publish while the check is pending and replays it once; repeated attempts are absorbed', async () => {
    const g = setup();
    g.s.update('halo semua');
    expect(g.attempt()).toBe(true);
    expect(g.attempt()).toBe(true);
    expect(g.attempt()).toBe(true);
    await g.answerAll();
    expect(g.published).toHaveBeenCalledTimes(1);
  });

  it('asks before a danger text, absorbs attempts while asking, publishes once on "publish anyway"', async () => {
    const g = setup();
    g.s.update('dokumen RAHASIA');
    expect(g.attempt()).toBe(true);
    await g.answerAll();
    expect(g.asked).toHaveLength(1);
    expect(g.guard.asking).toBe(true);
    expect(g.attempt()).toBe(true);
    expect(g.asked).toHaveLength(1);
    g.asked[0]!(true);
    g.asked[0]!(true);
    expect(g.published).toHaveBeenCalledTimes(1);
    expect(g.guard.asking).toBe(false);
  });

  it('going back publishes nothing and the next attempt asks again', async () => {
    const g = setup();
    g.s.update('dokumen RAHASIA');
    await g.answerAll();
    expect(g.attempt()).toBe(true);
    g.asked[0]!(false);
    expect(g.published).not.toHaveBeenCalled();
    expect(g.attempt()).toBe(true);
    expect(g.asked).toHaveLength(2);
  });

  it('does not intercept its own replay (no loop, no double publish)', async () => {
    const g = setup();
    const s = g.s;
    const holder: { guard?: PublishGuard } = {};
    const replay = vi.fn(() => expect(holder.guard!.intercept(document.body, replay)).toBe(false));
    const guard = (holder.guard = new PublishGuard({ session: () => s, ask: () => {} }));
    s.update('teks bersih');
    expect(guard.intercept(document.body, replay)).toBe(true);
    await g.answerAll();
    expect(replay).toHaveBeenCalledTimes(1);
  });

  it('never holds an empty editor, and lets a post go if the checker fails', async () => {
    const el = document.createElement('div');
    const broken = new EditorSession(() => Promise.reject(new Error('x')), () => '', () => {});
    const published = vi.fn();
    const guard = new PublishGuard({ session: () => broken, ask: () => {} });
    expect(guard.intercept(el, published)).toBe(false);
    broken.update('teks');
    expect(guard.intercept(el, published)).toBe(true);
    await new Promise((r) => setTimeout(r));
    expect(published).toHaveBeenCalledTimes(1);
  });
});
