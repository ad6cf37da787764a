// The app image's health check (Dockerfile, HEALTHCHECK): healthy when GET /health/ready answers 200,
// which the API does while Neo4j answers and its root queries are planned (503 otherwise; see
// docs/operations.md).
const ready = await fetch(`http://127.0.0.1:${process.env.PORT ?? 4000}/health/ready`, { signal: AbortSignal.timeout(4_000) }).catch(() => undefined);
process.exit(ready?.status === 200 ? 0 : 1);
