import type { ApolloServerPlugin } from '@apollo/server';
import { EXPLORER_PATH } from '../http/offline-explorer.js';

/** Apollo's embeddable Sandbox, major version 2, the one Apollo Server's own landing page embeds. */
const SANDBOX_SCRIPT = 'https://embeddable-sandbox.cdn.apollographql.com/v2/embeddable-sandbox.umd.production.min.js';

/**
 * The root page: Apollo Sandbox with its telemetry off, under a bar that links to what works
 * without internet (the offline explorer, the audit pages). Apollo's default page also loads
 * Google fonts and a favicon from its CDN, and says only "you might be offline" when the Sandbox
 * cannot load; this one loads the Sandbox script alone and, when it fails, says where to go.
 */
const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>claimgraph: GraphQL API</title>
  <link rel="icon" href="data:,">
  <style>
    body { margin: 0; font-family: system-ui, sans-serif; }
    header { display: flex; gap: 1.5em; align-items: baseline; padding: 0.4em 1em; background: #1f2933; color: #f5f7fa; font-size: 14px; }
    header a { color: #9fd3ff; }
    #fallback { display: none; padding: 2em; max-width: 40em; line-height: 1.5; }
    #sandbox { position: absolute; top: 2.2em; bottom: 0; width: 100%; }
  </style>
</head>
<body>
  <header>
    <strong>claimgraph</strong>
    <span>Without internet: <a href="${EXPLORER_PATH}">the offline explorer</a> · <a href="/audit/">the audit pages</a></span>
  </header>
  <div id="fallback">
    <h1>Apollo Sandbox could not load</h1>
    <p>Apollo Sandbox comes from Apollo's servers, which this browser cannot reach. The same API is open to
    <a href="${EXPLORER_PATH}">the offline explorer</a> (GraphiQL, served by this server), and the claims,
    sources and conflicts can be read as <a href="/audit/">web pages</a>.</p>
  </div>
  <div id="sandbox"></div>
  <script>
    function showFallback() { document.getElementById('fallback').style.display = 'block'; }
  </script>
  <script src="${SANDBOX_SCRIPT}" onerror="showFallback()"></script>
  <script>
    if (window.EmbeddedSandbox) {
      new window.EmbeddedSandbox({
        target: '#sandbox',
        initialEndpoint: window.location.href,
        includeCookies: false,
        runTelemetry: false,
        endpointIsEditable: false,
        hideCookieToggle: true,
      });
    } else {
      showFallback();
    }
  </script>
</body>
</html>
`;

export function landingPagePlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async serverWillStart() {
      return { renderLandingPage: async () => ({ html: PAGE }) };
    },
  };
}
