import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** A whole-form error (one that no single field owns), shown above the fields; nothing when empty. */
export function FormErrorAlert({ error }: { error: ReactNode }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
      {error}
    </Alert>
  );
}
