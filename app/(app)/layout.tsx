// The signed-in shell: product name, the user's name, navigation and sign-out on every page. The user's role
// shows in the assessment being viewed (./assessments/[id]/layout.tsx), not here.
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ClearLocalDrafts } from "@/components/answer-form/clear-local-drafts";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { signOutAction } from "./actions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const t = await getT();

  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-6 py-3">
          <Link href="/assessments" className="text-lg font-semibold text-brand-900">
            {t("app.name")}
          </Link>
          <nav aria-label={t("app.mainNav")}>
            <Link href="/assessments" className="text-brand-700 underline-offset-4 hover:underline">
              {t("nav.myAssessments")}
            </Link>
            <Link href="/settings" className="ml-4 text-brand-700 underline-offset-4 hover:underline">
              {t("token.nav")}
            </Link>
          </nav>
          <div className="flex items-center gap-4">
            <p className="text-right text-sm" data-testid="current-user">
              <span className="block font-medium">{user.name}</span>
              {user.isIomStaff && <span className="block text-slate-600">{t("role.iomStaff")}</span>}
            </p>
            <form action={signOutAction}>
              <ClearLocalDrafts />
              <Button type="submit" variant="secondary">
                {t("nav.signOut")}
              </Button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-6 py-8">
        {children}
      </main>
    </div>
  );
}
