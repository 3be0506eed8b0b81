// Kept in step with package.json by test/front-doors.test.ts.
export const VERSION = '0.1.0'
