/**
 * The Chromium that end-to-end tests and Lighthouse drive: Debian's, never a downloaded build.
 * CHROME_PATH overrides the path (chrome-launcher reads the same variable).
 */
export const CHROMIUM_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/**
 * --no-sandbox because tests run as root; the others keep Chromium from reaching out to Google
 * services, which hangs on a closed network.
 */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];
