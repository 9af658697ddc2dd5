import { describe, expect, it } from "vitest";
import {
  alibabaCredentials,
  backendMode,
  missingCredentialVariables,
  MissingCredentialsError,
  volcengineCredentials,
} from "./credentials";

const REAL = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAIreal",
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: "real-ali-secret",
  VOLCENGINE_ACCESS_KEY: "AKLTreal",
  VOLCENGINE_SECRET_KEY: "real-volc-secret",
};

describe("backendMode", () => {
  it("is cloud only for CLOUD_MODE=cloud", () => {
    expect(backendMode({ CLOUD_MODE: "cloud" })).toBe("cloud");
    expect(backendMode({})).toBe("emulator");
    expect(backendMode({ CLOUD_MODE: "emulator" })).toBe("emulator");
    expect(backendMode({ CLOUD_MODE: "production" })).toBe("emulator");
  });
});

describe("cloud mode", () => {
  it("reads the vendor variables, with optional STS tokens", () => {
    expect(alibabaCredentials({ ...REAL, CLOUD_MODE: "cloud" })).toEqual({
      accessKeyId: "LTAIreal",
      accessKeySecret: "real-ali-secret",
    });
    expect(volcengineCredentials({ ...REAL, CLOUD_MODE: "cloud", VOLCENGINE_SESSION_TOKEN: "tok" })).toEqual({
      accessKeyId: "AKLTreal",
      secretAccessKey: "real-volc-secret",
      sessionToken: "tok",
    });
    expect(
      alibabaCredentials({ ...REAL, CLOUD_MODE: "cloud", ALIBABA_CLOUD_SECURITY_TOKEN: "sts" }).securityToken,
    ).toBe("sts");
  });

  it("names exactly the missing variables (empty counts as missing) and never a value", () => {
    const env = {
      CLOUD_MODE: "cloud",
      ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAIreal",
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: " ",
    };
    let thrown: unknown;
    try {
      alibabaCredentials(env);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(MissingCredentialsError);
    expect((thrown as MissingCredentialsError).missing).toEqual(["ALIBABA_CLOUD_ACCESS_KEY_SECRET"]);
    expect((thrown as Error).message).toContain("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    expect((thrown as Error).message).not.toContain("LTAIreal");
    expect(() => volcengineCredentials({ CLOUD_MODE: "cloud" })).toThrow(
      /VOLCENGINE_ACCESS_KEY, VOLCENGINE_SECRET_KEY$/,
    );
    expect(missingCredentialVariables({ CLOUD_MODE: "cloud", VOLCENGINE_SECRET_KEY: "x" })).toEqual([
      "ALIBABA_CLOUD_ACCESS_KEY_ID",
      "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
      "VOLCENGINE_ACCESS_KEY",
    ]);
  });
});

describe("emulator mode", () => {
  it("uses the emulator's demo identity and never the real keys", () => {
    expect(alibabaCredentials(REAL)).toEqual({
      accessKeyId: "LTAIemulator",
      accessKeySecret: "emulator-secret",
    });
    expect(volcengineCredentials(REAL)).toEqual({
      accessKeyId: "AKLTemulator",
      secretAccessKey: "emulator-secret",
    });
    expect(missingCredentialVariables({})).toEqual([]);
  });

  it("honours the EMULATOR_* overrides", () => {
    const env = {
      EMULATOR_ALIBABA_ACCESS_KEY_ID: "LTAIx",
      EMULATOR_ALIBABA_ACCESS_KEY_SECRET: "sx",
      EMULATOR_VOLCENGINE_ACCESS_KEY: "AKLTy",
      EMULATOR_VOLCENGINE_SECRET_KEY: "sy",
    };
    expect(alibabaCredentials(env)).toEqual({ accessKeyId: "LTAIx", accessKeySecret: "sx" });
    expect(volcengineCredentials(env)).toEqual({ accessKeyId: "AKLTy", secretAccessKey: "sy" });
  });
});
