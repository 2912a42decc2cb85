/**
 * Everything the content script needs from the browser, behind one interface, so every part can be
 * tested in jsdom with fakes and only `browserPorts` touches extension APIs.
 */
import type { PageInfo, RuntimeMessage, StatEvent, TabRequest } from '@/utils/protocol';
import { loadPolicy, loadUserSettings, watchPolicy, watchUserSettings, type Policy, type Settings, type SettingsAddition } from '@/utils/settings';
import { createCheckerClient, type CheckerClient } from './checker-client';

export interface SettingsPort {
  /** The user's own settings (local storage: fast). */
  loadUser(): Promise<Settings>;
  /** The administrator's policy (managed storage: may take seconds on a fresh browser). */
  loadPolicy(): Promise<Policy>;
  watchUser(cb: () => void): () => void;
  watchPolicy(cb: () => void): () => void;
  /** Adds an ignored finding or an allowed phrase (applied in the background, never lost to a race). */
  add(addition: SettingsAddition): Promise<unknown>;
}

export interface Ports {
  checker: CheckerClient;
  settings: SettingsPort;
  stat(event: StatEvent): void;
  /** Answers the popup's question about this tab, and the background's command to open the card. */
  onTabRequest(handlers: { pageInfo(): PageInfo; openCard(): boolean }): () => void;
  uiLanguage(): string;
}

export function browserPorts(): Ports {
  return {
    checker: createCheckerClient(),
    settings: {
      loadUser: loadUserSettings,
      loadPolicy,
      watchUser: watchUserSettings,
      watchPolicy,
      add: (add) => {
        const message: RuntimeMessage = { kind: 'settings-add', add };
        return browser.runtime.sendMessage(message).catch(() => {});
      },
    },
    stat(event) {
      const message: RuntimeMessage = { kind: 'stat', event };
      browser.runtime.sendMessage(message).catch(() => {});
    },
    onTabRequest(handlers) {
      const listener = (message: unknown): Promise<PageInfo | boolean> | undefined => {
        const kind = (message as TabRequest | undefined)?.kind;
        if (kind === 'page-info') return Promise.resolve(handlers.pageInfo());
        if (kind === 'open-card') return Promise.resolve(handlers.openCard());
        return undefined;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
    uiLanguage: () => browser.i18n?.getUILanguage?.() ?? navigator.language,
  };
}
