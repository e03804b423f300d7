/**
 * One Neo4j for the whole run (Community serves one database): globalSetup resolves it the same way
 * `npm start` does and loads the example world; it fails the run, never skips, when none can be had.
 */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/test/helpers/globalSetup.ts',
  globalTeardown: '<rootDir>/test/helpers/globalTeardown.ts',
  // Tests share one database; a single worker keeps them from racing on it and suits 2 cores.
  maxWorkers: 1,
  testTimeout: 60000,
};
