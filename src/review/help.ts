// The help of the review commands, apart from their code: `actes help` and a usage error
// print them without loading what the commands need.

export const DIFF_HELP = `actes diff ANCIEN NOUVEAU [--html FICHIER] [--docx DOSSIER] [--json]

Montre ce qui a changé entre deux versions des actes : le bilan (actes ajoutés, supprimés,
modifiés, inchangés ; montants avant → après), puis, pour chaque acte modifié, son texte
canonique annoté mot à mot. Un article renuméroté ou déplacé est comparé à lui-même : seul
son numéro change.

ANCIEN et NOUVEAU sont chacun :
  un dossier de données        data, ../donnees-v2 (actes construits comme avec --draft)
  une révision git du projet   git:HEAD, git:HEAD~3, git:v1.2 (données et modèles de
                               cette révision, lus sans toucher aux fichiers du projet)
  un dossier de sortie         out (son manifest.json et les .txt des actes)

Options :
  --html FICHIER    une page HTML autonome : la liste des actes, les suppressions
                    <del> et les insertions <ins> dans le texte
  --docx DOSSIER    un DOCX par acte modifié, DOSSIER/<type>/<partenaire>.docx, en
                    révisions Word (auteur « actes ») : tout accepter donne NOUVEAU,
                    tout refuser donne ANCIEN
  --json            le bilan et les annotations en JSON, au lieu du texte
  --modeles DOSSIER les modèles des dossiers de données (par défaut : templates)

Sur un terminal, les suppressions sont en rouge barré, les insertions en vert souligné ;
ailleurs, elles s'écrivent [-ancien-] et {+nouveau+}.

Codes de sortie : 0 aucune différence, 1 différences trouvées, 2 usage ou erreur (une
version illisible, des données invalides).
`;

export const COMPARE_HELP = `actes compare A B [--html FICHIER] [--docx DOSSIER] [--json]

Compare deux documents de toute origine, en texte (.txt), Word (.docx) ou PDF (.pdf) : par
exemple l'avenant généré et celui que le partenaire a renvoyé signé, ressaisi. Seuls les mots
comptent : la mise en page (coupures de ligne et de paragraphe, césures, en-têtes et pieds de
page, numéros de page, cellules de tableau, puces) n'est pas une différence. Les mots
supprimés et ajoutés sont montrés dans les paragraphes de B.

Options :
  --html FICHIER    une page HTML autonome, les suppressions <del> et insertions <ins>
  --docx DOSSIER    DOSSIER/<B>.docx en révisions Word (auteur « actes ») : tout accepter
                    donne le texte de B, tout refuser les mots de A
  --json            le bilan et les annotations en JSON, au lieu du texte

Sur un terminal, les suppressions sont en rouge barré, les insertions en vert souligné ;
ailleurs, elles s'écrivent [-ancien-] et {+nouveau+}.

Codes de sortie : 0 mêmes mots, 1 différences trouvées, 2 usage ou fichier illisible.
`;

export const LINT_HELP = `Usage : actes lint FICHIER… [--final] [--json]

Vérifie la cohérence d'actes de toute origine (générés ou faits à la main), en texte (.txt),
Word (.docx) ou PDF (.pdf) : valeurs à compléter laissées, numérotation des articles et renvois
aux annexes, montants en chiffres et en lettres, parts et total, pourcentages, périodes et
durées, date d'un bilan, date de la Commission Permanente, personnes nommées de deux façons,
signataires absents du préambule. Chaque constat donne le fichier et la ligne (texte), le
paragraphe (Word) ou la page (PDF), un code et un message.

Options :
  --final   le document est présenté comme définitif : toute valeur à compléter
            (XX, N°X, «Champ», ……, [À COMPLÉTER …]) est une erreur
  --json    les constats sous forme de données

Codes de sortie : 0 aucun constat, 1 au moins une erreur trouvée,
2 usage (aucun fichier, fichier illisible ou d'un type non pris en charge).`;

export const ECARTS_HELP = `actes ecarts [DOSSIER] [--only TYPE|SÉANCE|…] [--html FICHIER] [--csv FICHIER]
             [--xlsx FICHIER] [--json]

Met côte à côte les actes d'un même type (par exemple les 24 avenants Accompagnement Global),
comme un tableau de publipostage : une ligne par acte, une colonne par valeur que le modèle
insère (lues dans le modèle lui-même). Signale ce qu'un relecteur regarde : une valeur encore
à compléter, une valeur qui diffère de celle de la plupart des actes du lot (une période, une
date), une clause présente dans certains actes seulement, un montant qui n'est pas places ×
coût de la place, et tout texte fixe qui différerait entre actes aux mêmes clauses (le modèle
est rendu à nouveau, chaque valeur marquée puis retirée : le reste est comparé).

Options :
  --only VALEUR     une séance, un type d'acte, un partenaire ou un acte (comme generate)
  --html FICHIER    une page HTML autonome, cellules signalées en jaune
  --csv FICHIER     CSV (séparateur « ; », UTF-8 avec BOM, pour Excel)
  --xlsx FICHIER    classeur Excel : une feuille par type d'acte, montants en nombres,
                    cellules signalées en jaune avec le constat en commentaire, et une
                    feuille « Constats »
  --json            les tableaux en JSON, au lieu du texte
  --templates DOSSIER  modèles (par défaut : ceux du projet)

Codes de sortie : 0 aucun constat, 1 au moins un constat, 2 usage ou écriture impossible.
`;

export const REVUE_HELP = `actes revue [DOSSIER] [--out DOSSIER] [--depuis ANCIEN] [--json] [--templates DOSSIER]

Écrit une page HTML de revue par séance, DOSSIER_DE_SORTIE/<séance>/revue.html (par défaut
out/) : chaque acte avec son statut (prêt à signer, ou projet et ce qu'il lui manque), ses
montants, les liens vers ses fichiers DOCX, PDF et texte du dossier de sortie (à générer avant
avec actes generate), ce que le lint trouve dans son texte ; puis les tableaux d'écarts entre
actes de chaque type (actes ecarts). La page s'ouvre sans serveur ni connexion.

Options :
  --out DOSSIER     le dossier de sortie où sont les actes (par défaut : out)
  --depuis ANCIEN   ajoute les changements depuis ANCIEN (dossier de données, git:RÉVISION
                    ou dossier de sortie, comme actes diff) : le texte barré et ajouté
  --json            ce que montrent les pages, en JSON (chaque acte : statut, valeurs
                    manquantes, montants, fichiers, constats du lint)
  --templates DOSSIER  modèles (par défaut : ceux du projet)

Codes de sortie : 0 pages écrites, 1 données invalides, 2 usage ou écriture impossible.
`;
