/**
 * Availability composed along a call graph. A component shared by two branches
 * (a diamond) is one failure, so it is counted once, not per path.
 *
 * The loader refuses synchronous call cycles, so a loaded system's graph is acyclic
 * and is composed once for all services, callees first (reverse call order): each
 * service's set of distinct dependencies is the union of its callees' sets, kept
 * as a bit set, and its weakest serial path extends the weakest of its callees'.
 * That is linear in services × components / 32 instead of one walk over everything
 * reachable per service. A graph given with a cycle (only possible through the
 * library) is composed per service, cutting each cycle where it closes.
 */
import { depthFirst } from '../model/graph-order.js';
import { check, downtimeMs, formatAvailability, formatDuration } from './availability.js';

export interface GraphService {
  name: string;
  /** The service's own availability (default 1: only its dependencies count). */
  availability?: number;
  /** Calls to other services; only `sync` ones (the default) are serial dependencies. */
  calls: ReadonlyArray<{ service: string; mode?: 'sync' | 'async' }>;
  /** Data stores it needs to answer, with their availability. */
  stores?: ReadonlyArray<{ name: string; availability: number }>;
}

export interface Component {
  name: string;
  kind: 'service' | 'store';
  availability: number;
}

export interface ServiceAvailability {
  service: string;
  own: number;
  /** own × every distinct component it needs synchronously, each counted once. */
  effective: number;
  /** The distinct services and stores it needs, with their own availability. */
  dependencies: Component[];
  /** The least available of the service itself and its dependencies. */
  weakest: Component;
  /** The chain of serial parts whose product is lowest, and that product. */
  weakestPath: { names: string[]; availability: number };
  /** A call cycle was met (and cut) while composing. */
  cyclic: boolean;
  explanation: string;
}

export interface CallGraphComposer {
  /** The composition of one service (undefined for an unknown name). */
  of(name: string): ServiceAvailability | undefined;
}

/** Effective availability of every service. */
export function composeCallGraph(services: readonly GraphService[]): Map<string, ServiceAvailability> {
  const composer = callGraphComposer(services);
  return new Map(services.map((s) => [s.name, composer.of(s.name)!]));
}

const own = (s: GraphService): number => s.availability ?? 1;

export function callGraphComposer(services: readonly GraphService[]): CallGraphComposer {
  for (const s of services) check([own(s), ...(s.stores ?? []).map((x) => x.availability)]);
  const byName = new Map(services.map((s) => [s.name, s]));
  const callees = new Map(
    services.map((s) => [s.name, s.calls.filter((c) => (c.mode ?? 'sync') === 'sync').map((c) => byName.get(c.service)).filter((c): c is GraphService => c !== undefined)]),
  );
  const order = depthFirst(byName.keys(), (name) => (callees.get(name) ?? []).map((c) => ({ to: c.name, edge: c })));
  const compose = order.backEdges.size === 0 ? acyclic(byName, callees, order.postOrder) : cyclic(byName, callees);
  const done = new Map<string, ServiceAvailability>();
  return {
    of(name) {
      const cached = done.get(name);
      if (cached) return cached;
      const service = byName.get(name);
      if (!service) return undefined;
      const result = compose(service);
      done.set(name, result);
      return result;
    },
  };
}

type Callees = Map<string, GraphService[]>;
type Compose = (root: GraphService) => ServiceAvailability;

function result(root: GraphService, effective: number, count: number, dependencies: () => Component[], weakest: Component, path: ServiceAvailability['weakestPath'], isCyclic: boolean): ServiceAvailability {
  let listed: Component[] | undefined;
  return {
    service: root.name, own: own(root), effective,
    // Listed on first use: the entry points of a large system each need thousands.
    get dependencies() { return (listed ??= dependencies()); },
    weakest, weakestPath: path, cyclic: isCyclic,
    explanation:
      `${root.name} needs ${count} other component(s) synchronously: ${formatAvailability(own(root))} own → ` +
      `${formatAvailability(effective)} effective (${formatDuration(downtimeMs(effective))} down per 30-day month); ` +
      `weakest serial path ${path.names.join(' → ')} = ${formatAvailability(path.availability)}`,
  };
}

/** The last of equally weak parts wins, as a scan in dependency order would pick it. */
const weaker = (a: Component, b: Component): Component => (b.availability <= a.availability ? b : a);

function acyclic(byName: Map<string, GraphService>, callees: Callees, postOrder: string[]): Compose {
  // Components: services first, then stores, each one bit.
  const components: Component[] = [...byName.values()].map((s) => ({ name: s.name, kind: 'service', availability: own(s) }));
  const index = new Map<string, number>(components.map((c, i) => [`service:${c.name}`, i]));
  for (const s of byName.values()) {
    for (const st of s.stores ?? []) {
      if (!index.has(`store:${st.name}`)) index.set(`store:${st.name}`, components.push({ name: st.name, kind: 'store', availability: st.availability }) - 1);
    }
  }
  const words = Math.ceil(components.length / 32);
  const bits = new Uint32Array(byName.size * words);
  const row = (i: number): Uint32Array => bits.subarray(i * words, (i + 1) * words);
  const set = (r: Uint32Array, bit: number): void => { r[bit >>> 5]! |= 1 << (bit & 31); };
  const slot = (kind: string, name: string): number => index.get(`${kind}:${name}`)!;
  const weakestOf = new Map<string, Component>();
  // The weakest serial path below each service: its product, and the next part.
  const path = new Map<string, { availability: number; next?: string; store?: string }>();
  for (const name of postOrder) {
    const s = byName.get(name)!;
    const mine = row(slot('service', name));
    let weakest: Component = components[slot('service', name)]!;
    let below: { availability: number; next?: string; store?: string } = { availability: 1 };
    for (const st of s.stores ?? []) {
      set(mine, slot('store', st.name));
      weakest = weaker(weakest, components[slot('store', st.name)]!);
      if (st.availability < below.availability) below = { availability: st.availability, store: st.name };
    }
    for (const c of callees.get(name) ?? []) {
      const theirs = row(slot('service', c.name));
      for (let w = 0; w < words; w++) mine[w]! |= theirs[w]!;
      set(mine, slot('service', c.name));
      weakest = weaker(weakest, weakestOf.get(c.name)!);
      const sub = path.get(c.name)!;
      if (sub.availability < below.availability) below = { availability: sub.availability, next: c.name };
    }
    weakestOf.set(name, weakest);
    path.set(name, { ...below, availability: own(s) * below.availability });
  }
  return (root) => {
    const mine = row(slot('service', root.name));
    const self = slot('service', root.name);
    const members = (): number[] => {
      const out: number[] = [];
      for (let w = 0; w < words; w++) {
        for (let word = mine[w]!; word !== 0; word &= word - 1) {
          const bit = w * 32 + (31 - Math.clz32(word & -word));
          if (bit !== self) out.push(bit);
        }
      }
      return out;
    };
    const found = members();
    const effective = found.reduce((p, bit) => p * components[bit]!.availability, own(root));
    const names = [root.name];
    let step = path.get(root.name)!;
    for (let next = step.next; next !== undefined; next = step.next) {
      names.push(next);
      step = path.get(next)!;
    }
    if (step.store !== undefined) names.push(step.store);
    return result(root, effective, found.length, () => members().map((bit) => components[bit]!), weakestOf.get(root.name)!, { names, availability: path.get(root.name)!.availability }, false);
  };
}

/** Per service: a walk over what it reaches, and a depth-first search for its weakest path that cuts cycles. */
function cyclic(byName: Map<string, GraphService>, callees: Callees): Compose {
  const syncCallees = (s: GraphService): GraphService[] => callees.get(s.name) ?? [];
  return (root) => {
    const deps = new Map<string, Component>();
    const stack = [root];
    const seen = new Set([root.name]);
    while (stack.length > 0) {
      const s = stack.pop()!;
      for (const store of s.stores ?? []) deps.set(`store:${store.name}`, { name: store.name, kind: 'store', availability: store.availability });
      for (const callee of syncCallees(s)) {
        if (seen.has(callee.name)) continue;
        seen.add(callee.name);
        deps.set(`service:${callee.name}`, { name: callee.name, kind: 'service', availability: own(callee) });
        stack.push(callee);
      }
    }
    let cycleSeen = false;
    const weakestFrom = (s: GraphService, onPath: Set<string>): { names: string[]; availability: number } => {
      onPath.add(s.name);
      let best: { names: string[]; availability: number } = { names: [], availability: 1 };
      for (const store of s.stores ?? []) if (store.availability < best.availability) best = { names: [store.name], availability: store.availability };
      for (const callee of syncCallees(s)) {
        if (onPath.has(callee.name)) { cycleSeen = true; continue; }
        const sub = weakestFrom(callee, onPath);
        if (sub.availability < best.availability) best = sub;
      }
      onPath.delete(s.name);
      return { names: [s.name, ...best.names], availability: own(s) * best.availability };
    };
    const path = weakestFrom(root, new Set());
    const dependencies = [...deps.values()];
    const effective = own(root) * dependencies.reduce((p, d) => p * d.availability, 1);
    const weakest = dependencies.reduce(weaker, { name: root.name, kind: 'service', availability: own(root) } as Component);
    return result(root, effective, dependencies.length, () => dependencies, weakest, path, cycleSeen);
  };
}
