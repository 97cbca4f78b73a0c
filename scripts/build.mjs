// npm run build (and `prepare`, so `npm ci` builds it): src/ bundled into plain JavaScript in
// dist/, so that the CLI starts without tsx compiling TypeScript at every run. bin/actes.js
// runs dist/ when it is newer than every file of src/, and src/ through tsx otherwise.
// Usage: node scripts/build.mjs [FOLDER]   (default dist; test/build.test.ts builds elsewhere)
//
// - Code splitting: each `await import()` of the sources stays a chunk loaded on demand, so
//   `validate` and `figures` never load pdfmake or docxtemplater.
// - The packages are bundled too (one file instead of zod's 220 modules, yaml's CJS wrapper…),
//   except pdfmake, whose pdfkit, fontkit and layout classes the PDF renderer patches through
//   their node_modules paths (pdf/font-cache.ts, pdf/justify.ts): they must stay the instances
//   pdfmake requires. exceljs (only `--xlsx`) stays out: large, and loaded on demand anyway.
// - Bundled CommonJS packages require Node's modules: the banner gives each chunk a `require`.
// - Every file lands directly in FOLDER, one level below the project as src/*.ts are: paths
//   taken from import.meta.url (src/project-dir.ts) resolve alike from both, and
//   render/pool.ts finds its worker next to itself as worker-entry.mjs.
// - zod's 64 translations of its own messages (368 KB, parsed by every command) are left out:
//   our messages are French and written here (src/model/), zod's English default is kept
//   (zod imports it by itself, not through its `locales` namespace).
import { rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = resolve(root, process.argv[2] ?? "dist");
if (dirname(outdir) !== resolve(root)) {
  throw new Error(`${outdir} : le dossier de construction doit être dans ${root}`);
}

/** `z.locales` resolves to an empty namespace: nothing here reads it. */
const withoutZodLocales = {
  name: "sans-traductions-zod",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes("/node_modules/zod/")
        ? { path: "zod-locales", namespace: "sans-traductions-zod" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "sans-traductions-zod" }, () => ({
      contents: "export {};",
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: "src/cli.ts", "worker-entry": "src/render/worker.ts" },
  outdir,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["pdfmake", "exceljs"],
  banner: {
    js: 'import { createRequire as __actesRequire } from "node:module"; const require = __actesRequire(import.meta.url);',
  },
  chunkNames: "[name]-[hash]",
  plugins: [withoutZodLocales],
  legalComments: "eof",
  logLevel: "warning",
});
