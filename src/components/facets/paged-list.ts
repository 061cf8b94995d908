/**
 * A paged list under the filter island (FacetFilters.tsx, `paged`): the page's own cards and page
 * links while the visitor's filters are the page's own, or the matching cards of the whole list,
 * drawn from its index, a page at a time ("more"), in place of them. Loaded by the island only
 * once a visitor filters or sorts.
 */
import type { ListIndexItem } from '../../lib/providers/list-index';
import { drawProviderCard, type CardText } from '../providers/card-dom';

/** What a paged list's page showed before the island drew anything: restored on its own filters. */
export interface PageCards {
	cards: Element[];
	count: string;
	/** The page's own address, without the filters' query. */
	path: string;
	/** A heart of the page, copied for the cards the island draws. */
	heart: Element | null;
}

export interface PagedView {
	list: HTMLElement;
	saved: PageCards;
	ids: { count: string; empty: string; pages?: string; more?: string };
	heading: 'h2' | 'h3';
	text: CardText;
	/** The whole list's matching items in order, or none for the page's own cards. */
	matching: ListIndexItem[] | undefined;
	/** How many of them to draw. */
	limit: number;
	countText: (count: number) => string;
	/** After "more": the index of the first new card, whose link takes the focus. */
	focusFrom: number | undefined;
	/** The address of the filtered view (the page's own address serves its own cards). */
	url: string;
}

const byId = (id: string | undefined) => (id ? document.getElementById(id) : null);

export function showPaged(view: PagedView): void {
	const { list, saved, matching } = view;
	const count = byId(view.ids.count);
	const empty = byId(view.ids.empty);
	const pages = byId(view.ids.pages);
	const more = byId(view.ids.more);
	if (matching) {
		list.replaceChildren(
			...matching
				.slice(0, view.limit)
				.map((item) => drawProviderCard(item, view.heading, saved.heart, view.text)),
		);
		list.dataset['drawn'] = '1';
	} else {
		list.replaceChildren(...saved.cards);
		delete list.dataset['drawn'];
	}
	if (pages) pages.hidden = matching !== undefined;
	if (more) more.hidden = !matching || matching.length <= view.limit;
	// The count is a status region: the same text written again would be announced again.
	const counted = matching ? view.countText(matching.length) : saved.count;
	if (count && count.textContent !== counted) count.textContent = counted;
	if (empty) empty.hidden = (matching ?? saved.cards).length > 0;
	if (matching && view.focusFrom !== undefined)
		list.children[view.focusFrom]?.querySelector('a')?.focus();
	history.replaceState(history.state, '', matching ? view.url : saved.path);
}
