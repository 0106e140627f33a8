import { Anchor, Box, Container, Group } from '@mantine/core';
import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { LogoLink } from '../../components/logo.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { SkipLink } from '../../components/skip-link.tsx';
import { SiteFooter } from './site-footer.tsx';

/** Landing, sign-in, sign-up and not-found: a light header, the page, the footer. */
export function PublicLayout() {
  const { pathname } = useLocation();
  return (
    <>
      <SkipLink />
      <Box
        component="header"
        py="md"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
      >
        <Container size="lg">
          <Group justify="space-between" h={40}>
            <LogoLink to="/" />
            {pathname === '/' && (
              <Box component="nav" aria-label="On this page" visibleFrom="xs">
                <Group gap="lg">
                  <Anchor href="#how-it-works" c="gray.8" fw={500} underline="hover">
                    How it works
                  </Anchor>
                  <Anchor href="#programs" c="gray.8" fw={500} underline="hover">
                    For programs
                  </Anchor>
                </Group>
              </Box>
            )}
          </Group>
        </Container>
      </Box>
      <Box component="main" id="main" style={{ flex: 1 }}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </Box>
      <SiteFooter />
    </>
  );
}
