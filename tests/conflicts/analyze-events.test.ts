import { describe, expect, it } from 'vitest';
import { analyzeEvents } from '../../src/conflicts/analyze-events.js';
import { CEPR, event, on } from './harness.js';

const name = (id: string) => ({ [CEPR]: 'Jake Johnston (CEPR)', 'wikipedia-mss': 'Wikipedia contributors' })[id] ?? id;
const REQUEST = 'request-for-intervention:haiti';

describe('support of event claims', () => {
  it('two documents dating one event alike corroborate each other; an event stated once stays single-source', () => {
    const support = analyzeEvents(
      [event('wp-request', REQUEST, { time: on('2022-10') }), event('cepr-request', REQUEST, { time: on('2022-10'), sourceIds: [CEPR] }), event('wp-arrival', 'arrival:first-contingent:mss', { time: on('2024-06-25') })],
      new Map(),
      name,
    );
    expect(support.get('wp-request')).toEqual({ status: 'CORROBORATED', reason: 'Agrees with cepr-request, stated independently by Jake Johnston (CEPR).', corroboratedBy: ['cepr-request'] });
    expect(support.get('wp-arrival')?.status).toBe('SINGLE_SOURCE');
  });
});
