import { describe, expect, it } from 'vitest';
import { ownSourcesSupport } from '../../src/conflicts/support-status.js';
import { CEPR, WIKIPEDIA } from './harness.js';

const name = (id: string) => id;

describe("a claim's support from its own citations", () => {
  it('two independent sources corroborate it, unless both repeat one originator', () => {
    expect(ownSourcesSupport({ sourceIds: [WIKIPEDIA, CEPR], derived: false }, new Map(), name).status).toBe('CORROBORATED');
    expect(ownSourcesSupport({ sourceIds: [WIKIPEDIA, CEPR], derived: false, attributedTo: ['united-nations'] }, new Map(), name)).toMatchObject({
      status: 'SINGLE_SOURCE',
      reason: `Stated by ${WIKIPEDIA}; ${CEPR}, all repeating united-nations; no independent voice states it.`,
    });
  });

  it('a source and a work it cites are one voice; a derived claim is derived', () => {
    expect(ownSourcesSupport({ sourceIds: [WIKIPEDIA, 'cnn'], derived: false }, new Map([[WIKIPEDIA, new Set(['cnn'])]]), name).status).toBe('SINGLE_SOURCE');
    expect(ownSourcesSupport({ sourceIds: [WIKIPEDIA], derived: true }, new Map(), name).status).toBe('DERIVED');
  });
});
