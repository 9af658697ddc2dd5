import { DetailPage, detailTitle, segment } from "@/components/resource-page/detail-page";
import { MirrorSessionDetail } from "@/components/resource-page/mirror-session-detail";

type Params = { params: Promise<{ region: string; id: string }> };

export async function generateMetadata({ params }: Params) {
  return detailTitle("shell.nav.mirrorSessions", segment((await params).id));
}

/** One traffic-mirror session's own page (resourceHref "mirror-session"). */
export default async function MirrorSessionPage({ params }: Params) {
  const { region: rawRegion, id: rawId } = await params;
  const [region, id] = [segment(rawRegion), segment(rawId)];
  const listHref = `/mirror-sessions?region=${encodeURIComponent(region)}`;
  return (
    <DetailPage
      listKey="shell.nav.mirrorSessions"
      listHref="/mirror-sessions"
      parents={[{ label: region, href: listHref }]}
      title={id}
    >
      <MirrorSessionDetail region={region} id={id} />
    </DetailPage>
  );
}
