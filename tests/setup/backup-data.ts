import { sql } from 'drizzle-orm';
import { seedDemo } from '../../scripts/seed-demo.ts';
import { type Database, queryRows } from '../../server/db/client.ts';
import { closureAppreciations } from '../../server/db/schema/accountability.ts';
import { verifications } from '../../server/db/schema/auth.ts';
import { usualHours } from '../../server/db/schema/calendar.ts';
import { goalProgressNotes } from '../../server/db/schema/goals.ts';
import {
  mailSuppressions,
  notificationPreferences,
  notificationSettings,
  notifications,
  outboxMails,
  reminders,
} from '../../server/db/schema/notifications.ts';
import {
  cohortPairRules,
  interviewScores,
  matchingPairs,
  rubricCriteria,
} from '../../server/db/schema/programs.ts';
import { privateNoteRevisions } from '../../server/db/schema/session-records.ts';
import { buildPairFixture } from './pair-fixture.ts';
import { buildProgramFixture } from './program-fixture.ts';
import { createTestApp } from './test-app.ts';

/**
 * A database with rows in every table, for backups to prove themselves on: the demo data set
 * (people, profiles, a mentorship with months of history), the pair and program fixtures, and
 * whatever those leave empty. Returns one person's signed-in session (signed with TEST_AUTH_SECRET).
 */
export async function fillEveryTable(
  database: Database,
): Promise<{ email: string; cookie: string }> {
  await seedDemo(database);
  const { app } = await createTestApp({ database });
  try {
    const db = database.db;
    const pair = await buildPairFixture(app, db);
    const program = await buildProgramFixture(app, db);
    const ana = pair.mentee.user.id;
    const ben = pair.mentor.user.id;

    // The rest straight into their tables: rows the fixtures above have no reason to make.
    await db.insert(goalProgressNotes).values({ goalId: pair.goal.id, body: 'Two chapters read.' });
    await db
      .insert(usualHours)
      .values({ userId: ben, startMinute: 540, endMinute: 1020, days: [1, 3, 5] });
    await db.insert(verifications).values({
      id: 'backup-verification',
      identifier: 'ana@example.test',
      value: 'a-token',
      expiresAt: new Date(Date.UTC(2031, 0, 1)),
    });
    await db.insert(privateNoteRevisions).values({
      sessionId: pair.pastSession.id,
      authorId: ana,
      version: 1,
      body: 'Ask about *pairing* next time — “quoted”, ünïcode, and a\nnew line.',
    });
    await db
      .insert(closureAppreciations)
      .values({ mentorshipId: pair.mentorship.id, authorId: ben, text: 'Thank you, Ana.' });
    await db.insert(notifications).values({
      userId: ana,
      type: 'invitation',
      title: 'Ben invited you',
      link: `/mentorships/${pair.mentorship.id}`,
    });
    await db
      .insert(notificationPreferences)
      .values({ userId: ana, type: 'invitation', channel: 'email' });
    await db.insert(notificationSettings).values({ userId: ana, digest: 'weekly' });
    await db.insert(mailSuppressions).values({ email: 'gone@example.test', type: 'invitation' });
    await db.insert(reminders).values({
      type: 'invitation',
      recipientId: ana,
      dedupeKey: `backup:${ana}`,
      dueAt: new Date(Date.UTC(2030, 5, 1, 9)),
      payload: { mentorshipId: pair.mentorship.id },
    });
    await db.insert(outboxMails).values({
      userId: ana,
      type: 'invitation',
      toAddress: 'ana@example.test',
      subject: 'Ben invited you',
      text: 'Hello',
      html: '<p>Hello</p>',
      messageId: '<backup@tandem.test>',
      status: 'sent',
    });
    const [criterion] = await db
      .insert(rubricCriteria)
      .values({
        cohortId: program.cohort.id,
        position: 0,
        name: 'Clarity',
        descriptors: ['1', '2', '3', '4', '5'],
      })
      .returning();
    if (!criterion) throw new Error('criterion not inserted');
    await db.insert(interviewScores).values({
      interviewId: program.interview.id,
      reviewerId: program.reviewer.user.id,
      criterionId: criterion.id,
      score: 4,
    });
    const menteeId = program.mentee.user.id;
    const mentorId = program.mentor.user.id;
    await db
      .insert(matchingPairs)
      .values({ runId: program.run.id, menteeId, mentorId, score: 0.8125 });
    await db
      .insert(cohortPairRules)
      .values({ cohortId: program.cohort.id, menteeId, mentorId, rule: 'lock' });
    return { email: pair.mentee.user.email, cookie: pair.mentee.cookie };
  } finally {
    // Not the test app's close(): the caller owns the database.
    await app.close();
  }
}

/** Every table of ours (and the migrations journal), by schema-qualified name. */
export async function listTables(database: Database): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    database.db,
    sql`select quote_ident(table_schema) || '.' || quote_ident(table_name) as name
          from information_schema.tables
         where table_type = 'BASE TABLE' and table_schema in ('public', 'drizzle')
         order by 1`,
  );
  return rows.map((row) => row.name);
}

/** Each table's rows as JSON text, in a fixed order: equal dumps mean equal contents. */
export async function dumpTables(database: Database): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const table of await listTables(database)) {
    const rows = await queryRows<{ row: string }>(
      database.db,
      sql.raw(`select row_to_json(t)::text as row from ${table} t order by 1`),
    );
    dump[table] = rows.map((r) => r.row);
  }
  return dump;
}
