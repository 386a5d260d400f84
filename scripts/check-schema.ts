// `npm run db:check`: lists every difference between prisma/schema.prisma and DATABASE_URL; exits 1 on drift.
import postgres from "postgres";
import { schemaDrift } from "./lib/schema-drift";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(2);
}
const sql = postgres(url, { max: 1, onnotice: () => {} });
try {
  const problems = await schemaDrift(sql);
  for (const problem of problems) console.log(problem);
  console.log(problems.length ? `${problems.length} difference(s).` : "schema.prisma and the database agree.");
  process.exitCode = problems.length ? 1 : 0;
} finally {
  await sql.end();
}
