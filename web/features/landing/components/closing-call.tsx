import { Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useMe } from '../../../lib/session.ts';

/** The last nudge for visitors; a signed-in reader already has "Open Tandem" in the hero. */
export function ClosingCall() {
  const { data: me, isPending } = useMe();
  if (isPending || me) return null;
  return (
    <Container
      component="section"
      aria-labelledby="closing-title"
      size="lg"
      py={{ base: 56, md: 88 }}
    >
      <Paper radius="lg" p={{ base: 'xl', md: 56 }} bg="tandem.9">
        <Stack align="center" ta="center" gap="md">
          <Title id="closing-title" order={2} c="white">
            Your next session can be your best one yet
          </Title>
          <Text c="tandem.0" size="lg" maw={560}>
            Start with a single sentence about what you want. Tandem helps with the rest.
          </Text>
          <Button component={Link} to="/sign-up" size="lg" variant="white" mt="sm">
            Write your first goal
          </Button>
        </Stack>
      </Paper>
    </Container>
  );
}
