// npm run test:mutation: mutation testing of src/domain with StrykerJS (not part of npm test: it takes long).
// Each mutant of the domain code is run against the domain's tests; a mutant no test notices "survives".
// Reports go under node_modules/.cache (never into the repository); the score is in the README.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/domain/**/*.ts', '!src/domain/**/*.test.ts', '!src/domain/**/json-schema.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20_000,
  tempDirName: 'node_modules/.cache/stryker-tmp',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'node_modules/.cache/stryker/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  ignoreStatic: true,
};
