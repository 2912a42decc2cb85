/** Small pieces the popup, settings and welcome pages share. */
import type { Settings } from '@/utils/settings';
import { t, type Lang } from '../i18n';

/** The display language: follow the browser, or Indonesian / English. */
export function LanguageSelect({ lang, value, visibleLabel, onChange }: { lang: Lang; value: Settings['uiLang']; visibleLabel?: boolean; onChange(v: Settings['uiLang']): void }) {
  return (
    <label class="lang">
      <span class={visibleLabel ? undefined : 'sr-only'}>{t(lang, 'language')}</span>{' '}
      <select aria-label={t(lang, 'language')} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value as Settings['uiLang'])}>
        <option value="auto">{t(lang, 'langAuto')}</option>
        <option value="id">Bahasa Indonesia</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}

/** Nothing leaves the device, with the privacy policy one click away. */
export function PrivacyLine({ lang, url }: { lang: Lang; url: string }) {
  return (
    <p>
      {t(lang, 'privacy')}{' '}
      <a href={url} target="_blank" rel="noreferrer" data-testid="privacy">
        {t(lang, 'privacyPolicy')}
      </a>
    </p>
  );
}
