/**
 * A provider's card drawn in the browser from the list's index (src/lib/providers/list-index.ts),
 * with the same markup and classes as ProviderCard.astro, whose styles are global for this reason.
 * The heart is a copy of one the page already shows, renamed, so that it works the same way.
 * Text is set as text, never as HTML: names come from the feed.
 */
import type { ProviderCardModel } from '../../lib/providers/card';

export interface CardText {
	/** The sample mark on a card of sample data. */
	sample: string;
	/** The heart's label, with a `{{name}}` placeholder. */
	toggle: string;
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** A copy of a heart for another item, or none when the page shows no heart to copy. */
function heartFor(
	id: string,
	name: string,
	heart: Element | null,
	text: CardText,
): Element | undefined {
	if (!heart) return undefined;
	const copy = heart.cloneNode(true) as HTMLElement;
	copy.dataset['key'] = `p:${id}`;
	copy.dataset['name'] = name;
	const label = copy.querySelector('.visually-hidden');
	if (label) label.textContent = text.toggle.replace('{{name}}', name);
	return copy;
}

/** The list item of a card (`<li data-item-id>`), as the page renders it. */
export function drawProviderCard(
	item: ProviderCardModel & { id: string },
	heading: string,
	heart: Element | null,
	text: CardText,
): HTMLLIElement {
	const li = document.createElement('li');
	li.dataset['itemId'] = item.id;
	const article = element('article', 'card provider-card');
	const title = element(heading as 'h2', 'name');
	const link = element('a', '', item.name);
	link.href = item.href;
	title.append(link);
	article.append(title, element('p', 'kind', item.line));
	const toggle = heartFor(item.id, item.name, heart, text);
	if (toggle) article.append(toggle);
	if (item.facts.length > 0) article.append(element('p', 'facts', item.facts.join(' · ')));
	if (item.labels.length > 0 || item.sample) {
		const badges = element('ul', 'badges');
		for (const label of item.labels) badges.append(element('li', 'badge', label));
		if (item.sample) badges.append(element('li', 'badge sample', text.sample));
		article.append(badges);
	}
	li.append(article);
	return li;
}
