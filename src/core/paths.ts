/** Where the package's own files live, from both src/ (tests) and dist/ (the built CLI). */
import { fileURLToPath } from "node:url";

export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SCHEMA_DIR = fileURLToPath(new URL("../../schemas/", import.meta.url));
export const SHIPPED_POLICY_DIR = fileURLToPath(new URL("../../policies/", import.meta.url));
