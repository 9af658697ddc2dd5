import { defineMessages } from "../define-messages";

/** Words used across areas: cloud names, backend modes. */
export const commonMessages = defineMessages({
  en: {
    "common.productName": "CloudNet Console",
    "common.cloud.aliyun": "Alibaba Cloud",
    "common.cloud.volcengine": "Volcengine",
    "common.mode.emulator": "Emulator",
    "common.mode.cloud": "Cloud",
  },
  "zh-CN": {
    "common.productName": "CloudNet 控制台",
    "common.cloud.aliyun": "阿里云",
    "common.cloud.volcengine": "火山引擎",
    "common.mode.emulator": "模拟器",
    "common.mode.cloud": "云端",
  },
});
