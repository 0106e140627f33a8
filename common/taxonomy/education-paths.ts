/** How someone got into the field; a mentee may value a mentor who walked the same path. */
export const EDUCATION_PATHS = [
  { id: 'bootcamp', label: 'Boot camp' },
  { id: 'degree', label: 'University degree' },
  { id: 'self-taught', label: 'Self-taught' },
  { id: 'career-change', label: 'Career change' },
  { id: 'apprenticeship', label: 'Apprenticeship' },
  { id: 'other', label: 'Another path' },
] as const;

export type EducationPath = (typeof EDUCATION_PATHS)[number]['id'];
export const EDUCATION_PATH_IDS = EDUCATION_PATHS.map((p) => p.id) as [
  EducationPath,
  ...EducationPath[],
];
