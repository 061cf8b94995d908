import { formatLongDate, formatTime } from './i18n/format';
import type { Locale } from './i18n/locales';
import type { OpeningStatus, Weekday } from './opening-hours';

/** The status sentences of one language, with `{time}` and `{day}` slots. */
export interface StatusMessages {
	openNow: string;
	opensToday: string;
	opensTomorrow: string;
	opensOn: string;
	closedForSeason: string;
	weekdays: Record<Weekday, string>;
}

/** The sentence a visitor reads for an opening status. */
export function describeStatus(
	status: OpeningStatus,
	messages: StatusMessages,
	locale: Locale,
): string {
	const fill = (template: string, time: string, day = '') =>
		template.replace('{time}', formatTime(time, locale)).replace('{day}', day);
	if (status.open) return fill(messages.openNow, status.closes);
	if (!status.next) return messages.closedForSeason;
	const { daysAhead, opens, weekday, date } = status.next;
	if (daysAhead === 0) return fill(messages.opensToday, opens);
	if (daysAhead === 1) return fill(messages.opensTomorrow, opens);
	if (daysAhead < 7) return fill(messages.opensOn, opens, messages.weekdays[weekday]);
	const longDate = formatLongDate(date, locale);
	return fill(messages.opensOn, opens, locale === 'fr' ? `le ${longDate}` : `on ${longDate}`);
}
