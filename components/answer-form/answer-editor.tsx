"use client";
// The answer to one indicator, as its lead ministry's focal point edits it: the answer control for its
// type, the explanation, the sources, autosave with a visible status, and submit / withdraw.
import { useEffect, useRef, useState, useTransition } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action";
import type { SaveResult } from "@/lib/domain/answer/service";
import type { AnswerState } from "@/lib/generated/prisma/enums";
import { allowsEvent } from "@/lib/domain/answer/workflow";
import { isMessageKey } from "@/lib/i18n";
import { DocumentUpload } from "./document-upload";
import { SourceForm, type SourceView } from "./source-form";
import { useAutosave, type AnswerDraft } from "./use-autosave";

type Transition = (
  state: ActionState<{ version: number; state: AnswerState }>,
  input: { assessmentId: string; indicatorId: string; version: number },
) => Promise<ActionState<{ version: number; state: AnswerState }>>;

export type AnswerEditorProps = {
  /** Whose browser copy of unsaved text this is. */
  userId: string;
  assessmentId: string;
  indicatorId: string;
  answerType: "YES_PARTIAL_NO" | "SINGLE_CHOICE" | "NUMBER" | "TEXT";
  choices: { value: string; label: string }[];
  evidenceRequired: boolean;
  initial: AnswerDraft & { version: number; answerId: string | null; state: AnswerState };
  /** The sources the answer cites; the picker loads the rest of the assessment's when the user opens it. */
  sources: SourceView[];
  actions: {
    save: (state: ActionState<SaveResult>, input: unknown) => Promise<ActionState<SaveResult>>;
    submit: Transition;
    withdraw: Transition;
    createSource: (state: ActionState<SourceView>, data: FormData) => Promise<ActionState<SourceView>>;
    listSources: (state: null, input: { assessmentId: string; indicatorId: string }) => Promise<ActionState<SourceView[]>>;
  };
};

export function AnswerEditor(props: AnswerEditorProps) {
  const t = useT();
  const [state, setState] = useState<AnswerState>(props.initial.state);
  const autosave = useAutosave({
    userId: props.userId,
    assessmentId: props.assessmentId,
    indicatorId: props.indicatorId,
    initial: props.initial,
    save: (input) => props.actions.save(null, input),
    onSaved: setState,
  });
  const { draft, change } = autosave;
  const [sources, setSources] = useState(props.sources);
  const [transitionError, setTransitionError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState<string | null>(null);
  const [busy, startTransition] = useTransition();
  const editable = allowsEvent(state, "save");
  const cited = sources.filter((source) => draft.sourceIds.includes(source.id));
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLowerCase();
  const uncited = sources.filter(
    (source) =>
      !draft.sourceIds.includes(source.id) && (!needle || source.title.toLowerCase().includes(needle) || (source.number ?? "").toLowerCase().includes(needle)),
  );
  const [pick, setPick] = useState("");
  // The assessment's other sources are loaded once, when the picker is opened (or a restored draft cites one
  // this page did not bring): carrying them all in every answer page made it slow to render.
  const [picker, setPicker] = useState<"loading" | "loaded" | "failed">("loading");
  const asked = useRef(false);
  const [pickerError, setPickerError] = useState<string | null>(null);
  const loadSources = () => {
    if (asked.current) return;
    asked.current = true;
    props.actions.listSources(null, { assessmentId: props.assessmentId, indicatorId: props.indicatorId }).then(
      (result) => {
        if (!result?.ok) {
          asked.current = false;
          setPickerError(result?.formError && isMessageKey(result.formError) ? t(result.formError, result.formErrorVars) : t("error.generic"));
          return setPicker("failed");
        }
        setSources((known) => [...known, ...result.data.filter((source) => !known.some((item) => item.id === source.id))]);
        setPicker("loaded");
      },
      () => {
        asked.current = false;
        setPickerError(t("error.generic"));
        setPicker("failed");
      },
    );
  };
  const unknownCited = draft.sourceIds.some((id) => !sources.some((source) => source.id === id));
  useEffect(() => {
    if (unknownCited && picker === "loading") loadSources();
  });

  const valueOptions =
    props.answerType === "YES_PARTIAL_NO"
      ? (["yes", "partially", "no", "not_applicable"] as const).map((value) => ({ value, label: t(`answer.${value}`) }))
      : props.choices;

  const runTransition = (which: "submit" | "withdraw") =>
    startTransition(async () => {
      setTransitionError(null);
      const { answerId, version } = await autosave.flush();
      if (!answerId) {
        setTransitionError(t("answer.missing.value"));
        return;
      }
      const result = await props.actions[which](null, { assessmentId: props.assessmentId, indicatorId: props.indicatorId, version });
      if (result?.ok) {
        autosave.adoptVersion(result.data.version);
        setState(result.data.state);
        setAnnounce(t(which === "submit" ? "answer.submitted" : "answer.withdrawn"));
      } else if (result) {
        setTransitionError(result.formError && isMessageKey(result.formError) ? t(result.formError, result.formErrorVars) : t("error.generic"));
      }
    });

  const statusText = {
    idle: "",
    saving: t("autosave.saving"),
    saved: autosave.savedAt ? t("autosave.saved", { time: new Date(autosave.savedAt).toLocaleTimeString() }) : t("form.saved"),
    offline: t("autosave.offline"),
    expired: t("autosave.expired"),
    invalid: autosave.fieldError && isMessageKey(autosave.fieldError) ? t(autosave.fieldError) : t("error.generic"),
    conflict: t("conflict.title"),
  }[autosave.status];

  return (
    <div className="flex flex-col gap-6">
      {autosave.restorable && (
        <div role="alert" className="rounded border-2 border-amber-600 bg-amber-50 p-4">
          <p className="font-medium">{t("autosave.restorable")}</p>
          <p className="mt-2 whitespace-pre-wrap text-sm">{autosave.restorable.explanation}</p>
          <div className="mt-3 flex gap-3">
            <Button type="button" onClick={autosave.restore}>
              {t("autosave.restore")}
            </Button>
            <Button type="button" variant="secondary" onClick={autosave.discard}>
              {t("autosave.discard")}
            </Button>
          </div>
        </div>
      )}

      {autosave.conflict && (
        <section role="alert" aria-labelledby="conflict-title" className="rounded border-2 border-red-700 bg-red-50 p-4">
          <h3 id="conflict-title" className="font-semibold">
            {t("conflict.title")}
          </h3>
          <p className="mt-1 text-sm">
            {t("conflict.body", { name: autosave.conflict.updatedBy ?? "—", time: new Date(autosave.conflict.updatedAt).toLocaleString() })}
          </p>
          <div className="mt-3 grid gap-4 md:grid-cols-2">
            <div>
              <h4 className="font-medium">{t("conflict.yours")}</h4>
              <p className="mt-1 whitespace-pre-wrap rounded border border-slate-300 bg-white p-2 text-sm" data-testid="conflict-mine">
                {draft.value ? `${valueOptions.find((o) => o.value === draft.value)?.label ?? draft.value} — ` : ""}
                {draft.explanation}
              </p>
            </div>
            <div>
              <h4 className="font-medium">{t("conflict.theirs")}</h4>
              <p className="mt-1 whitespace-pre-wrap rounded border border-slate-300 bg-white p-2 text-sm" data-testid="conflict-theirs">
                {autosave.conflict.value ? `${valueOptions.find((o) => o.value === autosave.conflict!.value)?.label ?? autosave.conflict.value} — ` : ""}
                {autosave.conflict.explanation}
              </p>
            </div>
          </div>
          <div className="mt-3 flex gap-3">
            <Button type="button" onClick={() => autosave.resolve("mine")}>
              {t("conflict.keepMine")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => autosave.resolve("theirs")}>
              {t("conflict.takeTheirs")}
            </Button>
          </div>
        </section>
      )}

      <fieldset disabled={!editable} className="flex flex-col gap-6">
        {props.answerType === "YES_PARTIAL_NO" || props.answerType === "SINGLE_CHOICE" ? (
          <fieldset className="flex flex-col gap-2">
            <legend className="font-medium">{t("answer.value")}</legend>
            <div className="flex flex-wrap gap-x-6 gap-y-2">
              {valueOptions.map((option) => (
                <label key={option.value} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="value"
                    value={option.value}
                    checked={draft.value === option.value}
                    onChange={() => change({ value: option.value })}
                    className="h-5 w-5"
                  />
                  {option.label}
                </label>
              ))}
            </div>
          </fieldset>
        ) : (
          <div className="flex flex-col gap-1">
            <label htmlFor="answer-value" className="font-medium">
              {t("answer.value")}
            </label>
            {props.answerType === "NUMBER" ? (
              <input
                id="answer-value"
                inputMode="decimal"
                value={draft.value ?? ""}
                onChange={(event) => change({ value: event.target.value })}
                className="max-w-40 rounded border border-slate-400 px-3 py-2"
              />
            ) : (
              <textarea
                id="answer-value"
                rows={3}
                value={draft.value ?? ""}
                onChange={(event) => change({ value: event.target.value })}
                className="rounded border border-slate-400 px-3 py-2"
              />
            )}
          </div>
        )}

        <div className="flex flex-col gap-1">
          <label htmlFor="answer-explanation" className="font-medium">
            {t("answer.explanation")}
          </label>
          <p id="answer-explanation-hint" className="text-sm text-slate-600">
            {t("answer.explanationHint")}
          </p>
          <textarea
            id="answer-explanation"
            aria-describedby="answer-explanation-hint"
            rows={8}
            value={draft.explanation}
            onChange={(event) => change({ explanation: event.target.value })}
            className="rounded border border-slate-400 px-3 py-2"
          />
        </div>
      </fieldset>

      <p
        role="status"
        aria-live="polite"
        className={`text-sm ${autosave.status === "offline" || autosave.status === "expired" || autosave.status === "invalid" ? "font-semibold text-red-800" : "text-slate-700"}`}
        data-testid="autosave-status"
      >
        {statusText}
      </p>

      <section aria-labelledby="sources-heading" className="flex flex-col gap-3">
        <h3 id="sources-heading" className="text-lg font-semibold">
          {t("answer.sources")} {props.evidenceRequired && <span className="text-sm font-normal text-slate-700">({t("answer.evidenceRequired")})</span>}
        </h3>
        {cited.length === 0 ? (
          <p>{t("answer.noSources")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {cited.map((source) => (
              <li key={source.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-300 bg-white p-3">
                <span>
                  <span className="font-medium">{source.title}</span> · {source.issuer}
                  {source.year ? `, ${source.year}` : ""}
                  {source.url && (
                    <>
                      {" · "}
                      <a href={source.url} className="text-brand-700 underline" rel="noreferrer noopener" target="_blank">
                        {t("answer.openSource")}
                      </a>
                    </>
                  )}
                </span>
                {source.hasDocument && (
                  <a href={`/api/sources/${source.id}/document`} className="text-brand-700 underline">
                    {t("document.download")}
                  </a>
                )}
                {editable && (
                  <Button type="button" variant="link" onClick={() => change({ sourceIds: draft.sourceIds.filter((id) => id !== source.id) })}>
                    {t("answer.uncite", { title: source.title })}
                  </Button>
                )}
                {editable && source.notOnline && source.canAttach && (
                  <div className="w-full">
                    <DocumentUpload
                      source={source}
                      onUploaded={() => setSources((list) => list.map((item) => (item.id === source.id ? { ...item, hasDocument: true } : item)))}
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        {editable && (
          <details
            className="rounded border border-slate-300 bg-white p-4"
            data-testid="source-picker"
            onToggle={(event) => {
              if (!event.currentTarget.open) return;
              if (picker === "failed") setPicker("loading");
              loadSources();
            }}
          >
            <summary className="cursor-pointer font-medium text-brand-700">{t("answer.picker.open")}</summary>
            <div className="mt-4">
              {picker === "loaded" && sources.every((source) => draft.sourceIds.includes(source.id)) ? (
                <p>{t("answer.picker.none")}</p>
              ) : picker === "loaded" ? (
                <div className="flex flex-wrap items-end gap-3">
                  <div className="flex flex-col gap-1">
                    <label htmlFor="filter-sources" className="font-medium">
                      {t("sources.search")}
                    </label>
                    <input
                      id="filter-sources"
                      type="search"
                      value={filter}
                      onChange={(event) => setFilter(event.target.value)}
                      className="w-64 rounded border border-slate-400 bg-white px-3 py-2"
                    />
                  </div>
                  <div className="flex flex-col gap-1">
                    <label htmlFor="pick-source" className="font-medium">
                      {t("answer.pickSource")}
                    </label>
                    <select
                      id="pick-source"
                      value={pick}
                      onChange={(event) => setPick(event.target.value)}
                      className="max-w-xl rounded border border-slate-400 bg-white px-3 py-2"
                    >
                      <option value="" />
                      {uncited.map((source) => (
                        <option key={source.id} value={source.id}>
                          {source.title}
                          {source.number ? ` (${source.number})` : ""}
                        </option>
                      ))}
                    </select>
                  </div>
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() => {
                      if (!pick) return;
                      change({ sourceIds: [...draft.sourceIds, pick] });
                      setPick("");
                    }}
                  >
                    {t("answer.cite")}
                  </Button>
                </div>
              ) : picker === "failed" ? (
                <div className="flex flex-wrap items-center gap-3">
                  <p role="alert" className="font-medium text-red-700">
                    {pickerError}
                  </p>
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() => {
                      setPicker("loading");
                      loadSources();
                    }}
                  >
                    {t("answer.picker.retry")}
                  </Button>
                </div>
              ) : (
                <p role="status">{t("answer.picker.loading")}</p>
              )}
            </div>
          </details>
        )}
        {editable && (
          <details className="rounded border border-slate-300 bg-white p-4">
            <summary className="cursor-pointer font-medium text-brand-700">{t("answer.addSource")}</summary>
            <div className="mt-4">
              <SourceForm
                assessmentId={props.assessmentId}
                action={props.actions.createSource}
                onCreated={(source) => {
                  setSources((list) => [...list, source]);
                  change({ sourceIds: [...draft.sourceIds, source.id] });
                }}
              />
            </div>
          </details>
        )}
      </section>

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-300 pt-4">
        <p>
          {t("answer.state")}: <span className="font-semibold">{t(`answerState.${state}`)}</span>
        </p>
        {editable ? (
          <Button type="button" disabled={busy || autosave.status === "saving"} onClick={() => runTransition("submit")}>
            {t("answer.submit")}
          </Button>
        ) : (
          allowsEvent(state, "withdraw") && (
            <Button type="button" variant="secondary" disabled={busy} onClick={() => runTransition("withdraw")}>
              {t("answer.withdraw")}
            </Button>
          )
        )}
        {transitionError && (
          <p role="alert" className="font-medium text-red-700">
            {transitionError}
          </p>
        )}
        <p role="status" className="text-green-800">
          {announce}
        </p>
      </div>
    </div>
  );
}
