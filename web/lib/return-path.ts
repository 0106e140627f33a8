/** What the sign-in and sign-up pages receive in `location.state`. */
export interface AuthPageState {
  /** Where a visitor was headed when a protected page sent them to sign in. */
  from?: string;
  /** Pre-fills the sign-in form, e.g. after "this email already has an account". */
  email?: string;
}

const AUTH_PAGES = ['/sign-in', '/sign-up'];

/**
 * Where to go after signing in. Only same-site paths count: a crafted state must never send
 * anyone to another site (`//evil.example`) or loop back to the sign-in page.
 */
export function returnPath(state: unknown): string {
  const from = (state as AuthPageState | null)?.from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return '/home';
  const pathname = from.split(/[?#]/)[0] ?? '';
  return AUTH_PAGES.includes(pathname) ? '/home' : from;
}
