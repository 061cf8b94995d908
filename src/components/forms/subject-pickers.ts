/**
 * The complaint form's pickers (./ComplaintTarget.astro): only the one matching the chosen subject
 * shows; the others are hidden and disabled, so that a value left in them is neither sent nor
 * checked. No subject chosen yet: no picker. Without this script every picker shows.
 */

/** Shows the picker of the chosen subject now and whenever the subject changes. */
export function followSubject(form: HTMLFormElement): void {
	const group = form.querySelector<HTMLElement>('[data-subject-pickers]');
	if (!group) return;
	const pickers = [...group.querySelectorAll<HTMLElement>('[data-subject-picker]')];
	const update = () => {
		const subject = form.elements.namedItem('subject');
		const chosen = subject instanceof RadioNodeList ? subject.value : '';
		for (const picker of pickers) {
			const shown = picker.dataset['subjectPicker'] === chosen;
			picker.hidden = !shown;
			for (const control of picker.querySelectorAll<
				HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
			>('input, select, textarea'))
				control.disabled = !shown;
		}
		group.hidden = !pickers.some((picker) => !picker.hidden);
	};
	form.addEventListener('change', (event) => {
		if (event.target instanceof HTMLInputElement && event.target.name === 'subject') update();
	});
	update();
}
