/**
 * Everything Saring draws lives in one shadow root outside Facebook's tree: editing Facebook's or
 * Lexical's DOM loses text (shared/facebook-dom.md), so we never touch it.
 */
import overlayCss from './overlay.css?inline';
import type { Names } from './names';

export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly layer: HTMLElement;

  constructor(names: Names, doc: Document = document) {
    this.host = doc.createElement(names.host);
    // Closed in store builds: the page cannot look inside. Test builds leave it open for tests.
    this.root = this.host.attachShadow({ mode: names.shadow });
    const style = doc.createElement('style');
    style.textContent = overlayCss;
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    this.root.append(style, this.layer);
    (doc.body ?? doc.documentElement).append(this.host);
  }

  setDark(dark: boolean): void {
    this.layer.classList.toggle('dark', dark);
  }

  /** Whether an event came from inside Saring's own UI. */
  owns(event: Event): boolean {
    const first = event.composedPath()[0];
    return first instanceof Node && (first === this.host || this.root.contains(first));
  }

  destroy(): void {
    this.host.remove();
  }
}
