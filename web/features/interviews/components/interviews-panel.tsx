import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  type ApplicationInterviews,
  INTERVIEW_DURATION_MAX,
  INTERVIEW_DURATION_MIN,
  INTERVIEW_LOCATION_MAX,
  type InterviewListItem,
  type ScorecardState,
} from '../../../../common/schemas/interviews.ts';
import { instantToWallTime, wallTimeToInstant } from '../../../../common/sessions/session-times.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import {
  useApplicationInterviews,
  useScheduleInterview,
  useUpdateInterview,
} from '../api/interview-queries.ts';

const STATE_WORDS: Record<ScorecardState, string> = {
  'not-started': 'not started',
  draft: 'draft',
  submitted: 'submitted',
};

interface FormValues {
  startsAt: string;
  durationMinutes: number | string;
  location: string;
  reviewerIds: string[];
}

/** The time, place and panel fields, for planning and for moving an interview. */
function InterviewForm({
  staff,
  initial,
  submitLabel,
  pending,
  onSubmit,
  onCancel,
}: {
  staff: ApplicationInterviews['staff'];
  initial: FormValues;
  submitLabel: string;
  pending: boolean;
  onSubmit: (values: FormValues, start: Date, fail: (e: unknown) => void) => void;
  onCancel?: () => void;
}) {
  const me = useCurrentUser();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const fail = (error: unknown) => {
    setFormError(errorMessage(error));
    if (error instanceof ApiError) setErrors(error.fields);
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found: Record<string, string> = {};
    const start = values.startsAt ? wallTimeToInstant(values.startsAt, me.timeZone) : null;
    if (!start) found.startsAt = 'Pick a date and a time.';
    else if (start <= new Date()) found.startsAt = 'Pick a time in the future.';
    const minutes = Number(values.durationMinutes);
    if (!(minutes >= INTERVIEW_DURATION_MIN && minutes <= INTERVIEW_DURATION_MAX)) {
      found.durationMinutes = `Between ${INTERVIEW_DURATION_MIN} and ${INTERVIEW_DURATION_MAX} minutes.`;
    }
    if (values.reviewerIds.length === 0) found.reviewerIds = 'Choose at least one reviewer.';
    setErrors(found);
    if (Object.keys(found).length || !start) return;
    onSubmit(values, start, fail);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormErrorAlert error={formError} />
        <Group grow align="flex-start">
          <TextInput
            type="datetime-local"
            label="Starts"
            description={`Your time (${me.timeZone})`}
            required
            value={values.startsAt}
            error={errors.startsAt}
            onChange={(e) => setValues({ ...values, startsAt: e.currentTarget.value })}
          />
          <NumberInput
            label="Length in minutes"
            required
            min={INTERVIEW_DURATION_MIN}
            max={INTERVIEW_DURATION_MAX}
            step={15}
            value={values.durationMinutes}
            error={errors.durationMinutes}
            onChange={(v) => setValues({ ...values, durationMinutes: v })}
          />
        </Group>
        <TextInput
          label="Where"
          description="A video link or a room."
          maxLength={INTERVIEW_LOCATION_MAX}
          value={values.location}
          error={errors.location}
          onChange={(e) => setValues({ ...values, location: e.currentTarget.value })}
        />
        <Checkbox.Group
          label="Panel"
          description="Who scores this interview. Each reviewer scores blind."
          required
          value={values.reviewerIds}
          error={errors.reviewerIds}
          onChange={(reviewerIds) => setValues({ ...values, reviewerIds })}
        >
          <Stack gap={6} mt="xs">
            {staff.map((s) => (
              <Checkbox
                key={s.id}
                value={s.id}
                label={`${s.name}${s.role === 'admin' ? ' (admin)' : ''}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group gap="sm">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Never mind
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function CancelInterview({ applicationId, id }: { applicationId: string; id: string }) {
  const update = useUpdateInterview(applicationId);
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button size="xs" variant="default" onClick={open}>
        Cancel interview
      </Button>
      <Modal opened={opened} onClose={close} title="Cancel this interview?">
        <Stack gap="sm">
          <FormErrorAlert error={error} />
          <TextInput
            label="Reason"
            description="The candidate and the panel read it."
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Keep it
            </Button>
            <Button
              color="red.8"
              loading={update.isPending}
              onClick={() =>
                update.mutate(
                  { id, input: { cancel: true, reason } },
                  { onSuccess: close, onError: (e) => setError(errorMessage(e)) },
                )
              }
            >
              Cancel the interview
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function InterviewLine({
  data,
  interview,
}: {
  data: ApplicationInterviews;
  interview: InterviewListItem;
}) {
  const me = useCurrentUser();
  const [moving, setMoving] = useState(false);
  const update = useUpdateInterview(data.application.applicationId);
  const admin = data.viewer.role === 'admin';
  const live = interview.status === 'scheduled' && new Date(interview.startsAt) > new Date();
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fw={600}>
            {interview.localStart} · {interview.durationMinutes} minutes
          </Text>
          {interview.status === 'cancelled' && (
            <Badge variant="outline" color="gray.7">
              Cancelled
            </Badge>
          )}
        </Group>
        {interview.location && <Text size="sm">Where: {interview.location}</Text>}
        <Text size="sm">
          Panel:{' '}
          {interview.panel
            .map((p) => (p.scorecard ? `${p.name} (${STATE_WORDS[p.scorecard]})` : p.name))
            .join(', ')}
        </Text>
        <Group gap="sm">
          {interview.myScorecard && (
            <Anchor component={Link} to={`/interviews/${interview.id}`} size="sm">
              {interview.myScorecard === 'submitted'
                ? 'See the scorecards'
                : 'Score this interview'}
            </Anchor>
          )}
          {!interview.myScorecard && admin && (
            <Anchor component={Link} to={`/interviews/${interview.id}`} size="sm">
              See the scorecards
            </Anchor>
          )}
          {admin && live && !moving && (
            <>
              {['submitted', 'interviewing'].includes(data.application.status) && (
                <Button size="xs" variant="default" onClick={() => setMoving(true)}>
                  Move or change panel
                </Button>
              )}
              <CancelInterview applicationId={data.application.applicationId} id={interview.id} />
            </>
          )}
        </Group>
        {moving && (
          <InterviewForm
            staff={data.staff}
            submitLabel="Save the changes"
            pending={update.isPending}
            initial={{
              startsAt: instantToWallTime(interview.startsAt, me.timeZone),
              durationMinutes: interview.durationMinutes,
              location: interview.location,
              reviewerIds: interview.panel.map((p) => p.id),
            }}
            onCancel={() => setMoving(false)}
            onSubmit={(values, start, fail) =>
              update.mutate(
                {
                  id: interview.id,
                  input: {
                    startsAt: start.toISOString(),
                    durationMinutes: Number(values.durationMinutes),
                    location: values.location,
                    reviewerIds: values.reviewerIds,
                  },
                },
                { onSuccess: () => setMoving(false), onError: fail },
              )
            }
          />
        )}
      </Stack>
    </Paper>
  );
}

/** The application's interviews: plan one with a panel, move or cancel, open the scorecards. */
export function InterviewsPanel({ applicationId }: { applicationId: string }) {
  const query = useApplicationInterviews(applicationId);
  const schedule = useScheduleInterview(applicationId);
  const [planning, setPlanning] = useState(false);
  const data = query.data;
  return (
    <Stack gap="md" component="section" aria-labelledby="interviews-heading">
      <Title id="interviews-heading" order={2} fz="lg">
        Interviews
      </Title>
      {query.isPending && <Loader size="sm" aria-label="Loading the interviews" />}
      {query.isError && <FormErrorAlert error={errorMessage(query.error)} />}
      {data && (
        <>
          {data.interviews.length === 0 && <Text c="gray.7">No interview is planned yet.</Text>}
          {data.interviews.map((interview) => (
            <InterviewLine key={interview.id} data={data} interview={interview} />
          ))}
          {data.viewer.role === 'admin' &&
            ['submitted', 'interviewing'].includes(data.application.status) &&
            (planning ? (
              <Paper withBorder radius="md" p="md">
                <Title order={3} fz="md" mb="sm">
                  Plan an interview
                </Title>
                <InterviewForm
                  staff={data.staff}
                  submitLabel="Plan the interview"
                  pending={schedule.isPending}
                  initial={{ startsAt: '', durationMinutes: 45, location: '', reviewerIds: [] }}
                  onCancel={() => setPlanning(false)}
                  onSubmit={(values, start, fail) =>
                    schedule.mutate(
                      {
                        startsAt: start.toISOString(),
                        durationMinutes: Number(values.durationMinutes),
                        location: values.location,
                        reviewerIds: values.reviewerIds,
                      },
                      { onSuccess: () => setPlanning(false), onError: fail },
                    )
                  }
                />
              </Paper>
            ) : (
              <Group>
                <Button onClick={() => setPlanning(true)}>Plan an interview</Button>
              </Group>
            ))}
        </>
      )}
    </Stack>
  );
}
