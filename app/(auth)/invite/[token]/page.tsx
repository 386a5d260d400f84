// Accepting an invitation: a new person sets name and password; an existing user joins once signed in.
import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { assessmentName, roleLabel } from "@/lib/domain/assessment/labels";
import { viewInvitation } from "@/lib/domain/membership/service";
import { getLocale, getT } from "@/lib/i18n/server";
import { AcceptInvitationForm, JoinInvitationForm } from "./invite-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("invite.title"), referrer: "no-referrer" };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, locale, invitation, user] = await Promise.all([getT(), getLocale(), viewInvitation(token), getCurrentUser()]);

  let body;
  if (invitation.status !== "open") {
    body = <p role="alert">{t("invite.invalid")}</p>;
  } else {
    const intro = t("invite.intro", {
      assessment: assessmentName(t, locale, invitation.assessment),
      role: roleLabel(t, { role: invitation.role, ministry: invitation.ministry ? { name: invitation.ministry } : null }),
    });
    let action;
    if (user && user.email === invitation.email) action = <JoinInvitationForm token={token} />;
    else if (user) action = <p role="alert">{t("invite.wrongAccount", { email: invitation.email, current: user.email })}</p>;
    else if (invitation.userExists)
      action = (
        <Link className="text-brand-700 underline" href={`/login?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}>
          {t("invite.signInToAccept", { email: invitation.email })}
        </Link>
      );
    else action = <AcceptInvitationForm token={token} />;
    body = (
      <>
        <p className="mt-3">{intro}</p>
        <div className="mt-6">{action}</div>
      </>
    );
  }

  return (
    <main id="main" tabIndex={-1} className="mx-auto flex min-h-screen max-w-lg flex-col justify-center px-6 py-12">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("app.name")}</p>
      <h1 className="mt-2 text-3xl font-semibold">{t("invite.title")}</h1>
      <div className="mt-6 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">{body}</div>
    </main>
  );
}
