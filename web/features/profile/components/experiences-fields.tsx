import {
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { experienceKey, MAX_EXPERIENCES } from '../../../../common/schemas/profile.ts';
import { LIVED_EXPERIENCES } from '../../../../common/taxonomy/lived-experiences.ts';
import type { ProfileValues } from '../profile-values.ts';
import { ScopeChoice } from './scope-choice.tsx';

const livedLabels = LIVED_EXPERIENCES.map((e) => e.label);

/**
 * Lived experiences, strictly opt-in: nothing is chosen until the person ticks it, and each
 * one starts as "just for me" until they decide otherwise.
 */
export function ExperiencesFields({ form }: { form: UseFormReturnType<ProfileValues> }) {
  const { experiences, isMentee } = form.getValues();
  const [ownWords, setOwnWords] = useState('');
  const [ownWordsError, setOwnWordsError] = useState<string | null>(null);
  const indexOf = (experience: string) => experiences.findIndex((e) => e.experience === experience);
  const full = experiences.length >= MAX_EXPERIENCES;

  const toggle = (id: string, label: string, checked: boolean) => {
    if (checked)
      form.insertListItem('experiences', {
        experience: id,
        label,
        scope: 'private',
        programUse: false,
      });
    else form.removeListItem('experiences', indexOf(id));
  };
  const addOwnWords = () => {
    const label = ownWords.trim();
    if (!label) return;
    const key = experienceKey({ experience: 'free', label });
    if (experiences.some((e) => experienceKey(e) === key)) {
      setOwnWordsError('You have already added this experience.');
      return;
    }
    const listed = LIVED_EXPERIENCES.find((e) => e.id === key);
    // Words that spell a listed experience tick it, so it is stored (and matched) as that one.
    if (listed) toggle(listed.id, listed.label, true);
    else {
      form.insertListItem('experiences', {
        experience: 'free',
        label,
        scope: 'private',
        programUse: false,
      });
    }
    setOwnWords('');
    setOwnWordsError(null);
  };

  const scopeFor = (index: number, label: string) => {
    const item = experiences[index];
    if (!item) return null;
    return (
      <Paper withBorder radius="md" p="sm" ml={{ base: 0, sm: 'xl' }} bg="gray.0">
        <ScopeChoice
          experienceLabel={label}
          value={item.scope}
          onChange={(scope) => form.setFieldValue(`experiences.${index}.scope`, scope)}
          error={form.errors[`experiences.${index}.scope`] as string | undefined}
        />
        <Checkbox
          mt="sm"
          label="Count me in program statistics (only in groups of 5 or more)"
          description="Programs you belong to may count this in totals, never with your name, and only when at least 5 people share it. Your own words are never shown to them."
          checked={item.programUse}
          onChange={(event) =>
            form.setFieldValue(`experiences.${index}.programUse`, event.currentTarget.checked)
          }
        />
      </Paper>
    );
  };

  const freeOnes = experiences
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.experience.startsWith('free'));

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        {LIVED_EXPERIENCES.map((lived) => {
          const index = indexOf(lived.id);
          return (
            <Stack key={lived.id} gap="xs">
              <Checkbox
                label={lived.label}
                checked={index >= 0}
                disabled={index < 0 && full}
                onChange={(event) => toggle(lived.id, lived.label, event.currentTarget.checked)}
              />
              {index >= 0 && scopeFor(index, lived.label)}
            </Stack>
          );
        })}
        {freeOnes.map(({ item, index }) => (
          <Stack key={experienceKey(item)} gap="xs">
            <Checkbox
              label={item.label}
              checked
              onChange={() => form.removeListItem('experiences', index)}
              error={form.errors[`experiences.${index}.label`] as string | undefined}
            />
            {scopeFor(index, item.label)}
          </Stack>
        ))}
      </Stack>
      <Group align="flex-end" gap="xs">
        <TextInput
          label="Something else, in your own words"
          description="Up to 60 characters."
          value={ownWords}
          error={ownWordsError}
          maxLength={60}
          disabled={full}
          onChange={(event) => {
            setOwnWords(event.currentTarget.value);
            setOwnWordsError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              addOwnWords();
            }
          }}
          style={{ flex: 1, minWidth: 200 }}
        />
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden="true" />}
          onClick={addOwnWords}
          disabled={full || !ownWords.trim()}
        >
          Add
        </Button>
      </Group>
      {form.errors.experiences && (
        <Text size="sm" c="var(--mantine-color-error)">
          {form.errors.experiences}
        </Text>
      )}
      {isMentee && (
        <TagsInput
          label={
            <>
              Experiences I'd value in a mentor{' '}
              <Badge size="sm" variant="outline" color="gray.8" ml={4}>
                Private
              </Badge>
            </>
          }
          description="Only you can see this list. When you look for a mentor, it can lift mentors who chose to share one of these; nobody is told what you asked for."
          data={livedLabels}
          maxTags={MAX_EXPERIENCES}
          splitChars={[]}
          clearable={false}
          placeholder="Choose or type, then press Enter"
          {...form.getInputProps('wantedExperiences')}
        />
      )}
    </Stack>
  );
}
