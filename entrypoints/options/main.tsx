import { render } from 'preact';
import { SettingsPage, type SettingsApi } from '@/components/settings/Settings';
import { loadPolicy, loadUserSettings, settingsItem } from '@/utils/settings';
import '@/components/shared/base.css';
import './options.css';

const api: SettingsApi = {
  loadSettings: loadUserSettings,
  saveSettings: (s) => settingsItem.setValue(s),
  loadPolicy,
  browserLang: browser.i18n.getUILanguage(),
  download(name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  },
};

render(<SettingsPage api={api} />, document.getElementById('root')!);
