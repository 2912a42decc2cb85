import { render } from 'preact';
import { Welcome } from '@/components/welcome/Welcome';
import { loadUserSettings, updateSettings, watchUserSettings } from '@/utils/settings';
import '@/components/shared/base.css';
import './welcome.css';

render(
  <Welcome
    api={{
      loadUserSettings,
      watchUserSettings,
      updateSettings,
      openSettings: () => void browser.runtime.openOptionsPage(),
      privacyUrl: browser.runtime.getURL('/privacy.html'),
      browserLang: browser.i18n.getUILanguage(),
    }}
  />,
  document.getElementById('root')!,
);
