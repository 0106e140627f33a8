import { Box, Button, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import type {
  DigestRhythm,
  NotificationChannel,
} from '../../../../common/notifications/notification-types.ts';
import type { NotificationPreferences } from '../../../../common/schemas/notifications.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import {
  useNotificationPreferences,
  useSaveNotificationPreferences,
} from '../api/notification-preferences-queries.ts';
import { OutboxList } from './outbox-list.tsx';

const GROUPS = [
  { id: 'mentorship', title: 'Mentorship' },
  { id: 'sessions', title: 'Sessions' },
  { id: 'after', title: 'After a session' },
  { id: 'programs', title: 'Programs' },
] as const;

const CHANNEL_OPTIONS: { value: NotificationChannel; label: string }[] = [
  { value: 'in-app', label: 'In app' },
  { value: 'email', label: 'Email' },
  { value: 'digest', label: 'Digest' },
  { value: 'off', label: 'Off' },
];

const DIGEST_OPTIONS: { value: DigestRhythm; label: string }[] = [
  { value: 'daily', label: 'Daily, 08:00' },
  { value: 'weekly', label: 'Weekly, Monday 08:00' },
];

type Channels = Record<string, NotificationChannel>;

export function NotificationsSection({ timeZone }: { timeZone: string }) {
  const prefs = useNotificationPreferences();
  if (prefs.isPending) return <Loader size="sm" aria-label="Loading your notification choices" />;
  if (prefs.isError) return <FormErrorAlert error={errorMessage(prefs.error)} />;
  return (
    <Stack gap="xl">
      <PreferencesForm saved={prefs.data} timeZone={timeZone} />
      <Box>
        <Title order={3} fz="lg" id="outbox-title" mb={4}>
          Your outbox
        </Title>
        {!prefs.data.emailConfigured && (
          <Text size="sm" c="gray.7" mb="sm">
            Email is not set up on this Tandem yet: mails wait in your outbox below. Everything
            still reaches you in the app.
          </Text>
        )}
        <OutboxList timeZone={timeZone} />
      </Box>
    </Stack>
  );
}

function channelsOf(prefs: NotificationPreferences): Channels {
  return Object.fromEntries(prefs.types.map((p) => [p.type, p.channel]));
}

function PreferencesForm({
  saved,
  timeZone,
}: {
  saved: NotificationPreferences;
  timeZone: string;
}) {
  const save = useSaveNotificationPreferences();
  const [channels, setChannels] = useState<Channels>(() => channelsOf(saved));
  const [digest, setDigest] = useState<DigestRhythm>(saved.digest);
  const [savedNote, setSavedNote] = useState<string | null>(null);
  const savedChannels = channelsOf(saved);
  const changed = Object.entries(channels).filter(([type, c]) => savedChannels[type] !== c);
  const dirty = changed.length > 0 || digest !== saved.digest;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { channels: Object.fromEntries(changed), digest },
      { onSuccess: () => setSavedNote('Saved. Tandem will follow these from now on.') },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <FormErrorAlert error={save.isError ? errorMessage(save.error) : null} />
        {GROUPS.map((group) => (
          <Box key={group.id} component="fieldset" m={0} p={0} style={{ border: 0, minWidth: 0 }}>
            <Text component="legend" fw={700} size="md" c="gray.9" mb="xs">
              {group.title}
            </Text>
            <Stack gap="sm">
              {saved.types
                .filter((p) => p.group === group.id)
                .map((p) => (
                  <Group key={p.type} justify="space-between" gap="xs" wrap="wrap">
                    <Text id={`pref-${p.type}`} size="sm" c="gray.9" style={{ flex: '1 1 220px' }}>
                      {p.label}
                    </Text>
                    <SegmentedControl
                      aria-labelledby={`pref-${p.type}`}
                      name={`pref-${p.type}`}
                      size="xs"
                      data={CHANNEL_OPTIONS}
                      value={channels[p.type] ?? p.channel}
                      onChange={(value) => {
                        setSavedNote(null);
                        setChannels((c) => ({ ...c, [p.type]: value as NotificationChannel }));
                      }}
                    />
                  </Group>
                ))}
            </Stack>
          </Box>
        ))}
        <Box component="fieldset" m={0} p={0} style={{ border: 0, minWidth: 0 }}>
          <Text component="legend" fw={700} size="md" c="gray.9" mb={4}>
            Digest
          </Text>
          <Text id="digest-help" size="sm" c="gray.7" mb="xs">
            Types set to Digest arrive together in one mail, in your time zone ({timeZone}).
          </Text>
          <SegmentedControl
            aria-label="How often the digest comes"
            aria-describedby="digest-help"
            name="digest"
            data={DIGEST_OPTIONS}
            value={digest}
            onChange={(value) => {
              setSavedNote(null);
              setDigest(value as DigestRhythm);
            }}
          />
        </Box>
        <Group justify="flex-end" gap="md">
          <Text role="status" size="sm" c="tandem.8" fw={500}>
            {savedNote ? (
              <Group component="span" gap={4} wrap="nowrap">
                <IconCircleCheck size={18} aria-hidden="true" />
                {savedNote}
              </Group>
            ) : null}
          </Text>
          <Button type="submit" loading={save.isPending} disabled={!dirty}>
            Save notification choices
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
