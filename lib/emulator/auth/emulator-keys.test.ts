import { describe, expect, it } from "vitest";
import { alibabaCredentials, volcengineCredentials } from "@/lib/cloud/credentials";
import { DEFAULT_EMULATOR_PORT as CONSOLE_DEFAULT_PORT, emulatorPort } from "@/lib/cloud/emulator-identity";
import { DEFAULT_EMULATOR_PORT, listenPort } from "../listen-port";
import { emulatorIdentities } from "./emulator-keys";

/**
 * The emulator keeps its own demo keys and port (it plays the cloud); the console keeps its copies for emulator mode
 * (lib/cloud). Whatever the environment, the console must sign with keys the emulator accepts and call the port it
 * listens on.
 */
const environments = {
  "nothing set": {},
  "empty overrides": {
    EMULATOR_ALIBABA_ACCESS_KEY_ID: "",
    EMULATOR_VOLCENGINE_SECRET_KEY: "",
    EMULATOR_PORT: "",
  },
  "every override": {
    EMULATOR_ALIBABA_ACCESS_KEY_ID: "LTAIother",
    EMULATOR_ALIBABA_ACCESS_KEY_SECRET: "other-secret",
    EMULATOR_VOLCENGINE_ACCESS_KEY: "AKLTother",
    EMULATOR_VOLCENGINE_SECRET_KEY: "other-volc-secret",
    EMULATOR_PORT: "18790",
  },
};

describe("the console's emulator-mode identity and port match the emulator's own", () => {
  for (const [name, env] of Object.entries(environments)) {
    it(name, () => {
      const book = emulatorIdentities(env);
      const ali = alibabaCredentials(env);
      expect(book.aliyun(ali.accessKeyId)?.secret).toBe(ali.accessKeySecret);
      const volc = volcengineCredentials(env);
      expect(book.volc(volc.accessKeyId)?.secret).toBe(volc.secretAccessKey);
      expect(listenPort(env)).toBe(emulatorPort(env));
    });
  }

  it("the default port", () => {
    expect(DEFAULT_EMULATOR_PORT).toBe(CONSOLE_DEFAULT_PORT);
  });

  it("a port that is not one: the emulator refuses it as the console does", () => {
    expect(listenPort({ EMULATOR_PORT: "80a" })).toBeUndefined();
    expect(() => emulatorPort({ EMULATOR_PORT: "80a" })).toThrow(/EMULATOR_PORT/);
  });
});
