import { getArgumentValues, getNamedType, isInterfaceType, isObjectType, Kind, type GraphQLNamedType, type GraphQLResolveInfo, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { RecordProperties } from '../graph/record-properties.js';
import type { RecordSelection } from '../graph/selected-records.js';
import { propertiesAsked } from './properties-asked.js';
import { FIELDS_OF_HELD_IDS, selectsOnlyIds } from './ids-only.js';
import { isContextChars, isSourceCitationsFirst, MAX_PAGE_SIZE } from './arguments.js';

/** The fields whose arguments decide what a root query reads ahead. */
const ARGUMENTS_READ = new Set(['Citation.context', 'Entity.claims', 'Source.citations']);

interface Selected {
  /** `Type.field` for every field selected below the root field, through fragments and aliases. */
  fields: Set<string>;
  /** The fields of FIELDS_OF_HELD_IDS asked for ids alone: their parents' records hold the ids, and nothing else is read for them. */
  held: Set<string>;
  /** The arguments of each field in ARGUMENTS_READ, once per place it is selected. */
  argumentsOf: Map<string, Record<string, unknown>[]>;
}

const nothingSelected = (): Selected => ({ fields: new Set(), held: new Set(), argumentsOf: new Map() });

/**
 * What a root field's selection asks for around its nodes, as the flags of its root query. A flag
 * only makes the root query read more records for the loaders; the resolvers answer every field as
 * before, so a field the flags do not cover is still right, only loaded in a round trip of its own.
 * A field its parent answers by ids, asked for ids alone, reads nothing (ids-only).
 */
export function recordSelection(info: GraphQLResolveInfo): RecordSelection {
  const selected = nothingSelected();
  const rootType = getNamedType(info.returnType);
  for (const node of info.fieldNodes) if (node.selectionSet) visit(info, node.selectionSet, rootType, selected);
  const has = (...fields: string[]) => fields.some((f) => selected.fields.has(f));
  return {
    // A conflict's summary not stored with it names its measure and quotes the first citation of two of its claims (conflictSummaries).
    conflictMeasures: has('Conflict.measure', 'Conflict.summary'),
    measureConflicts: has('Measure.conflicts'),
    measureSeries: has('Measure.series'),
    conflictClaims: has('Conflict.claims', 'ConflictFinding.claims'),
    conflictSummaries: has('Conflict.summary'),
    citationClaims: has('Citation.claims'),
    derivedFrom: has('Derivation.from'),
    corroboratedBy: has('Support.corroboratedBy'),
    claimMeasures: has('Claim.measure'),
    claimCitations: has('Claim.citations', 'Claim.sources'),
    citationSources: has('Citation.source', 'Claim.sources'),
    originators: has('Citation.attributedTo'),
    references: has('Source.cites', 'Source.citedBy'),
    referencedSources: has('Reference.cited', 'Reference.citing'),
    sourceClaimCounts: has('Source.claimCount'),
    contextChars: oneValue(selected, 'Citation.context', ({ chars }) => (isContextChars(chars) && chars > 0 ? chars : undefined)),
    entityMeasures: has('Entity.measures'),
    // Only a first page (no cursor) of a size the resolver accepts; pages after a cursor are loaded.
    entityClaims: oneValue(selected, 'Entity.claims', ({ first, after }) =>
      (after === null || after === undefined) && typeof first === 'number' && Number.isInteger(first) && first >= 1 && first <= MAX_PAGE_SIZE ? first : undefined,
    ),
    contributorTotal: has('ContributorPledgesConnection.totalCount'),
    // jointWith is the claim's makers other than the part it is by.
    pledgeClaims: has('Pledge.claim', 'Pledge.jointWith'),
    pledgeEntities: has('ContributorPledges.contributor', 'ContributorPledges.parts', 'Pledge.by', 'Pledge.jointWith'),
    sourceCitations: oneValue(selected, 'Source.citations', ({ first }) => (isSourceCitationsFirst(first) ? first : undefined)),
    checkedCitations: has('CitationVerification.citation'),
    properties: propertiesOfOperation(info),
  };
}

// A document's operations are parsed once and kept (Apollo's document cache), so each is walked once.
const propertiesByOperation = new WeakMap<OperationDefinitionNode, RecordProperties>();

/**
 * The record properties the whole operation asks for, not only this root field: the records a root
 * field reads prime the request's loaders, where another root field may find them.
 */
function propertiesOfOperation(info: GraphQLResolveInfo): RecordProperties {
  const known = propertiesByOperation.get(info.operation);
  if (known) return known;
  const selected = nothingSelected();
  const rootType = info.schema.getRootType(info.operation.operation);
  if (rootType) visit(info, info.operation.selectionSet, rootType, selected);
  const properties = propertiesAsked(new Set([...selected.fields, ...selected.held]));
  propertiesByOperation.set(info.operation, properties);
  return properties;
}

/**
 * The one number every selection of `field` asks for, else 0 (not selected, asked with different
 * arguments, or arguments the resolver will refuse or page itself): then the loaders answer it.
 */
function oneValue(selected: Selected, field: string, valueOf: (args: Record<string, unknown>) => number | undefined): number {
  const values = new Set((selected.argumentsOf.get(field) ?? []).map(valueOf));
  const [value] = values;
  return values.size === 1 && value !== undefined ? value : 0;
}

function visit(info: GraphQLResolveInfo, set: SelectionSetNode, type: GraphQLNamedType, selected: Selected): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      // A union's own fields are only __typename; its members are reached through fragments.
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const field = type.getFields()[selection.name.value];
      if (!field) continue;
      const name = `${type.name}.${field.name}`;
      // Its resolver answers it from the parent's ids (ids-only): nothing to read for it.
      if (FIELDS_OF_HELD_IDS.has(name) && selection.selectionSet && selectsOnlyIds(info, selection.selectionSet)) {
        selected.held.add(name);
        continue;
      }
      selected.fields.add(name);
      if (ARGUMENTS_READ.has(name)) {
        selected.argumentsOf.set(name, [...(selected.argumentsOf.get(name) ?? []), getArgumentValues(field, selection, info.variableValues)]);
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
