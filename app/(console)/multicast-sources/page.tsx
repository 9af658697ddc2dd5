import { MulticastSourcesConsole } from "@/components/multicast-sources/multicast-sources-console";
import { pageTitle, ResourcePage } from "@/components/shell/resource-page";
import { initialRegion } from "@/lib/regions";

export const generateMetadata = () => pageTitle("multicastSources.title");

export default async function MulticastSourcesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const { region } = await searchParams;
  return (
    <ResourcePage titleKey="multicastSources.title" introKey="multicastSources.placeholder">
      <MulticastSourcesConsole initialRegion={initialRegion("aliyun", region)} />
    </ResourcePage>
  );
}
