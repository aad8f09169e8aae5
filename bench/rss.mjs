// Preloaded into a measured process (node --import): reports its peak resident memory at exit.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.HJEMMEKONTOR_BENCH_RSS;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS)); // kilobytes
});
