import type { LanguagePack } from './pack';

/** French. Accents folded, elisions split ("l'application" → "l", "application"). */
export const fr: LanguagePack = {
  code: 'fr',
  headFirst: true,
  suffixes:
    'ations ation ements ement euses eurs euse eur ables ibles able ible ment ants ant ees ez er ir re ' +
    'issent ent es ee e s',
  flags: {
    QUANT: 'tout toute tous toutes chaque entier entiere complet complete',
    EVERYWHERE: 'partout globalement',
    SURF_APP: 'app appli application applications site plateforme projet interface ui frontend look',
    SURF_PART:
      'page pages ecran ecrans vue vues boutons listes formulaires tableaux composants cartes liens textes ' +
      'titres modales polices icones images libelles sections menus onglets couleurs styles endroits ' +
      'parties zones routes elements messages champs colonnes alertes dialogues',
    LANG:
      'langue langues anglais espagnol francais allemand hebreu japonais portugais italien chinois arabe ' +
      'russe multilingue',
    MOBILE: 'mobile mobiles telephone telephones smartphone smartphones tablette tablettes portable',
    CREATE:
      'ajoute ajouter ajoutez ajoutes cree creer creez construis construire construisez implemente ' +
      'implementer implementez developpe developper integre integrer fais faire faites veux voudrais veut voulons voulez faut ' +
      'besoin mets mettre genere generer concois',
    HEAD_STRONG:
      'systeme module portail plateforme crm lms erp cms forum marketplace tracker gestionnaire programme hub suite',
    HEAD_WEAK:
      'fonction fonctionnalite section zone partie flux parcours collection panneau dashboard tableau-de-bord ' +
      'outil page annuaire catalogue boutique blog wiki boite calendrier tableau bibliotheque chat ' +
      'messagerie agenda registre app centre processus planificateur organisateur journal generateur espace application appli',
    DOMAIN:
      'emploi emplois offres analytique analytiques analyses statistiques gestion suivi reservation reservations inventaire stock facturation abonnement abonnements paiements ' +
      'tickets newsletter messagerie chat blog rh paie fidelite recompenses cours lecons quiz ' +
      'questionnaire evenements inscription inscriptions recrutement onboarding rendez-vous adhesion ' +
      'ecommerce forum depenses conges actifs flotte maintenance parrainage sondage sondages enchere ' +
      'dons benevoles crm administration support avis commandes livraison catalogue apprentissage',
    ENTITY: 'entite entites schema bdd modele modeles enregistrements',
    ROLE: 'roles permissions droits',
    ACTOR:
      'entreprises societes moi je admin administrateur administrateurs gestionnaire gestionnaires manager relecteur relecteurs ' +
      'etudiant etudiants eleves formateur professeur professeurs enseignants employe employes salaries ' +
      'personnel vendeur vendeurs acheteur acheteurs clients membres candidats agent agents auteur auteurs ' +
      'hote hotes invites patient patients medecins chauffeurs livreurs moderateur moderateurs ' +
      'fournisseurs utilisateurs proprietaires parents tuteurs coachs abonnes participants',
    FLOW:
      'postulent postuler candidature candidatures approuver approuve approbation valider valide validation relire revue soumettre soumet demande ' +
      'demandes inscrire moderer moderation assigner assigne attribuer note classement reserver ' +
      'gerer gere voir voient',
    PAGEISH:
      'page pages vue dashboard panneau file tableau rapport rapports statistiques analytique calendrier ' +
      'historique ecran boite editeur formulaire formulaires',
    ELEMENT:
      'fleche fleches toast toasts snackbar bouton lien icone badge carte en-tete header pied footer navbar barre sidebar banniere hero titre ' +
      'sous-titre libelle champ input tableau graphique image logo avatar modale dialogue popup infobulle ' +
      'tooltip dropdown liste-deroulante case checkbox toggle interrupteur onglet menu formulaire colonne ' +
      'ligne filtre liste message placeholder compteur vignette photo separateur spinner slider chip ' +
      'emoji ombre bordure date texte paragraphe',
    FIX:
      'corrige corriger corrigez repare reparer resous resoudre erreur erreurs bug bugs bogue plantage ' +
      'plante casse cassee fonctionne marche probleme crash nan undefined secours aide arrive',
    DET:
      'le la les l un une des ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos ' +
      'nouveau nouvelle nouveaux nouvelles au aux du',
    BOUNDARY:
      'avec pour par qui que ou quand si sur dans depuis vers jusqu utilisant incluant pendant sous ' +
      'au-dessus dessous a',
    WH: 'pourquoi comment quel quelle quels quelles combien qui',
    IMPERATIVE:
      'change changer changez modifie modifier modifiez fais faites mets mettez ajoute ajoutez ajouter ' +
      'enleve enlevez retire supprime supprimez efface corrige corrigez repare mets-a-jour deplace ' +
      'deplacez utilise utilisez renomme renommez remplace remplacez affiche affichez montre cache cachez ' +
      'masque masquez augmente reduis diminue aligne centre permets permettez cree creez construis ' +
      'implemente traduis traduisez refais rends donne convertis active desactive envoie limite exige ' +
      'empeche trie filtre inclus insere ajuste applique assure-toi refactorise migre reconstruis ameliore ameliorer ameliorez',
    REQUEST: 'peux pouvez pourrais pourriez stp svp',
    AND: 'et',
    REWORD:
      'change changer changez modifie modifier remplace renomme mets-a-jour edite dise dit dire indique',
    CODE: 'code composants',
    COND: 'quand lorsque si sauf jusqu avant apres',
  },
  bits: {
    ARTICLE: 'un une nouveau nouvelle',
    EVERY: 'chaque entier entiere complet complete',
    ALL: 'tout toute tous toutes',
    LOCAL_PREP: 'sur dans de du pour',
    OF: 'de du des d',
    PAGE_WORD: 'page pages ecran ecrans vue vues',
    THEME_ADJ: 'sombre clair claire nuit',
    THEME_MODE: 'mode theme',
    MOBILE_BEFORE: 'pour sur version vue affichage adapte adapter optimise optimiser',
    MOBILE_AFTER: 'responsive friendly',
    APP_OBJECT: 'app appli application site plateforme projet interface',
    FILLER:
      'simple complet complete basique petit petite nouveau nouvelle dedie dediee propre fonctionnel vrai ' +
      'vraie me moi nous',
    TO: 'a en',
    OPENER: 'me je j nous ai veux voudrais aussi puis maintenant et',
    SET: 'mets mettre mettez',
    UP: 'place',
    NEEDS_ARTICLE: 'fais faire faites veux voudrais veut voulons voulez faut besoin concois',
    LEAD_IN: 'aussi puis ensuite maintenant stp svp ok alors bonjour salut merci',
    ASKER: 'peux pouvez pourrais pourriez',
    YOU: 'tu vous',
    AUX: 'est sont devrait',
    SMALL: 'petits petites etroits',
  },
  extra: {
    EXPLAIN:
      'explique expliquer expliquez expliquer-moi dis dites decris decrivez decrire recommandes recommanderais recommandez recommander conseilles conseillerais conseiller suggeres suggererais comprendre comparer',
    NOTHING: 'rien',
    MAY: 'possible peut puis',
    FIRST: 'je on nous',
    SIDE: 'droite gauche',
    ASK_YOU: 'peux pouvez pourrais pourriez',
  },
  kinds: {
    REDESIGN:
      'premium refonte redesign redessine redessiner modernise moderniser moderne renouvelle reconstruis ' +
      'reconstruire refais refaire reecris pro professionnel professionnelle vieillot vieillotte demode ringard design',
    RESTRUCTURE:
      'refactorise refactoriser refactoring restructure restructurer reorganise migre migrer nettoie nettoyer',
    RESPONSIVE: 'responsive adaptatif adaptative',
    ACCESSIBILITY: 'accessibilite accessible',
    CONSISTENCY: 'coherent coherente coherence uniforme uniformise harmonise harmoniser',
    THEME: 'theme charte marque branding identite',
    TRANSLATE:
      'traduis traduire traduisez traduction traductions localise localiser localisation internationalise i18n',
    RTL: 'rtl',
    REBRAND: 'rebranding rebrand',
  },
  plain: 'marquer marquez marquee marquees',
  feat: [
    [1, 'puissent puisse pouvoir recharger rechargement souvienne souvenir'],
    [
      1.5,
      'validation valider logique filtre filtres filtrer trier tri recherche rechercher notification ' +
        'notifications notifier email e-mail mail emails sms exporter export importer import televerser ' +
        'upload telecharger pagination automatiquement automatique calculer calcule calcul permission ' +
        'permissions redirige rediriger session sauvegarde sauvegarder enregistrer persister cache ' +
        'synchronise synchroniser webhook api rappel rappels planifie recurrent dupliquer annuler glisser ' +
        'reordonner integre integrer integration mot-de-passe authentification corrige ' +
        'corriger repare erreur erreurs bug bugs bogue plante casse cassee fonctionne marche crash arrive secours',
    ],
    [
      1,
      'total totaux compter compteur seulement uniquement proprietaire champ champs dropdown case action ' +
        'actions archiver archive supprimer graphique limite limiter obligatoire requis empecher ' +
        'autoriser permettre defaut memoriser stocker clic cliquer envoye statut temporisateur charger ' +
        'vide invalide lus reinitialiser expire hebdomadaire mensuel quotidien quantite panier paiement ' +
        'remise taxe prix progression pourcentage selectionner option options confirmation confirmer ' +
        'chaque nombre mets-a-jour',
    ],
    [
      0.5,
      'envoyer message messages affiche afficher liste tableau date dates heure utilisateur utilisateurs',
    ],
    [2, 'quand lorsque si sauf jusqu'],
    [1.5, 'avant apres repliable depliable deplacable triable modifiable cliquable interactif selecteur'],
  ],
  simp: [
    [1, 'minuscule minuscules enorme enormes agrandis agrandir'],
    [1, 'secondes'],
    [3, 'faute fautes orthographe coquille coquilles'],
    [1.5, 'fonce foncee fonces clair claire pale espace espaces'],
    [
      1.5,
      'couleur couleurs fond arriere-plan police polices typographie gras italique souligne majuscules ' +
        'minuscules marge marges espacement padding bordure bordures ombre ombres arrondi arrondis coins ' +
        'emoji fixe sticky opacite degrade survol sombre transparent formulation placeholder infobulle ' +
        'sous-titre slogan titre titres libelle libelles renomme renommer px rem',
    ],
    [
      1,
      'icone icones image images logo avatar photo vignette aligne aligner centre centrer centree gauche ' +
        'droite grand grande gros plus-grand petit largeur hauteur taille style apparence rouge bleu vert ' +
        'verte blanc blanche noir noire gris violet rose orange jaune marron dore texte textes citation ' +
        'mot mots deplace deplacer cache cacher masque visible separateur animation ligne surligne ' +
        'mettre-en-avant',
    ],
    [0.75, 'mets mettre place placer sous dessus dessous cote'],
  ],
};
