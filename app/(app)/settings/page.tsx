// The signed-in user's settings: their personal access tokens for the API (create, list, revoke).
import type { Metadata } from "next";
import { ActionButton } from "@/components/forms/action-button";
import { requireUser } from "@/lib/auth/session";
import { listTokens } from "@/lib/domain/token/queries";
import { getLocale, getT } from "@/lib/i18n/server";
import { revokeTokenAction } from "./actions";
import { CreateTokenForm } from "./create-token-form";
import { dateFormat } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("token.pageTitle") };
}

export default async function SettingsPage() {
  const user = await requireUser();
  const [t, locale, tokens] = await Promise.all([getT(), getLocale(), listTokens(user)]);
  const date = (value: Date) => dateFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(value);
  const now = new Date();
  return (
    <div className="flex max-w-4xl flex-col gap-8">
      <h1 className="text-2xl font-semibold">{t("token.pageTitle")}</h1>
      <section aria-labelledby="tokens-heading" className="flex flex-col gap-3">
        <h2 id="tokens-heading" className="text-xl font-semibold">
          {t("token.heading")}
        </h2>
        <p className="text-slate-700">{t("token.intro")}</p>
        <p>
          <a href="/api/v1/openapi.json" className="text-brand-700 underline">
            {t("token.apiDocs")}
          </a>
        </p>
      </section>
      <section aria-labelledby="token-create-heading" className="max-w-xl">
        <h2 id="token-create-heading" className="mb-3 text-lg font-semibold">
          {t("token.createHeading")}
        </h2>
        <CreateTokenForm />
      </section>
      <section aria-labelledby="token-list-heading">
        <h2 id="token-list-heading" className="mb-3 text-lg font-semibold">
          {t("token.listHeading")}
        </h2>
        {tokens.length === 0 ? (
          <p>{t("token.empty")}</p>
        ) : (
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t("token.col.name")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("token.col.prefix")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("token.col.created")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("token.col.lastUsed")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("token.col.expires")}
                </th>
                <th scope="col" className="py-2">
                  {t("token.col.actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {token.name}
                  </th>
                  <td className="py-2 pr-4 font-mono">{token.prefix}…</td>
                  <td className="py-2 pr-4">{date(token.createdAt)}</td>
                  <td className="py-2 pr-4">{token.lastUsedAt ? date(token.lastUsedAt) : t("token.neverUsed")}</td>
                  <td className="py-2 pr-4">{token.expiresAt ? date(token.expiresAt) : t("token.noExpiry")}</td>
                  <td className="py-2">
                    {token.revokedAt ? (
                      t("token.revokedOn", { date: date(token.revokedAt) })
                    ) : token.expiresAt && token.expiresAt <= now ? (
                      t("token.expired")
                    ) : (
                      <ActionButton action={revokeTokenAction} fields={{ tokenId: token.id }} label={t("token.revoke", { name: token.name })} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
