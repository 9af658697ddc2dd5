import { DetailPage, detailTitle, segment } from "@/components/resource-page/detail-page";
import { RouterInterfaceDetail } from "@/components/resource-page/router-interface-detail";

type Params = { params: Promise<{ region: string; id: string }> };

export async function generateMetadata({ params }: Params) {
  return detailTitle("shell.nav.routerInterfaces", segment((await params).id));
}

/** One router interface's own page (resourceHref "router-interface"). */
export default async function RouterInterfacePage({ params }: Params) {
  const { region: rawRegion, id: rawId } = await params;
  const [region, id] = [segment(rawRegion), segment(rawId)];
  return (
    <DetailPage
      listKey="shell.nav.routerInterfaces"
      listHref="/router-interfaces"
      parents={[{ label: region, href: `/router-interfaces?region=${encodeURIComponent(region)}` }]}
      title={id}
    >
      <RouterInterfaceDetail region={region} id={id} />
    </DetailPage>
  );
}
