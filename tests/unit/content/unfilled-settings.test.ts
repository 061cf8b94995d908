/** The settings the office still has to fill in before the real site goes online. */
import { describe, expect, it } from 'vitest';
import { readOfficeSettings, unfilledSettings } from '../../../src/lib/content/unfilled-settings';

describe('unfilledSettings', () => {
	it('names every empty setting with its file and what it is for', () => {
		expect(
			unfilledSettings({ publicationDirector: ' ', host: { name: '', address: '' } }, []),
		).toEqual([
			'content/organisation.json: publicationDirector: the name of the director of publication, for the legal notice',
			"content/organisation.json: host.name: the site's host, for the legal notice",
			"content/organisation.json: host.address: the host's full postal address, for the legal notice",
		]);
	});

	it('is silent once they are set, and names each office without confirmed hours', () => {
		const set = {
			publicationDirector: 'Marie Martin',
			host: { name: 'Host', address: '1 rue X, Paris' },
		};
		expect(unfilledSettings(set, [{ id: 'vialas', hoursConfirmed: true }])).toEqual([]);
		expect(unfilledSettings(set, [{ id: 'vialas' }])).toEqual([
			'content/offices/vialas.yaml: hoursConfirmed: the office\'s own opening hours, confirmed (until then: "horaires à confirmer" and the phone number)',
		]);
	});

	it('reads the offices of the content', () => {
		const offices = readOfficeSettings('content/offices');
		expect(offices.map((office) => office.id)).toContain('vialas');
	});
});
