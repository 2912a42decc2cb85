import type { SettingsApi } from '@/components/settings/Settings';
import { loadPolicy, loadUserSettings, updateSettings, watchPolicy, watchUserSettings } from '@/utils/settings';
import { statsItem } from '@/utils/stats';

export function createOptionsApi(): SettingsApi {
  return {
    loadUserSettings,
    watchUserSettings,
    updateSettings,
    loadPolicy,
    watchPolicy,
    loadStats: () => statsItem.getValue(),
    browserLang: browser.i18n.getUILanguage(),
    version: browser.runtime.getManifest().version,
    noticesUrl: browser.runtime.getURL('/THIRD_PARTY_NOTICES'),
    privacyUrl: browser.runtime.getURL('/privacy.html'),
    download(name, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  };
}
