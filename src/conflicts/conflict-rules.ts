import type { ConflictRule } from './comparable-claim.js';
import { incompatibleDatesRule } from './incompatible-dates-rule.js';
import { incompatibleValuesRule } from './incompatible-values-rule.js';

/** Every rule the conflict engine runs, in order; docs/conflicts.md describes each. */
export const conflictRules: readonly ConflictRule[] = [incompatibleValuesRule, incompatibleDatesRule];
