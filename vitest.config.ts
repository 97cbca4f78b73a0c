// Tests that spawn the CLI or LibreOffice take seconds, not milliseconds.
import { defineConfig } from "vitest/config";

/**
 * Tests run apart, by `npm run test:apart` (vitest.apart.config.ts), which CI runs after
 * `npm test`: those that start LibreOffice (20 s: kept out so that `npm test` stays under a
 * minute on 2 cores), and those that compare this process's PDF bytes with a fresh process's
 * (font cache, render pool), which need a module registry no other test file has used.
 */
export const APART_TESTS = [
  "test/render/libreoffice.test.ts",
  "test/review/redline-docx.test.ts",
  "test/render/font-cache.test.ts",
  "test/render/pool.test.ts",
];

export default defineConfig({
  test: {
    // StrykerJS's sandbox copies of the tests live in .stryker-tmp while a mutation run goes on.
    exclude: ["**/node_modules/**", ".stryker-tmp*/**", ...APART_TESTS],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One module registry per worker rather than per file: importing the engine (zod models,
    // pdfmake, fontkit) once per worker instead of once per file cut the suite from 72 s to
    // 48 s on the 2-core machine. It holds because no test mocks a module or keeps state in
    // one; a test that must (test/money/decimal-config.test.ts) reloads the module itself.
    isolate: false,
    // Three workers on two cores: many tests wait on a child process (pdftotext, the CLI), and a
    // waiting worker leaves its core to another (52 s → 47 s for the suite).
    maxWorkers: 3,
  },
});
