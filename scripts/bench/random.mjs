/**
 * A small seeded random source (mulberry32), so that a synthetic corpus is the same on every
 * machine and every run for the same seed.
 */

/** A random source for `seed`: floats, integers, picks, samples and shuffles. */
export function createRandom(seed) {
  let state = Number(seed) >>> 0 || 1;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const chance = (p) => next() < p;
  const shuffle = (items) => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  /** `count` distinct items (or all of them when there are fewer). */
  const sample = (items, count) => shuffle(items).slice(0, Math.max(0, count));
  return { next, int, pick, chance, shuffle, sample };
}

/** A seed derived from a base seed and a label, so that each plan has its own stream. */
export function deriveSeed(seed, label) {
  let hash = 2166136261 ^ (Number(seed) >>> 0);
  for (const char of String(label)) {
    hash ^= char.codePointAt(0);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash >>> 0;
}
