import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // A time limit here only guards against a hang: on a shared machine with both cores busy the
    // property tests take many times their idle time, and a verdict must not depend on that.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The test files of a worker share one module graph rather than each loading core again: loading was
    // more than half of the suite's time. Isolation would not guard a global anyway (a worker process
    // runs many files either way), so the tests that change one (Object.prototype) restore it in a
    // `finally`; the suite passes with its files in shuffled order (`--sequence.shuffle.files`).
    isolate: false,
  },
});
