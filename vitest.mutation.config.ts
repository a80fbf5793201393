import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/**
 * The tests StrykerJS runs against each mutant of `src/domain` (npm run test:mutation): the domain's own
 * unit tests, in Node (the domain is pure: no DOM, no IndexedDB).
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'node',
      include: ['src/domain/**/*.test.ts'],
      testTimeout: 20_000,
    },
  }),
);
