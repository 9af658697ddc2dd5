import { RouterInterfacesConsole } from "@/components/router-interfaces/router-interfaces-console";
import { pageTitle, ResourcePage } from "@/components/shell/resource-page";
import { initialRegion } from "@/lib/regions";

export const generateMetadata = () => pageTitle("routerInterfaces.title");

export default async function RouterInterfacesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const { region } = await searchParams;
  return (
    <ResourcePage titleKey="routerInterfaces.title" introKey="routerInterfaces.placeholder">
      <RouterInterfacesConsole initialRegion={initialRegion("aliyun", region)} />
    </ResourcePage>
  );
}
