/**
 * Runs robustness cases in a worker thread, so that a case that never ends can be stopped and
 * named: the worker posts { start } before each case, { result } after it, and { done } at the end.
 */
import { Worker } from 'node:worker_threads';

export interface WorkerRun<R> {
  finished: 'done' | 'timeout' | Error;
  results: R[];
  /** The case started last (the one that hung, when the run timed out). */
  current: unknown;
}

/** Run the worker at `url` with `workerData`, stopping it after `budgetMs`. */
export async function runCases<R>(url: URL, workerData: unknown, budgetMs: number): Promise<WorkerRun<R>> {
  const results: R[] = [];
  let current: unknown = null;
  const worker = new Worker(url, { workerData });
  const finished = await new Promise<'done' | 'timeout' | Error>((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), budgetMs);
    worker.on('message', (message: { start?: unknown; result?: R; done?: boolean }) => {
      if (message.start) current = message.start;
      if (message.result) results.push(message.result);
      if (message.done) {
        clearTimeout(timer);
        resolve('done');
      }
    });
    worker.on('error', (error: Error) => {
      clearTimeout(timer);
      resolve(error);
    });
  });
  await worker.terminate();
  return { finished, results, current };
}
