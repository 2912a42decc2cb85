import { useEffect, useMemo, useState } from 'preact/hooks';
import { GUIDELINE, ITEM_IDS, itemHeading, type GuidelineItem, type ItemId } from '@/rules/guideline';
import type { PageInfo } from '@/utils/protocol';
import type { Settings } from '@/utils/settings';
import { dayKey, emptyDay, type Stats } from '@/utils/stats';
import { resolveLang, t, type Lang } from '../i18n';
import { useLive } from '../shared/live';
import { LanguageSelect } from '../shared/parts';

export interface PopupApi {
  loadUserSettings(): Promise<Settings>;
  /** What the popup shows follows storage, so a change made elsewhere while it is open shows too. */
  watchUserSettings(callback: (s: Settings) => void): () => void;
  /** The popup only sends changes, applied to what is stored when they run. */
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
  loadStats(): Promise<Stats>;
  clearStats(): Promise<void>;
  pageInfo(): Promise<PageInfo | null>;
  openSettings(): void;
  /** The keys bound to the open-card command now ('' when the user left it unbound). */
  shortcut(): Promise<string>;
  browserLang: string;
  now(): number;
}

export interface Props {
  api: PopupApi;
}

const GROUPS = ['asas', 'larangan', 'etika'] as const;
/** Each group keeps its own source, and what that source was written for. */
const GROUP_SOURCE = { asas: 'sourceAsas', larangan: 'sourceLarangan', etika: 'sourceEtika' } as const;
const HOUR = 60 * 60 * 1000;

function matches(item: GuidelineItem, q: string): boolean {
  if (!q) return true;
  const hay = [item.id, item.title.id, item.title.en, item.summary.id, item.summary.en, item.checks?.id ?? '', item.checks?.en ?? ''].join(' ').toLowerCase();
  return q.toLowerCase().split(/\s+/).every((w) => hay.includes(w));
}

function Guideline({ lang }: { lang: Lang }) {
  const [q, setQ] = useState('');
  const shown = GUIDELINE.filter((g) => matches(g, q.trim()));
  return (
    <section aria-labelledby="guideline-title" data-testid="guideline">
      <h2 id="guideline-title">{t(lang, 'guideline')}</h2>
      <input type="search" value={q} placeholder={t(lang, 'search')} aria-label={t(lang, 'search')} onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
      {shown.length === 0 && <p class="muted">{t(lang, 'noMatch')}</p>}
      {GROUPS.map((group) => {
        const items = shown.filter((g) => g.group === group);
        if (!items.length) return null;
        return (
          <div key={group} class="group" data-testid={`group-${group}`}>
            <h3>{t(lang, group)}</h3>
            <p class="group-source">{t(lang, GROUP_SOURCE[group])}</p>
            {items.map((item) => (
              <details key={item.id} data-testid={`item-${item.id}`} open={q.trim().length > 0}>
                <summary>
                  {itemHeading(item.id, lang)}
                </summary>
                <p>{item.summary[lang]}</p>
                <p class="checks">
                  {item.checks ? (
                    <>
                      <strong>{t(lang, 'checks')}:</strong> {item.checks[lang]}
                    </>
                  ) : (
                    t(lang, 'notChecked')
                  )}
                </p>
              </details>
            ))}
          </div>
        );
      })}
    </section>
  );
}

export function Popup({ api }: Props) {
  const settings = useLive(api.loadUserSettings, api.watchUserSettings);
  const [stats, setStats] = useState<Stats>({});
  const [page, setPage] = useState<PageInfo | null | undefined>(undefined);
  const [keys, setKeys] = useState<string | null>(null);

  useEffect(() => {
    void api.loadStats().then(setStats);
    void api.pageInfo().then(setPage);
    void api.shortcut().then(setKeys, () => setKeys(''));
  }, [api]);

  const lang = resolveLang(settings?.uiLang ?? 'auto', api.browserLang);
  const today = stats[dayKey(new Date(api.now()))] ?? emptyDay();
  const update = (change: (s: Settings) => Settings) => void api.updateSettings(change);
  const paused = settings ? settings.pausedUntil > api.now() : false;
  const siteOn = page && settings ? !settings.disabledSites.includes(page.host) : false;
  const findings = useMemo(() => Object.entries(today.findings).sort((a, b) => b[1] - a[1]), [today]);

  return (
    <main data-testid="saring-popup" lang={lang}>
      <header>
        <div>
          <h1>Saring</h1>
          <p class="tagline">{t(lang, 'tagline')}</p>
        </div>
        <LanguageSelect lang={lang} value={settings?.uiLang ?? 'auto'} onChange={(v) => update((s) => ({ ...s, uiLang: v }))} />
      </header>

      <section aria-labelledby="site-title" data-testid="site">
        <h2 id="site-title">{t(lang, 'thisSite')}</h2>
        {page === null && <p class="muted">{t(lang, 'notFacebook')}</p>}
        {page && settings && (
          <>
            <label class="switch">
              <input
                type="checkbox"
                checked={siteOn}
                onChange={(e) => {
                  const on = (e.target as HTMLInputElement).checked;
                  update((s) => ({ ...s, disabledSites: on ? s.disabledSites.filter((h) => h !== page.host) : [...s.disabledSites, page.host] }));
                }}
              />
              {t(lang, 'onHere')} <span class="muted">({page.host})</span>
            </label>
          </>
        )}
        {settings && (
          <p>
            {paused ? (
              <>
                {t(lang, 'paused')} {new Date(settings.pausedUntil).toLocaleTimeString(lang === 'id' ? 'id-ID' : 'en-GB', { hour: '2-digit', minute: '2-digit' })}{' '}
                <button type="button" onClick={() => update((s) => ({ ...s, pausedUntil: 0 }))}>
                  {t(lang, 'resume')}
                </button>
              </>
            ) : (
              <button type="button" onClick={() => update((s) => ({ ...s, pausedUntil: api.now() + HOUR }))}>
                {t(lang, 'pause')}
              </button>
            )}
          </p>
        )}
      </section>

      <section aria-labelledby="today-title" data-testid="today">
        <h2 id="today-title">{t(lang, 'today')}</h2>
        {findings.length === 0 ? (
          <p class="muted">{t(lang, 'none')}</p>
        ) : (
          <ul class="counts">
            {findings.map(([ref, n]) => (
              <li key={ref}>
                <span>{ITEM_IDS.includes(ref as ItemId) ? itemHeading(ref as ItemId, lang) : ref}</span> <strong>{n}</strong>
              </li>
            ))}
          </ul>
        )}
        <p class="muted">
          {t(lang, 'cards')}: {today.cardsOpened} · {t(lang, 'applied')}: {today.suggestionsApplied}
        </p>
        <p class="muted small">{t(lang, 'statsNote')}</p>
        <button type="button" onClick={() => void api.clearStats().then(() => setStats({}))}>
          {t(lang, 'clearStats')}
        </button>
      </section>

      <section aria-labelledby="keys-title" data-testid="shortcut">
        <h2 id="keys-title">{t(lang, 'shortcut')}</h2>
        {keys !== null && <p>{keys ? t(lang, 'shortcutLine', { keys }) : t(lang, 'shortcutNone')}</p>}
      </section>

      <Guideline lang={lang} />

      <footer>
        <button type="button" class="primary" onClick={() => api.openSettings()}>
          {t(lang, 'settings')}
        </button>
      </footer>
    </main>
  );
}
