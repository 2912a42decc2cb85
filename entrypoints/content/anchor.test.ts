import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diff, reanchor } from './anchor';

const span = (text: string, word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length };
};

describe('reanchor', () => {
  it('keeps findings before a change in place and shifts those after it', () => {
    const before = 'Dasar goblok, pos kami -7.9666, 112.6326 ok';
    const after = `xy${before}`;
    const [coord] = reanchor(before, after, [span(before, '-7.9666, 112.6326')]);
    expect(after.slice(coord!.start, coord!.end)).toBe('-7.9666, 112.6326');
    const typedAtEnd = `${before} lagi`;
    expect(reanchor(before, typedAtEnd, [span(before, 'goblok')])).toEqual([span(before, 'goblok')]);
  });

  it('drops a finding whose words changed or that a letter was typed against', () => {
    const before = 'Dasar goblok';
    expect(reanchor(before, 'Dasar gobloks', [span(before, 'goblok')])).toEqual([]);
    expect(reanchor(before, 'Dasar goblak', [span(before, 'goblok')])).toEqual([]);
    expect(reanchor(before, 'xDasar goblok', [span(before, 'Dasar')])).toEqual([]);
    // Punctuation next to it leaves the word as it was.
    expect(reanchor(before, 'Dasar goblok!', [span(before, 'goblok')])).toEqual([span(before, 'goblok')]);
  });

  it('never returns a span whose text differs from the original (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 6 }), fc.nat(), fc.nat(), fc.nat(), fc.nat(), (base, insert, at, cut, s, l) => {
        const i = at % (base.length + 1);
        const after = base.slice(0, i) + insert + base.slice(Math.min(base.length, i + (cut % 3)));
        const start = s % (base.length + 1);
        const end = Math.min(base.length, start + (l % 8));
        for (const m of reanchor(base, after, [{ start, end }])) expect(after.slice(m.start, m.end)).toBe(base.slice(start, end));
      }),
    );
  });

  it('finds the edit as a common prefix and suffix', () => {
    expect(diff('abcdef', 'abXdef')).toEqual({ prefix: 2, suffix: 3, oldLength: 6, newLength: 6 });
    expect(diff('aaa', 'aaaa')).toEqual({ prefix: 3, suffix: 0, oldLength: 3, newLength: 4 });
  });
});
