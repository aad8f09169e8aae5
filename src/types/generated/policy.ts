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
export type ListFactName =
  | (
      | "weeksBelowMinCampusDays"
      | "homeDaysNotWorkdays"
      | "itemsWithoutOwner"
      | "ntnuItemsNotOwnedByNtnu"
      | "missingCoveredEquipment"
    )
  | {
      [k: string]: unknown;
    };
export type ListFactName1 = string;
export type FactName =
  | (
      | "agreementId"
      | "type"
      | "employeeId"
      | "managerId"
      | "faculty"
      | "department"
      | "employmentPercent"
      | "employeeSigned"
      | "managerSigned"
      | "periodStart"
      | "periodEnd"
      | "durationLimit"
      | "lastAllowedEnd"
      | "workdays"
      | "workdayCount"
      | "hoursPerWeek"
      | "workdayHours"
      | "cyclePresent"
      | "cycleWeeks"
      | "anyHomeDay"
      | "homeDaysPerWeek"
      | "homeSharePercent"
      | "homeHoursPresent"
      | "homeHoursStart"
      | "homeHoursEnd"
      | "coreTimeStart"
      | "coreTimeEnd"
      | "weeksBelowMinCampusDays"
      | "homeDaysNotWorkdays"
      | "homeDays"
      | "reasons"
      | "tasksSuitable"
      | "tasksDescriptionBlank"
      | "informationClass"
      | "healthOrSafetyCritical"
      | "workEnvironmentPresent"
      | "workstationDeclared"
      | "equipmentDeclared"
      | "indoorEnvironmentDeclared"
      | "equipmentItemCount"
      | "equipmentItemNames"
      | "ntnuEquipmentItemNames"
      | "maintenanceBlank"
      | "itemsWithoutOwner"
      | "ntnuItemsNotOwnedByNtnu"
      | "missingCoveredEquipment"
      | "ntnuEquipmentCostNok"
      | "employerMayRecall"
      | "insuranceInformed"
      | "noticePeriodDays"
      | "exceptionRules"
    )
  | {
      [k: string]: unknown;
    };
export type FactName1 = string;
export type OperatorName =
  | (
      | "equal"
      | "notEqual"
      | "lessThan"
      | "lessThanInclusive"
      | "greaterThan"
      | "greaterThanInclusive"
      | "in"
      | "notIn"
      | "contains"
      | "doesNotContain"
      | "before"
      | "after"
      | "onOrBefore"
      | "onOrAfter"
      | "notEmpty"
      | "containsAny"
      | "missingAny"
    )
  | {
      [k: string]: unknown;
    };
export type OperatorName1 = string;
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
       * A list fact of the catalogue: the rule or branch gives one finding per element, with {each.<field>} in messages and {index} in path (see `hjemmekontor policy facts`). / Et listefaktum fra katalogen: regelen eller grenen gir ett funn per element, med {each.<felt>} i meldinger og {index} i path (se `hjemmekontor policy facts`).
       */
      forEach?: ListFactName & ListFactName1;
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
       * A list fact of the catalogue: the rule or branch gives one finding per element, with {each.<field>} in messages and {index} in path (see `hjemmekontor policy facts`). / Et listefaktum fra katalogen: regelen eller grenen gir ett funn per element, med {each.<felt>} i meldinger og {index} i path (se `hjemmekontor policy facts`).
       */
      forEach?: ListFactName & ListFactName1;
    }
  | {
      not: Condition;
      path?: Pointer;
      message?: Message;
      /**
       * A list fact of the catalogue: the rule or branch gives one finding per element, with {each.<field>} in messages and {index} in path (see `hjemmekontor policy facts`). / Et listefaktum fra katalogen: regelen eller grenen gir ett funn per element, med {each.<felt>} i meldinger og {index} i path (se `hjemmekontor policy facts`).
       */
      forEach?: ListFactName & ListFactName1;
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
    /**
     * The source text shipped beside the layer: sources/<name>.md (and its coverage table sources/<name>.coverage.yaml).
     */
    name?: string;
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
  description?: Message;
}
export interface Message {
  nb: string;
  en: string;
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
   * A list fact of the catalogue: the rule or branch gives one finding per element, with {each.<field>} in messages and {index} in path (see `hjemmekontor policy facts`). / Et listefaktum fra katalogen: regelen eller grenen gir ett funn per element, med {each.<felt>} i meldinger og {index} i path (se `hjemmekontor policy facts`).
   */
  forEach?: ListFactName & ListFactName1;
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
         * A list fact of the catalogue: the rule or branch gives one finding per element, with {each.<field>} in messages and {index} in path (see `hjemmekontor policy facts`). / Et listefaktum fra katalogen: regelen eller grenen gir ett funn per element, med {each.<felt>} i meldinger og {index} i path (se `hjemmekontor policy facts`).
         */
        forEach?: ListFactName & ListFactName1;
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
         * A list fact of the catalogue: the rule or branch gives one finding per element, with {each.<field>} in messages and {index} in path (see `hjemmekontor policy facts`). / Et listefaktum fra katalogen: regelen eller grenen gir ett funn per element, med {each.<felt>} i meldinger og {index} i path (se `hjemmekontor policy facts`).
         */
        forEach?: ListFactName & ListFactName1;
      }
    | {
        not: Condition;
        path?: Pointer;
        message?: Message;
        /**
         * A list fact of the catalogue: the rule or branch gives one finding per element, with {each.<field>} in messages and {index} in path (see `hjemmekontor policy facts`). / Et listefaktum fra katalogen: regelen eller grenen gir ett funn per element, med {each.<felt>} i meldinger og {index} i path (se `hjemmekontor policy facts`).
         */
        forEach?: ListFactName & ListFactName1;
      };
  message?: Message;
  help?: Message;
}
export interface LeafCondition {
  /**
   * A fact of the catalogue, or a parameter declared in this layer or a layer above (see `hjemmekontor policy facts`). / Et faktum fra katalogen, eller en parameter erklært i dette laget eller et lag over (se `hjemmekontor policy facts`).
   */
  fact: FactName & FactName1;
  /**
   * An operator of the catalogue (see `hjemmekontor policy facts`). / En operator fra katalogen (se `hjemmekontor policy facts`).
   */
  operator: OperatorName & OperatorName1;
  value: (number | string | boolean | null) | (number | string | boolean | null)[] | FactRef;
  path?: Pointer;
  message?: Message;
  /**
   * A list fact of the catalogue: the rule or branch gives one finding per element, with {each.<field>} in messages and {index} in path (see `hjemmekontor policy facts`). / Et listefaktum fra katalogen: regelen eller grenen gir ett funn per element, med {each.<felt>} i meldinger og {index} i path (se `hjemmekontor policy facts`).
   */
  forEach?: ListFactName & ListFactName1;
}
export interface FactRef {
  /**
   * A fact of the catalogue, or a parameter declared in this layer or a layer above (see `hjemmekontor policy facts`). / Et faktum fra katalogen, eller en parameter erklært i dette laget eller et lag over (se `hjemmekontor policy facts`).
   */
  fact: FactName & FactName1;
}
