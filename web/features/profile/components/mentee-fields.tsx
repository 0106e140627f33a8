import { MultiSelect, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ProfileValues } from '../profile-values.ts';
import { areaOptions, languageOptions } from './options.ts';
import { StackTagsInput } from './stack-tags-input.tsx';

/** What a mentee hopes to find: used to suggest mentors, never shown on a public page. */
export function MenteeFields({ form }: { form: UseFormReturnType<ProfileValues> }) {
  return (
    <Stack gap="md">
      <Textarea
        label="What you are looking for"
        description="A sentence or two: where you are now and where you would like a hand."
        autosize
        minRows={3}
        maxRows={8}
        {...form.getInputProps('mentee.lookingFor')}
      />
      <TextInput
        label="Role you are aiming for"
        placeholder="Junior front-end developer"
        {...form.getInputProps('mentee.targetRole')}
      />
      <StackTagsInput
        label="Stack you want to grow in"
        description="We look for mentors who know these."
        {...form.getInputProps('mentee.wantStack')}
      />
      <MultiSelect
        label="Areas you want to grow in"
        data={areaOptions}
        searchable
        {...form.getInputProps('mentee.wantAreas')}
      />
      <MultiSelect
        label="Languages you would like to meet in"
        data={languageOptions}
        searchable
        {...form.getInputProps('mentee.preferredLanguages')}
      />
      <NumberInput
        label="Time-zone window (hours)"
        description="The largest time difference you are happy with. Leave it empty for any."
        min={0}
        max={14}
        allowDecimal={false}
        allowNegative={false}
        {...form.getInputProps('mentee.timeZoneWindowHours')}
      />
    </Stack>
  );
}
