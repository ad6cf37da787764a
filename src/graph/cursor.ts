import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Opaque page cursors: the sort key and id of the last item a page returned, so the next page
 * starts after it even when items were added meanwhile.
 */
export interface CursorPosition<Key> {
  key: Key;
  id: string;
}

/** Bytes of HMAC-SHA256 kept in a cursor: enough that a forged one is never accepted by chance. */
const MAC_BYTES = 16;

/**
 * Cursors carry a MAC over their list (and order) and position, so a cursor is accepted only by the
 * list that issued it and only as issued: a tampered key can never reach a query. The key is random
 * per process unless CURSOR_SECRET names one (several servers behind one address need the same).
 */
export class CursorCodec {
  private readonly key: Buffer;

  constructor(secret?: string) {
    this.key = secret ? Buffer.from(secret, 'utf8') : randomBytes(32);
  }

  /** The cursors of one list (and order): what the resolvers of that list encode and decode. */
  of(scope: string): ListCursors {
    return {
      encode: (position) => this.encode(scope, position),
      decode: (cursor, isKey) => this.decode(scope, cursor, isKey),
    };
  }

  encode<Key>(scope: string, position: CursorPosition<Key>): string {
    const payload = Buffer.from(JSON.stringify([position.key, position.id])).toString('base64url');
    return `${payload}.${this.mac(scope, payload).toString('base64url')}`;
  }

  /** Undefined when the text is not a cursor this server issued for this list. */
  decode<Key>(scope: string, cursor: string, isKey: (k: unknown) => k is Key): CursorPosition<Key> | undefined {
    const [payload, mac, ...rest] = cursor.split('.');
    if (payload === undefined || mac === undefined || rest.length > 0) return undefined;
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== MAC_BYTES || !timingSafeEqual(given, this.mac(scope, payload))) return undefined;
    try {
      const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      if (Array.isArray(parsed) && parsed.length === 2 && isKey(parsed[0]) && typeof parsed[1] === 'string') return { key: parsed[0], id: parsed[1] };
    } catch {
      return undefined;
    }
    return undefined;
  }

  private mac(scope: string, payload: string): Buffer {
    return createHmac('sha256', this.key).update(scope).update('\0').update(payload).digest().subarray(0, MAC_BYTES);
  }
}

export interface ListCursors {
  encode<Key>(position: CursorPosition<Key>): string;
  decode<Key>(cursor: string, isKey: (k: unknown) => k is Key): CursorPosition<Key> | undefined;
}

export const isNumber = (k: unknown): k is number => typeof k === 'number' && Number.isFinite(k);
export const isString = (k: unknown): k is string => typeof k === 'string';
