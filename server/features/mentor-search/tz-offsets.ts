// Moved to server/lib (cohort matching uses it too); kept here for the benchmarks' imports.
export { utcOffsetMinutes } from '../../lib/tz-offsets.ts';
