// Tests that spawn the CLI or LibreOffice take seconds, not milliseconds.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // StrykerJS's sandbox copies of the tests live in .stryker-tmp while a mutation run goes on.
    exclude: ["**/node_modules/**", ".stryker-tmp*/**"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One module registry per worker rather than per file: importing the engine (zod models,
    // pdfmake, fontkit) once per worker instead of once per file cut the suite from 72 s to
    // 48 s on the 2-core machine. It holds because no test mocks a module or keeps state in
    // one; a test that must (test/money/decimal-config.test.ts) reloads the module itself.
    isolate: false,
  },
});
