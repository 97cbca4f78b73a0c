// Tests that spawn the CLI or LibreOffice take seconds, not milliseconds.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
