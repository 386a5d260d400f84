// Prisma CLI configuration. The app itself connects through lib/db.ts (PrismaPg adapter);
// migrations here are applied by `npm run db:migrate`, or by `prisma migrate deploy` where its engine can run.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/mgi_workbench" },
});
