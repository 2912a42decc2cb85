/**
 * Draws findings without touching the editor: the CSS Custom Highlight API where the browser has it
 * (no DOM change at all), otherwise boxes in Saring's own shadow-root overlay from Range rects.
 */
import type { Severity } from '@/rules/types';
import type { Names } from './names';

export interface Mark {
  severity: Severity;
  /** Rects in viewport coordinates, computed on demand (the text may have moved). */
  rects(): DOMRect[];
  /** A live DOM range, when the text lives in the DOM (not in a textarea). */
  range: Range | null;
}

/** Each severity has its own line shape (double, wavy, dotted), so it is never told by colour alone. */
export const highlightCss = (n: Names['highlight']): string => `
::highlight(${n.danger}) { text-decoration: underline double #d32f2f 3px; text-underline-offset: 3px; background-color: rgba(211, 47, 47, 0.12); }
::highlight(${n.warning}) { text-decoration: underline wavy #c77700 2px; text-underline-offset: 3px; background-color: rgba(255, 167, 38, 0.14); }
::highlight(${n.info}) { text-decoration: underline dotted #1565c0 2px; text-underline-offset: 3px; }
::highlight(${n.active}) { background-color: rgba(255, 213, 79, 0.55); }
html.__fb-dark-mode ::highlight(${n.danger}) { text-decoration-color: #ff8a80; background-color: rgba(255, 138, 128, 0.18); }
html.__fb-dark-mode ::highlight(${n.warning}) { text-decoration-color: #ffb74d; background-color: rgba(255, 183, 77, 0.16); }
html.__fb-dark-mode ::highlight(${n.info}) { text-decoration-color: #8ab4f8; }
html.__fb-dark-mode ::highlight(${n.active}) { background-color: rgba(255, 213, 79, 0.35); }
`;

type HighlightRegistry = Map<string, Set<Range>> & { set(name: string, h: unknown): unknown };

export class Painter {
  private readonly registry: HighlightRegistry | null;
  private readonly highlightCtor: (new (...ranges: Range[]) => Set<Range>) | null;
  private readonly marks = new Map<object, Mark[]>();
  private style: HTMLStyleElement | null = null;
  private active: Range | null = null;
  private boxes: HTMLElement;

  private readonly names: Names['highlight'];

  constructor(layer: HTMLElement, names: Names, doc: Document = document) {
    this.names = names.highlight;
    const g = globalThis as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: new (...r: Range[]) => Set<Range> };
    this.registry = g.CSS?.highlights ?? null;
    this.highlightCtor = g.Highlight ?? null;
    this.boxes = doc.createElement('div');
    this.boxes.className = 'boxes';
    layer.append(this.boxes);
    if (this.registry && this.highlightCtor) {
      // ::highlight() rules must live in the page's document; a <style> outside the editor is safe.
      this.style = doc.createElement('style');
      this.style.textContent = highlightCss(this.names);
      (doc.head ?? doc.documentElement).append(this.style);
      for (const name of Object.values(this.names)) this.registry.set(name, new this.highlightCtor());
    }
  }

  get usesHighlightApi(): boolean {
    return this.registry !== null;
  }

  /** Replaces the marks of one editor. */
  set(owner: object, marks: Mark[]): void {
    this.marks.set(owner, marks);
    if (this.registry) this.syncHighlights();
    this.layout();
  }

  clear(owner: object): void {
    if (!this.marks.delete(owner)) return;
    if (this.registry) this.syncHighlights();
    this.layout();
  }

  setActive(range: Range | null): void {
    this.active = range;
    if (this.registry) {
      const h = this.registry.get(this.names.active);
      h?.clear();
      if (range) h?.add(range);
    }
    this.layout();
  }

  private syncHighlights(): void {
    const reg = this.registry!;
    for (const sev of ['info', 'warning', 'danger'] as const) reg.get(this.names[sev])?.clear();
    for (const marks of this.marks.values()) for (const m of marks) if (m.range) reg.get(this.names[m.severity])?.add(m.range);
  }

  /** Boxes for what the Highlight API cannot draw (textareas, older browsers); called once per frame at most. */
  layout(): void {
    // With the Highlight API the browser moves the marks itself; only textareas need boxes.
    if (this.registry && !this.active && this.boxes.childElementCount === 0 && ![...this.marks.values()].some((ms) => ms.some((m) => !m.range))) return;
    const frag = document.createDocumentFragment();
    for (const marks of this.marks.values()) {
      for (const m of marks) {
        if (this.registry && m.range) continue;
        for (const r of m.rects()) {
          const box = document.createElement('div');
          box.className = `mark mark-${m.severity}`;
          box.style.left = `${r.left}px`;
          box.style.top = `${r.top}px`;
          box.style.width = `${r.width}px`;
          box.style.height = `${r.height}px`;
          frag.append(box);
        }
      }
    }
    if (!this.registry && this.active) {
      for (const r of this.active.getClientRects()) {
        const box = document.createElement('div');
        box.className = 'mark mark-active';
        Object.assign(box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
        frag.append(box);
      }
    }
    this.boxes.replaceChildren(frag);
  }

  destroy(): void {
    if (this.registry) for (const name of Object.values(this.names)) this.registry.delete(name);
    this.style?.remove();
    this.marks.clear();
    this.boxes.remove();
  }
}
