import type { PopupApi } from '@/components/popup/Popup';
import { OPEN_CARD_COMMAND, type PageInfo, type TabRequest } from '@/utils/protocol';
import { loadUserSettings, updateSettings, watchUserSettings } from '@/utils/settings';
import { statsItem } from '@/utils/stats';

/** The tab the popup speaks about: the active one, or `?tabId=` (used by the end-to-end tests). */
async function targetTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function createPopupApi(): PopupApi {
  return {
    loadUserSettings,
    watchUserSettings,
    updateSettings,
    loadStats: () => statsItem.getValue(),
    clearStats: () => statsItem.setValue({}),
    async pageInfo() {
      const id = await targetTab();
      if (id === undefined) return null;
      try {
        const message: TabRequest = { kind: 'page-info' };
        return ((await browser.tabs.sendMessage(id, message)) as PageInfo | undefined) ?? null;
      } catch {
        // No content script there: not a Facebook page.
        return null;
      }
    },
    openSettings: () => void browser.runtime.openOptionsPage(),
    async shortcut() {
      const commands = (await browser.commands?.getAll?.()) ?? [];
      return commands.find((c) => c.name === OPEN_CARD_COMMAND)?.shortcut ?? '';
    },
    browserLang: browser.i18n.getUILanguage(),
    now: () => Date.now(),
  };
}
