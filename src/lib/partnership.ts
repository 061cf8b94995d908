import { z } from 'astro/zod';
import raw from '../../content/partnership.json';
import { PartnershipSchema } from '../schemas/partnership';
import type { Locale } from './i18n/locales';

const { $comment: _comment, ...facts } = raw;

function parsePartnership() {
	const result = PartnershipSchema.safeParse(facts);
	if (!result.success) {
		throw new Error(`content/partnership.json is invalid:\n${z.prettifyError(result.error)}`);
	}
	return result.data;
}

/** The partners' space content, validated once (content/partnership.json). */
export const partnershipData = parsePartnership();

/** The partners' space content in one language. */
export function partnership(locale: Locale) {
	const data = partnershipData;
	return {
		introduction: data.introduction[locale],
		commitments: data.commitments[locale],
		expectations: data.expectations[locale],
		offers: data.offers.map((offer) => ({
			id: offer.id,
			title: offer.title[locale],
			text: offer.text[locale],
		})),
		join: data.join[locale],
		listing: data.listing[locale],
		network: data.network[locale],
	};
}
