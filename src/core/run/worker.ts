/** A validation worker: loads the policies once, then validates the batches of files it is sent. */
import { parentPort, workerData } from "node:worker_threads";
import type { Job } from "./pool.js";
import { loadPolicies } from "./run.js";
import { type Evaluated, validateFile } from "./validate.js";

const { policyDirs, maxBytes, about } = workerData as {
  policyDirs: string[];
  maxBytes?: number;
  about?: boolean;
};
const resolver = loadPolicies(policyDirs);

parentPort?.on("message", async (batch: Job[]) => {
  const out: Evaluated[] = [];
  for (const job of batch) {
    out.push(await validateFile(job.path, job.file, { resolver, maxBytes, about, scanOnly: job.scanOnly }));
  }
  parentPort?.postMessage(out);
});
