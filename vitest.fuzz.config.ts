/**
 * `npm run fuzz`: every law of test/property with long runs (FUZZ_RUNS, default 200,000 per law)
 * and a seed (FUZZ_SEED, or a fresh one that is printed), against the built package: the laws
 * import src/index.ts, which is aliased to dist/index.js here, 5× faster than the dev transform.
 * A counterexample found here becomes a regression row in the unit tables.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

process.env.FUZZ_RUNS ??= '200000';
process.env.FUZZ_SEED ??= String(Date.now() % 2 ** 31);
console.log(
  `fuzz: ${process.env.FUZZ_RUNS} runs per law, seed ${process.env.FUZZ_SEED} (rerun with FUZZ_SEED=${process.env.FUZZ_SEED})`,
);

export default defineConfig({
  resolve: {
    alias: [
      { find: /^(\.\.\/)+src\/index\.ts$/, replacement: fileURLToPath(new URL('./dist/index.js', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/property/**/*.test.ts'],
    testTimeout: 0,
    hookTimeout: 0,
    // The hostile-input tests are the same as in npm test: not repeated here.
    testNamePattern: '^(?!.*large and hostile).*$',
  },
});
