# The API image for docker-compose.yml: it talks to the compose file's Neo4j (NEO4J_URI), so it
# needs neither Java nor Maven. NODE_IMAGE is any Debian-based image with Node 20.19+ and npm: the
# official one by default; docker/build-images.ts passes its own where Docker Hub is out of reach.
ARG NODE_IMAGE=node:20-bookworm-slim
FROM ${NODE_IMAGE}
WORKDIR /app
COPY package.json package-lock.json ./
# Before NODE_ENV=production, so that devDependencies are installed too: TypeScript compiles src/.
# Checking tsc runs catches the npm failures that still exit 0 ("Exit handler never called").
RUN npm ci && node_modules/.bin/tsc --version
COPY tsconfig.json tsconfig.build.json schema.graphql ./
COPY cypher ./cypher
COPY seed ./seed
COPY src ./src
RUN node_modules/.bin/tsc -b tsconfig.build.json
COPY docs ./docs
COPY docker/app-healthcheck.mjs ./docker/
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
HEALTHCHECK --interval=5s --timeout=10s --start-period=30s --retries=30 CMD ["node", "docker/app-healthcheck.mjs"]
# As npm start, built above: one Node process running the compiled app, so `docker stop` (SIGTERM)
# reaches the app itself, which drains its requests before it exits.
CMD ["node", "dist/cli/start.js"]
