// French messages for the errors of the `yaml` parser, by its error code.
const MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: "clé en double",
  TAB_AS_INDENT: "tabulation utilisée pour indenter",
  BAD_INDENT: "indentation incorrecte",
  BAD_ALIAS: "alias mal formé",
  BAD_DIRECTIVE: "directive mal formée",
  BAD_DQ_ESCAPE: "séquence d'échappement invalide entre guillemets",
  BAD_SCALAR_START: "valeur qui commence par un caractère réservé",
  BLOCK_AS_IMPLICIT_KEY: "bloc utilisé comme clé",
  BLOCK_IN_FLOW: "bloc à l'intérieur de crochets ou d'accolades",
  MISSING_CHAR: "caractère manquant (crochet, accolade ou guillemet fermant ?)",
  MULTILINE_IMPLICIT_KEY: "clé sur plusieurs lignes",
  MULTIPLE_ANCHORS: "plusieurs ancres sur une valeur",
  MULTIPLE_DOCS: "plusieurs documents",
  MULTIPLE_TAGS: "plusieurs étiquettes sur une valeur",
  UNEXPECTED_TOKEN: "élément inattendu",
  KEY_OVER_1024_CHARS: "clé de plus de 1024 caractères",
  IMPOSSIBLE: "contenu illisible",
  TAG_RESOLVE_FAILED: "étiquette inconnue",
  BAD_COLLECTION_TYPE: "type de collection inattendu",
  ALIAS_PROPS: "propriétés sur un alias",
  NON_STRING_KEY: "clé qui n'est pas un texte",
};

/** The French message for a yaml error code (the code itself as a last resort). */
export function yamlErrorMessage(code: string): string {
  return MESSAGES[code] ?? `erreur de syntaxe (${code})`;
}
