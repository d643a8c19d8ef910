import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // A time limit here only guards against a hang: on a shared machine with both cores busy the
    // property tests take many times their idle time, and a verdict must not depend on that.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
