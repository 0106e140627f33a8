import { useIsMutating } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../components/page-loader.tsx';
import { type AuthPageState, returnPath } from '../lib/return-path.ts';
import { signOutMutationKey, useMe } from '../lib/session.ts';

/** Signed-in pages: visitors go to sign in, and come back here afterwards. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader label="Checking your session…" />;
  // A failed refetch keeps the user we already know; only a first failure is fatal.
  if (me.isError && me.data === undefined) throw me.error;
  if (!me.data) {
    const state: AuthPageState = { from: location.pathname + location.search + location.hash };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return <Outlet />;
}

/** Sign-in and sign-up: a signed-in user has nothing to do there and goes into the app. */
export function AnonymousOnly() {
  const me = useMe();
  const location = useLocation();
  const signingOut = useIsMutating({ mutationKey: signOutMutationKey }) > 0;
  if (me.isPending) return <PageLoader />;
  if (me.data && !signingOut) return <Navigate to={returnPath(location.state)} replace />;
  // Also when the session check failed (offline): the form itself will report the problem.
  return <Outlet />;
}
