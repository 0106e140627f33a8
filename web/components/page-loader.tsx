import { Center, Loader, VisuallyHidden } from '@mantine/core';

/** A centred spinner that screen readers announce; used while a page or the session loads. */
export function PageLoader({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center role="status" mih="40vh" p="xl">
      <Loader aria-hidden="true" />
      <VisuallyHidden>{label}</VisuallyHidden>
    </Center>
  );
}
