/// <reference lib="webworker" />
// Runs the checker off the page's main thread. Built inline (a blob worker) into the content script.
import { answer } from '@/utils/checker-host';
import { isCheckerRequest } from '@/utils/protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<unknown>) => {
  if (isCheckerRequest(event.data)) scope.postMessage(answer(event.data));
};
