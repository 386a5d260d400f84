"use client";
// The editor of one narrative section: Markdown text and the indicator codes it rests on. A save based on a
// version someone else has moved past comes back as a conflict, and the editor offers both texts, as the
// answer editor does: keep mine (saved over the current version) or use the current text.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useFormContext } from "react-hook-form";
import { ActionForm } from "@/components/forms/action-form";
import { Field, HiddenField, TextAreaField } from "@/components/forms/fields";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action";
import { ZSaveSection } from "@/lib/domain/profile/schema";
import type { CurrentSection, SectionSaveResult } from "@/lib/domain/profile/service";

type SaveAction = (state: ActionState<SectionSaveResult>, data: FormData) => Promise<ActionState<SectionSaveResult>>;

/** Keeps the form's base version at the one just saved, so the next save builds on it. */
function VersionSync({ version }: { version: number | null }) {
  const { setValue } = useFormContext();
  useEffect(() => {
    if (version !== null) setValue("baseVersion", version);
  }, [version, setValue]);
  return null;
}

function ConflictPanel({ conflict, onDone }: { conflict: CurrentSection; onDone: () => void }) {
  const t = useT();
  const { getValues, setValue } = useFormContext();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <section ref={panel} tabIndex={-1} role="alert" aria-labelledby="section-conflict-title" className="rounded border-2 border-red-700 bg-red-50 p-4">
      <h2 id="section-conflict-title" className="font-semibold">
        {t("profile.conflictTitle")}
      </h2>
      <p className="mt-1 text-sm">{t("conflict.body", { name: conflict.updatedBy ?? "—", time: new Date(conflict.updatedAt).toLocaleString() })}</p>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="font-medium">{t("conflict.yours")}</h3>
          <p className="mt-1 whitespace-pre-wrap rounded border border-slate-300 bg-white p-2 text-sm" data-testid="conflict-mine">
            {String(getValues("body"))}
          </p>
        </div>
        <div>
          <h3 className="font-medium">{t("conflict.theirs")}</h3>
          <p className="mt-1 whitespace-pre-wrap rounded border border-slate-300 bg-white p-2 text-sm" data-testid="conflict-theirs">
            {conflict.body}
          </p>
        </div>
      </div>
      <div className="mt-3 flex gap-3">
        <Button
          type="button"
          onClick={(event) => {
            const form = event.currentTarget.form;
            setValue("baseVersion", conflict.version);
            onDone();
            form?.requestSubmit();
          }}
        >
          {t("conflict.keepMine")}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setValue("baseVersion", conflict.version);
            setValue("body", conflict.body);
            setValue("indicatorCodes", conflict.indicatorCodes.join(", "));
            onDone();
          }}
        >
          {t("conflict.takeTheirs")}
        </Button>
      </div>
    </section>
  );
}

export function SectionEditor(props: {
  assessmentId: string;
  sectionKey: string;
  body: string;
  indicatorCodes: string[];
  version: number;
  action: SaveAction;
  /** What this section should say, shown before the Markdown hint. */
  hint?: string;
}) {
  const t = useT();
  const router = useRouter();
  const [conflict, setConflict] = useState<CurrentSection | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  return (
    <ActionForm
      action={props.action}
      schema={ZSaveSection}
      defaultValues={{
        assessmentId: props.assessmentId,
        key: props.sectionKey,
        body: props.body,
        indicatorCodes: props.indicatorCodes.join(", "),
        baseVersion: props.version,
      }}
      submitLabel={t("profile.save")}
      success={(result) => (result.status === "saved" ? t("profile.saved") : "")}
      onSuccess={(result) => {
        if (result.status === "conflict") return setConflict(result.current);
        setConflict(null);
        setSaved(result.version);
        router.refresh();
      }}
    >
      <HiddenField name="assessmentId" />
      <HiddenField name="key" />
      <HiddenField name="baseVersion" />
      <VersionSync version={saved} />
      {conflict && <ConflictPanel conflict={conflict} onDone={() => setConflict(null)} />}
      <TextAreaField name="body" label={t("profile.body")} hint={props.hint ? `${props.hint} ${t("profile.bodyHint")}` : t("profile.bodyHint")} rows={12} />
      <Field name="indicatorCodes" label={t("profile.codes")} hint={t("profile.codesHint")} autoComplete="off" />
    </ActionForm>
  );
}
