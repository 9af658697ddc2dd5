import { DetailPage, detailTitle, segment } from "@/components/resource-page/detail-page";
import { RelaySourceDetail } from "@/components/resource-page/relay-source-detail";

type Props = {
  params: Promise<{ vhost: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export async function generateMetadata({ params, searchParams }: Props) {
  const app = one((await searchParams).app);
  const vhost = segment((await params).vhost);
  return detailTitle("shell.nav.relaySources", app ? `${vhost}/${app}` : vhost);
}

/** A vhost's relay origins, or one app's (resourceHref "relay-source"): `?app=` and `?group=` narrow it. */
export default async function RelaySourcePage({ params, searchParams }: Props) {
  const vhost = segment((await params).vhost);
  const query = await searchParams;
  const [app, group] = [one(query.app), one(query.group)];
  const title = app ? `${vhost}/${app}` : vhost;
  return (
    <DetailPage
      listKey="shell.nav.relaySources"
      listHref="/relay-sources"
      parents={app ? [{ label: vhost, href: `/relay-sources/${encodeURIComponent(vhost)}` }] : []}
      title={group ? `${title} · ${group}` : title}
    >
      <RelaySourceDetail key={`${vhost}/${app ?? ""}/${group ?? ""}`} vhost={vhost} app={app} group={group} />
    </DetailPage>
  );
}
