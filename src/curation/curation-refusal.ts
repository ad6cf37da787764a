/**
 * Why a write was refused, as codes a client can act on. Every refusal writes nothing: the
 * transaction it was raised in is rolled back.
 */
export const RefusalCode = {
  /** The input's shape: a missing field, a value without a unit, an end before its start. */
  InvalidInput: 'BAD_USER_INPUT',
  /** A subject, measure, source, originator or part that is not in the graph. */
  UnknownReference: 'UNKNOWN_REFERENCE',
  QuoteNotFound: 'QUOTE_NOT_FOUND',
  QuoteAmbiguous: 'QUOTE_AMBIGUOUS',
  /** An id already in the graph with other content. */
  IdTaken: 'ID_TAKEN',
  /** An idempotency key already used for another request. */
  IdempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
  /** The claim to update or retract is not in the graph. */
  NotFound: 'NOT_FOUND',
  AlreadyRetracted: 'ALREADY_RETRACTED',
  TextTooLarge: 'TEXT_TOO_LARGE',
} as const;
export type RefusalCode = (typeof RefusalCode)[keyof typeof RefusalCode];

/** One thing wrong with a write: where in the input (e.g. claims.1.citations.0.quote), and what. */
export interface RefusalProblem {
  code: RefusalCode;
  path: string;
  message: string;
  /** For a quote found elsewhere or more than once: the offsets it occurs at. */
  positions?: number[];
}

export class CurationRefusal extends Error {
  constructor(readonly problems: RefusalProblem[]) {
    const lines = problems.map((p) => `${p.path ? `${p.path}: ` : ''}${p.message}`);
    super(problems.length === 1 ? `Nothing was written: ${lines[0]}` : `Nothing was written; ${problems.length} problems:\n${lines.map((l) => `  ${l}`).join('\n')}`);
    this.name = 'CurationRefusal';
  }

  /** The code clients see: the problems' own when they share one, else BAD_USER_INPUT. */
  get code(): RefusalCode {
    const codes = new Set(this.problems.map((p) => p.code));
    return codes.size === 1 ? this.problems[0]!.code : RefusalCode.InvalidInput;
  }
}

/** Collects problems while a write is checked, so a curator sees all of them at once. */
export class Problems {
  readonly list: RefusalProblem[] = [];

  add(code: RefusalCode, path: string, message: string, positions?: number[]): void {
    this.list.push(positions ? { code, path, message, positions } : { code, path, message });
  }

  /** Throws the refusal when anything was found. */
  check(): void {
    if (this.list.length > 0) throw new CurationRefusal(this.list);
  }
}
