import { AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { LogoLink } from '../../components/logo.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { SkipLink } from '../../components/skip-link.tsx';
import { NotificationBell } from '../../features/notifications/components/notification-bell.tsx';
import { AccountMenu } from './account-menu.tsx';
import { MainNav } from './main-nav.tsx';

/** The frame of every signed-in page: header with account menu, side navigation, content. */
export function SignedInLayout() {
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  // Below the `sm` breakpoint (48em) a closed navbar is only slid off-screen: make it inert so
  // keyboard and screen reader users do not land in links they cannot see.
  const isPhone = useMediaQuery('(max-width: 47.99em)');

  // On phones the navigation covers the page; close it once the user has picked a page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose when the path changes
  useEffect(() => close(), [pathname, close]);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={navOpened}
              aria-controls="main-navigation"
            />
            <LogoLink to="/home" />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <AccountMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id="main-navigation" aria-label="Main" p="sm" inert={isPhone && !navOpened}>
        <MainNav />
      </AppShell.Navbar>
      <AppShell.Main id="main" bg="gray.0">
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
