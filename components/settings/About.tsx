/** The About section: version, where the guideline comes from, what the checker was built from, privacy. */
import { SOURCE } from '@/rules/guideline';
import { t, type Lang } from '../i18n';
import { PrivacyLine } from '../shared/parts';

/** Every source the checker's data or the package holds, credited as its licence asks. */
export const CREDITS: readonly { name: string; what: { id: string; en: string }; licence: string; url: string }[] = [
  { name: 'SmSA (IndoNLU)', what: { id: 'ulasan berbahasa Indonesia, teks bersih untuk melatih model', en: 'Indonesian reviews, clean text the model learned from' }, licence: 'Apache-2.0', url: 'https://github.com/IndoNLP/indonlu' },
  { name: 'IndoCollex — Wibowo et al. (2021)', what: { id: 'kamus kata gaul dan boso walikan', en: 'slang and walikan dictionary' }, licence: 'MIT', url: 'https://github.com/haryoa/indo-collex' },
  { name: 'NusaX — Winata et al. (2023)', what: { id: 'leksikon bahasa daerah; tabel turunannya berlisensi sama', en: 'regional-language lexicon; the table derived from it carries the same licence' }, licence: 'CC BY-SA 4.0', url: 'https://github.com/IndoNLP/nusax' },
  { name: 'id-profanity-filter — SideID', what: { id: 'daftar kata kasar per daerah', en: 'insults by region' }, licence: 'MIT', url: 'https://github.com/SideeID/id-profanity-filter' },
  { name: 'The Obscenity List — Surge AI', what: { id: 'kata kasar bahasa Inggris', en: 'English profanity' }, licence: 'MIT', url: 'https://github.com/surge-ai/profanity' },
  { name: 'Wordnet Bahasa — Bond, Moeljadi et al.', what: { id: 'daftar kata baku untuk menyaring tabel, dan sinonim untuk beberapa kelompok kata', en: 'standard words used to filter the tables, and synonyms for a few word groups' }, licence: 'MIT', url: 'http://wn-msa.sourceforge.net/' },
  { name: 'Preact, Valibot, Floating UI, DOMPurify, webextension-polyfill', what: { id: 'pustaka perangkat lunak', en: 'software libraries' }, licence: 'MIT, Apache-2.0, MPL-2.0', url: 'THIRD_PARTY_NOTICES' },
];

export function About({ lang, version, noticesUrl, privacyUrl }: { lang: Lang; version: string; noticesUrl: string; privacyUrl: string }) {
  return (
    <section aria-labelledby="about-title" data-testid="about">
      <h2 id="about-title">{t(lang, 'about')}</h2>
      <p>
        Saring {version} · {t(lang, 'notOfficial')}
      </p>
      <PrivacyLine lang={lang} url={privacyUrl} />
      <h3>{t(lang, 'guidelineSource')}</h3>
      <p>{SOURCE[lang]}</p>
      <h3>{t(lang, 'credits')}</h3>
      <ul>
        {CREDITS.map((c) => (
          <li key={c.name}>
            <a href={c.url === 'THIRD_PARTY_NOTICES' ? noticesUrl : c.url} target="_blank" rel="noreferrer">
              {c.name}
            </a>{' '}
            — {c.what[lang]} ({c.licence})
          </li>
        ))}
      </ul>
      <p>
        <a href={noticesUrl} target="_blank" rel="noreferrer" data-testid="notices">
          {t(lang, 'notices')}
        </a>
      </p>
    </section>
  );
}
