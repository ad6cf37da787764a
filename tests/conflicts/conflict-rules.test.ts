import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { conflictRules } from '../../src/conflicts/conflict-rules.js';
import { projectRoot } from '../../src/config/project-root.js';

describe('the rule list', () => {
  it('names each rule once, and runs the corroboration rules after every rule that can oppose claims', () => {
    const names = conflictRules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    const firstCorroboration = names.findIndex((n) => n.startsWith('corroborating-'));
    expect(names.slice(firstCorroboration).every((n) => n.startsWith('corroborating-'))).toBe(true);
  });

  it('has a section in docs/conflicts.md for every rule', async () => {
    const doc = await readFile(path.join(projectRoot, 'docs/conflicts.md'), 'utf8');
    for (const rule of conflictRules) expect(doc, rule.name).toMatch(new RegExp(`^### ${rule.name} \\(\`${rule.name}-rule\\.ts\`, ${rule.scope}\\)$`, 'm'));
  });
});
