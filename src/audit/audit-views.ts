import path from 'node:path';
import { Eta } from 'eta';
import { projectRoot } from '../config/project-root.js';

/**
 * The page templates (src/audit/views/*.eta), rendered with Eta: `<%= %>` HTML-escapes every value,
 * so text from the graph never becomes markup; `<%~ %>` (raw) is used only for markup the
 * templates themselves rendered (a partial, the layout's body). Compiled once and cached.
 */
const eta = new Eta({ views: path.join(projectRoot, 'src', 'audit', 'views'), autoEscape: true, cache: true });

export function renderView(name: string, data: object): string {
  return eta.render(`./${name}`, data);
}
