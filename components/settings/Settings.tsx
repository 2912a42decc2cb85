import { useEffect, useRef, useState } from 'preact/hooks';
import { GUIDELINE, itemHeading, type ItemId } from '@/rules/guideline';
import type { Severity } from '@/rules/types';
import { makeBackup, readBackup, type Msg } from '@/utils/backup';
import { DEFAULT_SETTINGS, effectiveSettings, LIMITS, termProblem, type Policy, type PolicyKey, type Settings, type UnitPack } from '@/utils/settings';
import { resolveLang, t, type Lang, type StringKey } from '../i18n';
import { isCommonTerm } from '@/utils/common-words';
import { markupText } from '@/utils/markup';
import { useLive } from '../shared/live';
import { About } from './About';
import { sumDays, type Stats } from '@/utils/stats';

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
  /** This device's counts (never text): the self-evaluation lives here, not in the popup. */
  loadStats(): Promise<Stats>;
  /** The extension's version and the packaged THIRD_PARTY_NOTICES, for the About section. */
  version: string;
  noticesUrl: string;
  privacyUrl: string;
}

/** Which control a message belongs to: it is shown beside that control, not at the top of the page. */
type Where = 'items' | 'sens' | 'watch' | 'allow' | 'ignored' | 'backup' | 'reset';
type Status = { where: Where; kind: 'ok' | 'error'; msg: Msg; undo?: () => void } | null;

function StatusLine({ lang, where, status }: { lang: Lang; where: Where; status: Status }) {
  const mine = status?.where === where ? status : null;
  const ref = useRef<HTMLDivElement>(null);
  // A message the user must read (an import refused, an undo offered) is scrolled into view.
  useEffect(() => {
    if (mine && (mine.kind === 'error' || mine.undo)) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [mine]);
  return (
    <div class="status-line" ref={ref}>
      <p role={mine?.kind === 'error' ? 'alert' : 'status'} aria-live="polite" class={mine?.kind === 'error' ? 'error' : 'ok'} data-testid={`status-${where}`}>
        {mine ? mine.msg[lang] : ''}
      </p>
      {mine?.undo && (
        <button type="button" data-testid={`undo-${where}`} onClick={mine.undo}>
          {t(lang, 'undoAction')}
        </button>
      )}
    </div>
  );
}

function Locked({ lang, on }: { lang: Lang; on: boolean }) {
  return on ? (
    <span class="locked" data-testid="locked">
      🔒 {t(lang, 'locked')}
    </span>
  ) : null;
}

/** What adding a term led to: refused with a reason, or held back until the user confirms. */
export type AddOutcome = { error: string } | { confirm: string } | null;

function TermAdder({ lang, label, withSeverity, maxLength, onAdd }: { lang: Lang; label: string; withSeverity: boolean; maxLength: number; onAdd(term: string, severity: Severity, force: boolean): AddOutcome }) {
  const [term, setTerm] = useState('');
  const [severity, setSeverity] = useState<Severity>('warning');
  const [outcome, setOutcome] = useState<AddOutcome>(null);
  const id = `add-${label}`;
  const submit = (force: boolean) => {
    const result = onAdd(term, severity, force);
    setOutcome(result);
    if (!result) setTerm('');
  };
  return (
    <form
      class="adder"
      onSubmit={(e) => {
        e.preventDefault();
        submit(false);
      }}
    >
      <label for={id}>{t(lang, 'term')}</label>
      <input
        id={id}
        type="text"
        value={term}
        maxLength={maxLength + 1}
        aria-describedby={outcome ? `${id}-msg` : undefined}
        onInput={(e) => {
          setTerm((e.target as HTMLInputElement).value);
          if (outcome && 'confirm' in outcome) setOutcome(null);
        }}
        data-testid={`${label}-input`}
      />
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
      {outcome && 'error' in outcome && (
        <p id={`${id}-msg`} class="error" role="alert">
          {outcome.error}
        </p>
      )}
      {outcome && 'confirm' in outcome && (
        <p id={`${id}-msg`} class="warn" role="alert" data-testid={`${label}-confirm`}>
          {outcome.confirm}{' '}
          <button type="button" onClick={() => submit(true)} data-testid={`${label}-add-anyway`}>
            {t(lang, 'addAnyway')}
          </button>
        </p>
      )}
    </form>
  );
}

function PackInfo({ lang, pack, locked, onRemove }: { lang: Lang; pack: UnitPack | null; locked: boolean; onRemove(pack: UnitPack): void }) {
  if (!pack) return <p class="muted" data-testid="pack-info">{t(lang, 'noPack')}</p>;
  return (
    <div class="pack" data-testid="pack-info">
      <h3>{t(lang, 'unitPack')}</h3>
      <p>
        {t(lang, 'packSummary', { name: pack.name, version: pack.version, unit: pack.unit ? ` · ${pack.unit}` : '', count: pack.terms.length })}{' '}
        {pack.sopUrl?.startsWith('https://') && (
          <a href={pack.sopUrl} target="_blank" rel="noopener noreferrer">
            {t(lang, 'sopLink')}
          </a>
        )}{' '}
        {locked ? (
          <Locked lang={lang} on />
        ) : (
          <button type="button" onClick={() => onRemove(pack)} data-testid="remove-pack">
            {t(lang, 'removePack')}
          </button>
        )}
      </p>
      <ul class="terms" data-testid="pack-terms">
        {pack.terms.slice(0, 50).map((r) => (
          <li key={r.term}>
            <span>{r.term}</span> <span class={`sev sev-${r.severity}`}>{t(lang, r.severity)}</span>
            {r.item && <span class="item-id"> {itemHeading(r.item, lang)}</span>}
            {r.message && <span class="muted small"> — {markupText(r.message[lang])}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Whether the publish check helps: every day on this device, beside the published research. */
function SelfCheck({ lang, load }: { lang: Lang; load: () => Promise<Stats> }) {
  const [stats, setStats] = useState<Stats | null>(null);
  useEffect(() => void load().then(setStats, () => setStats({})), [load]);
  if (!stats) return null;
  const all = sumDays(stats);
  const pct = all.publishChecks ? `${Math.round((100 * all.wentBack) / all.publishChecks)}%` : '';
  return (
    <section aria-labelledby="stats-title" data-testid="self-check">
      <h2 id="stats-title">{t(lang, 'statsTitle')}</h2>
      <h3>{t(lang, 'helps')}</h3>
      <p data-testid="helps">{all.publishChecks ? t(lang, 'helpsLine', { back: all.wentBack, shown: all.publishChecks, pct }) : t(lang, 'helpsNone')}</p>
      <p class="muted small">{t(lang, 'helpsResearch')}</p>
      <p class="muted small">{t(lang, 'statsNote')}</p>
    </section>
  );
}

const both = (key: StringKey, vars: Record<string, string | number> = {}): Msg => ({ id: t('id', key, vars), en: t('en', key, vars) });
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
  const change = (where: Where, fn: (s: Settings) => Settings, msg: Msg = both('saved'), undo?: (s: Settings) => Settings) => {
    void api.updateSettings(fn).then(
      () =>
        setStatus({
          where,
          kind: 'ok',
          msg,
          undo: undo && (() => change(where, undo, both('undone'))),
        }),
      () => setStatus({ where, kind: 'error', msg: both('saveFailed') }),
    );
  };
  const problemWith = (kind: 'watch' | 'allow', term: string): AddOutcome => {
    const p = termProblem(kind, term);
    return p && { error: p.problem === 'tooLong' ? t(lang, 'tooLong', { max: p.max }) : t(lang, 'empty') };
  };
  const addWatch = (raw: string, severity: Severity, force: boolean): AddOutcome => {
    const problem = problemWith('watch', raw);
    if (problem) return problem;
    const term = raw.trim();
    if ((policy.watchTerms ?? []).some((w) => sameTerm(w.term, term))) return { error: t(lang, 'duplicatePolicy', { term }) };
    const existing = user.watchTerms.find((w) => sameTerm(w.term, term));
    if (existing && existing.severity === severity) return { error: t(lang, 'duplicate', { term: existing.term }) };
    if (existing) {
      change('watch', (s) => ({ ...s, watchTerms: s.watchTerms.map((w) => (sameTerm(w.term, term) ? { ...w, severity } : w)) }), both('severityChanged', { term: existing.term, severity: t(lang, severity).toLowerCase() }));
      return null;
    }
    if (!force && isCommonTerm(term)) return { confirm: t(lang, 'commonWord', { term }) };
    change('watch', (s) => ({ ...s, watchTerms: [...s.watchTerms.filter((w) => !sameTerm(w.term, term)), { term, severity }] }));
    return null;
  };
  const addAllow = (raw: string): AddOutcome => {
    const problem = problemWith('allow', raw);
    if (problem) return problem;
    const term = raw.trim();
    if ((policy.allowTerms ?? []).some((a) => sameTerm(a, term))) return { error: t(lang, 'duplicatePolicy', { term }) };
    const existing = user.allowTerms.find((a) => sameTerm(a, term));
    if (existing) return { error: t(lang, 'duplicate', { term: existing }) };
    change('allow', (s) => ({ ...s, allowTerms: [...s.allowTerms, term] }));
    return null;
  };

  return (
    <main data-testid="saring-settings" lang={lang}>
      <h1>{t(lang, 'settingsTitle')}</h1>
      {locked.size > 0 && <p class="note">{t(lang, 'lockedNote')}</p>}

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
                    change('items', (s) => ({ ...s, disabledItems: on ? s.disabledItems.filter((x) => x !== item.id) : [...s.disabledItems, item.id as ItemId] }));
                  }}
                />
                <span>
                  {itemHeading(item.id, lang)}
                </span>
              </label>
            ))}
          </fieldset>
        ))}
        <StatusLine lang={lang} where="items" status={status} />
      </section>

      <section aria-labelledby="sens-title">
        <h2 id="sens-title">
          {t(lang, 'sensitivity')} <Locked lang={lang} on={isLocked('sensitivity')} />
        </h2>
        {(['strict', 'normal', 'relaxed'] as const).map((s) => (
          <label key={s} class="row">
            <input type="radio" name="sensitivity" value={s} disabled={isLocked('sensitivity')} checked={eff.sensitivity === s} onChange={() => change('sens', (x) => ({ ...x, sensitivity: s }))} data-testid={`sens-${s}`} />
            {t(lang, s)}
          </label>
        ))}
        <StatusLine lang={lang} where="sens" status={status} />
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
              <button
                type="button"
                aria-label={`${t(lang, 'remove')} ${w.term}`}
                onClick={() =>
                  change(
                    'watch',
                    (s) => ({ ...s, watchTerms: s.watchTerms.filter((x) => !sameTerm(x.term, w.term)) }),
                    both('removedTerm', { term: w.term }),
                    (s) => ({ ...s, watchTerms: s.watchTerms.some((x) => sameTerm(x.term, w.term)) ? s.watchTerms : [...s.watchTerms, w] }),
                  )
                }
              >
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
          onAdd={addWatch}
        />
        <StatusLine lang={lang} where="watch" status={status} />
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
              <button
                type="button"
                aria-label={`${t(lang, 'remove')} ${a}`}
                onClick={() =>
                  change(
                    'allow',
                    (s) => ({ ...s, allowTerms: s.allowTerms.filter((x) => !sameTerm(x, a)) }),
                    both('removedTerm', { term: a }),
                    (s) => ({ ...s, allowTerms: s.allowTerms.some((x) => sameTerm(x, a)) ? s.allowTerms : [...s.allowTerms, a] }),
                  )
                }
              >
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
          onAdd={addAllow}
        />
        <StatusLine lang={lang} where="allow" status={status} />
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
                <button type="button" onClick={() => change('ignored', (s) => ({ ...s, ignored: s.ignored.filter((x) => x.ruleId !== i.ruleId || x.excerpt !== i.excerpt) }))}>
                  {t(lang, 'undo')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <StatusLine lang={lang} where="ignored" status={status} />
      </section>

      <section aria-labelledby="backup-title">
        <h2 id="backup-title">{t(lang, 'backup')}</h2>
        <PackInfo lang={lang} pack={eff.unitPack} locked={isLocked('unitPack')} onRemove={(pack) => change('backup', (s) => ({ ...s, unitPack: null }), both('packRemoved', { name: pack.name }), (s) => ({ ...s, unitPack: pack }))} />
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
              if (!result.ok) setStatus({ where: 'backup', kind: 'error', msg: result.error });
              else {
                const before = user;
                const pack = result.settings.unitPack;
                const msg = pack ? both('packInstalled', { name: pack.name, version: pack.version, count: pack.terms.length }) : both('imported');
                change('backup', (s) => ({ ...s, ...result.settings }), msg, () => before);
              }
            }}
          />
        </label>
        <StatusLine lang={lang} where="backup" status={status} />
      </section>

      <section aria-labelledby="reset-title">
        <h2 id="reset-title" class="sr-only">
          {t(lang, 'reset')}
        </h2>
        <button
          type="button"
          data-testid="reset"
          onClick={() => {
            // Reset wipes what a unit handed out (watch terms, allowed words): it can be taken back.
            const before = user;
            change('reset', (s) => ({ ...DEFAULT_SETTINGS, uiLang: s.uiLang }), both(before.watchTerms.length ? 'resetUndoable' : 'resetDone'), () => before);
          }}
        >
          {t(lang, 'reset')}
        </button>
        <StatusLine lang={lang} where="reset" status={status} />
      </section>

      <SelfCheck lang={lang} load={api.loadStats} />

      <About lang={lang} version={api.version} noticesUrl={api.noticesUrl} privacyUrl={api.privacyUrl} />
    </main>
  );
}
