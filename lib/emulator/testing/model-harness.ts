import { ManualClock } from "../core/clock";
import { MemoryStore } from "../core/persistence";
import type { AnyProduct } from "../core/product";
import { TransitionEngine, type TransitionMode } from "../core/transitions";
import { World } from "../core/world";
import { products as allProducts } from "../products";

/**
 * A seeded world without HTTP, for model unit tests: call backends directly, move the clock, switch
 * transition modes, flip account flags.
 */
export function modelHarness(
  options: { transitions?: TransitionMode; products?: readonly AnyProduct[] } = {},
) {
  const clock = new ManualClock();
  const transitions = new TransitionEngine(clock, options.transitions ?? { mode: "timed", ms: 3000 });
  const store = new MemoryStore();
  const world = new World(options.products ?? allProducts, clock, transitions, store);
  world.open();
  return { world, clock, transitions, store, backend: <T>(key: string) => world.backend<T>(key) };
}
