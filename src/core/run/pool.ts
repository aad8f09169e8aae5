/**
 * Validates many files on all cores: the main thread and one worker thread per further core take
 * batches of files from one queue (so a slow batch never holds up the rest), each with its own
 * policy engines built once. Small runs stay on the main thread, where starting a worker would
 * cost more than it saves.
 */
import { createRequire } from "node:module";
import type { Worker as WorkerType } from "node:worker_threads";
import type { PolicyResolver } from "../policy/resolve.js";
import { type Evaluated, validateFile } from "./validate.js";

export interface Job {
  path: string;
  file: string;
  scanOnly: boolean;
}

interface PoolOptions {
  policyDirs: string[];
  /** The policies as loaded for this run; the main thread uses them (workers load their own). */
  resolver: PolicyResolver;
  maxBytes?: number;
  /** Describe each agreement for the HTML report (FileResult.about). */
  about?: boolean;
  /** Called after each finished batch with the number of files done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Force a worker count (tests); default: one per core beyond the first when the run is large. */
  workers?: number;
}

const BATCH = 32;
const MIN_FILES_FOR_WORKERS = 400;

export async function runJobs(jobs: Job[], opts: PoolOptions): Promise<Evaluated[]> {
  const large = jobs.length >= MIN_FILES_FOR_WORKERS;
  // node:os and node:worker_threads are loaded only for a pool: a one-file run starts without them.
  // (With require, not import(): the bundle runs from V8's code cache, as scripts that cannot import.)
  const require = createRequire(import.meta.url);
  const os =
    large && opts.workers === undefined ? (require("node:os") as typeof import("node:os")) : undefined;
  const count = opts.workers ?? (os ? Math.min(os.availableParallelism() - 1, 7) : 0);
  const { Worker } =
    count > 0
      ? (require("node:worker_threads") as typeof import("node:worker_threads"))
      : { Worker: undefined };
  const out: Evaluated[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const take = (): [number, Job[]] | undefined => {
    if (next >= jobs.length) return undefined;
    const start = next;
    next = Math.min(jobs.length, next + BATCH);
    return [start, jobs.slice(start, next)];
  };
  const finished = (start: number, results: Evaluated[]) => {
    for (const [i, r] of results.entries()) out[start + i] = r;
    done += results.length;
    opts.onProgress?.(done, jobs.length);
  };
  const workers = Worker ? Array.from({ length: count }, () => runWorker(Worker, opts, take, finished)) : [];
  // The main thread works through the same queue, giving way between batches so that the
  // workers' results are taken in and they get their next batch.
  const { resolver } = opts;
  for (let batch = take(); batch; batch = take()) {
    const [start, list] = batch;
    const results: Evaluated[] = [];
    for (const job of list) {
      results.push(
        await validateFile(job.path, job.file, {
          resolver,
          maxBytes: opts.maxBytes,
          about: opts.about,
          scanOnly: job.scanOnly,
        }),
      );
    }
    finished(start, results);
    if (count > 0) await new Promise((r) => setImmediate(r));
  }
  await Promise.all(workers);
  return out;
}

/** One worker: keeps two batches in flight, so it never waits for the main thread to feed it. */
function runWorker(
  Worker: typeof WorkerType,
  opts: PoolOptions,
  take: () => [number, Job[]] | undefined,
  finished: (start: number, results: Evaluated[]) => void,
): Promise<void> {
  // Beside this module: dist/core/run/worker.js, or dist/bundle/worker.cjs in the CommonJS bundle.
  const file = import.meta.url.endsWith(".cjs") ? "./worker.cjs" : "./worker.js";
  const worker = new Worker(new URL(file, import.meta.url), {
    workerData: { policyDirs: opts.policyDirs, maxBytes: opts.maxBytes, about: opts.about },
    // A worker holds one batch at a time; a small young generation keeps the peak memory of a
    // large run down (measured: 240 MB → about 195 MB at 10 000 agreements, at the same speed).
    resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 },
  });
  return new Promise<void>((resolve, reject) => {
    const starts: number[] = [];
    let closing = false;
    const feed = () => {
      const batch = take();
      if (!batch) return;
      starts.push(batch[0]);
      worker.postMessage(batch[1]);
    };
    worker.on("message", (results: Evaluated[]) => {
      finished(starts.shift() as number, results);
      feed();
      if (starts.length === 0) {
        closing = true;
        void worker.terminate().then(() => resolve());
      }
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (!closing) reject(new Error(`a validation worker stopped (exit code ${code})`));
    });
    feed();
    feed();
    if (starts.length === 0) {
      // The main thread took the last batches before this worker got any.
      closing = true;
      void worker.terminate().then(() => resolve());
    }
  });
}
