// The help of `actes nouveau`, apart from its code.

export const NOUVEAU_HELP = `actes nouveau partenaire ID --nom NOM --article le|la|l'|aucun [--sigle SIGLE]
                            [--genre masculin|féminin] [DOSSIER]
actes nouveau seance AAAA-MM-JJ --deliberation N --rapport N --intitule TEXTE [DOSSIER]

Écrit un fichier squelette commenté dans le DOSSIER de données (par défaut : data) :
chaque champ du modèle, avec sa description et un exemple ; « À COMPLÉTER » là où la
valeur est encore inconnue ; chaque champ facultatif en commentaire. Le fichier n'est
écrit que si le moteur le valide avec le reste des données (en projet : les valeurs à
compléter bloquent la signature, pas la validation).

  partenaire ID   écrit partenaires/ID.yaml. Le nom et l'article ne peuvent pas rester
                  à compléter : --nom et --article les donnent (--genre avec l' ou aucun).
                  Un identifiant existant est refusé, comme un nom déjà pris ; un
                  identifiant proche d'un autre est signalé.
  seance DATE     écrit cp-DATE/seance.yaml ; la présidence est reprise de la dernière
                  séance (à vérifier), les lignes budgétaires sont proposées en
                  commentaire. La délibération, le rapport et l'intitulé sont demandés.
                  operations.yaml s'écrit ensuite avec actes importer.

Exemples (sur une copie des données embarquées : cp -r data essai) :
  actes nouveau partenaire ccas-lillers essai --nom "Centre Communal d'Action Sociale de Lillers" --article le --sigle "CCAS de Lillers"
  actes nouveau seance 2023-01-16 essai --deliberation 2023-12 --rapport 5 --intitule "Appel à projets DPID 2023"
`;
