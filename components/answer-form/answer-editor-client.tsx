"use client";
// The answer editor renders only in the browser: it needs localStorage from its first render (unsaved text).
import dynamic from "next/dynamic";

export const AnswerEditorClient = dynamic(() => import("./answer-editor").then((module) => module.AnswerEditor), { ssr: false });
