import { Button, Group } from '@mantine/core';
import { Link, useLocation } from 'react-router';

/**
 * The sections of a cohort, shared by every cohort page (members, form, applications, matching,
 * health), so each feature's page sits under the same navigation.
 */
const SECTIONS = [
  { path: '', label: 'Overview' },
  { path: '/members', label: 'Members' },
  { path: '/form', label: 'Application form' },
  { path: '/applications', label: 'Applications' },
  { path: '/rubric', label: 'Interview rubric' },
  { path: '/matching', label: 'Matching' },
  { path: '/health', label: 'Health' },
] as const;

export function CohortNav({ programId, cohortId }: { programId: string; cohortId: string }) {
  const base = `/programs/${programId}/cohorts/${cohortId}`;
  const { pathname } = useLocation();
  const active =
    SECTIONS.slice(1).find(
      (s) => pathname === base + s.path || pathname.startsWith(`${base + s.path}/`),
    )?.path ?? '';
  return (
    <Group component="nav" aria-label="Cohort sections" gap={6}>
      {SECTIONS.map((s) => {
        const current = s.path === active;
        return (
          <Button
            key={s.path}
            component={Link}
            to={base + s.path}
            size="compact-md"
            variant={current ? 'filled' : 'subtle'}
            aria-current={current ? 'page' : undefined}
          >
            {s.label}
          </Button>
        );
      })}
    </Group>
  );
}
