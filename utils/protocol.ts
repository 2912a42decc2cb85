/**
 * Every message Saring's parts exchange, told apart by `kind`. One file, so a new message without a
 * handler does not compile.
 *
 *   page ── content script ──(blob Worker | background port)── checker (rules/)
 *                │  └──── runtime messages ───── background ── storage ── popup / options
 */
import type { CheckConfig, Finding } from '@/rules/types';

/** Content script → checker (worker or background port). */
export type CheckerRequest =
  | { kind: 'check'; id: number; text: string; config: CheckConfig }
  | { kind: 'ping' }
  /** Test builds only: the worker throws, as a crashed worker would. */
  | { kind: 'crash' };

/** Checker → content script. */
export type CheckerResponse =
  | { kind: 'result'; id: number; findings: Finding[]; ms: number }
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

/** Popup → the content script of a tab (tabs.sendMessage), and its answer. */
export type TabRequest = { kind: 'page-info' };
export interface PageInfo {
  host: string;
  active: boolean;
  /** Findings now shown in the page's editors, by severity. */
  findings: { info: number; warning: number; danger: number };
}

/** runtime.sendMessage payloads. */
export type RuntimeMessage = { kind: 'stat'; event: StatEvent };

export const CHECKER_PORT = 'saring-checker';

export function isCheckerRequest(value: unknown): value is CheckerRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (v.kind === 'check' && typeof v.id === 'number' && typeof v.text === 'string' && typeof v.config === 'object') || v.kind === 'ping' || v.kind === 'crash';
}

export function isCheckerResponse(value: unknown): value is CheckerResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (v.kind === 'result' && typeof v.id === 'number' && Array.isArray(v.findings)) || (v.kind === 'error' && typeof v.id === 'number') || v.kind === 'pong';
}
