// Members and invitations: invite by email with a role, change roles, remove, revoke.
import { Disclosure } from "@/components/ui/disclosure";
import { requireAccess } from "@/lib/auth/guard";
import { getMembersPage } from "@/lib/domain/membership/queries";
import { roleLabel } from "@/lib/domain/assessment/labels";
import { getLocale, getT } from "@/lib/i18n/server";
import { ChangeRoleForm, InviteForm, RemoveMemberButton, RevokeInvitationButton } from "../setup-forms";
import { dateFormat } from "@/lib/i18n/format";

export default async function MembersPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await requireAccess(id)).can("assessment.manage")) return null;
  const [t, locale, { members, invitations, ministries }] = await Promise.all([getT(), getLocale(), getMembersPage(id)]);
  const ministryOptions = ministries.map((ministry) => ({ value: ministry.id, label: ministry.name }));
  const date = (value: Date) => dateFormat(locale, { dateStyle: "medium" }).format(value);

  return (
    <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
      <div className="flex flex-col gap-8">
        <section aria-labelledby="members-heading">
          <h2 id="members-heading" className="text-xl font-semibold">
            {t("setup.members")}
          </h2>
          <ul className="mt-3 flex flex-col gap-4">
            {members.map((member) => (
              <li key={member.id} className="rounded border border-slate-300 bg-white p-4">
                <p>
                  <span className="font-medium">{member.user.name}</span> · {member.user.email} · {roleLabel(t, member)}
                </p>
                <div className="mt-3">
                  <Disclosure label={t("member.changeRoleOf", { name: member.user.name })} variant="link">
                    <ChangeRoleForm
                      assessmentId={id}
                      member={{ id: member.id, name: member.user.name, role: member.role, ministryId: member.ministryId }}
                      ministries={ministryOptions}
                    />
                  </Disclosure>
                </div>
                <div className="mt-2">
                  <RemoveMemberButton assessmentId={id} member={{ id: member.id, name: member.user.name }} />
                </div>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="invitations-heading">
          <h2 id="invitations-heading" className="text-xl font-semibold">
            {t("member.pending")}
          </h2>
          {invitations.length === 0 ? (
            <p className="mt-3">{t("member.noPending")}</p>
          ) : (
            <ul className="mt-3 flex flex-col gap-3">
              {invitations.map((invitation) => (
                <li key={invitation.id} className="rounded border border-slate-300 bg-white p-4">
                  <p>
                    <span className="font-medium">{invitation.email}</span> · {roleLabel(t, invitation)} ·{" "}
                    {t("member.expires", { date: date(invitation.expiresAt) })}
                  </p>
                  <RevokeInvitationButton assessmentId={id} invitation={invitation} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="invite-heading" className="self-start rounded border border-slate-300 bg-white p-6">
        <h2 id="invite-heading" className="text-lg font-semibold">
          {t("member.invite")}
        </h2>
        <div className="mt-3">
          <Disclosure label={t("member.inviteOpen")}>
            <InviteForm assessmentId={id} ministries={ministryOptions} />
          </Disclosure>
        </div>
      </section>
    </div>
  );
}
