// `npm run db:migrate`: applies the committed migrations to DATABASE_URL. Re-running does nothing.
import { migrate } from "./lib/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. (`npm start` migrates its embedded database by itself.)");
  process.exit(2);
}
const result = await migrate(url, { log: (line) => console.log(line) });
console.log(result.applied.length ? `Applied ${result.applied.length} migration(s).` : "Database is up to date.");
