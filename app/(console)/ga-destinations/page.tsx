import { GaDestinationsConsole } from "@/components/ga-destinations/ga-destinations-console";
import { parseSelection } from "@/components/ga-destinations/ga-selection";
import { pageTitle, ResourcePage } from "@/components/shell/resource-page";

export const generateMetadata = () => pageTitle("gaDestinations.title");

export default async function GaDestinationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  return (
    <ResourcePage titleKey="gaDestinations.title" introKey="gaDestinations.placeholder">
      <GaDestinationsConsole initialSelection={parseSelection(await searchParams)} />
    </ResourcePage>
  );
}
