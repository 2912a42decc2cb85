import { GUIDELINE, SOURCE, type GuidelineItem } from '@/rules/guideline';

export interface Props {
  lang: 'id' | 'en';
}

const GROUPS = [
  { key: 'asas', title: { id: 'Asas', en: 'Principles' } },
  { key: 'larangan', title: { id: 'Larangan', en: 'Prohibitions' } },
  { key: 'etika', title: { id: 'Etika', en: 'Ethics' } },
] as const;

function Item({ item, lang }: { item: GuidelineItem; lang: Props['lang'] }) {
  return (
    <details data-testid={`item-${item.id}`}>
      <summary>
        {item.title[lang]} <span class="item-id">{item.id}</span>
      </summary>
      <p>{item.summary[lang]}</p>
      {item.checks && <p class="checks">{item.checks[lang]}</p>}
    </details>
  );
}

export function Popup({ lang }: Props) {
  return (
    <main data-testid="saring-popup">
      <header>
        <h1>Saring</h1>
        <p class="tagline">{lang === 'id' ? 'Saring sebelum sharing' : 'Filter before you share'}</p>
      </header>
      {GROUPS.map((group) => (
        <section key={group.key} aria-labelledby={`group-${group.key}`}>
          <h2 id={`group-${group.key}`}>{group.title[lang]}</h2>
          {GUIDELINE.filter((g) => g.group === group.key).map((item) => (
            <Item key={item.id} item={item} lang={lang} />
          ))}
        </section>
      ))}
      <p class="source">{SOURCE[lang]}</p>
    </main>
  );
}
