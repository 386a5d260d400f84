import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getT();
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold">{t("error.notFound")}</h1>
      <p className="mt-4 text-slate-700">{t("error.notFoundBody")}</p>
      <p className="mt-6">
        <Link className="text-brand-700 underline" href="/">
          {t("app.name")}
        </Link>
      </p>
    </main>
  );
}
