// The help of `actes importer` and `actes exporter`, with the columns of a répartition as
// columns.ts lists them (the help cannot drift from what the importer reads).
import { COLUMNS, FIGURES, REQUIRED } from "./columns.ts";

const columnList = COLUMNS.map(
  (c) =>
    `  ${c.header.padEnd(28)}${c.aliases && c.aliases.length > 0 ? `ou ${c.aliases.join(", ")}` : ""}`,
).join("\n");

export const IMPORTER_HELP = `actes importer FICHIER.xlsx|FICHIER.csv --seance DOSSIER [--feuille NOM] [--remplacer]

Lit la répartition financière d'une séance dans un classeur Excel ou un fichier CSV
(une ligne par ligne d'allocation) et écrit DOSSIER/operations.yaml, chaque intitulé
et chaque partenaire suivi, en commentaire, de sa cellule (# repartition.xlsx!I12).
Le fichier n'est écrit que si le moteur valide tout le dossier de données avec lui ;
sinon toutes les erreurs sont listées, chacune avec sa cellule (repartition.xlsx!I12,
ou repartition.csv:12:9 : ligne 12, 9e champ), sa colonne et ce qui était attendu.
Un operations.yaml existant n'est remplacé qu'avec --remplacer (de façon atomique).

La ligne d'en-tête (l'une des dix premières lignes, celle qui nomme le partenaire)
nomme les colonnes, sans souci de majuscules ni d'accents ; obligatoires :
${REQUIRED.join(", ")}, et ${FIGURES.join(" ou ")}. Une cellule vide de thématique ou
d'opération continue celle du dessus ; le dispositif, la ligne budgétaire, la
convention citée et l'annexe s'écrivent une fois par opération (ou à l'identique) ;
sans colonne dispositif, il est déduit de l'intitulé de l'opération s'il le nomme.
Le partenaire s'écrit par son identifiant (ccas-arras), son nom ou son sigle.
Une ligne sans partenaire qui contient « Total » est ignorée ; les totaux sont calculés.
Colonnes reconnues (celles qu'écrit actes exporter, puis leurs autres noms) :
${columnList}

Formats lus : montants en nombres ou en texte « 13 750,00 € » (virgule décimale,
espaces insécables) ; dates en cellules date, en numéros de série Excel ou en texte
01/12/2022 ; pourcentages 80, « 80 % » ou cellule au format 0 % ; codes à zéros en
tête gardés (07001) ; « À COMPLÉTER » là où le modèle l'accepte. CSV séparé par « ; »,
« , » ou tabulation, en UTF-8 (avec ou sans BOM) ou en Windows-1252.

Options :
  --seance DOSSIER  le dossier de la séance (data/cp-2022-11-21), qui contient seance.yaml
  --feuille NOM     la feuille à lire (par défaut : celle qui porte le nom du dossier
                    de la séance, sinon la première)
  --remplacer       remplace l'operations.yaml existant
  --help            cette aide

Exemples (sur une copie des données embarquées : cp -r data essai) :
  actes exporter essai --xlsx repartition.xlsx
  actes importer repartition.xlsx --seance essai/cp-2022-11-21 --remplacer
`;

export const EXPORTER_HELP = `actes exporter [DOSSIER] --xlsx FICHIER

Écrit la répartition financière de chaque séance du DOSSIER de données (par défaut :
data) dans un classeur Excel, une feuille par séance, nommée comme son dossier ; ou
d'une seule séance si DOSSIER est un dossier de séance (data/cp-2022-11-21). Une ligne
par ligne d'allocation, une colonne par champ : le tableau qu'actes importer relit
(montants en nombres au format euro, dates en cellules date, « À COMPLÉTER » gardé).
La période de l'opération est recopiée sur chacune de ses lignes.

Options :
  --xlsx FICHIER    le classeur à écrire
  --help            cette aide

Exemples (sur les données embarquées) :
  actes exporter --xlsx repartition.xlsx
  actes exporter data/cp-2022-11-21 --xlsx cp-2022-11-21.xlsx
`;
