/**
 * Lived experiences a person may choose to share. This list is data: edit it freely (keep the
 * ids stable). People can also write their own; those are stored as free text.
 */
export const LIVED_EXPERIENCES = [
  { id: 'lgbtqia', label: 'LGBTQIA+' },
  { id: 'woman-nonbinary', label: 'Woman or non-binary person in tech' },
  { id: 'race-ethnicity', label: 'Underrepresented race or ethnicity in tech' },
  { id: 'first-generation', label: 'First-generation professional' },
  { id: 'immigrant', label: 'Immigrant or working abroad' },
  { id: 'parent', label: 'Parent or carer' },
  { id: 'veteran', label: 'Military veteran' },
  { id: 'disability', label: 'Disability or chronic illness' },
  { id: 'neurodivergent', label: 'Neurodivergent' },
  { id: 'older-career-changer', label: 'Changed careers later in life' },
] as const;

export type LivedExperienceId = (typeof LIVED_EXPERIENCES)[number]['id'];

/**
 * Who may see an experience its owner shared:
 * - `public`: shown on the profile, and may be named in a match reason;
 * - `matching`: used for ranking only, never shown or returned to anyone else;
 * - `private`: stored for the owner alone, never used.
 */
export const EXPERIENCE_SCOPES = ['public', 'matching', 'private'] as const;
export type ExperienceScope = (typeof EXPERIENCE_SCOPES)[number];
