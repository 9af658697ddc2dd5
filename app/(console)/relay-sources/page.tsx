import { RelaySourcesConsole } from "@/components/relay-sources/relay-sources-console";
import { pageTitle, ResourcePage } from "@/components/shell/resource-page";

export const generateMetadata = () => pageTitle("relaySources.title");

/** No region picker: Live has a single control-plane region (docs/cloud-apis.md §5.1). */
export default function RelaySourcesPage() {
  return (
    <ResourcePage titleKey="relaySources.title" introKey="relaySources.placeholder">
      <RelaySourcesConsole />
    </ResourcePage>
  );
}
