/**
 * The hearts (<stay-toggle>) and the header's counter (<stay-counter>): one module, loaded by the
 * pages that show a heart and by the "My stay" page. Every heart and counter of the page is
 * redrawn from storage whenever the list changes, here or in another tab.
 */
import type { StayKey } from '~/lib/my-stay/catalogue';
import { CHANGE_EVENT, isStayKey, readStay, withItem, writeStay } from '~/lib/my-stay/storage';

/** The storage, or none where the browser refuses it (some private modes throw on access). */
function deviceStorage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** The list for this page's lifetime, when the browser refuses to store it. */
let unsaved: StayKey[] | undefined;

export const currentStay = (): StayKey[] => unsaved ?? readStay(deviceStorage());

/** Saves the list and redraws the page; false when it could not be kept on the device. */
export function saveStay(keys: readonly StayKey[]): boolean {
	const kept = writeStay(deviceStorage(), keys);
	unsaved = kept ? undefined : [...keys];
	window.dispatchEvent(new CustomEvent(CHANGE_EVENT));
	return kept;
}

/** "1 élément" / "3 éléments", from the counter's templates. */
export function countText(count: number): string {
	const counter = document.querySelector<HTMLElement>('stay-counter');
	const template = (count === 1 ? counter?.dataset['one'] : counter?.dataset['other']) ?? '{count}';
	return template.replace('{count}', String(count));
}

/** Says something to screen readers through the header's live region. */
export function announce(message: string): void {
	const status = document.querySelector('stay-counter [aria-live]');
	if (status) status.textContent = message;
}

function redraw() {
	const keys = new Set(currentStay());
	for (const toggle of document.querySelectorAll<StayToggle>('stay-toggle')) toggle.sync(keys);
	for (const counter of document.querySelectorAll<StayCounter>('stay-counter')) {
		counter.sync(keys.size);
	}
}

/** A heart: adds its item to the list, or removes it. */
class StayToggle extends HTMLElement {
	// Lists move their cards when sorting: connectedCallback runs again, so it only redraws, and
	// presses are read by one listener on the document (toggle()).
	connectedCallback() {
		this.sync(new Set(currentStay()));
	}

	toggle() {
		const button = this.querySelector('button');
		const key = this.dataset['key'];
		if (!button || !isStayKey(key)) return;
		const kept = button.getAttribute('aria-pressed') !== 'true';
		const keys = withItem(currentStay(), key, kept);
		saveStay(keys);
		const counter = document.querySelector<HTMLElement>('stay-counter');
		const template = (kept ? counter?.dataset['added'] : counter?.dataset['removed']) ?? '';
		announce(
			template
				.replace('{name}', this.dataset['name'] ?? '')
				.replace('{count}', countText(keys.length)),
		);
	}

	sync(keys: ReadonlySet<string>) {
		const pressed = keys.has(this.dataset['key'] ?? '');
		this.querySelector('button')?.setAttribute('aria-pressed', String(pressed));
		this.dataset['ready'] = '';
	}
}

/** The header's link to "My stay", shown once the list holds something. */
class StayCounter extends HTMLElement {
	connectedCallback() {
		this.sync(currentStay().length);
	}

	sync(count: number) {
		const number = this.querySelector('[data-count]');
		const label = this.querySelector('[data-label]');
		if (number) number.textContent = String(count);
		if (label)
			label.textContent = (this.dataset['label'] ?? '').replace('{count}', countText(count));
		if (count > 0) this.dataset['filled'] = '';
		else delete this.dataset['filled'];
	}
}

if (!customElements.get('stay-toggle')) {
	customElements.define('stay-counter', StayCounter);
	customElements.define('stay-toggle', StayToggle);
	window.addEventListener(CHANGE_EVENT, redraw);
	document.addEventListener('click', (event) => {
		const button = (event.target as Element).closest('stay-toggle button');
		button?.closest<StayToggle>('stay-toggle')?.toggle();
	});
	// Another tab changed the list.
	window.addEventListener('storage', redraw);
}
