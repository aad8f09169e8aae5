/** How much policy one run loads, at most (SPEC 5.5; each refusal names its limit). */

export const MAX_POLICY_FILES = 200;
/**
 * All layers of a run together, at most: so that linting any folder within the limits stays well
 * under a second (measured by `npm run bench`), and far above a real university's policy (the
 * shipped and example layers are about 31 KB and 26 rules).
 */
export const MAX_POLICY_BYTES = 256 * 1024;
export const MAX_TOTAL_RULES = 1000;
