import type { ConflictRule } from './conflict-rule.js';
import { corroboratingEventsRule } from './corroborating-events-rule.js';
import { corroboratingFiguresRule } from './corroborating-figures-rule.js';
import { differingBoundsRule } from './differing-bounds-rule.js';
import { differingListsRule } from './differing-lists-rule.js';
import { droppedMemberRule } from './dropped-member-rule.js';
import { exclusiveCategoriesRule } from './exclusive-categories-rule.js';
import { incompatibleDatesRule } from './incompatible-dates-rule.js';
import { incompatibleValuesRule } from './incompatible-values-rule.js';
import { listAgainstCountRule } from './list-against-count-rule.js';
import { partsExceedWholeRule } from './parts-exceed-whole-rule.js';
import { stockBelowArrivalsRule } from './stock-below-arrivals-rule.js';

/**
 * Every rule the engine runs, in order; docs/conflicts.md describes each. Each entry point runs
 * the rules of its scope in this order. The corroboration rules come after the rules that find
 * disagreements, because claims a rule set against each other do not corroborate each other.
 */
export const conflictRules: readonly ConflictRule[] = [
  incompatibleValuesRule,
  incompatibleDatesRule,
  differingBoundsRule,
  exclusiveCategoriesRule,
  differingListsRule,
  listAgainstCountRule,
  droppedMemberRule,
  stockBelowArrivalsRule,
  partsExceedWholeRule,
  corroboratingFiguresRule,
  corroboratingEventsRule,
];
