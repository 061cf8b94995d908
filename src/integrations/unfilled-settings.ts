/**
 * For the real site (SAMPLE_DATA=off): when the build starts, a warning for every setting the
 * office still has to fill in (src/lib/content/unfilled-settings.ts). The demonstration stays quiet.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readOfficeSettings, unfilledSettings } from '../lib/content/unfilled-settings';

export function unfilledSettingsWarning(options: { sampleData: 'on' | 'off' }): AstroIntegration {
	return {
		name: 'unfilled-settings',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (options.sampleData !== 'off') return;
				const root = fileURLToPath(new URL('../../', import.meta.url));
				const organisation = JSON.parse(
					readFileSync(`${root}content/organisation.json`, 'utf8'),
				) as Parameters<typeof unfilledSettings>[0];
				const lines = unfilledSettings(organisation, readOfficeSettings(`${root}content/offices`));
				for (const line of lines) logger.warn(`To fill in before going online: ${line}`);
			},
		},
	};
}
