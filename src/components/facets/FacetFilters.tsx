/** @jsxImportSource preact */
/**
 * A list's filters, instant: generalised from the hike list's island (../hikes/HikeFilters.tsx)
 * for any list whose facets src/lib/facets/ describes. Once it runs, the island renders a form,
 * shows and hides the cards the page already holds (`<li data-item-id>`), sorts them by name or
 * by distance from a place, writes the filters in the URL's query string, and updates the result
 * count, which the page announces (`role="status"`).
 *
 * Without JavaScript the page shows plain links to pre-rendered facet pages instead, which this
 * hides. A facet page holds only its own cards: the island then fetches the full list once, from
 * the list's own page, so that every filter works without a reload. All text comes from the
 * page, in its language.
 *
 * A list cut into pages (the provider lists: `paged`) starts on the page's own cards and page
 * links. Once a visitor's filters or sort differ from the page's own, the island fetches the list's
 * index once (every member's card and values) and draws the matching cards of every page, more on
 * demand, in place of the page's; back to the page's own filters, the page's cards return.
 *
 * Dated lists (the agenda) also work: cards may sit in groups (`[data-group]`, one per day), which
 * keep the page's order and hide when none of their cards shows; an item with `endsAt` hides once
 * that instant has passed, so a page built yesterday never shows what is over; period and date
 * facets take today's date in Paris from the visitor's clock.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parisToday } from '../../lib/calendar/paris-time';
import { PAGE_SIZE } from '../../lib/lists/paging';
import type { ListIndex, ListIndexItem } from '../../lib/providers/list-index';
import type { CardText } from '../providers/card-dom';
import type { PageCards } from './paged-list';
import {
	emptyState,
	facetValuesOf,
	matches,
	stateFromQuery,
	stateToQuery,
	type FacetDefinition,
	type FacetItem,
	type FilterState,
} from '../../lib/facets/filters';
import './facet-filters.css';

export interface Option {
	value: string;
	label: string;
}

/** How a facet is shown: a group of checkboxes, a select of one value, a checkbox, a date. */
export interface FacetGroup {
	key: string;
	legend: string;
	control: 'checkboxes' | 'select' | 'checkbox' | 'date';
	options: Option[];
	/** Shown at once (type, area), or under "more filters". */
	primary: boolean;
	/** A select's option for "no choice", when the list's generic one does not fit ("any date"). */
	any?: string;
}

/** A place the list can be sorted by distance from. */
export interface SortOrigin extends Option {
	group: string;
	lat: number;
	lon: number;
}

export interface Props {
	facets: FacetDefinition[];
	groups: FacetGroup[];
	/**
	 * The items, or none to read them from the cards (`data-f-*` attributes, facetAttributes in
	 * src/lib/facets/, and `data-ends-at`): a long list then ships its data once, in its cards.
	 */
	items?: FacetItem[];
	text: {
		legend: string;
		more: string;
		any: string;
		reset: string;
		zero: string;
		one: string;
		/** With a `{{count}}` placeholder. */
		other: string;
		sort: string;
		sortName: string;
	};
	/**
	 * Ids of the page's parts: the no-JavaScript links, the count, the empty message, the list; for
	 * a paged list, its page links and its "more" button.
	 */
	ids: { links: string; count: string; empty: string; list: string; pages?: string; more?: string };
	/** A list cut into pages: where its index is, the level of its cards' headings, their text. */
	paged?: { index: string; heading: 'h2' | 'h3'; text: CardText };
	/** Starts closed on every screen, so that the results come first. */
	folded?: boolean;
	/** The list's own path in this language: where filters are written, and the full list is. */
	listPath: string;
	/** The filters of the facet page the island starts on, if the URL gives none. */
	initial: FilterState;
	/** Whether the page holds only part of the list (a facet page). */
	partial: boolean;
	/** Places to sort from, grouped (offices, villages). */
	origins?: SortOrigin[];
}

const countText = (count: number, text: Props['text']) =>
	count === 0 ? text.zero : count === 1 ? text.one : text.other.replace('{{count}}', String(count));

/** Squared equirectangular distance: enough to order places a few kilometres apart. */
function closeness(item: FacetItem, origin: SortOrigin): number {
	if (item.lat === undefined || item.lon === undefined) return Infinity;
	const x = (item.lon - origin.lon) * Math.cos((origin.lat * Math.PI) / 180);
	const y = item.lat - origin.lat;
	return x * x + y * y;
}

/** Once a minute, items that end are hidden without waiting for the next change of filters. */
const CLOCK_TICK_MS = 60_000;

const listElement = (id: string) => document.getElementById(id);

/** The items of the cards in a list, from their data attributes (see facetAttributes). */
function itemsOfCards(list: HTMLElement | null, facets: readonly FacetDefinition[]): FacetItem[] {
	if (!list) return [];
	return Array.from(list.querySelectorAll<HTMLElement>('[data-item-id]')).map((card) => {
		const endsAt = Number(card.dataset['endsAt']);
		return {
			id: card.dataset['itemId'] ?? '',
			name: '',
			values: facetValuesOf((name) => card.getAttribute(name), facets),
			...(Number.isFinite(endsAt) && endsAt > 0 ? { endsAt } : {}),
		};
	});
}

export default function FacetFilters(props: Props) {
	const [filters, setFilters] = useState<FilterState | undefined>(undefined);
	const [sort, setSort] = useState('name');
	const [open, setOpen] = useState(true);
	const [complete, setComplete] = useState(!props.partial);
	const [now, setNow] = useState(() => Date.now());
	const [items, setItems] = useState<FacetItem[]>(props.items ?? []);
	const summary = useRef<HTMLElement>(null);
	const [limit, setLimit] = useState(PAGE_SIZE);
	const [index, setIndex] = useState<'none' | 'loading' | 'ready' | 'failed'>('none');
	const pageCards = useRef<PageCards | undefined>(undefined);
	const focusFrom = useRef<number | undefined>(undefined);

	useEffect(() => {
		if (!props.items) setItems(itemsOfCards(listElement(props.ids.list), props.facets));
		const timer = setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
		return () => clearInterval(timer);
	}, []);

	useEffect(() => {
		const params = new URLSearchParams(location.search);
		setFilters(location.search ? stateFromQuery(params, props.facets) : props.initial);
		const chosenSort = params.get('sort');
		if (chosenSort && props.origins?.some((origin) => origin.value === chosenSort))
			setSort(chosenSort);
		setOpen(!props.folded && window.matchMedia('(min-width: 52rem)').matches);
		const list = listElement(props.ids.list);
		if (props.paged && list) {
			const heart = list.querySelector('stay-toggle');
			pageCards.current = {
				cards: Array.from(list.children),
				count: listElement(props.ids.count)?.textContent ?? '',
				path: location.pathname,
				heart: heart ? (heart.cloneNode(true) as Element) : null,
			};
			listElement(props.ids.more ?? '')?.addEventListener('click', () => {
				setLimit((current) => {
					focusFrom.current = current;
					return current + PAGE_SIZE;
				});
			});
		}
		const links = listElement(props.ids.links);
		if (links) links.hidden = true;
		if (props.partial) {
			// The full list is the list page itself: one request, then every filter is instant.
			fetch(props.listPath)
				.then((response) =>
					response.ok ? response.text() : Promise.reject(new Error(String(response.status))),
				)
				.then((html) => {
					const full = new DOMParser()
						.parseFromString(html, 'text/html')
						.getElementById(props.ids.list);
					const current = listElement(props.ids.list);
					if (full && current)
						current.replaceChildren(
							...Array.from(full.children).map((node) => document.importNode(node, true)),
						);
					if (!props.items) setItems(itemsOfCards(current, props.facets));
					setComplete(true);
				})
				.catch(() => undefined);
		}
	}, []);

	const shown = useMemo(() => {
		if (!filters) return undefined;
		const context = { today: parisToday(now) };
		return new Set(
			items
				.filter(
					(item) =>
						(item.endsAt === undefined || item.endsAt > now) &&
						matches(item.values, filters, props.facets, context),
				)
				.map((item) => item.id),
		);
	}, [filters, now, items]);

	// The page's own cards serve while the filters and sort are the page's own.
	const own =
		filters !== undefined &&
		stateToQuery(filters, props.facets) === stateToQuery(props.initial, props.facets) &&
		sort === 'name';

	useEffect(() => {
		setLimit(PAGE_SIZE);
		if (!props.paged || !filters || own || index !== 'none') return;
		setIndex('loading');
		fetch(props.paged.index)
			.then((response) =>
				response.ok
					? (response.json() as Promise<ListIndex>)
					: Promise.reject(new Error(String(response.status))),
			)
			.then((data) => {
				setItems(data.items);
				setIndex('ready');
			})
			.catch(() => setIndex('failed'));
	}, [filters, sort]);

	const order = useMemo(() => {
		const origin = props.origins?.find((candidate) => candidate.value === sort);
		const sorted = [...items];
		return origin ? sorted.sort((a, b) => closeness(a, origin) - closeness(b, origin)) : sorted;
	}, [sort, items]);

	useEffect(() => {
		if (!filters || !shown) return;
		const list = listElement(props.ids.list);
		const query = stateToQuery(filters, props.facets);
		const sortQuery = sort === 'name' ? '' : `sort=${encodeURIComponent(sort)}`;
		const search = [query, sortQuery].filter(Boolean).join('&');
		const url = `${props.listPath}${search ? `?${search}` : ''}`;
		if (props.paged) {
			const saved = pageCards.current;
			// The page as built, until the visitor's choices differ from it and the index has come.
			if (!list || !saved || (own ? !list.dataset['drawn'] : index !== 'ready')) return;
			const view = {
				list,
				saved,
				ids: props.ids,
				heading: props.paged.heading,
				text: props.paged.text,
				matching: own ? undefined : (order.filter((item) => shown.has(item.id)) as ListIndexItem[]),
				limit,
				countText: (count: number) => countText(count, props.text),
				focusFrom: focusFrom.current,
				url,
			};
			focusFrom.current = undefined;
			// Drawing cards is needed only once a visitor filters: loaded then.
			void import('./paged-list').then(({ showPaged }) => showPaged(view));
			return;
		}
		if (list) {
			const cards = new Map(
				Array.from(list.querySelectorAll<HTMLElement>('[data-item-id]')).map((card) => [
					card.dataset['itemId'] ?? '',
					card,
				]),
			);
			const groups = list.querySelectorAll<HTMLElement>('[data-group]');
			for (const item of order) {
				const card = cards.get(item.id);
				if (!card) continue;
				card.hidden = !shown.has(item.id);
				// Grouped cards keep the page's order (dates); a flat list follows the chosen sort.
				if (groups.length === 0) list.append(card);
			}
			for (const group of groups)
				group.hidden = !group.querySelector('[data-item-id]:not([hidden])');
		}
		// The count is a status region: the same text written again would be announced again.
		const count = listElement(props.ids.count);
		const counted = countText(shown.size, props.text);
		if (count && count.textContent !== counted) count.textContent = counted;
		const empty = listElement(props.ids.empty);
		if (empty) empty.hidden = shown.size > 0;
		history.replaceState(history.state, '', url);
	}, [shown, order, complete, limit, index]);

	if (!filters) return null;

	const set = (key: string, values: string[]) => setFilters({ ...filters, [key]: values });
	const chosen = (key: string) => filters[key] ?? [];
	const active = props.facets.reduce((sum, facet) => sum + chosen(facet.key).length, 0);

	const control = (group: FacetGroup) => {
		if (group.control === 'date') {
			return (
				<label key={group.key} class="facet-select">
					<span>{group.legend}</span>
					<input
						type="date"
						name={group.key}
						value={chosen(group.key)[0] ?? ''}
						onChange={(event) =>
							set(group.key, event.currentTarget.value ? [event.currentTarget.value] : [])
						}
					/>
				</label>
			);
		}
		if (group.control === 'checkbox') {
			return (
				<label key={group.key} class="facet-check">
					<input
						type="checkbox"
						name={group.key}
						checked={chosen(group.key).includes('1')}
						onChange={(event) => set(group.key, event.currentTarget.checked ? ['1'] : [])}
					/>
					{group.legend}
				</label>
			);
		}
		if (group.control === 'select') {
			return (
				<label key={group.key} class="facet-select">
					<span>{group.legend}</span>
					<select
						name={group.key}
						value={chosen(group.key)[0] ?? ''}
						onChange={(event) =>
							set(group.key, event.currentTarget.value ? [event.currentTarget.value] : [])
						}
					>
						<option value="">{group.any ?? props.text.any}</option>
						{group.options.map((option) => (
							<option key={option.value} value={option.value}>
								{option.label}
							</option>
						))}
					</select>
				</label>
			);
		}
		return (
			<fieldset key={group.key}>
				<legend>{group.legend}</legend>
				{group.options.map((option) => (
					<label key={option.value} class="facet-check">
						<input
							type="checkbox"
							name={group.key}
							value={option.value}
							checked={chosen(group.key).includes(option.value)}
							onChange={(event) =>
								set(
									group.key,
									event.currentTarget.checked
										? [...chosen(group.key), option.value]
										: chosen(group.key).filter((value) => value !== option.value),
								)
							}
						/>
						{option.label}
					</label>
				))}
			</fieldset>
		);
	};

	const originGroups = [...new Set((props.origins ?? []).map((origin) => origin.group))];

	return (
		<details
			class="facet-filters"
			open={open}
			onToggle={(event) => setOpen(event.currentTarget.open)}
		>
			<summary ref={summary}>
				{props.text.legend}
				{active > 0 && <span class="facet-active"> ({active})</span>}
			</summary>
			<form aria-label={props.text.legend} onSubmit={(event) => event.preventDefault()}>
				<div class="facet-grid">{props.groups.filter((group) => group.primary).map(control)}</div>
				<fieldset class="facet-more">
					<legend>{props.text.more}</legend>
					<div class="facet-grid">
						{props.groups.filter((group) => !group.primary).map(control)}
					</div>
				</fieldset>
				<div class="facet-actions">
					{props.origins && props.origins.length > 0 && (
						<label class="facet-select">
							<span>{props.text.sort}</span>
							<select
								name="sort"
								value={sort}
								onChange={(event) => setSort(event.currentTarget.value)}
							>
								<option value="name">{props.text.sortName}</option>
								{originGroups.map((group) => (
									<optgroup key={group} label={group}>
										{(props.origins ?? [])
											.filter((origin) => origin.group === group)
											.map((origin) => (
												<option key={origin.value} value={origin.value}>
													{origin.label}
												</option>
											))}
									</optgroup>
								))}
							</select>
						</label>
					)}
					<button
						type="button"
						disabled={active === 0}
						onClick={() => {
							// The button is disabled once nothing is chosen: focus goes to the filters'
							// heading rather than to the page's start.
							summary.current?.focus();
							setFilters(emptyState(props.facets));
						}}
					>
						{props.text.reset}
					</button>
				</div>
			</form>
		</details>
	);
}
