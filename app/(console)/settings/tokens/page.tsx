import { pageTitle, ResourcePage } from "@/components/shell/resource-page";
import { TokensSettings } from "@/components/tokens/tokens-settings";
import { requirePageActor } from "@/lib/auth/page-guard";

export const generateMetadata = () => pageTitle("tokens.page.title");

/** /settings/tokens: every signed-in person manages their own API tokens; administrators see everyone's. */
export default async function TokensPage() {
  const actor = await requirePageActor();
  return (
    <ResourcePage titleKey="tokens.page.title" introKey="tokens.page.intro">
      <TokensSettings role={actor.role} />
    </ResourcePage>
  );
}
