/**
 * What the keyboard and screen-reader journeys share: the two screens they run on, tiles answered
 * on the machine, soft checks, focus read from `document.activeElement`, and dictionary messages
 * as patterns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { TILES } from '../../src/lib/map/config';
import { SITE_DIR } from '../tools/paths';

export const VIEWPORTS = [
	{ name: 'wide', width: 1366, height: 900 },
	{ name: 'phone', width: 390, height: 844 },
];
const TILE_HOST = new URL(TILES.url.replace('{s}', 'a')).host;
const FAKE_TILE = readFileSync(join(SITE_DIR, 'icons', 'icon-192.png'));

/** Tiles get a small PNG; nothing else leaves 127.0.0.1. */
export async function localOnly(page: Page) {
	await page.route(
		(url) => url.hostname !== '127.0.0.1',
		(route) =>
			new URL(route.request().url()).host === TILE_HOST
				? route.fulfill({ body: FAKE_TILE, contentType: 'image/png' })
				: route.abort(),
	);
}

/**
 * Checks of the journeys are soft: a journey goes on after a failed step, so that a run reports
 * every item that fails, not only the first.
 */
export const check = expect.configure({ soft: true });

/** Whether `locator` is the document's active element, polled until it is. */
export async function expectFocused(locator: Locator, message?: string) {
	await check
		.poll(
			() => locator.evaluate((element) => element === document.activeElement).catch(() => false),
			{ message: message ?? 'focused element' },
		)
		.toBe(true);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A dictionary message as a pattern: each `{{placeholder}}` matches anything (or `values`). */
export function messagePattern(template: string, values: Record<string, string> = {}): RegExp {
	const parts = template.split(/(\{\{\w+\}\})/);
	return new RegExp(
		`^${parts
			.map((part) => {
				const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
				if (!name) return escapeRegExp(part);
				return values[name] !== undefined ? escapeRegExp(values[name]) : '(.+?)';
			})
			.join('')}$`,
	);
}
