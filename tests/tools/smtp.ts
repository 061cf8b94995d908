/**
 * A real SMTP server on 127.0.0.1 (the `smtp-server` package) for the feedback tests: it keeps
 * every message it accepts, and can be told to refuse the next ones to test retries.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
	from: string;
	to: string[];
	raw: string;
	subject: string;
	text: string;
}

export interface TestSmtpServer {
	port: number;
	received: ReceivedMail[];
	/** Refuses this many messages from now on (554), then accepts again. */
	refuseNext(count: number): void;
	close(): Promise<void>;
}

/** Decodes the text body of the simple text/plain messages nodemailer writes. */
function textOf(raw: string): { subject: string; text: string } {
	const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
	const body = rest.join('\n\n');
	const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
	const header = (name: string) =>
		unfolded.match(new RegExp(`^${name}: (.*)$`, 'im'))?.[1]?.trim() ?? '';
	const decodeWords = (value: string) =>
		value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, encoding: string, data: string) =>
			encoding.toLowerCase() === 'b'
				? Buffer.from(data, 'base64').toString('utf8')
				: decodeQuotedPrintable(data.replace(/_/g, ' ')),
		);
	const encoding = header('Content-Transfer-Encoding').toLowerCase();
	const text =
		encoding === 'quoted-printable'
			? decodeQuotedPrintable(body)
			: encoding === 'base64'
				? Buffer.from(body, 'base64').toString('utf8')
				: body;
	return { subject: decodeWords(header('Subject')), text: text.replace(/\r\n/g, '\n') };
}

function decodeQuotedPrintable(text: string): string {
	const bytes = text
		.replace(/=\r?\n/g, '')
		.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`)
		.replace(/%(?![0-9A-F]{2})/gi, '%25');
	try {
		return decodeURIComponent(bytes);
	} catch {
		return text;
	}
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
	const received: ReceivedMail[] = [];
	let refusals = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				if (refusals > 0) {
					refusals -= 1;
					const error = new Error('Mailbox unavailable (test refusal)') as Error & {
						responseCode: number;
					};
					error.responseCode = 554;
					callback(error);
					return;
				}
				const raw = Buffer.concat(chunks).toString('utf8');
				received.push({
					from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
					to: session.envelope.rcptTo.map((recipient) => recipient.address),
					raw,
					...textOf(raw),
				});
				callback();
			});
		},
	});
	server.listen(0, '127.0.0.1');
	await once(server.server, 'listening');
	const { port } = server.server.address() as AddressInfo;
	return {
		port,
		received,
		refuseNext: (count) => {
			refusals = count;
		},
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
