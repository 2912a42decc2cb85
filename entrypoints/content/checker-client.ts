/**
 * One small interface for "check this text", with transports behind it: a blob Worker where the
 * page's CSP allows it, otherwise a port to the background service worker (works under any CSP).
 * Nothing leaves the browser either way.
 */
import type { CheckConfig, Finding } from '@/rules/types';
import { CHECKER_PORT, isCheckerResponse, type CheckerRequest, type CheckerResponse } from '@/utils/protocol';
import CheckerWorker from './checker.worker?worker&inline';

export interface CheckResult {
  findings: Finding[];
  ms: number;
}

export interface Checker {
  readonly transport: string;
  /** How many transports were opened (a replaced worker counts again). */
  readonly opened: number;
  check(text: string, config: CheckConfig): Promise<CheckResult>;
  /** Test builds: make the worker crash, to prove it is replaced. */
  crashForTest(): void;
  dispose(): void;
}

interface Channel {
  name: string;
  send(message: CheckerRequest): void;
  close(): void;
}

type Opener = (onMessage: (m: CheckerResponse) => void, onDead: () => void) => Promise<Channel>;

/** A blob worker; fails (asynchronously, via `error`) where the CSP forbids blob: workers. */
const openWorker: Opener = (onMessage, onDead) =>
  new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new CheckerWorker();
    } catch (e) {
      reject(e);
      return;
    }
    let ready = false;
    const timer = setTimeout(() => !ready && fail(new Error('worker did not answer')), 2000);
    const fail = (e: unknown): void => {
      clearTimeout(timer);
      worker.terminate();
      if (ready) onDead();
      else reject(e);
    };
    worker.onerror = (e) => fail(e);
    worker.onmessage = (e: MessageEvent<unknown>) => {
      if (!isCheckerResponse(e.data)) return;
      if (e.data.kind === 'pong' && !ready) {
        ready = true;
        clearTimeout(timer);
        resolve({ name: 'worker', send: (m) => worker.postMessage(m), close: () => worker.terminate() });
        return;
      }
      onMessage(e.data);
    };
    worker.postMessage({ kind: 'ping' } satisfies CheckerRequest);
  });

/** A port to the background; the service worker may stop, so a dead port is reported and replaced. */
const openPort: Opener = (onMessage, onDead) =>
  new Promise((resolve, reject) => {
    let port: ReturnType<typeof browser.runtime.connect>;
    try {
      port = browser.runtime.connect({ name: CHECKER_PORT });
    } catch (e) {
      reject(e);
      return;
    }
    port.onMessage.addListener((m: unknown) => {
      if (isCheckerResponse(m)) onMessage(m);
    });
    port.onDisconnect.addListener(() => onDead());
    resolve({ name: 'background', send: (m) => port.postMessage(m), close: () => port.disconnect() });
  });

export function createCheckerClient(openers: Opener[] = [openWorker, openPort]): Checker {
  let channel: Promise<Channel> | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (r: CheckResult) => void; reject: (e: Error) => void; request: CheckerRequest }>();
  let transport = 'none';
  let opened = 0;
  let disposed = false;

  const onMessage = (m: CheckerResponse): void => {
    if (m.kind === 'pong') return;
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.kind === 'result') w.resolve({ findings: m.findings, ms: m.ms });
    else w.reject(new Error(m.message));
  };

  // A transport that dies (worker crash, service worker stopped) is replaced and pending texts resent.
  const onDead = (): void => {
    channel = null;
    if (disposed) return;
    for (const w of waiting.values()) void send(w.request);
  };

  const open = async (): Promise<Channel> => {
    let lastError: unknown = null;
    for (const opener of openers) {
      try {
        const c = await opener(onMessage, onDead);
        transport = c.name;
        opened++;
        return c;
      } catch (e) {
        lastError = e;
      }
    }
    throw lastError instanceof Error ? lastError : new Error('no checker transport');
  };

  const send = async (request: CheckerRequest): Promise<void> => {
    channel ??= open();
    try {
      (await channel).send(request);
    } catch (e) {
      channel = null;
      if (request.kind === 'check') {
        const w = waiting.get(request.id);
        waiting.delete(request.id);
        w?.reject(e instanceof Error ? e : new Error(String(e)));
      }
    }
  };

  return {
    get transport() {
      return transport;
    },
    get opened() {
      return opened;
    },
    crashForTest() {
      void channel?.then((c) => c.send({ kind: 'crash' }));
    },
    check(text, config) {
      const id = nextId++;
      const request: CheckerRequest = { kind: 'check', id, text, config };
      return new Promise<CheckResult>((resolve, reject) => {
        waiting.set(id, { resolve, reject, request });
        void send(request);
      });
    },
    dispose() {
      disposed = true;
      void channel?.then((c) => c.close()).catch(() => {});
      for (const w of waiting.values()) w.reject(new Error('disposed'));
      waiting.clear();
    },
  };
}
