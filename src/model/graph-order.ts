/**
 * Depth-first order of a directed graph without recursion, so a call chain thousands
 * of services deep is walked like a short one. Every walk over service calls builds
 * on this: callees come before their callers in `postOrder`, and an edge that closes
 * a cycle is a back edge, which walks cut.
 */

export interface Edge<E> {
  to: string;
  edge: E;
}

export interface GraphOrder<E> {
  /** Every node reached, each after everything it reaches (except through back edges). */
  postOrder: string[];
  /** Edges that lead back to a node on the current path, i.e. close a cycle. */
  backEdges: Set<E>;
}

/**
 * Walks from each root in turn; `out` gives a node's edges (an edge to a node `out`
 * knows nothing about is followed like any other and ends there). `onBackEdge` sees
 * the path from the walk's root down to the node whose edge closes the cycle.
 */
export function depthFirst<E>(
  roots: Iterable<string>,
  out: (node: string) => ReadonlyArray<Edge<E>>,
  onBackEdge?: (edge: E, path: readonly string[], to: string) => void,
): GraphOrder<E> {
  const state = new Map<string, 'active' | 'done'>();
  const postOrder: string[] = [];
  const backEdges = new Set<E>();
  const path: string[] = [];
  const next: number[] = [];
  const edges: Array<ReadonlyArray<Edge<E>>> = [];
  const enter = (node: string): void => {
    state.set(node, 'active');
    path.push(node);
    next.push(0);
    edges.push(out(node));
  };
  for (const root of roots) {
    if (state.has(root)) continue;
    enter(root);
    while (path.length > 0) {
      const top = path.length - 1;
      const list = edges[top]!;
      const i = next[top]!;
      if (i === list.length) {
        const node = path.pop()!;
        next.pop();
        edges.pop();
        state.set(node, 'done');
        postOrder.push(node);
        continue;
      }
      next[top] = i + 1;
      const { to, edge } = list[i]!;
      const seen = state.get(to);
      if (seen === 'active') {
        backEdges.add(edge);
        onBackEdge?.(edge, path, to);
      } else if (seen === undefined) {
        enter(to);
      }
    }
  }
  return { postOrder, backEdges };
}
