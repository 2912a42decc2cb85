// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { present } from '@/rules/present';
import type { Finding } from '@/rules/types';
import { renderCard } from './ui';
import { CardController, keyOf } from './card';
import { TEST_NAMES } from './names';
import { Overlay } from './overlay';
import { Painter } from './painter';
import { Tracker, type Entry } from './tracker';
import { fakeFindings, installDomShims } from './testing';
import { View } from './view';

installDomShims();
afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

const tick = () => new Promise((r) => setTimeout(r));
const rect = (left: number, top: number, width: number, height: number) => new DOMRect(left, top, width, height);

/** A tracker, view and card over a plain textarea (jsdom has no layout; textareas need none here). */
function rig() {
  const overlay = new Overlay(TEST_NAMES);
  const painter = new Painter(overlay.layer, TEST_NAMES);
  const live = document.createElement('div');
  const frames: (() => void)[] = [];
  const changed: Entry[] = [];
  const tracker: Tracker = new Tracker({
    check: async (text) => present(text, fakeFindings(text)),
    keyOf,
    layer: overlay.layer,
    changed: (e) => (changed.push(e), view.invalidate(e)),
    badgeClicked: () => {},
    failed: () => {},
    moved: () => view.schedule(),
  });
  const view: View = new View({ tracker, painter, live, raf: (cb) => frames.push(cb), lang: () => 'id', dark: () => false, setDark: () => {}, afterLayout: () => {}, drawn: (e) => card.refresh(e) });
  const stored: { ignored: string[]; allowed: string[] } = { ignored: [], allowed: [] };
  const card = new CardController({
    layer: overlay.layer,
    tracker,
    lang: () => 'id',
    render: (e) => view.render(e),
    setActive: () => {},
    ignore: (ruleId, excerpt) => stored.ignored.push(`${ruleId}:${excerpt}`),
    allow: (phrase) => stored.allowed.push(phrase),
    applied: () => {},
    opened: () => {},
  });
  const frame = () => frames.splice(0).forEach((cb) => cb());
  return { overlay, painter, tracker, view, card, frame, stored, changed };
}

/** A rig with a textarea holding `value`, tracked, checked and drawn. */
async function drawnTextarea(value: string) {
  const r = rig();
  const ta = textarea(value);
  const e = r.tracker.track(ta);
  await tick();
  r.frame();
  return { ...r, ta, e };
}

function textarea(value: string): HTMLTextAreaElement {
  const ta = document.createElement('textarea');
  ta.value = value;
  document.body.append(ta);
  return ta;
}

describe('Tracker', () => {
  it('tracks an editor once, reads its text into its session, and forgets it completely', async () => {
    const { tracker, overlay } = rig();
    const ta = textarea('Dasar goblok');
    const a = tracker.track(ta);
    expect(tracker.track(ta)).toBe(a);
    expect(a.kind).toBe('textarea');
    await tick();
    expect(a.session.current).toBe(true);
    expect(a.session.shown.map((f) => f.ruleId)).toEqual(['insult']);
    tracker.forget(a);
    expect(tracker.get(ta)).toBeUndefined();
    expect(overlay.layer.querySelector('.badge')).toBeNull();
  });

  it('reads the text of a contenteditable through the DOM map, paragraphs joined as Lexical does', () => {
    const { tracker } = rig();
    const ed = document.createElement('div');
    ed.setAttribute('contenteditable', 'true');
    ed.setAttribute('role', 'textbox');
    ed.innerHTML = '<p><span>satu</span></p><p><span>dua</span></p>';
    document.body.append(ed);
    expect(tracker.read(tracker.track(ed))).toBe('satu\n\ndua');
  });
});

describe('View', () => {
  it('draws in the next frame: badge count and severity, and findings moved onto newer text', async () => {
    const { view, ta, e } = await drawnTextarea('Dokumen RAHASIA dan goblok');
    expect(e.badge.textContent).toBe('2');
    expect(e.badge.dataset.severity).toBe('danger');
    // A mouse target, not the page's last tab stop: the shortcut opens the card from the editor.
    expect(e.badge.tabIndex).toBe(-1);
    // The user typed at the start; until the new check, marks follow their words.
    ta.value = `xx${ta.value}`;
    view.render(e);
    expect(e.drawnText).toBe(ta.value);
    expect(e.drawn.map((f) => ta.value.slice(f.start, f.end)).sort()).toEqual(['RAHASIA', 'goblok']);
  });
});

describe('CardController', () => {
  it('applies a suggestion at the words shown, even after typing moved them', async () => {
    const { card, ta, e } = await drawnTextarea('Dokumen RAHASIA ini');
    card.open(e, 0, false);
    // The button names the replacement it will write.
    expect(card.element!.querySelector('.btn-apply')!.textContent).toBe('Ganti jadi: «[dirahasiakan]»');
    ta.value = `Baru: ${ta.value}`;
    (card.element!.querySelector('.btn-apply') as HTMLElement).click();
    expect(ta.value).toBe('Baru: Dokumen [dirahasiakan] ini');
  });

  it('speaks one language at a time, and switches on request for the rest of the page', async () => {
    const { card, e } = await drawnTextarea('Dokumen RAHASIA ini');
    card.open(e, 0, false);
    const el = () => card.element!;
    expect(el().lang).toBe('id');
    expect(el().querySelector('.msg')!.textContent).toBe('pesan');
    expect(el().textContent).not.toContain('message');
    (el().querySelector('.lang-switch') as HTMLElement).click();
    expect(el().lang).toBe('en');
    expect(el().querySelector('.msg')!.textContent).toBe('message');
    expect(el().querySelector('.btn-apply')!.textContent).toBe('Replace with: «[dirahasiakan]»');
    expect((el().getRootNode() as ShadowRoot).activeElement).toBe(el().querySelector('.lang-switch'));
    card.close(false);
    card.open(e, 0, false);
    expect(el().lang).toBe('en');
  });

  it('refuses with a notice when the words themselves changed, and changes nothing', async () => {
    const { card, stored, ta, e } = await drawnTextarea('Dasar goblok kamu');
    card.open(e, 0, false);
    ta.value = 'Dasar goblak kamu';
    (card.element!.querySelector('.btn-ignore') as HTMLElement).click();
    expect(stored.ignored).toEqual([]);
    expect(card.element?.querySelector('.notice')?.textContent).toContain('Teks sudah berubah');
    expect(card.element?.querySelector('.actions')).toBeNull();
  });

  it('stores exactly the words shown when allowed, whatever was typed around them', async () => {
    const { card, stored, ta, e } = await drawnTextarea('Dasar goblok kamu');
    card.open(e, 0, false);
    ta.value = `ab${ta.value}`;
    (card.element!.querySelector('.btn-allow') as HTMLElement).click();
    expect(stored.allowed).toEqual(['goblok']);
  });
});

describe('visibleWindow', () => {
  it('gives long texts a window around what is on screen, and short ones everything', async () => {
    const { visibleWindow, LONG_TEXT } = await import('./view');
    const { tracker } = rig();
    const ed = document.createElement('div');
    ed.setAttribute('contenteditable', 'true');
    ed.setAttribute('role', 'textbox');
    const long = 'kata '.repeat(LONG_TEXT);
    ed.innerHTML = `<p><span>${long}</span></p>`;
    document.body.append(ed);
    const e = tracker.track(ed);
    const node = ed.querySelector('span')!.firstChild!;
    ed.getBoundingClientRect = () => rect(0, 0, 500, 300);
    const doc = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range };
    doc.caretRangeFromPoint = (_x, y) => {
      const r = document.createRange();
      r.setStart(node, y < 100 ? 40_000 : 41_000);
      return r;
    };
    expect(visibleWindow(e, long.length)).toEqual({ start: 37_000, end: 44_000 });
    expect(visibleWindow(e, 100)).toEqual({ start: 0, end: 100 });
    delete (doc as { caretRangeFromPoint?: unknown }).caretRangeFromPoint;
  });
});

describe('a unit pack finding on the card', () => {
  it('shows the pack message with its formatting made safe, and the SOP link', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const f: Finding = {
      ruleId: 'unit-pack',
      refs: ['larangan-5'],
      severity: 'danger',
      start: 0,
      end: 6,
      source: 'unit-pack',
      link: 'https://sop.kodim0818.example/medsos',
      message: { id: 'Nama operasi <b>tidak boleh</b> diunggah.<img src=x onerror="document.body.dataset.pwned=1"><script>document.body.dataset.pwned=2</script> <a href="javascript:alert(1)">klik</a>', en: 'Never post <i>operation names</i>.' },
    };
    const card = renderCard(root, [f], 0, () => 'Teratai', 'id', { apply() {}, ignore() {}, allow() {}, close() {}, show() {}, switchLang() {} });
    const msg = card.querySelector('.msg')!;
    expect(msg.innerHTML).toBe('Nama operasi <b>tidak boleh</b> diunggah. klik');
    expect(card.querySelector('img, script')).toBeNull();
    expect(document.body.dataset.pwned).toBeUndefined();
    const sop = card.querySelector<HTMLAnchorElement>('a.sop')!;
    expect(sop.href).toBe('https://sop.kodim0818.example/medsos');
    expect(sop.rel).toBe('noopener noreferrer');
    expect(card.querySelector('.sev')!.textContent).toBe('Berbahaya · Aturan satuan');
  });
});
