"use client";
// Attach a copy of a source that is not online: a PDF or office file, checked on the server by its content.
import { useId, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";

export function DocumentUpload({ source, onUploaded }: { source: { id: string; title: string; hasDocument: boolean }; onUploaded: () => void }) {
  const t = useT();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <form
      className="mt-2 flex flex-wrap items-end gap-3"
      onSubmit={async (event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        setBusy(true);
        setError(null);
        setStatus(null);
        try {
          const response = await fetch(`/api/sources/${source.id}/document`, { method: "POST", body: data });
          if (response.ok) {
            setStatus(t("document.uploaded"));
            onUploaded();
          } else {
            const body = (await response.json().catch(() => ({}))) as { title?: string };
            setError(body.title ?? t("error.generic"));
          }
        } catch {
          setError(t("autosave.offline"));
        } finally {
          setBusy(false);
        }
      }}
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          {t("document.attach", { title: source.title })}
        </label>
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {t("document.hint")}
        </p>
        <input
          id={id}
          name="file"
          type="file"
          required
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp"
          className="text-sm"
        />
        {error && (
          <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
            {error}
          </p>
        )}
      </div>
      <Button type="submit" variant="secondary" disabled={busy}>
        {t("document.upload")}
      </Button>
      <p role="status" className="text-sm text-green-800">
        {status}
      </p>
    </form>
  );
}
