// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extract, rangeFor } from '@/entrypoints/content/textmap';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

describe('text ↔ DOM map of a Lexical editor', () => {
  it('joins paragraphs like Lexical, counts <br> and emoji images, skips the empty-paragraph <br>', () => {
    const el = editor(
      '<p><span data-lexical-text="true">Halo </span><span data-lexical-text="true">rekan</span></p>' +
        '<p><br></p>' +
        '<p><span data-lexical-text="true">baris</span><br><span data-lexical-text="true">dua </span><img alt="😀" src=""><span data-lexical-text="true"> goblok</span></p>',
    );
    const map = extract(el);
    expect(map.text).toBe('Halo rekan\n\n\n\nbaris\ndua 😀 goblok');
    const at = map.text.indexOf('goblok');
    const range = rangeFor(map, at, at + 'goblok'.length)!;
    expect(range.toString()).toBe('goblok');
    const across = rangeFor(map, map.text.indexOf('rekan'), map.text.indexOf('baris') + 5)!;
    expect(across.toString()).toBe('rekanbaris');
    const emoji = rangeFor(map, map.text.indexOf('😀'), map.text.indexOf('😀') + 2)!;
    expect(emoji.cloneContents().querySelector('img')?.getAttribute('alt')).toBe('😀');
  });

  it('reads a plain contenteditable without paragraphs', () => {
    const map = extract(editor('Dasar <b>bego</b> deh'));
    expect(map.text).toBe('Dasar bego deh');
    expect(rangeFor(map, 6, 10)!.toString()).toBe('bego');
  });

  it('ignores aria-hidden pieces such as placeholders', () => {
    const map = extract(editor('<p>abc<span aria-hidden="true">placeholder</span></p>'));
    expect(map.text).toBe('abc');
  });
});
