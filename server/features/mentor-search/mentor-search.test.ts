import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGoal } from '../../../tests/factories/goal.ts';
import { buildMentor, buildProfile } from '../../../tests/factories/profile.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/**
 * A mentor written straight to the database, announced the way the profile feature announces
 * its writes, so this process's index picks it up at once.
 */
async function mentor(
  ...args: Parameters<typeof buildMentor> extends [unknown, unknown, ...infer R] ? R : never
) {
  const built = await buildMentor(t.app.auth, t.database.db, ...args);
  t.app.events.emit('profile-changed', built.user.id);
  return built;
}

/** A free stack tag unique to one test, so its mentors can be filtered apart from the rest. */
const uniqueTag = () => `tag${randomBytes(4).toString('hex')}`;

async function mentee(overrides: Parameters<typeof buildProfile>[2] = {}) {
  const built = await buildUser(t.app.auth, { timeZone: 'Europe/Paris' });
  await buildProfile(t.database.db, built.user.id, {
    isMentor: false,
    isMentee: true,
    careerStage: 'early',
    wantStack: ['typescript', 'react', 'docker', 'kubernetes'],
    wantAreas: ['frontend'],
    preferredLanguages: ['en'],
    timeZoneWindowHours: 3,
    wantedExperiences: ['parent'],
    ...overrides,
  });
  return built;
}

const search = async (cookie: string, query: string) => {
  const res = await call(t.app, 'GET', `/api/mentors?${query}`, { cookie });
  return res;
};

describe('GET /api/mentors', () => {
  it('ranks by fit with reasons, drives the topic from a goal, and leaves the caller out', async () => {
    const tag = uniqueTag();
    // The caller is a mentor too, with the same tag: never in their own results.
    const me = await mentee({ isMentor: true, stack: [`free:${tag}`] });
    t.app.events.emit('profile-changed', me.user.id);
    const good = await mentor({
      stack: ['typescript', 'react', 'docker', `free:${tag}`],
      topics: ['interviews'],
      careerStage: 'senior',
    });
    const weak = await mentor({
      stack: ['java', `free:${tag}`],
      topics: ['networking'],
      careerStage: 'student',
      acceptingRequests: false,
    });
    const goal = await buildGoal(t.database.db, me.user.id, { category: 'interviews' });
    const res = await search(me.cookie, `goalId=${goal.id}&stack=${tag}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.results.map((r: { mentor: { id: string } }) => r.mentor.id)).toEqual([
      good.user.id,
      weak.user.id,
    ]);
    const [top] = body.results;
    expect(top.score).toBeGreaterThan(body.results[1].score);
    expect(top.reasons.find((r: { criterion: string }) => r.criterion === 'topic')).toMatchObject({
      weight: 25,
      contribution: 25,
    });
    expect(top.reasons.find((r: { criterion: string }) => r.criterion === 'stack').sentence).toBe(
      'Knows 3 of the 4 tools you want to grow in: TypeScript, React and Docker',
    );
    expect(top.mentor).toMatchObject({ name: good.user.name, acceptingRequests: true });
    expect(body.criteria).toMatchObject({ topic: 'nice', stack: 'nice' });
    expect(body.nextCursor).toBeNull();
  });

  it('answers 404 for a goal that is not the caller’s', async () => {
    const me = await mentee();
    const other = await buildUser(t.app.auth);
    const theirs = await buildGoal(t.database.db, other.user.id);
    const res = await search(me.cookie, `goalId=${theirs.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    const unknown = await search(me.cookie, 'goalId=00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
  });

  it('filters by stack alias, area, language, stage, topic and availability', async () => {
    const tag = uniqueTag();
    const me = await mentee();
    // Isolated by a word in the headline, so the stack filter can be tested on its own.
    const base = { headline: `Mentor ${tag}` };
    const kube = await mentor({
      ...base,
      stack: [`free:${tag}`, 'kubernetes'],
      areas: ['devops'],
    });
    const spanish = await mentor({
      ...base,
      languages: ['es'],
      careerStage: 'staff',
    });
    const closed = await mentor({
      ...base,
      acceptingRequests: false,
      topics: ['networking'],
    });
    const ids = async (query: string) => {
      const res = await search(me.cookie, `q=${tag}&${query}`);
      expect(res.statusCode).toBe(200);
      return res
        .json()
        .results.map((r: { mentor: { id: string } }) => r.mentor.id)
        .sort();
    };
    expect(await ids('stack=k8s')).toEqual([kube.user.id]);
    expect(await ids('area=devops')).toEqual([kube.user.id]);
    expect(await ids('language=es')).toEqual([spanish.user.id]);
    expect(await ids('stage=staff,director')).toEqual([spanish.user.id]);
    expect(await ids('topic=networking')).toEqual([closed.user.id]);
    expect(await ids('accepting=false')).toEqual([closed.user.id]);
    expect(await ids('accepting=true')).toEqual([kube.user.id, spanish.user.id].sort());
    expect(await ids('must=language')).toEqual([kube.user.id, closed.user.id].sort());

    // Without `q` the index answers the same filters; a free tag isolates this test's mentors.
    const tag2 = uniqueTag();
    const inMemory = async (query: string) => {
      const res = await search(me.cookie, `${query}&limit=50`);
      expect(res.statusCode).toBe(200);
      return res
        .json()
        .results.map((r: { mentor: { id: string } }) => r.mentor.id)
        .sort();
    };
    const k8s = await mentor({
      stack: [`free:${tag2}`, 'kubernetes'],
      areas: ['devops'],
      languages: ['yo'],
    });
    const other = await mentor({
      stack: [`free:${tag2}`],
      languages: ['yo'],
      acceptingRequests: false,
    });
    expect(await inMemory(`stack=${tag2}`)).toEqual([k8s.user.id, other.user.id].sort());
    expect(await inMemory(`stack=${tag2}&accepting=false`)).toEqual([other.user.id]);
    expect(await inMemory(`stack=${tag2}&area=devops`)).toEqual([k8s.user.id]);
    expect(await inMemory('stack=K8S&language=yo&area=devops')).toEqual([k8s.user.id]);
  });

  it('finds mentors by full text, including a tag typed as an alias', async () => {
    const tag = uniqueTag();
    const me = await mentee();
    // Typed "k8s" on their profile: stored as kubernetes, spelled out in the search text.
    const kube = await mentor({
      stack: [`free:${tag}`, 'kubernetes'],
      headline: 'Platform engineer',
    });
    await mentor({ stack: [`free:${tag}`], headline: 'Designer who codes' });
    const res = await search(
      me.cookie,
      `stack=${tag}&q=${encodeURIComponent('kubernetes platform')}`,
    );
    expect(res.json().results.map((r: { mentor: { id: string } }) => r.mentor.id)).toEqual([
      kube.user.id,
    ]);
    // Only stop words, or only punctuation: no lexemes, so nothing matches (and nothing breaks).
    for (const q of ['the', '!!!', '"', '-']) {
      const res = await search(me.cookie, `stack=${tag}&q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
    }
    const none = await search(
      me.cookie,
      `stack=${tag}&q=${encodeURIComponent('"quantum" -platform')}`,
    );
    expect(none.json().results).toEqual([]);
  });

  it('pages with a cursor through every mentor exactly once', async () => {
    const tag = uniqueTag();
    const me = await mentee();
    const made = [];
    for (let i = 0; i < 7; i++) {
      // Pairs with equal scores, so ties are broken by id across page boundaries.
      made.push(
        await mentor({
          stack: [`free:${tag}`, ...(i % 3 === 0 ? ['react'] : [])],
        }),
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `stack=${tag}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await search(me.cookie, url);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.results.length).toBeLessThanOrEqual(2);
      seen.push(...body.results.map((r: { mentor: { id: string } }) => r.mentor.id));
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(made.map((m) => m.user.id)));
    const all = (await search(me.cookie, `stack=${tag}&limit=50`)).json();
    expect(all.results.map((r: { mentor: { id: string } }) => r.mentor.id)).toEqual(seen);
  });

  it('refuses bad limits, damaged cursors and contradictory importance with 400', async () => {
    const me = await mentee();
    for (const query of [
      'limit=0',
      'limit=51',
      'cursor=not%20base64!',
      `cursor=${Buffer.from('{"s":"x"}').toString('base64url')}`,
      `cursor=${Buffer.from('[1,2,3]').toString('base64url')}`,
      'must=stack&ignore=stack',
      'tzWindow=99',
    ]) {
      const res = await search(me.cookie, query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    expect((await search(me.cookie, 'limit=50')).statusCode).toBe(200);
  });

  it('counts public and matching experiences, never private ones, and never names matching ones', async () => {
    const tag = uniqueTag();
    const me = await mentee({ wantedExperiences: ['parent', 'veteran'] });
    const open = await mentor({ stack: [`free:${tag}`] }, [
      { experience: 'parent', scope: 'public' },
    ]);
    const quiet = await mentor({ stack: [`free:${tag}`] }, [
      { experience: 'veteran', scope: 'matching' },
    ]);
    const hidden = await mentor({ stack: [`free:${tag}`] }, [
      { experience: 'parent', scope: 'private' },
    ]);
    const res = await search(me.cookie, `stack=${tag}&must=experience`);
    const body = res.json();
    const byId = new Map(body.results.map((r: { mentor: { id: string } }) => [r.mentor.id, r]));
    expect(byId.has(hidden.user.id)).toBe(false);
    const reason = (id: string) =>
      (byId.get(id) as { reasons: { criterion: string; sentence: string }[] }).reasons.find(
        (r) => r.criterion === 'experience',
      );
    expect(reason(open.user.id)?.sentence).toBe(
      'Shares an experience you asked for: Parent or carer',
    );
    expect(reason(quiet.user.id)?.sentence).toBe('Matches one of the preferences you set');
    expect(JSON.stringify(byId.get(quiet.user.id))).not.toMatch(/veteran|military/i);
    expect(res.body).not.toMatch(/veteran|military/i);
  });

  it('works for someone with no profile at all', async () => {
    const stranger = await buildUser(t.app.auth);
    const res = await search(stranger.cookie, 'limit=3');
    expect(res.statusCode).toBe(200);
    expect(res.json().criteria.capacity).toBe('nice');
  });
});
