// Buttons in the house style; `variant` picks the weight.
import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-900 disabled:opacity-60",
  secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100",
  link: "text-brand-700 underline hover:text-brand-900",
} as const;

export function Button({ variant = "primary", className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS }) {
  const base = variant === "link" ? "" : "rounded px-4 py-2 font-medium";
  return <button className={`${base} ${VARIANTS[variant]} ${className}`} {...props} />;
}
