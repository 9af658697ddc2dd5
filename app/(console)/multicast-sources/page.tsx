import { MulticastSourcesConsole } from "@/components/multicast-sources/multicast-sources-console";
import { pageTitle, ResourcePage } from "@/components/shell/resource-page";

export const generateMetadata = () => pageTitle("multicastSources.title");

/** The region, domain, search, filter and sort are read from the URL by the console (lib/url-state). */
export default function MulticastSourcesPage() {
  return (
    <ResourcePage titleKey="multicastSources.title" introKey="multicastSources.placeholder">
      <MulticastSourcesConsole />
    </ResourcePage>
  );
}
