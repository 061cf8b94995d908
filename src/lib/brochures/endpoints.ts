/**
 * The static PDF downloads (/brochures/{id}.pdf, /espace-pro/guide-du-partenariat.pdf and their
 * English twins): one file per brochure and language, built at build time.
 */
import type { APIContext } from 'astro';
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { brochurePdf, partnershipGuidePdf } from './sources';
import type { BuiltPdf } from './pdf-writer';

const pdfResponse = ({ bytes }: BuiltPdf) =>
	// pdf-lib's bytes sit on a plain ArrayBuffer.
	new Response(bytes as Uint8Array<ArrayBuffer>, {
		headers: { 'Content-Type': 'application/pdf' },
	});

export async function brochurePdfResponse(api: APIContext, locale: Locale): Promise<Response> {
	const { brochure } = api.props as { brochure: CollectionEntry<'brochures'> };
	return pdfResponse(await brochurePdf(brochure, locale));
}

export async function partnershipGuideResponse(locale: Locale): Promise<Response> {
	return pdfResponse(await partnershipGuidePdf(locale));
}
