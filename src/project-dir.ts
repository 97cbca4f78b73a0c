// The project's own folder (templates, git history), found from this module's place. Why a
// module of its own: the build (scripts/build.mjs) puts every bundled file directly in dist/,
// one level below the project as this file is in src/, so "../" is the project from both.
import { fileURLToPath } from "node:url";

export const PROJECT_URL = new URL("../", import.meta.url);
export const PROJECT_DIR = fileURLToPath(PROJECT_URL);
