// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markupText, safeMarkup } from '@/utils/markup';

const html = (s: string): string => {
  const div = document.createElement('div');
  div.append(safeMarkup(s));
  return div.innerHTML;
};

describe('a unit pack message', () => {
  it('keeps bold, italics and https links, which open safely in a new tab', () => {
    expect(html('Lihat <b>SOP</b> <i>satuan</i>: <a href="https://sop.kodim0818.example/medsos">di sini</a>')).toBe(
      'Lihat <b>SOP</b> <i>satuan</i>: <a href="https://sop.kodim0818.example/medsos" target="_blank" rel="noopener noreferrer">di sini</a>',
    );
  });

  it('drops scripts, handlers, images, styles and forms, and unlinks javascript:, data: and http: addresses', () => {
    const out = html(
      '<script>alert(1)</script><img src=x onerror="alert(2)"><b onclick="alert(3)" style="color:red">tebal</b>' +
        '<a href="javascript:alert(4)">jahat</a> <a href="data:text/html,<script>alert(5)</script>">data</a> <a href="http://x.example">http</a>' +
        '<form action="https://x.example"><input name=p></form><iframe src="https://x.example"></iframe><svg><a href="https://x.example">svg</a></svg>',
    );
    expect(out).toBe('<b>tebal</b>jahat data http');
    expect(out).not.toMatch(/script|onerror|onclick|style|javascript|<img|<form|<input|<iframe|<svg/i);
  });

  it('gives plain words for lists', () => {
    expect(markupText('<b>Jangan</b> sebut <a href="https://x.example">nama operasi</a><script>x()</script>')).toBe('Jangan sebut nama operasi');
  });
});
