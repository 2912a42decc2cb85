import { FACEBOOK_MATCHES } from '@/utils/matches';
import { makeNames, TEST_NAMES } from './names';
import { browserPorts } from './ports';
import { startSaring, type Signal } from './start';

/**
 * Test builds announce finished work so end-to-end tests wait on events, not on time; the detail
 * rides on the overlay element (event details do not cross into the page's world). Store builds
 * announce nothing.
 */
const testSignal: Signal = (name, detail = {}) => {
  const host = document.querySelector<HTMLElement>(TEST_NAMES.host);
  const value = typeof detail === 'function' ? detail() : detail;
  if (host) host.dataset[`last${name[0]!.toUpperCase()}${name.slice(1).replace(/-./g, (m) => m[1]!.toUpperCase())}`] = JSON.stringify(value);
  document.dispatchEvent(new CustomEvent(`saring:${name}`));
};

export default defineContentScript({
  matches: FACEBOOK_MATCHES,
  // Listening from the start: an editor focused or typed in before the page finished loading is
  // guarded too.
  runAt: 'document_start',
  allFrames: false,
  main(ctx) {
    startSaring(
      {
        listen: (target, type, handler, options) => ctx.addEventListener(target as Window, type as keyof WindowEventMap, handler, options),
        raf: (cb) => ctx.requestAnimationFrame(cb),
        isInvalid: () => ctx.isInvalid,
        onInvalidated: (cb) => ctx.onInvalidated(cb),
      },
      browserPorts(),
      makeNames(__SARING_TEST__),
      __SARING_TEST__ ? testSignal : undefined,
    );
  },
});
