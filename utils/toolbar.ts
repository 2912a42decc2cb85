/** What the toolbar icon shows: Saring on, paused for a while, or switched off (by the user or policy). */
import type { Settings } from './settings';

export type ToolbarState = 'on' | 'paused' | 'off';

export function toolbarState(s: Pick<Settings, 'enabled' | 'pausedUntil'>, now: number): ToolbarState {
  if (!s.enabled) return 'off';
  return s.pausedUntil > now ? 'paused' : 'on';
}

const SIZES = [16, 32, 48, 128] as const;

/** The icon set of a state, as `action.setIcon` and the manifest take it (PNGs made by `npm run icons`). */
export function iconPaths(state: ToolbarState): Record<string, string> {
  return Object.fromEntries(SIZES.map((size) => [String(size), `/icons/${state}-${size}.png`]));
}

/** The toolbar title says the state in words too, so it is not told by colour alone. */
export function toolbarTitle(state: ToolbarState, lang: 'id' | 'en'): string {
  const words = {
    on: { id: 'Saring — aktif', en: 'Saring — on' },
    paused: { id: 'Saring — dijeda', en: 'Saring — paused' },
    off: { id: 'Saring — nonaktif', en: 'Saring — off' },
  } as const;
  return words[state][lang];
}
