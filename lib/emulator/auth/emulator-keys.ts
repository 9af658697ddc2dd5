import { emulatorAlibabaIdentity, emulatorVolcengineIdentity, type Env } from "@/lib/cloud/emulator-identity";
import { identityBook, type IdentityBook } from "./identities";

/** The demo keys (and their env overrides) from the module the console signs with, so both sides agree. */
export function emulatorIdentities(env: Env): IdentityBook {
  const aliyun = emulatorAlibabaIdentity(env);
  const volc = emulatorVolcengineIdentity(env);
  return identityBook(
    { accessKeyId: aliyun.accessKeyId, secret: aliyun.accessKeySecret },
    { accessKeyId: volc.accessKeyId, secret: volc.secretAccessKey },
  );
}
