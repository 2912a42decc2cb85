/**
 * The page Saring opens once, on install: what it checks, that nothing leaves the device, the
 * language, a practice box that runs the real checker here in the page, and where the guideline
 * and settings live. The practice text is never stored or sent.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { checkForUser, createChecker, itemHeading, type Finding } from '@/rules/index';
import type { Settings } from '@/utils/settings';
import { resolveLang, t, type Lang, type StringKey } from '../i18n';
import { useLive } from '../shared/live';
import { LanguageSelect, PrivacyLine } from '../shared/parts';
import { markupText } from '@/utils/markup';

export interface WelcomeApi {
  loadUserSettings(): Promise<Settings>;
  watchUserSettings(callback: (s: Settings) => void): () => void;
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
  openSettings(): void;
  privacyUrl: string;
  browserLang: string;
}

const EXAMPLES: readonly { key: StringKey; text: string }[] = [
  { key: 'exampleSecret', text: 'Info rekan2, ST/1234/XI/2026 sudah turun, besok pagi kompi geser ke perbatasan.' },
  { key: 'exampleInsult', text: 'Dasar goblok, kerja gitu aja nggak becus.' },
  { key: 'exampleVote', text: 'Pilkada nanti coblos nomor 2 ya keluarga besar, paham kan 😉' },
  { key: 'exampleSafe', text: 'Alhamdulillah karya bakti di Desa Pujon lancar, terima kasih warga.' },
];

/** The practice text with its findings marked, as the editor would underline them. */
function Marked({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const parts: preact.JSX.Element[] = [];
  let at = 0;
  for (const [k, f] of [...findings].sort((a, b) => a.start - b.start).entries()) {
    if (f.start < at) continue;
    if (f.start > at) parts.push(<span key={`t${k}`}>{text.slice(at, f.start)}</span>);
    parts.push(
      <mark key={`m${k}`} class={`mark-${f.severity}`}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  if (at < text.length) parts.push(<span key="end">{text.slice(at)}</span>);
  return <p class="marked">{parts}</p>;
}

export function Welcome({ api }: { api: WelcomeApi }) {
  const settings = useLive(api.loadUserSettings, api.watchUserSettings);
  const lang: Lang = resolveLang(settings?.uiLang ?? 'auto', api.browserLang);
  const checker = useMemo(() => createChecker(), []);
  const [text, setText] = useState('');
  const [shown, setShown] = useState<Finding[]>([]);
  // The same checker and presentation as in Facebook, a moment after the last key.
  useEffect(() => {
    const id = setTimeout(() => setShown(text.trim() ? checkForUser(checker, text).shown : []), 120);
    return () => clearTimeout(id);
  }, [text, checker]);

  return (
    <main data-testid="saring-welcome" lang={lang}>
      <header>
        <img src="/icons/on-48.png" width={48} height={48} alt="" />
        <div>
          <h1>{t(lang, 'welcomeTitle')}</h1>
          <p class="tagline">{t(lang, 'tagline')}</p>
        </div>
        <LanguageSelect lang={lang} visibleLabel value={settings?.uiLang ?? 'auto'} onChange={(v) => void api.updateSettings((s) => ({ ...s, uiLang: v }))} />
      </header>
      <p class="intro">{t(lang, 'welcomeIntro')}</p>

      <section aria-labelledby="checks-title">
        <h2 id="checks-title">{t(lang, 'welcomeChecks')}</h2>
        <p>{t(lang, 'welcomeChecksLine')}</p>
      </section>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t(lang, 'welcomePrivacyTitle')}</h2>
        <PrivacyLine lang={lang} url={api.privacyUrl} />
      </section>

      <section aria-labelledby="try-title" data-testid="practice">
        <h2 id="try-title">{t(lang, 'welcomeTry')}</h2>
        <p class="muted">{t(lang, 'welcomeTryHelp')}</p>
        <div class="examples">
          {EXAMPLES.map((e) => (
            <button key={e.key} type="button" onClick={() => setText(e.text)}>
              {t(lang, e.key)}
            </button>
          ))}
        </div>
        <label for="practice-box" class="sr-only">
          {t(lang, 'practiceLabel')}
        </label>
        <textarea id="practice-box" rows={3} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} data-testid="practice-box" spellcheck={false} />
        <div aria-live="polite" data-testid="practice-result">
          {text.trim() &&
            (shown.length === 0 ? (
              <p class="ok">{t(lang, 'practiceClean')}</p>
            ) : (
              <>
                <Marked text={text} findings={shown} />
                <p>{t(lang, 'practiceFound', { n: shown.length })}</p>
                <ul class="findings">
                  {shown.map((f) => (
                    <li key={`${f.ruleId}:${f.start}`} class={`finding sev-${f.severity}`}>
                      <strong>
                        {t(lang, f.severity)} · «{text.slice(f.start, f.end)}»
                      </strong>
                      <span> {f.source === 'unit-pack' ? markupText(f.message[lang]) : f.message[lang]}</span>
                      <span class="muted small"> ({f.refs.map((r) => itemHeading(r, lang)).join('; ')})</span>
                    </li>
                  ))}
                </ul>
              </>
            ))}
        </div>
      </section>

      <section aria-labelledby="where-title">
        <h2 id="where-title">{t(lang, 'welcomeWhere')}</h2>
        <p>{t(lang, 'welcomeWhereLine')}</p>
        <button type="button" class="primary" onClick={() => api.openSettings()}>
          {t(lang, 'openSettings')}
        </button>
      </section>

      <footer>
        <p class="muted small">{t(lang, 'notOfficial')}</p>
      </footer>
    </main>
  );
}
