/**
 * The table `npm run bench` prints (tests/bench/report.ts), with the previous run's figures
 * beside the new ones, and reports/bench.json that it writes (the previous run's file is kept as
 * reports/bench-previous.json).
 *
 * Run by Node 24 directly (type stripping): erasable syntax only.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../tools/paths.ts';

export interface Figure {
	/** Stable key, for comparing runs: "lighthouse.performance./agenda/". */
	id: string;
	label: string;
	value: number | null;
	unit: string;
	/** The target as its issue states it, for the table. */
	target: string;
	/** Whether the value meets the target; null when there is none or no value. */
	ok: boolean | null;
	/** Figures of one group share a line of the table (a page's HTML, CSS, JS and images). */
	group?: string;
	/** Its name within the group: "HTML". */
	short?: string;
}

const REPORT = join(ROOT, 'reports/bench.json');
const PREVIOUS = join(ROOT, 'reports/bench-previous.json');

/**
 * Prints the figures as one table and writes them to reports/bench.json; `partial` (a BENCH_ONLY
 * run) keeps the other parts' figures of the last report.
 */
export function writeBenchReport(figures: Figure[], timings: string[], partial: boolean): void {
	const previous = existsSync(REPORT)
		? (JSON.parse(readFileSync(REPORT, 'utf8')) as { figures: Figure[] })
		: undefined;
	const before = new Map(previous?.figures.map((figure) => [figure.id, figure.value]));
	const show = (value: number | null | undefined, unit: string) =>
		value === null || value === undefined
			? '—'
			: `${value.toLocaleString('en')}${unit && unit !== '' ? ` ${unit}` : ''}`;
	/** One line per figure, or per group of figures: "HTML 22.7 · CSS 3.5 · JS 13.9 · images 0 kB". */
	const lines: Figure[] = [];
	for (const figure of figures) {
		if (!figure.group) {
			lines.push(figure);
			continue;
		}
		const members = figures.filter((other) => other.group === figure.group);
		if (members[0] !== figure) continue;
		const join = (cell: (member: Figure) => string) =>
			members.map((member) => `${member.short} ${cell(member)}`).join(' · ');
		lines.push({
			...figure,
			label: figure.group,
			value: null,
			unit: '',
			target: `≤ ${members
				.filter((member) => member.target)
				.map((member) => `${member.short} ${member.target}`)
				.join(' · ')} kB`,
			ok: members.every((member) => member.ok !== false),
			id: figure.group,
			short: `${join((member) => String(member.value))} kB`,
		});
	}
	const rows = lines.map((figure) => [
		figure.label,
		figure.group ? (figure.short ?? '') : show(figure.value, figure.unit),
		figure.target || '—',
		figure.ok === null ? '' : figure.ok ? 'ok' : 'MISSED',
		previous
			? figure.group
				? figures
						.filter((member) => member.group === figure.group)
						.map((member) => `${member.short} ${show(before.get(member.id), '')}`)
						.join(' · ')
				: show(before.get(figure.id), figure.unit)
			: '',
	]);
	const headings = ['Figure', 'Value', 'Target', '', previous ? 'Previous run' : ''];
	const widths = headings.map((heading, column) =>
		Math.max(heading.length, ...rows.map((row) => (row[column] ?? '').length)),
	);
	const line = (cells: string[]) =>
		cells
			.map((cell, column) =>
				column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
			)
			.join('  ')
			.trimEnd();
	console.log(`\n${line(headings)}\n${widths.map((width) => '─'.repeat(width)).join('  ')}`);
	for (const row of rows) console.log(line(row));
	const load = loadavg()
		.map((value) => value.toFixed(1))
		.join(', ');
	console.log(
		`\nParts: ${timings.join(', ')}. Load average ${load} on ${cpus().length} cores (figures rise with it).`,
	);

	// A partial run (BENCH_ONLY) keeps the other parts' figures of the last report.
	const kept =
		partial && previous
			? previous.figures.filter((figure) => !figures.some((other) => other.id === figure.id))
			: [];
	mkdirSync(join(ROOT, 'reports'), { recursive: true });
	if (existsSync(REPORT)) renameSync(REPORT, PREVIOUS);
	writeFileSync(
		REPORT,
		`${JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, loadAverage: loadavg(), parts: timings, figures: [...kept, ...figures] }, null, '\t')}\n`,
	);
	console.log(
		`Figures written to reports/bench.json${previous ? ' (the previous run: reports/bench-previous.json)' : ''}.`,
	);
}
