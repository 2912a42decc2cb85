/**
 * The names Saring leaves in the page. Store builds pick fresh random ones on every page load and
 * close their shadow root, so no page script can tell that Saring (and so a soldier or civil
 * servant) is there by a name. Test builds use fixed names and an open root that tests can read.
 */
export interface Names {
  /** The overlay's custom element name. */
  host: string;
  highlight: Record<'info' | 'warning' | 'danger' | 'active', string>;
  shadow: ShadowRootMode;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function randomWord(length: number, random: () => number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += LETTERS[Math.floor(random() * LETTERS.length)];
  return s;
}

export const TEST_NAMES: Names = {
  host: 'saring-overlay',
  highlight: { info: 'saring-info', warning: 'saring-warning', danger: 'saring-danger', active: 'saring-active' },
  shadow: 'open',
};

export function makeNames(test: boolean, random: () => number = cryptoRandom): Names {
  if (test) return TEST_NAMES;
  const w = (): string => randomWord(8, random);
  return { host: `${w()}-${w()}`, highlight: { info: w(), warning: w(), danger: w(), active: w() }, shadow: 'closed' };
}

function cryptoRandom(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
}
