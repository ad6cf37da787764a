import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * GraphiQL served from this server's own node_modules, for people without internet (Apollo
 * Sandbox loads from a CDN). Only these four files are served; nothing else is reachable.
 */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** The packages export no subpath for their browser builds, so files are found beside package.json. */
function assetPath(asset: { pkg: string; file: string }): string {
  return path.join(path.dirname(require.resolve(`${asset.pkg}/package.json`)), asset.file);
}

export const EXPLORER_PATH = '/graphiql';

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>claimgraph: GraphiQL (offline explorer)</title>
  <link rel="stylesheet" href="${EXPLORER_PATH}/assets/graphiql.css">
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="${EXPLORER_PATH}/assets/react.js"></script>
  <script src="${EXPLORER_PATH}/assets/react-dom.js"></script>
  <script src="${EXPLORER_PATH}/assets/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '/' });
    const defaultQuery = '# Which sources state the US pledge of $300 million, and in which words?\\n' +
      '{\\n  claims(filter: { text: "300 million" }, orderBy: RELEVANCE, first: 5) {\\n    edges { node { id statement support { status reason }\\n' +
      '      citations { quote section source { title publisher } } } }\\n  }\\n}\\n';
    ReactDOM.createRoot(document.getElementById('graphiql'))
      .render(React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }));
  </script>
</body>
</html>
`;

export interface ExplorerResponse {
  status: number;
  type: string;
  body: string | Buffer;
}

/** The page or one of its assets for a path under /graphiql; undefined for any other path. */
export async function offlineExplorer(pathname: string): Promise<ExplorerResponse | undefined> {
  if (pathname === EXPLORER_PATH || pathname === `${EXPLORER_PATH}/`) return { status: 200, type: 'text/html; charset=utf-8', body: PAGE };
  if (!pathname.startsWith(`${EXPLORER_PATH}/assets/`)) return undefined;
  const name = pathname.slice(`${EXPLORER_PATH}/assets/`.length);
  // Own properties only: "constructor" or "__proto__" must be a 404, not Object's prototype.
  const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  if (!asset) return { status: 404, type: 'text/plain; charset=utf-8', body: 'Not found\n' };
  return { status: 200, type: asset.type, body: await readFile(assetPath(asset)) };
}
