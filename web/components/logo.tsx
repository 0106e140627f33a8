import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';

/** The mark: two overlapping rings, two people moving together. Decorative next to the name. */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-tandem-8)" />
      <circle cx="12" cy="16" r="6" fill="none" stroke="#ffffff" strokeWidth="2.5" />
      <circle cx="20" cy="16" r="6" fill="none" stroke="#a2dbd0" strokeWidth="2.5" />
    </svg>
  );
}

/** The wordmark as a link. Its name is just "Tandem", so it never shadows a "Home" link. */
export function LogoLink({ to }: { to: string }) {
  return (
    <Anchor component={Link} to={to} underline="never" c="gray.9">
      <Group gap={8} wrap="nowrap">
        <LogoMark />
        <Text component="span" fw={800} fz="xl" lts={-0.3}>
          Tandem
        </Text>
      </Group>
    </Anchor>
  );
}
