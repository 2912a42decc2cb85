import { answer } from '@/utils/checker-host';
import { CHECKER_PORT, isCheckerRequest, type RuntimeMessage } from '@/utils/protocol';
import { addEvent, statsItem } from '@/utils/stats';

export default defineBackground(() => {
  // The checker of last resort, for pages whose CSP forbids blob: workers. Text stays in the browser.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CHECKER_PORT) return;
    port.onMessage.addListener((message: unknown) => {
      if (isCheckerRequest(message)) port.postMessage(answer(message));
    });
  });

  // Statistics: counts only. Writes go one after another so no event is lost to a race.
  let writes: Promise<void> = Promise.resolve();
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as RuntimeMessage;
    if (m?.kind !== 'stat' || typeof m.event?.kind !== 'string') return undefined;
    writes = writes.then(async () => statsItem.setValue(addEvent(await statsItem.getValue(), m.event))).catch(() => {});
    return undefined;
  });
});
