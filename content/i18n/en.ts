/** The interface text in English: the modules of ./en/, the twins of ./fr/'s (see ./fr.ts). */
import agenda from './en/agenda.ts';
import brochures from './en/brochures.ts';
import forms from './en/forms.ts';
import hikes from './en/hikes.ts';
import map from './en/map.ts';
import members from './en/members.ts';
import site from './en/site.ts';
import staff from './en/staff.ts';
import staffReports from './en/staff-reports.ts';
import type fr from './fr.ts';

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
} as const satisfies Record<keyof typeof fr, string>;
