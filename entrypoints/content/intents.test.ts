// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { editorForControl, isPublishKey, publishControl, replayKey } from './intents';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ...init });

describe('isPublishKey', () => {
  it.each([
    ['Enter in a comment', {}, 'comment', true],
    ['NumpadEnter in a comment', { code: 'NumpadEnter' }, 'comment', true],
    ['Shift+Enter (new line)', { shiftKey: true }, 'comment', false],
    ['Ctrl+Enter', { ctrlKey: true }, 'comment', true],
    ['Alt+Enter', { altKey: true }, 'comment', true],
    ['Meta+Enter', { metaKey: true }, 'comment', true],
    ['Ctrl+Enter in the composer', { ctrlKey: true }, 'composer', true],
    ['Enter in the composer (new line)', {}, 'composer', false],
    ['Enter in a textarea (new line; the form submits)', {}, 'textarea', false],
    ['Enter while composing (IME)', { isComposing: true }, 'comment', false],
    ['a letter', { key: 'a', code: 'KeyA' }, 'comment', false],
  ] as const)('%s', (_name, init, kind, expected) => {
    expect(isPublishKey(key(init), { kind, pickerOpen: false })).toBe(expected);
  });

  it('leaves Enter to an open mention picker', () => {
    expect(isPublishKey(key({}), { kind: 'comment', pickerOpen: true })).toBe(false);
  });
});

describe('publish controls', () => {
  const page = () => {
    document.body.innerHTML = `
      <div role="feed"><div role="article">
        <div role="button" aria-label="Komentari" id="feed-comment">Komentari</div>
        <div role="button" id="share">Bagikan</div>
        <form role="presentation"><div contenteditable="true" role="textbox" id="ed"></div>
          <div role="button" aria-label="Komentari" id="send"><svg></svg></div></form>
        <div><div contenteditable="true" role="textbox" id="reply"></div><span><div role="button" aria-label="Balas" id="reply-send">➤</div></span></div>
      </div></div>
      <div role="dialog"><form method="POST"><div contenteditable="true" role="textbox" id="composer"></div></form>
        <div role="button" aria-label="Post" id="post">Post</div><div role="button" aria-label="Post" aria-disabled="true" id="off">Post</div></div>`;
    for (const el of document.querySelectorAll<HTMLElement>('[contenteditable]')) Object.defineProperty(el, 'isContentEditable', { value: true });
  };

  it('finds the send icon of a comment box by its label and its editor by its form', () => {
    page();
    const send = publishControl(document.querySelector('#send svg'));
    expect(send?.id).toBe('send');
    expect(editorForControl(send!)?.id).toBe('ed');
  });

  it('finds a reply box send button outside any form by a close ancestor', () => {
    page();
    expect(editorForControl(publishControl(document.getElementById('reply-send'))!)?.id).toBe('reply');
  });

  it("ties the composer's Post button to the composer; a disabled one publishes nothing", () => {
    page();
    expect(editorForControl(publishControl(document.getElementById('post'))!)?.id).toBe('composer');
    expect(publishControl(document.getElementById('off'))).toBeNull();
  });

  it("does not take the feed's own Comment and Share buttons for a publish", () => {
    page();
    expect(editorForControl(publishControl(document.getElementById('feed-comment'))!)).toBeNull();
    expect(editorForControl(publishControl(document.getElementById('share'))!)).toBeNull();
  });

  it('replays the key with its modifiers', () => {
    page();
    const ed = document.getElementById('ed')!;
    const seen: KeyboardEvent[] = [];
    ed.addEventListener('keydown', (e) => seen.push(e));
    replayKey(ed, key({ ctrlKey: true, code: 'NumpadEnter' }))();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ key: 'Enter', code: 'NumpadEnter', ctrlKey: true, shiftKey: false });
  });
});
