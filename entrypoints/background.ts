import { answer } from '@/utils/checker-host';
import { CHECKER_PORT, isCheckerRequest } from '@/utils/protocol';

export default defineBackground(() => {
  // The checker of last resort, for pages whose CSP forbids blob: workers. Text stays in the browser.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CHECKER_PORT) return;
    port.onMessage.addListener((message: unknown) => {
      if (isCheckerRequest(message)) port.postMessage(answer(message));
    });
  });
});
