/**
 * A seeded random source, so that the sample and benchmark feeds come out identical at every run
 * (mulberry32: small, fast, good enough for picking sample values).
 * @see https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 */
export interface Random {
	/** A number in [0, 1). */
	next(): number;
	/** An integer in [min, max]. */
	int(min: number, max: number): number;
	/** True with the given probability. */
	chance(probability: number): boolean;
	/** One item of a list. */
	pick<T>(items: readonly T[]): T;
	/** `count` distinct items of a list, in list order. */
	some<T>(items: readonly T[], count: number): T[];
	/** A version-4-shaped UUID. */
	uuid(): string;
}

export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const hex = (length: number) => Array.from({ length }, () => int(0, 15).toString(16)).join('');
	return {
		next,
		int,
		chance: (probability) => next() < probability,
		pick: (items) => {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[int(0, items.length - 1)] as (typeof items)[number];
		},
		some: (items, count) => {
			const indexes = new Set<number>();
			while (indexes.size < Math.min(count, items.length)) indexes.add(int(0, items.length - 1));
			return [...indexes]
				.sort((a, b) => a - b)
				.map((index) => items[index] as (typeof items)[number]);
		},
		uuid: () =>
			`${hex(8)}-${hex(4)}-4${hex(3)}-${['8', '9', 'a', 'b'][int(0, 3)]}${hex(3)}-${hex(12)}`,
	};
}
