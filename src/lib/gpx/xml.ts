/** Escapes text for an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** Coordinates with 6 decimals (about 0.1 m), altitudes with 1: enough, and stable output. */
export const coordinate = (value: number) => String(Number(value.toFixed(6)));
export const altitude = (value: number) => String(Number(value.toFixed(1)));
