import { DetailPage, detailTitle, segment } from "@/components/resource-page/detail-page";
import { GaDestinationDetail } from "@/components/resource-page/ga-destination-detail";

type Params = {
  params: Promise<{ acceleratorId: string; listenerId: string; groupId: string; destinationId: string }>;
};

export async function generateMetadata({ params }: Params) {
  return detailTitle("shell.nav.gaDestinations", segment((await params).destinationId));
}

/** One GA custom-routing destination's own page (resourceHref "ga-destination"). */
export default async function GaDestinationPage({ params }: Params) {
  const raw = await params;
  const [acceleratorId, listenerId, groupId, destinationId] = [
    segment(raw.acceleratorId),
    segment(raw.listenerId),
    segment(raw.groupId),
    segment(raw.destinationId),
  ];
  return (
    <DetailPage
      listKey="shell.nav.gaDestinations"
      listHref="/ga-destinations"
      parents={[
        {
          label: acceleratorId,
          href: `/ga-destinations?${new URLSearchParams({ accelerator: acceleratorId })}`,
        },
        {
          label: listenerId,
          href: `/ga-destinations?${new URLSearchParams({ accelerator: acceleratorId, listener: listenerId })}`,
        },
        {
          label: groupId,
          href: `/ga-destinations?${new URLSearchParams({ accelerator: acceleratorId, listener: listenerId, group: groupId })}`,
        },
      ]}
      title={destinationId}
    >
      <GaDestinationDetail
        acceleratorId={acceleratorId}
        listenerId={listenerId}
        groupId={groupId}
        destinationId={destinationId}
      />
    </DetailPage>
  );
}
