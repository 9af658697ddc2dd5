import { DetailPage, detailTitle, segment } from "@/components/resource-page/detail-page";
import { MulticastSourceDetail } from "@/components/resource-page/multicast-source-detail";

type Params = { params: Promise<{ region: string; domainId: string; groupIp: string; eni: string }> };

export async function generateMetadata({ params }: Params) {
  const { groupIp, eni } = await params;
  return detailTitle("shell.nav.multicastSources", `${segment(eni)} → ${segment(groupIp)}`);
}

/** One multicast source's own page (resourceHref "multicast-source"): an ENI sending to one group of a domain. */
export default async function MulticastSourcePage({ params }: Params) {
  const raw = await params;
  const [region, domainId, groupIp, eni] = [
    segment(raw.region),
    segment(raw.domainId),
    segment(raw.groupIp),
    segment(raw.eni),
  ];
  return (
    <DetailPage
      listKey="shell.nav.multicastSources"
      listHref="/multicast-sources"
      parents={[
        { label: region, href: `/multicast-sources?region=${encodeURIComponent(region)}` },
        { label: domainId },
        { label: groupIp },
      ]}
      title={eni}
    >
      <MulticastSourceDetail region={region} domainId={domainId} groupIp={groupIp} eni={eni} />
    </DetailPage>
  );
}
