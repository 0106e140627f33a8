import type { OwnExperience, OwnProfile, ProfileInput } from '../../../common/schemas/profile.ts';
import { LIVED_EXPERIENCES } from '../../../common/taxonomy/lived-experiences.ts';
import { tagKey } from '../../../common/taxonomy/stack.ts';

/** The editor's values: the API's owner view, with number fields that may be left empty. */
export interface ProfileValues {
  isMentor: boolean;
  isMentee: boolean;
  careerStage: string | null;
  mentor: Omit<OwnProfile['mentor'], 'yearsExperience' | 'capacity' | 'currentRole'> & {
    yearsExperience: number | string;
    capacity: number | string;
    currentRole: string;
  };
  mentee: Omit<OwnProfile['mentee'], 'timeZoneWindowHours'> & {
    timeZoneWindowHours: number | string;
  };
  experiences: OwnExperience[];
  /** Labels: listed experiences by their label, others in the mentee's words. */
  wantedExperiences: string[];
}

export function toValues(profile: OwnProfile): ProfileValues {
  return {
    isMentor: profile.isMentor,
    isMentee: profile.isMentee,
    careerStage: profile.careerStage,
    mentor: {
      ...profile.mentor,
      yearsExperience: profile.mentor.yearsExperience ?? '',
      currentRole: profile.mentor.currentRole ?? '',
    },
    mentee: {
      ...profile.mentee,
      timeZoneWindowHours: profile.mentee.timeZoneWindowHours ?? '',
    },
    experiences: profile.experiences,
    wantedExperiences: profile.wantedExperiences.map((e) => e.label),
  };
}

const numberOrNull = (value: number | string) =>
  value === '' || value === null ? null : Number(value);

const listedByKey = new Map<string, string>(
  LIVED_EXPERIENCES.flatMap((e) => [
    [tagKey(e.label), e.id],
    [e.id, e.id],
  ]),
);

export function toInput(values: ProfileValues): ProfileInput {
  return {
    isMentor: values.isMentor,
    isMentee: values.isMentee,
    careerStage: (values.careerStage || null) as ProfileInput['careerStage'],
    mentor: {
      ...values.mentor,
      yearsExperience: numberOrNull(values.mentor.yearsExperience),
      capacity: numberOrNull(values.mentor.capacity) ?? 0,
      currentRole: values.mentor.currentRole.trim() || null,
    },
    mentee: {
      ...values.mentee,
      timeZoneWindowHours: numberOrNull(values.mentee.timeZoneWindowHours),
    },
    experiences: values.experiences.map(({ experience, label, scope, programUse }) => ({
      experience,
      label: experience.startsWith('free') ? label : '',
      scope,
      programUse,
    })),
    wantedExperiences: values.wantedExperiences.map((label) => {
      const listed = listedByKey.get(tagKey(label));
      return listed ? { experience: listed } : { experience: 'free', label };
    }),
  } as ProfileInput;
}

// Errors inside a tag list or a multi-select belong to the whole field ("mentor.stack.3" is
// shown under "mentor.stack"); link and experience rows have inputs of their own.
const LIST_FIELDS = [
  'mentor.stack',
  'mentor.areas',
  'mentor.topics',
  'mentor.education',
  'mentor.languages',
  'mentee.wantStack',
  'mentee.wantAreas',
  'mentee.preferredLanguages',
  'wantedExperiences',
];

export function fieldErrorsFor(fields: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const key = LIST_FIELDS.find((f) => path === f || path.startsWith(`${f}.`)) ?? path;
    errors[key] ??= message;
  }
  return errors;
}
