import { describe, expect, it } from 'vitest';
import { cypherForWire } from '../../src/database/cypher-text.js';
import { cypherDir, queryText } from '../../src/database/named-query.js';

describe('the text sent to Neo4j', () => {
  it('drops comments, indentation and blank lines', () => {
    const file = ['// What the query is for.', 'MATCH (c:Claim)  // by its label', '', '  /* the page */', '  WHERE c.id = $id', 'RETURN c'].join('\n');
    expect(cypherForWire(file)).toBe(['MATCH (c:Claim)', 'WHERE c.id = $id', 'RETURN c'].join('\n'));
  });

  it('keeps what only looks like a comment inside strings and backquoted names', () => {
    const file = ["RETURN 'http://example.org' AS url, \"a /* b */\" AS b, `odd//name` AS c,", "  'it\\'s // here' AS d // gone"].join('\n');
    expect(cypherForWire(file)).toBe(["RETURN 'http://example.org' AS url, \"a /* b */\" AS b, `odd//name` AS c,", "'it\\'s // here' AS d"].join('\n'));
  });

  it('keeps the indentation of a line inside a multi-line string', () => {
    expect(cypherForWire("RETURN 'one\n  two' AS s")).toBe("RETURN 'one\n  two' AS s");
  });

  it('refuses a string or comment left open, rather than send half a query', () => {
    expect(() => cypherForWire("RETURN 'open")).toThrow(/not closed/);
    expect(() => cypherForWire('RETURN 1 /* open')).toThrow(/not closed/);
  });

  it('sends a root query without the comments of its file', () => {
    const text = queryText(cypherDir, 'claims/claim-page.cypher');
    expect(text).not.toMatch(/\/\/|^\s/m);
    expect(text).toContain("WHEN 'TIME_ASC' THEN");
  });
});
