/**
 * The downloads of a hike in one language: GPX 1.1, KML and GeoJSON built from the stored track,
 * with the start, the end and the points of interest as waypoints.
 */
import type { HikeData } from '../../schemas/hike';
import type { TrackExport } from '../gpx/export';
import { hikeGeoJson } from '../gpx/geojson';
import { boundsOf, type Waypoint } from '../gpx/track';
import { toGpx } from '../gpx/write-gpx';
import { toKml } from '../gpx/write-kml';
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import type { ParkAreaFeature } from '../park/regulations';
import { multiPolygonOf } from '../park/regulations';

export interface DownloadContext {
	id: string;
	hike: HikeData;
	locale: Locale;
	/** Absolute URL of the hike's page in this language. */
	pageUrl: string;
	/** Absolute URL of the home page in this language. */
	siteUrl: string;
}

/** The end of the hike: its last track point. */
export const endOf = (hike: HikeData) => hike.track.points[hike.track.points.length - 1]!;

function waypointsOf({ hike, locale }: DownloadContext): Waypoint[] {
	const t = useTranslations(locale);
	const first = hike.track.points[0]!;
	const last = endOf(hike);
	return [
		{
			...hike.start,
			ele: first.ele,
			name: t('hike.start', { name: hike.startName }),
			type: 'start',
		},
		...(hike.track.isLoop
			? []
			: [
					{
						lat: last.lat,
						lon: last.lon,
						ele: last.ele,
						name: t('hike.end', { name: hike.endName ?? '' }),
						type: 'end',
					},
				]),
		...hike.pointsOfInterest.map((poi) => ({
			...poi.location,
			name: poi.name[locale],
			description: poi.description?.[locale],
			type: poi.kind,
		})),
	];
}

export function trackExport(context: DownloadContext): TrackExport {
	const { hike, locale } = context;
	const t = useTranslations(locale);
	return {
		name: hike.title[locale],
		description: hike.sample
			? `${hike.summary[locale]}\n${t('hike.sample')}`
			: hike.summary[locale],
		url: context.pageUrl,
		author: { name: t('site.name'), url: context.siteUrl },
		credit: hike.trackCredit ? t('hike.trackCredit', { credit: hike.trackCredit }) : undefined,
		keywords: hike.practices.map((practice) => t(`practice.${practice}`)),
		points: hike.track.points,
		waypoints: waypointsOf(context),
		bounds: boundsOf(hike.track.points),
	};
}

export const hikeGpx = (context: DownloadContext) => toGpx(trackExport(context));
export const hikeKml = (context: DownloadContext) => toKml(trackExport(context));

/** The map's data for a hike: track, start, end, points of interest and the park areas it crosses. */
export function hikeMapData(context: DownloadContext, parkAreas: readonly ParkAreaFeature[]) {
	const { hike, locale, id } = context;
	const t = useTranslations(locale);
	const last = endOf(hike);
	return hikeGeoJson({
		id,
		name: hike.title[locale],
		url: context.pageUrl,
		points: hike.track.points,
		lengthMetres: hike.track.lengthMetres,
		ascentMetres: hike.track.ascentMetres,
		isLoop: hike.track.isLoop,
		start: { name: hike.startName, ...hike.start },
		end: { name: hike.endName ?? hike.startName, lat: last.lat, lon: last.lon },
		pointsOfInterest: hike.pointsOfInterest.map((poi) => ({
			kind: poi.kind,
			name: poi.name[locale],
			description: poi.description?.[locale],
			...poi.location,
		})),
		regulations: hike.regulations.flatMap((area) => {
			const feature = parkAreas.find((candidate) => candidate.properties.id === area.id);
			if (!feature) return [];
			return [
				{
					id: area.id,
					name: area.section ?? area.name,
					rule: area.rules
						.map((rule) => t(`park.rule.${rule.code}` as Parameters<typeof t>[0]))
						.join(' '),
					coordinates: multiPolygonOf(feature),
				},
			];
		}),
	});
}
