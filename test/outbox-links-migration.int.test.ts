// Migration 20261128090000_outbox_invitation_links on a database written before it: links of delivered mail
// and of closed invitations leave the stored bodies; an open, undelivered invitation keeps its link.
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, MIGRATIONS_DIR, readMigrations } from "../scripts/lib/migrate";
import { testSql } from "./db";

const MIGRATION = "20261128090000_outbox_invitation_links";
const admin = testSql();
const name = `mgi_outbox_links_${Date.now()}`;
let url: string;
let before: string;

beforeAll(async () => {
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const base = new URL(process.env.DATABASE_URL!);
  base.pathname = `/${name}`;
  url = base.toString();
  // The migrations as they were before this one.
  before = mkdtempSync(path.join(tmpdir(), "mgi-migrations-before-"));
  cpSync(MIGRATIONS_DIR, before, { recursive: true, filter: (source) => !readMigrations().some((m) => m.name >= MIGRATION && source.includes(m.name)) });
});
afterAll(async () => {
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  rmSync(before, { recursive: true, force: true });
});

const tokenOf = (label: string) => `${label}-Xq7Ws9`;
const hash = (label: string) => createHash("sha256").update(tokenOf(label)).digest("hex");
const body = (label: string) => `Hello,\n\nOpen this link to accept (valid for 14 days):\nhttps://mgi.example/invite/${tokenOf(label)}\n\nMGI Workbench`;

describe(MIGRATION, () => {
  it("keeps only the links of open invitations whose mail was not delivered", async () => {
    expect((await migrate(url, { dir: before })).applied).not.toContain(MIGRATION);
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const [user] = await sql`INSERT INTO "User" (id, email, name, "updatedAt") VALUES (gen_random_uuid(), 'c@example.org', 'C', now()) RETURNING id`;
      const [framework] = await sql`INSERT INTO "Framework" (id, version, name) VALUES (gen_random_uuid(), 'x', 'X') RETURNING id`;
      const [assessment] = await sql`
        INSERT INTO "Assessment" (id, country, year, "frameworkId", "createdById", "updatedAt")
        VALUES (gen_random_uuid(), 'KGZ', 2022, ${framework.id}, ${user.id}, now()) RETURNING id`;
      const invitation = async (label: string, state: "open" | "accepted" | "expired") => {
        const [row] = await sql`
          INSERT INTO "Invitation" (id, "assessmentId", email, role, "tokenHash", "expiresAt", "acceptedAt", "invitedById")
          VALUES (gen_random_uuid(), ${assessment.id}, ${`${label}@example.org`}, 'CONSULTANT', ${hash(label)},
            ${state === "expired" ? sql`now() - interval '1 day'` : sql`now() + interval '14 days'`},
            ${state === "accepted" ? sql`now()` : null}, ${user.id}) RETURNING id`;
        return row.id as string;
      };
      const message = (label: string, status: string) =>
        sql`INSERT INTO "OutboxMessage" (id, "assessmentId", "to", subject, body, status) VALUES (gen_random_uuid(), ${assessment.id}, ${`${label}@example.org`}, 'Invitation', ${body(label)}, ${status}::"MailStatus")`;

      const openId = await invitation("open", "open");
      await invitation("sent", "open");
      await invitation("accepted", "accepted");
      await invitation("expired", "expired");
      await message("open", "OUTBOX");
      await message("sent", "SENT");
      await message("accepted", "OUTBOX");
      await message("expired", "FAILED");
      await message("orphan", "OUTBOX");

      expect((await migrate(url)).applied).toContain(MIGRATION);

      const rows = await sql<{ to: string; body: string; secretLink: string | null; invitationId: string | null; locale: string }[]>`
        SELECT "to", body, "secretLink", "invitationId", locale FROM "OutboxMessage" ORDER BY "to"`;
      const byLabel = Object.fromEntries(rows.map((row) => [row.to.split("@")[0], row]));
      const openLink = `https://mgi.example/invite/${tokenOf("open")}`;
      expect(byLabel.open).toMatchObject({ secretLink: openLink, invitationId: openId, locale: "en" });
      expect(byLabel.open.body).toContain(openLink);
      expect(byLabel.sent.body).toContain("[invitation link, sent by email]");
      for (const label of ["accepted", "expired", "orphan"]) expect(byLabel[label].body, label).toContain("[invitation link, no longer valid]");
      for (const label of ["sent", "accepted", "expired", "orphan"]) {
        expect(JSON.stringify(byLabel[label]), label).not.toContain(tokenOf(label));
        expect(byLabel[label].secretLink, label).toBeNull();
      }
    } finally {
      await sql.end();
    }
  });
});
