/** Broad areas of knowledge a mentor can speak to, and a mentee can want help in. */
export const KNOWLEDGE_AREAS = [
  { id: 'development', label: 'Software development' },
  { id: 'frontend', label: 'Front-end' },
  { id: 'backend', label: 'Back-end' },
  { id: 'mobile', label: 'Mobile' },
  { id: 'product', label: 'Product management' },
  { id: 'ux', label: 'UX and design' },
  { id: 'devops', label: 'DevOps and infrastructure' },
  { id: 'testing', label: 'Testing and QA' },
  { id: 'data', label: 'Data and analytics' },
  { id: 'ml', label: 'Machine learning and AI' },
  { id: 'security', label: 'Security' },
  { id: 'management', label: 'Management and leadership' },
  { id: 'career-change', label: 'Changing careers into tech' },
  { id: 'open-source', label: 'Open source' },
] as const;

export type KnowledgeArea = (typeof KNOWLEDGE_AREAS)[number]['id'];
export const KNOWLEDGE_AREA_IDS = KNOWLEDGE_AREAS.map((a) => a.id) as [
  KnowledgeArea,
  ...KnowledgeArea[],
];
