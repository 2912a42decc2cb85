/**
 * Which user actions publish: Enter (with or without Ctrl/Alt/Meta) in a comment box, send buttons
 * and icons found by role and label next to their editor, the composer's button, a form submit.
 * Pure decisions on events and elements; the guard decides what to do with them.
 */
import { editorFromTarget, EDITOR_SELECTOR, type EditableElement, type EditorKind } from './editors';

/** Labels of controls that publish, in Facebook's English and Indonesian (matched whole). */
const PUBLISH_LABELS = /^(post|posting|kirim|kirimkan|bagikan|share|publish|terbitkan|send|comment|komentari|kirim komentar|reply|balas|kirim balasan|update|perbarui|simpan)$/i;

export interface KeyFacts {
  kind: EditorKind;
  /** A mention or emoji picker is open: Enter picks from it. */
  pickerOpen: boolean;
}

/** Does this keydown ask the page to publish? */
export function isPublishKey(e: KeyboardEvent, facts: KeyFacts): boolean {
  if (e.key !== 'Enter' && e.code !== 'Enter' && e.code !== 'NumpadEnter') return false;
  if (e.isComposing || e.keyCode === 229) return false;
  // Ctrl/Alt/Meta+Enter publish wherever the page wants them to, composer and textarea included.
  if (e.ctrlKey || e.altKey || e.metaKey) return true;
  if (e.shiftKey || facts.pickerOpen) return false;
  // In the composer and in a textarea a plain Enter is a new line.
  return facts.kind === 'comment' || facts.kind === 'other';
}

/** The same key again, for a publish that may go ahead. */
export function replayKey(el: EditableElement, e: KeyboardEvent): () => void {
  const init: KeyboardEventInit = {
    key: e.key,
    code: e.code,
    keyCode: 13,
    which: 13,
    ctrlKey: e.ctrlKey,
    altKey: e.altKey,
    metaKey: e.metaKey,
    shiftKey: e.shiftKey,
    location: e.location,
    bubbles: true,
    cancelable: true,
    composed: true,
  } as KeyboardEventInit;
  return () => {
    el.focus();
    el.dispatchEvent(new KeyboardEvent('keydown', init));
  };
}

const labelOf = (el: Element): string => (el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The publishing control a click landed on, if any. */
export function publishControl(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const control = target.closest<HTMLElement>('button, [role="button"], input[type="submit"]');
  if (!control || control.getAttribute('aria-disabled') === 'true' || (control as HTMLButtonElement).disabled) return null;
  const label = control instanceof HTMLInputElement ? control.value : labelOf(control);
  return PUBLISH_LABELS.test(label) ? control : null;
}

const editorsIn = (root: Element): EditableElement[] =>
  [...root.querySelectorAll<HTMLElement>(`${EDITOR_SELECTOR}, textarea`)].filter((e) => editorFromTarget(e) === e);

/**
 * The editor a publishing control sends: the one in its dialog or form, else the only editor in a
 * close ancestor. A feed's own "Comment"/"Share" buttons have none, and are no publish.
 */
export function editorForControl(control: Element): EditableElement | null {
  for (const scope of [control.closest('[role="dialog"]'), control.closest('form')]) {
    if (!scope) continue;
    const found = editorsIn(scope);
    if (found.length) return found.find((e) => e.contains(document.activeElement)) ?? found[0]!;
  }
  let node = control.parentElement;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    if (node.matches('[role="article"], [role="feed"], [role="main"], body')) break;
    const found = editorsIn(node);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) break;
  }
  return null;
}
