import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { STARTER_RUBRIC } from '../../../common/interviews/starter-rubric.ts';
import {
  CRITERIA_MAX,
  CRITERION_NAME_MAX,
  DESCRIPTOR_MAX,
  type Rubric,
  rubricInput,
} from '../../../common/schemas/interviews.ts';
import { CohortNav } from '../../components/cohort-nav.tsx';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { LoadFailure } from '../../components/load-failure.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { ApiError, errorMessage } from '../../lib/api-client.ts';
import { zodValidate } from '../../lib/form-errors.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { useRubric, useSaveRubric } from './api/interview-queries.ts';
import { DescriptorList } from './components/descriptor-list.tsx';

interface Draft {
  key: string;
  id?: string;
  name: string;
  descriptors: string[];
  scored: boolean;
}

let nextKey = 0;
function keyed(c: Omit<Draft, 'key'>): Draft {
  nextKey += 1;
  return { ...c, key: `c${nextKey}` };
}
const validate = zodValidate(rubricInput);
const LEVEL_WORDS = ['1 — weakest', '2', '3', '4', '5 — strongest'];

function toDrafts(rubric: Rubric): Draft[] {
  return rubric.criteria.map((c) => keyed({ ...c, descriptors: [...c.descriptors] }));
}

function CriterionEditor({
  draft,
  index,
  count,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  draft: Draft;
  index: number;
  count: number;
  errors: Record<string, string>;
  onChange: (next: Draft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const label = draft.name.trim() || `Criterion ${index + 1}`;
  const headingId = `criterion-${draft.key}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title id={headingId} order={2} fz="lg">
            {index + 1}. {label}
          </Title>
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              onClick={() => onMove(-1)}
              disabled={index === 0}
              aria-label={`Move ${label} up`}
            >
              Move up
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => onMove(1)}
              disabled={index === count - 1}
              aria-label={`Move ${label} down`}
            >
              Move down
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={onRemove}
              aria-label={`${draft.scored ? 'Archive' : 'Remove'} ${label}`}
            >
              {draft.scored ? 'Archive' : 'Remove'}
            </Button>
          </Group>
        </Group>
        {draft.scored && (
          <Text size="sm" c="gray.7">
            Reviewers have scored this criterion. Taking it out archives it, so their scores keep
            their meaning.
          </Text>
        )}
        <TextInput
          label="Name"
          required
          maxLength={CRITERION_NAME_MAX}
          value={draft.name}
          error={errors[`criteria.${index}.name`]}
          onChange={(e) => onChange({ ...draft, name: e.currentTarget.value })}
        />
        {draft.descriptors.map((text, level) => (
          <TextInput
            // biome-ignore lint/suspicious/noArrayIndexKey: the five levels never move
            key={level}
            label={`Level ${LEVEL_WORDS[level]}`}
            description={level === 0 ? 'What an answer at this level sounds like.' : undefined}
            required
            maxLength={DESCRIPTOR_MAX}
            value={text}
            error={errors[`criteria.${index}.descriptors.${level}`]}
            onChange={(e) => {
              const descriptors = [...draft.descriptors];
              descriptors[level] = e.currentTarget.value;
              onChange({ ...draft, descriptors });
            }}
          />
        ))}
      </Stack>
    </Paper>
  );
}

function RubricEditor({ rubric, cohortId }: { rubric: Rubric; cohortId: string }) {
  const save = useSaveRubric(cohortId);
  const [drafts, setDrafts] = useState<Draft[]>(() => toDrafts(rubric));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setDrafts(toDrafts(rubric)), [rubric]);

  const update = (index: number, next: Draft) =>
    setDrafts((list) => list.map((d, i) => (i === index ? next : d)));
  const move = (index: number, by: -1 | 1) =>
    setDrafts((list) => {
      const copy = [...list];
      const [item] = copy.splice(index, 1);
      if (item) copy.splice(index + by, 0, item);
      return copy;
    });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setFormError(null);
    const body = {
      criteria: drafts.map((d) => ({
        ...(d.id ? { id: d.id } : {}),
        name: d.name,
        descriptors: d.descriptors,
      })),
    };
    const found = validate(body);
    setErrors(found);
    if (Object.keys(found).length) {
      setFormError('Some criteria need attention.');
      return;
    }
    const whole = rubricInput.safeParse(body);
    if (!whole.success) {
      setFormError(whole.error.issues[0]?.message ?? 'The rubric needs attention.');
      return;
    }
    save.mutate(body, {
      onSuccess: () => setSaved(true),
      onError: (error) => {
        setFormError(errorMessage(error));
        if (error instanceof ApiError) setErrors(error.fields);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={formError} />
        {drafts.length === 0 && (
          <Paper withBorder radius="md" p="lg" bg="gray.0">
            <Stack gap="sm" align="flex-start">
              <Text>
                This cohort has no rubric yet. Start from ours — clarity of goals, commitment, and
                fit with the program — and make every word your own, or write one from scratch.
              </Text>
              <Button
                variant="light"
                onClick={() => setDrafts(STARTER_RUBRIC.map((c) => keyed({ ...c, scored: false })))}
              >
                Start from the suggested rubric
              </Button>
            </Stack>
          </Paper>
        )}
        {drafts.map((draft, index) => (
          <CriterionEditor
            key={draft.key}
            draft={draft}
            index={index}
            count={drafts.length}
            errors={errors}
            onChange={(next) => update(index, next)}
            onMove={(by) => move(index, by)}
            onRemove={() => setDrafts((list) => list.filter((_, i) => i !== index))}
          />
        ))}
        <Group gap="sm">
          <Button
            variant="default"
            disabled={drafts.length >= CRITERIA_MAX}
            onClick={() =>
              setDrafts((list) => [
                ...list,
                keyed({ name: '', descriptors: ['', '', '', '', ''], scored: false }),
              ])
            }
          >
            Add a criterion
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save the rubric
          </Button>
        </Group>
        {saved && (
          <Alert color="teal" variant="light" role="status">
            The rubric is saved. Reviewers score on it from now on.
          </Alert>
        )}
      </Stack>
    </form>
  );
}

function RubricReadOnly({ rubric }: { rubric: Rubric }) {
  if (rubric.criteria.length === 0) {
    return <Text>The program’s admins have not written this cohort’s rubric yet.</Text>;
  }
  return (
    <Stack gap="md">
      {rubric.criteria.map((c, index) => (
        <Paper key={c.id} withBorder radius="md" p="md">
          <Title order={2} fz="lg" mb="xs">
            {index + 1}. {c.name}
          </Title>
          <DescriptorList descriptors={c.descriptors} />
        </Paper>
      ))}
    </Stack>
  );
}

/** The cohort's interview rubric: criteria with words for each of five levels. */
export function RubricPage() {
  const { programId = '', cohortId = '' } = useParams();
  const query = useRubric(cohortId);
  usePageTitle('Interview rubric');
  if (query.isPending) return <PageLoader label="Loading the rubric…" />;
  if (query.isError || !query.data) {
    return (
      <LoadFailure
        error={query.error}
        missingTitle="We could not find that rubric"
        missingText="The link may be incomplete, or the cohort belongs to a program you do not help run."
        failedTitle="The rubric did not load"
        action={{ to: '/programs', label: 'Go to Programs' }}
      />
    );
  }
  const rubric = query.data;
  return (
    <Stack gap="lg" maw={820}>
      <Stack gap={4}>
        <Title order={1}>Interview rubric</Title>
        <Text c="gray.7" size="lg">
          Each criterion is scored from 1 to 5. Words for every level help reviewers score the same
          way, and help candidates be judged fairly.
        </Text>
      </Stack>
      <CohortNav programId={programId} cohortId={cohortId} />
      {rubric.canEdit ? (
        <RubricEditor rubric={rubric} cohortId={cohortId} />
      ) : (
        <RubricReadOnly rubric={rubric} />
      )}
      {rubric.archived.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="archived-criteria">
          <Title id="archived-criteria" order={2} fz="lg">
            Archived criteria
          </Title>
          <Text size="sm" c="gray.7">
            Kept because reviewers scored them; they no longer appear on new scorecards.
          </Text>
          <Group gap="xs">
            {rubric.archived.map((c) => (
              <Badge key={c.id} variant="outline" color="gray.7">
                {c.name}
              </Badge>
            ))}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
