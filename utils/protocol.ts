/**
 * Every message Saring's parts exchange, told apart by `kind`. One file, so a new message without a
 * handler does not compile.
 *
 *   page ── content script ──(port to the extension's background)── checker (rules/)
 *                │  └──── runtime messages ───── background ── storage ── popup / options
 */
import type { ShowConfig } from '@/rules/present';
import type { Finding, Severity } from '@/rules/types';
import type { SettingsAddition } from './settings';

/** Content script → checker (the background, over a port). */
export type CheckerRequest =
  | { kind: 'check'; id: number; text: string; config: ShowConfig }
  /** Wakes the checker before the first keystroke needs it. */
  | { kind: 'ping' };

/** Checker → content script: what the user is shown (rules/present.ts), never more than MAX_SHOWN. */
export type CheckerResponse =
  | { kind: 'result'; id: number; shown: Finding[]; counts: Record<Severity, number>; ms: number }
  | { kind: 'error'; id: number; message: string }
  | { kind: 'pong' };

/** Counted events (never text) that the content script reports for the local statistics. */
export type StatEvent =
  | { kind: 'finding-shown'; refs: string[] }
  | { kind: 'card-opened' }
  | { kind: 'suggestion-applied' }
  | { kind: 'publish-check-shown' }
  | { kind: 'publish-check-went-back' }
  | { kind: 'publish-check-published' };

/**
 * Popup or background → the content script of a tab (tabs.sendMessage). `page-info` answers with a
 * PageInfo; `open-card` (the manifest command, Alt+Shift+S unless the user rebound it) opens the card
 * of the focused editor and answers whether there was one to open.
 */
export type TabRequest = { kind: 'page-info' } | { kind: 'open-card' };
/** The manifest command's name (wxt.config.ts). */
export const OPEN_CARD_COMMAND = 'open-card';
export interface PageInfo {
  host: string;
  active: boolean;
  /** Findings now shown in the page's editors, by severity. */
  findings: { info: number; warning: number; danger: number };
}

/** runtime.sendMessage payloads. */
export type RuntimeMessage = { kind: 'stat'; event: StatEvent } | { kind: 'settings-add'; add: SettingsAddition };

export const CHECKER_PORT = 'saring-checker';

export function isCheckerRequest(value: unknown): value is CheckerRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (v.kind === 'check' && typeof v.id === 'number' && typeof v.text === 'string' && typeof v.config === 'object' && v.config !== null) || v.kind === 'ping';
}

export function isCheckerResponse(value: unknown): value is CheckerResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (v.kind === 'result' && typeof v.id === 'number' && Array.isArray(v.shown) && typeof v.counts === 'object' && v.counts !== null) || (v.kind === 'error' && typeof v.id === 'number') || v.kind === 'pong';
}
