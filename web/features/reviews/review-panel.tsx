import { Alert, Button, Divider, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { Reviews } from '../../../common/schemas/reviews.ts';
import type { SessionDetail } from '../../../common/schemas/sessions.ts';
import { firstName } from '../../../common/sessions/session-times.ts';
import { errorMessage } from '../../lib/api-client.ts';
import { formatDateTime } from '../../lib/time.ts';
import { useReviews } from './api/reviews-queries.ts';
import { ReviewForm } from './components/review-form.tsx';
import { ReviewSummary } from './components/review-summary.tsx';

/**
 * Both reviews of a session, for the session page's `reviewPanel` slot: nothing but a line
 * before the session starts; once it has, the viewer's review and the shared part of the
 * other person's.
 */
export function ReviewPanel({ session }: { session: SessionDetail }) {
  const them = firstName(session.counterpart.name);
  if (session.phase === 'cancelled') return null;
  if (session.phase === 'upcoming') {
    return (
      <Text size="sm" c="gray.7">
        After the session, you and {them} will each review it here.
      </Text>
    );
  }
  return <HeldReviews session={session} them={them} />;
}

function HeldReviews({ session, them }: { session: SessionDetail; them: string }) {
  const reviews = useReviews(session.id);
  return (
    <Paper
      component="section"
      aria-labelledby="review-title"
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
    >
      <Stack gap="lg">
        <div>
          <Title id="review-title" order={2} fz="xl">
            How did it go?
          </Title>
          <Text size="sm" c="gray.7" mt={4}>
            You each write a short review. {them} sees your answers except your private reflection,
            and you see theirs.
          </Text>
        </div>
        {reviews.isPending ? (
          <Group gap="xs" role="status">
            <Loader size="sm" aria-hidden="true" />
            <Text size="sm" c="gray.7">
              Loading the reviews…
            </Text>
          </Group>
        ) : reviews.isError ? (
          <Alert color="red" variant="light" title="The reviews did not load">
            {errorMessage(reviews.error)}
          </Alert>
        ) : (
          <ReviewBody session={session} reviews={reviews.data} them={them} />
        )}
      </Stack>
    </Paper>
  );
}

function ReviewBody({
  session,
  reviews,
  them,
}: {
  session: SessionDetail;
  reviews: Reviews;
  them: string;
}) {
  const [editing, setEditing] = useState(false);
  const { mine } = reviews;
  const zone = session.myTimeZone;

  return (
    <Stack gap="lg">
      <div>
        <Text size="sm" fw={600} c="gray.8">
          The session goal
        </Text>
        <Text
          style={{
            overflowWrap: 'anywhere',
            borderLeft: '3px solid var(--mantine-color-tandem-2)',
            paddingLeft: 12,
          }}
        >
          {reviews.sessionGoal ??
            (session.myRole === 'mentor'
              ? `${them} did not share a session goal for this one.`
              : 'No session goal was written for this one.')}
        </Text>
      </div>
      <Stack component="section" aria-labelledby="my-review-title" gap="sm">
        <Group justify="space-between" gap="xs">
          <Title id="my-review-title" order={3} fz="lg">
            Your review
          </Title>
          {mine && !editing && reviews.canReview && (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPencil size={16} aria-hidden="true" />}
              onClick={() => setEditing(true)}
            >
              Edit
            </Button>
          )}
        </Group>
        {mine && !editing ? (
          <>
            <ReviewSummary review={mine} />
            <Text size="xs" c="gray.7">
              Last changed {formatDateTime(mine.updatedAt, zone)}
            </Text>
          </>
        ) : reviews.canReview ? (
          <ReviewForm
            key={mine?.updatedAt ?? 'new'}
            sessionId={session.id}
            mine={mine}
            them={them}
            onDone={mine ? () => setEditing(false) : undefined}
          />
        ) : (
          <Text c="gray.7">This session can no longer be reviewed.</Text>
        )}
      </Stack>
      <Divider />
      <TheirReview reviews={reviews} them={them} zone={zone} />
    </Stack>
  );
}

function TheirReview({ reviews, them, zone }: { reviews: Reviews; them: string; zone: string }) {
  const { theirs } = reviews;
  return (
    <Stack component="section" aria-labelledby="their-review-title" gap="sm">
      <Title id="their-review-title" order={3} fz="lg">
        {them}’s review
      </Title>
      {theirs ? (
        <>
          <ReviewSummary review={theirs} />
          <Text size="xs" c="gray.7">
            Last changed {formatDateTime(theirs.updatedAt, zone)}
          </Text>
        </>
      ) : (
        <Text c="gray.7">{them} hasn’t written a review yet.</Text>
      )}
    </Stack>
  );
}
