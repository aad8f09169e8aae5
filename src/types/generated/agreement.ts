/* Generated from schemas/agreement.schema.json by scripts/gen-types.mjs. Do not edit; run `npm run gen:types`. */

/**
 * An employee number; quote it in YAML ("100234") so it stays a string.
 */
export type PersonId = string;
export type UnitCode = string;
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
/**
 * A time of day, HH:MM (24 hours).
 */
export type TimeOfDay = string;
/**
 * A calendar date, YYYY-MM-DD.
 */
export type IsoDate = string;

/**
 * A fixed home-office agreement at NTNU (schemaVersion 1). The schema checks shape and types only; what the guideline and the regulation demand is checked by the policy rules, so that each finding can cite its source.
 */
export interface HomeOfficeAgreement {
  kind: "HomeOfficeAgreement";
  schemaVersion: 1;
  /**
   * Unique in a repository, e.g. IE-2026-0042.
   */
  id: string;
  /**
   * Only `fixed` agreements are covered by the NTNU guideline.
   */
  type: "fixed" | "short-term" | "remote-work" | "research-term" | "extraordinary";
  employee: {
    id: PersonId;
    name?: string;
    position?: string;
    employmentPercent?: number;
    unit: {
      faculty: UnitCode;
      department?: UnitCode;
    };
  };
  manager?: {
    id?: PersonId;
    name?: string;
  };
  period: {
    /**
     * First day, inclusive.
     */
    start: string;
    /**
     * Last day, inclusive.
     */
    end?: string;
  };
  schedule?: {
    /**
     * @minItems 1
     * @maxItems 7
     */
    workdays?: [Weekday, ...Weekday[]];
    hoursPerWeek?: number;
    /**
     * A repeating pattern, one entry per week.
     *
     * @minItems 1
     * @maxItems 4
     */
    cycle?: [
      {
        /**
         * @maxItems 7
         */
        home: Weekday[];
      },
      ...{
        /**
         * @maxItems 7
         */
        home: Weekday[];
      }[]
    ];
    homeHours?: {
      start: TimeOfDay;
      end: TimeOfDay;
    };
    availability?: string;
  };
  /**
   * @maxItems 5
   */
  reasons?: ("concentration-work" | "commute" | "care-obligations" | "work-environment-issue" | "other")[];
  tasks?: {
    description?: string;
    suitableForHomeOffice?: boolean;
    informationClass?: "open" | "internal" | "confidential" | "strictly-confidential";
    healthOrSafetyCritical?: boolean;
  };
  workEnvironment?: {
    workstation?: boolean;
    equipment?: boolean;
    indoorEnvironment?: boolean;
    declaredOn?: IsoDate;
  };
  equipment?: {
    /**
     * @maxItems 100
     */
    items?: {
      item: string;
      providedBy?: "ntnu" | "employee" | "other";
      owner?: "ntnu" | "employee" | "other";
      costNok?: number;
    }[];
    maintenance?: string;
  };
  terms?: {
    employerMayRecall?: boolean;
    insuranceInformed?: boolean;
    noticePeriodDays?: number;
  };
  /**
   * @maxItems 50
   */
  exceptions?: {
    rule: string;
    approvedBy: string;
    reason: string;
    approvedOn?: IsoDate;
  }[];
  signatures?: {
    employee?: Signature;
    manager?: Signature;
  };
}
export interface Signature {
  name: string;
  date: IsoDate;
}
