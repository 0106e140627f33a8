import { LoadFailure } from '../../../components/load-failure.tsx';

/** A session that is missing (removed, mistyped, or not one of yours) or could not be loaded. */
export function SessionNotFound({ error }: { error: unknown }) {
  return (
    <LoadFailure
      error={error}
      missingTitle="We could not find that session"
      missingText="The link may be incomplete, or the session may belong to someone else’s mentorship. Your own sessions are all listed on one page."
      failedTitle="This session did not load"
      action={{ to: '/sessions', label: 'See my sessions' }}
    />
  );
}
