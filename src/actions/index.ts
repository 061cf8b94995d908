/**
 * The visitor forms' actions. Each is a thin adapter: the rules live in src/lib/ (tested
 * without Astro), and the answers in the visitor's language come from the refusal there.
 */
import { feedback } from './feedback.ts';
import { newsletter } from './newsletter.ts';

export const server = { feedback, newsletter };
