/* Generated from schemas/policy.schema.json by scripts/gen-types.mjs. Do not edit; run `npm run gen:types`. */

export type IsoDate = string;
export type ParameterValue =
  | number
  | string
  | boolean
  | string[]
  | {
      start: string;
      end: string;
    };
export type Severity = "error" | "warning" | "info";
/**
 * A JSON pointer into the agreement; {index} stands for the element's index in a forEach rule.
 */
export type Pointer = string;
export type Condition =
  | LeafCondition
  | {
      /**
       * @minItems 1
       * @maxItems 50
       */
      all: [Condition, ...Condition[]];
      path?: Pointer;
      message?: Message;
      /**
       * A list fact: this branch gives one finding per element.
       */
      forEach?: string;
    }
  | {
      /**
       * @minItems 1
       * @maxItems 50
       */
      any: [Condition, ...Condition[]];
      path?: Pointer;
      message?: Message;
      /**
       * A list fact: this branch gives one finding per element.
       */
      forEach?: string;
    }
  | {
      not: Condition;
      path?: Pointer;
      message?: Message;
      /**
       * A list fact: this branch gives one finding per element.
       */
      forEach?: string;
    };

/**
 * One policy layer: the national regulation, the NTNU guideline, or a faculty or department layer below it.
 */
export interface Policy {
  kind: "Policy";
  /**
   * The layer id, e.g. ntnu-hjemmekontor or ntnu-ie.
   */
  id: string;
  /**
   * Semantic version of this layer (MAJOR.MINOR.PATCH).
   */
  version: string;
  title?: string;
  /**
   * true marks an illustration, not the unit's actual policy.
   */
  example?: boolean;
  effective: {
    from: IsoDate;
    to?: IsoDate;
  };
  /**
   * Parent layer and the versions it accepts, e.g. ntnu-hjemmekontor@^1.
   */
  extends?: string;
  appliesTo?: {
    faculty?: string;
    department?: string;
  };
  source?: {
    title: string;
    date?: IsoDate;
    url?: string;
  };
  parameters?: {
    [k: string]: Parameter;
  };
  /**
   * @maxItems 500
   */
  rules?: Rule[];
}
export interface Parameter {
  value: ParameterValue;
  /**
   * The value's type, given where the parameter is declared: integer, number, string, date (YYYY-MM-DD), time (HH:MM), list (of strings), object (a time span { start, end }) or boolean. Every value a lower layer sets is checked against it.
   */
  type?: "integer" | "number" | "string" | "date" | "time" | "list" | "object" | "boolean";
  /**
   * The least value allowed (integer and number only).
   */
  minimum?: number;
  /**
   * The greatest value allowed (integer and number only).
   */
  maximum?: number;
  /**
   * The values allowed; for a list, the values its elements may take.
   *
   * @minItems 1
   * @maxItems 200
   */
  enum?: [string | number, ...(string | number)[]];
  section?: string;
  basis?: "regulation" | "guideline" | "interpretation";
  override?: "lower" | "higher" | "subset" | "superset" | "fixed" | "free";
  description?: string;
}
export interface Rule {
  id: string;
  section?: string;
  quote?: string;
  severity?: Severity;
  mandatory?: boolean;
  exceptionAllowed?: boolean;
  enabled?: boolean;
  path?: Pointer;
  /**
   * A list fact; the rule gives one finding per element (placeholders {each.<field>}, {index} in path).
   */
  forEach?: string;
  /**
   * json-rules-engine conditions describing a violation. Each branch of a top-level `any` is checked on its own, so one defect never hides another.
   */
  when?:
    | LeafCondition
    | {
        /**
         * @minItems 1
         * @maxItems 50
         */
        all: [Condition, ...Condition[]];
        path?: Pointer;
        message?: Message;
        /**
         * A list fact: this branch gives one finding per element.
         */
        forEach?: string;
      }
    | {
        /**
         * @minItems 1
         * @maxItems 50
         */
        any: [Condition, ...Condition[]];
        path?: Pointer;
        message?: Message;
        /**
         * A list fact: this branch gives one finding per element.
         */
        forEach?: string;
      }
    | {
        not: Condition;
        path?: Pointer;
        message?: Message;
        /**
         * A list fact: this branch gives one finding per element.
         */
        forEach?: string;
      };
  message?: Message;
  help?: Message;
}
export interface LeafCondition {
  fact: string;
  operator: string;
  value: (number | string | boolean | null) | (number | string | boolean | null)[] | FactRef;
  path?: Pointer;
  message?: Message;
  /**
   * A list fact: this branch gives one finding per element.
   */
  forEach?: string;
}
export interface FactRef {
  fact: string;
}
export interface Message {
  nb: string;
  en: string;
}
