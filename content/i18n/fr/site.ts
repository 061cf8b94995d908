/**
 * French interface text, the source language: the site as a whole (header, footer, home, legal pages, sample marks), the destination pages (offices, villages, sectors, themes, experiences), search and opening hours.
 * Flat dotted keys; {{placeholders}} are filled by t(). Every key here must exist in ../en/site.ts.
 */
export default {
	'site.name': 'Office de Tourisme des Cévennes au Mont Lozère',
	'site.shortName': 'Cévennes Mont Lozère',
	'site.tagline': 'Office de tourisme',

	'sample.mark': 'Exemple',
	'sample.bannerTitle': 'Site de démonstration\u00a0:',
	'sample.banner':
		'les entreprises, les manifestations et les randonnées dessinées marquées «\u00a0{{mark}}\u00a0» sont fictives.',

	'legal.publisher': 'Éditeur du site',
	'legal.legalForm': '{{form}}',
	'legal.headOffice': 'Siège\u00a0:',
	'legal.phone': 'Téléphone\u00a0:',
	'legal.email': 'E-mail\u00a0:',
	'legal.director': 'Directeur ou directrice de la publication',
	'legal.directorToCome':
		'Son nom sera indiqué ici par l’office avant la mise en ligne du site. Pour toute question sur la publication, écrivez à {{email}}.',
	'legal.host': 'Hébergeur',
	'legal.hostToCome':
		'Le nom et l’adresse de l’hébergeur seront indiqués ici par l’office avant la mise en ligne du site.',
	'legal.listings': 'Les fiches des adhérents',
	'legal.listingsText':
		'Les fiches des hébergements, restaurants, activités, producteurs et commerces sont collectées par l’office de tourisme auprès de ses adhérents et saisies par l’office dans la base de données touristique départementale, d’où ce site les reprend. Si une information est inexacte, signalez-la avec le lien « Signaler une erreur dans cette fiche », ou écrivez-nous.',

	'site.skipLink': 'Aller au contenu',

	'nav.label': 'Navigation principale',
	'nav.eat': 'Où manger',
	'nav.do': 'Que faire',
	'nav.activities': 'Activités',
	'nav.producers': 'Producteurs',
	'nav.shops': 'Commerces',
	'nav.officesList': 'Les bureaux d’information',
	'nav.menu': 'Menu',
	'nav.menuLabel': 'Menu du site',
	'nav.search': 'Rechercher',
	'nav.discover': 'Découvrir',
	'nav.offices': 'Nos bureaux',
	'nav.map': 'Carte',
	'nav.contact': 'Nous contacter',
	'nav.about': "L'office de tourisme",

	'language.switch': 'English',
	'language.switchLabel': 'Read this page in English',

	'footer.title': 'Office de Tourisme des Cévennes au Mont Lozère',
	'footer.headOffice': 'Siège',
	'footer.phone': 'Un numéro unique pour tous nos bureaux',
	'footer.email': 'E-mail',
	'footer.wifi': 'Wi-Fi gratuit dans tous nos bureaux d’information.',
	'footer.follow': 'Suivez-nous',
	'footer.facebook': 'Facebook',
	'footer.instagram': 'Instagram',
	'footer.offices': 'Nos six bureaux',
	'footer.links': 'L’office',

	'home.heroAlt': 'Illustration : les crêtes du mont Lozère au-dessus d’une vallée cévenole',

	'offices.title': 'Nos bureaux d’information touristique',
	'offices.headOffice': 'Siège de l’office',
	'offices.more': 'Horaires et services de {{name}}',

	'office.description':
		'{{title}} ({{locality}}) : adresse, téléphone, horaires selon la saison, Wi-Fi gratuit, boutique et conseils pour votre séjour.',
	'office.address': 'Adresse',
	'office.phone': 'Téléphone',
	'office.email': 'E-mail',
	'office.services': 'Services',
	'office.shop': 'La boutique',
	'office.village': 'Le village : {{name}}',
	'office.population': '{{count}} habitants',
	'office.sector': 'Secteur {{name}}',
	'office.hours': 'Horaires d’ouverture',
	'office.hoursSample':
		'ces horaires sont fictifs, donnés pour la démonstration en attendant ceux de l’office.',
	'office.visitors': '{{count}} visiteurs accueillis en 2019.',
	'office.directions': 'Itinéraire vers ce bureau (OpenStreetMap)',
	'office.coordinates': 'Coordonnées GPS : {{lat}}, {{lon}}',
	'office.allOffices': 'Tous nos bureaux',

	'service.wifi': 'Wi-Fi gratuit',
	'service.shop': 'Boutique',
	'service.documentation': 'Documentation et cartes gratuites',
	'service.kiosk24': 'Borne touristique accessible 24 h/24',
	'service.events-programme': 'Programme des animations',

	'hours.season': '{{name}} : du {{from}} au {{to}}',
	'hours.closed': 'Fermé',
	'hours.closedSeason': 'Fermé le reste de l’année.',
	'hours.range': '{{opens}}–{{closes}}',
	'hours.toConfirm': 'Horaires à confirmer\u00a0: appelez le {{phone}}',
	'hours.and': 'et',
	'hours.day': 'Jours',
	'hours.times': 'Horaires',
	'hours.openNow': 'Ouvert maintenant, jusqu’à {{time}}',
	'hours.opensToday': 'Fermé pour le moment, ouvre aujourd’hui à {{time}}',
	'hours.opensTomorrow': 'Fermé, ouvre demain à {{time}}',
	'hours.opensOn': 'Fermé, ouvre {{day}} à {{time}}',
	'hours.closedForSeason': 'Fermé jusqu’à la prochaine saison',

	'about.figures': 'Chiffres clés',
	'about.members': '{{count}} entreprises adhérentes en {{year}}',
	'about.visitors': '{{count}} visiteurs accueillis dans nos bureaux en 2019',
	'about.offices': '{{count}} bureaux d’information',

	'nav.practical': 'Infos pratiques',
	'nav.shop': 'La boutique',
	'nav.brochures': 'Brochures',
	'nav.pro': 'Espace pro',

	'footer.legal': 'Informations légales',
	'footer.legalNotice': 'Mentions légales',
	'footer.privacy': 'Confidentialité',
	'footer.accessibility': 'Accessibilité : non conforme',
	'footer.credits': 'Crédits',
	'footer.quality': 'Nos engagements qualité',

	'discover.title': 'Découvrir les Cévennes au mont Lozère',
	'discover.sectors': 'Les quatre pays',
	'discover.themes': 'Cinq thèmes',
	'discover.villagesOf': 'Ses {{count}} villages',
	'discover.allVillages': 'Les {{count}} villages sur la carte',
	'discover.experiences': 'Des expériences à vivre',
	'discover.allExperiences': 'Toutes nos expériences ({{count}})',

	'sector.title': '{{name}} : villages, paysages, balades',
	'sector.description':
		'{{name}}, dans les Cévennes : ses villages, ses paysages, son patrimoine, ses randonnées et nos bureaux d’information pour préparer votre séjour.',
	'sector.villages': 'Les villages',
	'sector.villageList': 'Les villages du secteur {{name}}',
	'sector.mapTitle': 'Carte du secteur {{name}}',
	'sector.mapDescription':
		'Les communes du secteur en vert, au milieu du reste du territoire, et leurs {{count}} villages numérotés comme dans la liste.',
	'sector.legendSector': 'Secteur {{name}}',
	'sector.legendVillage': 'Village',
	'sector.landscapes': 'Paysages',
	'sector.heritage': 'Patrimoine',
	'sector.experiences': 'Des expériences à vivre',
	'sector.hikes': 'Les plus belles randonnées',
	'sector.stays': 'Où dormir',
	'sector.events': 'À venir',
	'sector.offices': 'Nos bureaux d’information',
	'sector.themes': 'Envies',
	'sector.others': 'Les autres secteurs',

	'villages.title': 'Les villages des Cévennes au mont Lozère',
	'villages.mapTitle': 'Carte des villages du territoire',
	'villages.mapDescription':
		'Les communes colorées par secteur, et leurs {{count}} villages numérotés comme dans la liste.',
	'villages.legendOffice': 'Village avec un bureau d’information',

	'village.pageTitle': '{{name}}, village des Cévennes',
	'village.description':
		'{{name}} ({{sector}}) : portrait du village, ce qu’il faut voir, commerces et services sur un plan, et balade à la découverte du patrimoine.',
	'village.hasOffice': 'bureau d’information',
	'village.communeNouvelle': 'Commune de {{name}}',
	'village.populationSource': 'Population : {{source}}.',
	'village.whatToSee': 'À voir',
	'village.plan': 'Plan du village : commerces et services',
	'village.servicesSample':
		'Exemple\u00a0: ces commerces et services, point d’eau, pharmacie et carburant compris, sont fictifs, placés pour la démonstration en attendant le relevé de l’office. Ne vous y fiez pas.',
	'village.planTitle': 'Plan de {{name}}',
	'village.planDescription':
		'Plan schématique : le centre du village, le bureau d’information s’il y en a un (i) et les {{count}} commerces et services, numérotés comme dans la liste.',
	'village.servicesList': 'Commerces et services de {{name}}',
	'village.officeMarker': 'Office de tourisme',
	'village.service.grocery': 'Épicerie',
	'village.service.bakery': 'Boulangerie',
	'village.service.doctor': 'Médecin',
	'village.service.pharmacy': 'Pharmacie',
	'village.service.fuel': 'Carburant',
	'village.service.cash-machine': 'Distributeur de billets',
	'village.service.post-office': 'Poste',
	'village.service.water-point': 'Point d’eau potable',
	'village.walk': 'Balade patrimoine : {{title}}',
	'village.walkSample':
		'Exemple\u00a0: ce parcours est fictif, dessiné pour la démonstration en attendant l’itinéraire de découverte de l’office.',
	'village.walkFigures':
		'{{count}} étapes, environ {{distance}} km d’une étape à l’autre à vol d’oiseau.',
	'village.walkMapTitle': 'Plan de la balade : {{title}}',
	'village.walkMapDescription':
		'Les {{count}} étapes de la balade, numérotées dans l’ordre de la marche et reliées par un trait.',
	'village.walkSteps': 'Étapes de la balade',
	'village.office': 'Le bureau d’information du village',
	'village.experiences': 'Des expériences à vivre ici',
	'village.places': 'Dormir, manger, sortir',
	'village.events': 'À venir au village',
	'village.neighbours': 'Les autres villages du secteur {{sector}}',

	'theme.title': '{{name}} : idées de séjour dans les Cévennes',
	'theme.highlights': 'L’essentiel',
	'theme.experiences': 'Des expériences à vivre',
	'theme.hikes': 'Randonnées',
	'theme.villages': 'Villages',
	'theme.sectors': 'Secteurs',
	'theme.providers': 'Producteurs, tables et prestataires',
	'theme.events': 'À venir',
	'theme.brochures': 'À emporter',
	'theme.brochureWhere': 'Gratuit, dans nos six bureaux d’information.',
	'theme.others': 'Les autres envies',

	'experiences.title': 'Des expériences à vivre',
	'experiences.byTheme': 'Par envie',

	'experience.duration.two-hours': 'Deux heures',
	'experience.duration.half-day': 'Une demi-journée',
	'experience.duration.day': 'Une journée',
	'experience.duration.evening': 'Une soirée',
	'experience.duration.night': 'Une nuit',
	'experience.duration.several-days': 'Plusieurs jours',
	'experience.season.spring': 'printemps',
	'experience.season.summer': 'été',
	'experience.season.autumn': 'automne',
	'experience.season.winter': 'hiver',
	'experience.seasons': 'Saisons : {{seasons}}',
	'experience.goodToKnow': 'Bon à savoir',
	'experience.hikes': 'Les randonnées pour le vivre',
	'experience.providers': 'Ils vous accompagnent',
	'experience.events': 'Les prochaines dates',
	'experience.where': 'Où',
	'experience.related': 'Dans la même envie',

	'illustration.credit': 'Illustration originale de l’office de tourisme',
	'illustration.granite-summit':
		'Illustration : landes à genêts, blocs de granit et montjoie sur le mont Lozère',
	'illustration.night-sky': 'Illustration : ciel étoilé et Voie lactée au-dessus des crêtes',
	'illustration.donkey-trail':
		'Illustration : un randonneur et son âne bâté sur un chemin de montagne',
	'illustration.market': 'Illustration : étals d’un marché de village sous un platane',
	'illustration.river': 'Illustration : une rivière aux eaux claires entre rochers et arbres',
	'illustration.chestnut-terraces':
		'Illustration : châtaigniers d’automne sur des terrasses de pierre sèche',
	'illustration.schist-village':
		'Illustration : un village de schiste aux toits de lauze à flanc de montagne',
	'illustration.flock': 'Illustration : un troupeau de brebis sur une draille, mené par un berger',

	'destination.all.hikes': 'Toutes les randonnées',
	'destination.all.accommodation': 'Tous les hébergements',
	'destination.all.restaurant': 'Tous les restaurants',
	'destination.all.activity': 'Toutes les activités',
	'destination.all.producer': 'Tous les producteurs',
	'destination.all.shop': 'Tous les commerces',

	'notFound.title': 'Page introuvable',
	'notFound.description': 'Cette page n’existe pas ou plus sur le site de l’office de tourisme.',
	'notFound.lead':
		'Cette page n’existe pas ou a changé d’adresse. Voici quelques points de départ :',
	'notFound.home': 'Page d’accueil',

	'nav.hikes': 'Randonnées',

	'practice.walking': 'À pied',
	'practice.mountain-bike': 'VTT',
	'practice.horse': 'À cheval',
	'practice.donkey': 'Avec un âne',

	'difficulty.easy': 'Facile',
	'difficulty.moderate': 'Moyenne',
	'difficulty.hard': 'Difficile',
	'difficulty.very-hard': 'Très difficile',

	'poi.heritage': 'Patrimoine',
	'poi.viewpoint': 'Point de vue',
	'poi.water': 'Eau',
	'poi.shelter': 'Abri',

	'profile.title': 'Profil altimétrique',
	'profile.summary':
		'Départ à {{start}} m, point culminant à {{high}} m au kilomètre {{highKm}}, point le plus bas à {{low}} m, arrivée à {{end}} m.',
	'profile.table': 'L’altitude tout au long du parcours',
	'profile.km': 'Kilomètre',
	'profile.metres': 'Altitude',

	'nav.stay': 'Où dormir',

	'search.label': 'Rechercher sur le site',
	'search.submit': 'Rechercher',
	'search.placeholder': 'Village, gîte, randonnée…',
	'search.title': 'Rechercher sur le site',
	'search.field': 'Mots à rechercher',
	'search.filters': 'Affiner',
	'search.filter.kind': 'Type de page',
	'search.filter.sector': 'Secteur',
	'search.filter.village': 'Village',
	'search.filter.anySector': 'Tous les secteurs',
	'search.filter.anyVillage': 'Tous les villages',
	'search.reset': 'Effacer les filtres',
	'search.hint':
		'Tapez le nom d’un village, d’un hébergement, d’une randonnée… ou choisissez un type, un secteur, un village.',
	'search.count.zero': 'Aucun résultat pour « {{query}} ».',
	'search.count.one': '1 résultat pour « {{query}} ».',
	'search.count.other': '{{count}} résultats pour « {{query}} ».',
	'search.countFiltered.zero': 'Aucune page ne correspond à ces filtres.',
	'search.countFiltered.one': '1 page correspond à ces filtres.',
	'search.countFiltered.other': '{{count}} pages correspondent à ces filtres.',
	'search.empty': 'Vérifiez l’orthographe, essayez un autre mot ou retirez un filtre.',
	'search.results': 'Résultats de la recherche',
	'search.more': 'Afficher {{count}} résultats de plus',
	'search.error':
		'La recherche n’a pas pu se charger : vérifiez votre connexion, ou parcourez nos rubriques.',
	'search.noScript':
		'La recherche du site a besoin de JavaScript, désactivé dans votre navigateur. Vous trouverez tout dans nos rubriques :',
	'search.listings': 'Parcourir le site',
	'search.kind.office': 'Bureau d’information',
	'search.kind.accommodation': 'Hébergement',
	'search.kind.restaurant': 'Restaurant',
	'search.kind.activity': 'Activité',
	'search.kind.producer': 'Producteur',
	'search.kind.shop': 'Commerce',
	'search.kind.hike': 'Randonnée',
	'search.kind.event': 'Événement',
	'search.kind.page': 'Découverte et infos',

	'nav.events': 'Agenda',

	'home.allEvents': 'Tout l’agenda',

	'programmes.title': 'Programmes des animations à imprimer',
	'programmes.fortnight': 'Quinzaine {{period}}',
	'programmes.all': 'Tout le territoire',

	'app.description':
		'Le site de l’office de tourisme des Cévennes au Mont Lozère : randonnées, carte, agenda, bureaux et horaires, même sans réseau.',

	'home.entries': 'Préparer votre séjour',
	'home.season': 'À vivre en ce moment',
	'home.week': 'Cette semaine',
	'home.weekNone': 'Rien n’est annoncé pour les sept prochains jours : l’agenda montre la suite.',
	'home.openToday': 'Bureaux ouverts aujourd’hui',
	'home.openTodayHours': 'Aujourd’hui : {{hours}}',
	'home.openTodayNone':
		'Aucun bureau n’a d’horaires confirmés ouverts aujourd’hui : appelez le {{phone}} avant de passer.',
	'home.allOffices': 'Tous nos bureaux et leurs horaires',
	'home.practical': 'Bon à savoir avant de venir',
	'home.practicalLink': 'Toutes les infos pratiques',
} as const satisfies Record<string, string>;
