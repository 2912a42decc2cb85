import { record } from './fixture';

// Old touch m.facebook.com: plain <textarea> comment boxes inside ordinary forms.
window.__fixture = { submissions: [], lexicalText: () => null, ready: true, cspViolations: [] };
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-demo-form]')) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const textarea = form.querySelector('textarea')!;
    record({ kind: 'comment', editor: textarea.name, text: textarea.value });
    textarea.value = '';
  });
}
document.documentElement.dataset.demoReady = 'true';
