// A small seeded generator, so the same data_seed gives the same data on every backend
// (the data is made in plain JavaScript, never by a backend's random ops).
export interface Random {
  uniform(): number;
  normal(): number;
  int(below: number): number;
  /** Where the sequence stands: `seededRandom(seed, state)` goes on from here. */
  state(): number;
}

export function seededRandom(seed: number, resumeAt?: number): Random {
  let state = resumeAt ?? (seed >>> 0 || 0x9e3779b9);
  const uniform = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    uniform,
    normal: () => {
      const u = Math.max(uniform(), Number.MIN_VALUE);
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
    },
    int: (below) => Math.floor(uniform() * below),
    state: () => state,
  };
}
