import { Avatar, Box, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconSettings } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useSignOut } from '../../features/auth/api/use-sign-out.ts';
import { useCurrentUser } from '../../lib/session.ts';
import classes from './account-menu.module.css';

/** "Sam Lee" → "SL"; a single name gives one letter. */
function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase() || '?';
}

export function AccountMenu() {
  const me = useCurrentUser();
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" width={260} shadow="md" withinPortal>
      <Menu.Target>
        {/* The name is visible on wide screens and always part of the accessible name. */}
        <UnstyledButton className={classes.trigger} aria-label={`Account menu, ${me.name}`}>
          <Avatar radius="xl" size={34} color="tandem" aria-hidden="true">
            {initialsOf(me.name)}
          </Avatar>
          <Text span size="sm" fw={600} visibleFrom="sm" maw={180} truncate="end">
            {me.name}
          </Text>
          <IconChevronDown size={16} stroke={2} aria-hidden="true" />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Box px="sm" py="xs">
          <Text size="sm" fw={600} c="gray.9" truncate="end">
            {me.name}
          </Text>
          <Text size="xs" c="gray.7" truncate="end">
            {me.email}
          </Text>
        </Box>
        <Menu.Divider />
        <Menu.Item
          component={Link}
          to="/settings"
          leftSection={<IconSettings size={16} aria-hidden="true" />}
        >
          Settings
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden="true" />}
          onClick={() => signOut.mutate()}
          disabled={signOut.isPending}
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
