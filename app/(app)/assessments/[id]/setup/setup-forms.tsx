"use client";
// The forms of the set-up screens; each posts to its server action in ./actions.ts.
import { useRouter } from "next/navigation";
import { ActionButton } from "@/components/forms/action-button";
import { ActionForm } from "@/components/forms/action-form";
import { ChoiceGroup, Field, HiddenField, SelectField, type Option } from "@/components/forms/fields";
import { useT } from "@/components/i18n/i18n-provider";
import { Disclosure } from "@/components/ui/disclosure";
import { ROLES, ZAddMinistry, ZAssign, ZChangeRole, ZInviteMember, ZOpenCollection, ZRenameMinistry, ZSetProfileName } from "@/lib/domain/assessment/schema";
import {
  addMinistryAction,
  assignAction,
  changeRoleAction,
  inviteMemberAction,
  openCollectionAction,
  removeMemberAction,
  removeMinistryAction,
  renameMinistryAction,
  revokeInvitationAction,
  setProfileNameAction,
} from "./actions";

export function OpenCollectionForm({ assessmentId }: { assessmentId: string }) {
  const t = useT();
  const router = useRouter();
  return (
    <ActionForm
      action={openCollectionAction}
      schema={ZOpenCollection}
      defaultValues={{ assessmentId, dueDate: "" }}
      submitLabel={t("phase.openCollection")}
      success={() => t("phase.collectionOpened")}
      onSuccess={() => router.refresh()}
    >
      <HiddenField name="assessmentId" />
      <Field name="dueDate" label={t("phase.dueDate")} type="date" className="max-w-56" />
    </ActionForm>
  );
}

export function AddMinistryForm({ assessmentId }: { assessmentId: string }) {
  const t = useT();
  return (
    <ActionForm
      action={addMinistryAction}
      schema={ZAddMinistry}
      defaultValues={{ assessmentId, name: "" }}
      submitLabel={t("ministry.addSubmit")}
      resetOnSuccess
      success={() => t("form.saved")}
    >
      <HiddenField name="assessmentId" />
      <Field name="name" label={t("ministry.name")} autoComplete="off" />
    </ActionForm>
  );
}

export function RenameMinistryForm({ assessmentId, ministry }: { assessmentId: string; ministry: { id: string; name: string } }) {
  const t = useT();
  return (
    <ActionForm
      action={renameMinistryAction}
      schema={ZRenameMinistry}
      defaultValues={{ assessmentId, ministryId: ministry.id, name: ministry.name }}
      submitLabel={t("ministry.renameSubmit")}
      submitVariant="secondary"
      summary={false}
      className="flex flex-wrap items-end gap-3"
      success={() => t("form.saved")}
    >
      <HiddenField name="assessmentId" />
      <HiddenField name="ministryId" />
      <Field name="name" label={t("ministry.renameLabel", { name: ministry.name })} autoComplete="off" className="min-w-72 flex-1" />
    </ActionForm>
  );
}

export function RemoveMinistryButton({ assessmentId, ministry }: { assessmentId: string; ministry: { id: string; name: string } }) {
  const t = useT();
  return (
    <ActionButton action={removeMinistryAction} fields={{ assessmentId, ministryId: ministry.id }} label={t("ministry.remove", { name: ministry.name })} />
  );
}

/** A ministry's rename (built only when opened) and remove buttons: one client element per row, with two strings. */
export function MinistryActions({ assessmentId, id, name }: { assessmentId: string; id: string; name: string }) {
  const t = useT();
  const ministry = { id, name };
  return (
    <div className="mt-2 flex flex-wrap items-start gap-4">
      <Disclosure label={t("ministry.rename", { name })} variant="link">
        {() => <RenameMinistryForm assessmentId={assessmentId} ministry={ministry} />}
      </Disclosure>
      <RemoveMinistryButton assessmentId={assessmentId} ministry={ministry} />
    </div>
  );
}

const useRoleOptions = (): Option[] => {
  const t = useT();
  return ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }));
};

export function InviteForm({ assessmentId, ministries }: { assessmentId: string; ministries: Option[] }) {
  const t = useT();
  return (
    <ActionForm
      action={inviteMemberAction}
      schema={ZInviteMember}
      defaultValues={{ assessmentId, email: "", role: "FOCAL_POINT", ministryId: "" }}
      submitLabel={t("member.inviteSubmit")}
      resetOnSuccess
      success={(data) => t("member.invited", { email: data.email })}
    >
      <HiddenField name="assessmentId" />
      <Field name="email" type="email" label={t("member.email")} autoComplete="off" />
      <SelectField name="role" label={t("member.role")} options={useRoleOptions()} />
      <SelectField
        name="ministryId"
        label={t("member.ministry")}
        hint={t("member.ministryHint")}
        options={[{ value: "", label: t("member.ministryNone") }, ...ministries]}
      />
    </ActionForm>
  );
}

export function ChangeRoleForm(props: {
  assessmentId: string;
  member: { id: string; name: string; role: string; ministryId: string | null };
  ministries: Option[];
}) {
  const t = useT();
  return (
    <ActionForm
      action={changeRoleAction}
      schema={ZChangeRole}
      defaultValues={{
        assessmentId: props.assessmentId,
        memberId: props.member.id,
        role: props.member.role as (typeof ROLES)[number],
        ministryId: props.member.ministryId ?? "",
      }}
      submitLabel={t("member.changeRole")}
      submitVariant="secondary"
      summary={false}
      className="flex flex-wrap items-end gap-3"
      success={() => t("form.saved")}
    >
      <HiddenField name="assessmentId" />
      <HiddenField name="memberId" />
      <SelectField name="role" label={`${t("member.role")}: ${props.member.name}`} options={useRoleOptions()} />
      <SelectField
        name="ministryId"
        label={t("member.ministryOf", { name: props.member.name })}
        options={[{ value: "", label: t("member.ministryNone") }, ...props.ministries]}
      />
    </ActionForm>
  );
}

export function RemoveMemberButton({ assessmentId, member }: { assessmentId: string; member: { id: string; name: string } }) {
  const t = useT();
  return <ActionButton action={removeMemberAction} fields={{ assessmentId, memberId: member.id }} label={t("member.remove", { name: member.name })} />;
}

export function RevokeInvitationButton({ assessmentId, invitation }: { assessmentId: string; invitation: { id: string; email: string } }) {
  const t = useT();
  return (
    <ActionButton
      action={revokeInvitationAction}
      fields={{ assessmentId, invitationId: invitation.id }}
      label={t("member.revoke", { email: invitation.email })}
    />
  );
}

/** `targets`: the domains, sub-domains and modules; `codes`: the single indicators on screen (sent as codes, the lighter payload). */
export function AssignForm({ assessmentId, targets, codes, ministries }: { assessmentId: string; targets: Option[]; codes: string[]; ministries: Option[] }) {
  const t = useT();
  const options = [...targets, ...codes.map((code) => ({ value: `indicator:${code}`, label: code }))];
  return (
    <ActionForm
      action={assignAction}
      schema={ZAssign}
      defaultValues={{ assessmentId, target: options[0]?.value ?? "", leadMinistryId: "", contributorIds: [] }}
      submitLabel={t("assignment.submit")}
      success={(data) => t("assignment.done", { count: data.count })}
    >
      <HiddenField name="assessmentId" />
      <SelectField name="target" label={t("assignment.scope")} options={options} />
      <SelectField name="leadMinistryId" label={t("assignment.lead")} options={[{ value: "", label: "" }, ...ministries]} />
      <ChoiceGroup name="contributorIds" legend={t("assignment.contributors")} type="checkbox" options={ministries} />
    </ActionForm>
  );
}

/** The name the profile is published under; empty falls back to the country's common name (`countryName`). */
export function ProfileNameForm({ assessmentId, profileName, countryName }: { assessmentId: string; profileName: string | null; countryName: string }) {
  const t = useT();
  return (
    <ActionForm
      action={setProfileNameAction}
      schema={ZSetProfileName}
      defaultValues={{ assessmentId, profileName: profileName ?? "" }}
      submitLabel={t("profile.officialNameSubmit")}
      submitVariant="secondary"
      success={() => t("form.saved")}
    >
      <HiddenField name="assessmentId" />
      <Field name="profileName" label={t("profile.officialName")} hint={t("profile.officialNameHint", { country: countryName })} autoComplete="off" />
    </ActionForm>
  );
}
