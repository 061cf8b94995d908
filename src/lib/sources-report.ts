/**
 * One report for every outside source of the build (the DATAtourisme members, the feed's
 * events, Geotrek's hikes): `reports/feed-report.json`, one entry per source with what was
 * read, loaded, unchanged, skipped and warned — each skipped or warned object with its id, its
 * file or address, and the reasons. Each loader writes its own entry when it runs; an entry
 * keeps the time it was written, so one left by an earlier build shows as such.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A field of an object at fault, and why. */
export interface SourceProblem {
	field: string;
	reason: string;
}

/** What one source gave one build. */
export interface SourceEntry {
	/** Objects read from the source. */
	read: number;
	/** Entries in the collection after the build. */
	loaded: number;
	/** Of those, entries found unchanged and not processed again. */
	unchanged: number;
	/** Objects left out: `skippedObjects` says why. */
	skipped: number;
	/** Warnings: values left out or replaced in objects that loaded. */
	warned: number;
	skippedObjects: { sourceId: string; file: string; problems: SourceProblem[] }[];
	warnings: ({ sourceId: string; file: string } & SourceProblem)[];
	/** Anything else the source reports (the feed's index, its duplicates…). */
	[detail: string]: unknown;
}

export interface SourcesReport {
	/** When the report was last written. */
	generatedAt: string;
	sources: Record<string, SourceEntry & { generatedAt: string }>;
}

/** The report as it is on disk, or an empty one. */
export function readSourcesReport(file: string): SourcesReport {
	try {
		const report = JSON.parse(readFileSync(file, 'utf8')) as Partial<SourcesReport>;
		if (report.sources && typeof report.sources === 'object')
			return { generatedAt: report.generatedAt ?? '', sources: report.sources };
	} catch {
		// No report yet, or one of an older shape: start a new one.
	}
	return { generatedAt: '', sources: {} };
}

/** Writes a source's entry into the report, keeping the other sources' entries. */
export function recordSource(
	file: string,
	source: string,
	entry: SourceEntry,
	now: Date = new Date(),
): void {
	const report = readSourcesReport(file);
	report.generatedAt = now.toISOString();
	report.sources[source] = { generatedAt: report.generatedAt, ...entry };
	mkdirSync(dirname(file), { recursive: true });
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, `${JSON.stringify(report, null, '\t')}\n`);
	renameSync(temporary, file);
}

/** "3 read: 2 loaded (1 unchanged), 1 skipped, 4 warnings" — the line the build prints. */
export const countsOf = (entry: SourceEntry): string =>
	`${entry.read} read: ${entry.loaded} loaded (${entry.unchanged} unchanged), ${entry.skipped} skipped, ${entry.warned} warnings`;
