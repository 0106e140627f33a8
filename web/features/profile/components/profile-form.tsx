import { Anchor, Button, Divider, Group, Select, Stack, Switch, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { type OwnProfile, profileInput } from '../../../../common/schemas/profile.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { PageSection } from '../../../components/page-section.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { zodValidate } from '../../../lib/form-errors.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useSaveProfile } from '../api/use-own-profile.ts';
import { fieldErrorsFor, type ProfileValues, toInput, toValues } from '../profile-values.ts';
import { ExperiencesFields } from './experiences-fields.tsx';
import { MenteeFields } from './mentee-fields.tsx';
import { MentorFields } from './mentor-fields.tsx';
import { stageOptions } from './options.ts';

const checkInput = zodValidate(profileInput);

export function ProfileForm({ profile }: { profile: OwnProfile }) {
  const me = useCurrentUser();
  const save = useSaveProfile();
  const [formError, setFormError] = useState<string | null>(null);
  const [savedAsMentor, setSavedAsMentor] = useState(profile.exists && profile.isMentor);
  const form = useForm<ProfileValues>({
    initialValues: toValues(profile),
    // The same rules as the server, on the values as they will be sent.
    validate: (values) => fieldErrorsFor(checkInput(toInput(values))),
    onSubmitPreventDefault: 'always',
  });
  const { isMentor, isMentee } = form.getValues();

  const submit = form.onSubmit(
    (values) => {
      setFormError(null);
      save.mutate(toInput(values), {
        onSuccess: (saved) => {
          const next = toValues(saved);
          form.setInitialValues(next);
          form.setValues(next);
          setSavedAsMentor(saved.isMentor);
          notifications.show({
            color: 'tandem',
            title: 'Profile saved',
            message: saved.isMentor
              ? 'Your changes are live on your mentor page.'
              : 'Your changes are saved.',
          });
        },
        onError: (error) => {
          if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
            form.setErrors(fieldErrorsFor(error.fields));
            setFormError('Some answers need another look: the messages are next to each field.');
          } else {
            setFormError(errorMessage(error));
          }
        },
      });
    },
    () => setFormError('Some answers need another look: the messages are next to each field.'),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xl">
        <FormErrorAlert error={formError} />
        <PageSection
          id="taking-part-title"
          title="How you take part"
          description="You can be a mentee, a mentor, or both. Switch a side off at any time: your answers stay here for when you come back."
        >
          <Stack gap="md">
            <Switch
              label="I'm looking for a mentor"
              description="Tell us what you hope to learn, so we can suggest mentors who fit."
              {...form.getInputProps('isMentee', { type: 'checkbox' })}
            />
            <Switch
              label="I'd like to mentor others"
              description="Your mentor page becomes visible to people signed in to Tandem."
              {...form.getInputProps('isMentor', { type: 'checkbox' })}
            />
            <Select
              label="Career stage"
              description="Where you are today. Mentees often look for someone a step or two ahead."
              data={stageOptions}
              clearable
              placeholder="Choose a stage"
              {...form.getInputProps('careerStage')}
            />
            {savedAsMentor && (
              <Text size="sm">
                <Anchor component={Link} to={`/mentors/${me.id}`}>
                  See your public mentor page
                </Anchor>
              </Text>
            )}
          </Stack>
        </PageSection>
        {isMentor && (
          <>
            <Divider />
            <PageSection
              id="as-mentor-title"
              title="As a mentor"
              description="Mentees search by these strengths. Be concrete: “React and accessibility” helps more than “front-end”."
            >
              <MentorFields form={form} />
            </PageSection>
          </>
        )}
        {isMentee && (
          <>
            <Divider />
            <PageSection
              id="as-mentee-title"
              title="As a mentee"
              description="Only you and Tandem's matching see this side. It is never shown on a public page."
            >
              <MenteeFields form={form} />
            </PageSection>
          </>
        )}
        <Divider />
        <PageSection
          id="experiences-title"
          title="Lived experiences"
          description={
            <Stack gap="xs">
              <span>
                Entirely optional. Some people find it easier to open up to someone who has lived
                something similar; if that is you, you can say so here.
              </span>
              <span>
                Nothing is shared unless you tick it, and for each one you decide who may see it.
                You can change your mind whenever you like.
              </span>
            </Stack>
          }
        >
          <ExperiencesFields form={form} />
        </PageSection>
        <Group justify="flex-end">
          <Button type="submit" size="md" loading={save.isPending}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
