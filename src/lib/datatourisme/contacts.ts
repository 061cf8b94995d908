/** The contacts of an object (hasContact, hasBookingContact): name, phones, e-mail, web site. */
import { normalizeFrenchPhone } from '../phone';
import { firstString, stringsOf, type Node } from './jsonld';
import type { Problem } from './mapping';

export interface Contact {
	name?: string;
	phones: string[];
	email?: string;
	url?: string;
}

/** A contact agent (hasContact, hasBookingContact) as the site shows it. */
export function contactOf(agent: Node | undefined, field: string, warnings: Problem[]): Contact {
	const contact: Contact = { phones: [] };
	if (!agent) return contact;
	const name = firstString(agent['schema:legalName']);
	if (name) contact.name = name;
	for (const phone of stringsOf(agent['schema:telephone'])) {
		const e164 = normalizeFrenchPhone(phone);
		if (e164 && !contact.phones.includes(e164)) contact.phones.push(e164);
		else if (!e164)
			warnings.push({
				field: `${field}.schema:telephone`,
				reason: `"${phone}" is not a French phone number: left out`,
			});
	}
	const email = firstString(agent['schema:email']);
	if (email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) contact.email = email;
	else if (email)
		warnings.push({
			field: `${field}.schema:email`,
			reason: `"${email}" is not an e-mail address: left out`,
		});
	const url = firstString(agent['foaf:homepage']);
	if (url && /^https?:\/\//.test(url) && URL.canParse(url)) contact.url = url;
	else if (url)
		warnings.push({
			field: `${field}.foaf:homepage`,
			reason: `"${url}" is not a web address: left out`,
		});
	return contact;
}
