import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_HIGH,
  KEY_ENTER_COMMAND,
  createEditor,
  type LexicalEditor,
} from 'lexical';
import { registerPlainText } from '@lexical/plain-text';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';

const editors = new Map<string, LexicalEditor>();

export function lexicalText(id: string): string | null {
  const editor = editors.get(id);
  if (!editor) return null;
  return editor.getEditorState().read(() => $getRoot().getTextContent());
}

/** Replaces an editor's text through Lexical (as a paste would) and puts the caret at the start. */
export function setText(id: string, text: string): void {
  editors.get(id)?.update(() => {
    const root = $getRoot();
    root.clear();
    const p = $createParagraphNode();
    const t = $createTextNode(text);
    p.append(t);
    root.append(p);
    t.select(0, 0);
  });
}

export function clearEditor(id: string): void {
  editors.get(id)?.update(() => {
    $getRoot().clear();
  });
}

export interface EditorOptions {
  id: string;
  rich: boolean;
  label: string;
  /** Enter without Shift submits (comment boxes); returns the text to record. */
  onSubmit?: (text: string) => void;
  onChange?: (text: string) => void;
  /** Ctrl/Cmd+Enter publishes (the composer). */
  onModEnter?: () => void;
}

/**
 * Markup as Facebook renders it: a contenteditable textbox with data-lexical-editor and a sibling
 * aria-hidden placeholder (never inside the editor).
 */
export function mountEditor(container: HTMLElement, opts: EditorOptions): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'editor-wrap';
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.setAttribute('role', 'textbox');
  el.setAttribute('spellcheck', 'true');
  el.setAttribute('aria-label', opts.label);
  el.setAttribute('aria-placeholder', opts.label);
  el.dataset.demoEditor = opts.id;
  el.className = 'notranslate xzsf02u x1a2a7pz';
  el.style.whiteSpace = 'pre-wrap';
  el.style.userSelect = 'text';
  const placeholder = document.createElement('div');
  placeholder.setAttribute('aria-hidden', 'true');
  placeholder.className = 'placeholder';
  placeholder.textContent = opts.label;
  wrap.append(el, placeholder);
  container.append(wrap);

  const editor = createEditor({
    namespace: opts.id,
    nodes: opts.rich ? [HeadingNode, QuoteNode] : [],
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(el);
  if (opts.rich) registerRichText(editor);
  else registerPlainText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  editors.set(opts.id, editor);

  editor.registerUpdateListener(({ editorState }) => {
    const text = editorState.read(() => $getRoot().getTextContent());
    placeholder.hidden = text.length > 0;
    opts.onChange?.(text);
  });

  mountMentions(editor, wrap, el);

  if (opts.onModEnter) {
    const publish = opts.onModEnter;
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event: KeyboardEvent | null) => {
        if (!event || !(event.ctrlKey || event.metaKey)) return false;
        event.preventDefault();
        publish();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );
  }

  if (opts.onSubmit) {
    const submit = opts.onSubmit;
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event: KeyboardEvent | null) => {
        if (!event || event.shiftKey || event.isComposing) return false;
        event.preventDefault();
        const text = editor.getEditorState().read(() => $getRoot().getTextContent());
        if (text.trim().length === 0) return true;
        submit(text);
        clearEditor(opts.id);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );
  }
  return el;
}

const PEOPLE = ['Andi Saputra', 'Budi Santoso', 'Citra Lestari'];

/**
 * A mention picker like Facebook's: "@" plus letters opens a listbox; Enter picks the first person
 * instead of submitting the comment.
 */
function mountMentions(editor: LexicalEditor, wrap: HTMLElement, el: HTMLElement): void {
  const list = document.createElement('div');
  list.setAttribute('role', 'listbox');
  list.className = 'mentions';
  list.hidden = true;
  wrap.append(list);
  let query: string | null = null;
  editor.registerUpdateListener(({ editorState }) => {
    editorState.read(() => {
      const sel = $getSelection();
      if (!$isRangeSelection(sel)) {
        query = null;
        return;
      }
      const node = sel.anchor.getNode();
      const before = $isTextNode(node) ? node.getTextContent().slice(0, sel.anchor.offset) : '';
      const m = /@(\w{1,20})$/.exec(before);
      query = m ? m[1]! : null;
    });
    const matches = query ? PEOPLE.filter((p) => p.toLowerCase().startsWith(query!.toLowerCase())) : [];
    list.replaceChildren(...matches.map((p, i) => {
      const o = document.createElement('div');
      o.setAttribute('role', 'option');
      o.setAttribute('aria-selected', String(i === 0));
      o.textContent = p;
      return o;
    }));
    list.hidden = matches.length === 0;
    el.setAttribute('aria-expanded', String(!list.hidden));
  });
  editor.registerCommand(
    KEY_ENTER_COMMAND,
    (event: KeyboardEvent | null) => {
      if (list.hidden || !query) return false;
      event?.preventDefault();
      const name = list.querySelector('[role="option"]')?.textContent ?? '';
      const q = query;
      editor.update(() => {
        const sel = $getSelection();
        if (!$isRangeSelection(sel)) return;
        for (let i = 0; i <= q.length; i++) sel.deleteCharacter(true);
        sel.insertText(`@${name} `);
      });
      return true;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
}
