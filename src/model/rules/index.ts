// The cross-file rules, run in order on a dataset whose files are each valid.
import { agreementRule } from "./agreement.ts";
import { allocationFields } from "./allocation-fields.ts";
import { bassinMinierRule } from "./bassin-minier.ts";
import { declaredActsRule } from "./declared-acts.ts";
import { deliberationsRule } from "./deliberations.ts";
import { logoRule } from "./logo.ts";
import { references } from "./references.ts";
import type { Rule } from "./report.ts";
import { sessionsRule } from "./sessions.ts";

export const RULES: readonly Rule[] = [
  references,
  declaredActsRule,
  bassinMinierRule,
  allocationFields,
  agreementRule,
  logoRule,
  sessionsRule,
  deliberationsRule,
];
