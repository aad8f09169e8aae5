/** Writes a report to stdout or, atomically (temporary file, then rename), to --output. */
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "../core/types.js";

export function writeOutput(text: string, output: string | undefined, inputs: readonly string[]): void {
  if (!output) {
    process.stdout.write(text);
    return;
  }
  const target = resolve(output);
  // Compare real paths, so that no link or `..` leads the report over a file being read.
  const real = realTarget(target);
  // The inputs' last path components are real files (links among them are resolved when the
  // files are collected), so only an input with the target's real file name can be the target;
  // resolving every input's real path would cost syscalls for each of thousands of files.
  const name = basename(real);
  if (inputs.some((f) => basename(f) === name && realOrSelf(f) === real)) {
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

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function realTarget(target: string): string {
  try {
    return realpathSync(target);
  } catch {
    return join(realOrSelf(dirname(target)), basename(target));
  }
}
