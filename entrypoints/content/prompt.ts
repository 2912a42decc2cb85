/** The prompt before publishing a text with a `danger` finding: go back and edit, or publish anyway. */
import type { Finding } from '@/rules/types';
import { button, el, messageNode, other, pick, T, type Lang } from './ui';

export function renderPrompt(root: HTMLElement, findings: Finding[], excerpt: (f: Finding) => string, lang: Lang, onBack: () => void, onPublish: () => void): HTMLElement {
  const backdrop = el('div', 'prompt-backdrop');
  const box = el('div', 'prompt');
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-modal', 'true');
  box.setAttribute('aria-labelledby', 'saring-prompt-title');
  box.setAttribute('aria-describedby', 'saring-prompt-body');
  const title = el('h2', '', pick(T.promptTitle, lang));
  title.id = 'saring-prompt-title';
  const body = el('div', '');
  body.id = 'saring-prompt-body';
  body.append(el('p', '', pick(T.promptBody, lang)), el('p', 'msg-alt', other(T.promptBody, lang)));
  const list = el('ul', 'prompt-list');
  for (const f of findings.filter((x) => x.severity === 'danger')) {
    const li = el('li', '');
    li.append(el('span', 'quote', `«${excerpt(f)}» `), messageNode(f, lang, '', root.ownerDocument));
    list.append(li);
  }
  body.append(list);
  const row = el('div', 'actions');
  const back = button(T.back, lang, 'back');
  back.classList.add('primary');
  const publish = button(T.publish, lang, 'publish');
  row.append(back, publish);
  box.append(title, body, row);
  backdrop.append(box);
  back.addEventListener('click', onBack);
  publish.addEventListener('click', onPublish);
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onBack();
    }
    // Keep keyboard focus inside the prompt while it is open.
    if (e.key === 'Tab') {
      const order = [back, publish];
      const at = order.indexOf((root.getRootNode() as ShadowRoot).activeElement as HTMLButtonElement);
      e.preventDefault();
      order[(at + (e.shiftKey ? order.length - 1 : 1)) % order.length]!.focus();
    }
  });
  root.append(backdrop);
  back.focus();
  return backdrop;
}

