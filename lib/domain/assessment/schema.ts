// Input schemas of the launch step, shared by the forms and the server actions.
import { z } from "zod";
import { isCountryCode } from "@/lib/countries";
import { formArray, optionalId, optionalText, requiredText } from "@/lib/forms";
import { LOCALES } from "@/lib/i18n";
import { roleNeedsMinistry } from "@/lib/auth/policy";
import type { MemberRole } from "@/lib/generated/prisma/enums";

/**
 * The name a profile is published under, as its citation and title give it ("the Kyrgyz Republic"): one line,
 * optional (empty: the country's common name).
 */
export const ZProfileName = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z
    .string()
    .trim()
    .max(120, { error: "validation.tooLong" })
    .regex(/^[^\p{Cc}]*$/u, { error: "profile.officialNameOneLine" })
    .optional(),
);

export const ZCreateAssessment = z
  .object({
    country: z
      .string({ error: "assessment.countryRequired" })
      .trim()
      .toUpperCase()
      .refine((code) => code !== "", { error: "assessment.countryRequired" })
      .refine((code) => code === "" || isCountryCode(code), { error: "assessment.countryInvalid" }),
    level: z.enum(["NATIONAL", "LOCAL"], { error: "validation.required" }),
    city: optionalText(120),
    year: z.coerce
      .number({ error: "assessment.yearInvalid" })
      .int({ error: "assessment.yearInvalid" })
      .min(2015, { error: "assessment.yearInvalid" })
      .max(2100, { error: "assessment.yearInvalid" }),
    frameworkVersion: requiredText(32),
    languages: formArray(z.enum(LOCALES)).refine((list) => list.length > 0, { error: "assessment.languagesRequired" }),
    modules: formArray(z.string().max(32)),
    previousId: optionalId,
    profileName: ZProfileName,
  })
  .superRefine((input, ctx) => {
    if (input.level === "LOCAL" && !input.city) ctx.addIssue({ code: "custom", path: ["city"], message: "assessment.cityRequired" });
  });
export type TCreateAssessment = z.input<typeof ZCreateAssessment>;

export const ZMinistryName = requiredText(200);
export const ZAddMinistry = z.object({ assessmentId: z.uuid(), name: ZMinistryName });
// Row-level inputs also carry the screen's assessmentId, used only to refresh that screen: the services
// authorize against the assessment the row really belongs to.
export const ZRenameMinistry = z.object({ assessmentId: z.uuid(), ministryId: z.uuid(), name: ZMinistryName });
export const ZRemoveMinistry = z.object({ assessmentId: z.uuid(), ministryId: z.uuid() });

export const ROLES = ["COORDINATOR", "CONSULTANT", "FOCAL_POINT", "STAKEHOLDER"] as const satisfies readonly MemberRole[];

const withMinistry = <T extends { role: (typeof ROLES)[number]; ministryId?: string }>(input: T, ctx: z.RefinementCtx) => {
  if (roleNeedsMinistry(input.role) && !input.ministryId) ctx.addIssue({ code: "custom", path: ["ministryId"], message: "member.ministryRequired" });
};

export const ZInviteMember = z
  .object({
    assessmentId: z.uuid(),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, { error: "validation.emailRequired" })
      .max(320, { error: "validation.tooLong" })
      .pipe(z.email({ error: "validation.email" })),
    role: z.enum(ROLES, { error: "validation.required" }),
    ministryId: optionalId,
  })
  .superRefine(withMinistry);
export type TInviteMember = z.input<typeof ZInviteMember>;

export const ZChangeRole = z
  .object({ assessmentId: z.uuid(), memberId: z.uuid(), role: z.enum(ROLES, { error: "validation.required" }), ministryId: optionalId })
  .superRefine(withMinistry);
export const ZMemberId = z.object({ assessmentId: z.uuid(), memberId: z.uuid() });
export const ZInvitationId = z.object({ assessmentId: z.uuid(), invitationId: z.uuid() });

export const ZAcceptInvitation = z
  .object({
    token: z.string().min(20).max(200),
    name: requiredText(200),
    password: z.string().min(12, { error: "invite.passwordTooShort" }).max(1024, { error: "validation.tooLong" }),
    confirmPassword: z.string(),
  })
  .superRefine((input, ctx) => {
    if (input.password !== input.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "invite.passwordMismatch" });
  });
export type TAcceptInvitation = z.input<typeof ZAcceptInvitation>;
export const ZJoinInvitation = z.object({ token: z.string().min(20).max(200) });

export const ASSIGN_SCOPES = ["domain", "subdomain", "module", "indicator"] as const;
/** What to assign, as one form value: "domain:1", "subdomain:1.2", "module:covid19" or "indicator:1.2.3". */
export const ZAssign = z
  .object({
    assessmentId: z.uuid(),
    target: z.string({ error: "validation.required" }).regex(/^(domain|subdomain|module|indicator):[\w.]{1,32}$/, { error: "validation.required" }),
    leadMinistryId: z.uuid({ error: "assignment.leadRequired" }),
    contributorIds: formArray(z.uuid()),
  })
  .transform(({ target, ...rest }) => {
    const [scope, code] = target.split(":") as [(typeof ASSIGN_SCOPES)[number], string];
    return { ...rest, scope, code };
  });
export type TAssign = z.input<typeof ZAssign>;

export const ZOpenCollection = z.object({
  assessmentId: z.uuid(),
  dueDate: z.iso.date({ error: "phase.dueDateRequired" }),
});
export type TOpenCollection = z.input<typeof ZOpenCollection>;

export const ZOpenConsultation = z.object({ assessmentId: z.uuid() });

export const ZSetProfileName = z.object({ assessmentId: z.uuid(), profileName: ZProfileName });
export type TSetProfileName = z.input<typeof ZSetProfileName>;
