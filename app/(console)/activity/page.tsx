import { ActivityConsole } from "@/components/activity/activity-console";
import { filtersFrom } from "@/components/activity/activity-filters";
import { pageTitle, ResourcePage } from "@/components/shell/resource-page";

export const generateMetadata = () => pageTitle("audit.page.title");

/** /activity: the audit trail — who did what, what the cloud said, and how each operation ended. */
export default async function ActivityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return (
    <ResourcePage titleKey="audit.page.title" introKey="audit.page.intro">
      <ActivityConsole initialFilters={filtersFrom(await searchParams)} />
    </ResourcePage>
  );
}
