import { useState } from 'preact/hooks';
import { GUIDELINE, itemHeading, type ItemId } from '@/rules/guideline';
import type { Severity } from '@/rules/types';
import { makeBackup, readBackup, type Msg } from '@/utils/backup';
import { DEFAULT_SETTINGS, effectiveSettings, LIMITS, termProblem, type Policy, type PolicyKey, type Settings } from '@/utils/settings';
import { resolveLang, t, type Lang } from '../i18n';
import { useLive } from '../shared/live';
import { About } from './About';

/**
 * No whole-object save on purpose: the page only ever sends a change, applied to what is stored
 * at that moment, so it never overwrites what the content script or another page wrote meanwhile.
 */
export interface SettingsApi {
  loadUserSettings(): Promise<Settings>;
  watchUserSettings(callback: (s: Settings) => void): () => void;
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
  loadPolicy(): Promise<Policy>;
  watchPolicy(callback: (p: Policy) => void): () => void;
  browserLang: string;
  download(name: string, text: string): void;
  /** The extension's version and the packaged THIRD_PARTY_NOTICES, for the About section. */
  version: string;
  noticesUrl: string;
  privacyUrl: string;
}

type Status = { kind: 'ok' | 'error'; msg: Msg } | null;

function Locked({ lang, on }: { lang: Lang; on: boolean }) {
  return on ? (
    <span class="locked" data-testid="locked">
      🔒 {t(lang, 'locked')}
    </span>
  ) : null;
}

function TermAdder({ lang, label, withSeverity, maxLength, onAdd }: { lang: Lang; label: string; withSeverity: boolean; maxLength: number; onAdd(term: string, severity: Severity): string | null }) {
  const [term, setTerm] = useState('');
  const [severity, setSeverity] = useState<Severity>('warning');
  const [error, setError] = useState<string | null>(null);
  const id = `add-${label}`;
  return (
    <form
      class="adder"
      onSubmit={(e) => {
        e.preventDefault();
        const problem = onAdd(term, severity);
        setError(problem);
        if (!problem) setTerm('');
      }}
    >
      <label for={id}>{t(lang, 'term')}</label>
      <input id={id} type="text" value={term} maxLength={maxLength + 1} onInput={(e) => setTerm((e.target as HTMLInputElement).value)} data-testid={`${label}-input`} />
      {withSeverity && (
        <select aria-label={t(lang, 'severity')} value={severity} onChange={(e) => setSeverity((e.target as HTMLSelectElement).value as Severity)} data-testid={`${label}-severity`}>
          <option value="danger">{t(lang, 'danger')}</option>
          <option value="warning">{t(lang, 'warning')}</option>
          <option value="info">{t(lang, 'info')}</option>
        </select>
      )}
      <button type="submit" data-testid={`${label}-add`}>
        {t(lang, 'add')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

const both = (key: 'saved' | 'imported' | 'resetDone' | 'saveFailed'): Msg => ({ id: t('id', key), en: t('en', key) });
const sameTerm = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function SettingsPage({ api }: { api: SettingsApi }) {
  const user = useLive(api.loadUserSettings, api.watchUserSettings);
  const policy = useLive(api.loadPolicy, api.watchPolicy);
  const [status, setStatus] = useState<Status>(null);

  if (!user || !policy) return <main aria-busy="true" />;
  const lang = resolveLang(user.uiLang, api.browserLang);
  const { settings: eff, locked } = effectiveSettings(user, policy);
  const isLocked = (k: PolicyKey) => locked.has(k);
  // What is shown comes back through watchUserSettings, like any other change to storage.
  const change = (fn: (s: Settings) => Settings, msg: Msg = both('saved')) => {
    void api.updateSettings(fn).then(
      () => setStatus({ kind: 'ok', msg }),
      () => setStatus({ kind: 'error', msg: both('saveFailed') }),
    );
  };
  const problemWith = (kind: 'watch' | 'allow', term: string): string | null => {
    const p = termProblem(kind, term);
    return p && (p.problem === 'tooLong' ? t(lang, 'tooLong', { max: p.max }) : t(lang, 'empty'));
  };

  return (
    <main data-testid="saring-settings" lang={lang}>
      <h1>{t(lang, 'settingsTitle')}</h1>
      {locked.size > 0 && <p class="note">{t(lang, 'lockedNote')}</p>}
      <p role="status" aria-live="polite" class={status?.kind === 'error' ? 'error' : 'ok'} data-testid="status">
        {status ? `${status.msg[lang]}` : ''}
      </p>

      <section aria-labelledby="items-title">
        <h2 id="items-title">
          {t(lang, 'items')} <Locked lang={lang} on={isLocked('disabledItems')} />
        </h2>
        {(['larangan', 'etika'] as const).map((group) => (
          <fieldset key={group}>
            <legend>{t(lang, group)}</legend>
            {GUIDELINE.filter((g) => g.group === group).map((item) => (
              <label key={item.id} class="row">
                <input
                  type="checkbox"
                  data-testid={`toggle-${item.id}`}
                  disabled={isLocked('disabledItems')}
                  checked={!eff.disabledItems.includes(item.id as ItemId)}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    change((s) => ({ ...s, disabledItems: on ? s.disabledItems.filter((x) => x !== item.id) : [...s.disabledItems, item.id as ItemId] }));
                  }}
                />
                <span>
                  {itemHeading(item.id, lang)}
                </span>
              </label>
            ))}
          </fieldset>
        ))}
      </section>

      <section aria-labelledby="sens-title">
        <h2 id="sens-title">
          {t(lang, 'sensitivity')} <Locked lang={lang} on={isLocked('sensitivity')} />
        </h2>
        {(['strict', 'normal', 'relaxed'] as const).map((s) => (
          <label key={s} class="row">
            <input type="radio" name="sensitivity" value={s} disabled={isLocked('sensitivity')} checked={eff.sensitivity === s} onChange={() => change((x) => ({ ...x, sensitivity: s }))} data-testid={`sens-${s}`} />
            {t(lang, s)}
          </label>
        ))}
      </section>

      <section aria-labelledby="watch-title">
        <h2 id="watch-title">{t(lang, 'watchTerms')}</h2>
        <p class="muted">{t(lang, 'watchHelp')}</p>
        <ul class="terms" data-testid="watch-list">
          {(policy.watchTerms ?? []).map((w) => (
            <li key={`p-${w.term}`}>
              <span>{w.term}</span> <span class={`sev sev-${w.severity}`}>{t(lang, w.severity)}</span> <Locked lang={lang} on />
            </li>
          ))}
          {user.watchTerms.map((w) => (
            <li key={w.term}>
              <span>{w.term}</span> <span class={`sev sev-${w.severity}`}>{t(lang, w.severity)}</span>{' '}
              <button type="button" aria-label={`${t(lang, 'remove')} ${w.term}`} onClick={() => change((s) => ({ ...s, watchTerms: s.watchTerms.filter((x) => !sameTerm(x.term, w.term)) }))}>
                {t(lang, 'remove')}
              </button>
            </li>
          ))}
        </ul>
        <TermAdder
          lang={lang}
          label="watch"
          withSeverity
          maxLength={LIMITS.termLength}
          onAdd={(term, severity) => problemWith('watch', term) ?? (change((s) => ({ ...s, watchTerms: [...s.watchTerms, { term: term.trim(), severity }] })), null)}
        />
      </section>

      <section aria-labelledby="allow-title">
        <h2 id="allow-title">{t(lang, 'allowTerms')}</h2>
        <p class="muted">{t(lang, 'allowHelp')}</p>
        <ul class="terms" data-testid="allow-list">
          {(policy.allowTerms ?? []).map((a) => (
            <li key={`p-${a}`}>
              <span>{a}</span> <Locked lang={lang} on />
            </li>
          ))}
          {user.allowTerms.map((a) => (
            <li key={a}>
              <span>{a}</span>{' '}
              <button type="button" aria-label={`${t(lang, 'remove')} ${a}`} onClick={() => change((s) => ({ ...s, allowTerms: s.allowTerms.filter((x) => !sameTerm(x, a)) }))}>
                {t(lang, 'remove')}
              </button>
            </li>
          ))}
        </ul>
        <TermAdder
          lang={lang}
          label="allow"
          withSeverity={false}
          maxLength={LIMITS.allowTermLength}
          onAdd={(term) => problemWith('allow', term) ?? (change((s) => ({ ...s, allowTerms: [...s.allowTerms, term.trim()] })), null)}
        />
      </section>

      <section aria-labelledby="ignored-title">
        <h2 id="ignored-title">{t(lang, 'ignored')}</h2>
        {user.ignored.length === 0 ? (
          <p class="muted">{t(lang, 'noIgnored')}</p>
        ) : (
          <ul class="terms" data-testid="ignored-list">
            {user.ignored.map((i) => (
              <li key={`${i.ruleId}:${i.excerpt}`}>
                «{i.excerpt}» <span class="item-id">{i.ruleId}</span>{' '}
                <button type="button" onClick={() => change((s) => ({ ...s, ignored: s.ignored.filter((x) => x.ruleId !== i.ruleId || x.excerpt !== i.excerpt) }))}>
                  {t(lang, 'undo')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="backup-title">
        <h2 id="backup-title">{t(lang, 'backup')}</h2>
        <button type="button" onClick={() => api.download('saring-pengaturan.json', makeBackup(user))} data-testid="export">
          {t(lang, 'exportBtn')}
        </button>{' '}
        <label class="file">
          {t(lang, 'importBtn')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import"
            onChange={async (e) => {
              const input = e.target as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (!file) return;
              const text = file.size > 2 * 1024 * 1024 ? '' : await file.text();
              const result = readBackup(text, file.size);
              if (!result.ok) setStatus({ kind: 'error', msg: result.error });
              else change((s) => ({ ...s, ...result.settings }), both('imported'));
            }}
          />
        </label>
      </section>

      <section aria-labelledby="reset-title">
        <h2 id="reset-title" class="sr-only">
          {t(lang, 'reset')}
        </h2>
        <button type="button" data-testid="reset" onClick={() => change((s) => ({ ...DEFAULT_SETTINGS, uiLang: s.uiLang }), both('resetDone'))}>
          {t(lang, 'reset')}
        </button>
      </section>

      <About lang={lang} version={api.version} noticesUrl={api.noticesUrl} privacyUrl={api.privacyUrl} />
    </main>
  );
}
