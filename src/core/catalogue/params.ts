/**
 * The types a policy parameter may have (SPEC 5.5), and the contracts of the parameters the core
 * itself derives facts from: part of the vocabulary of the policy language, beside the facts and
 * the operators.
 */

export type ParamType = "integer" | "number" | "string" | "date" | "time" | "list" | "object" | "boolean";

/** What a parameter's declaration allows its value to be (SPEC 5.5). */
export interface ParamSpec {
  type: ParamType;
  minimum?: number;
  maximum?: number;
  enum?: (string | number)[];
}

/**
 * Parameters the core derives facts from (or the repository rules read): whatever type and range
 * a layer declares, their values must also keep to these, so that no value can break evaluation.
 */
export const PARAM_CONTRACTS: Record<string, ParamSpec> = {
  maxAgreementMonths: { type: "integer", minimum: 1, maximum: 1200 },
  minCampusDaysPerWeek: { type: "integer", minimum: 0, maximum: 7 },
  coreTime: { type: "object" },
  coveredEquipment: { type: "list" },
  renewalGapDays: { type: "integer", minimum: 0, maximum: 3650 },
  maxConsecutiveMonths: { type: "integer", minimum: 1, maximum: 1200 },
};
