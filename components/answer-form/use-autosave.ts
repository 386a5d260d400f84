"use client";
// Autosave for one answer: debounced saves that carry the version they were based on, a copy of every
// keystroke in localStorage until the server has it, retries when the connection comes back, and a
// conflict (never an overwrite) when someone else saved first.
import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { ActionState } from "@/lib/action";
import type { CurrentAnswer, SaveResult } from "@/lib/domain/answer/service";
import type { AnswerState } from "@/lib/generated/prisma/enums";
import { draftKey } from "./local-drafts";

export type AnswerDraft = { value: string | null; explanation: string; sourceIds: string[] };
export type AutosaveStatus = "idle" | "saving" | "saved" | "offline" | "expired" | "invalid" | "conflict";

type SaveFn = (input: AnswerDraft & { assessmentId: string; indicatorId: string; baseVersion: number }) => Promise<ActionState<SaveResult>>;

const DEBOUNCE_MS = 800;
const RETRY_MS = 10_000;

const same = (a: AnswerDraft, b: AnswerDraft) =>
  (a.value ?? "") === (b.value ?? "") && a.explanation === b.explanation && [...a.sourceIds].sort().join() === [...b.sourceIds].sort().join();

function readStored(key: string, initial: AnswerDraft): AnswerDraft | null {
  const stored = window.localStorage.getItem(key);
  if (!stored) return null;
  try {
    const parsed = JSON.parse(stored) as AnswerDraft;
    return same(parsed, initial) ? null : parsed;
  } catch {
    return null;
  }
}

export function useAutosave(options: {
  userId: string;
  assessmentId: string;
  indicatorId: string;
  initial: AnswerDraft & { version: number; answerId: string | null };
  save: SaveFn;
  /** The answer's state after each save (a first save moves it from not started to draft). */
  onSaved?: (state: AnswerState) => void;
}) {
  const { assessmentId, indicatorId, save } = options;
  const storageKey = draftKey(options.userId, assessmentId, indicatorId);
  const [draft, setDraft] = useState<AnswerDraft>(options.initial);
  const [version, setVersion] = useState(options.initial.version);
  const [answerId, setAnswerId] = useState(options.initial.answerId);
  const answerIdRef = useRef(options.initial.answerId);
  const [status, setStatus] = useState<AutosaveStatus>("idle");
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [conflict, setConflict] = useState<CurrentAnswer | null>(null);
  // Unsaved text from an earlier visit (offline, expired session, closed tab) is offered back. The editor
  // renders only in the browser, so localStorage can be read while the state is created.
  const [restorable, setRestorable] = useState<AnswerDraft | null>(() => readStored(storageKey, options.initial));
  const [fieldError, setFieldError] = useState<string | null>(null);

  const draftRef = useRef(draft);
  const versionRef = useRef(version);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const pending = useRef(false);

  const run = async () => {
    if (inFlight.current) {
      pending.current = true;
      return;
    }
    inFlight.current = true;
    const sent = draftRef.current;
    setStatus("saving");
    try {
      const result = await save({ assessmentId, indicatorId, baseVersion: versionRef.current, ...sent });
      if (result?.ok && result.data.status === "saved") {
        versionRef.current = result.data.version;
        setVersion(result.data.version);
        answerIdRef.current = result.data.answerId;
        setAnswerId(result.data.answerId);
        setSavedAt(result.data.savedAt);
        options.onSaved?.(result.data.state);
        setFieldError(null);
        if (same(sent, draftRef.current)) {
          window.localStorage.removeItem(storageKey);
          setStatus("saved");
        }
      } else if (result?.ok && result.data.status === "conflict") {
        setConflict(result.data.current);
        setStatus("conflict");
      } else if (result && !result.ok) {
        if (result.formError === "login.expired") setStatus("expired");
        else {
          setFieldError(result.formError ?? Object.values(result.fieldErrors ?? {})[0]?.[0] ?? "error.generic");
          setStatus("invalid");
        }
      }
    } catch {
      setStatus("offline"); // the request never reached the server; the text is in localStorage
    } finally {
      inFlight.current = false;
      if (pending.current) {
        pending.current = false;
        void run();
      }
    }
  };

  const change = (patch: Partial<AnswerDraft>) => {
    const next = { ...draftRef.current, ...patch };
    draftRef.current = next;
    setDraft(next);
    window.localStorage.setItem(storageKey, JSON.stringify(next));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(), DEBOUNCE_MS);
  };

  // Try again when the connection returns, and every few seconds while it is down.
  const onRetry = useEffectEvent(() => void run());
  useEffect(() => {
    if (status !== "offline") return;
    const retry = () => onRetry();
    window.addEventListener("online", retry);
    const interval = setInterval(retry, RETRY_MS);
    return () => {
      window.removeEventListener("online", retry);
      clearInterval(interval);
    };
  }, [status]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const restore = () => {
    if (restorable) change(restorable);
    setRestorable(null);
  };

  const discard = () => {
    window.localStorage.removeItem(storageKey);
    setRestorable(null);
  };

  /** Resolve a conflict: keep mine (saved on top of theirs) or take theirs. */
  const resolve = (choice: "mine" | "theirs") => {
    if (!conflict) return;
    versionRef.current = conflict.version;
    setVersion(conflict.version);
    setConflict(null);
    if (choice === "mine") {
      void run();
    } else {
      const theirs = { value: conflict.value, explanation: conflict.explanation, sourceIds: conflict.sourceIds };
      draftRef.current = theirs;
      setDraft(theirs);
      window.localStorage.removeItem(storageKey);
      setStatus("saved");
    }
  };

  /** After a submit or withdraw elsewhere on the page moved the version on. */
  const adoptVersion = (next: number) => {
    versionRef.current = next;
    setVersion(next);
  };

  /** Saves now whatever is not saved yet; resolves with the version and answer the server has. */
  const flush = async () => {
    clearTimeout(timer.current);
    if (window.localStorage.getItem(storageKey) !== null) await run();
    return { version: versionRef.current, answerId: answerIdRef.current };
  };

  return { draft, version, answerId, flush, status, savedAt, conflict, restorable, fieldError, change, restore, discard, resolve, adoptVersion, saveNow: run };
}
