/**
 * The text of an editor with an exact map back to the DOM, so a finding's [start, end) becomes a
 * Range over exactly what the user typed. Paragraphs are joined with "\n\n" as Lexical's own
 * getTextContent() does; a <br> inside a paragraph is "\n"; an emoji <img alt> counts as its alt text.
 */

interface Segment {
  /** Text offset where this piece starts. */
  start: number;
  length: number;
  /** A text node (offsets inside it), or an atomic node (br, img) addressed by its parent and index. */
  node: Node;
  atomic: boolean;
}

export interface TextMap {
  text: string;
  segments: Segment[];
  root: HTMLElement;
}

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'UL', 'OL']);

export function extract(root: HTMLElement): TextMap {
  const segments: Segment[] = [];
  let text = '';
  const push = (piece: string, node: Node, atomic: boolean): void => {
    if (!piece) return;
    segments.push({ start: text.length, length: piece.length, node, atomic });
    text += piece;
  };

  const blocks = [...root.children].filter((c) => BLOCK.has(c.tagName));
  // A root with loose text (a simple contenteditable) is one paragraph.
  const paragraphs: Node[] = blocks.length ? blocks : [root];
  paragraphs.forEach((para, index) => {
    if (index > 0) text += '\n\n';
    walkInline(para, push, true);
  });
  return { text, segments, root };
}

function walkInline(node: Node, push: (piece: string, node: Node, atomic: boolean) => void, top: boolean): void {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === Node.TEXT_NODE) {
      push((child as Text).data, child, false);
    } else if (child instanceof HTMLElement) {
      if (child.tagName === 'BR') {
        // Lexical's empty paragraph is <p><br></p>: that <br> holds the line open, it is no newline.
        const onlyChild = top && node.childNodes.length === 1;
        if (!onlyChild && child.nextSibling) push('\n', child, true);
      } else if (child.tagName === 'IMG') {
        push(child.getAttribute('alt') ?? '', child, true);
      } else if (child.getAttribute('aria-hidden') === 'true' || child.tagName === 'STYLE' || child.tagName === 'SCRIPT') {
        continue;
      } else {
        walkInline(child, push, false);
      }
    }
  }
}

/** The DOM position of a text offset; `end` prefers the end of the previous piece at a boundary. */
export function domPosition(map: TextMap, offset: number, end = false): { node: Node; offset: number } | null {
  const segs = map.segments;
  if (segs.length === 0) return null;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = segs[mid]!;
    if (end ? s.start < offset : s.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo]!;
  const inner = Math.max(0, Math.min(seg.length, offset - seg.start));
  if (!seg.atomic) return { node: seg.node, offset: inner };
  const parent = seg.node.parentNode;
  if (!parent) return null;
  const index = Array.prototype.indexOf.call(parent.childNodes, seg.node) as number;
  return { node: parent, offset: inner === 0 ? index : index + 1 };
}

export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const a = domPosition(map, start, false);
  const b = domPosition(map, end, true);
  if (!a || !b) return null;
  const doc = map.root.ownerDocument;
  const range = doc.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range;
}

/** The text offset of a DOM position (for hit-testing the caret under the mouse). */
export function textOffset(map: TextMap, node: Node, offset: number): number | null {
  for (const seg of map.segments) {
    if (seg.node === node && !seg.atomic) return seg.start + Math.min(offset, seg.length);
  }
  return null;
}
