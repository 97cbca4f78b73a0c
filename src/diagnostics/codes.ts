// The closed list of diagnostic codes. Each has a French title and a default hint; the tests
// hold failing fixtures for the data codes (test/model/validation.test.ts; the one warning,
// FICHIER_IGNORE, in test/model/ignored-files.test.ts; the refusals of issue 8 in
// test/robustness/) and the template codes
// (test/document/templates.test.ts).

export const CODES = {
  DOSSIER_INTROUVABLE: {
    title: "dossier de données introuvable",
    hint: "Indiquez le dossier qui contient departement.yaml (par défaut : data).",
  },
  FICHIER_MANQUANT: {
    title: "fichier obligatoire absent",
    hint: "Créez ce fichier ; le README décrit son contenu.",
  },
  FICHIER_IGNORE: {
    title: "fichier ignoré",
    hint: "Le moteur ne lit que les fichiers décrits dans le README (extension .yaml) : renommez-le, déplacez-le ou supprimez-le.",
  },
  FICHIER_ILLISIBLE: { title: "fichier illisible", hint: "Vérifiez les droits du fichier." },
  CARACTERE_INVALIDE: {
    title: "caractère non imprimable",
    hint: "Retapez la valeur : elle contient un caractère invisible ou invalide, souvent venu d'un copier-coller.",
  },
  CLE_RESERVEE: {
    title: "clé réservée",
    hint: "Renommez cette clé : __proto__, constructor et prototype ne peuvent pas nommer une donnée.",
  },
  FICHIER_SPECIAL: {
    title: "fichier spécial",
    hint: "Un fichier de données est un fichier ordinaire du dossier de données : remplacez ce tube, ce périphérique ou ce lien par une copie du fichier.",
  },
  FICHIER_TROP_GROS: {
    title: "fichier trop volumineux",
    hint: "Un fichier de données ne dépasse pas 1 Mio ; découpez-le.",
  },
  ENCODAGE_INVALIDE: {
    title: "encodage invalide",
    hint: "Enregistrez le fichier en UTF-8.",
  },
  YAML_SYNTAXE: {
    title: "syntaxe YAML invalide",
    hint: "Vérifiez l'indentation (espaces, pas de tabulations) et les deux-points.",
  },
  YAML_VERSION: {
    title: "version de YAML non prise en charge",
    hint: "Supprimez la directive %YAML : seul YAML 1.2 est lu.",
  },
  YAML_MULTI_DOCUMENTS: {
    title: "plusieurs documents dans un fichier",
    hint: "Un fichier contient un seul document : supprimez les séparateurs « --- ».",
  },
  YAML_CLE_DUPLIQUEE: {
    title: "clé en double",
    hint: "Chaque clé n'apparaît qu'une fois ; supprimez ou renommez l'une des deux.",
  },
  YAML_TAG_INTERDIT: {
    title: "étiquette YAML interdite",
    hint: "Supprimez l'étiquette (« !… ») : les types viennent du modèle.",
  },
  YAML_ALIAS_INTERDIT: {
    title: "ancre ou alias interdit",
    hint: "Écrivez la valeur elle-même, ou faites référence à un identifiant.",
  },
  YAML_IMBRICATION: {
    title: "imbrication trop profonde",
    hint: "Les données n'ont pas besoin de plus de 12 niveaux.",
  },
  CHAMP_MANQUANT: { title: "champ obligatoire absent", hint: "Ajoutez ce champ." },
  CHAMP_INCONNU: {
    title: "champ inconnu",
    hint: "Vérifiez l'orthographe ; le README liste les champs permis.",
  },
  TYPE_INVALIDE: { title: "valeur de type inattendu", hint: "Voyez la forme attendue." },
  VALEUR_INVALIDE: { title: "valeur non permise", hint: "Choisissez l'une des valeurs permises." },
  IDENTIFIANT_INVALIDE: {
    title: "identifiant invalide",
    hint: "Un identifiant s'écrit en minuscules sans accent, mots séparés par des tirets : ccas-arras.",
  },
  DATE_INVALIDE: {
    title: "date invalide",
    hint: "Écrivez une date réelle au format AAAA-MM-JJ : 2022-12-01.",
  },
  PERIODE_INVERSEE: {
    title: "période inversée",
    hint: "La date de début précède (ou égale) la date de fin.",
  },
  PERIODE_NON_MENSUELLE: {
    title: "période en mois non entiers",
    hint: "Le prorata se calcule en mois entiers : commencez le 1er et finissez le dernier jour d'un mois.",
  },
  MONTANT_INVALIDE: {
    title: "montant invalide",
    hint: "Écrivez le montant avec un point décimal, sans espace ni symbole : 1234.50",
  },
  NOMBRE_INVALIDE: {
    title: "nombre invalide",
    hint: "Écrivez un nombre entier positif, sans espace : 55",
  },
  TAUX_INVALIDE: { title: "taux invalide", hint: "Écrivez un pourcentage : 80" },
  SIRET_INVALIDE: {
    title: "SIRET invalide",
    hint: "Un SIRET a 14 chiffres et passe la clé de Luhn ; recopiez-le depuis l'avis de situation SIRENE.",
  },
  IBAN_INVALIDE: {
    title: "IBAN invalide",
    hint: "Recopiez l'IBAN depuis le RIB : sa clé (modulo 97) ne correspond pas.",
  },
  BIC_INVALIDE: {
    title: "BIC invalide",
    hint: "Un BIC a 8 ou 11 caractères : 4 lettres (banque), 2 lettres (pays), 2 caractères (lieu), 3 facultatifs.",
  },
  VALEUR_FICTIVE: {
    title: "valeur fictive",
    hint: "Une valeur inconnue s'écrit exactement À COMPLÉTER : le moteur la signale et bloque la signature.",
  },
  REFERENCE_INCONNUE: {
    title: "référence inconnue",
    hint: "Vérifiez l'identifiant : il doit désigner un fichier ou une clé existants.",
  },
  CHAMP_DISPOSITIF: {
    title: "champ incompatible avec le dispositif",
    hint: "Voyez dans le README les champs de chaque dispositif.",
  },
  TOTAL_INCOHERENT: {
    title: "total différent de la somme des lignes",
    hint: "Le moteur recalcule les totaux : corrigez la ligne fautive ou le total recopié.",
  },
  DISPONIBLE_DEPASSE: {
    title: "proposition supérieure au disponible",
    hint: "La proposition d'une ligne budgétaire ne peut dépasser son disponible.",
  },
  LOGO_INVALIDE: {
    title: "logo invalide",
    hint: "Indiquez le chemin, relatif au dossier de données, d'une image PNG ou JPEG de ce dossier : logo.png.",
  },
  MODELE_INVALIDE: {
    title: "modèle de document invalide",
    hint: "Corrigez le modèle (templates/*.hbs) à la ligne indiquée.",
  },
  VALEUR_ECRITE_A_LA_MAIN: {
    title: "valeur écrite à la main dans un modèle",
    hint: "Un modèle prend chaque montant, date de l'acte et numéro d'article des données et des chiffres calculés : remplacez le texte par la valeur ({{montants.total.chiffres}}, {{seance.date.long}}, <article title=\"…\">).",
  },
  MODELE_WORD_INVALIDE: {
    title: "modèle Word invalide",
    hint: "Corrigez le paragraphe indiqué dans le document Word (valeurs {partenaire.nom}, sections {#si …} … {/si}, {#chaque …} … {/chaque}, styles actes-…), puis relancez actes modele importer.",
  },
  CHAMP_SANS_CORRESPONDANCE: {
    title: "champ de fusion sans correspondance",
    hint: "Ajoutez au fichier de correspondances la ligne « Champ: chemin.de.la.valeur ».",
  },
  DOSSIER_SORTIE_INVALIDE: {
    title: "dossier de sortie mal placé",
    hint: "Choisissez un dossier de sortie à côté du dossier de données, pas dedans : --out out.",
  },
  ACTE_INCOHERENT: {
    title: "acte généré incohérent",
    hint: "Le lint a trouvé une incohérence dans le texte produit : corrigez le modèle ou les données, rien n'est écrit pour cet acte.",
  },
  VALEUR_A_COMPLETER: {
    title: "valeur encore à compléter",
    hint: "Complétez la valeur dans les données, ou générez un projet avec --draft.",
  },
  // The lint of acts (src/review/lint/, issue 7 §4); fixtures in test/review/.
  TEXTE_A_COMPLETER: {
    title: "valeur à compléter dans un document définitif",
    hint: "Remplacez la marque par la valeur, ou présentez le document comme un projet.",
  },
  ARTICLE_EN_DOUBLE: {
    title: "numéro d'article en double",
    hint: "Renumérotez les articles à la suite : 1, 2, 3…",
  },
  ARTICLE_MANQUANT: {
    title: "numéro d'article sauté",
    hint: "Renumérotez les articles à la suite, ou rétablissez l'article manquant.",
  },
  ARTICLE_DESORDONNE: {
    title: "articles dans le désordre",
    hint: "Renumérotez les articles dans l'ordre du document.",
  },
  ANNEXE_INCONNUE: {
    title: "renvoi à une annexe absente",
    hint: "Corrigez le numéro de l'annexe, ou joignez-la au document.",
  },
  MONTANT_EN_LETTRES: {
    title: "montant en lettres différent du montant en chiffres",
    hint: "Réécrivez le montant en lettres d'après le montant en chiffres (ou l'inverse).",
  },
  SOMME_INCOHERENTE: {
    title: "total différent de la somme de ses parts",
    hint: "Refaites l'addition : corrigez la part fautive ou le total.",
  },
  POURCENTAGE_FAUX: {
    title: "montant qui ne fait pas le pourcentage annoncé",
    hint: "Recalculez le montant d'après le taux et le montant de base, arrondi au centime.",
  },
  DATE_FIN_AVANT_DEBUT: {
    title: "période qui finit avant de commencer",
    hint: "Vérifiez les deux dates de la période.",
  },
  DUREE_INCOHERENTE: {
    title: "durée incompatible avec la date de fin",
    hint: "Une durée de N mois à compter du jour J finit la veille du même jour N mois plus tard.",
  },
  BILAN_AVANT_FIN: {
    title: "bilan dû avant la fin de sa période",
    hint: "Le bilan porte sur toute la période : fixez son échéance après la fin de celle-ci.",
  },
  DATE_SEANCE_DIVERGENTE: {
    title: "Commission Permanente datée de deux façons",
    hint: "Une séance a une seule date : reprenez celle de la délibération.",
  },
  PERSONNE_DEUX_NOMS: {
    title: "personne nommée de deux façons",
    hint: "Écrivez le nom, le prénom et la civilité de la personne de la même façon partout.",
  },
  SIGNATAIRE_INCONNU: {
    title: "signataire absent du préambule",
    hint: "Chaque signataire est une partie nommée au préambule (« Entre … et … ») : retirez le bloc de signature en trop ou ajoutez la partie.",
  },
  DUREE_DIVERGENTE: {
    title: "durée donnée de deux façons",
    hint: "Donnez une seule durée à l'acte.",
  },
  // The import of a répartition and the skeletons of new data (issue 12).
  COLONNE_MANQUANTE: {
    title: "colonne absente",
    hint: "Ajoutez la colonne à la ligne d'en-tête (actes help importer liste les colonnes et leurs autres noms).",
  },
  COLONNE_INCONNUE: {
    title: "colonne inconnue",
    hint: "Renommez l'en-tête comme actes help importer le nomme ; une colonne inconnue sans nom proche est ignorée.",
  },
  FICHIER_EXISTANT: {
    title: "fichier déjà présent",
    hint: "Rien n'est remplacé sans qu'on le demande : actes importer remplace operations.yaml avec --remplacer ; actes nouveau ne remplace jamais, choisissez un autre identifiant ou complétez le fichier existant.",
  },
  ACTE_EN_ECHEC: {
    title: "acte non généré",
    hint: "Voyez la cause ci-dessus ; les autres actes ont été générés.",
  },
} as const satisfies Record<string, { title: string; hint: string }>;

export type Code = keyof typeof CODES;
