// The full schema drizzle sees: each feature's tables live in their own file here.
export * from './auth.ts';
export * from './goals.ts';
export * from './profiles.ts';
