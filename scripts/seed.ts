// `npm run db:seed [-- --demo]`: loads the indicator framework; with --demo also the demo accounts and data.
import { createPrisma } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed/demo";
import { seedAll } from "@/prisma/seed/index";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(2);
}
const db = createPrisma(url);
try {
  const result = await seedAll(db);
  console.log(result.created ? `Framework loaded: ${result.indicators} indicators.` : "Framework already present.");
  if (process.argv.includes("--demo")) {
    await seedDemo(db);
    console.log("Demo accounts and assessments loaded.");
  }
} finally {
  await db.$disconnect();
}
