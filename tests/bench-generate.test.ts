/** The benchmark's synthetic corpus (scripts/bench/generate.mjs): valid, varied, deterministic. */
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { checkPlanFile, generateCorpus, planSpecs, PROVINCES } from '../scripts/bench/generate.mjs';

const corpus = generateCorpus({ plans: 60, seed: 7 });
const plans = corpus.map((file) => checkPlanFile(file.name, file.text));

describe('synthetic corpus for the benchmark', () => {
  it('is the same for the same seed and different for another', () => {
    expect(generateCorpus({ plans: 5, seed: 7 }).map((f) => f.text)).toEqual(corpus.slice(0, 5).map((f) => f.text));
    expect(generateCorpus({ plans: 5, seed: 8 }).map((f) => f.text)).not.toEqual(corpus.slice(0, 5).map((f) => f.text));
  });

  it('names 1,000 plans with distinct slugs in the content format, spread over the provinces', () => {
    const specs = planSpecs(1000, 2026);
    expect(new Set(specs.map((s) => s.slug)).size).toBe(1000);
    for (const spec of specs) {
      expect(spec.slug).toMatch(spec.kind === 'hang-nam' ? /^[a-z-]+-\d{4}$/ : /^[a-z-]+-\d{4}-\d{4}$/);
      expect(PROVINCES).toContain(spec.province);
    }
    expect(new Set(specs.map((s) => s.province)).size).toBe(PROVINCES.length);
  });

  it('averages about 25 tasks a plan (1,000 plans ≈ 25,000 tasks)', () => {
    const mean = plans.reduce((sum, plan) => sum + plan.tasks.length, 0) / plans.length;
    expect(mean).toBeGreaterThan(21);
    expect(mean).toBeLessThan(29);
  });

  it('uses every kind of time expression, and lettered and grouped task numbers', () => {
    const kinds = new Set(plans.flatMap((plan) => plan.tasks.map((task) => task.timing.kind)));
    expect([...kinds].sort()).toEqual(['deadline', 'ongoing', 'recurring', 'unspecified', 'window']);
    const refs = plans.flatMap((plan) => plan.tasks.map((task) => task.ref));
    expect(refs.some((ref) => /^\d+\.[a-zđ]$/.test(ref))).toBe(true);
    expect(refs.some((ref) => /^\d+\.\d+\.[a-zđ]$/.test(ref))).toBe(true);
  });

  it('moves the real wordings to the plan’s own province', () => {
    for (const [i, plan] of plans.entries()) {
      const others = ['Tây Ninh', 'Hưng Yên', 'Kon Tum', 'Quảng Ngãi'].filter((p) => p !== plan.plan.province);
      const text = corpus[i]!.text;
      for (const other of others) expect(text.includes(other), `${corpus[i]!.name} mentions ${other}`).toBe(false);
    }
  });

  it('links an annual plan to the period plan of its province that it carries out', () => {
    const byNumber = new Map(plans.map((plan) => [plan.plan.number, plan]));
    const linked = plans
      .filter((plan) => plan.plan.kind === 'hang-nam')
      .map((plan) => {
        const parent = byNumber.get(plan.plan.legalBases.find((b) => b.relation === 'implements')?.number ?? '');
        return { plan, parent };
      });
    for (const { plan, parent } of linked.filter((l) => l.parent)) {
      expect(parent!.plan.province).toBe(plan.plan.province);
      expect(parent!.plan.period.start).toBeLessThanOrEqual(plan.plan.period.start);
      expect(parent!.plan.period.end).toBeGreaterThanOrEqual(plan.plan.period.start);
    }
    expect(linked.some((l) => l.parent)).toBe(true);
  });

  it('writes frontmatter that js-yaml reads back as written', () => {
    const raw = yaml.load(/^---\n([\s\S]*?)\n---\n/.exec(corpus[0]!.text)![1]!) as { tasks: unknown[] };
    expect(raw.tasks).toHaveLength(plans[0]!.tasks.length);
  });
});
