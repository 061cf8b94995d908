/**
 * The interface text in French, the source language: one module per part of the site in ./fr/,
 * each with its English twin in ./en/ (a key missing there is a type error, `npm run check`).
 * Flat dotted keys; {{placeholders}} are filled by t() (src/lib/i18n/ui.ts). Editorial text (leads,
 * introductions, the office's pages) is not here but in content/copy/ and the collections.
 * Imported with extensions so that the commands run this with Node alone.
 */
import agenda from './fr/agenda.ts';
import brochures from './fr/brochures.ts';
import forms from './fr/forms.ts';
import hikes from './fr/hikes.ts';
import map from './fr/map.ts';
import members from './fr/members.ts';
import site from './fr/site.ts';
import staff from './fr/staff.ts';
import staffReports from './fr/staff-reports.ts';

export default {
	...site,
	...members,
	...forms,
	...agenda,
	...hikes,
	...map,
	...brochures,
	...staff,
	...staffReports,
} as const;
