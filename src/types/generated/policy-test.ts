/* Generated from schemas/policy-test.schema.json by scripts/gen-types.mjs. Do not edit; run `npm run gen:types`. */

/**
 * Exactly the findings expected: rule ids, or { ruleId, severity, count }.
 *
 * @maxItems 100
 */
export type ExpectedList = (
  | string
  | {
      ruleId: string;
      severity?: "error" | "warning" | "info";
      count?: number;
    }
)[];

/**
 * Test cases for policy layers, run by `hjemmekontor policy test`: a base agreement, patches of it, and the findings expected.
 */
export interface PolicyTest {
  kind: "PolicyTest";
  description?: string;
  /**
   * An agreement each case starts from (a JSON merge patch is applied to it).
   */
  base?: {};
  /**
   * @minItems 1
   * @maxItems 1000
   */
  cases: [
    {
      name: string;
      /**
       * JSON merge patch (RFC 7396) of the base; null removes a key.
       */
      patch?: {};
      /**
       * A whole agreement, instead of base and patch.
       */
      agreement?: {};
      expect: {
        verdict?: "compliant" | "non-compliant" | "invalid";
        findings?: ExpectedList;
        waived?: ExpectedList;
      };
    },
    ...{
      name: string;
      /**
       * JSON merge patch (RFC 7396) of the base; null removes a key.
       */
      patch?: {};
      /**
       * A whole agreement, instead of base and patch.
       */
      agreement?: {};
      expect: {
        verdict?: "compliant" | "non-compliant" | "invalid";
        findings?: ExpectedList;
        waived?: ExpectedList;
      };
    }[]
  ];
}
