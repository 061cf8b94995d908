import type fr from './fr';

/** UI strings in English. Must have exactly the keys of fr.ts (checked by the type). */
export default {
	'site.name': 'Cévennes Mont Lozère Tourist Office',
	'site.shortName': 'Cévennes Mont Lozère',
	'site.tagline': 'Tourist office',
	'site.skipLink': 'Skip to content',
	'site.homeLink': 'Home – Cévennes Mont Lozère Tourist Office',

	'nav.label': 'Main navigation',
	'nav.discover': 'Discover',
	'nav.offices': 'Our offices',
	'nav.contact': 'Contact',
	'nav.about': 'About us',

	'language.switch': 'Français',
	'language.switchLabel': 'Lire cette page en français',

	'footer.title': 'Cévennes Mont Lozère Tourist Office',
	'footer.headOffice': 'Head office',
	'footer.phone': 'One number for all our offices',
	'footer.email': 'E-mail',
	'footer.wifi': 'Free Wi-Fi in every one of our information offices.',
	'footer.follow': 'Follow us',
	'footer.facebook': 'Facebook',
	'footer.instagram': 'Instagram',
	'footer.offices': 'Our six offices',
	'footer.links': 'The tourist office',

	'home.title': 'Cévennes and Mont Lozère – outdoor holidays in the heart of the National Park',
	'home.description':
		'Hiking, granite and schist villages, markets and starry nights: plan your stay in the Cévennes and on Mont Lozère with the local tourist office.',
	'home.heading': 'The Cévennes and Mont Lozère',
	'home.lead':
		'From the granite heights of Mont Lozère to the schist valleys of the Cévennes, this is a land of springs, chestnut trees and footpaths in the heart of the Cévennes National Park. People come here to walk, to swim in the rivers, to meet the people who keep these mountains alive — and to rediscover what a truly dark, silent night feels like.',
	'home.heroAlt': 'Illustration: the ridges of Mont Lozère above a Cévennes valley',
	'home.themes': 'What are you looking for?',
	'home.themesLead': 'Five ways to experience the area.',
	'home.sectors': 'Four valleys, one destination',
	'home.offices': 'Six offices to welcome you',
	'home.officesLead': 'One number, {{phone}}, and free Wi-Fi in every office.',
	'home.unesco':
		'The Causses and the Cévennes have been a Unesco World Heritage Site since 2011; the Cévennes National Park is also a biosphere reserve and an international dark-sky reserve.',

	'offices.title': 'Our tourist information offices',
	'offices.description':
		'Six tourist information offices in the Cévennes and on Mont Lozère: addresses, seasonal opening hours, services, free Wi-Fi and a single phone number.',
	'offices.lead':
		'Six information offices in the villages of the area, one phone number, free Wi-Fi everywhere. Our head office is in Le Pont-de-Montvert.',
	'offices.headOffice': 'Head office',
	'offices.more': 'Opening hours and services in {{name}}',

	'office.description':
		'{{title}} ({{locality}}): address, phone, seasonal opening hours, free Wi-Fi, shop and advice for your stay.',
	'office.address': 'Address',
	'office.phone': 'Phone',
	'office.email': 'E-mail',
	'office.services': 'Services',
	'office.shop': 'The shop',
	'office.village': 'The village: {{name}}',
	'office.population': 'Population {{count}}',
	'office.sector': '{{name}} area',
	'office.hours': 'Opening hours',
	'office.hoursSample': 'Hours are a guide: call {{phone}} to check them before you travel.',
	'office.visitors': '{{count}} visitors welcomed in 2019.',
	'office.directions': 'Directions to this office (OpenStreetMap)',
	'office.coordinates': 'GPS coordinates: {{lat}}, {{lon}}',
	'office.allOffices': 'All our offices',

	'service.wifi': 'Free Wi-Fi',
	'service.shop': 'Shop',
	'service.documentation': 'Free maps and leaflets',
	'service.kiosk24': 'Tourist information kiosk open 24/7',
	'service.events-programme': 'Events programme',

	'hours.season': '{{name}}: {{from}} to {{to}}',
	'hours.closed': 'Closed',
	'hours.closedSeason': 'Closed the rest of the year.',
	'hours.range': '{{opens}}–{{closes}}',
	'hours.and': 'and',
	'hours.day': 'Days',
	'hours.times': 'Hours',
	'hours.openNow': 'Open now, until {{time}}',
	'hours.opensToday': 'Closed at the moment, opens today at {{time}}',
	'hours.opensTomorrow': 'Closed, opens tomorrow at {{time}}',
	'hours.opensOn': 'Closed, opens {{day}} at {{time}}',
	'hours.closedForSeason': 'Closed until next season',

	'weekday.mo': 'Monday',
	'weekday.tu': 'Tuesday',
	'weekday.we': 'Wednesday',
	'weekday.th': 'Thursday',
	'weekday.fr': 'Friday',
	'weekday.sa': 'Saturday',
	'weekday.su': 'Sunday',

	'about.figures': 'Key figures',
	'about.members': '{{count}} member businesses in {{year}}',
	'about.visitors': '{{count}} visitors welcomed in our offices in 2019',
	'about.offices': '{{count}} information offices',

	'discover.title': 'Discover the Cévennes and Mont Lozère',
	'discover.description':
		'Mont Lozère, the Vallée Française, the Vallée Longue and the Calbertois: the four parts of the area and five themes to shape your stay in the Cévennes.',
	'discover.lead':
		'Granite and moorland up high, schist and chestnut woods in the valleys: four areas to explore and five themes to choose from.',
	'discover.sectors': 'The four areas',
	'discover.themes': 'Five themes',
	'discover.villages': 'Villages with an information office',
	'discover.officeIn': 'Information office: {{name}}',

	'contact.title': 'Contact us',
	'contact.description':
		'Contact the Cévennes Mont Lozère Tourist Office: one phone number, one e-mail address and six information offices in the villages.',
	'contact.lead':
		'A question about your stay, a walk or somewhere to sleep? Our advisers will answer by phone, by e-mail or in any of our six offices.',
	'contact.byPhone': 'By phone',
	'contact.byEmail': 'By e-mail',
	'contact.byPost': 'By post',
	'contact.inPerson': 'In our offices',
	'contact.phoneNote': 'The same number for all six offices.',

	'notFound.title': 'Page not found',
	'notFound.description':
		'This page does not exist, or no longer exists, on the tourist office website.',
	'notFound.lead': 'This page does not exist or has moved. Here are a few places to start:',
	'notFound.home': 'Home page',
} as const satisfies Record<keyof typeof fr, string>;
