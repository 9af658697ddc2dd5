import type { ComponentProps } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost";

// White text stays above 4.5:1 in both themes: sky-600 under it measured 4.0:1 (Lighthouse, zh-CN dark).
const variants: Record<Variant, string> = {
  primary: "bg-sky-700 text-white hover:bg-sky-800 disabled:bg-sky-700/50 dark:hover:bg-sky-800",
  secondary:
    "border border-neutral-300 bg-white text-neutral-900 hover:bg-neutral-50 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100 dark:hover:bg-neutral-800",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-red-700/50",
  ghost: "text-sky-800 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-neutral-800",
};

// ComponentProps carries `ref` (a plain prop in React 19), so a caller can move focus to a button.
export function Button({
  variant = "primary",
  className = "",
  type = "button",
  ...props
}: ComponentProps<"button"> & { variant?: Variant }) {
  return (
    <button
      type={type}
      className={`inline-flex items-center justify-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed ${variants[variant]} ${className}`}
      {...props}
    />
  );
}
