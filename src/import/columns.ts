// The columns of a répartition: one row per allocation line, each column one field of
// operations.yaml. The exporter writes these headers; the importer recognises them, and their
// other usual names, whatever their case and accents. The one table both sides read.
import type { Kind } from "./cells.ts";
import { plainWords } from "./words.ts";

export type Level = "thematique" | "operation" | "allocation";

export interface Column {
  /** The header the exporter writes. */
  readonly header: string;
  /** Other headers met in DPID's sheets, compared as plain words. */
  readonly aliases?: readonly string[];
  readonly level: Level;
  /** The field inside its level: ["convention", "numero"]. */
  readonly path: readonly string[];
  readonly kind: Kind;
  /** The cell may say « À COMPLÉTER ». */
  readonly gap?: boolean;
}

const col = (
  header: string,
  level: Level,
  path: string,
  kind: Kind,
  aliases: readonly string[] = [],
  gap = false,
): Column => ({ header, aliases, level, path: path.split("."), kind, ...(gap ? { gap } : {}) });

export const COLUMNS: readonly Column[] = [
  col("n° thématique", "thematique", "numero", "count", ["numero thematique"]),
  col("thématique", "thematique", "intitule", "text", ["intitule thematique"]),
  col("n° opération", "operation", "numero", "count", ["numero operation"]),
  col("opération", "operation", "intitule", "text", [
    "intitule operation",
    "intitule de l operation",
  ]),
  col("dispositif", "operation", "dispositif", "text"),
  col("ligne budgétaire", "operation", "ligne", "text", [
    "ligne",
    "code operation",
    "code ligne budgetaire",
  ]),
  col("convention citée", "operation", "acte.convention", "text", ["titre de la convention"]),
  col("annexe", "operation", "acte.annexe", "count", [
    "n annexe",
    "numero annexe",
    "numero d annexe",
  ]),
  col("partenaire", "allocation", "partenaire", "text", [
    "structure",
    "organisme",
    "porteur",
    "beneficiaire",
  ]),
  col("territoire", "allocation", "territoire", "text"),
  col("description", "allocation", "description", "text", ["objet", "action"]),
  col("portefeuilles", "allocation", "portefeuilles", "count", ["nombre de portefeuilles"]),
  col("places", "allocation", "places", "count", ["nombre de places", "nb places"]),
  col("montant", "allocation", "montant", "money", [
    "montant attribue",
    "montant propose",
    "montant accorde",
    "montant eur",
    "montant euros",
  ]),
  col("avance (%)", "allocation", "avance", "percent"),
  col("début", "allocation", "periode.debut", "date", [
    "date de debut",
    "debut periode",
    "debut de la periode",
  ]),
  col("fin", "allocation", "periode.fin", "date", [
    "date de fin",
    "fin periode",
    "fin de la periode",
  ]),
  col("durée (mois)", "allocation", "periode.duree_mois", "count", ["duree", "duree en mois"]),
  col(
    "convention n°",
    "allocation",
    "convention.numero",
    "text",
    ["n convention", "numero de convention", "numero convention", "convention numero"],
    true,
  ),
  col(
    "convention date",
    "allocation",
    "convention.date",
    "date",
    ["date de la convention", "date convention", "date de signature de la convention"],
    true,
  ),
  col(
    "avenant n°",
    "allocation",
    "avenant",
    "count",
    ["n avenant", "numero d avenant", "numero avenant", "avenant"],
    true,
  ),
  col(
    "délibération du partenaire",
    "allocation",
    "deliberation_structure",
    "date",
    [
      "deliberation structure",
      "deliberation de la structure",
      "date de deliberation du partenaire",
    ],
    true,
  ),
  col("profil", "allocation", "profil", "text", ["profil du professionnel"], true),
  col(
    "avenant précédent",
    "allocation",
    "avenant_precedent",
    "date",
    ["date de l avenant precedent"],
    true,
  ),
];

/** The columns a sheet cannot do without. */
export const REQUIRED = ["thématique", "opération", "partenaire"] as const;
/** At least one of these: what the line is worth. */
export const FIGURES = ["places", "montant"] as const;

/** Words a header may hold or not: « date de fin » is « date fin ». */
const FILLERS = new Set(["de", "d", "du", "des", "la", "le", "l", "les", "en"]);

/**
 * A header as plain words without fillers.
 * @example headerWords("N° de la convention") // "n convention"
 */
export function headerWords(header: string): string {
  return plainWords(header)
    .split(" ")
    .filter((w) => !FILLERS.has(w))
    .join(" ");
}

const BY_NAME = new Map(
  COLUMNS.flatMap((c) => [c.header, ...(c.aliases ?? [])].map((n) => [headerWords(n), c] as const)),
);

/** The column a header names, if any: « N° d'avenant » → avenant n°. */
export function columnNamed(header: string): Column | undefined {
  return BY_NAME.get(headerWords(header));
}

/** Every name a header may take, as plain words: for « voulez-vous dire ». */
export const COLUMN_NAMES: readonly string[] = [...BY_NAME.keys()];

export const column = (header: string): Column => {
  const found = COLUMNS.find((c) => c.header === header);
  if (!found) throw new Error(`no column ${header}`);
  return found;
};
