import { getArgumentValues, getNamedType, isInterfaceType, isObjectType, Kind, type GraphQLNamedType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { RecordSelection } from '../graph/selected-records.js';
import { isContextChars } from './arguments.js';

interface Selected {
  /** `Type.field` for every field selected below the root field, through fragments and aliases. */
  fields: Set<string>;
  /** Every `chars` a `Citation.context` is asked with. */
  contextWidths: Set<number>;
}

/**
 * What a root field's selection asks for around its nodes, as the flags of its root query. A flag
 * only makes the root query read more records for the loaders; the resolvers answer every field as
 * before, so a field the flags do not cover is still right, only loaded in a round trip of its own.
 */
export function recordSelection(info: GraphQLResolveInfo): RecordSelection {
  const selected: Selected = { fields: new Set(), contextWidths: new Set() };
  const rootType = getNamedType(info.returnType);
  for (const node of info.fieldNodes) if (node.selectionSet) visit(info, node.selectionSet, rootType, selected);
  const has = (...fields: string[]) => fields.some((f) => selected.fields.has(f));
  const [width] = selected.contextWidths;
  return {
    // A conflict's summary quotes the first citation of two of its claims and names its measure.
    conflictMeasures: has('Conflict.measure', 'Conflict.summary'),
    measureConflicts: has('Measure.conflicts'),
    measureSeries: has('Measure.series'),
    conflictClaims: has('Conflict.claims', 'ConflictFinding.claims', 'Conflict.summary'),
    derivedFrom: has('Derivation.from'),
    corroboratedBy: has('Support.corroboratedBy'),
    claimMeasures: has('Claim.measure'),
    claimCitations: has('Claim.citations', 'Claim.sources', 'Conflict.summary'),
    citationSources: has('Citation.source', 'Claim.sources', 'Conflict.summary'),
    originators: has('Citation.attributedTo'),
    references: has('Source.cites', 'Source.citedBy'),
    referencedSources: has('Reference.cited', 'Reference.citing'),
    contextChars: selected.contextWidths.size === 1 && width !== undefined && width > 0 ? width : 0,
  };
}

function visit(info: GraphQLResolveInfo, set: SelectionSetNode, type: GraphQLNamedType, selected: Selected): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      // A union's own fields are only __typename; its members are reached through fragments.
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const field = type.getFields()[selection.name.value];
      if (!field) continue;
      selected.fields.add(`${type.name}.${field.name}`);
      if (type.name === 'Citation' && field.name === 'context') {
        // A width Citation.context will refuse counts as one more width, so none is read ahead.
        const { chars } = getArgumentValues(field, selection, info.variableValues);
        selected.contextWidths.add(isContextChars(chars) ? chars : -1);
      }
      if (selection.selectionSet) visit(info, selection.selectionSet, getNamedType(field.type), selected);
    } else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      if (!fragment) continue;
      const condition = fragment.typeCondition ? info.schema.getType(fragment.typeCondition.name.value) : type;
      if (condition) visit(info, fragment.selectionSet, condition, selected);
    }
  }
}
