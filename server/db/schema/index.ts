// The full schema drizzle sees: each feature's tables live in their own file here.
export * from './accountability.ts';
export * from './auth.ts';
export * from './calendar.ts';
export * from './goals.ts';
export * from './mentoring-sessions.ts';
export * from './mentorships.ts';
export * from './notifications.ts';
export * from './profiles.ts';
export * from './programs.ts';
export * from './session-records.ts';
