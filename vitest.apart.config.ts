// `npm run test:apart`: the tests that open our DOCX with LibreOffice (page counts equal to our
// PDF's, redlines that open; skipped where soffice is absent) and those that compare bytes with a
// fresh process (one module registry per file here, vitest's default). Run by CI after npm test.
import { defineConfig } from "vitest/config";
import { APART_TESTS } from "./vitest.config.ts";

export default defineConfig({
  test: {
    include: APART_TESTS,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
