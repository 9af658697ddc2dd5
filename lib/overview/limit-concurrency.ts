/**
 * A gate that lets at most `limit` tasks run at once; the others start in the order they asked, as slots free up.
 * A finishing task hands its slot straight to the next waiter, so a late arrival cannot overtake the queue.
 */
export function limitConcurrency(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running < limit) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
