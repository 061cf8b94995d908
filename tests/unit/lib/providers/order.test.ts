import { describe, expect, it } from 'vitest';
import { listOrder, type Orderable } from '../../../../src/lib/providers/order';

const stay = (name: string, kind: string): Orderable => ({
	category: 'accommodation',
	kinds: [kind],
	name,
});

describe('listOrder', () => {
	it('does not put the "aires naturelles" (campsites) before the hotels and rentals', () => {
		const ordered = listOrder(
			[
				stay('Aire naturelle des Oules', 'campsite'),
				stay('Aire naturelle du Ranc', 'campsite'),
				stay('Gîte de la Fage', 'rental'),
				stay('Hôtel du Mont Lozère', 'hotel'),
				stay('Chambres du Valat', 'guesthouse'),
			],
			(provider) => provider,
		).map((provider) => provider.name);
		expect(ordered).toEqual([
			'Hôtel du Mont Lozère',
			'Chambres du Valat',
			'Gîte de la Fage',
			'Aire naturelle des Oules',
			'Aire naturelle du Ranc',
		]);
	});
	it('orders by name, accents aside, within a kind', () => {
		const ordered = listOrder(
			[stay('Gîte du Valat', 'rental'), stay('Gite de Bellecoste', 'rental')],
			(provider) => provider,
		).map((provider) => provider.name);
		expect(ordered).toEqual(['Gite de Bellecoste', 'Gîte du Valat']);
	});
	it('puts a kind the vocabulary does not list last, without losing it', () => {
		const ordered = listOrder(
			[stay('Zèbre', 'yurt'), stay('Abri', 'campsite')],
			(provider) => provider,
		).map((provider) => provider.name);
		expect(ordered).toEqual(['Abri', 'Zèbre']);
	});
});
