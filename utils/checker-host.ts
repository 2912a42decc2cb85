/** The checker side of the protocol, run in the extension's background, never in the page. */
import { checkForUser, createChecker, PieceCache } from '@/rules/index';
import type { CheckerRequest, CheckerResponse } from './protocol';

let checker: ReturnType<typeof createChecker> | null = null;
/** Findings of the pieces of long texts: typing in a long text re-checks only the piece it changed. */
const pieceCache = new PieceCache();

export function answer(request: CheckerRequest): CheckerResponse {
  if (request.kind === 'ping') {
    // Compiling the rules takes a moment: do it on the wake-up call, not on the first keystroke.
    checker ??= createChecker();
    return { kind: 'pong' };
  }
  try {
    checker ??= createChecker();
    const t = performance.now();
    const { shown, counts } = checkForUser(checker, request.text, request.config, pieceCache);
    return { kind: 'result', id: request.id, shown, counts, ms: performance.now() - t };
  } catch (e) {
    return { kind: 'error', id: request.id, message: e instanceof Error ? e.message : String(e) };
  }
}
