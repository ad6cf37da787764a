import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isRelationship, isTime, type Record as Neo4jRecord } from 'neo4j-driver';

/**
 * Turns driver values into plain JSON-ready values: Integer to number, temporal values to ISO
 * strings, nodes and relationships to their properties. Called once per row by the query runner,
 * so no neo4j type ever leaves the database layer.
 *
 * Every value of every row passes through here, so the common cases come first and cost one check
 * each: strings, numbers and booleans by their type, lists, then maps (the driver decodes a Cypher
 * map into a plain object). Only what is left, the driver's own classes, is asked which it is.
 */
export function toPlainValue(value: unknown): unknown {
  if (typeof value !== 'object') return value === undefined ? null : value;
  if (value === null) return null;
  if (Array.isArray(value)) return value.map(toPlainValue);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) return plainObject(value);
  return fromDriverClass(value);
}

function plainObject(value: object): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key in value) plain[key] = toPlainValue((value as Record<string, unknown>)[key]);
  return plain;
}

/** One row as a plain object keyed by the query's RETURN names, without the record's own copy (toObject). */
export function toPlainRow(record: Neo4jRecord): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  record.forEach((value, key) => {
    row[key as string] = toPlainValue(value);
  });
  return row;
}

function fromDriverClass(value: object): unknown {
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isNode(value) || isRelationship(value)) return plainObject(value.properties);
  // Anything else the driver returns (a point, say): its fields.
  return plainObject(value);
}
