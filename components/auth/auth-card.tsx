import type { ReactNode } from "react";

/** The centred frame of the pages people see before they are signed in. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-4 px-4 py-10">
      <h1 className="text-xl font-semibold">{title}</h1>
      {children}
    </main>
  );
}
