import { describe, expect, it } from 'vitest';
import type { CheckerRequest, CheckerResponse } from '@/utils/protocol';
import { createCheckerClient, type PortLike } from './checker-client';

/** A fake background port: answers every check unless told it died first. */
function fakePorts() {
  const ports: { sent: CheckerRequest[]; answer(m: CheckerResponse): void; die(): void }[] = [];
  const connect = (): PortLike => {
    const onMessage: ((m: unknown) => void)[] = [];
    const onDisconnect: (() => void)[] = [];
    const port = { sent: [] as CheckerRequest[], answer: (m: CheckerResponse) => onMessage.forEach((cb) => cb(m)), die: () => onDisconnect.forEach((cb) => cb()) };
    ports.push(port);
    return {
      postMessage: (m) => port.sent.push(m),
      disconnect: () => {},
      onMessage: { addListener: (cb) => onMessage.push(cb) },
      onDisconnect: { addListener: (cb) => onDisconnect.push(cb) },
    };
  };
  return { ports, connect };
}
const result = (id: number): CheckerResponse => ({ kind: 'result', id, shown: [], counts: { info: 0, warning: 0, danger: 0 }, ms: 1 });

describe('createCheckerClient', () => {
  it('sends checks over one port and resolves each with its own answer', async () => {
    const { ports, connect } = fakePorts();
    const client = createCheckerClient(connect);
    const a = client.check('a', {});
    const b = client.check('b', {});
    expect(ports).toHaveLength(1);
    const [ra, rb] = ports[0]!.sent as Extract<CheckerRequest, { kind: 'check' }>[];
    ports[0]!.answer(result(rb!.id));
    ports[0]!.answer(result(ra!.id));
    await expect(a).resolves.toMatchObject({ ms: 1 });
    await expect(b).resolves.toMatchObject({ ms: 1 });
  });

  it('opens a new port when the service worker stops and sends pending texts again', async () => {
    const { ports, connect } = fakePorts();
    const client = createCheckerClient(connect);
    const pending = client.check('teks', {});
    ports[0]!.die();
    expect(ports).toHaveLength(2);
    const resent = ports[1]!.sent[0] as Extract<CheckerRequest, { kind: 'check' }>;
    expect(resent.text).toBe('teks');
    ports[1]!.answer(result(resent.id));
    await expect(pending).resolves.toBeTruthy();
    expect(client.opened).toBe(2);
  });

  it('rejects at once when the extension is gone (connect throws)', async () => {
    const client = createCheckerClient(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(client.check('x', {})).rejects.toThrow('invalidated');
  });

  it('warms the checker with one ping', () => {
    const { ports, connect } = fakePorts();
    const client = createCheckerClient(connect);
    client.warm();
    client.warm();
    expect(ports[0]!.sent).toEqual([{ kind: 'ping' }]);
  });
});
