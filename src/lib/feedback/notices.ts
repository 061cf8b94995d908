/**
 * The feedback function's own mail rounds, run before each delivery: the suggestions digest and
 * the office's daily reminder, each at most once a day after FEEDBACK_DIGEST_HOUR (Paris time).
 */
import type { FeedbackConfig } from '../server/config.ts';
import { digest, reminderMail } from './mail.ts';
import type { FeedbackRepository } from './repository.ts';

const DIGEST_DAY = 'digest.lastDay';

/** The day in the office's time zone, and its hour: the digest goes once a day after digestHour. */
function parisDay(date: Date): { day: string; hour: number } {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Paris',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		hourCycle: 'h23',
	}).formatToParts(date);
	const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return { day: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
}

/**
 * Whether a daily notice is due — after the digest hour in Paris and not yet sent today (the day
 * kept under `setting`), or at once with `force` — recording today as its day when it is.
 */
async function claimToday(
	repository: FeedbackRepository,
	setting: string,
	config: FeedbackConfig,
	now: Date,
	force: boolean,
): Promise<boolean> {
	const { day, hour } = parisDay(now);
	if (!force) {
		if (hour < config.digestHour) return false;
		if ((await repository.setting(setting, () => '')) === day) return false;
	}
	await repository.writeSetting(setting, day);
	return true;
}

/**
 * Queues the suggestions digest when one is due (digest mode, after the digest hour, not yet
 * today), or at once with `force`. Returns how many suggestions it covers.
 */
export async function queueDigestIfDue(
	repository: FeedbackRepository,
	config: FeedbackConfig,
	siteUrl: string,
	now: Date,
	force = false,
): Promise<number> {
	if (config.suggestionsMail !== 'digest' || !config.notifyEmail) return 0;
	if (!(await claimToday(repository, DIGEST_DAY, config, now, force))) return 0;
	return repository.queueDigest(now, (suggestions) => digest(suggestions, config, siteUrl));
}

const REMINDER_DAY = 'reminder.lastDay';
/** The reminder lists what is due before this long from now, and what is overdue. */
export const REMINDER_HORIZON_MS = 24 * 3_600_000;

/**
 * Queues the office's daily reminder when one is due (after the digest hour, not yet today, with
 * OFFICE_NOTIFY_EMAIL set), or at once with `force`: the complaints still to handle due within a
 * day or overdue, overdue first. Nothing is sent on a day with none. Returns how many it lists.
 */
export async function queueReminderIfDue(
	repository: FeedbackRepository,
	config: FeedbackConfig,
	siteUrl: string,
	now: Date,
	force = false,
): Promise<number> {
	if (!config.notifyEmail) return 0;
	if (!(await claimToday(repository, REMINDER_DAY, config, now, force))) return 0;
	const items = await repository.listSubmissions({
		overdueAt: new Date(now.getTime() + REMINDER_HORIZON_MS),
		order: 'urgency',
	});
	if (items.length === 0) return 0;
	await repository.queueMail(reminderMail(items, config, siteUrl, now), now);
	return items.length;
}
