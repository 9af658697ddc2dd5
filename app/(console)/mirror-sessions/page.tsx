import { MirrorSessionsConsole } from "@/components/mirror-sessions/mirror-sessions-console";
import { pageTitle, ResourcePage } from "@/components/shell/resource-page";

export const generateMetadata = () => pageTitle("mirrorSessions.title");

/** The region, search, filter and sort are read from the URL by the console (lib/url-state). */
export default function MirrorSessionsPage() {
  return (
    <ResourcePage titleKey="mirrorSessions.title" introKey="mirrorSessions.placeholder">
      <MirrorSessionsConsole />
    </ResourcePage>
  );
}
