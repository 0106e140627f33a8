import { type SQL, sql } from 'drizzle-orm';
import { FORMER_MEMBER_NAME } from '../../../common/schemas/account.ts';
import { type Db, queryRows } from '../../db/client.ts';

/** The cancellation reason upcoming sessions get, as when the mentorship is closed by hand. */
const CLOSED_SESSION_REASON = 'The mentorship was closed';

export async function findPasswordHash(db: Db, userId: string): Promise<string | null> {
  const rows = await queryRows<{ password: string | null }>(
    db,
    sql`select password from accounts where user_id = ${userId} and provider_id = 'credential'`,
  );
  return rows[0]?.password ?? null;
}

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

interface Person {
  id: string;
  email: string;
  name: string;
}

/**
 * Deletes a person's data in one transaction and leaves a nameless tombstone user row, so the
 * mentorships and sessions the other participant keeps stay intact (ADR "account deletion keeps
 * a tombstone"). Answers false when the user row is gone already.
 */
export async function deleteAccountData(db: Db, person: Person, now: Date): Promise<boolean> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const run = (query: SQL) => tx.execute(query);
    const u = person.id;
    const email = person.email.toLowerCase();
    const locked = await queryRows(tx, sql`select id from users where id = ${u} for update`);
    if (locked.length === 0) return false;

    // Everything that is about this person, by id, for finding the messages that mention them.
    const theirMentorships = sql`select id from mentorships
      where mentee_id = ${u} or mentor_id = ${u} or invite_email = ${email}`;
    const theirSessions = sql`select id from mentoring_sessions
      where mentorship_id in (${theirMentorships})`;
    const theirApplications = sql`select id from applications where applicant_id = ${u}`;
    const aboutThem = sql`select ${u}
      union all select id::text from (${theirMentorships}) m
      union all select id::text from (${theirSessions}) s
      union all select id::text from (${theirApplications}) a
      union all select id::text from interviews where application_id in (${theirApplications})
      union all select id::text from program_invites where email = ${email}`;
    const reminderIds = sql`select r.id from reminders r
      where r.recipient_id = ${u} or r.recipient_email = ${email}
         or exists (select 1 from jsonb_each_text(r.payload) e where e.value in (${aboutThem}))`;

    // 1. Messages: their own, and other people's that were about them.
    await run(sql`delete from notifications
      where user_id = ${u} or reminder_id in (${reminderIds})`);
    await run(sql`delete from outbox_mails
      where user_id = ${u} or reminder_id in (${reminderIds})`);
    await run(sql`delete from reminders where id in (${reminderIds})`);
    const name = person.name;
    const html = escapeHtml(name);
    const named = (column: SQL) => sql`replace(replace(${column}, ${name}, ${FORMER_MEMBER_NAME}),
      ${email}, ${FORMER_MEMBER_NAME})`;
    await run(sql`update notifications
      set title = ${named(sql`title`)}, body = ${named(sql`body`)}
      where strpos(title || body, ${name}) > 0 or strpos(title || body, ${email}) > 0`);
    await run(sql`update outbox_mails
      set subject = ${named(sql`subject`)}, text = ${named(sql`text`)},
          html = replace(${named(sql`html`)}, ${html}, ${FORMER_MEMBER_NAME}),
          ics = ${named(sql`ics`)}
      where strpos(subject || text || html || coalesce(ics, ''), ${name}) > 0
         or strpos(subject || text || html || coalesce(ics, ''), ${html}) > 0
         or strpos(subject || text || html || coalesce(ics, ''), ${email}) > 0`);

    // 2. Requests and invitations that never started: nothing there the other person needs.
    await run(sql`delete from mentorships where status = 'pending'
      and (mentee_id = ${u} or mentor_id = ${u} or invite_email = ${email})`);
    await run(sql`update mentorships set invite_email = null where invite_email = ${email}`);

    // 3. Their words in rows the other person keeps.
    const involved = sql`(mentee_id = ${u} or mentor_id = ${u})`;
    await run(sql`update mentorships set message = '' where requested_by_id = ${u}`);
    await run(sql`update mentorships set decline_note = null
      where ${involved} and requested_by_id <> ${u}`);
    await run(sql`update mentorships set close_note = '' where closed_by_id = ${u}`);
    await run(sql`update mentorship_events set note = '' where actor_id = ${u}`);
    await run(sql`update session_events set reason = '' where actor_id = ${u}`);
    await run(sql`update mentoring_sessions set location = '' where created_by_id = ${u}`);
    await run(sql`update question_outcomes set answer = '' where updated_by_id = ${u}`);
    const menteeSessions = sql`select id from mentoring_sessions where mentorship_id in
      (select id from mentorships where mentee_id = ${u})`;
    await run(sql`delete from prep_questions where session_id in (${menteeSessions})`);
    await run(sql`delete from prep_resources where session_id in (${menteeSessions})`);
    await run(sql`delete from session_preps where session_id in (${menteeSessions})`);
    await run(sql`delete from action_items where created_by_id = ${u}`);
    for (const table of [
      'session_reviews',
      'private_notes',
      'private_note_revisions',
      'fit_check_answers',
      'closure_appreciations',
    ]) {
      await run(sql`delete from ${sql.identifier(table)} where author_id = ${u}`);
    }
    // Shared notes stay; only their current text (older versions may hold deleted words).
    await run(sql`delete from session_note_revisions r using session_notes n
      where r.session_id = n.session_id and r.version < n.version
        and r.session_id in (${theirSessions})`);
    await run(sql`delete from goals where owner_id = ${u}`);

    // 4. Ongoing mentorships end, as a closing would end them.
    const cancelled = await queryRows<{ id: string; starts_at: Date; duration_minutes: number }>(
      tx,
      sql`update mentoring_sessions
        set status = 'cancelled', cancelled_at = ${now}, sequence = sequence + 1,
            updated_at = ${now}
        where status = 'scheduled' and starts_at > ${now} and mentorship_id in
          (select id from mentorships where status in ('active', 'paused') and ${involved})
        returning id, starts_at, duration_minutes`,
    );
    for (const session of cancelled) {
      await run(sql`insert into session_events
        (session_id, kind, actor_id, reason, starts_at, duration_minutes, created_at)
        values (${session.id}, 'cancelled', ${u}, ${CLOSED_SESSION_REASON},
          ${session.starts_at}, ${session.duration_minutes}, clock_timestamp())`);
    }
    await run(sql`with closed as (
        update mentorships
        set status = 'closed', closed_at = ${now}, closed_by_id = ${u},
            close_reason = 'other', close_note = '', updated_at = ${now}
        where status in ('active', 'paused') and ${involved}
        returning id)
      insert into mentorship_events (mentorship_id, kind, actor_id, note, created_at)
      select id, 'closed', ${u}, '', ${now} from closed`);

    // 5. What is theirs alone.
    for (const table of [
      'profile_experiences',
      'profiles',
      'calendar_feeds',
      'usual_hours',
      'notification_preferences',
      'notification_settings',
      'program_staff',
      'cohort_members',
      'sessions',
      'accounts',
    ]) {
      await run(sql`delete from ${sql.identifier(table)} where user_id = ${u}`);
    }
    await run(sql`delete from verifications where identifier = ${email} or value = ${u}`);
    await run(sql`delete from mail_suppressions where email = ${email}`);
    await run(sql`delete from program_invites where email = ${email}`);
    await run(sql`delete from applications where applicant_id = ${u}`);
    await run(sql`delete from interview_scores where reviewer_id = ${u}`);
    await run(sql`delete from interview_reviewers where reviewer_id = ${u}`);
    await run(sql`delete from cohort_pair_rules where mentee_id = ${u} or mentor_id = ${u}`);
    await run(sql`delete from matching_pairs where mentee_id = ${u} or mentor_id = ${u}`);

    // 6. The tombstone: same id, nothing of the person left.
    await run(sql`update users set name = ${FORMER_MEMBER_NAME},
        email = ${`deleted-${u}@invalid`}, email_verified = false, image = null,
        time_zone = 'UTC', locale = 'en-GB', updated_at = ${now}
      where id = ${u}`);
    return true;
  });
}
