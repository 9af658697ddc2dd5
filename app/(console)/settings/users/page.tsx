import { UsersAdmin } from "@/components/auth/users-admin";
import { pageTitle, ResourcePage } from "@/components/shell/resource-page";
import { requirePageActor } from "@/lib/auth/page-guard";
import { getT } from "@/lib/i18n/server";

export const generateMetadata = () => pageTitle("auth.users.title");

/** /settings/users: administrators add people, change roles, disable and sign them out (better-auth's admin API). */
export default async function UsersPage() {
  const actor = await requirePageActor();
  const t = await getT();
  return (
    <ResourcePage titleKey="auth.users.title" introKey="auth.users.intro">
      {actor.role === "admin" ? (
        <UsersAdmin self={actor.email} />
      ) : (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {t("auth.users.forbidden")}
        </p>
      )}
    </ResourcePage>
  );
}
