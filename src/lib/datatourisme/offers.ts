/** What a place costs (`offers`): price lines, a price text, the payment methods it accepts. */
import { asArray, feedText, firstNode, idOf, nodesOf, numberOf, type Node } from './jsonld';
import type { FeedText } from './mapping';
import { localName } from './vocabulary';

export interface Price {
	min?: number;
	max?: number;
	label?: FeedText;
	per?: string;
}

/** Price lines of `offers`: each min/max pair of a price specification is a line. */
export function pricesOf(object: Node) {
	const prices: Price[] = [];
	const paymentMethods = new Map<string, FeedText>();
	let pricesText: FeedText | undefined;
	for (const offer of nodesOf(object, 'offers')) {
		pricesText ??= feedText(offer['TextPriceSpecification']);
		for (const method of nodesOf(offer, 'schema:acceptedPaymentMethod')) {
			const name = feedText(method['rdfs:label']);
			if (name) paymentMethods.set(idOf(method) ?? name.fr, name);
		}
		for (const specification of nodesOf(offer, 'schema:priceSpecification')) {
			const minima = asArray(specification['schema:minPrice']).map(numberOf);
			const maxima = asArray(specification['schema:maxPrice']).map(numberOf);
			const label = feedText(specification['additionalInformation']);
			const per = localName(idOf(firstNode(specification, 'hasPricingMode')) ?? '') || undefined;
			for (let index = 0; index < Math.max(minima.length, maxima.length); index++) {
				const min = minima[index];
				const max = maxima[index];
				const price: Price = {};
				if (min !== undefined && Number.isFinite(min) && min >= 0) price.min = min;
				if (max !== undefined && Number.isFinite(max) && max >= 0) price.max = max;
				if (price.min === undefined && price.max === undefined) continue;
				if (label) price.label = label;
				if (per) price.per = per;
				prices.push(price);
			}
		}
	}
	const result: { prices: Price[]; paymentMethods: FeedText[]; pricesText?: FeedText } = {
		prices,
		paymentMethods: [...paymentMethods.values()],
	};
	if (pricesText) result.pricesText = pricesText;
	return result;
}
