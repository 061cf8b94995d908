/**
 * The photo gallery's behaviour in the browser (src/components/photos/PhotoGallery.astro): the
 * row already scrolls and snaps without this script; with it, "previous" and "next" buttons,
 * the left and right arrow keys (and Home, End) on the focused row go one photo at a time, and
 * a live status says which photo is shown. A swipe stays the browser's own scroll.
 */

/** The photo whose left edge is nearest the row's scroll position. */
export function currentIndex(scrollLeft: number, offsets: number[]): number {
	let best = 0;
	for (const [index, offset] of offsets.entries()) {
		if (Math.abs(offset - scrollLeft) < Math.abs((offsets[best] ?? 0) - scrollLeft)) best = index;
	}
	return best;
}

/** The index a key moves to from `index`, or undefined for a key the gallery leaves alone. */
export function indexAfterKey(key: string, index: number, count: number): number | undefined {
	if (key === 'ArrowRight') return Math.min(count - 1, index + 1);
	if (key === 'ArrowLeft') return Math.max(0, index - 1);
	if (key === 'Home') return 0;
	if (key === 'End') return count - 1;
	return undefined;
}

export function enhanceGallery(gallery: HTMLElement): void {
	const track = gallery.querySelector<HTMLElement>('[data-gallery-track]');
	const controls = gallery.querySelector<HTMLElement>('[data-gallery-controls]');
	const status = gallery.querySelector<HTMLElement>('[data-gallery-status]');
	const previous = gallery.querySelector<HTMLButtonElement>('[data-gallery-previous]');
	const next = gallery.querySelector<HTMLButtonElement>('[data-gallery-next]');
	if (!track || !controls || !status || !previous || !next) return;
	const items = [...track.querySelectorAll<HTMLElement>('[data-gallery-item]')];
	const template = status.dataset['template'] ?? '{index}';
	let shown = 0;

	const offsets = () => items.map((item) => item.offsetLeft - (items[0]?.offsetLeft ?? 0));
	const show = (index: number) => {
		shown = index;
		status.textContent = template.replace('{index}', String(index + 1));
		previous.disabled = index === 0;
		next.disabled = index === items.length - 1;
	};
	const go = (index: number) => {
		show(index);
		track.scrollTo({ left: offsets()[index] ?? 0 });
	};

	controls.hidden = false;
	show(0);
	previous.addEventListener('click', () => go(Math.max(0, shown - 1)));
	next.addEventListener('click', () => go(Math.min(items.length - 1, shown + 1)));
	track.addEventListener('keydown', (event) => {
		const index = indexAfterKey(event.key, shown, items.length);
		if (index === undefined) return;
		event.preventDefault();
		go(index);
	});
	// Where the scroll ends (a swipe, the scroll bar): the status follows. Browsers without
	// `scrollend` follow every scroll, a frame at a time.
	const follow = () => {
		const index = currentIndex(track.scrollLeft, offsets());
		if (index !== shown) show(index);
	};
	if ('onscrollend' in window) track.addEventListener('scrollend', follow);
	else {
		let pending = false;
		track.addEventListener(
			'scroll',
			() => {
				if (pending) return;
				pending = true;
				requestAnimationFrame(() => {
					pending = false;
					follow();
				});
			},
			{ passive: true },
		);
	}
}
