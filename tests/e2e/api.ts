import type { SignUpInput } from '../../common/schemas/account.ts';
import type { CreateGoalInput } from '../../common/schemas/goals.ts';
import type { ProfileInput } from '../../common/schemas/profile.ts';
import { baseUrl } from './browser.ts';

/**
 * Sets the scene for a journey through the public API, as another person would in their own
 * browser: quicker than clicking, and it exercises the same routes.
 */
async function post(path: string, body: unknown, cookie?: string, method = 'POST') {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', origin: baseUrl, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
  return res;
}

export async function signUpViaApi(input: SignUpInput): Promise<string> {
  const res = await post('/api/auth/sign-up/email', input);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

export async function saveProfileViaApi(cookie: string, profile: ProfileInput) {
  await post('/api/me/profile', profile, cookie, 'PUT');
}

/** Writes a goal for the signed-in person behind `cookie`; answers its id. */
export async function createGoalViaApi(cookie: string, goal: CreateGoalInput): Promise<string> {
  const res = await post('/api/goals', goal, cookie);
  return ((await res.json()) as { id: string }).id;
}

/** Any JSON call as a signed-in person; answers the parsed body (throws on an error status). */
export async function callViaApi<T>(
  cookie: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      origin: baseUrl,
      cookie,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export interface PairViaApi {
  menteeCookie: string;
  mentorCookie: string;
  mentorshipId: string;
  goalId: string;
}

/**
 * A mentee and a mentor already working together, set up as each would over the API: the
 * mentor's profile, the mentee's goal, her request sharing it, and his acceptance.
 */
export async function buildPairViaApi(
  mentee: SignUpInput,
  mentor: SignUpInput,
  {
    headline = 'Backend engineer who runs system design interviews every week',
    goal = {
      title: 'Pass the system design round of a senior backend interview',
      category: 'interviews',
      successCriterion: 'I get an offer from one of the three companies I applied to.',
    } as CreateGoalInput,
    message = 'I have a system design round in January and would love help building a study plan for it.',
  } = {},
): Promise<PairViaApi> {
  const menteeCookie = await signUpViaApi(mentee);
  const mentorCookie = await signUpViaApi(mentor);
  await saveProfileViaApi(mentorCookie, {
    isMentor: true,
    isMentee: false,
    careerStage: 'senior',
    mentor: {
      headline,
      stack: ['TypeScript'],
      areas: ['backend'],
      topics: ['interviews'],
      languages: ['en'],
      capacity: 2,
      acceptingRequests: true,
    },
  });
  const mentorMe = await callViaApi<{ id: string }>(mentorCookie, 'GET', '/api/me');
  const goalId = await createGoalViaApi(menteeCookie, goal);
  const mentorship = await callViaApi<{ id: string }>(menteeCookie, 'POST', '/api/mentorships', {
    mentorId: mentorMe.id,
    goalIds: [goalId],
    message,
    cadence: 'every-two-weeks',
  });
  await callViaApi(mentorCookie, 'POST', `/api/mentorships/${mentorship.id}/accept`, {});
  return { menteeCookie, mentorCookie, mentorshipId: mentorship.id, goalId };
}
