import type { ConflictFinding, ConflictKind, Finding, Severity } from './comparable-claim.js';

/** Claims tied together by findings: what an auditor reviews as one case. */
export interface ConflictGroup {
  measureId: string;
  claimIds: string[];
  kinds: ConflictKind[];
  /** CONFLICT when any finding of the group is one, else TENSION. */
  severity: Severity;
  findings: ConflictFinding[];
}

/** Claims linked by conflict findings form one group (connected components over the findings). */
export function groupFindings(findings: readonly Finding[], measureId: string): ConflictGroup[] {
  const conflicts = findings.filter((f): f is ConflictFinding => f.outcome === 'conflict');
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const f of conflicts) for (const id of f.claimIds.slice(1)) parent.set(find(id), find(f.claimIds[0]));
  const groups = new Map<string, ConflictFinding[]>();
  for (const f of conflicts) {
    const root = find(f.claimIds[0]);
    const group = groups.get(root);
    if (group) group.push(f);
    else groups.set(root, [f]);
  }
  return [...groups.values()].map((fs) => ({
    measureId,
    claimIds: [...new Set(fs.flatMap((f) => f.claimIds))].sort(),
    kinds: [...new Set(fs.map((f) => f.kind))].sort(),
    severity: fs.some((f) => f.severity === 'CONFLICT') ? 'CONFLICT' : 'TENSION',
    findings: fs,
  }));
}
