# Cascade GraphQL API. Talks to the Neo4j named by NEO4J_URI (see docker-compose.yml);
# seeds the example world itself when the database is empty.
FROM node:20-slim

WORKDIR /app
ENV NODE_ENV=production

# Dependencies first so source edits reuse this layer. Dev dependencies are needed to compile.
COPY package.json package-lock.json ./
RUN npm ci --include=dev

# schema/ and cypher/ are read at run time (found by walking up from dist/), so copy the whole tree.
COPY . .
RUN npm run build && npm prune --omit=dev

USER node
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
