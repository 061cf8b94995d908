/**
 * The content the destination pages (sectors, villages, themes, experiences) read, gathered once
 * per page in display order.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { VillageOnMap } from './destination-maps';
import { getExperiences, getOffices, getSectors, getThemes, getVillages } from './queries';

export interface DestinationContent {
	sectors: CollectionEntry<'sectors'>[];
	themes: CollectionEntry<'themes'>[];
	villages: CollectionEntry<'villages'>[];
	offices: CollectionEntry<'offices'>[];
	experiences: CollectionEntry<'experiences'>[];
	hikes: CollectionEntry<'hikes'>[];
	providers: CollectionEntry<'providers'>[];
	events: CollectionEntry<'events'>[];
}

let cached: Promise<DestinationContent> | undefined;

/** Read once per build: every destination page needs the same collections. */
export function getDestinationContent(): Promise<DestinationContent> {
	cached ??= readDestinationContent();
	return cached;
}

async function readDestinationContent(): Promise<DestinationContent> {
	const [sectors, themes, villages, offices, experiences, hikes, providers, events] =
		await Promise.all([
			getSectors(),
			getThemes(),
			getVillages(),
			getOffices(),
			getExperiences(),
			getCollection('hikes'),
			getCollection('providers'),
			getCollection('events'),
		]);
	return { sectors, themes, villages, offices, experiences, hikes, providers, events };
}

/** The office standing in a village, if any. */
export function officeIn(
	offices: CollectionEntry<'offices'>[],
	villageId: string,
): CollectionEntry<'offices'> | undefined {
	return offices.find((office) => office.data.village.id === villageId);
}

/** Villages as the maps need them. */
export function villagesOnMap(
	villages: CollectionEntry<'villages'>[],
	offices: CollectionEntry<'offices'>[],
): VillageOnMap[] {
	return villages.map((village) => ({
		id: village.id,
		name: village.data.name,
		insee: village.data.insee,
		sector: village.data.sector.id,
		location: village.data.location,
		hasOffice: officeIn(offices, village.id) !== undefined,
	}));
}

/** Villages grouped by sector, sectors in their order, villages alphabetically. */
export function villagesBySector(
	sectors: CollectionEntry<'sectors'>[],
	villages: CollectionEntry<'villages'>[],
): { sector: CollectionEntry<'sectors'>; villages: CollectionEntry<'villages'>[] }[] {
	return sectors.map((sector) => ({
		sector,
		villages: villages.filter((village) => village.data.sector.id === sector.id),
	}));
}
