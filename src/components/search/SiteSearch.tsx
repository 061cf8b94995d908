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
import { interpolate } from '../../lib/i18n/ui';
import { endedDays } from '../../lib/search/ended';
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
import SearchCard from './SearchCard';
import SearchFilters from './SearchFilters';
import type { Props } from './types';
import './site-search.css';

type Outcome =
	| { status: 'idle' }
	| { status: 'error' }
	| {
			status: 'done';
			state: SearchState;
			results: PagefindResult[];
			/** How many results' data is loaded, and of those how many were dropped (ended). */
			loaded: number;
			dropped: number;
			cards: ResultCard[];
			kindCounts: Record<string, number>;
	  };

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

				<SearchFilters
					text={text}
					kinds={props.kinds}
					sectors={props.sectors}
					villages={props.villages}
					state={state}
					kindCounts={done?.kindCounts}
					open={filtersOpen}
					onOpen={setFiltersOpen}
					apply={apply}
				/>
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
							<SearchCard card={card} />
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
