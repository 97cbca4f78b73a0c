// `actes revue` in a real browser: Debian's headless Chromium (driven by playwright-core) opens
// the session's page from the out folder — no console error, no request but the page itself,
// every link resolves (files on disk, anchors in the page), a redline shows its deletions and
// insertions. CCAS d'Arras goes from 55 to 60 places: 13 750,00 € → 15 000,00 € (250 € a place);
// the next 55-place line gives 5 places back, so the written totals of the session still hold.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/pipeline.ts";
import { actes } from "../helpers/cli.ts";
import { DEFAULT_DATA, withFiles } from "../helpers/dataset.ts";

const CHROMIUM = "/usr/bin/chromium";
const TEMPLATES = join(import.meta.dirname, "..", "..", "templates");
const OPS = "cp-2022-11-21/operations.yaml";

// Without the background-networking flags Chromium tries to reach Google's hosts at start.
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

describe.skipIf(!existsSync(CHROMIUM))("the review page in Chromium", () => {
  const out = mkdtempSync(join(tmpdir(), "actes-revue-"));
  const original = readFileSync(join(DEFAULT_DATA, OPS), "utf8");
  const at = original.indexOf("partenaire: ccas-arras");
  const data = withFiles(
    {
      [OPS]: `${original.slice(0, at)}${original
        .slice(at)
        .replace("places: 55", "places: 60")
        .replace("places: 55", "places: 50")}`,
    },
    DEFAULT_DATA,
  );
  const page = join(out, "cp-2022-11-21", "revue.html");
  let browser: Browser;
  let revue: Awaited<ReturnType<typeof actes>>;

  beforeAll(async () => {
    // Two acts on disk, so that some links point at files and the others say « absent ».
    await generate({
      dataDir: data.dir,
      templatesDir: TEMPLATES,
      outDir: out,
      only: ["avenant-ag/ccas-arras", "avenant-fpel"],
      formats: ["docx", "pdf", "txt"],
      draft: true,
      jobs: 1,
    });
    revue = await actes(["revue", data.dir, "--out", out, "--depuis", DEFAULT_DATA]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    data.cleanup();
    rmSync(out, { recursive: true, force: true });
  });

  it("writes one page per session and says where", () => {
    expect(revue.code).toBe(0);
    expect(revue.out).toBe(
      `✔ 4 pages de revue : ${join(out, "cp-2022-07-04", "revue.html")}, ${join(out, "cp-2022-10-17", "revue.html")}, ${page}, ${join(out, "cp-2022-12-13", "revue.html")}\n`,
    );
  });

  it("loads with no console error and no request but the page", async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    tab.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    tab.on("pageerror", (e) => errors.push(e.message));
    tab.on("request", (r) => requests.push(r.url()));
    await tab.goto(pathToFileURL(page).href);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(page).href]);
    expect(await tab.title()).toBe(
      "Revue — Commission Permanente du 21 novembre 2022 (cp-2022-11-21)",
    );
  });

  it("every link resolves: the act's files on disk, each anchor in the page", async () => {
    const tab = await browser.newPage();
    await tab.goto(pathToFileURL(page).href);
    const links = await tab.$$eval("a[href]", (as) =>
      as.map((a) => ({ href: (a as HTMLAnchorElement).href, raw: a.getAttribute("href") ?? "" })),
    );
    const files = links.filter((l) => !l.raw.startsWith("#"));
    // CCAS d'Arras and the FPEL avenant, three formats each.
    expect(files.map((l) => l.raw).sort()).toEqual([
      "avenant-ag/ccas-arras.projet.docx",
      "avenant-ag/ccas-arras.projet.pdf",
      "avenant-ag/ccas-arras.projet.txt",
      "avenant-fpel/caf-pas-de-calais.projet.docx",
      "avenant-fpel/caf-pas-de-calais.projet.pdf",
      "avenant-fpel/caf-pas-de-calais.projet.txt",
    ]);
    for (const l of files) expect(existsSync(fileURLToPath(l.href)), l.raw).toBe(true);
    for (const l of links.filter((l) => l.raw.startsWith("#"))) {
      expect(await tab.$(`[id="${l.raw.slice(1)}"]`), l.raw).not.toBeNull();
    }
  });

  it("shows the act's new amounts, and its redline with the deletion and the insertion", async () => {
    const tab = await browser.newPage();
    await tab.goto(pathToFileURL(page).href);
    const row = tab.locator('tr[id="acte-cp-2022-11-21-avenant-ag-ccas-arras"]');
    expect(await row.locator("td.n").allInnerTexts()).toEqual([
      "15\u202f000,00\u00a0€",
      "12\u202f000,00\u00a0€",
      "3\u202f000,00\u00a0€",
    ]);
    const redline = tab.locator('section[id="acte-cp-2022-11-21-avenant-ag-ccas-arras"]');
    expect(await redline.locator("del").allInnerTexts()).toContain("13\u202f750,00\u00a0€");
    expect(await redline.locator("ins").allInnerTexts()).toContain("15\u202f000,00\u00a0€");
    // Deleted text is struck through by the page's own style, not the browser's default only.
    const color = await redline
      .locator("del")
      .first()
      .evaluate((e) => getComputedStyle(e).color);
    expect(color).toBe("rgb(155, 28, 28)");
  });
});
