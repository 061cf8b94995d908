/**
 * The destination guide's content, gathered from the collections in one language: sectors with
 * their villages (in the order the site's maps number them), themes, the office's photos of each,
 * the territory's map and each sector's — the same maps as the site's pages.
 */
import { sectorMap, sectorTone, territoryMap } from '../destination-maps';
import { villagesBySector, villagesOnMap } from '../destination-queries';
import { territoryCommunes } from '../geo/communes';
import { pageCopy } from '../content/page-copy';
import { interpolate, type Translate } from '../i18n/ui';
import { getOffices, getSectors, getThemes, getVillages } from '../queries';
import type { CommonInput, DestinationGuideInput } from './inputs';
import { officePhoto } from './photo-sources';

export async function destinationGuide(
	base: CommonInput & { title: string },
	t: Translate,
): Promise<DestinationGuideInput> {
	const locale = base.locale;
	const [sectors, villages, themes, offices, copy] = await Promise.all([
		getSectors(),
		getVillages(),
		getThemes(),
		getOffices(),
		pageCopy('brochure-pdf', locale),
	]);
	const groups = villagesBySector(sectors, villages);
	// One numbering for the territory's map and the guide: sector by sector, in the sectors' order.
	const ordered = groups.flatMap((group) => group.villages);
	const onMap = villagesOnMap(ordered, offices);
	const communes = territoryCommunes();
	const sectorIds = sectors.map((sector) => sector.id);
	return {
		...base,
		intro: interpolate(copy.destinationIntro, { offices: base.offices.length }, locale),
		territory: {
			map: territoryMap(onMap, sectorIds, communes),
			tones: sectorIds.map((id) => sectorTone(sectorIds, id)),
		},
		sectors: groups.map(({ sector, villages: sectorVillages }) => ({
			name: sector.data.name,
			summary: sector.data.summary[locale],
			portrait: sector.data.portrait[locale],
			landscapes: sector.data.landscapes.map((item) => ({
				name: item.name[locale],
				description: item.description[locale],
			})),
			heritage: sector.data.heritage.map((item) => ({
				name: item.name[locale],
				description: item.description[locale],
			})),
			map: sectorMap(
				sector.id,
				onMap,
				onMap.filter((village) => village.sector === sector.id),
				communes,
			),
			photo: officePhoto('sectors', sector.id, sector.data.photo, t),
			villages: sectorVillages.map((village) => ({
				name: village.data.name,
				summary: village.data.summary[locale],
				whatToSee: village.data.whatToSee.map((item) => ({
					name: item.name[locale],
					description: item.description[locale],
				})),
				photo: officePhoto('villages', village.id, village.data.photo, t),
			})),
		})),
		themes: themes.map((theme) => ({
			name: theme.data.name[locale],
			introduction: theme.data.introduction[locale],
			highlights: theme.data.highlights.map((item) => ({
				name: item.name[locale],
				description: item.description[locale],
			})),
			photo: officePhoto('themes', theme.id, theme.data.photo, t),
		})),
	};
}
