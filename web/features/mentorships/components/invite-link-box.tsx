import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconLock } from '@tabler/icons-react';

/**
 * A freshly made invitation link. Tandem keeps only a fingerprint of it, so this is the one
 * time it can be shown: say so plainly, and make copying it one click.
 */
export function InviteLinkBox({ url }: { url: string }) {
  return (
    <Stack gap="sm">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label="Invitation link"
          value={url}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: 1, minWidth: 0 }}
        />
        <CopyButton value={url} timeout={2500}>
          {({ copied, copy }) => (
            <Button
              onClick={copy}
              color={copied ? 'teal.9' : undefined}
              leftSection={
                copied ? (
                  <IconCheck size={18} aria-hidden="true" />
                ) : (
                  <IconCopy size={18} aria-hidden="true" />
                )
              }
            >
              {copied ? 'Copied' : 'Copy link'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Alert
        color="tandem"
        variant="light"
        icon={<IconLock size={18} aria-hidden="true" />}
        title="Copy it now: this is the only time we show it"
      >
        <Text size="sm">
          We keep only a fingerprint of the link, so nobody — us included — can read it back later.
          If you lose it, make a new one from the mentorship page; the old link then stops working.
        </Text>
      </Alert>
    </Stack>
  );
}
