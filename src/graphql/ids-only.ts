import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The fields a parent record answers by ids it holds (ids of relationships read with it, or of the
 * claims its conflict group or pledge entry names, which the write side keeps with them). Asked for
 * nothing but `id`, such a field needs no record of its members: docs/04 asks the ids of the claims
 * of 50 conflict groups' findings, and reading those records was most of its cost.
 */
export const FIELDS_OF_HELD_IDS = new Set([
  'Citation.claims',
  'Claim.citations',
  'Claim.madeBy',
  'Claim.conflicts',
  'ContributorPledges.contributor',
  'ContributorPledges.parts',
  'Conflict.claims',
  'ConflictFinding.claims',
  'Derivation.from',
  'Entity.measures',
  'Measure.conflicts',
  'Measure.sumOf',
  'Measure.partOf',
  'Measure.flows',
  'Pledge.by',
  'Pledge.claim',
  'Support.corroboratedBy',
]);

/** Whether a selection asks for nothing but `id` (and `__typename`), through every fragment in it, whatever its type condition. */
export function selectsOnlyIds(info: Pick<GraphQLResolveInfo, 'fragments'>, set: SelectionSetNode): boolean {
  return set.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === 'id' || selection.name.value === '__typename';
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
    return fragment === undefined || selectsOnlyIds(info, fragment.selectionSet);
  });
}

/** Whether this resolver's field (one of FIELDS_OF_HELD_IDS) asks its members for their ids alone. */
export function asksOnlyIds(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((node) => node.selectionSet !== undefined && selectsOnlyIds(info, node.selectionSet));
}
