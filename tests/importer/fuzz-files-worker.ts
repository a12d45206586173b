/**
 * Runs the damaged-file cases of fuzz-files.test.ts in a worker thread (so that a hang can be
 * stopped): each file is read and imported; the outcome is a plan, a clear ImportError, or a
 * problem (any other exception, or an ImportError without a message).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { importPlan, ImportError } from '../../src/lib/importer/index.ts';
import { readDocument } from '../../src/lib/importer/readers/index.ts';

const { cases } = workerData as { cases: { name: string; what: string; bytes: Uint8Array }[] };
for (const [index, { name, what, bytes }] of cases.entries()) {
  parentPort!.postMessage({ start: { index, name, what } });
  const started = performance.now();
  let outcome: string;
  let message = '';
  let problem: string | undefined;
  try {
    importPlan(await readDocument(bytes, name), { file: 'sources/fuzz.txt' });
    outcome = 'imported';
  } catch (error) {
    outcome = 'refused';
    message = (error as Error).message;
    if (!(error instanceof ImportError) || message.length < 10) problem = (error as Error).stack ?? String(error);
  }
  parentPort!.postMessage({ result: { name, what, outcome, message, problem, ms: performance.now() - started } });
}
parentPort!.postMessage({ done: true });
