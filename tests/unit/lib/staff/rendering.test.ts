/**
 * The staff views rendered by Astro (Container API), without a server: a visitor's text holding
 * HTML and script is printed as text everywhere it appears — answers, contact details, history,
 * the inbox — and every page says noindex and carries no script.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import InboxViewComponent from '../../../../src/components/staff/InboxView.astro';
import SubmissionViewComponent from '../../../../src/components/staff/SubmissionView.astro';
import type { HistoryEntry, Submission } from '../../../../src/lib/feedback/repository';
import type { StaffSession } from '../../../../src/lib/staff/auth';
import { parseFilters } from '../../../../src/lib/staff/filters';

const NOW = new Date('2026-07-15T10:00:00Z');
const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

const session: StaffSession = {
	accountId: 1,
	email: 'accueil@example.org',
	role: 'staff',
	csrfToken: 'csrf-token-of-the-session',
	expiresAt: new Date(NOW.getTime() + 3_600_000),
	idHash: 'hash',
};

const submission: Submission = {
	id: 7,
	reference: 'REC-2026-ABC123',
	kind: 'complaint',
	locale: 'fr',
	status: 'new',
	receivedAt: new Date(NOW.getTime() - 5 * 86_400_000),
	dueAt: new Date(NOW.getTime() - 2 * 86_400_000),
	updatedAt: NOW,
	idempotencyKey: 'k',
	topic: 'office',
	officeId: 'vialas',
	contactName: `Nom ${HOSTILE}`,
	contactEmail: 'visiteur@example.org',
	forwardedTo: `Bureau ${HOSTILE}`,
	data: { subject: 'office', description: `Description ${HOSTILE}`, expectation: 'Une réponse' },
};

const history: HistoryEntry[] = [
	{
		id: 1,
		submissionId: 7,
		at: submission.receivedAt,
		actor: 'visitor',
		action: 'received',
		detail: {},
	},
	{
		id: 2,
		submissionId: 7,
		at: NOW,
		actor: 'agent@example.org',
		action: 'note',
		detail: { note: `Note ${HOSTILE}` },
	},
];

const common = {
	session,
	offices: [{ id: 'vialas', name: 'Vialas' }],
	providers: [],
	now: NOW,
};

/** The views, typed for the container (the linter's TypeScript does not read .astro files). */
type View = Parameters<AstroContainer['renderToString']>[0];
const InboxView = InboxViewComponent as unknown as View;
const SubmissionView = SubmissionViewComponent as unknown as View;

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

/**
 * The markup outside attribute values (where a `"` is escaped, so `<` cannot end the attribute),
 * to look for elements.
 */
const markup = (html: string) => html.replace(/="[^"]*"/g, '=""');

/** No element made of visitor text: every `<script`/`<img` is escaped. */
function expectEscaped(html: string) {
	expect(markup(html)).not.toMatch(/<script\b/i);
	expect(markup(html)).not.toMatch(/<img\b/i);
	expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
	expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
	expect(html).not.toContain('data-pagefind-body');
}

describe('staff views', () => {
	it('show the visitor’s HTML as text on a submission’s page', async () => {
		const html = await container.renderToString(SubmissionView, {
			props: {
				...common,
				status: 200,
				submission,
				history,
				saved: false,
				complaintDueDays: 3,
				assignees: { people: [], offices: [] },
				forwardTo: [{ name: 'Gîte <b>du</b> Pont', email: 'pont@example.org' }],
				templates: [],
			},
		});
		expectEscaped(html);
		for (const text of ['Description', 'Nom', 'Bureau', 'Note'])
			expect(html).toContain(`${text} &lt;script&gt;`);
		expect(html).toContain(
			`href="mailto:visiteur@example.org?subject=${encodeURIComponent('Votre message REC-2026-ABC123 à l’office de tourisme')}"`,
		);
		// Every form carries the session's CSRF token: sign-out, status, assignment, note.
		const forms = html.match(/<form\b/g)?.length ?? 0;
		expect(forms).toBe(4);
		expect(html.match(/name="csrf" value="csrf-token-of-the-session"/g)).toHaveLength(forms);
		expect(html).toContain('En retard');
		// In an attribute, the visitor's quote is escaped: the value cannot end early.
		expect(html).toContain('value="Bureau <script>alert(&quot;x&quot;)</script>');
		// The forwarding type-ahead offers members by name, escaped.
		expect(html).toMatch(/<option value="Gîte <b>du<\/b> Pont"[^>]*>pont@example.org<\/option>/);
	});

	it('show the visitor’s HTML as text in the inbox', async () => {
		const html = await container.renderToString(InboxView, {
			props: {
				...common,
				filters: parseFilters(new URLSearchParams('overdue=1'), {
					offices: ['vialas'],
					providers: [],
				}),
				submissions: [submission],
				total: 1,
				pages: 1,
				search: '?overdue=1',
				assignees: { [submission.id]: 'Camille <i>Roux</i>' },
			},
		});
		expect(html).toContain('Nom &lt;script&gt;');
		expect(markup(html)).not.toMatch(/<script\b|<img\b/i);
		expect(html).toContain('href="/staff/export.csv?kind=complaint&amp;overdue=1"');
		expect(html).toContain('Exporter les questionnaires (CSV)');
		expect(html).toContain('href="/staff/messages/REC-2026-ABC123/"');
		expect(html).toMatch(/data-label="Attribué à"[^>]*>Camille &lt;i&gt;Roux&lt;\/i&gt;<\/td>/);
	});
});
