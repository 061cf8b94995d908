/**
 * The links of a form's error summary (`[data-summary]`) go to their field with its label or
 * legend in view: a plain `#field-…` link would scroll the field itself to the top edge of the
 * window, and its label out of sight.
 */

/** Room kept above the field's label. */
const MARGIN_PX = 16;

export function followSummaryLinks(root: HTMLElement): void {
	root.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(
			'[data-summary] a[href^="#"]',
		);
		if (!link) return;
		const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
		if (!target) return;
		event.preventDefault();
		// The whole field: its label or legend, its hint, the control and its message.
		const field = target.closest('[data-field]') ?? target;
		window.scrollTo({ top: field.getBoundingClientRect().top + window.scrollY - MARGIN_PX });
		target.focus({ preventScroll: true });
	});
}
