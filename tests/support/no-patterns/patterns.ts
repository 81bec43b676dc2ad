// A rule module's patterns file that forgot its `patterns` record (for tests/redos.test.ts).
export const LONE = /lone/g;
