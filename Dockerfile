# The API image for docker-compose.yml: it talks to the compose file's Neo4j (NEO4J_URI), so it
# needs neither Java nor Maven.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json schema.graphql ./
COPY cypher ./cypher
COPY seed ./seed
COPY src ./src
COPY docs ./docs
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["npx", "tsx", "src/cli/start.ts"]
