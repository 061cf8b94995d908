/** POST /staff/deconnexion/: signs out (the middleware checked the session and its CSRF token). */
import type { APIRoute } from 'astro';
import { signOut } from '~/lib/staff/pages';

export const POST: APIRoute = async (context) =>
	context.redirect((await signOut(context)).redirect, 303);
