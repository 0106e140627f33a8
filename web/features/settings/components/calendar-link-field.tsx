import { Button, CopyButton, Group, TextInput } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

/** The feed address, read-only and selected whole on focus, with a button that copies it. */
export function CalendarLinkField({ url }: { url: string }) {
  return (
    <Group align="flex-end" gap="sm">
      <TextInput
        label="Your calendar link"
        value={url}
        readOnly
        variant="filled"
        onFocus={(event) => event.currentTarget.select()}
        // On a phone the button moves under the field, so the link stays readable.
        style={{ flex: '1 1 16rem', minWidth: 0 }}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <CopyButton value={url} timeout={2500}>
        {({ copied, copy }) => (
          <Button
            onClick={copy}
            variant={copied ? 'filled' : 'light'}
            leftSection={
              copied ? (
                <IconCheck size={18} aria-hidden="true" />
              ) : (
                <IconCopy size={18} aria-hidden="true" />
              )
            }
            aria-live="polite"
          >
            {copied ? 'Copied' : 'Copy link'}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
