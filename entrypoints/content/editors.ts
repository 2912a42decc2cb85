/**
 * Recognising Facebook's editors by role, aria and data-lexical-editor — never by hashed class names.
 */
export type EditorKind = 'composer' | 'comment' | 'textarea' | 'other';
export type EditableElement = HTMLElement;

export const EDITOR_SELECTOR = '[contenteditable="true"][role="textbox"], [data-lexical-editor="true"][contenteditable="true"]';

/** The editor an event happened in, if it is one we check. */
export function editorFromTarget(target: EventTarget | null): EditableElement | null {
  if (!(target instanceof Element)) return null;
  if (target instanceof HTMLTextAreaElement) return target.readOnly || target.disabled ? null : target;
  const el = target.closest<HTMLElement>(EDITOR_SELECTOR);
  return el && el.isContentEditable ? el : null;
}

export function classifyEditor(el: EditableElement): EditorKind {
  if (el instanceof HTMLTextAreaElement) return 'textarea';
  if (el.closest('[role="dialog"]')?.querySelector('form[method="POST" i]')) return 'composer';
  if (el.closest('form[role="presentation"]') || el.closest('[role="article"], [aria-posinset]')) return 'comment';
  return 'other';
}
