import { NavLink } from '@mantine/core';
import {
  IconCalendarEvent,
  IconHeartHandshake,
  IconHome,
  IconSchool,
  IconSettings,
  IconTarget,
  IconUserCircle,
  IconUsersGroup,
} from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';

// Only pages that exist today: a link to something unbuilt would be a broken promise.
const items = [
  { to: '/home', label: 'Home', icon: IconHome },
  { to: '/goals', label: 'Goals', icon: IconTarget },
  // In the order of the loop: find a mentor, work together, meet.
  { to: '/mentors', label: 'Find a mentor', icon: IconUsersGroup },
  { to: '/mentorships', label: 'Mentoring', icon: IconHeartHandshake },
  { to: '/sessions', label: 'Sessions', icon: IconCalendarEvent },
  { to: '/programs', label: 'Programs', icon: IconSchool },
  { to: '/profile', label: 'Profile', icon: IconUserCircle },
  { to: '/settings', label: 'Settings', icon: IconSettings },
];

export function MainNav() {
  const { pathname } = useLocation();
  return (
    <>
      {items.map(({ to, label, icon: Icon }) => {
        // A section stays highlighted on its inner pages (/goals/new, /goals/:id…).
        const active = pathname === to || pathname.startsWith(`${to}/`);
        return (
          <NavLink
            key={to}
            component={Link}
            to={to}
            label={label}
            active={active}
            aria-current={active ? 'page' : undefined}
            leftSection={<Icon size={20} stroke={1.75} aria-hidden="true" />}
            fw={600}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        );
      })}
    </>
  );
}
