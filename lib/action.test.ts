// The server-action wrapper: validation errors by field, expected failures as state, the rest passed on.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DomainError, NotFoundError } from "@/lib/domain/errors";

const current = vi.hoisted(() => ({ user: null as null | { id: string } }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => current.user }));
vi.mock("@/lib/logger", () => ({ logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn() } }));

const { action } = await import("./action");

const ZInput = z.object({ name: z.string().min(1, { error: "validation.required" }), email: z.email({ error: "validation.email" }) });
const user = { id: "u1" };

describe("action()", () => {
  it("returns field errors as message keys and never calls the handler on bad input", async () => {
    current.user = user;
    const handler = vi.fn();
    const run = action(ZInput, handler);
    expect(await run(null, { name: "", email: "nope" })).toEqual({
      ok: false,
      fieldErrors: { name: ["validation.required"], email: ["validation.email"] },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("reads FormData, and passes the parsed input and the user to the handler", async () => {
    current.user = user;
    const run = action(ZInput, async (input, ctx) => ({ ok: true as const, data: { ...input, by: ctx.user.id } }));
    const form = new FormData();
    form.set("name", "Aigul");
    form.set("email", "a@example.org");
    form.set("$ACTION_ID_123", "");
    expect(await run(null, form)).toEqual({ ok: true, data: { name: "Aigul", email: "a@example.org", by: "u1" } });
  });

  it("refuses when nobody is signed in, unless the action is public", async () => {
    current.user = null;
    const handler = vi.fn(async () => ({ ok: true as const, data: 1 }));
    expect(await action(ZInput, handler)(null, { name: "x", email: "a@example.org" })).toEqual({ ok: false, formError: "login.expired" });
    expect(await action(ZInput, handler, { requireUser: false })(null, { name: "x", email: "a@example.org" })).toEqual({ ok: true, data: 1 });
  });

  it("turns a DomainError into a form or field error", async () => {
    current.user = user;
    const input = { name: "x", email: "a@example.org" };
    const formLevel = action(ZInput, async () => {
      throw new DomainError("error.forbidden");
    });
    const fieldLevel = action(ZInput, async () => {
      throw new DomainError("validation.email", { field: "email" });
    });
    expect(await formLevel(null, input)).toEqual({ ok: false, formError: "error.forbidden", formErrorVars: undefined });
    expect(await fieldLevel(null, input)).toEqual({ ok: false, fieldErrors: { email: ["validation.email"] } });
  });

  it("turns NotFoundError into Next's not-found, and hides unexpected errors behind a generic message", async () => {
    current.user = user;
    const input = { name: "x", email: "a@example.org" };
    const missing = action(ZInput, async () => {
      throw new NotFoundError();
    });
    await expect(missing(null, input)).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_HTTP_ERROR_FALLBACK;404") });
    const broken = action(ZInput, async () => {
      throw new Error("connection reset");
    });
    expect(await broken(null, input)).toEqual({ ok: false, formError: "error.generic" });
  });
});
