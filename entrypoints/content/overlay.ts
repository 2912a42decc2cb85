/**
 * Everything Saring draws lives in one shadow root outside Facebook's tree: editing Facebook's or
 * Lexical's DOM loses text (shared/facebook-dom.md), so we never touch it.
 */
import overlayCss from './overlay.css?inline';

export const HOST_TAG = 'saring-overlay';

export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly layer: HTMLElement;

  constructor(doc: Document = document) {
    this.host = doc.createElement(HOST_TAG);
    // Open so tests (and assistive tech tooling) can reach inside; nothing secret lives here.
    this.root = this.host.attachShadow({ mode: 'open' });
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

  destroy(): void {
    this.host.remove();
  }
}
