import type { HikeData } from '../../schemas/hike';
import type { HikeFacets } from './filters';

/** What the list filters read of a hike. */
export function hikeFacets(id: string, hike: HikeData): HikeFacets {
	return {
		id,
		practice: [...hike.practices],
		difficulty: hike.difficulty,
		sector: hike.sector.id,
		theme: hike.themes.map((theme) => theme.id),
		duration: hike.track.durationMinutes,
		length: hike.track.lengthMetres,
		ascent: hike.track.ascentMetres,
		loop: hike.track.isLoop,
		family: hike.familyFriendly,
	};
}
