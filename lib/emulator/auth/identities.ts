/** The identities the emulator accepts: a key (auth/emulator-keys.ts) and the account it belongs to. */
export interface Identity {
  accessKeyId: string;
  secret: string;
  /** Alibaba UID / Volcengine account id the key belongs to. */
  accountId: string;
}

export interface IdentityBook {
  aliyun(accessKeyId: string): Identity | undefined;
  volc(accessKeyId: string): Identity | undefined;
}

/** The demo accounts. Alibaba UIDs are 16 digits; Volcengine account ids 10. */
export const ALIYUN_ACCOUNT_ID = "1688123456789012";
export const VOLC_ACCOUNT_ID = "2100123456";

export function identityBook(
  aliyun: { accessKeyId: string; secret: string },
  volc: { accessKeyId: string; secret: string },
): IdentityBook {
  const aliyunIdentity: Identity = { ...aliyun, accountId: ALIYUN_ACCOUNT_ID };
  const volcIdentity: Identity = { ...volc, accountId: VOLC_ACCOUNT_ID };
  return {
    aliyun: (id) => (id === aliyun.accessKeyId ? aliyunIdentity : undefined),
    volc: (id) => (id === volc.accessKeyId ? volcIdentity : undefined),
  };
}
