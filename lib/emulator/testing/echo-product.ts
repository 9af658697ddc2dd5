import { defineProduct } from "../core/product";

/** A product that answers a few catalog operations by echoing their input: isolates gateway tests from models. */
export const echoProduct = defineProduct<{ calls: number }, { state: { calls: number } }>({
  key: "echo",
  seed: () => ({ calls: 0 }),
  backend: (state) => ({ state }),
  handlers: Object.fromEntries(
    [
      "aliyun.vpc.ConnectRouterInterface",
      "aliyun.vpc.DescribeRouterInterfaces",
      "aliyun.ecs.DescribeNetworkInterfaces",
      "volcengine.vpc.DescribeTrafficMirrorSessions",
      "volcengine.vpc.DescribeNetworkInterfaces",
      "volcengine.live.UpdateRelaySourceV3",
    ].map((id) => [
      id,
      (input: Record<string, unknown>, backend: { state: { calls: number } }) => {
        backend.state.calls += 1;
        return { Echo: input };
      },
    ]),
  ),
  aliases: [
    {
      cloud: "aliyun",
      version: "2014-05-26",
      action: "ConnectRouterInterface",
      target: "aliyun.vpc.ConnectRouterInterface",
    },
  ],
});
