import { notFound } from "next/navigation";

// Unknown paths render the 404 inside the signed-in shell (app/(console)/not-found.tsx), section still current.
export default function Missing() {
  notFound();
}
