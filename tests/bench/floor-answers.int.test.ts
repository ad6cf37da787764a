import { describe, expect, it } from 'vitest';
import { compareAnswers } from '../../bench/check/fingerprint.js';
import { exampleOperations } from '../../bench/operations/bench-operations.js';
import { GraphQLClient } from '../../bench/targets/graphql-client.js';
import { floorTarget, graphqlTarget } from '../../bench/targets/targets.js';
import { useCorpusApi } from '../support/corpus-api.js';

const env = useCorpusApi();

// The floor is what our API's time is held against: a hand-written query that reads less than the
// operation asks, or the same things more often, would make the comparison unfair either way.
describe('the floor of each example operation', () => {
  it.each(exampleOperations().map((op) => [op.name, op] as const))('%s answers the same data as our API on the corpus', async (_name, op) => {
    const ours = await graphqlTarget('api', new GraphQLClient(env.api.url)).request(op)!();
    const floor = await floorTarget(env.graph.driver).request(op)!();
    expect(compareAnswers(ours, floor, { ordered: false })).toBe('same');
  });
});
