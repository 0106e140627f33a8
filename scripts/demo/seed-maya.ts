import { eq } from 'drizzle-orm';
import type { Db } from '../../server/db/client.ts';
import { goals } from '../../server/db/schema/goals.ts';
import { profiles } from '../../server/db/schema/profiles.ts';
import { buildGoal } from '../../tests/factories/goal.ts';
import { buildProfile } from '../../tests/factories/profile.ts';

/** A date `months` from today as YYYY-MM-DD, so the demo goals never start out overdue. */
function monthsAhead(months: number): string {
  const date = new Date();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/**
 * Maya, the demo mentee: a teacher moving into web development. She gets a mentee profile and
 * three goals of different kinds, so "Find a mentor" can rank for a goal on first sign-in.
 * Each part is written only when missing.
 */
export async function seedMaya(db: Db, userId: string): Promise<void> {
  const [profile] = await db
    .select({ userId: profiles.userId })
    .from(profiles)
    .where(eq(profiles.userId, userId));
  if (!profile) {
    await buildProfile(db, userId, {
      isMentor: false,
      isMentee: true,
      careerStage: 'early',
      headline: '',
      bio: '',
      yearsExperience: null,
      stack: ['javascript', 'html', 'css'],
      areas: [],
      topics: [],
      languages: ['en'],
      capacity: 0,
      acceptingRequests: false,
      lookingFor:
        'Someone who has made the jump into web development and can tell me what to focus on, and what to stop worrying about.',
      targetRole: 'Junior full-stack developer',
      wantStack: ['typescript', 'react', 'node', 'postgresql'],
      wantAreas: ['frontend', 'backend', 'career-change'],
      preferredLanguages: ['en'],
      timeZoneWindowHours: 5,
      wantedExperiences: ['older-career-changer', 'woman-nonbinary'],
    });
  }

  const existing = await db.select({ id: goals.id }).from(goals).where(eq(goals.ownerId, userId));
  if (existing.length > 0) return;
  await buildGoal(db, userId, {
    title: 'Be ready to apply for junior full-stack roles',
    category: 'skills-for-role',
    successCriterion:
      'I have shipped a small app with React, Node and PostgreSQL and can explain every part of it.',
    targetDate: monthsAhead(5),
  });
  await buildGoal(db, userId, {
    title: 'Stay calm and clear in technical interviews',
    category: 'interviews',
    successCriterion:
      'I have done three mock interviews and talked through a take-home task without freezing.',
    targetDate: monthsAhead(3),
  });
  await buildGoal(db, userId, {
    title: 'Turn my GitHub into a portfolio that tells my story',
    category: 'portfolio',
    successCriterion:
      'Two projects have a README with screenshots, and my profile explains my move from teaching.',
  });
}
