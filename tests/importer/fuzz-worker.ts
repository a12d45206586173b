/**
 * Runs the fuzz cases in a worker thread, so that the test can stop it if a case never ends.
 * Posts { start } before each case (to name the one that hung) and { result } after it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { mutate, runCase } from './fuzz.ts';

const { sources, cases, seed } = workerData as { sources: string[]; cases: number; seed: number };
const texts = sources.map((path) => readFileSync(path, 'utf8'));
for (let i = 0; i < cases; i++) {
  const which = i % sources.length;
  const caseSeed = seed + i * 7919;
  const { text, done } = mutate(texts[which]!, caseSeed, 1 + (caseSeed % 6));
  parentPort!.postMessage({ start: { index: i, source: sources[which], seed: caseSeed, mutations: done } });
  parentPort!.postMessage({ result: runCase(sources[which]!, text, caseSeed, done) });
}
parentPort!.postMessage({ done: true });
