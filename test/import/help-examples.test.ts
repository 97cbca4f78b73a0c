// The examples of `actes help importer|exporter|nouveau|modele` run, as printed, on the embedded
// data (or on a copy of it, « essai », where they write; « essai-modeles », a copy of the
// templates): a help that lies fails here.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { actes } from "../helpers/cli.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";

const tmp = mkdtempSync(join(tmpdir(), "actes-exemples-"));
cpSync(DEFAULT_DATA, join(tmp, "essai"), { recursive: true });
cpSync(join(DEFAULT_DATA, "..", "templates"), join(tmp, "essai-modeles"), { recursive: true });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The example lines of a command's help, as argument lists (double quotes kept together). */
async function examples(command: string): Promise<string[][]> {
  const help = (await actes(["help", command])).out;
  const section = help.slice(help.indexOf("Exemples"));
  return [...section.matchAll(/^ {2}actes (.+)$/gm)].map((m) =>
    [...(m[1] ?? "").matchAll(/"([^"]*)"|(\S+)/g)].map((a) => a[1] ?? a[2] ?? ""),
  );
}

/** Where the example writes: the copies « essai », « essai-modeles » and new files go to the temporary folder. */
const at = (arg: string) =>
  /^essai(?:-modeles)?(?:\/|$)/.test(arg) || /\.(?:xlsx|docx)$/.test(arg) ? join(tmp, arg) : arg;

describe("the help's examples", () => {
  it.each(["exporter", "importer", "nouveau", "modele"])(
    "actes help %s: each example runs",
    async (command) => {
      const list = await examples(command);
      expect(list.length).toBeGreaterThan(0);
      for (const args of list) {
        const r = await actes(args.map(at));
        expect(r.code, `actes ${args.join(" ")}\n${r.err}`).toBe(0);
      }
    },
  );

  it("lists the new commands in actes help", async () => {
    const help = (await actes(["help"])).out;
    for (const line of [
      "actes importer FICHIER --seance DOSSIER",
      "actes exporter [DOSSIER] --xlsx FICHIER",
      "actes nouveau partenaire ID",
      "actes modele exporter TYPE [--out FICHIER.docx]",
      "actes modele importer FICHIER.docx",
    ]) {
      expect(help).toContain(line);
    }
    expect((await actes(["help", "importer"])).out).toContain(
      "montant                     ou montant attribue",
    );
  });
});
