import { answer } from '@/utils/checker-host';
import { CHECKER_PORT, isCheckerRequest, OPEN_CARD_COMMAND, type RuntimeMessage, type TabRequest } from '@/utils/protocol';
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
  // First run: the welcome page (what Saring checks, privacy, a practice box). Test builds leave it
  // out so the end-to-end tests keep one tab; they open welcome.html themselves.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' && !__SARING_TEST__) void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.runtime.onStartup.addListener(() => void showState());

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CHECKER_PORT) return;
    void showState();
    port.onMessage.addListener((message: unknown) => {
      if (isCheckerRequest(message)) port.postMessage(answer(message));
    });
  });

  // The shortcut (a manifest command, so the user can rebind it): the active tab's content script
  // opens the card of the editor being written in.
  const openCard = async (tabId?: number): Promise<boolean> => {
    const id = tabId ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    if (id === undefined) return false;
    const message: TabRequest = { kind: 'open-card' };
    return browser.tabs.sendMessage(id, message).then((opened) => opened === true, () => false);
  };
  browser.commands?.onCommand.addListener((name: string, tab?: { id?: number }) => {
    if (name === OPEN_CARD_COMMAND) void openCard(tab?.id);
  });
  // The end-to-end tests cannot press a command's keys through the browser; test builds let them run it.
  if (__SARING_TEST__) (globalThis as { saringCommand?: (name: string) => Promise<boolean> }).saringCommand = async (name) => (name === OPEN_CARD_COMMAND ? openCard() : false);

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
