import { z } from 'zod';
import { CAREER_STAGE_IDS } from '../taxonomy/career-stages.ts';
import { EDUCATION_PATH_IDS } from '../taxonomy/education-paths.ts';
import { GOAL_CATEGORY_IDS } from '../taxonomy/goal-categories.ts';
import { KNOWLEDGE_AREA_IDS } from '../taxonomy/knowledge-areas.ts';
import { LANGUAGE_IDS } from '../taxonomy/languages.ts';
import { EXPERIENCE_SCOPES, LIVED_EXPERIENCES } from '../taxonomy/lived-experiences.ts';
import { tagKey } from '../taxonomy/stack.ts';
import { responseTimeOutput } from './mentorships.ts';
import { multiLineText, singleLineText } from './text.ts';

export const MAX_STACK_TAGS = 30;
export const MAX_STACK_TAG_LENGTH = 40;
export const MAX_LINKS = 8;
export const MAX_EXPERIENCES = 15;
export const MAX_EXPERIENCE_LENGTH = 60;

const LIVED_IDS = LIVED_EXPERIENCES.map((e) => e.id) as string[];

/** A list of taxonomy ids, de-duplicated; an unknown id is refused with a human message. */
function idList(ids: readonly [string, ...string[]], noun: string) {
  return z
    .array(z.enum(ids, { error: `Choose ${noun} from the list.` }))
    .max(ids.length, `Choose at most ${ids.length} ${noun}.`)
    .default([])
    .transform((list) => [...new Set(list)]);
}

/**
 * Tech-stack tags as people type them ("k8s", " React "); the server normalises them with
 * normalizeStackTags, so the limits apply to what was typed.
 */
const stackTags = z
  .array(
    singleLineText(MAX_STACK_TAG_LENGTH, `Keep each tag under ${MAX_STACK_TAG_LENGTH} characters.`)
      // NFKC can lengthen a few characters; the stored form must fit too.
      .refine((tag) => tagKey(tag).length <= MAX_STACK_TAG_LENGTH, 'That tag is too long.'),
  )
  .max(MAX_STACK_TAGS, `Add at most ${MAX_STACK_TAGS} tags.`)
  .default([]);

/** Only http(s): javascript:, data: or ftp: links would be unsafe or useless on a profile. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const linkInput = z.object({
  label: singleLineText(60, 'Keep the name under 60 characters.').refine(
    (label) => label.length > 0,
    'Give the link a name, like "Portfolio".',
  ),
  url: singleLineText(2000, 'That address is too long.').refine(
    isWebUrl,
    'Use a web address that starts with https:// (or http://).',
  ),
});

const yearsSchema = z
  .number({ error: 'Enter a whole number of years.' })
  .int('Enter a whole number of years.')
  .min(0, 'Years cannot be negative.')
  .max(60, 'Enter at most 60 years.');

export const mentorSideInput = z.object({
  headline: singleLineText(120).default(''),
  bio: multiLineText(4000).default(''),
  yearsExperience: yearsSchema.nullable().default(null),
  currentRole: singleLineText(120).nullable().default(null),
  stack: stackTags,
  areas: idList(KNOWLEDGE_AREA_IDS, 'knowledge areas'),
  topics: idList(GOAL_CATEGORY_IDS, 'topics'),
  education: idList(EDUCATION_PATH_IDS, 'education paths'),
  languages: idList(LANGUAGE_IDS, 'languages'),
  capacity: z
    .number({ error: 'Enter a number of mentees.' })
    .int('Enter a whole number of mentees.')
    .min(0, 'Capacity cannot be negative.')
    .max(20, 'Take on at most 20 mentees at a time.')
    .default(2),
  acceptingRequests: z.boolean().default(false),
  links: z.array(linkInput).max(MAX_LINKS, `Add at most ${MAX_LINKS} links.`).default([]),
});

export const menteeSideInput = z.object({
  lookingFor: multiLineText(1000).default(''),
  targetRole: singleLineText(120).default(''),
  wantStack: stackTags,
  wantAreas: idList(KNOWLEDGE_AREA_IDS, 'knowledge areas'),
  preferredLanguages: idList(LANGUAGE_IDS, 'languages'),
  timeZoneWindowHours: z
    .number({ error: 'Enter a number of hours.' })
    .int('Enter a whole number of hours.')
    .min(0, 'Enter 0 hours or more.')
    .max(14, 'Enter at most 14 hours, or leave it empty for any time zone.')
    .nullable()
    .default(null),
});

/**
 * One lived experience: a listed id (LIVED_EXPERIENCES), or `free` (any `free:…` is accepted
 * too, so what GET returns can be sent back) with the owner's own words in `label`.
 */
const experienceRef = {
  experience: z
    .string()
    .max(200)
    .refine(
      (value) => LIVED_IDS.includes(value) || value === 'free' || value.startsWith('free:'),
      'Choose an experience from the list, or write your own.',
    ),
  label: singleLineText(
    MAX_EXPERIENCE_LENGTH,
    `Keep it under ${MAX_EXPERIENCE_LENGTH} characters.`,
  ).default(''),
};

export const experienceScope = z.enum(EXPERIENCE_SCOPES, {
  error: 'Choose who may see this: your profile, matching only, or just you.',
});

const experienceInput = z.object({
  ...experienceRef,
  scope: experienceScope,
  /**
   * Count me in the statistics of programs I belong to (only in groups of 5 or more). Separate
   * from `scope`: being counted is not being shown.
   */
  programUse: z
    .boolean({ error: 'Say whether programs may count this experience.' })
    .default(false),
});
const wantedExperienceInput = z.object(experienceRef);

/** The key an experience is stored under: its id, or `free:<tag key>` for the owner's words. */
export function experienceKey(item: { experience: string; label: string }): string {
  if (!item.experience.startsWith('free')) return item.experience;
  // Words that spell a listed experience ("Parent or carer") count as that experience.
  const key = tagKey(item.label);
  const listed = LIVED_EXPERIENCES.find((e) => tagKey(e.label) === key || e.id === key);
  return listed ? listed.id : `free:${key}`;
}

/** Free text needs words; the same experience twice would be ambiguous about its scope. */
function checkExperiences(
  items: { experience: string; label: string }[],
  ctx: z.RefinementCtx,
  path: string,
) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const free = item.experience.startsWith('free');
    if (free && !item.label) {
      ctx.addIssue({
        code: 'custom',
        path: [path, index, 'label'],
        message: 'Write the experience in your own words.',
      });
      return;
    }
    const key = experienceKey(item);
    if (seen.has(key)) {
      ctx.addIssue({
        code: 'custom',
        path: [path, index, free ? 'label' : 'experience'],
        message: 'You have already added this experience.',
      });
    }
    seen.add(key);
  });
}

export const profileInput = z
  .object({
    isMentor: z.boolean({ error: 'Say whether you take part as a mentor.' }),
    isMentee: z.boolean({ error: 'Say whether you take part as a mentee.' }),
    careerStage: z
      .enum(CAREER_STAGE_IDS, { error: 'Choose a career stage from the list.' })
      .nullable()
      .default(null),
    mentor: mentorSideInput.prefault({}),
    mentee: menteeSideInput.prefault({}),
    experiences: z
      .array(experienceInput)
      .max(MAX_EXPERIENCES, `Share at most ${MAX_EXPERIENCES} experiences.`)
      .default([]),
    /** Private to the owner: experiences a mentee would value in a mentor. */
    wantedExperiences: z
      .array(wantedExperienceInput)
      .max(MAX_EXPERIENCES, `Choose at most ${MAX_EXPERIENCES} experiences.`)
      .default([]),
  })
  .superRefine((value, ctx) => {
    checkExperiences(value.experiences, ctx, 'experiences');
    checkExperiences(value.wantedExperiences, ctx, 'wantedExperiences');
  });
export type ProfileInput = z.input<typeof profileInput>;
export type ParsedProfileInput = z.output<typeof profileInput>;

// ---- Outputs ----

const link = z.object({ label: z.string(), url: z.string() });

const experienceView = z.object({
  /** A listed id, or `free:<key>` for the owner's own words. */
  experience: z.string(),
  /** What people read: the listed label, or the owner's words. */
  label: z.string(),
});

export const ownExperience = experienceView.extend({
  scope: z.enum(EXPERIENCE_SCOPES),
  programUse: z.boolean(),
});
export type OwnExperience = z.infer<typeof ownExperience>;

/** The mentor side as read back, by its owner and (with a few more fields) by anyone. */
const mentorSideOutput = z.object({
  headline: z.string(),
  bio: z.string(),
  yearsExperience: z.number().nullable(),
  currentRole: z.string().nullable(),
  /** Stack labels: in the owner's order for the owner, taxonomy entries first publicly. */
  stack: z.array(z.string()),
  areas: z.array(z.enum(KNOWLEDGE_AREA_IDS)),
  topics: z.array(z.enum(GOAL_CATEGORY_IDS)),
  education: z.array(z.enum(EDUCATION_PATH_IDS)),
  languages: z.array(z.string()),
  capacity: z.number(),
  /** The mentor's switch; in the public view also false when they have no room (capacity 0). */
  acceptingRequests: z.boolean(),
  links: z.array(link),
});

/** The owner's full view: both sides, every experience with its scope, and private wishes. */
export const ownProfileOutput = z.object({
  /** False until the first save; the rest are then the defaults a new profile starts with. */
  exists: z.boolean(),
  isMentor: z.boolean(),
  isMentee: z.boolean(),
  careerStage: z.enum(CAREER_STAGE_IDS).nullable(),
  mentor: mentorSideOutput,
  mentee: z.object({
    lookingFor: z.string(),
    targetRole: z.string(),
    wantStack: z.array(z.string()),
    wantAreas: z.array(z.enum(KNOWLEDGE_AREA_IDS)),
    preferredLanguages: z.array(z.string()),
    timeZoneWindowHours: z.number().nullable(),
  }),
  experiences: z.array(ownExperience),
  wantedExperiences: z.array(experienceView),
  updatedAt: z.iso.datetime().nullable(),
});
export type OwnProfile = z.infer<typeof ownProfileOutput>;

/** What anyone signed in sees of a mentor: the mentor side and public experiences only. */
export const publicMentorOutput = mentorSideOutput.extend({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  careerStage: z.enum(CAREER_STAGE_IDS).nullable(),
  /** Only the experiences the mentor chose to show on their profile. */
  experiences: z.array(experienceView),
  /** Median time to answer a directory request; null until they have answered a few. */
  responseTime: responseTimeOutput,
});
export type PublicMentor = z.infer<typeof publicMentorOutput>;

export const mentorIdParams = z.object({
  // Lenient on purpose: an id that cannot exist answers 404 like any unknown one.
  id: z.string().max(200),
});
