/**
 * A <textarea> has no DOM ranges for its text: an invisible copy with the same box and font, laid
 * over it inside Saring's overlay, gives the rects of any span of its value.
 */
const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth',
  'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight',
  'textTransform', 'textIndent', 'wordSpacing', 'tabSize', 'direction', 'textAlign',
] as const;

export class TextareaMirror {
  private readonly box: HTMLDivElement;
  private readonly textNode: Text;

  constructor(private readonly textarea: HTMLTextAreaElement, layer: HTMLElement) {
    this.box = document.createElement('div');
    this.box.className = 'mirror';
    this.box.setAttribute('aria-hidden', 'true');
    this.textNode = document.createTextNode('');
    this.box.append(this.textNode);
    layer.append(this.box);
  }

  /** Rects of [start, end) of the textarea's value, in viewport coordinates. */
  rects(start: number, end: number): DOMRect[] {
    const ta = this.textarea;
    if (!ta.isConnected) return [];
    const cs = getComputedStyle(ta);
    const style = this.box.style;
    for (const p of COPIED) style[p] = cs[p];
    const r = ta.getBoundingClientRect();
    style.left = `${r.left}px`;
    style.top = `${r.top}px`;
    style.width = `${r.width}px`;
    style.height = `${r.height}px`;
    if (this.textNode.data !== ta.value) this.textNode.data = ta.value;
    this.box.scrollTop = ta.scrollTop;
    this.box.scrollLeft = ta.scrollLeft;
    const len = this.textNode.data.length;
    const range = document.createRange();
    range.setStart(this.textNode, Math.min(start, len));
    range.setEnd(this.textNode, Math.min(end, len));
    // Only what is visible inside the textarea's box.
    return [...range.getClientRects()].filter((q) => q.bottom > r.top && q.top < r.bottom && q.right > r.left && q.left < r.right);
  }

  destroy(): void {
    this.box.remove();
  }
}
