/**
 * Local statistics: counts only, never text, kept on this device for 30 days. The background owns
 * the writes (one at a time); the popup reads and clears them.
 */
import type { StatEvent } from './protocol';

export interface DayStats {
  findings: Record<string, number>;
  cardsOpened: number;
  suggestionsApplied: number;
  publishChecks: number;
  wentBack: number;
  publishedAnyway: number;
}

export type Stats = Record<string, DayStats>;

export const emptyDay = (): DayStats => ({ findings: {}, cardsOpened: 0, suggestionsApplied: 0, publishChecks: 0, wentBack: 0, publishedAnyway: 0 });

export const statsItem = storage.defineItem<Stats>('local:stats', { fallback: {}, version: 1 });

export function dayKey(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Adds one event to a stats object (pure, so it can be tested without storage). */
export function addEvent(stats: Stats, event: StatEvent, day = dayKey()): Stats {
  const next: Stats = { ...stats };
  const d: DayStats = { ...emptyDay(), ...(next[day] ?? {}) };
  d.findings = { ...d.findings };
  switch (event.kind) {
    case 'finding-shown':
      for (const ref of event.refs) d.findings[ref] = (d.findings[ref] ?? 0) + 1;
      break;
    case 'card-opened':
      d.cardsOpened++;
      break;
    case 'suggestion-applied':
      d.suggestionsApplied++;
      break;
    case 'publish-check-shown':
      d.publishChecks++;
      break;
    case 'publish-check-went-back':
      d.wentBack++;
      break;
    case 'publish-check-published':
      d.publishedAnyway++;
      break;
  }
  next[day] = d;
  // Keep a month.
  for (const k of Object.keys(next).sort().slice(0, -30)) delete next[k];
  return next;
}

export function sumDays(stats: Stats): DayStats {
  const total = emptyDay();
  for (const d of Object.values(stats)) {
    for (const [ref, n] of Object.entries(d.findings ?? {})) total.findings[ref] = (total.findings[ref] ?? 0) + n;
    total.cardsOpened += d.cardsOpened ?? 0;
    total.suggestionsApplied += d.suggestionsApplied ?? 0;
    total.publishChecks += d.publishChecks ?? 0;
    total.wentBack += d.wentBack ?? 0;
    total.publishedAnyway += d.publishedAnyway ?? 0;
  }
  return total;
}
