// The help of `actes modele`, apart from its code.

export const MODELE_HELP = `actes modele exporter TYPE [--out FICHIER.docx]
actes modele importer FICHIER.docx [--type TYPE] [--ecrire] [--correspondances FICHIER.yaml]

Le modèle d'un type d'acte (templates/TYPE.hbs) en document Word que le service
juridique modifie dans Word ou LibreOffice, puis relu en modèle.

  exporter TYPE   écrit le modèle en .docx (par défaut : TYPE.docx) : le texte fixe avec
                  sa mise en forme (titres, gras, italique, souligné, listes, tableaux,
                  sauts de page), chaque valeur en balise surlignée en jaune
                  {partenaire.nom}, chaque partie conditionnelle ou répétée entre deux
                  balises surlignées en bleu : {#si …} … {sinon} … {/si}, {^si …} … {/si}
                  (si la valeur est absente), {#chaque …} … {/chaque} ; chaque bloc
                  commun en balise verte {> signature …}. Ce que Word ne montre pas
                  (article, annexe, leur fin, largeurs d'un tableau, titre du document)
                  est un paragraphe gris de style actes-… : gardez-le et son style.
  importer F      relit le document : chaque balise est vérifiée sur les valeurs que
                  le type d'acte offre (une balise inconnue, une section non fermée,
                  une balise coupée sont des erreurs qui nomment le paragraphe : son
                  numéro et ses premiers mots) ; le modèle obtenu passe les contrôles
                  du chargement des modèles ; puis chaque acte du type est produit avec
                  le modèle actuel et avec le nouveau, et les changements du texte sont
                  montrés mot à mot. Rien n'est écrit sans --ecrire (de façon atomique).

Options :
  --out FICHIER.docx      le document à écrire (exporter)
  --type TYPE             le type d'acte (importer ; par défaut : celui que le
                          document exporté porte dans ses propriétés)
  --ecrire                écrit templates/TYPE.hbs (importer)
  --correspondances F     un ancien modèle de publipostage : ses champs «Champ»
                          (champs MERGEFIELD de Word, ou tapés entre « ») prennent
                          les valeurs que F leur associe, une ligne par champ :
                            Montant_financier_prévu_solidarité: montants.total.chiffres
                          Les champs sans correspondance sont tous listés ; rien n'est écrit.
  --templates DOSSIER     le dossier des modèles (par défaut : celui du projet)
  --donnees DOSSIER       les données dont les actes sont produits (par défaut : data)
  --help                  cette aide

Exemples (sur les données embarquées ; une copie des modèles : cp -r templates essai-modeles) :
  actes modele exporter avenant-fpel --out avenant-fpel.docx
  actes modele importer avenant-fpel.docx
  actes modele importer avenant-fpel.docx --templates essai-modeles --ecrire
`;
