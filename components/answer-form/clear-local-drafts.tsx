"use client";
// Placed inside the sign-out form: signing out removes the answer text kept in this browser.
import { useEffect, useRef } from "react";
import { clearLocalDrafts } from "./local-drafts";

export function ClearLocalDrafts() {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    const clear = () => clearLocalDrafts();
    form.addEventListener("submit", clear);
    return () => form.removeEventListener("submit", clear);
  }, []);
  return <input ref={ref} type="hidden" name="clearDrafts" value="1" />;
}
