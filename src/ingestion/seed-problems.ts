/** One thing wrong with the seed, located so a curator can fix it: file, record id, problem. */
export interface SeedProblem {
  file: string;
  id?: string;
  problem: string;
}

export class SeedError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    const lines = problems.slice(0, 50).map((p) => `  ${p.file}${p.id ? ` [${p.id}]` : ''}: ${p.problem}`);
    const more = problems.length > 50 ? `\n  ... and ${problems.length - 50} more` : '';
    super(`The seed has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written.\n${lines.join('\n')}${more}`);
    this.name = 'SeedError';
  }
}
