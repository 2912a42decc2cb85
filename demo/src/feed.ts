import { LABELS, type Lang, type Labels } from './labels';
import { record } from './fixture';
import { clearEditor, lexicalText, mountEditor, setText } from './lexical-editor';

const params = new URLSearchParams(location.search);
const lang: Lang = params.get('lang') === 'id' ? 'id' : 'en';
const L: Labels = LABELS[lang];
document.documentElement.lang = lang;
document.documentElement.className = params.get('theme') === 'dark' ? '__fb-dark-mode' : '__fb-light-mode';
window.__fixture = { submissions: [], lexicalText, setText, ready: false, cspViolations: [] };
document.addEventListener('securitypolicyviolation', (e) => window.__fixture.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));

const POSTS = [
  { author: 'Kodim 0818/Kab. Malang – Kota Batu', text: 'Karya bakti membersihkan saluran irigasi di Desa Ngantang bersama warga.', box: 'open' },
  { author: 'Babinsa Koramil Batu', text: 'Pendampingan petani apel menjelang musim panen.', box: 'late' },
  { author: 'Dinas Kominfo', text: 'Cek fakta dulu sebelum membagikan informasi.', box: 'open' },
] as const;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

const root = document.getElementById('mount')!;
const app = h('div', { id: 'app' });
const portal = h('div', { id: 'portal' });
root.append(app, portal);

/** What each comment or reply box does when it publishes (Enter or its send button). */
const senders = new Map<string, (text: string) => void>();

function commentForm(article: HTMLElement, postIndex: number): void {
  const list = article.querySelector<HTMLElement>('.comment-list')!;
  const form = h('form', { role: 'presentation', class: 'comment-form' });
  article.append(form);
  const id = `comment-${postIndex}`;
  const label = postIndex === 0 ? L.writePublicComment : L.writeComment;
  const submit = (text: string): void => {
    record({ kind: 'comment', editor: id, text });
    list.append(h('div', { role: 'article', 'aria-label': `${L.commentBy} Andi` }, h('b', {}, 'Andi '), text));
  };
  senders.set(id, submit);
  mountEditor(form, { id, rich: false, label, onSubmit: submit });
  // Facebook's send icon: an svg inside a role=button named "Comment"/"Komentari", in the form.
  form.append(h('div', { role: 'button', tabindex: '0', 'aria-label': L.send, 'data-action': 'send', 'data-editor': id, class: 'send' }, '➤'));
}

/** A reply box as Facebook draws some: no form around it, its send button a few levels away. */
function replyBox(article: HTMLElement, postIndex: number): void {
  const id = `reply-${postIndex}`;
  const wrap = h('div', { class: 'reply-box' });
  const row = h('div', { class: 'reply-row' });
  wrap.append(row);
  article.append(wrap);
  const submit = (text: string): void => {
    record({ kind: 'comment', editor: id, text });
    article.querySelector('.comment-list')!.append(h('div', { role: 'article' }, h('b', {}, 'Andi '), text));
  };
  senders.set(id, submit);
  mountEditor(row, { id, rich: false, label: L.writeReply, onSubmit: submit });
  wrap.append(h('span', {}, h('div', { role: 'button', tabindex: '0', 'aria-label': L.reply, 'data-action': 'send', 'data-editor': id, class: 'send' }, '➤')));
}

const feed = h('div', { role: 'feed' });
POSTS.forEach((post, i) => {
  const article = h(
    'div',
    { role: 'article', 'aria-labelledby': `post-author-${i}` },
    h('h3', { id: `post-author-${i}` }, post.author),
    h('p', {}, post.text),
    h('div', { class: 'comment-list' }),
  );
  if (post.box === 'late') {
    article.append(h('div', { role: 'button', tabindex: '0', 'data-action': 'leave-comment', 'data-post': String(i) }, L.leaveComment));
  }
  feed.append(h('div', { 'aria-posinset': String(i + 1), 'aria-setsize': String(POSTS.length) }, article));
  if (post.box === 'open') commentForm(article, i);
  if (i === 0) replyBox(article, i);
});

app.append(
  h(
    'header',
    {},
    h('strong', {}, 'facebook'),
    h('span', { class: 'demo-note' }, ' — demo'),
    h('button', { type: 'button', 'data-action': 'toggle-dark' }, L.darkMode),
  ),
  h(
    'div',
    { role: 'main' },
    h('div', { class: 'composer-entry' }, h('div', { role: 'button', tabindex: '0', 'data-action': 'open-composer' }, L.composerEntry)),
    feed,
    h('section', { 'aria-label': L.published, id: 'published' }),
  ),
);

function openComposer(): void {
  if (portal.querySelector('[role="dialog"]')) return;
  const title = h('h2', { id: 'composer-title' }, L.createPost);
  const postButton = h('div', { role: 'button', tabindex: '0', 'aria-label': L.post, 'aria-disabled': 'true', 'data-action': 'post' }, L.post);
  const form = h('form', { method: 'POST' }, title);
  const dialog = h(
    'div',
    { role: 'dialog', 'aria-labelledby': 'composer-title', class: 'dialog' },
    h('div', { role: 'button', 'aria-label': L.close, tabindex: '0', 'data-action': 'close-composer', class: 'close' }, '×'),
    form,
  );
  portal.append(h('div', { class: 'backdrop' }, dialog));
  // Facebook renders the editor a moment after the dialog; the extension must cope.
  requestAnimationFrame(() => {
    const editorEl = mountEditor(form, {
      id: 'composer',
      rich: true,
      label: L.composerEntry,
      onChange: (text) => postButton.setAttribute('aria-disabled', text.trim() ? 'false' : 'true'),
      // Like many editors, Ctrl/Cmd+Enter publishes from the composer (a plain Enter is a new line).
      onModEnter: publishPost,
    });
    form.append(postButton);
    editorEl.focus();
  });
}

function sendFrom(id: string, text: string): void {
  senders.get(id)?.(text);
  clearEditor(id);
}

function publishPost(): void {
  const text = lexicalText('composer') ?? '';
  if (!text.trim()) return;
  record({ kind: 'post', editor: 'composer', text });
  document.getElementById('published')!.append(h('div', { role: 'article' }, h('b', {}, 'Andi '), text));
  clearEditor('composer');
  portal.replaceChildren();
}

// Facebook-like delegated handler on the app root (React attaches its listeners there).
root.addEventListener('click', (event) => {
  const target = (event.target as Element).closest<HTMLElement>('[data-action]');
  if (!target) return;
  switch (target.dataset.action) {
    case 'open-composer':
      openComposer();
      break;
    case 'close-composer':
      portal.replaceChildren();
      break;
    case 'post':
      if (target.getAttribute('aria-disabled') !== 'true') publishPost();
      break;
    case 'send': {
      const id = target.dataset.editor!;
      const text = lexicalText(id) ?? '';
      if (!text.trim()) break;
      sendFrom(id, text);
      break;
    }
    case 'leave-comment': {
      const i = Number(target.dataset.post);
      const article = target.closest<HTMLElement>('[role="article"]')!;
      target.remove();
      commentForm(article, i);
      article.querySelector<HTMLElement>('[data-lexical-editor]')?.focus();
      break;
    }
    case 'toggle-dark': {
      const dark = document.documentElement.classList.contains('__fb-dark-mode');
      document.documentElement.className = dark ? '__fb-light-mode' : '__fb-dark-mode';
      break;
    }
  }
});
root.addEventListener('keydown', (event) => {
  const target = (event.target as Element).closest<HTMLElement>('[role="button"][data-action]');
  if (target && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    target.click();
  }
});

// A busy feed for benchmarks: ?feed=1000 adds that many posts, ?mutate=1 keeps changing them as
// Facebook does (reaction counts, timestamps, new posts at the bottom).
// ?boxes=N: N more posts, each with its own open comment box (many editors on one page).
const boxes = Math.min(50, Number(params.get('boxes') ?? 0));
for (let i = 0; i < boxes; i++) {
  const index = POSTS.length + i;
  const article = h('div', { role: 'article' }, h('h3', {}, `Anggota ${i + 1}`), h('p', {}, 'Laporan kegiatan harian.'), h('div', { class: 'comment-list' }));
  feed.append(h('div', { 'aria-posinset': String(index + 1) }, article));
  commentForm(article, index);
}
const extra = Number(params.get('feed') ?? 0);
if (extra > 0) {
  const counters: HTMLElement[] = [];
  for (let i = 0; i < extra; i++) {
    const count = h('span', { class: 'reactions' }, String(i % 50));
    counters.push(count);
    feed.append(h('div', { 'aria-posinset': String(POSTS.length + i + 1) }, h('div', { role: 'article' }, h('h3', {}, `Warga ${i}`), h('p', {}, `Kabar desa nomor ${i}: panen berjalan lancar.`), count)));
  }
  if (params.get('mutate') === '1') {
    let tick = 0;
    setInterval(() => {
      tick++;
      for (let k = 0; k < 20; k++) {
        const c = counters[(tick * 37 + k * 101) % counters.length]!;
        c.textContent = String(Number(c.textContent) + 1);
      }
      if (tick % 10 === 0) feed.append(h('div', { 'aria-posinset': String(feed.children.length + 1) }, h('div', { role: 'article' }, h('p', {}, `Postingan baru ${tick}`))));
    }, 50);
  }
}

window.__fixture.ready = true;
document.documentElement.dataset.demoReady = 'true';
