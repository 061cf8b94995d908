/**
 * The destination guide: a cover with the site's hero photo, the territory's map, then each
 * sector (its photo, portrait and map, its landscapes, heritage and villages — numbered as on the
 * map, each with its photo beside it), the themes with their photos, and the offices. Pages and
 * entries without a photo keep the text layout.
 */
import { useTranslations } from '../i18n/ui';
import { cover, embedPhotos, finish, officesSection, writerFor } from './brochure-parts';
import type { DestinationGuideInput } from './inputs';
import type { BuiltPdf } from './pdf-writer';

export async function buildDestinationGuide(input: DestinationGuideInput): Promise<BuiltPdf> {
	const t = useTranslations(input.locale);
	const writer = await writerFor(input, input.title, t('pdf.destination.subject'), 'A5');
	const villages = input.sectors.flatMap((sector) => sector.villages);
	const [sectorPhotos, villagePhotos, themePhotos] = await Promise.all([
		embedPhotos(
			writer,
			input.sectors.map((sector) => sector.photo),
			'wide',
		),
		embedPhotos(
			writer,
			villages.map((village) => village.photo),
			'thumb',
		),
		embedPhotos(
			writer,
			input.themes.map((theme) => theme.photo),
			'wide',
		),
	]);
	await cover(writer, input, t, input.title, t('pdf.destination.subtitle'));
	writer.newPage();
	writer.heading(t('pdf.destination.welcome'), 1);
	writer.paragraph(input.intro);
	writer.heading(t('pdf.contents'), 2);
	if (input.territory) writer.bullet(t('pdf.destination.territory'));
	for (const sector of input.sectors) writer.bullet(sector.name);
	writer.bullet(t('pdf.destination.themes'));
	writer.bullet(t('pdf.offices.heading'));
	if (input.territory) {
		writer.newPage();
		writer.heading(t('pdf.destination.territory'), 1, 0);
		writer.map(input.territory.map, {
			tones: input.territory.tones,
			caption: t('map.static.credit'),
			// The map, its key and the villages' numbers on one page.
			maxHeight: writer.height * 0.52,
		});
		writer.text(t('pdf.destination.mapKey'), { size: 8, after: 4 });
		writer.text(
			input.sectors
				.map((sector) =>
					t('pdf.destination.mapSector', {
						sector: sector.name,
						villages: sector.villages
							.map((village) => `${villages.indexOf(village) + 1}. ${village.name}`)
							.join(', '),
					}),
				)
				.join('\n'),
			{ size: 8 },
		);
	}
	let villageIndex = 0;
	input.sectors.forEach((sector, sectorIndex) => {
		writer.newPage();
		writer.heading(sector.name, 1);
		writer.text(sector.summary, { style: 'italic', after: 8 });
		const photo = sectorPhotos[sectorIndex];
		if (photo) writer.photo(photo);
		for (const paragraph of sector.portrait) writer.paragraph(paragraph);
		if (sector.map)
			writer.map(sector.map, {
				tones: ['focus'],
				caption: t('map.static.credit'),
				maxHeight: writer.height * 0.45,
			});
		if (sector.landscapes.length > 0) {
			writer.heading(t('pdf.destination.landscapes'), 2);
			for (const item of sector.landscapes) writer.entry(item.name, [item.description]);
		}
		if (sector.heritage.length > 0) {
			writer.heading(t('pdf.destination.heritage'), 2);
			for (const item of sector.heritage) writer.entry(item.name, [item.description]);
		}
		writer.heading(t('pdf.destination.villages'), 2);
		sector.villages.forEach((village, index) => {
			const villagePhoto = villagePhotos[villageIndex++];
			writer.entry(
				// Numbered as the sector's map numbers them.
				sector.map ? `${index + 1}. ${village.name}` : village.name,
				[
					village.summary,
					...village.whatToSee.map((item) =>
						t('pdf.highlight', { name: item.name, description: item.description }),
					),
				],
				{ photo: villagePhoto },
			);
		});
	});
	writer.newPage();
	writer.heading(t('pdf.destination.themes'), 1);
	input.themes.forEach((theme, index) => {
		writer.heading(theme.name, 2);
		const photo = themePhotos[index];
		if (photo) writer.photo(photo);
		for (const paragraph of theme.introduction) writer.paragraph(paragraph);
		for (const item of theme.highlights) writer.entry(item.name, [item.description]);
	});
	writer.newPage();
	officesSection(writer, input, t);
	return finish(writer, input, t);
}
