import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { createQueryClient } from '../lib/query-client.ts';
import { cssVariablesResolver, theme } from './theme.ts';

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      {/* Light only: the palette is contrast-checked for light, and a forced scheme needs no
          ColorSchemeScript (an inline script the CSP would block). */}
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        forceColorScheme="light"
      >
        {/* Appears at once: a fading toast is briefly too faint to read (and to pass axe). */}
        <Notifications position="top-right" transitionDuration={0} />
        {children}
      </MantineProvider>
    </QueryClientProvider>
  );
}
