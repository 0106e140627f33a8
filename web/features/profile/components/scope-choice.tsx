import { Radio, Stack } from '@mantine/core';
import type { ExperienceScope } from '../../../../common/taxonomy/lived-experiences.ts';

export const SCOPE_CHOICES: { value: ExperienceScope; label: string; description: string }[] = [
  {
    value: 'public',
    label: 'Show it on my profile',
    description: 'Anyone signed in to Tandem can read it on your mentor page.',
  },
  {
    value: 'matching',
    label: 'Matching only',
    description:
      'Never shown to anyone. It can raise your place in the results of a mentee who asked for ' +
      'this experience; they may see “matches one of the preferences you set”, without it being named.',
  },
  {
    value: 'private',
    label: 'Just for me',
    description:
      'Kept on your profile for you alone. Nobody sees it and it is not used for matching.',
  },
];

/** Who may see one experience, with each choice spelled out where it is made. */
export function ScopeChoice({
  experienceLabel,
  value,
  onChange,
  error,
}: {
  experienceLabel: string;
  value: ExperienceScope;
  onChange(value: ExperienceScope): void;
  error?: string | undefined;
}) {
  return (
    <Radio.Group
      label={`Who may see “${experienceLabel}”?`}
      value={value}
      onChange={(next) => onChange(next as ExperienceScope)}
      error={error}
    >
      <Stack gap="xs" mt={6}>
        {SCOPE_CHOICES.map((choice) => (
          <Radio
            key={choice.value}
            value={choice.value}
            label={choice.label}
            description={choice.description}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
