import type { Metadata } from "next";
import { PlaceholderPage } from "@/components/shell/placeholder-page";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("shell.notFound.title") };
}

/** Replaces Next's built-in English 404 so the message follows the chosen language, inside the shell. */
export default function NotFound() {
  return <PlaceholderPage titleKey="shell.notFound.title" descriptionKey="shell.notFound.body" />;
}
