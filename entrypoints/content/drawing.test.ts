// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeNames, TEST_NAMES } from './names';
import { Overlay } from './overlay';
import { highlightCss, Painter, type Mark } from './painter';
import { HOVER_DELAY, LEAVE_DELAY, markAt, pointerHandler } from './pointer';
import { renderPrompt } from './prompt';
import { fakeFindings, installDomShims } from './testing';

installDomShims();
afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

const rect = (left: number, top: number, width: number, height: number) => new DOMRect(left, top, width, height);

describe('pointer', () => {
  const marks: Mark[] = [{ severity: 'warning', range: null, rects: () => [rect(10, 10, 50, 16)] }];

  it('hit-tests marks by their rects', () => {
    expect(markAt(marks, 20, 15)).toBe(0);
    expect(markAt(marks, 200, 15)).toBe(-1);
  });

  it('opens the card after a short rest on the words, once per frame of mouse moves', () => {
    vi.useFakeTimers();
    const open = vi.fn();
    const frames: (() => void)[] = [];
    const handle = pointerHandler({
      entryAt: () => ({ entry: 'e', marks }),
      raf: (cb) => frames.push(cb),
      setTimeout: (cb, ms) => setTimeout(cb, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
      showing: () => false,
      open,
      hoverCardOpen: () => false,
      overCard: () => false,
      closeHoverCard: () => {},
    });
    for (let i = 0; i < 5; i++) handle(new MouseEvent('mousemove', { clientX: 20, clientY: 15 }));
    expect(frames).toHaveLength(1);
    frames[0]!();
    vi.advanceTimersByTime(HOVER_DELAY - 1);
    expect(open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(open).toHaveBeenCalledWith('e', 0, true);
  });

  it('closes a card the pointer opened a short while after the pointer leaves it and its words, not while it is over either', () => {
    vi.useFakeTimers();
    const closed = vi.fn();
    const frames: (() => void)[] = [];
    const card = { left: 10, top: 30, right: 200, bottom: 120 };
    const handle = pointerHandler({
      // Over the card the event's target is Saring's overlay, not an editor.
      entryAt: (target) => (target === null ? null : { entry: 'e', marks }),
      raf: (cb) => frames.push(cb),
      setTimeout: (cb, ms) => setTimeout(cb, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
      showing: () => true,
      open: () => {},
      hoverCardOpen: () => true,
      overCard: (x, y) => x >= card.left && x <= card.right && y >= card.top && y <= card.bottom,
      closeHoverCard: closed,
    });
    const move = (x: number, y: number, overEditor: boolean) => {
      const e = new MouseEvent('mousemove', { clientX: x, clientY: y });
      Object.defineProperty(e, 'target', { value: overEditor ? document.body : null });
      handle(e);
      frames.shift()?.();
    };
    move(50, 60, false); // on the card
    vi.advanceTimersByTime(LEAVE_DELAY * 2);
    expect(closed).not.toHaveBeenCalled();
    move(500, 500, false); // away
    vi.advanceTimersByTime(LEAVE_DELAY - 100);
    move(20, 15, true); // back on the words in time
    vi.advanceTimersByTime(LEAVE_DELAY * 2);
    expect(closed).not.toHaveBeenCalled();
    move(500, 500, false);
    vi.advanceTimersByTime(LEAVE_DELAY);
    expect(closed).toHaveBeenCalledTimes(1);
  });
});

describe('Overlay and Painter', () => {
  it('store names close the shadow root: the page cannot look inside', () => {
    const o = new Overlay(makeNames(false));
    expect(o.host.shadowRoot).toBeNull();
    expect(o.host.tagName).not.toMatch(/SARING/);
    const inside = document.createElement('button');
    o.layer.append(inside);
    let owned = false;
    inside.addEventListener('click', (e) => (owned = o.owns(e)));
    inside.click();
    expect(owned).toBe(true);
  });

  it('without the Highlight API, draws boxes for marks from their rects', () => {
    const o = new Overlay(TEST_NAMES);
    const p = new Painter(o.layer, TEST_NAMES);
    p.set({}, [{ severity: 'danger', range: null, rects: () => [rect(1, 2, 30, 10)] }]);
    const box = o.layer.querySelector<HTMLElement>('.mark-danger')!;
    expect(box.style.left).toBe('1px');
    expect(box.style.width).toBe('30px');
  });
});

describe('prompt', () => {
  it('lists the danger findings, goes back on Escape and keeps focus inside', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const text = 'Dokumen RAHASIA dan goblok';
    const back = vi.fn();
    const el = renderPrompt(root, fakeFindings(text), (f) => text.slice(f.start, f.end), 'id', back, () => {});
    expect([...el.querySelectorAll('.prompt-list li')].map((li) => li.textContent)).toEqual(['«RAHASIA» pesan']);
    el.querySelector('.prompt')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(back).toHaveBeenCalledTimes(1);
  });
});


describe('severity shapes', () => {
  it('draws danger, warning and info with different line shapes, not colours alone', () => {
    const css = highlightCss({ danger: 'd', warning: 'w', info: 'i', active: 'a' });
    const shape = (name: string) => new RegExp(`::highlight\\(${name}\\) \\{ text-decoration: underline (\\w+)`).exec(css)?.[1];
    expect([shape('d'), shape('w'), shape('i')]).toEqual(['double', 'wavy', 'dotted']);
  });
});
