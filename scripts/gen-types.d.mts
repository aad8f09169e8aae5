/** Types of scripts/gen-types.mjs, for the drift test. */
export const NAMES: string[];
export function generate(name: string): Promise<string>;
