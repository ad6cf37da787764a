import { z } from 'zod';

/** The shape of every seed file; docs/seed-format.md explains each field to curators. */

export const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase kebab-case, e.g. wp-kenya-first-contingent');
const id = idSchema;

/** A day, month or year, as written in YAML (which may hand us a Date for a full day). */
export const partialDate = z
  .union([z.string(), z.number(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
  .pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));

export const CLAIM_KINDS = ['date', 'event', 'count', 'amount', 'pledge', 'percentage', 'vote', 'duration', 'ratio', 'status'] as const;
export const QUALIFIERS = ['exact', 'approximately', 'nearly', 'just_over', 'more_than', 'at_least', 'less_than', 'at_most', 'up_to', 'range'] as const;
export const ENTITY_TYPES = ['country', 'organization', 'person', 'fund', 'force', 'place', 'document'] as const;
/** The entity types that can be contributors in the pledges view (the top of a partOf chain of one of these), as curation/pledge-entries.part.cypher lists them. */
export const CONTRIBUTOR_TYPES = ['country', 'organization', 'fund'] as const satisfies readonly (typeof ENTITY_TYPES)[number][];
export const DERIVATION_METHODS = ['sum', 'difference'] as const;
/** A head count at a time, or a change of one (docs/conflicts.md, stock-below-arrivals). */
export const STOCK_ROLES = ['stock', 'arrival', 'departure'] as const;

export const valueSchema = z
  .strictObject({
    amount: z.number().optional(),
    low: z.number().optional(),
    high: z.number().optional(),
    qualifier: z.enum(QUALIFIERS),
    unit: z.string({ error: 'a value needs its unit (the measure\'s unit: personnel, money, percent, ...)' }).min(1),
    currency: z.string().min(1).optional(),
  })
  .superRefine((v, ctx) => {
    const isRange = v.qualifier === 'range';
    if (isRange && (v.low === undefined || v.high === undefined || v.amount !== undefined)) {
      ctx.addIssue({ code: 'custom', message: 'a range needs low and high, and no amount' });
    }
    if (isRange && v.low !== undefined && v.high !== undefined && v.low > v.high) {
      ctx.addIssue({ code: 'custom', message: `range low ${v.low} is above high ${v.high}` });
    }
    if (!isRange && (v.amount === undefined || v.low !== undefined || v.high !== undefined)) {
      ctx.addIssue({ code: 'custom', message: `qualifier ${v.qualifier} needs amount, and no low/high` });
    }
    if ((v.unit === 'money') !== (v.currency !== undefined)) {
      ctx.addIssue({ code: 'custom', message: 'currency goes with unit money, and only with it' });
    }
  });

export const timeSchema = z
  .strictObject({
    on: partialDate.optional(),
    part: z.enum(['early', 'mid', 'late']).optional(),
    from: partialDate.optional(),
    to: partialDate.optional(),
    label: z.string().min(1).optional(),
  })
  .superRefine((t, ctx) => {
    if (t.on !== undefined && (t.from !== undefined || t.to !== undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give either on, or from/to, not both' });
    }
    if (t.on === undefined && t.from === undefined && t.to === undefined) {
      ctx.addIssue({ code: 'custom', message: 'give on, or from and/or to (omit time for an undated claim)' });
    }
    // Partial dates compare as their first and last days would: 2024-05 starts after 2024-03 ends.
    if (t.from !== undefined && t.to !== undefined && t.from.padEnd(10, '-00') > t.to.padEnd(10, '-99')) {
      ctx.addIssue({ code: 'custom', message: `ends (to ${t.to}) before it starts (from ${t.from})` });
    }
    if (t.part !== undefined && (t.on === undefined || t.on.length === 10)) {
      ctx.addIssue({ code: 'custom', message: 'part (early/mid/late) narrows a month or a year given in on' });
    }
  });

export const citationSchema = z.strictObject({
  quote: z.string().min(1),
  /** Optional: found from the quote when it occurs once in the text. */
  start: z.number().int().nonnegative().optional(),
  section: z.string().min(1),
  source: id.optional(),
  attributedTo: id.optional(),
});

/** A claim's fields as the seed and the curation API share them; citations are each one's own. */
export const claimFields = {
  id,
  kind: z.enum(CLAIM_KINDS),
  statement: z.string().min(1),
  subject: id,
  measure: id.optional(),
  value: valueSchema.optional(),
  time: timeSchema.optional(),
  derivedFrom: z.strictObject({ method: z.enum(DERIVATION_METHODS), claims: z.array(id).min(2) }).optional(),
  /** Entities that made the pledge or delivery together when the subject is not (a deposit into a fund by two countries): it counts for each of them. */
  madeBy: z.array(id).min(1).optional(),
  /** The event the claim is about, for claims of no measure: claims of one event corroborate each other (docs/conflicts.md). */
  event: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*(:[a-z0-9]+(-[a-z0-9]+)*)+$/, 'an event key: what happened and to whom, in kebab-case joined by colons, e.g. request-for-intervention:haiti')
    .optional(),
  /** A head count ('stock') or a change of one ('arrival', 'departure'), for a measure of personnel or the like. */
  role: z.enum(STOCK_ROLES).optional(),
  /** A named set the claim states (the countries that pledged): entity ids or names as the text writes them. */
  members: z.array(z.string().min(1)).min(1).optional(),
  /** The value of a single-valued property: 'yes'/'no', a status, a type. */
  category: z.string().trim().min(1).optional(),
  note: z.string().optional(),
};

/** A claim is stated by citations, or derived from other claims: one of the two. */
export function checkClaimSupport(c: { derivedFrom?: unknown; citations: unknown[] }, ctx: z.RefinementCtx): void {
  if (c.derivedFrom && c.citations.length > 0) {
    ctx.addIssue({ code: 'custom', message: 'a derived claim has no citations of its own; its support is derivedFrom' });
  }
  if (!c.derivedFrom && c.citations.length === 0) {
    ctx.addIssue({ code: 'custom', message: 'a claim needs at least one citation (or derivedFrom)' });
  }
}

export const claimSchema = z.strictObject({ ...claimFields, citations: z.array(citationSchema).default([]) }).superRefine(checkClaimSupport);

export const claimFileSchema = z.strictObject({ source: id, claims: z.array(claimSchema) });

export const entityFileSchema = z.array(
  z.strictObject({
    id,
    name: z.string().min(1),
    type: z.enum(ENTITY_TYPES),
    aliases: z.array(z.string().min(1)).optional(),
    /** The entity this one is a part of (a department of its government, a government of its country). */
    partOf: id.optional(),
  }),
);

/** How a measure is linked to others, for the rules that compare across measures (docs/conflicts.md). */
export const measureLinks = {
  /** The measures this one is the sum of (a group of contributors; a total and its components). */
  sumOf: z.array(id).min(2, 'a sum has at least two parts').optional(),
  /** For a stock (a head count), the measures of its arrivals and departures. */
  flows: z.array(id).min(1).optional(),
};

export const measureFileSchema = z.array(
  z.strictObject({
    id,
    name: z.string().min(1),
    unit: z.string().min(1),
    subject: id,
    description: z.string().min(1),
    aspect: z.enum(['pledged', 'delivered']).optional(),
    ...measureLinks,
  }),
);

export const sourceMetadata = {
  id,
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  authors: z.array(z.string().min(1)).optional(),
  published: partialDate.optional(),
  url: z.url().optional(),
  language: z.string().min(2).max(3).optional(),
  note: z.string().optional(),
};

export const documentFileSchema = z.array(
  z.strictObject({
    ...sourceMetadata,
    license: z.string().optional(),
    snapshot: partialDate.optional(),
    textFile: z.string().regex(/^[\w.-]+$/, 'a file name inside seed/texts/'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256'),
  }),
);

export const referenceFileSchema = z.strictObject({
  citedBy: id,
  works: z.array(
    z.strictObject({
      ...sourceMetadata,
      entries: z
        .array(
          z.strictObject({
            number: z.number().int().positive(),
            retrieved: partialDate.optional(),
            quote: z.string().min(1),
            start: z.number().int().nonnegative().optional(),
          }),
        )
        .min(1),
    }),
  ),
});

export type ClaimFile = z.infer<typeof claimFileSchema>;
export type SeedClaim = z.infer<typeof claimSchema>;
export type SeedCitation = z.infer<typeof citationSchema>;
export type SeedValue = z.infer<typeof valueSchema>;
export type SeedTime = z.infer<typeof timeSchema>;
export type SeedEntity = z.infer<typeof entityFileSchema>[number];
export type SeedMeasure = z.infer<typeof measureFileSchema>[number];
export type SeedDocument = z.infer<typeof documentFileSchema>[number];
export type ReferenceFile = z.infer<typeof referenceFileSchema>;
export type SeedWork = ReferenceFile['works'][number];
