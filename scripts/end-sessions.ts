// `npm run user:end-sessions -- --email a@b.org`: ends every session of a user at once (a lost laptop, a copied
// cookie); their next request asks them to sign in again. Audited as user.sessions_ended.
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrisma } from "@/lib/db/client";
import { endSessions } from "@/lib/domain/user/sessions";
import { normalizeEmail } from "@/lib/domain/user/sign-in";

const { values } = parseArgs({ options: { email: { type: "string" } } });
const input = z.object({ email: z.email() }).safeParse({ email: values.email });
if (!input.success || !process.env.DATABASE_URL) {
  console.error("usage: DATABASE_URL=… npm run user:end-sessions -- --email a@b.org");
  if (!input.success) console.error(z.prettifyError(input.error));
  process.exit(2);
}

const db = createPrisma(process.env.DATABASE_URL);
try {
  const email = normalizeEmail(input.data.email);
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) {
    console.error(`No user has the email ${email}.`);
    process.exit(1);
  }
  await endSessions(db, null, user.id);
  console.log(`Ended every session of ${email}: their next request asks them to sign in again.`);
} finally {
  await db.$disconnect();
}
