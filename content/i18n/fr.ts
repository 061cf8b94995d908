/**
 * UI strings in French, the source language. Flat dotted keys; {{placeholders}} are filled by t().
 * Every key here must exist in en.ts: a missing one is a type error (`npm run check`).
 */
export default {
	'site.name': 'Office de Tourisme des Cévennes au Mont Lozère',
	'site.shortName': 'Cévennes Mont Lozère',
	'site.tagline': 'Office de tourisme',
	'site.skipLink': 'Aller au contenu',
	'site.homeLink': 'Accueil – Office de Tourisme des Cévennes au Mont Lozère',

	'nav.label': 'Navigation principale',
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

	'home.title': 'Cévennes et mont Lozère – vacances nature au cœur du Parc national',
	'home.description':
		'Randonnées, villages de schiste et de granit, marchés et nuits étoilées : préparez votre séjour dans les Cévennes et sur le mont Lozère avec l’office de tourisme.',
	'home.heading': 'Les Cévennes au mont Lozère',
	'home.lead':
		'Du granit du mont Lozère aux schistes des vallées cévenoles, un pays de sources, de châtaigniers et de sentiers, au cœur du Parc national des Cévennes. Ici, on vient marcher, se baigner dans les gardons, rencontrer ceux qui font vivre ces montagnes et retrouver le silence des nuits étoilées.',
	'home.heroAlt': 'Illustration : les crêtes du mont Lozère au-dessus d’une vallée cévenole',
	'home.themes': 'Vos envies',
	'home.themesLead': 'Cinq façons de vivre le territoire.',
	'home.sectors': 'Quatre pays, une destination',
	'home.offices': 'Six bureaux pour vous accueillir',
	'home.officesLead': 'Un seul numéro, le {{phone}}, et le Wi-Fi gratuit dans chaque bureau.',
	'home.unesco':
		'Les Causses et les Cévennes sont inscrits au patrimoine mondial de l’Unesco depuis 2011 ; le Parc national des Cévennes est aussi réserve de biosphère et réserve internationale de ciel étoilé.',

	'offices.title': 'Nos bureaux d’information touristique',
	'offices.description':
		'Six bureaux d’information dans les Cévennes et sur le mont Lozère : adresses, horaires selon la saison, services, Wi-Fi gratuit et un seul numéro.',
	'offices.lead':
		'Six bureaux d’information dans les villages du territoire, un seul numéro de téléphone, le Wi-Fi gratuit partout. Le siège est au Pont-de-Montvert.',
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
		'Horaires indicatifs : appelez le {{phone}} pour les confirmer avant de vous déplacer.',
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
	'hours.and': 'et',
	'hours.day': 'Jours',
	'hours.times': 'Horaires',
	'hours.openNow': 'Ouvert maintenant, jusqu’à {{time}}',
	'hours.opensToday': 'Fermé pour le moment, ouvre aujourd’hui à {{time}}',
	'hours.opensTomorrow': 'Fermé, ouvre demain à {{time}}',
	'hours.opensOn': 'Fermé, ouvre {{day}} à {{time}}',
	'hours.closedForSeason': 'Fermé jusqu’à la prochaine saison',

	'weekday.mo': 'lundi',
	'weekday.tu': 'mardi',
	'weekday.we': 'mercredi',
	'weekday.th': 'jeudi',
	'weekday.fr': 'vendredi',
	'weekday.sa': 'samedi',
	'weekday.su': 'dimanche',

	'about.figures': 'Chiffres clés',
	'about.members': '{{count}} entreprises adhérentes en {{year}}',
	'about.visitors': '{{count}} visiteurs accueillis dans nos bureaux en 2019',
	'about.offices': '{{count}} bureaux d’information',

	'discover.title': 'Découvrir les Cévennes au mont Lozère',
	'discover.description':
		'Mont Lozère, Vallée Française, Vallée Longue et Calbertois : les quatre pays du territoire et cinq thèmes pour choisir votre séjour dans les Cévennes.',
	'discover.lead':
		'Granit et landes en altitude, schiste et châtaigniers dans les vallées : quatre pays à parcourir, cinq envies pour choisir votre séjour.',
	'discover.sectors': 'Les quatre pays',
	'discover.themes': 'Cinq thèmes',
	'discover.villages': 'Les villages de nos bureaux',
	'discover.officeIn': 'Bureau d’information : {{name}}',

	'contact.title': 'Nous contacter',
	'contact.description':
		'Contactez l’Office de Tourisme des Cévennes au Mont Lozère : un numéro unique, un e-mail et six bureaux d’information dans les villages.',
	'contact.lead':
		'Une question sur votre séjour, une randonnée, un hébergement ? Nos conseillers vous répondent par téléphone, par e-mail ou dans l’un de nos six bureaux.',
	'contact.byPhone': 'Par téléphone',
	'contact.byEmail': 'Par e-mail',
	'contact.byPost': 'Par courrier',
	'contact.inPerson': 'Dans nos bureaux',
	'contact.phoneNote': 'Le même numéro pour les six bureaux.',

	'notFound.title': 'Page introuvable',
	'notFound.description': 'Cette page n’existe pas ou plus sur le site de l’office de tourisme.',
	'notFound.lead':
		'Cette page n’existe pas ou a changé d’adresse. Voici quelques points de départ :',
	'notFound.home': 'Page d’accueil',

	'map.title': 'Carte des Cévennes au mont Lozère',
	'map.description':
		'La carte des bureaux d’information de l’office de tourisme dans les Cévennes et sur le mont Lozère, avec les lieux les plus proches de vous.',
	'map.lead':
		'Nos bureaux d’information sur la carte du territoire, puis la liste de tous les lieux, village par village.',
	'map.label': 'Carte interactive du territoire',
	'map.smallLabel': 'Carte : {{name}}',
	'map.fullMap': 'Voir tous nos bureaux sur la carte',
	'map.skip': 'Passer la carte et aller à la liste des lieux',
	'map.layers': 'Afficher sur la carte',
	'map.legend': 'Légende',
	'map.legendCluster': 'Groupe de lieux proches : cliquez ou appuyez sur Entrée pour zoomer',
	'map.layer.offices': 'Bureaux d’information',
	'map.kind.office': 'Bureau d’information',
	'map.kind.head-office': 'Siège de l’office',
	'map.around': 'Autour de moi',
	'map.aroundHint':
		'Votre position sert seulement à trier les lieux par distance, dans votre navigateur.',
	'map.locating': 'Recherche de votre position…',
	'map.locateError':
		'Votre position n’est pas disponible : vérifiez que la localisation est autorisée pour ce site.',
	'map.nearby': 'Les plus proches de vous',
	'map.nearbyFound': '{{count}} lieux, du plus proche au plus éloigné.',
	'map.nearbyNone': 'Aucun lieu n’est affiché : cochez au moins une catégorie.',
	'map.distance': 'à {{distance}}',
	'map.list': 'Tous les lieux de la carte',
	'map.listLead': 'Les mêmes lieux que sur la carte, par catégorie et par village.',
	'map.zoomIn': 'Zoomer',
	'map.zoomOut': 'Dézoomer',
	'map.closePopup': 'Fermer',
	'map.cluster': '{{count}} lieux ({{layer}}) : zoomer pour les voir',
	'map.marker': '{{name}} – {{kind}}, {{village}}',
	'map.you': 'Votre position',
	'map.twoFingers': 'Utilisez deux doigts pour déplacer la carte',
	'map.ctrlZoom': 'Pour zoomer, maintenez Ctrl en tournant la molette',
	'map.loadError':
		'La carte n’a pas pu être chargée. La liste des lieux reste disponible plus bas.',
} as const satisfies Record<string, string>;
