import { Button, type ButtonProps, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { FormErrorAlert } from './form-error-alert.tsx';

/**
 * A button that asks once before doing something that cannot be taken back, saying what
 * happens. The dialog stays open on failure so the error shows where the person is looking.
 */
export function ConfirmAction({
  label,
  title,
  children,
  confirmLabel,
  cancelLabel,
  pending,
  error,
  onConfirm,
  buttonProps,
  danger = false,
}: {
  label: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  pending: boolean;
  error: string | null;
  /** Called with `close`, to shut the dialog once the action succeeded. */
  onConfirm: (close: () => void) => void;
  buttonProps?: ButtonProps;
  danger?: boolean;
}) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" onClick={open} {...buttonProps}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Stack gap="md">
          <FormErrorAlert error={error} />
          <Text>{children}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {cancelLabel}
            </Button>
            <Button
              {...(danger ? { color: 'red.9' } : {})}
              loading={pending}
              onClick={() => onConfirm(close)}
            >
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
