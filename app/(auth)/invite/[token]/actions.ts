"use server";
import { redirect } from "next/navigation";
import { action } from "@/lib/action";
import { signIn } from "@/lib/auth/next-auth";
import { ZAcceptInvitation, ZJoinInvitation } from "@/lib/domain/assessment/schema";
import { acceptInvitationAsNewUser, acceptInvitationAsUser } from "@/lib/domain/membership/service";
import { DomainError } from "@/lib/domain/errors";

/** A new person: create the account and membership, then sign them in. */
export const acceptInvitationAction = action(
  ZAcceptInvitation,
  async (input) => {
    const joined = await acceptInvitationAsNewUser(input);
    await signIn("credentials", { email: joined.email, password: input.password, redirectTo: `/assessments/${joined.assessmentId}` });
    return { ok: true, data: null };
  },
  { requireUser: false },
);

/** Someone with an account, signed in with the invited address. */
export const joinInvitationAction = action(
  ZJoinInvitation,
  async (input, { user }) => {
    if (!user) throw new DomainError("invite.signInInstead");
    const joined = await acceptInvitationAsUser(user, input.token);
    redirect(`/assessments/${joined.assessmentId}`);
  },
  { requireUser: false },
);
