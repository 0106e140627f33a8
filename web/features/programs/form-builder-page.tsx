import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import {
  type AnswerValue,
  type ApplicationForm,
  CHOICE_KINDS,
  OPTIONS_MAX,
  QUESTION_HELP_MAX,
  QUESTION_KINDS,
  QUESTION_LABEL_MAX,
  type QuestionKind,
} from '../../../common/schemas/applications.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { ApiError, errorMessage } from '../../lib/api-client.ts';
import { useApplicationForm, useSaveApplicationForm } from './api/programs-queries.ts';
import { CohortFrame } from './components/cohort-frame.tsx';
import { PreviewNote, QuestionField } from './components/question-fields.tsx';
import { KIND_LABELS } from './program-words.ts';

interface Draft {
  key: string;
  id?: string;
  kind: QuestionKind;
  label: string;
  help: string;
  required: boolean;
  options: string[];
  answered: boolean;
}

let keySeq = 0;
const newKey = () => `q${++keySeq}`;
const fromForm = (form: ApplicationForm): Draft[] =>
  form.questions.map((q) => ({ ...q, key: q.id }));

function QuestionEditor({
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
  onChange: (d: Draft) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  const err = (field: string) => errors[`questions.${index}.${field}`];
  const isChoice = CHOICE_KINDS.includes(draft.kind);
  return (
    <Paper withBorder radius="md" p="md" component="fieldset" aria-label={`Question ${n}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={700}>Question {n}</Text>
          <Group gap={4}>
            <ActionIcon
              variant="default"
              aria-label={`Move question ${n} up`}
              disabled={index === 0}
              onClick={() => onMove(-1)}
            >
              <IconArrowUp size={18} aria-hidden="true" />
            </ActionIcon>
            <ActionIcon
              variant="default"
              aria-label={`Move question ${n} down`}
              disabled={index === count - 1}
              onClick={() => onMove(1)}
            >
              <IconArrowDown size={18} aria-hidden="true" />
            </ActionIcon>
            <ActionIcon variant="default" aria-label={`Remove question ${n}`} onClick={onRemove}>
              <IconTrash size={18} aria-hidden="true" />
            </ActionIcon>
          </Group>
        </Group>
        <TextInput
          label={`Question ${n}`}
          maxLength={QUESTION_LABEL_MAX}
          value={draft.label}
          error={err('label')}
          onChange={(e) => onChange({ ...draft, label: e.currentTarget.value })}
        />
        <Select
          label={`Kind of answer for question ${n}`}
          data={QUESTION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
          value={draft.kind}
          allowDeselect={false}
          disabled={draft.answered}
          description={
            draft.answered ? 'People already answered it, so its kind stays.' : undefined
          }
          error={err('kind')}
          onChange={(v) => {
            const kind = (v ?? draft.kind) as QuestionKind;
            const choice = CHOICE_KINDS.includes(kind);
            onChange({
              ...draft,
              kind,
              options: choice ? (draft.options.length ? draft.options : ['', '']) : [],
            });
          }}
        />
        <Textarea
          label={`Help for question ${n} (optional)`}
          autosize
          minRows={1}
          maxLength={QUESTION_HELP_MAX}
          value={draft.help}
          onChange={(e) => onChange({ ...draft, help: e.currentTarget.value })}
        />
        {isChoice && (
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Choices
            </Text>
            {draft.options.map((option, i) => (
              // Choices are plain strings being typed (two may be equal for a moment): their
              // place is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <Group key={`${draft.key}-${i}`} gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  aria-label={`Choice ${i + 1} of question ${n}`}
                  value={option}
                  style={{ flex: 1 }}
                  error={err(`options.${i}`)}
                  onChange={(e) => {
                    const options = [...draft.options];
                    options[i] = e.currentTarget.value;
                    onChange({ ...draft, options });
                  }}
                />
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={`Remove choice ${i + 1} of question ${n}`}
                  onClick={() =>
                    onChange({ ...draft, options: draft.options.filter((_, j) => j !== i) })
                  }
                >
                  <IconTrash size={16} aria-hidden="true" />
                </ActionIcon>
              </Group>
            ))}
            {err('options') && (
              <Text size="sm" c="red.8">
                {err('options')}
              </Text>
            )}
            <Group>
              <Button
                size="xs"
                variant="default"
                disabled={draft.options.length >= OPTIONS_MAX}
                onClick={() => onChange({ ...draft, options: [...draft.options, ''] })}
              >
                Add a choice
              </Button>
            </Group>
          </Stack>
        )}
        <Switch
          label="An answer is required"
          checked={draft.required}
          onChange={(e) => onChange({ ...draft, required: e.currentTarget.checked })}
        />
      </Stack>
    </Paper>
  );
}

function Builder({ cohortId, canEdit }: { cohortId: string; canEdit: boolean }) {
  const form = useApplicationForm(cohortId);
  const save = useSaveApplicationForm(cohortId);
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [preview, setPreview] = useState<Record<string, AnswerValue | undefined>>({});
  useEffect(() => {
    if (form.data && drafts === null) setDrafts(fromForm(form.data));
  }, [form.data, drafts]);
  if (form.isError) return <FormErrorAlert error={errorMessage(form.error)} />;
  if (!drafts) return null;

  const update = (index: number, draft: Draft) => {
    setSaved(false);
    setDrafts(drafts.map((d, i) => (i === index ? draft : d)));
  };
  const move = (index: number, delta: -1 | 1) => {
    const next = [...drafts];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + delta, 0, item);
    setSaved(false);
    setDrafts(next);
  };
  const submit = () => {
    setErrors({});
    save.mutate(
      {
        questions: drafts.map((d) => ({
          ...(d.id ? { id: d.id } : {}),
          kind: d.kind,
          label: d.label,
          help: d.help,
          required: d.required,
          options: d.options,
        })),
      },
      {
        onSuccess: (result) => {
          setDrafts(fromForm(result));
          setSaved(true);
        },
        onError: (error) => {
          if (error instanceof ApiError) setErrors(error.fields);
        },
      },
    );
  };

  if (!canEdit) {
    return (
      <Stack gap="md">
        {drafts.map((d) => (
          <QuestionField
            key={d.key}
            question={{ ...d, id: d.key }}
            value={undefined}
            onChange={() => {}}
          />
        ))}
      </Stack>
    );
  }
  return (
    <Group align="flex-start" grow gap="xl">
      <Stack gap="md" component="section" aria-labelledby="builder-heading" miw={320}>
        <Title id="builder-heading" order={2} fz="lg">
          Questions
        </Title>
        {drafts.length === 0 && <Text c="gray.7">The form has no questions yet.</Text>}
        {drafts.map((d, i) => (
          <QuestionEditor
            key={d.key}
            draft={d}
            index={i}
            count={drafts.length}
            errors={errors}
            onChange={(next) => update(i, next)}
            onMove={(delta) => move(i, delta)}
            onRemove={() => {
              setSaved(false);
              setDrafts(drafts.filter((_, j) => j !== i));
            }}
          />
        ))}
        <Group>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={() =>
              setDrafts([
                ...drafts,
                {
                  key: newKey(),
                  kind: 'short-text',
                  label: '',
                  help: '',
                  required: false,
                  options: [],
                  answered: false,
                },
              ])
            }
          >
            Add a question
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            Save the form
          </Button>
        </Group>
        {save.isError && <FormErrorAlert error={errorMessage(save.error)} />}
        {saved && (
          <Alert color="teal" variant="light" role="status">
            The form is saved.
          </Alert>
        )}
      </Stack>
      <Stack gap="md" component="section" aria-labelledby="preview-heading" miw={300}>
        <Title id="preview-heading" order={2} fz="lg">
          Preview
        </Title>
        <PreviewNote />
        <Paper withBorder radius="md" p="md">
          <Stack gap="md">
            {drafts
              .filter((d) => d.label.trim())
              .map((d) => (
                <QuestionField
                  key={d.key}
                  question={{ ...d, id: d.key, options: d.options.filter(Boolean) }}
                  value={preview[d.key]}
                  onChange={(v) => setPreview({ ...preview, [d.key]: v })}
                />
              ))}
          </Stack>
        </Paper>
      </Stack>
    </Group>
  );
}

export function FormBuilderPage() {
  return (
    <CohortFrame section="Application form">
      {(cohort) => <Builder cohortId={cohort.id} canEdit={cohort.myRole === 'admin'} />}
    </CohortFrame>
  );
}
