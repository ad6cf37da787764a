import { z } from 'zod';
import { checkClaimSupport, citationSchema, claimFields, ENTITY_TYPES, idSchema, measureLinks, partialDate, sourceMetadata } from '../ingestion/seed-schema.js';
import { CurationRefusal, RefusalCode } from './curation-refusal.js';

/**
 * The curation API's inputs, checked at the boundary. They mirror the seed format
 * (docs/seed-format.md): the same fields and rules, except that offsets are found by the server.
 */

/** A source text is stored whole, byte-exact; larger texts belong to bulk loading, not to a request. */
export const MAX_SOURCE_TEXT_BYTES = 500_000;
/** Claims in one addClaims call: all are written in one transaction. */
export const MAX_CLAIMS_PER_CALL = 100;

const idempotencyKey = z.string().min(8, 'an idempotency key has at least 8 characters (a UUID will do)').max(200).optional();

const sourceFields = { ...sourceMetadata, license: z.string().optional(), snapshot: partialDate.optional() };

/** One numbered entry of a reference list: `source` is the other side, `quote` the entry as printed. */
const referenceSchema = z.strictObject({
  number: z.number().int().positive(),
  source: idSchema,
  quote: z.string().min(1),
  start: z.number().int().nonnegative().optional(),
  occurrence: z.number().int().positive().optional(),
  retrieved: partialDate.optional(),
});

export const addSourceSchema = z.strictObject({
  idempotencyKey,
  ...sourceFields,
  /** The full text, for a document we hold; a cited work comes without one. */
  text: z.string().min(1).optional(),
  /** When given, the text must have this SHA-256 (it guards against a damaged transfer). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256').optional(),
  /** This source's reference list: entries in its text citing sources in the graph. */
  references: z.array(referenceSchema).max(500).default([]),
  /** Entries in the reference lists of documents in the graph that cite this source. */
  citedBy: z.array(referenceSchema).max(500).default([]),
});

export const addEntitySchema = z.strictObject({
  idempotencyKey,
  id: idSchema,
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string().min(1)).optional(),
  /** An entity in the graph this one is a part of (a department of its government). */
  partOf: idSchema.optional(),
});

const measureFields = {
  id: idSchema,
  name: z.string().min(1),
  unit: z.string().min(1),
  description: z.string().min(1),
  aspect: z.enum(['pledged', 'delivered']).optional(),
  ...measureLinks,
};

export const addMeasureSchema = z.strictObject({ idempotencyKey, ...measureFields, subject: idSchema });

/** A citation as a quote in a source: the server finds where; start, occurrence or prefix say which one. */
const citationInput = citationSchema.extend({
  section: z.string().min(1).optional(),
  occurrence: z.number().int().positive().optional(),
  prefix: z.string().min(1).max(200).optional(),
});

export const claimInputSchema = z
  .strictObject({
    ...claimFields,
    /** Optional: made from the subject and the content when absent, so a replay finds the same claim. */
    id: idSchema.optional(),
    /** A measure made with the claim (its subject defaults to the claim's). */
    newMeasure: z.strictObject({ ...measureFields, subject: idSchema.optional() }).optional(),
    citations: z.array(citationInput).max(20).default([]),
  })
  .superRefine(checkClaimSupport)
  .superRefine((c, ctx) => {
    if (c.measure !== undefined && c.newMeasure !== undefined) ctx.addIssue({ code: 'custom', message: 'give measure (an existing one) or newMeasure, not both' });
  });

export const addClaimsSchema = z.strictObject({
  idempotencyKey,
  /** The source the citations quote, unless a citation names its own. */
  source: idSchema.optional(),
  claims: z.array(claimInputSchema).min(1, 'give at least one claim').max(MAX_CLAIMS_PER_CALL, `at most ${MAX_CLAIMS_PER_CALL} claims per call`),
});

/** The fields to change; a field left out keeps its value. Citations given replace them all. */
export const updateClaimSchema = z.strictObject({
  idempotencyKey,
  kind: claimFields.kind.optional(),
  statement: claimFields.statement.optional(),
  subject: idSchema.optional(),
  measure: idSchema.optional(),
  value: claimFields.value,
  time: claimFields.time,
  role: claimFields.role,
  members: claimFields.members,
  category: claimFields.category,
  note: z.string().optional(),
  citations: z.array(citationInput.extend({ source: idSchema })).min(1).max(20).optional(),
  /** Why: kept in the history beside the change. */
  reason: z.string().min(1).max(2000).optional(),
});

export const retractClaimSchema = z.strictObject({
  idempotencyKey,
  id: idSchema,
  reason: z.string().trim().min(3, 'say why the claim is retracted (at least 3 characters)').max(2000),
});

export type AddSourceInput = z.infer<typeof addSourceSchema>;
export type AddEntityInput = z.infer<typeof addEntitySchema>;
export type AddMeasureInput = z.infer<typeof addMeasureSchema>;
export type ClaimInput = z.infer<typeof claimInputSchema>;
export type AddClaimsInput = z.infer<typeof addClaimsSchema>;
export type UpdateClaimInput = z.infer<typeof updateClaimSchema>;
export type RetractClaimInput = z.infer<typeof retractClaimSchema>;

/** GraphQL sends null for a field left out; the seed format has no nulls, so null means absent. */
function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, dropNulls(v)]));
  }
  return value;
}

/** Checks an input against its schema; every problem, with its path, is one refusal. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, path = ''): z.infer<S> {
  const parsed = schema.safeParse(dropNulls(input));
  if (parsed.success) return parsed.data;
  throw new CurationRefusal(
    parsed.error.issues.map((issue) => ({ code: RefusalCode.InvalidInput, path: [path, ...issue.path.map(String)].filter(Boolean).join('.'), message: issue.message })),
  );
}
