/**
 * The brochures that are mostly maps: the tourist map (commune boundaries by sector, villages,
 * offices, where walks start, activities with their photos) and the village plans (each
 * village's shops, services and heritage walk).
 */
import { boundsOf, padBounds } from '../geo/polygon';
import { buildStaticMap, type MapArea, type MapPoint } from '../geo/static-map';
import { useTranslations } from '../i18n/ui';
import {
	cover,
	embedPhotos,
	finish,
	listingLines,
	listingName,
	listingPhotos,
	officesSection,
	writerFor,
} from './brochure-parts';
import type { TouristMapInput, VillagePlansInput } from './inputs';
import type { BuiltPdf } from './pdf-writer';

export async function buildTouristMap(input: TouristMapInput): Promise<BuiltPdf> {
	const t = useTranslations(input.locale);
	const writer = await writerFor(input, input.title, t('pdf.map.subject'), 'A4');
	const photos = await embedPhotos(writer, listingPhotos(input.activities), 'thumb');
	await cover(writer, input, t, input.title, t('pdf.map.subtitle'));
	const areas: MapArea[] = input.communes.map((commune) => ({
		id: commune.id,
		geometry: commune.geometry,
		tone: commune.sector,
	}));
	const points: MapPoint[] = [
		...input.villages.map((village, index) => ({
			id: `village-${index}`,
			point: village.location,
			kind: 'village',
			label: village.name,
		})),
		...input.offices.map((office, index) => ({
			id: `office-${index}`,
			point: office.location,
			kind: 'office',
			badge: String(index + 1),
		})),
		...input.hikes.map((hike, index) => ({
			id: `hike-${index}`,
			point: hike.location,
			kind: 'hike',
			badge:
				String.fromCharCode(65 + (index % 26)) +
				(index >= 26 ? String(Math.floor(index / 26)) : ''),
		})),
	];
	const model = buildStaticMap(areas, points, {
		width: writer.column,
		maxHeight: 560,
		marginMetres: 800,
		fontSize: 7,
		markerRadius: 6,
	});
	writer.newPage();
	writer.heading(input.title, 1, 0);
	writer.map(model, {
		tones: input.sectors.map((sector) => sector.id),
		caption: t('pdf.map.caption'),
	});
	writer.heading(t('pdf.map.legend'), 2, 20);
	writer.text(
		[
			t('pdf.map.legendOffices'),
			t('pdf.map.legendHikes'),
			t('pdf.map.legendSectors', {
				sectors: input.sectors.map((sector) => sector.name).join(', '),
			}),
		].join('\n'),
		{ size: 9 },
	);
	writer.newPage();
	writer.heading(t('pdf.offices.heading'), 1);
	writer.paragraph(
		t('pdf.offices.lead', { phone: input.contacts.phone, email: input.contacts.email }),
	);
	input.offices.forEach((office, index) =>
		writer.entry(`${index + 1}. ${office.name}`, [office.address, office.services.join(' · ')]),
	);
	if (input.hikes.length > 0) {
		writer.heading(t('pdf.map.hikes'), 1);
		input.hikes.forEach((hike, index) => {
			const badge = points.find((point) => point.id === `hike-${index}`)?.badge ?? '';
			writer.entry(`${badge}. ${hike.title}`, [
				t('pdf.map.hikeStart', {
					start: hike.start,
					distance: hike.distance,
					duration: hike.duration,
				}),
			]);
		});
	}
	if (input.activities.length > 0) {
		writer.heading(t('pdf.map.activities'), 1);
		if (input.activities.some((listing) => listing.sample)) writer.note(t('pdf.sampleListings'));
		input.activities.forEach((listing, index) =>
			writer.entry(listingName(listing, t), listingLines(listing, t), { photo: photos[index] }),
		);
	}
	return finish(writer, input, t);
}

/** Letters for the walk's stops (A, B, C…), numbers for shops and services. */
const stopLetter = (index: number) => String.fromCharCode(65 + (index % 26));

export async function buildVillagePlans(input: VillagePlansInput): Promise<BuiltPdf> {
	const t = useTranslations(input.locale);
	const writer = await writerFor(input, input.title, t('pdf.plans.subject'), 'A4');
	await cover(writer, input, t, input.title, t('pdf.plans.subtitle'));
	writer.newPage();
	writer.heading(input.title, 1);
	writer.paragraph(input.intro);
	writer.heading(t('pdf.contents'), 2);
	for (const village of input.villages) writer.bullet(village.name);
	for (const village of input.villages) {
		writer.newPage();
		writer.heading(village.name, 1, 0);
		const services: MapPoint[] = village.services.map((service, index) => ({
			id: `service-${index}`,
			point: service.location,
			kind: 'service',
			badge: String(index + 1),
		}));
		const stops: MapPoint[] = (village.walk?.steps ?? []).map((step, index) => ({
			id: `stop-${index}`,
			point: step.location,
			kind: 'office',
			badge: stopLetter(index),
		}));
		const centre: MapPoint = {
			id: 'centre',
			point: village.centre,
			kind: 'village',
			label: village.name,
		};
		const located = [...services, ...stops].map((point) => point.point);
		const frame = padBounds(
			boundsOf([], located.length > 0 ? located : [village.centre]),
			120,
			700,
		);
		const model = buildStaticMap(
			[{ id: 'commune', geometry: village.commune, tone: 'focus' }],
			[centre, ...services, ...stops],
			{
				width: writer.column,
				// A plan with a point or two needs no full half-page.
				maxHeight: located.length <= 2 ? 220 : 330,
				frame,
				fontSize: 7,
				markerRadius: 6,
				lines: village.walk ? [village.walk.steps.map((step) => step.location)] : [],
			},
		);
		writer.map(model, { tones: ['focus'], caption: t('pdf.plans.caption') });
		if (village.services.length > 0) {
			writer.heading(t('pdf.plans.services'), 2, 30);
			if (village.servicesAreSample) writer.note(t('pdf.plans.sample'));
			village.services.forEach((service, index) =>
				writer.text(
					`${index + 1}. ${[service.kind, service.name, service.where].filter(Boolean).join(' · ')}`,
					{ size: 9.5, after: 2 },
				),
			);
		}
		if (village.walk) {
			writer.heading(village.walk.title, 2, 40);
			if (village.walk.sample) writer.note(t('pdf.plans.sampleWalk'));
			writer.paragraph(village.walk.summary);
			village.walk.steps.forEach((step, index) =>
				writer.entry(`${stopLetter(index)}. ${step.name}`, [step.description]),
			);
		}
	}
	writer.newPage();
	officesSection(writer, input, t);
	return finish(writer, input, t);
}
