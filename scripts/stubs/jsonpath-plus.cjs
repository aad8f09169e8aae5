// Bundle stand-in for jsonpath-plus. json-rules-engine loads it for its default path resolver;
// hjemmekontor always passes its own plain resolver (src/core/rules/evaluate.ts), so JSONPath is never
// called, and leaving the library out keeps the start lean. Reaching this is a bug (the policy tests
// run through the bundled command in test/bundle.test.ts).
"use strict";
exports.JSONPath = () => {
  throw new Error("JSONPath is not bundled: json-rules-engine must be given hjemmekontor's path resolver");
};
