/** @jsxImportSource preact */
/**
 * The hike list's filters, instant: the island renders a form once it runs, filters the list the
 * page already shows (cards carry `data-hike-id`), writes the filters in the URL's query string,
 * and updates the result count, which the page announces (`role="status"`). Without JavaScript the
 * page shows plain links to pre-rendered facet pages instead (FacetLinks.astro), which this hides.
 * All text comes from the page, in its language.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
	filtersFromQuery,
	filtersToQuery,
	matches,
	type FlagFacet,
	type HikeFacets,
	type HikeFilters as Filters,
	type ListFacet,
	type RangeFacet,
} from '../../lib/hikes/filters';

interface Option {
	value: string;
	label: string;
}

export interface Props {
	hikes: HikeFacets[];
	lists: { facet: ListFacet; legend: string; options: Option[] }[];
	ranges: { facet: RangeFacet; label: string; options: Option[] }[];
	flags: { facet: FlagFacet; label: string }[];
	text: {
		legend: string;
		more: string;
		any: string;
		reset: string;
		zero: string;
		one: string;
		other: string;
	};
	/** The list's own path in this language: the URL the filters are written on. */
	listPath: string;
	/** The filters of the facet page the island starts on, if the URL gives none. */
	initial: Filters;
}

const countText = (count: number, text: Props['text']) =>
	count === 0 ? text.zero : count === 1 ? text.one : text.other.replace('{{count}}', String(count));

export default function HikeFilters(props: Props) {
	const [filters, setFilters] = useState<Filters | undefined>(undefined);
	// Open on wide screens; on a phone the form starts folded so the results stay in view.
	const [open, setOpen] = useState(false);

	useEffect(() => {
		const fromUrl = location.search ? filtersFromQuery(location.search) : props.initial;
		setFilters(fromUrl);
		setOpen(matchMedia('(min-width: 52rem)').matches || filtersToQuery(fromUrl) !== '');
		const links = document.getElementById('hike-facet-links');
		if (links) links.hidden = true;
	}, []);

	const shown = useMemo(
		() =>
			filters
				? new Set(props.hikes.filter((hike) => matches(hike, filters)).map((hike) => hike.id))
				: undefined,
		[filters],
	);

	useEffect(() => {
		if (!filters || !shown) return;
		for (const card of document.querySelectorAll<HTMLElement>('[data-hike-id]')) {
			card.hidden = !shown.has(card.dataset['hikeId'] ?? '');
		}
		// The count is a status region: the same text written again would be announced again.
		const count = document.getElementById('hike-count');
		const counted = countText(shown.size, props.text);
		if (count && count.textContent !== counted) count.textContent = counted;
		const empty = document.getElementById('hike-empty');
		if (empty) empty.hidden = shown.size > 0;
		const query = filtersToQuery(filters);
		history.replaceState(history.state, '', `${props.listPath}${query ? `?${query}` : ''}`);
	}, [shown]);

	if (!filters) return null;

	const toggle = (facet: ListFacet, value: string, on: boolean) =>
		setFilters({
			...filters,
			[facet]: on ? [...filters[facet], value] : filters[facet].filter((item) => item !== value),
		});

	return (
		<details
			class="hike-filters"
			open={open}
			onToggle={(event) => setOpen(event.currentTarget.open)}
		>
			<summary>{props.text.legend}</summary>
			<form aria-label={props.text.legend} onSubmit={(event) => event.preventDefault()}>
				<div class="hike-filters-grid">
					{props.lists.map((group) => (
						<fieldset key={group.facet}>
							<legend>{group.legend}</legend>
							{group.options.map((option) => (
								<label key={option.value}>
									<input
										type="checkbox"
										name={group.facet}
										value={option.value}
										checked={filters[group.facet].includes(option.value)}
										onChange={(event) =>
											toggle(group.facet, option.value, event.currentTarget.checked)
										}
									/>
									{option.label}
								</label>
							))}
						</fieldset>
					))}
					<fieldset>
						<legend>{props.text.more}</legend>
						{props.ranges.map((range) => (
							<label key={range.facet} class="range">
								{range.label}
								<select
									name={range.facet}
									value={filters[range.facet] ?? ''}
									onChange={(event) =>
										setFilters({
											...filters,
											[range.facet]: event.currentTarget.value || undefined,
										})
									}
								>
									<option value="">{props.text.any}</option>
									{range.options.map((option) => (
										<option key={option.value} value={option.value}>
											{option.label}
										</option>
									))}
								</select>
							</label>
						))}
						{props.flags.map((flag) => (
							<label key={flag.facet}>
								<input
									type="checkbox"
									name={flag.facet}
									checked={filters[flag.facet]}
									onChange={(event) =>
										setFilters({ ...filters, [flag.facet]: event.currentTarget.checked })
									}
								/>
								{flag.label}
							</label>
						))}
					</fieldset>
				</div>
				<button type="button" onClick={() => setFilters(filtersFromQuery(''))}>
					{props.text.reset}
				</button>
			</form>
		</details>
	);
}
