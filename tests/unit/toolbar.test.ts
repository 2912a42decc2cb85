import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iconPaths, toolbarState, toolbarTitle } from '../../utils/toolbar';

describe('the toolbar icon', () => {
  it('shows off, paused or on from the settings and the time', () => {
    expect(toolbarState({ enabled: false, pausedUntil: 0 }, 1000)).toBe('off');
    expect(toolbarState({ enabled: false, pausedUntil: 5000 }, 1000)).toBe('off');
    expect(toolbarState({ enabled: true, pausedUntil: 5000 }, 1000)).toBe('paused');
    expect(toolbarState({ enabled: true, pausedUntil: 5000 }, 6000)).toBe('on');
  });

  it('points at PNGs that exist for every state and size, and names the state in words', () => {
    for (const state of ['on', 'paused', 'off'] as const) {
      const paths = iconPaths(state);
      expect(Object.keys(paths)).toEqual(['16', '32', '48', '128']);
      for (const p of Object.values(paths)) expect(existsSync(resolve(import.meta.dirname, '../../public', `.${p}`)), p).toBe(true);
      expect(toolbarTitle(state, 'id')).toMatch(/^Saring — /);
    }
    expect(toolbarTitle('paused', 'id')).toBe('Saring — dijeda');
  });
});
