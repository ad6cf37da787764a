import { describe, expect, it } from 'vitest';
import { DatabaseAvailability } from '../../src/database/availability.js';
import { DatabaseError } from '../../src/database/database-errors.js';

describe('DatabaseAvailability', () => {
  it('tells its recovery listeners once per outage, when the database answers again', () => {
    const availability = new DatabaseAvailability(undefined);
    let recoveries = 0;
    availability.onRecovery(() => (recoveries += 1));
    availability.answered();
    expect(recoveries).toBe(0);

    availability.failed(new DatabaseError('DATABASE_UNAVAILABLE', 'Neo4j is not reachable.'));
    availability.failed(new DatabaseError('DATABASE_UNAVAILABLE', 'Neo4j is not reachable.'));
    availability.answered();
    availability.answered();
    expect(recoveries).toBe(1);

    availability.failed(new DatabaseError('DATABASE_TIMEOUT', 'The query took too long.'));
    availability.answered();
    expect(recoveries).toBe(1);
  });
});
