// Types for bench/generate.mjs, which test/fastyaml.test.ts reuses for realistic agreements.
export function prng(seed: number): () => number;
export function agreement(i: number, rnd: () => number): string;
export function generate(dir: string, n: number, seed?: number): void;
