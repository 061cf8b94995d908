import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/lib/i18n/ui';
import { clientMapConfig } from '../../../../src/lib/map/client-config';
import { TILES } from '../../../../src/lib/map/config';
import type { MapLayerDefinition } from '../../../../src/lib/map/types';

const offices: MapLayerDefinition = {
	id: 'offices',
	label: 'map.layer.offices',
	kinds: ['head-office', 'office'],
	prominentKinds: ['head-office'],
	marker: { color: '#17422a', symbol: 'info' },
	anchor: true,
	places: () => Promise.resolve([]),
};

describe('the map configuration handed to the browser', () => {
	it('gives each layer its GeoJSON URL, label and kind labels in the page’s language', () => {
		const fr = clientMapConfig(
			{ locale: 'fr', variant: 'full', layers: [offices] },
			useTranslations('fr'),
		);
		const en = clientMapConfig(
			{ locale: 'en', variant: 'full', layers: [offices] },
			useTranslations('en'),
		);
		expect(fr.layers[0]?.url).toBe('/carte/offices.geojson');
		expect(en.layers[0]?.url).toBe('/en/map/offices.geojson');
		expect(fr.layers[0]?.label).toBe('Bureaux d’information');
		expect(en.kinds['head-office']).toBe('Head office');
		expect(en.tiles.attribution).toBe(TILES.attribution.en);
	});

	it('opens the full map on the territory and a small map on its place, at street level', () => {
		const full = clientMapConfig(
			{ locale: 'fr', variant: 'full', layers: [offices] },
			useTranslations('fr'),
		);
		expect(full.view).toEqual({
			bounds: [
				[44.05, 3.5],
				[44.55, 4.05],
			],
		});
		const small = clientMapConfig(
			{
				locale: 'fr',
				variant: 'small',
				layers: [offices],
				center: { lat: 44.3335, lon: 3.8958 },
				selected: 'offices/vialas',
			},
			useTranslations('fr'),
		);
		expect(small.view).toEqual({ center: [44.3335, 3.8958], zoom: 14 });
		expect(small.selected).toBe('offices/vialas');
	});

	it('leaves the placeholders that the browser fills', () => {
		const { text } = clientMapConfig(
			{ locale: 'en', variant: 'full', layers: [offices] },
			useTranslations('en'),
		);
		expect(text.cluster).toContain('{count}');
		expect(text.cluster).toContain('{detail}');
		expect(text.anchorCluster).toContain('{place}');
		expect(text.distance).toContain('{distance}');
	});
});
