import {
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ProfileValues } from '../profile-values.ts';
import { LinksFields } from './links-fields.tsx';
import { areaOptions, educationOptions, languageOptions, topicOptions } from './options.ts';
import { StackTagsInput } from './stack-tags-input.tsx';

/** The strengths mentees search by: what you know, how you got here, and your availability. */
export function MentorFields({ form }: { form: UseFormReturnType<ProfileValues> }) {
  return (
    <Stack gap="md">
      <TextInput
        label="Headline"
        description="One line mentees see first, like “Back-end engineer who moved over from teaching”."
        {...form.getInputProps('mentor.headline')}
      />
      <Textarea
        label="About you"
        description="Your path, what you enjoy helping with, how you like to work together."
        autosize
        minRows={4}
        maxRows={12}
        {...form.getInputProps('mentor.bio')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Current role"
          placeholder="Senior engineer"
          {...form.getInputProps('mentor.currentRole')}
        />
        <NumberInput
          label="Years of experience"
          min={0}
          max={60}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('mentor.yearsExperience')}
        />
      </SimpleGrid>
      <StackTagsInput
        label="Your tech stack"
        description="Languages, frameworks and tools. We tidy what you type: “k8s” becomes Kubernetes."
        {...form.getInputProps('mentor.stack')}
      />
      <MultiSelect
        label="Knowledge areas"
        data={areaOptions}
        searchable
        {...form.getInputProps('mentor.areas')}
      />
      <MultiSelect
        label="Topics you can help with"
        data={topicOptions}
        {...form.getInputProps('mentor.topics')}
      />
      <MultiSelect
        label="How you got into tech"
        description="Mentees on the same path often value someone who walked it."
        data={educationOptions}
        {...form.getInputProps('mentor.education')}
      />
      <MultiSelect
        label="Languages you can mentor in"
        data={languageOptions}
        searchable
        {...form.getInputProps('mentor.languages')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label="Mentees at a time"
          description="The most you can support at once (0 to 20)."
          min={0}
          max={20}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('mentor.capacity')}
        />
        <Switch
          mt={{ sm: 'xl' }}
          label="Accepting requests now"
          description="Turn it off when you are full or need a break."
          {...form.getInputProps('mentor.acceptingRequests', { type: 'checkbox' })}
        />
      </SimpleGrid>
      <LinksFields form={form} />
    </Stack>
  );
}
