/**
 * Validates many files on all cores: worker threads take batches of files on demand (so a slow
 * batch never holds up the rest), each with its own policy engines built once. Small runs stay
 * on the main thread, where starting workers would cost more than it saves.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { loadPolicies } from "./run.js";
import { type Evaluated, validateFile } from "./validate.js";

export interface Job {
  path: string;
  file: string;
  scanOnly: boolean;
}

export interface PoolOptions {
  policyDirs: string[];
  maxBytes?: number;
  /** Called after each finished batch with the number of files done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Force a worker count (tests); default: one per core when the run is large. */
  workers?: number;
}

const BATCH = 64;
const MIN_FILES_FOR_WORKERS = 400;

export async function runJobs(jobs: Job[], opts: PoolOptions): Promise<Evaluated[]> {
  const count =
    opts.workers ?? (jobs.length >= MIN_FILES_FOR_WORKERS ? Math.min(availableParallelism(), 8) : 0);
  if (count <= 0) return runHere(jobs, opts);
  const out: Evaluated[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const workerUrl = new URL("./worker.js", import.meta.url);
  await Promise.all(
    Array.from({ length: count }, () => {
      const worker = new Worker(workerUrl, {
        workerData: { policyDirs: opts.policyDirs, maxBytes: opts.maxBytes },
      });
      return new Promise<void>((resolve, reject) => {
        let batchStart = 0;
        let finished = false;
        const feed = () => {
          if (next >= jobs.length) {
            finished = true;
            void worker.terminate().then(() => resolve());
            return;
          }
          batchStart = next;
          const batch = jobs.slice(next, next + BATCH);
          next += batch.length;
          worker.postMessage(batch);
        };
        worker.on("message", (results: Evaluated[]) => {
          results.forEach((r, i) => {
            out[batchStart + i] = r;
          });
          done += results.length;
          opts.onProgress?.(done, jobs.length);
          feed();
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (!finished) reject(new Error(`a validation worker stopped (exit code ${code})`));
        });
        feed();
      });
    }),
  );
  return out;
}

async function runHere(jobs: Job[], opts: PoolOptions): Promise<Evaluated[]> {
  const resolver = loadPolicies(opts.policyDirs);
  const out: Evaluated[] = [];
  for (const job of jobs) {
    out.push(
      await validateFile(job.path, job.file, { resolver, maxBytes: opts.maxBytes, scanOnly: job.scanOnly }),
    );
    if (out.length % BATCH === 0) opts.onProgress?.(out.length, jobs.length);
  }
  opts.onProgress?.(out.length, jobs.length);
  return out;
}
