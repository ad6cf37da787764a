import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships CommonJS (main) and ESM (module) builds. Vite would give our sources the ESM one
    // while the libraries Node loads (@graphql-tools, Apollo) get the CommonJS one, and graphql's
    // instanceof checks fail across the two. Node, which runs the app, picks CommonJS for all.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.int.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.int.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          // One Neo4j Community server holds one user database, shared by every test file:
          // files run one after another so a file that reloads the corpus never races another.
          fileParallelism: false,
          // Generous: a test that starts a scratch Neo4j twice needs ~20 s alone, and more on a busy machine.
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
