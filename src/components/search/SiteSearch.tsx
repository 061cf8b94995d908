/** @jsxImportSource preact */
/**
 * The search page's island: a search field, filters by kind, sector and village, and result
 * cards, over Pagefind's JavaScript API (loaded lazily from /pagefind/, only on this page). The
 * query and the filters live in the URL (src/lib/search/state.ts): the header's plain form sends
 * `q` here, and a search can be bookmarked or shared. The result count is announced
 * (`role="status"`); everything works with the keyboard alone; "more results" moves focus to the
 * first new card.
 *
 * Nothing renders before the script runs: without JavaScript the page says why, and lists the
 * site's sections (SearchView.astro). All text comes from the page, in its language.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { todayInParis } from '../../lib/destination';
import { interpolate } from '../../lib/i18n/interpolate';
import { endedDays } from '../../lib/search/ended';
import type { SearchKind } from '../../lib/search/kinds';
import { loadPagefind, type PagefindApi, type PagefindResult } from '../../lib/search/pagefind';
import { kindFirst, namedKind } from '../../lib/search/named-kind';
import { EXCERPT_LENGTH, RESULTS_PER_PAGE, SEARCH_RANKING } from '../../lib/search/ranking';
import { currentCards, type ResultCard } from '../../lib/search/results';
import {
	EMPTY_STATE,
	hasCriteria,
	normaliseQuery,
	pagefindFilters,
	QUERY_MAX_LENGTH,
	resultOrder,
	stateFromQuery,
	stateToQuery,
	type SearchState,
} from '../../lib/search/state';
import { KIND_PICTOGRAMS } from './pictograms';
import type { Outcome, Props } from './types';
import './site-search.css';

const DEBOUNCE_MS = 250;
const QUERY_ID = 'search-query';

const plural = (forms: [string, string, string], count: number, query: string) =>
	interpolate(forms[count === 0 ? 0 : count === 1 ? 1 : 2], { count, query });

async function cardsOf(results: PagefindResult[]): Promise<ResultCard[]> {
	return currentCards(await Promise.all(results.map((result) => result.data())), todayInParis());
}

export default function SiteSearch(props: Props) {
	const { text } = props;
	const known = useMemo(
		() => ({
			sectors: props.sectors.map((sector) => sector.value),
			villages: props.villages.map((village) => village.value),
		}),
		[],
	);
	// The form is rendered with the page (empty), so that it takes its place before the script
	// runs instead of pushing the page down when it does; the URL is read once the island starts.
	const [state, setState] = useState<SearchState>(EMPTY_STATE);
	const [urlRead, setUrlRead] = useState(false);
	const [draft, setDraft] = useState('');
	const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });
	const [loadingMore, setLoadingMore] = useState(false);
	// The filters fold away on small screens, so the results come first; open when some apply.
	// Folded in the page as built (phones first), opened by the script on wide screens.
	const [filtersOpen, setFiltersOpen] = useState(false);
	const sequence = useRef(0);
	const debounce = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
	const list = useRef<HTMLOListElement>(null);
	const focusIndex = useRef<number | undefined>(undefined);
	const filtersHeading = useRef<HTMLElement>(null);

	const pagefind = (): Promise<PagefindApi> =>
		loadPagefind({
			metaCacheTag: props.indexTag,
			excerptLength: EXCERPT_LENGTH,
			ranking: SEARCH_RANKING,
		});

	// The state the URL gives when the page opens (the header's form sends `q`).
	useEffect(() => {
		const initial = stateFromQuery(new URLSearchParams(location.search), known);
		setDraft(initial.query);
		setFiltersOpen(
			window.matchMedia('(min-width: 52rem)').matches ||
				initial.kinds.length > 0 ||
				initial.sector !== '' ||
				initial.village !== '',
		);
		setState(initial);
		setUrlRead(true);
	}, []);

	// Every change of state: written in the URL, then searched.
	useEffect(() => {
		if (!urlRead) return;
		const query = stateToQuery(state);
		history.replaceState(
			history.state,
			'',
			query ? `${props.searchPath}?${query}` : props.searchPath,
		);
		const run = ++sequence.current;
		if (!hasCriteria(state)) {
			setOutcome({ status: 'idle' });
			return;
		}
		void (async () => {
			try {
				const api = await pagefind();
				// Loading every filter once makes each search return its counts per filter value.
				const all = await api.filters();
				const ended = endedDays(Object.keys(all['ends'] ?? {}), todayInParis());
				const words = state.query || null;
				const sort = resultOrder(state);
				// Counts per kind come from the search without the kind filter, so a visitor sees
				// what each other kind would give.
				const unkinded = await api.search(words, {
					filters: pagefindFilters(state, ended, { withKinds: false }),
					...(sort ? { sort } : {}),
				});
				const search =
					state.kinds.length > 0
						? await api.search(words, {
								filters: pagefindFilters(state, ended),
								...(sort ? { sort } : {}),
							})
						: unkinded;
				// A query naming a kind ("randonnée", "gîte", "marché") lists that kind first.
				const named = state.kinds.length === 0 ? namedKind(state.query, props.kinds) : undefined;
				const results = named
					? kindFirst(
							(
								await api.search(words, {
									filters: { ...pagefindFilters(state, ended), kind: named },
								})
							).results,
							search.results,
						)
					: search.results;
				const first = results.slice(0, RESULTS_PER_PAGE);
				const cards = await cardsOf(first);
				if (run !== sequence.current) return;
				setOutcome({
					status: 'done',
					state,
					results,
					loaded: first.length,
					dropped: first.length - cards.length,
					cards,
					kindCounts: unkinded.filters['kind'] ?? {},
				});
			} catch {
				if (run === sequence.current) setOutcome({ status: 'error' });
			}
		})();
	}, [state, urlRead]);

	// After "more results", focus goes to the first new card's link.
	useEffect(() => {
		if (focusIndex.current === undefined || !list.current) return;
		const link = list.current.querySelectorAll<HTMLAnchorElement>('h2 a')[focusIndex.current];
		focusIndex.current = undefined;
		link?.focus();
	}, [outcome]);

	const apply = (next: Partial<SearchState>) => setState({ ...state, ...next });
	const applyDraft = (value: string) => {
		clearTimeout(debounce.current);
		const query = normaliseQuery(value);
		if (query !== state.query) apply({ query });
	};
	const onInput = (value: string) => {
		setDraft(value);
		clearTimeout(debounce.current);
		debounce.current = setTimeout(() => applyDraft(value), DEBOUNCE_MS);
	};
	const toggleKind = (kind: SearchKind, on: boolean) =>
		apply({
			kinds: props.kinds
				.map((option) => option.value)
				.filter((value) => (value === kind ? on : state.kinds.includes(value))),
		});
	const active = state.kinds.length + (state.sector ? 1 : 0) + (state.village ? 1 : 0);
	const filtered = active > 0;

	const more = async () => {
		if (outcome.status !== 'done') return;
		setLoadingMore(true);
		const batch = outcome.results.slice(outcome.loaded, outcome.loaded + RESULTS_PER_PAGE);
		const next = await cardsOf(batch).catch(() => undefined);
		setLoadingMore(false);
		if (!next) return;
		if (next.length > 0) focusIndex.current = outcome.cards.length;
		setOutcome({
			...outcome,
			loaded: outcome.loaded + batch.length,
			dropped: outcome.dropped + batch.length - next.length,
			cards: [...outcome.cards, ...next],
		});
	};

	// The last results stay on screen while the next search runs: no flicker as one types.
	const done = outcome.status === 'done' ? outcome : undefined;
	// A page that gives its last day only as metadata is dropped once loaded, and not counted.
	const count = done ? done.results.length - done.dropped : 0;
	const status = done
		? done.state.query
			? plural(text.count, count, done.state.query)
			: plural(text.countFiltered, count, '')
		: '';
	const remaining = done ? Math.min(RESULTS_PER_PAGE, done.results.length - done.loaded) : 0;
	const villagesOf = (sector: string) =>
		props.villages.filter((village) => village.sector === sector);

	return (
		<div class="site-search">
			<form
				class="search-form"
				role="search"
				aria-label={text.label}
				action={props.searchPath}
				method="get"
				onSubmit={(event) => {
					event.preventDefault();
					applyDraft(draft);
				}}
			>
				<label class="search-label" for={QUERY_ID}>
					{text.field}
				</label>
				<div class="search-field">
					<input
						id={QUERY_ID}
						type="search"
						name="q"
						value={draft}
						maxLength={QUERY_MAX_LENGTH}
						placeholder={text.placeholder}
						autocomplete="off"
						enterkeyhint="search"
						onFocus={() => void pagefind().catch(() => undefined)}
						onInput={(event) => onInput(event.currentTarget.value)}
					/>
					<button type="submit">{text.submit}</button>
				</div>

				<details
					class="search-filters"
					open={filtersOpen}
					onToggle={(event) => setFiltersOpen(event.currentTarget.open)}
				>
					<summary ref={filtersHeading}>
						{text.filters}
						{filtered && <span class="search-count">({active})</span>}
					</summary>
					<div class="search-filters-body">
						<fieldset class="search-kinds">
							<legend>{text.kind}</legend>
							<div class="search-kind-list">
								{props.kinds.map((kind) => {
									const kindCount = done ? (done.kindCounts[kind.value] ?? 0) : undefined;
									return (
										<label key={kind.value} class="search-kind">
											<input
												type="checkbox"
												name="kind"
												value={kind.value}
												checked={state.kinds.includes(kind.value)}
												onChange={(event) => toggleKind(kind.value, event.currentTarget.checked)}
											/>
											<span>
												{kind.label}
												{kindCount !== undefined && (
													<span class="search-count"> ({kindCount})</span>
												)}
											</span>
										</label>
									);
								})}
							</div>
						</fieldset>
						<div class="search-selects">
							<label class="search-select">
								<span>{text.sector}</span>
								<select
									name="sector"
									value={state.sector}
									onChange={(event) => {
										const sector = event.currentTarget.value;
										const village = props.villages.find((entry) => entry.value === state.village);
										// A village outside the chosen sector would leave nothing to show.
										apply({
											sector,
											village: sector && village?.sector !== sector ? '' : state.village,
										});
									}}
								>
									<option value="">{text.anySector}</option>
									{props.sectors.map((sector) => (
										<option key={sector.value} value={sector.value}>
											{sector.label}
										</option>
									))}
								</select>
							</label>
							<label class="search-select">
								<span>{text.village}</span>
								<select
									name="village"
									value={state.village}
									onChange={(event) => apply({ village: event.currentTarget.value })}
								>
									<option value="">{text.anyVillage}</option>
									{props.sectors
										.filter((sector) => !state.sector || sector.value === state.sector)
										.map((sector) => (
											<optgroup key={sector.value} label={sector.label}>
												{villagesOf(sector.value).map((village) => (
													<option key={village.value} value={village.value}>
														{village.label}
													</option>
												))}
											</optgroup>
										))}
								</select>
							</label>
						</div>
						{filtered && (
							<button
								type="button"
								class="search-reset"
								onClick={() => {
									// The button goes with the filters: focus moves to their heading first.
									filtersHeading.current?.focus();
									apply({ ...EMPTY_STATE, query: state.query });
								}}
							>
								{text.reset}
							</button>
						)}
					</div>
				</details>
			</form>

			<p class="search-status" role="status">
				{status}
			</p>

			{outcome.status === 'idle' && !hasCriteria(state) && <p class="search-hint">{text.hint}</p>}

			{outcome.status === 'error' && (
				<div class="search-error">
					<p>{text.error}</p>
					<h2>{text.listings}</h2>
					<ul>
						{props.listings.map((listing) => (
							<li key={listing.href}>
								<a href={listing.href}>{listing.label}</a>
							</li>
						))}
					</ul>
				</div>
			)}

			{done && count === 0 && <p class="search-hint">{text.empty}</p>}

			{done && done.cards.length > 0 && (
				<ol class="search-results" aria-label={text.results} ref={list}>
					{done.cards.map((card) => (
						<li key={card.url}>
							<Card card={card} />
						</li>
					))}
				</ol>
			)}

			{done && remaining > 0 && (
				<p class="search-more">
					<button type="button" disabled={loadingMore} onClick={() => void more()}>
						{interpolate(text.more, { count: remaining })}
					</button>
				</p>
			)}
		</div>
	);
}

function Card({ card }: { card: ResultCard }) {
	const pictogram = card.kind ? KIND_PICTOGRAMS[card.kind] : undefined;
	return (
		<article class="search-card">
			<div class="search-thumb" aria-hidden="true">
				{card.image ? (
					<img src={card.image.src} alt="" loading="lazy" width={96} height={96} />
				) : pictogram ? (
					<svg viewBox="0 0 24 24" width="48" height="48" focusable="false">
						<circle cx="12" cy="12" r="12" fill={pictogram.colour} />
						<path
							d={pictogram.path}
							fill="#fff"
							fill-rule="evenodd"
							transform="translate(4.8 4.8) scale(0.6)"
						/>
					</svg>
				) : null}
			</div>
			<div class="search-text">
				<h2>
					<a href={card.url}>{card.title}</a>
				</h2>
				<p class="search-meta">{[card.kindLabel, card.village].filter(Boolean).join(' · ')}</p>
				<p class="search-excerpt">
					{card.excerpt.map((part, index) =>
						part.marked ? <mark key={index}>{part.text}</mark> : part.text,
					)}
				</p>
			</div>
		</article>
	);
}
