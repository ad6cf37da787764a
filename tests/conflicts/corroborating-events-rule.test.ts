import { describe, it } from 'vitest';
import { corroboratingEventsRule } from '../../src/conflicts/corroborating-events-rule.js';
import { CEPR, WIKIPEDIA, event, expectCorroboration, on } from './harness.js';

const rule = corroboratingEventsRule;
const REQUEST = 'request-for-intervention:haiti';

describe('corroborating-events', () => {
  it("Haiti's request for an intervention, October 2022 in both documents, corroborates without a measure", () => {
    expectCorroboration(rule, [event('wp-request', REQUEST, { time: on('2022-10') }), event('cepr-request', REQUEST, { time: on('2022-10'), sourceIds: [CEPR] })], [['wp-request', 'cepr-request']]);
  });

  it('a coarser time corroborates a finer one within it', () => {
    expectCorroboration(rule, [event('month', REQUEST, { time: on('2022-10') }), event('day', REQUEST, { time: on('2022-10-07'), sourceIds: ['cnn'] })], [['month', 'day']]);
  });

  it('no corroboration at different times, of another event, undated, or from one voice', () => {
    expectCorroboration(rule, [event('a', REQUEST, { time: on('2022-10') }), event('b', REQUEST, { time: on('2023-10'), sourceIds: [CEPR] })], []);
    expectCorroboration(rule, [event('a', REQUEST, { time: on('2022-10') }), event('b', 'arrival:first-contingent:mss', { time: on('2022-10'), sourceIds: [CEPR] })], []);
    expectCorroboration(rule, [event('a', REQUEST, { time: on('2022-10') }), event('b', REQUEST, { sourceIds: [CEPR] })], []);
    const press = { attributedTo: ['un-press-release'] };
    expectCorroboration(rule, [event('a', REQUEST, { time: on('2022-10'), ...press }), event('b', REQUEST, { time: on('2022-10'), sourceIds: [CEPR], ...press })], []);
    expectCorroboration(rule, [event('a', REQUEST, { time: on('2022-10') }), event('b', REQUEST, { time: on('2022-10'), sourceIds: ['cnn'] })], [], { closure: new Map([[WIKIPEDIA, new Set(['cnn'])]]) });
  });
});
