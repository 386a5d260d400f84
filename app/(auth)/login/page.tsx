// Sign-in page. Signed-in users are sent on to their assessments.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/domain/user/schema";
import { getT } from "@/lib/i18n/server";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("login.title") };
}

const NOTICES = { "signed-out": "login.signedOut", expired: "login.expired" } as const;

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; notice?: string }> }) {
  const params = await searchParams;
  if (await getCurrentUser()) redirect(safeCallbackUrl(params.callbackUrl));
  const t = await getT();
  const notice = params.notice && params.notice in NOTICES ? NOTICES[params.notice as keyof typeof NOTICES] : null;
  return (
    <main id="main" tabIndex={-1} className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("app.name")}</p>
      <h1 className="mt-2 text-3xl font-semibold">{t("login.title")}</h1>
      <p className="mt-3 text-slate-700">{t("login.intro")}</p>
      {notice && (
        <p role="status" className="mt-4 rounded border border-brand-600 bg-brand-50 p-3">
          {t(notice)}
        </p>
      )}
      <div className="mt-8 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
        <LoginForm callbackUrl={params.callbackUrl ? safeCallbackUrl(params.callbackUrl) : undefined} />
      </div>
    </main>
  );
}
