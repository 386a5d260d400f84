// `npm run user:create -- --email a@b.org --name "A B" [--iom-staff] [--admin]`: the first accounts of a
// deployment, which has no demo users. The password comes from $USER_PASSWORD, or a strong one is generated
// and printed once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { createPrisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/domain/audit/service";
import { normalizeEmail } from "@/lib/domain/user/sign-in";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, "iom-staff": { type: "boolean" }, admin: { type: "boolean" } },
});
const input = z
  .object({ email: z.email(), name: z.string().trim().min(1).max(200), password: z.string().min(12).max(1024) })
  .safeParse({ email: values.email, name: values.name, password: process.env.USER_PASSWORD ?? randomBytes(18).toString("base64url") });
if (!input.success || !process.env.DATABASE_URL) {
  console.error('usage: DATABASE_URL=… [USER_PASSWORD=…(12+ characters)] npm run user:create -- --email a@b.org --name "A B" [--iom-staff] [--admin]');
  if (!input.success) console.error(z.prettifyError(input.error));
  process.exit(2);
}

const db = createPrisma(process.env.DATABASE_URL);
try {
  const email = normalizeEmail(input.data.email);
  if (await db.user.findUnique({ where: { email } })) {
    console.error(`A user with the email ${email} exists already.`);
    process.exit(1);
  }
  const passwordHash = await hashPassword(input.data.password);
  await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email, name: input.data.name, passwordHash, isIomStaff: !!values["iom-staff"], isAdmin: !!values.admin },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: null,
      action: "user.created",
      objectType: "user",
      objectId: user.id,
      after: { email, isIomStaff: !!values["iom-staff"], isAdmin: !!values.admin, via: "cli" },
    });
  });
  console.log(`Created ${email}.`);
  if (!process.env.USER_PASSWORD) console.log(`Password (shown once): ${input.data.password}`);
} finally {
  await db.$disconnect();
}
