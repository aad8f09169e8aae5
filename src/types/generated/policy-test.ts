/* Generated from schemas/policy-test.schema.json by scripts/gen-types.mjs. Do not edit; run `npm run gen:types`. */

export type Substrings = string | [string, ...string[]];
/**
 * Exactly the findings expected, no more, no fewer: rule ids (one finding each), or { ruleId, count, severity, path, line, message }. Entries for the same rule add up; each finding is matched to one entry whose severity, path, line and message it fits.
 *
 * @maxItems 100
 */
export type ExpectedList = (
  | string
  | {
      ruleId: string;
      severity?: "error" | "warning" | "info";
      /**
       * How many findings of the rule this entry stands for (default 1); each must fit the entry's severity, path, line and message.
       */
      count?: number;
      /**
       * The finding's JSON pointer into the agreement, exactly, e.g. /schedule/homeHours/start or /equipment/items/0/owner.
       */
      path?: string;
      /**
       * The finding's 1-based line in the agreement text the case produces. With `patch` (or an `agreement` mapping) the runner writes the agreement as YAML in block style: line 1 is the first key of the base (normally `kind:`); every key has a line of its own, in the order of the base (a key the patch adds comes after the other keys of its mapping); every list item has its own line starting with `- `, a mapping in a list starting on that line; nested levels are indented two spaces; no comments, no blank lines, no folding of long texts (a text with line breaks is a `|` block, one line per line). With an `agreement` text, the lines of that text. A failing case shows the line it found and its text.
       */
      line?: number;
      /**
       * Text the finding's message must contain, in Norwegian (nb) and/or English (en): a substring or a list of substrings.
       */
      message?: {
        nb?: Substrings;
        en?: Substrings;
      };
    }
)[];

/**
 * Test cases for policy layers, run by `hjemmekontor policy test` and by the project's own tests: a base agreement, patches of it, and the findings expected. A file in `<dir>/tests/` runs against the layers of `<dir>` and of the folders given before it in --policies, never later ones.
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
       * JSON merge patch (RFC 7396) of the base; null removes a key, a list replaces the whole list, a key the base lacks is added after the keys of its mapping.
       */
      patch?: {};
      /**
       * A whole agreement, instead of base and patch (a case gives one or the other): a mapping (written out as the runner writes a patched base), or a text (a YAML document, used exactly as written, so `line` counts its lines).
       */
      agreement?: {} | string;
      expect: {
        verdict?: "compliant" | "non-compliant" | "invalid";
        findings?: ExpectedList;
        waived?: ExpectedList;
      };
    },
    ...{
      name: string;
      /**
       * JSON merge patch (RFC 7396) of the base; null removes a key, a list replaces the whole list, a key the base lacks is added after the keys of its mapping.
       */
      patch?: {};
      /**
       * A whole agreement, instead of base and patch (a case gives one or the other): a mapping (written out as the runner writes a patched base), or a text (a YAML document, used exactly as written, so `line` counts its lines).
       */
      agreement?: {} | string;
      expect: {
        verdict?: "compliant" | "non-compliant" | "invalid";
        findings?: ExpectedList;
        waived?: ExpectedList;
      };
    }[]
  ];
}
