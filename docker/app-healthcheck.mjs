// The app image's health check (Dockerfile, HEALTHCHECK): healthy when the API says Neo4j answers.
// GET /health/ready says so with 200 or 503. Where the API predates that endpoint (any other
// status: the path is then a GraphQL request without a query), the GraphQL health query stands in.
const base = `http://127.0.0.1:${process.env.PORT ?? 4000}`;
const timeout = () => AbortSignal.timeout(4_000);
const ready = await fetch(`${base}/health/ready`, { signal: timeout() }).catch(() => undefined);
if (ready === undefined || ready.status === 503) process.exit(1);
if (ready.status === 200) process.exit(0);
const answer = await fetch(`${base}/`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ health { database } }' }),
  signal: timeout(),
}).then((response) => response.json(), () => undefined);
process.exit(answer?.data?.health?.database === true ? 0 : 1);
