// The outbox: every message sent for this assessment; without a mail server, where invitations wait.
import { requireAccess } from "@/lib/auth/guard";
import { listOutbox } from "@/lib/domain/outbox/queries";
import { getLocale, getT } from "@/lib/i18n/server";
import { dateFormat } from "@/lib/i18n/format";

export default async function OutboxPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await requireAccess(id)).can("assessment.manage")) return null;
  const [t, locale, messages] = await Promise.all([getT(), getLocale(), listOutbox(id)]);
  const when = (value: Date) => dateFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(value);
  return (
    <section aria-labelledby="outbox-heading" className="max-w-3xl">
      <h2 id="outbox-heading" className="text-xl font-semibold">
        {t("outbox.title")}
      </h2>
      <p className="mt-2 text-slate-700">{t("outbox.intro")}</p>
      {messages.length === 0 ? (
        <p className="mt-4">{t("outbox.empty")}</p>
      ) : (
        <ul className="mt-4 flex flex-col gap-4">
          {messages.map((message) => (
            <li key={message.id}>
              <article aria-labelledby={`msg-${message.id}`} className="rounded border border-slate-300 bg-white p-4">
                <h3 id={`msg-${message.id}`} className="font-semibold">
                  {message.subject}
                </h3>
                <p className="text-sm text-slate-700">
                  {t("outbox.to", { to: message.to })} · {when(message.createdAt)} · {t(`outbox.status.${message.status}`)}
                </p>
                <pre className="mt-3 whitespace-pre-wrap break-words font-sans text-sm">
                  {message.body.split(/(https?:\/\/\S+)/).map((part, index) =>
                    index % 2 === 1 ? (
                      <a key={index} href={part} className="text-brand-700 underline">
                        {part}
                      </a>
                    ) : (
                      part
                    ),
                  )}
                </pre>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
