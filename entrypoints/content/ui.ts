/**
 * Saring's own UI inside the overlay: the card that explains a finding and the prompt before
 * publishing. Everything shown is set as text, never as HTML, except a unit pack's message, which
 * goes through DOMPurify's strict allow-list (utils/markup.ts).
 */
import { itemHeading } from '@/rules/guideline';
import type { Finding } from '@/rules/types';
import { safeMarkup } from '@/utils/markup';

export type Lang = 'id' | 'en';

export const T = {
  severity: { danger: ['Berbahaya', 'Danger'], warning: ['Peringatan', 'Warning'], info: ['Pengingat', 'Reminder'] },
  apply: ['Terapkan saran', 'Apply suggestion'],
  replaceWith: ['Ganti jadi: «{x}»', 'Replace with: «{x}»'],
  remove: ['Hapus kata ini', 'Remove these words'],
  ignore: ['Abaikan', 'Ignore'],
  allow: ['Selalu izinkan', 'Always allow'],
  allowHint: [
    'Kata-kata ini tidak akan ditandai lagi di tulisan mana pun. Bisa dibatalkan di Pengaturan.',
    'These words will never be flagged again, in any post. You can undo this in Settings.',
  ],
  ignoreHint: ['Sembunyikan temuan ini untuk kata-kata ini. Bisa dibatalkan di Pengaturan.', 'Hide this finding for these words. You can undo this in Settings.'],
  changed: ['Teks sudah berubah sejak temuan ini dibuat. Temuan sudah diperbarui; periksa lagi.', 'The text changed since this finding was made. The findings were updated; please look again.'],
  close: ['Tutup', 'Close'],
  switchLang: ['Tampilkan dalam bahasa Inggris', 'Show in Indonesian'],
  sop: ['SOP satuan', 'Unit SOP'],
  fromPack: ['Aturan satuan', 'Unit rule'],
  prev: ['Sebelumnya', 'Previous'],
  next: ['Berikutnya', 'Next'],
  promptTitle: ['Tunggu sebentar sebelum menerbitkan', 'Wait before you publish'],
  promptBody: [
    'Tulisan ini memuat hal yang berbahaya menurut pedoman media sosial TNI dan ASN:',
    'This text holds something dangerous under the TNI and civil-service social-media guideline:',
  ],
  back: ['Kembali dan sunting', 'Go back and edit'],
  publish: ['Tetap terbitkan', 'Publish anyway'],
} as const;

export const pick = (pair: readonly [string, string], lang: Lang): string => (lang === 'id' ? pair[0] : pair[1]);
export const other = (pair: readonly [string, string], lang: Lang): string => (lang === 'id' ? pair[1] : pair[0]);

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function button(label: readonly [string, string], lang: Lang, action: string): HTMLButtonElement {
  const b = el('button', `btn btn-${action}`);
  b.type = 'button';
  b.dataset.action = action;
  b.append(el('span', 'btn-main', pick(label, lang)));
  return b;
}

/** A finding's message: plain text, or a unit pack's simple markup made safe. */
export function messageNode(f: Finding, lang: Lang, cls: string, doc: Document): HTMLElement {
  const p = doc.createElement(cls === 'msg' ? 'p' : 'span');
  p.className = cls;
  if (f.source === 'unit-pack') p.append(safeMarkup(f.message[lang], doc));
  else p.textContent = f.message[lang];
  return p;
}

export function itemLine(ref: Finding['refs'][number], lang: Lang): string {
  return itemHeading(ref, lang);
}

export interface CardActions {
  apply(f: Finding): void;
  ignore(f: Finding): void;
  allow(f: Finding): void;
  close(): void;
  show(index: number): void;
  /** Shows the card in the other language. */
  switchLang(): void;
}

export function renderCard(root: HTMLElement, findings: Finding[], index: number, excerpt: (f: Finding) => string, lang: Lang, actions: CardActions, notice?: 'changed'): HTMLElement {
  const f = findings[index]!;
  const card = el('div', 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', `Saring: ${pick(T.severity[f.severity], lang)}`);
  card.dataset.severity = f.severity;
  card.dataset.ruleId = f.ruleId;

  const head = el('div', 'card-head');
  head.append(el('span', 'sev', f.source === 'unit-pack' ? `${pick(T.severity[f.severity], lang)} · ${pick(T.fromPack, lang)}` : pick(T.severity[f.severity], lang)));
  // One language at a time keeps the card short; the switch shows the other.
  const switcher = el('button', 'lang-switch', lang === 'id' ? 'EN' : 'ID');
  switcher.type = 'button';
  switcher.dataset.action = 'lang';
  switcher.lang = lang === 'id' ? 'en' : 'id';
  switcher.setAttribute('aria-label', pick(T.switchLang, lang));
  head.append(switcher);
  const close = el('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', pick(T.close, lang));
  close.dataset.action = 'close';
  head.append(close);
  card.append(head);

  if (notice) {
    const note = el('p', 'notice', pick(T[notice], lang));
    note.setAttribute('role', 'status');
    card.append(note);
  }
  card.append(el('p', 'quote', `«${excerpt(f)}»`));
  card.lang = lang;
  card.append(messageNode(f, lang, 'msg', root.ownerDocument));
  if (f.why) card.append(el('p', 'why', f.why[lang]));
  if (f.link?.startsWith('https://')) {
    const sop = el('a', 'sop', pick(T.sop, lang));
    sop.href = f.link;
    sop.target = '_blank';
    sop.rel = 'noopener noreferrer';
    card.append(sop);
  }
  const items = el('ul', 'items');
  for (const ref of f.refs) items.append(el('li', '', itemLine(ref, lang)));
  card.append(items);

  const row = el('div', 'actions');
  if (f.suggestion !== undefined) {
    // The button says what it will write, not just that it will write something.
    const fill = (t: string): string => t.replace('{x}', shorten(f.suggestion ?? ''));
    const label: readonly [string, string] = f.suggestion === '' ? T.remove : [fill(T.replaceWith[0]), fill(T.replaceWith[1])];
    const b = button(label, lang, 'apply');
    if (f.suggestion) b.title = f.suggestion;
    row.append(b);
  }
  const ignore = button(T.ignore, lang, 'ignore');
  ignore.title = pick(T.ignoreHint, lang);
  row.append(ignore);
  // A danger finding is never allowed for good: it must be fixed or ignored one phrase at a time.
  if (f.severity !== 'danger') {
    const allow = button(T.allow, lang, 'allow');
    allow.title = pick(T.allowHint, lang);
    row.append(allow);
  }
  card.append(row);

  if (findings.length > 1) {
    const nav = el('div', 'nav');
    const prev = el('button', 'btn-nav', '‹');
    prev.type = 'button';
    prev.dataset.action = 'prev';
    prev.setAttribute('aria-label', pick(T.prev, lang));
    const next = el('button', 'btn-nav', '›');
    next.type = 'button';
    next.dataset.action = 'next';
    next.setAttribute('aria-label', pick(T.next, lang));
    nav.append(prev, el('span', 'count', `${index + 1}/${findings.length}`), next);
    card.append(nav);
  }

  card.addEventListener('click', (e) => {
    const action = (e.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'apply') actions.apply(f);
    else if (action === 'ignore') actions.ignore(f);
    else if (action === 'allow') actions.allow(f);
    else if (action === 'close') actions.close();
    else if (action === 'lang') actions.switchLang();
    else if (action === 'prev') actions.show((index - 1 + findings.length) % findings.length);
    else if (action === 'next') actions.show((index + 1) % findings.length);
  });
  card.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      actions.close();
    }
  });
  root.append(card);
  return card;
}

export function announceText(findings: Finding[], lang: Lang, total = findings.length): string {
  const counted = findings.filter((f) => f.severity !== 'info').length;
  const danger = findings.filter((f) => f.severity === 'danger').length;
  if (total === 0) return lang === 'id' ? 'Saring: tidak ada temuan' : 'Saring: no findings';
  return lang === 'id'
    ? `Saring: ${total} temuan${danger ? `, ${danger} berbahaya` : counted ? '' : ' (pengingat)'}`
    : `Saring: ${total} finding${total > 1 ? 's' : ''}${danger ? `, ${danger} dangerous` : ''}`;
}

/** A replacement as a button shows it: at most 32 characters. */
function shorten(s: string): string {
  return s.length > 32 ? `${s.slice(0, 31)}…` : s;
}
