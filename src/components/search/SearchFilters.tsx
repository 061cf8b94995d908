/** @jsxImportSource preact */
/**
 * The search's filters (SiteSearch.tsx): kinds with their counts, sector, village (the list
 * grouped by sector, narrowed to the chosen one), and a reset. Folded on small screens.
 */
import { useRef } from 'preact/hooks';
import type { SearchKind } from '../../lib/search/kinds';
import { EMPTY_STATE, type SearchState } from '../../lib/search/state';
import type { Props as SearchProps } from './types';

interface Props {
	text: SearchProps['text'];
	kinds: SearchProps['kinds'];
	sectors: SearchProps['sectors'];
	villages: SearchProps['villages'];
	state: SearchState;
	/** How many results each kind gives with the other criteria; none before the first search. */
	kindCounts: Record<string, number> | undefined;
	open: boolean;
	onOpen: (open: boolean) => void;
	apply: (next: Partial<SearchState>) => void;
}

export default function SearchFilters(props: Props) {
	const { text, kinds, sectors, villages, state, kindCounts, open, onOpen, apply } = props;
	const filtersHeading = useRef<HTMLElement>(null);
	const toggleKind = (kind: SearchKind, on: boolean) =>
		apply({
			kinds: kinds
				.map((option) => option.value)
				.filter((value) => (value === kind ? on : state.kinds.includes(value))),
		});
	const active = state.kinds.length + (state.sector ? 1 : 0) + (state.village ? 1 : 0);
	const filtered = active > 0;
	const villagesOf = (sector: string) => villages.filter((village) => village.sector === sector);

	return (
		<details
			class="search-filters"
			open={open}
			onToggle={(event) => onOpen(event.currentTarget.open)}
		>
			<summary ref={filtersHeading}>
				{text.filters}
				{filtered && <span class="search-count">({active})</span>}
			</summary>
			<div class="search-filters-body">
				<fieldset class="search-kinds">
					<legend>{text.kind}</legend>
					<div class="search-kind-list">
						{kinds.map((kind) => {
							const kindCount = kindCounts ? (kindCounts[kind.value] ?? 0) : undefined;
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
										{kindCount !== undefined && <span class="search-count"> ({kindCount})</span>}
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
								const village = villages.find((entry) => entry.value === state.village);
								// A village outside the chosen sector would leave nothing to show.
								apply({
									sector,
									village: sector && village?.sector !== sector ? '' : state.village,
								});
							}}
						>
							<option value="">{text.anySector}</option>
							{sectors.map((sector) => (
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
							{sectors
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
	);
}
