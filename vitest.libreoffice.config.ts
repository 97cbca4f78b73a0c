// `npm run test:libreoffice`: the tests that open our DOCX with LibreOffice (page counts equal to
// our PDF's, redlines that open). Run by CI after `npm test`; skipped where soffice is absent.
import { defineConfig } from "vitest/config";
import { LIBREOFFICE_TESTS } from "./vitest.config.ts";

export default defineConfig({
  test: {
    include: LIBREOFFICE_TESTS,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
