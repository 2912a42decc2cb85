import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { classifyEditor, editorFromTarget, type EditableElement } from './editors';
import { Overlay } from './overlay';

interface Tracked {
  el: EditableElement;
  badge: HTMLButtonElement;
}

/**
 * Lazy discovery: the user's own focus and input events (capture phase) tell us which editor to
 * check, so an idle page costs nothing.
 */
export function startSaring(ctx: ContentScriptContext): void {
  let overlay: Overlay | null = null;
  const tracked = new Map<EditableElement, Tracked>();
  let frame = 0;

  const ensureOverlay = (): Overlay => {
    overlay ??= new Overlay();
    overlay.setDark(document.documentElement.classList.contains('__fb-dark-mode'));
    return overlay;
  };

  const track = (el: EditableElement): void => {
    if (tracked.has(el)) return;
    const layer = ensureOverlay().layer;
    const badge = document.createElement('button');
    badge.type = 'button';
    badge.className = 'badge';
    badge.dataset.editorKind = classifyEditor(el);
    badge.textContent = '✓';
    badge.setAttribute('aria-label', 'Saring: tidak ada temuan / no findings');
    layer.append(badge);
    tracked.set(el, { el, badge });
    schedule();
  };

  const layout = (): void => {
    frame = 0;
    for (const [el, t] of tracked) {
      if (!el.isConnected) {
        t.badge.remove();
        tracked.delete(el);
        continue;
      }
      const rect = el.getBoundingClientRect();
      const visible = rect.width > 0 && rect.height > 0;
      t.badge.hidden = !visible;
      if (!visible) continue;
      t.badge.style.left = `${Math.round(rect.right - 26)}px`;
      t.badge.style.top = `${Math.round(rect.bottom - 24)}px`;
    }
  };

  const schedule = (): void => {
    if (!frame) frame = ctx.requestAnimationFrame(layout);
  };

  const onUserEvent = (event: Event): void => {
    const el = editorFromTarget(event.target);
    if (el) track(el);
  };

  ctx.addEventListener(document, 'focusin', onUserEvent, { capture: true });
  ctx.addEventListener(document, 'beforeinput', onUserEvent, { capture: true });
  ctx.addEventListener(window, 'scroll', schedule, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', schedule, { passive: true });
  const active = editorFromTarget(document.activeElement);
  if (active) track(active);

  ctx.onInvalidated(() => {
    overlay?.destroy();
    tracked.clear();
  });
}
