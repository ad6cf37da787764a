import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's place so commands work from any working directory. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
