/**
 * The races of issue 10, tried many times at random moments inside the page (real Lexical, real
 * extension): applying a suggestion while typing never corrupts text, ignore/allow right after a
 * keystroke store exactly the words shown, and a publish pressed twice while a check is pending goes
 * out once. The randomness is the input; every wait is on an event.
 */
import { commentBox, composer, expect, openComposer, openDemo, serviceWorkerOf, test } from './fixtures';

/** In-page helpers, installed once per page: the overlay, waiting for Saring's signals. */
async function installHelpers(page: import('@playwright/test').Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const host = () => document.querySelector('saring-overlay') as HTMLElement | null;
    w.__t = {
      root: () => host()?.shadowRoot ?? null,
      sleep: (ms: number) => new Promise((r) => setTimeout(r, ms)),
      /** Resolves on the first frame where `cond` holds; rejects after 5 s so a stuck try is reported, not hung. */
      until: (cond: () => boolean, what: string) =>
        new Promise<void>((resolve, reject) => {
          const t0 = performance.now();
          const tick = (): void => {
            if (cond()) resolve();
            else if (performance.now() - t0 > 5000) reject(new Error(`stuck: ${what}`));
            else requestAnimationFrame(tick);
          };
          tick();
        }),
      /** Resolves once Saring has checked exactly `text`. */
      checked: (text: string) =>
        new Promise<void>((resolve) => {
          const done = (): boolean => {
            const raw = host()?.dataset.lastChecked;
            if (raw && (JSON.parse(raw) as { text: string }).text === text) {
              document.removeEventListener('saring:checked', onSignal);
              resolve();
              return true;
            }
            return false;
          };
          const onSignal = (): void => void done();
          document.addEventListener('saring:checked', onSignal);
          done();
        }),
      caretAt: (el: HTMLElement, where: 'start' | 'end') => {
        el.focus();
        const sel = getSelection()!;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const first = walker.nextNode() as Text | null;
        let last = first;
        for (let n = first; n; n = walker.nextNode() as Text | null) last = n;
        const r = document.createRange();
        if (where === 'start' && first) r.setStart(first, 0);
        else if (last) r.setStart(last, last.length);
        else r.setStart(el, 0);
        r.collapse(true);
        sel.removeAllRanges();
        sel.addRange(r);
      },
    };
  });
}

const BASE = 'Koordinat pos kami -7.9666, 112.6326 malam ini';
const COORD = '-7.9666, 112.6326';

test('200 tries of "Terapkan saran" while typing: the text is never corrupted, Lexical agrees with the page', async ({ page }) => {
  test.setTimeout(120_000);
  await openDemo(page);
  await commentBox(page, 0).click();
  await installHelpers(page);
  const results = await page.evaluate(
    async ({ base, tries }) => {
      type T = { root(): ShadowRoot | null; sleep(ms: number): Promise<void>; checked(t: string): Promise<void>; caretAt(el: HTMLElement, w: 'start' | 'end'): void };
      const t = (window as unknown as { __t: T }).__t;
      const ed = document.querySelector<HTMLElement>('[data-demo-editor="comment-0"]')!;
      const out: { start: string; end: string; final: string; dom: string; applied: boolean }[] = [];
      for (let i = 0; i < tries; i++) {
        window.__fixture.setText!('comment-0', base);
        await t.checked(base);
        (t.root()!.querySelector('.badge') as HTMLElement).click();
        const where = i % 2 ? 'start' : 'end';
        const letters = 'xyz'.slice(0, 1 + (i % 3));
        let start = '';
        let end = '';
        const typing = (async () => {
          for (const c of letters) {
            await t.sleep(Math.random() * 12);
            t.caretAt(ed, where);
            document.execCommand('insertText', false, c);
            if (where === 'start') start = c + start;
            else end += c;
          }
        })();
        let applied = false;
        const clicking = (async () => {
          await t.sleep(Math.random() * 30);
          const b = t.root()!.querySelector<HTMLElement>('.card .btn-apply');
          if (b) {
            applied = true;
            b.click();
          }
        })();
        await Promise.all([typing, clicking]);
        const final = window.__fixture.lexicalText('comment-0')!;
        await t.checked(final);
        t.root()!.querySelector<HTMLElement>('.card .close')?.click();
        out.push({ start, end, final, dom: ed.textContent ?? '', applied });
      }
      return out;
    },
    { base: BASE, tries: 200 },
  );
  const suggestion = results.map((r) => r.final.slice(r.start.length, r.final.length - r.end.length)).find((m) => m !== BASE)?.replace('Koordinat pos kami ', '').replace(' malam ini', '');
  expect(suggestion, 'some applies went through').toBeTruthy();
  expect(suggestion).not.toContain('7.9666');
  const allowed = (r: (typeof results)[number]) => [r.start + BASE + r.end, r.start + BASE.replace(COORD, suggestion!) + r.end];
  const bad = results.filter((r) => !allowed(r).includes(r.final) || r.dom !== r.final);
  expect(bad).toEqual([]);
  expect(results.filter((r) => r.applied && r.final.includes(COORD)).length, 'refusals are the exception').toBeLessThan(results.length / 2);
});

test('applying after typing inside the flagged words is refused with a message, and nothing changes', async ({ page }) => {
  await openDemo(page);
  await commentBox(page, 0).click();
  await installHelpers(page);
  const out = await page.evaluate(async (base) => {
    type T = { root(): ShadowRoot | null; checked(t: string): Promise<void> };
    const t = (window as unknown as { __t: T }).__t;
    window.__fixture.setText!('comment-0', base);
    await t.checked(base);
    (t.root()!.querySelector('.badge') as HTMLElement).click();
    // The user changes the coordinate itself; the card still shows the old one.
    const ed = document.querySelector<HTMLElement>('[data-demo-editor="comment-0"]')!;
    ed.focus();
    const text = ed.querySelector('span')!.firstChild as Text;
    const sel = getSelection()!;
    const r = document.createRange();
    r.setStart(text, base.indexOf('112') + 3);
    r.collapse(true);
    sel.removeAllRanges();
    sel.addRange(r);
    document.execCommand('insertText', false, '9');
    // The click is the user's next event: a task later, before Saring has checked the new text.
    await new Promise((r) => setTimeout(r));
    t.root()!.querySelector<HTMLElement>('.card .btn-apply')!.click();
    return { text: window.__fixture.lexicalText('comment-0'), notice: t.root()!.querySelector('.card .notice')?.textContent ?? null };
  }, BASE);
  expect(out.text).toBe(BASE.replace('112.6326', '1129.6326'));
  expect(out.notice).toContain('The text changed');
});

test('200 tries of ignore or always-allow right after a keystroke: each stores exactly the words the card showed', async ({ context, page }) => {
  test.setTimeout(120_000);
  const worker = await serviceWorkerOf(context);
  // A unit's watch terms give 200 distinct findings to act on (a warning, so both actions are offered).
  const terms = Array.from({ length: 200 }, (_, i) => `Sandi${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
  await worker.evaluate(async (watch) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome;
    await c.storage.local.set({ settings: { watchTerms: watch.map((term) => ({ term, severity: 'warning' })) } });
  }, terms);
  await openDemo(page);
  await commentBox(page, 0).click();
  await installHelpers(page);
  const actions = await page.evaluate(async (ws) => {
    type T = { root(): ShadowRoot | null; sleep(ms: number): Promise<void>; checked(t: string): Promise<void>; caretAt(el: HTMLElement, w: 'start' | 'end'): void };
    const t = (window as unknown as { __t: T }).__t;
    const ed = document.querySelector<HTMLElement>('[data-demo-editor="comment-0"]')!;
    const out: { quote: string; action: 'allow' | 'ignore' }[] = [];
    for (const [i, w] of ws.entries()) {
      const text = `Kode ${w} untuk besok`;
      window.__fixture.setText!('comment-0', text);
      await t.checked(text);
      (t.root()!.querySelector('.badge') as HTMLElement).click();
      const quote = t.root()!.querySelector('.card .quote')!.textContent!.slice(1, -1);
      // A keystroke somewhere (moving every offset after it), then the click, a random moment later.
      t.caretAt(ed, Math.random() < 0.5 ? 'start' : 'end');
      document.execCommand('insertText', false, 'ab'.slice(0, 1 + (i % 2)));
      await t.sleep(Math.random() * 8);
      const action = Math.random() < 0.5 ? 'allow' : 'ignore';
      const button = t.root()!.querySelector<HTMLElement>(`.card .btn-${action}`);
      if (!button) continue;
      button.click();
      if (t.root()!.querySelector('.card .notice')) continue;
      out.push({ quote, action });
    }
    return out;
  }, terms);
  expect(actions.length, 'most actions went through').toBeGreaterThan(150);
  const read = () =>
    worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await c.storage.local.get('settings')).settings as { allowTerms: string[]; ignored: { excerpt: string }[] };
    });
  const want = {
    allowTerms: actions.filter((a) => a.action === 'allow').map((a) => a.quote.toLowerCase()),
    ignored: actions.filter((a) => a.action === 'ignore').map((a) => a.quote.toLowerCase()),
  };
  await expect.poll(async () => {
    const s = await read();
    return { allowTerms: s.allowTerms, ignored: s.ignored.map((x) => x.excerpt) };
  }).toEqual(want);
  // Every stored phrase is a whole watch term: never a shifted or cut span.
  expect([...want.allowTerms, ...want.ignored].every((q) => terms.map((x) => x.toLowerCase()).includes(q))).toBe(true);
});

test('200 tries of Enter or the send icon pressed twice while the check is pending: every comment is published exactly once', async ({ page }) => {
  test.setTimeout(120_000);
  await openDemo(page);
  await commentBox(page, 0).click();
  await installHelpers(page);
  const counts = await page.evaluate(async (tries) => {
    type T = { sleep(ms: number): Promise<void>; checked(t: string): Promise<void>; until(c: () => boolean, what: string): Promise<void> };
    const t = (window as unknown as { __t: T }).__t;
    const ed = document.querySelector<HTMLElement>('[data-demo-editor="comment-0"]')!;
    const send = document.querySelector<HTMLElement>('[data-action="send"][data-editor="comment-0"]')!;
    const enter = () => ed.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
    const published: number[] = [];
    for (let i = 0; i < tries; i++) {
      const text = `Komentar bersih nomor ${i} dari Andi`;
      const before = window.__fixture.submissions.length;
      window.__fixture.setText!('comment-0', text);
      // The text is in the editor (Lexical committed it) the moment the user presses; Saring may not have checked it yet.
      await t.until(() => ed.textContent === text, `text ${i}`);
      const press = i % 2 ? enter : () => send.click();
      press();
      await t.sleep(Math.random() * 15);
      press();
      // Published and the box emptied and checked again: any second publish would have happened by now.
      await t.until(() => window.__fixture.submissions.length > before && window.__fixture.lexicalText('comment-0') === '', `published ${i}`);
      await t.checked('');
      published.push(window.__fixture.submissions.length - before);
    }
    return published;
  }, 200);
  expect(counts.filter((n) => n !== 1)).toEqual([]);
});

test('the composer Post button clicked twice while the check is pending publishes once (20 tries)', async ({ page }) => {
  test.setTimeout(120_000);
  await openDemo(page);
  for (let i = 0; i < 20; i++) {
    await openComposer(page);
    await composer(page).click();
    await page.keyboard.type(`Kabar baik ${i}`);
    await page.locator('[data-action="post"]').dblclick();
    await expect.poll(() => page.evaluate(() => window.__fixture.submissions.length)).toBe(i + 1);
    await expect(composer(page)).toHaveCount(0);
  }
  expect(await page.evaluate(() => window.__fixture.submissions.length)).toBe(20);
});
