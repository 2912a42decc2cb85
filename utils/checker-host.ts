/** The checker side of the protocol, shared by the blob worker and the background port. */
import { createChecker } from '@/rules/index';
import type { CheckerRequest, CheckerResponse } from './protocol';

let checker: ReturnType<typeof createChecker> | null = null;

export function answer(request: CheckerRequest): CheckerResponse {
  if (request.kind === 'ping') return { kind: 'pong' };
  if (request.kind === 'crash') {
    if (__SARING_TEST__) throw new Error('crash requested by a test');
    return { kind: 'pong' };
  }
  try {
    checker ??= createChecker();
    const t = performance.now();
    const findings = checker.check(request.text, request.config);
    return { kind: 'result', id: request.id, findings, ms: performance.now() - t };
  } catch (e) {
    return { kind: 'error', id: request.id, message: e instanceof Error ? e.message : String(e) };
  }
}
