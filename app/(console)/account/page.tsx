import { AccountSettings } from "@/components/auth/account-settings";
import { pageTitle, ResourcePage } from "@/components/shell/resource-page";
import { requirePageActor } from "@/lib/auth/page-guard";
import { getT } from "@/lib/i18n/server";

export const generateMetadata = () => pageTitle("auth.account.title");

export default async function AccountPage() {
  const actor = await requirePageActor();
  const t = await getT();
  return (
    <ResourcePage titleKey="auth.account.title" introKey="auth.account.intro">
      <p className="text-sm">
        {t("auth.account.signedInAs", { email: actor.email, role: t(`auth.role.${actor.role}`) })}
      </p>
      <AccountSettings />
    </ResourcePage>
  );
}
