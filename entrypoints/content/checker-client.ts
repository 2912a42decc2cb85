/**
 * "Check this text", answered by the extension's background over a port. That path belongs to the
 * extension's own origin: it works under any page CSP without trying (and failing, and so reporting
 * to the page) a blob worker first, it puts nothing in the page, and it keeps the checker off the
 * page's main thread. A port that dies (the service worker stopped) is replaced and pending texts
 * are sent again. Nothing leaves the browser.
 */
import type { Presented, ShowConfig } from '@/rules/present';
import { CHECKER_PORT, isCheckerResponse, type CheckerRequest, type CheckerResponse } from '@/utils/protocol';

export interface CheckResult extends Presented {
  ms: number;
}

export interface CheckerClient {
  readonly transport: string;
  /** How many ports were opened (a replaced one counts again). */
  readonly opened: number;
  check(text: string, config: ShowConfig): Promise<CheckResult>;
  /** Wakes the checker (service worker start, rules compiled) before it is needed. */
  warm(): void;
  dispose(): void;
}

/** What a port to the checker offers: the shape of runtime.Port that this client uses. */
export interface PortLike {
  postMessage(message: CheckerRequest): void;
  disconnect(): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

export type Connect = () => PortLike;

export const connectToBackground: Connect = () => browser.runtime.connect({ name: CHECKER_PORT }) as unknown as PortLike;

export function createCheckerClient(connect: Connect = connectToBackground): CheckerClient {
  let port: PortLike | null = null;
  let nextId = 1;
  let opened = 0;
  let disposed = false;
  const waiting = new Map<number, { resolve: (r: CheckResult) => void; reject: (e: Error) => void; request: CheckerRequest }>();

  const onMessage = (m: CheckerResponse): void => {
    if (m.kind === 'pong') return;
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.kind === 'result') w.resolve({ shown: m.shown, counts: m.counts, ms: m.ms });
    else w.reject(new Error(m.message));
  };

  const open = (): PortLike => {
    const p = connect();
    opened++;
    p.onMessage.addListener((m) => {
      if (isCheckerResponse(m)) onMessage(m);
    });
    p.onDisconnect.addListener(() => {
      if (port !== p) return;
      port = null;
      // The service worker stopped or restarted: ask again on a new port.
      if (!disposed) for (const w of waiting.values()) send(w.request);
    });
    return p;
  };

  const send = (request: CheckerRequest): void => {
    try {
      port ??= open();
      port.postMessage(request);
    } catch (e) {
      // The extension was reloaded under us: nothing can answer any more.
      port = null;
      const error = e instanceof Error ? e : new Error(String(e));
      for (const w of waiting.values()) w.reject(error);
      waiting.clear();
    }
  };

  return {
    get transport() {
      return 'background';
    },
    get opened() {
      return opened;
    },
    warm() {
      if (!port && !disposed) send({ kind: 'ping' });
    },
    check(text, config) {
      const id = nextId++;
      const request: CheckerRequest = { kind: 'check', id, text, config };
      return new Promise<CheckResult>((resolve, reject) => {
        if (disposed) {
          reject(new Error('disposed'));
          return;
        }
        waiting.set(id, { resolve, reject, request });
        send(request);
      });
    },
    dispose() {
      disposed = true;
      try {
        port?.disconnect();
      } catch {
        // Already gone with the extension.
      }
      for (const w of waiting.values()) w.reject(new Error('disposed'));
      waiting.clear();
    },
  };
}
