import {
  Badge,
  Box,
  Button,
  Container,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useMe } from '../../../lib/session.ts';
import { SessionBriefPreview } from './session-brief-preview.tsx';

function HeroActions() {
  const { data: me, isPending } = useMe();
  // Same height as the buttons, so the page does not jump once the session is known.
  if (isPending) return <Skeleton height={50} width={320} radius="md" />;
  if (me) {
    return (
      <Button
        component={Link}
        to="/home"
        size="lg"
        rightSection={<IconArrowRight aria-hidden="true" />}
      >
        Open Tandem
      </Button>
    );
  }
  return (
    <Group gap="sm">
      <Button component={Link} to="/sign-up" size="lg">
        Create your account
      </Button>
      <Button component={Link} to="/sign-in" size="lg" variant="default">
        Sign in
      </Button>
    </Group>
  );
}

export function Hero() {
  return (
    <Box
      component="section"
      aria-labelledby="hero-title"
      style={{
        background:
          'linear-gradient(180deg, var(--mantine-color-tandem-0) 0%, var(--mantine-color-white) 100%)',
      }}
    >
      <Container size="lg" py={{ base: 48, md: 96 }}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing={{ base: 48, md: 64 }}>
          <Stack gap="lg" justify="center">
            <Badge variant="light" size="lg" radius="sm" w="fit-content">
              Mentoring, made practical
            </Badge>
            <Title id="hero-title" order={1} fz={{ base: 36, sm: 48 }} lh={1.1} lts={-1}>
              Make every mentoring session count.
            </Title>
            <Text fz={{ base: 'lg', sm: 20 }} c="gray.7" maw={540}>
              Tandem gives a mentee and a mentor one shared place to agree on a goal, prepare, meet
              and follow through, so the hours you spend together keep adding up.
            </Text>
            <HeroActions />
          </Stack>
          <SessionBriefPreview />
        </SimpleGrid>
      </Container>
    </Box>
  );
}
