/**
 * The header's menu on a phone (Header.astro): a `<details>` that works without JavaScript. With
 * it, Escape closes the open panel and gives focus back to its button, and a click or a focus
 * outside the panel closes it, as people expect of a menu.
 */
export function enhanceHeaderMenu(): void {
	const menu = document.querySelector<HTMLDetailsElement>('[data-header-menu]');
	const button = menu?.querySelector('summary');
	if (!menu || !button) return;
	// The state, said explicitly (a summary's own is not read by every screen reader).
	const say = () => button.setAttribute('aria-expanded', String(menu.open));
	say();
	menu.addEventListener('toggle', say);
	const close = (focus: boolean) => {
		if (!menu.open) return;
		menu.open = false;
		if (focus) button.focus();
	};
	menu.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			event.preventDefault();
			close(true);
		}
	});
	document.addEventListener('click', (event) => {
		if (!menu.contains(event.target as Node)) close(false);
	});
	document.addEventListener('focusin', (event) => {
		if (!menu.contains(event.target as Node)) close(false);
	});
}
