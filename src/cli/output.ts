/** Writes a report to stdout or, atomically (temporary file, then rename), to --output. */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "../core/types.js";

export function writeOutput(text: string, output: string | undefined, inputs: readonly string[]): void {
  if (!output) {
    process.stdout.write(text);
    return;
  }
  const target = resolve(output);
  if (inputs.some((f) => resolve(f) === target)) {
    throw new UsageError({
      nb: `--output ${output} er en av filene som leses; den overskrives ikke. Velg en annen fil.`,
      en: `--output ${output} is one of the files being read; it is not overwritten. Choose another file.`,
    });
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, "wx", 0o644);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    throw new UsageError({
      nb: `Kan ikke skrive ${output} (${code}). Sjekk at mappen finnes og er skrivbar.`,
      en: `Cannot write ${output} (${code}). Check that the folder exists and is writable.`,
    });
  }
}
