import { describe, expect, it } from 'vitest';
import { depthFirst, type Edge } from '../../src/model/graph-order.js';

const graph = (edges: Record<string, string[]>) => (node: string): Array<Edge<string>> => (edges[node] ?? []).map((to) => ({ to, edge: `${node}→${to}` }));

describe('depth-first order without recursion', () => {
  it('puts every node after what it reaches, and reports the edges that close cycles with the path', () => {
    const seen: string[] = [];
    const order = depthFirst(['a'], graph({ a: ['b', 'c'], b: ['d'], c: ['d', 'a'], d: [] }), (edge, path, to) => seen.push(`${edge} via ${path.join('/')} to ${to}`));
    expect(order.postOrder).toEqual(['d', 'b', 'c', 'a']);
    expect([...order.backEdges]).toEqual(['c→a']);
    expect(seen).toEqual(['c→a via a/c to a']);
  });

  it('walks a chain of 200,000 nodes, far deeper than the call stack allows', () => {
    const n = 200_000;
    const order = depthFirst(['0'], (node) => (Number(node) + 1 < n ? [{ to: String(Number(node) + 1), edge: node }] : []));
    expect(order.postOrder).toHaveLength(n);
    expect(order.postOrder[0]).toBe(String(n - 1));
  });
});
