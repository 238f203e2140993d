// Reordering a queue keeps its slot times and moves the posts between them: pure.

export interface Placed {
  postId: string;
  at: number;
}

/**
 * Moves the post at `from` to `to` (drag, or one step by keyboard) and hands out the queue's
 * times in the new order. Returns only the posts whose time changed.
 */
export function moveInQueue(queue: readonly Placed[], from: number, to: number): Placed[] {
  if (from === to || !queue[from] || !queue[to]) return [];
  const order = queue.map((entry) => entry.postId);
  const [moved] = order.splice(from, 1);
  order.splice(to, 0, moved!);
  return reassign(queue, order);
}

/** A random order over the same times; `random` is injected so tests can repeat it. */
export function shuffleQueue(queue: readonly Placed[], random: () => number): Placed[] {
  const order = queue.map((entry) => entry.postId);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return reassign(queue, order);
}

function reassign(queue: readonly Placed[], order: string[]): Placed[] {
  const times = queue.map((entry) => entry.at).sort((a, b) => a - b);
  return order
    .map((postId, index) => ({ postId, at: times[index]! }))
    .filter((placed) => queue.find((entry) => entry.postId === placed.postId)!.at !== placed.at);
}
