import { MirrorSessionsConsole } from "@/components/mirror-sessions/mirror-sessions-console";
import { pageTitle, ResourcePage } from "@/components/shell/resource-page";
import { initialRegion } from "@/lib/regions";

export const generateMetadata = () => pageTitle("mirrorSessions.title");

export default async function MirrorSessionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const { region } = await searchParams;
  return (
    <ResourcePage titleKey="mirrorSessions.title" introKey="mirrorSessions.placeholder">
      <MirrorSessionsConsole initialRegion={initialRegion("volcengine", region)} />
    </ResourcePage>
  );
}
