// `npm run check`: the everyday loop, a few minutes. Typecheck, lint, format check and unit tests, then the
// integration tests on a throw-away SQLite database (var/test.db, migrated and seeded here). It stops at the
// first failing step. `npm test` runs the same steps first and then the build, the end-to-end tests, the booking
// storm and PostgreSQL.
import { databaseSteps, freshSqlite, restoreClient, runAll, staticSteps, summary, testEnv } from "./test-steps.mjs";

const started = Date.now();
// Static checks first: they need only the Prisma client's types, generated here for SQLite.
const env = testEnv("sqlite", freshSqlite());
if (runAll(staticSteps(), env)) runAll(databaseSteps("sqlite"), env);
restoreClient();
process.exit(summary(started));
