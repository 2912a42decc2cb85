/**
 * A unit pack's message is written by an administrator and travels in a file: it may carry simple
 * formatting and links, and must carry nothing else. DOMPurify (the maintained, audited sanitiser
 * made for exactly this) with a strict allow-list: bold, italics, line breaks, code and https links
 * that open in a new tab without access to the page. Scripts, event handlers, styles, images,
 * forms and javascript:/data: links are dropped.
 */
import DOMPurify from 'dompurify';

const CONFIG = {
  ALLOWED_TAGS: ['b', 'strong', 'i', 'em', 'br', 'code', 'a'],
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^https:\/\//i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
};

let hooked = false;
function purifier(): typeof DOMPurify {
  if (!hooked) {
    hooked = true;
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName !== 'A') return;
      // A link whose address was refused keeps its words but stops being a link.
      if (!node.getAttribute('href')) {
        node.replaceWith(...Array.from(node.childNodes));
        return;
      }
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    });
  }
  return DOMPurify;
}

/** The message as safe nodes for `doc` (the card's document): only the allow-list survives. */
export function safeMarkup(html: string, doc: Document = document): DocumentFragment {
  const fragment = purifier().sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  return doc === fragment.ownerDocument ? fragment : (doc.importNode(fragment, true) as DocumentFragment);
}

/** The message's words alone, for lists where formatting does not matter. */
export function markupText(html: string): string {
  return purifier().sanitize(html, { ...CONFIG, ALLOWED_TAGS: [], KEEP_CONTENT: true });
}
