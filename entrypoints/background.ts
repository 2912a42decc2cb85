import { answer } from '@/utils/checker-host';
import { CHECKER_PORT, isCheckerRequest, type RuntimeMessage } from '@/utils/protocol';
import { applyAddition, loadSettings, updateSettings, watchSettings } from '@/utils/settings';
import { iconPaths, toolbarState, toolbarTitle } from '@/utils/toolbar';
import { addEvent, statsItem } from '@/utils/stats';

export default defineBackground(() => {
  // The checker, for every page: reached over a port from the content script, off the page's main
  // thread and outside its CSP. Text stays in the browser.
  // The toolbar icon follows the settings (on, paused, off). Without the alarms permission a pause that
  // runs out is noticed on the next event: a page connecting, a settings change, the browser starting.
  const showState = async (): Promise<void> => {
    const state = toolbarState(await loadSettings(), Date.now());
    const lang = browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'id';
    await browser.action.setIcon({ path: iconPaths(state) }).catch(() => {});
    await browser.action.setTitle({ title: toolbarTitle(state, lang) }).catch(() => {});
  };
  void showState();
  watchSettings(() => void showState());
  browser.runtime.onStartup.addListener(() => void showState());

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CHECKER_PORT) return;
    void showState();
    port.onMessage.addListener((message: unknown) => {
      if (isCheckerRequest(message)) port.postMessage(answer(message));
    });
  });

  // Statistics: counts only. Writes go one after another so no event is lost to a race.
  let writes: Promise<void> = Promise.resolve();
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as RuntimeMessage;
    if (m?.kind === 'settings-add' && typeof m.add === 'object' && m.add !== null) {
      // The content script's ignore/allow, applied under the same lock as the settings page's writes.
      return updateSettings((s) => applyAddition(s, m.add)).then(() => true);
    }
    if (m?.kind !== 'stat' || typeof m.event?.kind !== 'string') return undefined;
    writes = writes.then(async () => statsItem.setValue(addEvent(await statsItem.getValue(), m.event))).catch(() => {});
    return undefined;
  });
});
