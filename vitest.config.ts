// Tests that spawn the CLI or LibreOffice take seconds, not milliseconds.
import { defineConfig } from "vitest/config";

/**
 * Tests run apart, by `npm run test:apart` (vitest.apart.config.ts), which CI runs after
 * `npm test`: those that start LibreOffice (20 s), and those that render acts again in fresh
 * processes (font cache, paragraph cache, render pool, another time zone, a killed run: 20 s of CPU), which keeps npm test
 * under a minute on two cores; and the review page opened in Chromium.
 */
export const APART_TESTS = [
  "test/render/libreoffice.test.ts",
  "test/review/redline-docx.test.ts",
  "test/render/font-cache.test.ts",
  "test/render/inline-cache.test.ts",
  "test/render/pool.test.ts",
  "test/render/pool-batch.test.ts",
  "test/review/revue-browser.test.ts",
  "test/generate-processes.test.ts",
  "test/build.test.ts",
  "test/dossier/libreoffice-dossier.test.ts",
  "test/modele/libreoffice-modele.test.ts",
];

export default defineConfig({
  test: {
    // StrykerJS's sandbox copies of the tests live in .stryker-tmp while a mutation run goes on.
    exclude: ["**/node_modules/**", ".stryker-tmp*/**", ...APART_TESTS],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One module registry per worker, shared by its test files: importing the engine once per
    // worker instead of once per file halves the suite's time. The renderer's patches of
    // pdfmake and fontkit mark what they patched, so a file that resets the registry
    // (vi.resetModules) does not patch them twice (test/render/pdf.test.ts).
    isolate: false,
    // Three workers on two cores: many tests wait on a child process (pdftotext, the CLI), and a
    // waiting worker leaves its core to another.
    maxWorkers: 3,
  },
});
