// Acts declared in actes.yaml as computed: each names its own deliberation (two of the same
// session: n°2022-467 and n°2022-451 of 21 November 2022), and a declaration's signatory stands
// in for its first party's representative only.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Act } from "../../src/compute/acts.ts";
import { computeFolder } from "../../src/compute-folder.ts";
import { DEFAULT_DATA, diagnose } from "../helpers/dataset.ts";

const computed = computeFolder(DEFAULT_DATA).value;
if (!computed) throw new Error("the embedded data is valid");
const act = (acts: readonly Act[], id: string) => {
  const found = acts.find((a) => a.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe("deliberation of each act", () => {
  it("the session's own, or the other one the declaration names", () => {
    expect(act(computed.acts, "cp-2022-11-21/avenant-duree/eurasante").deliberation).toEqual({
      numero: "2022-467",
      rapport: "47",
      intitule: "Appel à projets des politiques d'inclusion durable 2022 - phase 3",
    });
    expect(act(computed.acts, "cp-2022-11-21/avenant-spie-etat/etat").deliberation).toEqual({
      numero: "2022-451",
      rapport: "31",
      intitule:
        "Stratégie nationale de prévention et de lutte contre la pauvreté - expérimentation du service public de l'insertion et de l'emploi - avenant à la convention de financement entre l'État et le Département",
    });
    expect(act(computed.acts, "cp-2022-11-21/avenant-ag/ccas-arras").deliberation.numero).toBe(
      "2022-467",
    );
  });
});

describe("the signatory a declaration names", () => {
  it("replaces the first party's representative, not the others'", () => {
    const rel = "cp-2022-10-17/actes.yaml";
    const text = readFileSync(join(DEFAULT_DATA, rel), "utf8").replace(
      "    parties: [etat, departement-nord]\n",
      "    parties: [etat, departement-nord]\n    signataire: { civilite: Mme, prenom: Anne, nom: MARTIN, fonction: Préfète de région }\n",
    );
    const edited = diagnose({ [rel]: text }, DEFAULT_DATA).result.value;
    if (!edited) throw new Error("valid");
    const tripartite = edited.acts.find((a) => a.type === "convention-bassin-minier");
    const names = tripartite?.parties.map((p) =>
      typeof p.representant === "object" && "nom" in p.representant ? p.representant.nom : "",
    );
    const nord = computed.data.partenaires.get("departement-nord")?.representant;
    expect(names).toEqual(["MARTIN", typeof nord === "object" && "nom" in nord ? nord.nom : "?"]);
    expect(tripartite?.partenaire.id).toBe("etat");
  });

  it("the coopération avenant is signed for Pôle emploi by its Directrice territoriale", () => {
    const coop = act(
      computed.acts,
      "cp-2022-11-21/avenant-cooperation-pole-emploi/pole-emploi-hdf",
    );
    expect(coop.partenaire.representant).toMatchObject({ prenom: "Emmanuelle", nom: "LEROY" });
    // Its partner file keeps its usual representative for the other acts.
    const spie = act(computed.acts, "cp-2022-07-04/avenant-pole-emploi-spie/pole-emploi-hdf");
    expect(spie.partenaire.representant).toMatchObject({ nom: "DANEL" });
  });
});
