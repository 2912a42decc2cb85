/// <reference lib="webworker" />
// Runs the checker off the page's main thread. Built inline (a blob worker) into the content script.
import { answer } from '@/utils/checker-host';
import { isCheckerRequest } from '@/utils/protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<unknown>) => {
  if (!isCheckerRequest(event.data)) return;
  // An uncaught error here reaches the page as the worker's `error` event: the client replaces it.
  if (event.data.kind === 'crash') setTimeout(() => answer({ kind: 'crash' }));
  else scope.postMessage(answer(event.data));
};
