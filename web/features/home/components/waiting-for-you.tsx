import { Button, Paper, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useWaitingRequests } from '../api/use-waiting-requests.ts';

/** Someone asked for the member's time: worth seeing first thing, and only then. */
export function WaitingForYou() {
  const waiting = useWaitingRequests();
  const list = waiting.data ?? [];
  if (list.length === 0) return null;
  const first = list[0]?.counterpart?.name ?? 'Someone';
  const others = list.length - 1;
  return (
    <Paper
      component="section"
      aria-labelledby="waiting-for-you-title"
      withBorder
      radius="lg"
      p="lg"
      bg="tandem.0"
    >
      <Title id="waiting-for-you-title" order={2} fz="xl" mb={4}>
        Waiting for you
      </Title>
      <Text c="gray.8" mb="sm">
        {others === 0
          ? `${first} would like to start mentoring with you.`
          : `${first} and ${others} ${others === 1 ? 'other person' : 'others'} would like to start mentoring with you.`}{' '}
        A quick answer, even a kind no, helps them plan.
      </Text>
      <Button
        component={Link}
        to="/mentorships"
        rightSection={<IconArrowRight size={18} aria-hidden="true" />}
      >
        Answer {others === 0 ? 'the request' : 'requests'}
      </Button>
    </Paper>
  );
}
