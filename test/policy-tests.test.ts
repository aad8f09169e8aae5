/**
 * The YAML policy tests (policies/tests, examples/policies/tests) as vitest tests, one per case,
 * through the harness in test/harness: the tables HR reads are the tables the project runs.
 */

import { testPolicyFolders } from "./harness/policy-tests.js";
import { EXAMPLE_POLICIES, SHIPPED } from "./helpers.js";

testPolicyFolders([SHIPPED, EXAMPLE_POLICIES]);
