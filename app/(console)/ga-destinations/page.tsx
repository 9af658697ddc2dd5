import { GaDestinationsConsole } from "@/components/ga-destinations/ga-destinations-console";
import { pageTitle, ResourcePage } from "@/components/shell/resource-page";

export const generateMetadata = () => pageTitle("gaDestinations.title");

/** The accelerator → listener → group choice, search and sort are read from the URL by the console. */
export default function GaDestinationsPage() {
  return (
    <ResourcePage titleKey="gaDestinations.title" introKey="gaDestinations.placeholder">
      <GaDestinationsConsole />
    </ResourcePage>
  );
}
