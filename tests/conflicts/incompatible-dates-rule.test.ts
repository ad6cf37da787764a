import { describe, expect, it } from 'vitest';
import { incompatibleDatesRule } from '../../src/conflicts/incompatible-dates-rule.js';
import { CEPR, claim, expectFinding, expectNoFinding, on } from './harness.js';

const rule = incompatibleDatesRule;
const date = (id: string, when: string, fields = {}) => claim(id, { unit: 'date', time: on(when), ...fields });

describe('incompatible-dates', () => {
  it('"2 October 2023" lies within "late 2023"', () => {
    expectNoFinding(rule, [date('adopted', '2023-10-02'), claim('late-2023', { unit: 'date', time: { start: '2023-09-01', end: '2023-12-31', label: 'late 2023' }, sourceIds: [CEPR] })]);
  });

  it('a day apart is a tension: one side may date the report', () => {
    expectFinding(rule, [date('adopted', '2023-10-02'), date('reported', '2023-10-03', { sourceIds: ['reuters'] })], {
      severity: 'TENSION',
      kind: 'BETWEEN_SOURCES',
      claimIds: ['adopted', 'reported'],
      reason: ['2 October 2023 and 3 October 2023 are different times', 'a day apart', 'when the event was reported'],
    });
  });

  it('an announcement dated by a passage and by the report it cites a month apart is a tension, and says one cites the other', () => {
    const passage = date('passage', '2024-02', { quote: 'In February 2024 ... the United States announced it would contribute another $100 million' });
    const report = date('report', '2024-03-12', { sourceIds: ['cnn'] });
    expectFinding(rule, [passage, report], { severity: 'TENSION', claimIds: ['passage', 'report'], reason: ['“In February 2024', 'One source cites the other'] }, { closure: new Map([['wikipedia-mss', new Set(['cnn'])]]) });
  });

  it('says one source cites the other only when it does', () => {
    const finding = expectFinding(rule, [date('lead', '2024-06-25'), date('deployment', '2024-06-26')], { severity: 'TENSION', kind: 'WITHIN_SOURCE', claimIds: ['lead', 'deployment'] });
    expect(finding.reason).not.toContain('cites');
  });

  it('dates two months apart conflict', () => {
    expectFinding(rule, [date('june', '2024-06-25'), date('august', '2024-08-25', { sourceIds: [CEPR] })], { severity: 'CONFLICT', claimIds: ['june', 'august'], reason: ['25 June 2024 and 25 August 2024 are different times for the same event.'] });
  });

  it('leaves undated claims and other measures alone', () => {
    expectNoFinding(rule, [date('june', '2024-06-25'), claim('undated', { unit: 'date' })]);
    expectNoFinding(rule, [date('june', '2024-06-25'), date('other', '2024-09-25', { measureId: 'other' })]);
  });
});
