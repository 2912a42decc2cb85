import { card, checked, commentBox, expect, openDemo, test } from './fixtures';

/**
 * Issue 11: the card never covers the words it explains and stays inside the viewport, wherever the
 * words are: ten positions, including the screen's edges, a phone-width window and a 200% zoom (half
 * the CSS pixels).
 */
const LETTER = 'ST/1234/XI/2026';
const FILLER = 'Hari ini kami kerja bakti membersihkan saluran air bersama warga desa. ';

const POSITIONS: { name: string; viewport: { width: number; height: number }; text: string; scroll: 'start' | 'end' | 'center' }[] = [
  { name: 'short text, editor mid-screen', viewport: { width: 1280, height: 800 }, text: `Surat ${LETTER} sudah turun`, scroll: 'center' },
  { name: 'editor at the top edge', viewport: { width: 1280, height: 800 }, text: `Surat ${LETTER} sudah turun`, scroll: 'start' },
  { name: 'editor at the bottom edge', viewport: { width: 1280, height: 800 }, text: `Surat ${LETTER} sudah turun`, scroll: 'end' },
  { name: 'words at the end of a long text', viewport: { width: 1280, height: 800 }, text: `${FILLER.repeat(6)}Surat ${LETTER}`, scroll: 'end' },
  { name: 'words at the right end of a line', viewport: { width: 1280, height: 800 }, text: `${FILLER}${FILLER.slice(0, 40)} ${LETTER}`, scroll: 'center' },
  { name: 'phone width', viewport: { width: 360, height: 640 }, text: `Surat ${LETTER} sudah turun`, scroll: 'center' },
  { name: 'phone width, bottom edge', viewport: { width: 360, height: 640 }, text: `${FILLER.repeat(2)}Surat ${LETTER}`, scroll: 'end' },
  { name: '200% zoom, top edge', viewport: { width: 640, height: 400 }, text: `Surat ${LETTER} sudah turun`, scroll: 'start' },
  { name: '200% zoom, bottom edge', viewport: { width: 640, height: 400 }, text: `${FILLER}Surat ${LETTER}`, scroll: 'end' },
  { name: 'a low window, words mid-screen', viewport: { width: 1280, height: 360 }, text: `${FILLER}Surat ${LETTER} sudah turun`, scroll: 'center' },
];

for (const pos of POSITIONS) {
  test(`the card never covers its words: ${pos.name}`, async ({ page }) => {
    await page.setViewportSize(pos.viewport);
    await openDemo(page, '/', '?lang=id');
    await commentBox(page, 0).click();
    await page.evaluate((t) => window.__fixture.setText!('comment-0', t), pos.text);
    await checked(page, pos.text);
    await page.evaluate((block) => document.querySelector('[data-demo-editor="comment-0"]')!.scrollIntoView({ block }), pos.scroll);
    await commentBox(page, 0).focus();
    await page.keyboard.press('Alt+Shift+S');
    await expect(card(page)).toBeVisible();
    // Placed: the card is shown only once its position is computed.
    await expect.poll(() => card(page).evaluate((el) => (el as HTMLElement).style.opacity)).toBe('');
    const geometry = await page.evaluate(() => {
      const host = document.querySelector('saring-overlay')!;
      const el = host.shadowRoot!.querySelector('.card')!;
      const c = el.getBoundingClientRect();
      const range = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('saring-danger')!][0]!;
      const lines = [...range.getClientRects()].map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
      return { card: { left: c.left, top: c.top, right: c.right, bottom: c.bottom }, lines, vw: innerWidth, vh: innerHeight };
    });
    const { card: c, lines, vw, vh } = geometry;
    expect(lines.length).toBeGreaterThan(0);
    for (const r of lines) {
      const overlaps = c.left < r.right && r.left < c.right && c.top < r.bottom && r.top < c.bottom;
      expect(overlaps, `card ${JSON.stringify(c)} over words ${JSON.stringify(r)}`).toBe(false);
    }
    expect(c.left).toBeGreaterThanOrEqual(0);
    expect(c.top).toBeGreaterThanOrEqual(0);
    expect(c.right).toBeLessThanOrEqual(vw);
    expect(c.bottom).toBeLessThanOrEqual(vh);
    // The actions are still reachable: the card scrolls inside when it is cut short.
    await expect(card(page).locator('.btn-apply')).toBeFocused();
  });
}
