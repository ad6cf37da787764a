import {
  recordProperties,
  type CitationProperty,
  type ClaimProperty,
  type ConflictProperty,
  type EntityProperty,
  type MeasureProperty,
  type RecordProperties,
  type SourceProperty,
} from '../graph/record-properties.js';

/**
 * The record properties each field's resolver reads, for every field of Claim, Citation, Source,
 * Measure, Entity and Conflict and of the objects Claim.time and Claim.support make of a claim's record
 * (tests/graphql/properties-asked.test.ts holds this to the schema), and the fields of other types
 * that read those records. A field answered by a loader of its own reads none.
 */
export const CLAIM_PROPERTIES_READ: Record<string, ClaimProperty[]> = {
  'Claim.id': [],
  'Claim.kind': ['kind'],
  'Claim.statement': ['statement'],
  'Claim.subject': ['subjectId'],
  'Claim.measure': ['measureId'],
  'Claim.value': ['qualifier', 'amount', 'valueLow', 'valueHigh', 'unit', 'currency'],
  // Null without a precision; each of its fields reads its own property.
  'Claim.time': ['timePrecision'],
  'ClaimTime.start': ['timeStart'],
  'ClaimTime.end': ['timeEnd'],
  'ClaimTime.precision': [],
  'ClaimTime.part': ['timePart'],
  'ClaimTime.label': ['timeLabel'],
  'Claim.citations': ['citationIds'],
  'Claim.sources': ['citationIds'],
  'Claim.derivation': ['derivation', 'derivedFromIds'],
  'Claim.madeBy': ['madeByIds'],
  'Claim.support': [],
  'Support.status': ['supportStatus'],
  'Support.reason': ['supportReason'],
  // Its claims are loaded (or their ids held) from the ids; a page's claims rarely ask for them.
  'Support.corroboratedBy': ['corroboratedByIds'],
  'Claim.contested': ['contested'],
  'Claim.conflicts': ['conflictIds'],
  'Claim.role': ['role'],
  'Claim.members': ['members', 'memberIds'],
  'Claim.category': ['category'],
  'Claim.note': ['note'],
  'Claim.retraction': ['retracted', 'retractedReason', 'retractedBy', 'retractedAt'],
  'Claim.history': [],
  // The claim's makers other than the part it is by (src/graph/pledges.ts).
  'Pledge.jointWith': ['madeByIds'],
};

export const CITATION_PROPERTIES_READ: Record<string, CitationProperty[]> = {
  'Citation.id': [],
  'Citation.quote': ['quote'],
  'Citation.start': ['start'],
  'Citation.end': ['end'],
  'Citation.prefix': ['prefix'],
  'Citation.suffix': ['suffix'],
  'Citation.section': ['section'],
  'Citation.context': [],
  'Citation.source': [],
  'Citation.attributedTo': ['attributedToId', 'attributedToKind'],
  'Citation.claims': ['claimIds'],
};

export const SOURCE_PROPERTIES_READ: Record<string, SourceProperty[]> = {
  'Source.id': [],
  'Source.kind': [],
  'Source.title': ['title'],
  'Source.publisher': ['publisher'],
  'Source.authors': ['authors'],
  'Source.published': ['published'],
  'Source.url': ['url'],
  'Source.language': ['language'],
  'Source.license': ['license'],
  'Source.snapshot': ['snapshot'],
  'Source.note': ['note'],
  'Source.sha256': ['sha256'],
  'Source.textLength': ['textLength'],
  'Source.citations': [],
  'Source.claimCount': [],
  'Source.cites': [],
  'Source.citedBy': [],
};

export const MEASURE_PROPERTIES_READ: Record<string, MeasureProperty[]> = {
  'Measure.id': [],
  'Measure.name': ['name'],
  'Measure.unit': ['unit'],
  'Measure.description': ['description'],
  'Measure.subject': ['subjectId'],
  'Measure.sumOf': ['sumOfIds'],
  'Measure.partOf': ['partOfIds'],
  'Measure.flows': ['flowIds'],
  // Its ids come with the record only when the walk reads the series (seriesOf loads them otherwise).
  'Measure.series': [],
  'Measure.conflicts': ['conflictIds'],
  // A conflict's summary, where not stored, names its measure (src/graph/conflict-summary.ts).
  'Conflict.summary': ['name'],
};

export const ENTITY_PROPERTIES_READ: Record<string, EntityProperty[]> = {
  'Entity.id': [],
  'Entity.name': ['name'],
  'Entity.type': ['type'],
  'Entity.aliases': ['aliases'],
  'Entity.partOf': ['partOfId'],
  'Entity.claims': [],
  'Entity.measures': ['measureIds'],
};

export const CONFLICT_PROPERTIES_READ: Record<string, ConflictProperty[]> = {
  'Conflict.id': [],
  'Conflict.measure': ['measureId'],
  'Conflict.kinds': ['kinds'],
  'Conflict.severity': ['severity'],
  // As stored; for a conflict stored before summaries were, what composes it (graph/conflict-summary.ts):
  // its measure's name, the first finding's pair and reason, and how many claims take part.
  'Conflict.summary': ['summary', 'measureId', 'findingClaimA', 'findingClaimB', 'findingReasons', 'claimIds'],
  'Conflict.findings': ['findingRules', 'findingSeverities', 'findingKinds', 'findingReasons', 'findingClaimA', 'findingClaimB'],
  'Conflict.claims': ['claimIds'],
};

/** The properties the fields `asked` (`Type.field`, anywhere in a request) read of each kind of record. */
export function propertiesAsked(asked: ReadonlySet<string>): RecordProperties {
  const read = <P extends string>(table: Record<string, P[]>) => {
    const names = new Set([...asked].flatMap((field) => table[field] ?? []));
    return (name: P) => names.has(name);
  };
  return recordProperties({
    claim: read(CLAIM_PROPERTIES_READ),
    citation: read(CITATION_PROPERTIES_READ),
    source: read(SOURCE_PROPERTIES_READ),
    measure: read(MEASURE_PROPERTIES_READ),
    entity: read(ENTITY_PROPERTIES_READ),
    conflict: read(CONFLICT_PROPERTIES_READ),
  });
}
