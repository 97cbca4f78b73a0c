// Builds a data folder N times larger than the default one: every allocation line of the
// default data repeated N times with partners copied under new ids. For the benchmark only.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { Document, parseDocument } from "yaml";

export function scaleData(from: string, to: string, factor: number): void {
  cpSync(from, to, { recursive: true });
  const partners = readdirSync(join(from, "partenaires")).map((f) => f.replace(/\.yaml$/, ""));
  for (let k = 2; k <= factor; k++) {
    for (const p of partners) {
      cpSync(join(from, "partenaires", `${p}.yaml`), join(to, "partenaires", `${p}-x${k}.yaml`));
    }
  }
  for (const session of readdirSync(from).filter((d) => d.startsWith("cp-"))) {
    mkdirSync(join(to, session), { recursive: true });
    // A session whose acts are all declared (actes.yaml) has no lines to repeat: copied as is.
    if (!existsSync(join(from, session, "operations.yaml"))) continue;
    // Declared acts next to lines count what the lines fund (the coopération avenant's
    // référents): they do not scale with copied lines, and are left out of the larger batch.
    rmSync(join(to, session, "actes.yaml"), { force: true });
    const ops = parseDocument(readFileSync(join(from, session, "operations.yaml"), "utf8"));
    const seance = parseDocument(readFileSync(join(from, session, "seance.yaml"), "utf8"));
    const json = ops.toJS() as {
      thematiques: {
        total?: string;
        operations: {
          total?: string;
          allocations: { partenaire: string; convention?: { numero?: string } }[];
        }[];
      }[];
    };
    for (const t of json.thematiques) {
      delete t.total;
      for (const o of t.operations) {
        delete o.total;
        const base = o.allocations;
        o.allocations = Array.from({ length: factor }, (_, i) =>
          base.map((a) => ({
            ...a,
            partenaire: i === 0 ? a.partenaire : `${a.partenaire}-x${i + 1}`,
            // A copy's convention is its own: one avenant of one convention is one act.
            ...(i === 0 || !/^\d/.test(a.convention?.numero ?? "")
              ? {}
              : { convention: { ...a.convention, numero: `${a.convention?.numero}-x${i + 1}` } }),
          })),
        ).flat();
      }
    }
    const budget = seance.toJS() as {
      budget: Record<string, { disponible: string; proposition?: string }>;
    };
    for (const line of Object.values(budget.budget)) {
      line.disponible = (Number(line.disponible) * factor).toFixed(2);
      delete line.proposition;
    }
    writeFileSync(join(to, session, "operations.yaml"), stringify(json));
    writeFileSync(join(to, session, "seance.yaml"), stringify(budget));
  }
}

/** YAML text of a plain value (scalars stay text: the data was read as text). */
function stringify(value: unknown): string {
  return new Document(value, { aliasDuplicateObjects: false }).toString({ lineWidth: 0 });
}
