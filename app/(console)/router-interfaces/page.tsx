import { RouterInterfacesConsole } from "@/components/router-interfaces/router-interfaces-console";
import { pageTitle, ResourcePage } from "@/components/shell/resource-page";

export const generateMetadata = () => pageTitle("routerInterfaces.title");

/** The region, the open pair, search, filter and sort are read from the URL by the console (lib/url-state). */
export default function RouterInterfacesPage() {
  return (
    <ResourcePage titleKey="routerInterfaces.title" introKey="routerInterfaces.placeholder">
      <RouterInterfacesConsole />
    </ResourcePage>
  );
}
