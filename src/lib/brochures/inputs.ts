/**
 * What each brochure is built from: plain, already translated data (sources.ts gathers it from the
 * collections), so that tests run the builders directly. Photos are files on the disk with their
 * credit line (pdf-photos.ts); maps are the site's static-map models.
 */
import type { AreaGeometry } from '../geo/polygon';
import type { MapModel } from '../geo/static-map';
import type { GeoPoint } from '../geo/territory';
import type { Locale } from '../i18n/locales';
import type { PhotoSource } from './pdf-photos';

export type { PhotoSource };

/** The office's contacts, printed in every footer and on the back of the cover. */
export interface OfficeContacts {
	name: string;
	/** The single phone number as people read it in this language. */
	phone: string;
	email: string;
	/** The site's home page in this language. */
	website: string;
}

export interface Office {
	name: string;
	/** Street, postcode and locality on one line. */
	address: string;
	/** What the office offers, in words (free Wi-Fi, shop, 24-hour kiosk…). */
	services: string[];
	location: GeoPoint;
}

export interface Highlight {
	name: string;
	description: string;
}

export interface Listing {
	name: string;
	/** Its kind in words ("B&B", "Cheese"), used to group listings. */
	kind: string;
	village: string;
	summary: string;
	/** Further lines: capacity, labels, opening, prices. */
	details: string[];
	phones: string[];
	email?: string | undefined;
	website?: string | undefined;
	location: GeoPoint;
	sample: boolean;
	/** Its main photo, from the build's photo cache (never a sample member's). */
	photo?: PhotoSource | undefined;
}

export interface CommonInput {
	locale: Locale;
	contacts: OfficeContacts;
	offices: Office[];
	/** Written into the file (creation date): the build's date. */
	date: Date;
	/** The page of the brochure on the site, printed on the cover. */
	pageUrl: string;
	/** The site's hero photo, across the cover's top; without it, the drawn band. */
	coverPhoto?: PhotoSource | undefined;
}

export interface DestinationGuideInput extends CommonInput {
	title: string;
	/** The introduction under the title, from content/copy/brochure-pdf.yaml. */
	intro: string;
	/** The territory's map, its communes coloured by sector, its villages numbered. */
	territory?: { map: MapModel; tones: string[] } | undefined;
	sectors: {
		name: string;
		summary: string;
		portrait: string[];
		landscapes: Highlight[];
		heritage: Highlight[];
		/** The sector's map: its communes among the others, its villages numbered in list order. */
		map?: MapModel | undefined;
		photo?: PhotoSource | undefined;
		villages: {
			name: string;
			summary: string;
			whatToSee: Highlight[];
			photo?: PhotoSource | undefined;
		}[];
	}[];
	themes: {
		name: string;
		introduction: string[];
		highlights: Highlight[];
		photo?: PhotoSource | undefined;
	}[];
}

export interface TouristMapInput extends CommonInput {
	title: string;
	/** Every commune of the territory, by sector. */
	communes: { id: string; sector: string; geometry: AreaGeometry }[];
	sectors: { id: string; name: string }[];
	villages: { name: string; location: GeoPoint }[];
	hikes: { title: string; start: string; location: GeoPoint; distance: string; duration: string }[];
	activities: Listing[];
}

export interface ListingGuideInput extends CommonInput {
	title: string;
	/** The introduction under the title, from content/copy/brochure-pdf.yaml. */
	intro: string;
	/** One section per group (a category, then its kinds in order). */
	sections: { heading: string; listings: Listing[] }[];
}

export interface VillagePlansInput extends CommonInput {
	title: string;
	/** The introduction under the title, from content/copy/brochure-pdf.yaml. */
	intro: string;
	villages: {
		name: string;
		commune: AreaGeometry;
		centre: GeoPoint;
		services: {
			kind: string;
			name?: string | undefined;
			where?: string | undefined;
			location: GeoPoint;
		}[];
		servicesAreSample: boolean;
		walk?:
			| {
					title: string;
					summary: string;
					steps: { name: string; description: string; location: GeoPoint }[];
					sample: boolean;
			  }
			| undefined;
	}[];
}

export interface PartnershipGuideInput extends CommonInput {
	title: string;
	introduction: string[];
	commitments: string[];
	expectations: string[];
	offers: { title: string; text: string }[];
	members: { year: string; count: number }[];
	join: string[];
	listing: string[];
	network: string[];
}
