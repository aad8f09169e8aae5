// Bundle stand-in for jsonpath-plus. json-rules-engine loads it for its default path resolver;
// hjemmekontor always passes its own plain resolver (src/core/evaluate.ts), so JSONPath is never
// called, and leaving the library out keeps the start lean. Reaching this is a bug.
"use strict";
exports.JSONPath = () => {
  throw new Error("JSONPath is not bundled: json-rules-engine must be given hjemmekontor's path resolver");
};
