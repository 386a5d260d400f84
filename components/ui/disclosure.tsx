"use client";
// A button that shows what it hides (a form, usually) and moves the keyboard focus into it. What is hidden is
// not rendered until asked for, so a page with many such forms stays light.
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Button } from "./button";

/** `children` may be a function (from client components): then a long list is not even built until opened. */
export function Disclosure({
  label,
  children,
  variant = "secondary",
}: {
  label: string;
  children: ReactNode | (() => ReactNode);
  variant?: "primary" | "secondary" | "link";
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select, button")?.focus();
  }, [open]);
  return (
    <div>
      <Button type="button" variant={variant} aria-expanded={open} aria-controls={id} onClick={() => setOpen((value) => !value)}>
        {label}
      </Button>
      <div id={id} ref={panel} hidden={!open} className="mt-2">
        {open && (typeof children === "function" ? children() : children)}
      </div>
    </div>
  );
}
