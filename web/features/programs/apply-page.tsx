import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { checkAnswers } from '../../../common/programs/answer-rules.ts';
import type {
  AnswerValue,
  ApplyView,
  MyApplication,
} from '../../../common/schemas/applications.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { LoadFailure } from '../../components/load-failure.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { ApiError, errorMessage } from '../../lib/api-client.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import {
  useApplyView,
  useSubmitApplication,
  useWithdrawApplication,
} from './api/programs-queries.ts';
import { QuestionField } from './components/question-fields.tsx';
import { ApplicationStatusBadge } from './components/status-badge.tsx';
import { formatDates } from './program-words.ts';

const STATUS_WORDS: Record<MyApplication['status'], string> = {
  submitted: 'Your application is in. The program team will be in touch about next steps.',
  interviewing:
    'The program team would like to talk with you: look out for an interview invitation.',
  accepted: 'Welcome aboard: you are in this cohort.',
  waitlisted: 'You are on the waiting list. The team will let you know if a place opens.',
  declined: 'The program could not offer you a place this time.',
  withdrawn: 'You withdrew this application.',
};

function Status({ application: a }: { application: MyApplication }) {
  const withdraw = useWithdrawApplication();
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="status-heading">
      <Stack gap="sm">
        <Group gap="sm">
          <Title id="status-heading" order={2} fz="lg">
            Your application
          </Title>
          <ApplicationStatusBadge status={a.status} />
        </Group>
        <Text>{STATUS_WORDS[a.status]}</Text>
        {a.decisionReason && (
          <Text>
            <strong>From the program:</strong> {a.decisionReason}
          </Text>
        )}
        {(a.status === 'submitted' || a.status === 'interviewing') && (
          <Group>
            <Button
              variant="default"
              loading={withdraw.isPending}
              onClick={() => withdraw.mutate(a.id)}
            >
              Withdraw my application
            </Button>
          </Group>
        )}
        <FormErrorAlert error={withdraw.error ? errorMessage(withdraw.error) : null} />
        <Text size="sm">
          <Link to="/programs">See all your programs and applications</Link>
        </Text>
      </Stack>
    </Paper>
  );
}

function ApplyForm({ view }: { view: ApplyView }) {
  const submit = useSubmitApplication(view.cohortId);
  const [answers, setAnswers] = useState<Record<string, AnswerValue | undefined>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setFormError(null);
        const checked = checkAnswers(view.questions, answers);
        setErrors(checked.fields);
        if (Object.keys(checked.fields).length) {
          setFormError('Some answers need attention.');
          return;
        }
        const given = Object.fromEntries(
          Object.entries(answers).filter(([, v]) => v !== undefined),
        ) as Record<string, AnswerValue>;
        submit.mutate(
          { answers: given },
          {
            onError: (error) => {
              setFormError(errorMessage(error));
              if (error instanceof ApiError) {
                setErrors(
                  Object.fromEntries(
                    Object.entries(error.fields).map(([k, v]) => [k.replace(/^answers\./, ''), v]),
                  ),
                );
              }
            },
          },
        );
      }}
    >
      <Stack gap="lg">
        <FormErrorAlert error={formError} />
        {view.questions.map((q) => (
          <QuestionField
            key={q.id}
            question={q}
            value={answers[q.id]}
            error={errors[q.id]}
            onChange={(v) => setAnswers({ ...answers, [q.id]: v })}
          />
        ))}
        <Group>
          <Button type="submit" loading={submit.isPending}>
            Send my application
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ApplyPage() {
  const { cohortId = '' } = useParams();
  const view = useApplyView(cohortId);
  usePageTitle(view.data ? `Apply · ${view.data.programName}` : 'Apply');
  if (view.isPending) return <PageLoader />;
  if (view.isError) {
    return (
      <LoadFailure
        error={view.error}
        missingTitle="This cohort is not taking applications"
        missingText="The link may be incomplete, or applications have closed. Ask the program for a current link."
        failedTitle="The application form did not load"
        action={{ to: '/programs', label: 'Go to your programs' }}
      />
    );
  }
  const v = view.data;
  return (
    <Stack gap="xl" maw={760}>
      <div>
        <Text c="gray.7">{v.programName}</Text>
        <Title order={1}>Apply to {v.cohortName}</Title>
        <Text c="gray.7">{formatDates(v.startsOn, v.endsOn)}</Text>
      </div>
      {v.programDescription && (
        <Text style={{ whiteSpace: 'pre-wrap' }}>{v.programDescription}</Text>
      )}
      {v.myApplication ? (
        <Status application={v.myApplication} />
      ) : v.applicationsOpen ? (
        <ApplyForm view={v} />
      ) : (
        <Alert color="gray" variant="light">
          Applications to this cohort are closed.
        </Alert>
      )}
    </Stack>
  );
}
