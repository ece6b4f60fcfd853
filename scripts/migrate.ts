// Applies pending migrations to the database DATABASE_URL names (default: the SQLite file under var/).
import "dotenv/config";
import { DEFAULT_DATABASE_URL } from "../lib/database/database-url";
import { migrate } from "../lib/database/migrate";

const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
migrate(url, process.cwd())
  .then(({ applied, alreadyApplied }) => {
    console.log(
      `migrations: ${applied.length} applied${applied.length ? ` (${applied.join(", ")})` : ""}, ${alreadyApplied} already in place`,
    );
  })
  .catch((e) => {
    console.error(`migrate failed: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
