/**
 * French interface text, the source language: the brochures and their PDFs.
 * Flat dotted keys; {{placeholders}} are filled by t(). Every key here must exist in ../en/brochures.ts.
 */
export default {
	'brochures.title': 'Brochures de l’office de tourisme',
	'brochures.heading': 'Nos brochures',
	'brochures.requestAll': 'Recevoir des brochures par la poste',
	'brochures.requestOne': 'Recevoir « {{title}} » par la poste',
	'brochures.download': 'À télécharger',
	'brochures.downloadLink': 'Télécharger « {{title}} » (PDF)',
	'brochures.fileMeta': 'PDF, {{size}}, {{pages}} pages, composé à partir des contenus de ce site.',
	'brochures.paper': 'L’édition papier',
	'brochures.edition': 'Édition {{year}}',
	'brochures.pages': '{{count}} pages',
	'brochures.printRun': 'Tirée à {{count}} exemplaires',
	'brochures.languages': 'En {{languages}}',
	'brochures.offices': 'Gratuite dans nos bureaux :',
	'brochures.sample':
		'Ce PDF reprend des données d’exemple (prestataires fictifs, plans provisoires) en attendant celles de l’office.',
	'brochures.credit':
		'Couvertures dessinées pour ce site ; les cartes viennent des limites communales de l’IGN (Admin Express, Licence Ouverte).',

	'pdf.kicker': 'Cévennes · Mont Lozère',
	'pdf.phone': 'Tél. {{phone}}',
	'pdf.onlineAt': 'Version en ligne : {{url}}',
	'pdf.page': 'Page {{page}} sur {{count}}',
	'pdf.contents': 'Au sommaire',
	'pdf.offices.heading': 'Nos bureaux d’information',
	'pdf.offices.lead':
		'Un numéro unique pour tous nos bureaux : {{phone}}. Écrivez-nous : {{email}}. Wi-Fi gratuit dans tous nos bureaux.',
	'pdf.highlight': '{{name}} : {{description}}',
	'pdf.capacity': 'Capacité : {{count}} personnes',
	'pdf.duration': '{{hours}} h {{minutes}}',
	'pdf.sectionCount': '{{heading}} ({{count}})',
	'pdf.sampleListings':
		'Les fiches de ce document sont des exemples fictifs, en attendant le flux DATAtourisme de l’office.',
	'pdf.destination.subject': 'Le guide de destination des Cévennes au mont Lozère',
	'pdf.destination.subtitle': 'Les quatre pays, les villages et les envies du territoire',
	'pdf.destination.welcome': 'Bienvenue dans les Cévennes au mont Lozère',
	'pdf.destination.themes': 'Vos envies',
	'pdf.destination.landscapes': 'Paysages',
	'pdf.destination.heritage': 'Patrimoine',
	'pdf.destination.villages': 'Les villages',
	'pdf.destination.territory': 'Le territoire en un coup d’œil',
	'pdf.destination.mapKey':
		'Les villages sont numérotés pays par pays ; en brun, ceux où se trouve un bureau d’information. Chaque pays a sa couleur.',
	'pdf.destination.mapSector': '{{sector}} : {{villages}}',
	'pdf.map.subject': 'La carte touristique des Cévennes au mont Lozère',
	'pdf.map.subtitle': 'Les villages, nos bureaux, les départs de randonnée et les activités',
	'pdf.map.caption':
		'Limites communales : IGN Admin Express (Licence Ouverte). Carte schématique, à compléter par la carte IGN pour randonner.',
	'pdf.map.legend': 'Légende',
	'pdf.map.legendOffices': 'Numéros 1 à 6 (brun) : nos bureaux d’information.',
	'pdf.map.legendHikes': 'Lettres (vert) : départs des randonnées de l’office.',
	'pdf.map.legendSectors': 'Couleurs : les pays du territoire ({{sectors}}).',
	'pdf.map.hikes': 'Les départs de randonnée',
	'pdf.map.hikeStart': 'Départ : {{start}} · {{distance}} · {{duration}}',
	'pdf.map.activities': 'Activités et sorties',
	'pdf.accommodation.subject': 'Le guide des hébergements des Cévennes au mont Lozère',
	'pdf.accommodation.subtitle': 'Hôtels, chambres d’hôtes, gîtes d’étape, locations, campings',
	'pdf.gastronomy.subject': 'Le fascicule gastronomie des Cévennes au mont Lozère',
	'pdf.gastronomy.subtitle': 'Producteurs, fermes-auberges et restaurants',
	'pdf.plans.subject': 'Les plans de village des Cévennes au mont Lozère',
	'pdf.plans.subtitle': 'Commerces, services et itinéraires de découverte',
	'pdf.plans.caption':
		'Plan schématique. Limites communales : IGN Admin Express (Licence Ouverte).',
	'pdf.plans.services': 'Commerces et services',
	'pdf.plans.sample':
		'Exemple\u00a0: commerces et services fictifs, en attendant le relevé de l’office.',
	'pdf.plans.sampleWalk': 'Exemple\u00a0: itinéraire fictif, en attendant le plan de l’office.',
	'pdf.partnership.subject': 'Le guide du partenariat de l’office de tourisme',
	'pdf.partnership.subtitle': 'Nos engagements envers les prestataires du territoire',
} as const satisfies Record<string, string>;
