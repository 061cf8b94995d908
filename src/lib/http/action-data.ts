/**
 * The data of an Astro action's answer, read in the browser without Astro's client: Astro
 * serialises it with devalue, a JSON array whose first item maps each key of the returned object
 * to the index of its value. The forms' actions return flat objects of strings and booleans,
 * which this reads; devalue's own parser would add 1.7 kB gzipped to the forms' script.
 * @see https://github.com/sveltejs/devalue
 */
export function actionData(text: string): Record<string, unknown> {
	const table = JSON.parse(text) as unknown[];
	const keys = table[0] as Record<string, number>;
	return Object.fromEntries(Object.entries(keys).map(([key, index]) => [key, table[index]]));
}
