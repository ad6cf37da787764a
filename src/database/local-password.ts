import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The password of the project's local Neo4j when NEO4J_PASSWORD is not set: generated on first use
 * and kept beside the instance (mode 0600), so no password is hard-coded and restarts reuse it.
 */
export async function localPassword(instanceDir: string, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const file = path.join(instanceDir, 'claimgraph-password');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const generated = randomBytes(18).toString('base64url');
    await mkdir(instanceDir, { recursive: true });
    await writeFile(file, generated + '\n', { mode: 0o600 });
    return generated;
  }
}
