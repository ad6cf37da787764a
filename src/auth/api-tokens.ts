import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import { z } from 'zod';
import { DatabaseError } from '../database/database-errors.js';
import { namedQuery } from '../database/named-query.js';
import type { QueryRunner } from '../database/query-runner.js';

/**
 * API tokens for curators: created and revoked by the operator (`npm run token`), verified on every
 * mutation. A token reads `cg_<id>_<secret>`: the id is public (it finds the token in one index
 * seek and names it in lists), the secret is 32 random bytes of which the graph keeps only the
 * SHA-256, so neither the graph nor a list of tokens can be used to sign in.
 */

export type TokenPermission = 'write' | 'read';

/** A token as the operator sees it: never its secret, never its hash. */
export interface TokenRecord {
  id: string;
  name: string;
  permission: TokenPermission;
  createdAt: string;
  revokedAt: string | null;
}

/** What a request's Authorization header proves. */
export type VerifiedToken = { status: 'missing' } | { status: 'invalid' } | { status: 'valid'; name: string; permission: TokenPermission };

export type RevokeResult =
  | { status: 'revoked'; token: TokenRecord }
  | { status: 'already-revoked'; token: TokenRecord }
  | { status: 'unknown' };

/** A request the operator can fix (a bad or taken name); its message says how. */
export class TokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenError';
  }
}

/**
 * Names are printed in tables and recorded as the agent of every write, so they stay short and
 * plain; a leading or trailing space would make two names look the same.
 */
export const tokenName = z
  .string()
  .regex(/^[A-Za-z0-9._ -]{1,64}$/, 'a token name is 1-64 letters, digits, dots, underscores, hyphens or spaces')
  .refine((name) => name.trim() === name, 'a token name does not start or end with a space');

const tokenQueries = {
  createToken: namedQuery<{ id: string; name: string; hash: string; permission: TokenPermission }, TokenRecord>('auth/create-token'),
  tokenById: namedQuery<{ id: string }, { name: string; permission: TokenPermission; hash: string; revoked: boolean }>('auth/token-by-id'),
  listTokens: namedQuery<Record<string, never>, TokenRecord>('auth/list-tokens'),
  revokeToken: namedQuery<{ key: string }, TokenRecord & { wasRevoked: boolean }>('auth/revoke-token'),
};

/**
 * base32 (RFC 4648's alphabet, lower case): each random byte's low 5 bits pick a letter, which is
 * uniform because 256 is a multiple of 32. Ten letters are 50 bits, so ids do not collide in
 * practice, and contain no `_`, which separates the id from the secret.
 */
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const ID_LENGTH = 10;
const SECRET_BYTES = 32;
/** 32 bytes are 43 base64url characters (no padding); base64url may contain `_`, so it comes last. */
const TOKEN_SHAPE = /^cg_([a-z2-7]{10})_([A-Za-z0-9_-]{43})$/;
/** RFC 6750: the scheme is case-insensitive, then one or more spaces, then the token. */
const BEARER = /^bearer +(\S+)$/i;

const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** Creates a token and returns it whole: the only moment the server holds its secret, which it never stores. */
export async function createToken(
  runner: QueryRunner,
  name: string,
  permission: TokenPermission,
): Promise<{ token: string; record: TokenRecord }> {
  const parsed = tokenName.safeParse(name);
  if (!parsed.success) throw new TokenError(`"${name}": ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  const id = Array.from(randomBytes(ID_LENGTH), (byte) => ID_ALPHABET[byte & 31]).join('');
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  try {
    const [record] = await runner.write(tokenQueries.createToken, { id, name, hash: sha256(secret).toString('hex'), permission });
    return { token: `cg_${id}_${secret}`, record: record! };
  } catch (error) {
    // The name is the constraint a person can break; a clash of two random 50-bit ids is not a
    // case worth a message of its own.
    if (error instanceof DatabaseError && error.cause instanceof Neo4jError && error.cause.code === CONSTRAINT_FAILED) {
      throw new TokenError(
        `A token named "${name}" exists; choose another name. (A revoked token keeps its name: writes are recorded under it.)`,
      );
    }
    throw error;
  }
}

export function listTokens(runner: QueryRunner): Promise<TokenRecord[]> {
  return runner.read(tokenQueries.listTokens, {});
}

/** Revokes the token with this id or name; a token revoked before keeps its first revokedAt. */
export async function revokeToken(runner: QueryRunner, nameOrId: string): Promise<RevokeResult> {
  const [row] = await runner.write(tokenQueries.revokeToken, { key: nameOrId });
  if (!row) return { status: 'unknown' };
  const { wasRevoked, ...token } = row;
  return { status: wasRevoked ? 'already-revoked' : 'revoked', token };
}

/**
 * Checks an Authorization header in one round trip. Every failure (malformed, unknown id, wrong
 * secret, revoked) is the same 'invalid', so a caller learns nothing about which tokens exist. The
 * secret is hashed before comparison and compared in constant time, and never logged or stored.
 */
export async function verifyBearer(runner: QueryRunner, authorizationHeader: string | undefined): Promise<VerifiedToken> {
  // A blank header is how clients send an unset token variable: it carries no credentials at all.
  if (authorizationHeader === undefined || authorizationHeader.trim() === '') return { status: 'missing' };
  const token = BEARER.exec(authorizationHeader.trim())?.[1];
  const parts = token === undefined ? null : TOKEN_SHAPE.exec(token);
  if (!parts) return { status: 'invalid' };
  const [stored] = await runner.read(tokenQueries.tokenById, { id: parts[1]! });
  if (!stored) return { status: 'invalid' };
  const expected = Buffer.from(stored.hash, 'hex');
  const presented = sha256(parts[2]!);
  // timingSafeEqual needs equal lengths; both are SHA-256 digests unless the stored hash is damaged.
  const matches = expected.length === presented.length && timingSafeEqual(expected, presented);
  if (!matches || stored.revoked) return { status: 'invalid' };
  return { status: 'valid', name: stored.name, permission: stored.permission };
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
