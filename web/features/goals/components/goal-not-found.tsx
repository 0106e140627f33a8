import { LoadFailure } from '../../../components/load-failure.tsx';

/** A goal that is missing (deleted, mistyped, or someone else's) or could not be loaded. */
export function GoalNotFound({ error }: { error: unknown }) {
  return (
    <LoadFailure
      error={error}
      missingTitle="We could not find that goal"
      missingText="It may have been deleted, or the link may be incomplete. Your other goals are where you left them."
      failedTitle="This goal did not load"
      action={{ to: '/goals', label: 'Back to my goals' }}
    />
  );
}
