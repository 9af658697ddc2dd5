import { auditMessages } from "./messages/audit";
import { authMessages } from "./messages/auth";
import { clarityMessages } from "./messages/clarity";
import { commonMessages } from "./messages/common";
import { gaDestinationsMessages } from "./messages/ga-destinations";
import { localeMessages } from "./messages/locale";
import { mirrorSessionsMessages } from "./messages/mirror-sessions";
import { multicastSourcesMessages } from "./messages/multicast-sources";
import { overviewMessages } from "./messages/overview";
import { relaySourcesMessages } from "./messages/relay-sources";
import { routerInterfacesMessages } from "./messages/router-interfaces";
import { shellMessages } from "./messages/shell";
import { tokensMessages } from "./messages/tokens";
import { tablesMessages } from "./messages/tables";
import { uiMessages } from "./messages/ui";
import { validationMessages } from "./messages/validation";
import { viewsMessages } from "./messages/views";
import type { Locale } from "./locales";

/**
 * Every area's catalog. To add an area: create `messages/<area>.ts` with `defineMessages` and list it
 * here; keys are prefixed with the area name so areas never collide (the catalog test checks it).
 */
export const AREAS = {
  common: commonMessages,
  auth: authMessages,
  audit: auditMessages,
  shell: shellMessages,
  overview: overviewMessages,
  multicastSources: multicastSourcesMessages,
  routerInterfaces: routerInterfacesMessages,
  mirrorSessions: mirrorSessionsMessages,
  gaDestinations: gaDestinationsMessages,
  relaySources: relaySourcesMessages,
  validation: validationMessages,
  ui: uiMessages,
  tokens: tokensMessages,
  locale: localeMessages,
  tables: tablesMessages,
  views: viewsMessages,
  clarity: clarityMessages,
} as const;

type Area = (typeof AREAS)[keyof typeof AREAS];
type KeysOf<A> = A extends { en: infer En } ? keyof En & string : never;

/** Every message key of the console; `t()` accepts only these. */
export type MessageKey = KeysOf<Area>;
export type Dictionary = Record<MessageKey, string>;

function merge(locale: Locale): Dictionary {
  return Object.assign({}, ...Object.values(AREAS).map((area) => area[locale])) as Dictionary;
}

export const DICTIONARIES: Record<Locale, Dictionary> = { en: merge("en"), "zh-CN": merge("zh-CN") };
