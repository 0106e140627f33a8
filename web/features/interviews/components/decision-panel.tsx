import {
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import {
  DECISION_REASON_MAX,
  type Decision,
  type DecisionView,
} from '../../../../common/schemas/interviews.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { formatDateTime } from '../../../lib/time.ts';
import { useApplicationInterviews, useDecide } from '../api/interview-queries.ts';

const OUTCOME_WORDS: Record<Decision, { label: string; recorded: string }> = {
  accepted: { label: 'Accept — offer a place in the cohort', recorded: 'Accepted' },
  waitlisted: { label: 'Waitlist — a place may open later', recorded: 'On the waiting list' },
  declined: { label: 'Decline — no place this time', recorded: 'Declined' },
};

function Recorded({ view, timeZone }: { view: DecisionView; timeZone: string }) {
  const d = view.decision;
  if (!d) return null;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap={4}>
        <Text fw={600}>{OUTCOME_WORDS[d.outcome].recorded}</Text>
        <Text size="sm" c="gray.7">
          Recorded by {d.decidedBy.name} on {formatDateTime(d.decidedAt, timeZone)}. The candidate
          was told.
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{d.reason}</Text>
      </Stack>
    </Paper>
  );
}

/** Record the decision with its reason (the candidate reads it), or show the recorded one. */
export function DecisionPanel({ applicationId }: { applicationId: string }) {
  const me = useCurrentUser();
  const query = useApplicationInterviews(applicationId);
  const decide = useDecide(applicationId);
  const [outcome, setOutcome] = useState<string>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [confirming, confirm] = useDisclosure(false);
  const data = query.data;
  const status = data?.application.status;
  const open = status === 'submitted' || status === 'interviewing' || status === 'waitlisted';
  const choices = (['accepted', 'waitlisted', 'declined'] as const).filter(
    (o) => !(status === 'waitlisted' && o === 'waitlisted'),
  );

  const check = (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!outcome) found.outcome = 'Choose the decision.';
    if (!reason.trim()) found.reason = 'Give the reason: the candidate reads it.';
    setErrors(found);
    if (Object.keys(found).length === 0) confirm.open();
  };
  const record = () => {
    setFormError(null);
    decide.mutate(
      { outcome: outcome as Decision, reason },
      {
        onSuccess: () => {
          confirm.close();
          setOutcome('');
          setReason('');
        },
        onError: (error) => {
          confirm.close();
          setFormError(errorMessage(error));
          if (error instanceof ApiError) setErrors(error.fields);
        },
      },
    );
  };

  return (
    <Stack gap="md" component="section" aria-labelledby="decision-heading">
      <Title id="decision-heading" order={2} fz="lg">
        Decision
      </Title>
      {query.isPending && <Loader size="sm" aria-label="Loading the decision" />}
      {query.isError && <FormErrorAlert error={errorMessage(query.error)} />}
      {data && <Recorded view={data.application} timeZone={me.timeZone} />}
      {data && status === 'withdrawn' && (
        <Text c="gray.7">The candidate withdrew this application.</Text>
      )}
      {data && !data.application.decision && open && data.viewer.role !== 'admin' && (
        <Text c="gray.7">No decision yet. The program’s admins record it.</Text>
      )}
      {data && open && data.viewer.role === 'admin' && (
        <form onSubmit={check} noValidate>
          <Stack gap="sm">
            <FormErrorAlert error={formError} />
            <Radio.Group
              label={status === 'waitlisted' ? 'Decide from the waiting list' : 'Your decision'}
              required
              value={outcome}
              onChange={setOutcome}
              error={errors.outcome}
            >
              <Stack gap={6} mt="xs">
                {choices.map((o) => (
                  <Radio key={o} value={o} label={OUTCOME_WORDS[o].label} />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea
              label="Reason"
              description="The candidate reads this with the decision. Be specific, and kind."
              required
              autosize
              minRows={3}
              maxRows={10}
              maxLength={DECISION_REASON_MAX}
              value={reason}
              error={errors.reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Group>
              <Button type="submit">Record the decision</Button>
            </Group>
          </Stack>
        </form>
      )}
      <Modal opened={confirming} onClose={confirm.close} title="Record this decision?">
        <Stack gap="md">
          <Text>
            {outcome === 'accepted'
              ? `${data?.application.candidate.name} joins the cohort as a mentee and is told now.`
              : outcome === 'waitlisted'
                ? `${data?.application.candidate.name} is told they are on the waiting list. You can accept or decline later.`
                : `${data?.application.candidate.name} is told now. This decision is final.`}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={confirm.close}>
              Go back
            </Button>
            <Button onClick={record} loading={decide.isPending}>
              Record and tell the candidate
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
