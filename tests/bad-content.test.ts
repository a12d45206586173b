/**
 * A broken content file stops the build with a message that names the file and the field.
 * Each case breaks one thing in a copy of a real plan and runs a real `astro build`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLANS_DIR } from './helpers/content.ts';
import { buildWithContent } from './helpers/fixture-site.ts';

const FILE = 'quang-ngai-2024.mdx';
const good = readFileSync(join(PLANS_DIR, FILE), 'utf8');

/** Replace exactly one occurrence, so that a case cannot silently test nothing. */
function breakOnce(text: string, from: string | RegExp, to: string): string {
  const matches = text.match(
    typeof from === 'string' ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(from, 'g'),
  );
  expect(matches?.length ?? 0, `"${from}" phải xuất hiện trong tệp mẫu`).toBeGreaterThan(0);
  return text.replace(from, to);
}

describe('a broken content file stops the build', { timeout: 200_000 }, () => {
  it('builds the unbroken plan (the control case)', () => {
    const result = buildWithContent({ [FILE]: good });
    expect(result.output).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  it.each([
    {
      name: 'invalid YAML',
      text: () => breakOnce(good, 'kind: hang-nam', 'kind: [hang-nam'),
      expect: [/quang-ngai-2024/, /YAML|yaml/],
    },
    {
      name: 'missing frontmatter',
      text: () => good.replace(/^---\n[\s\S]*?\n---\n/, ''),
      expect: [/quang-ngai-2024/, /plan/],
    },
    {
      name: 'an unknown agency',
      text: () => breakOnce(good, '- Ban Tuyên giáo Tỉnh ủy\n', '- Sở Không Có Thật\n'),
      expect: [/quang-ngai-2024/, /tasks\.0\.partners\.0/, /Sở Không Có Thật/, /nhiệm vụ 1\.a/],
    },
    {
      name: 'a malformed timing',
      text: () => breakOnce(good, 'raw: Quý II/2024', 'raw: Quý V/2024'),
      expect: [/quang-ngai-2024/, /tasks\.\d+\.timing\.raw/, /Quý V\/2024/],
    },
    {
      name: 'a duplicate task ref',
      text: () => breakOnce(good, 'ref: "1.b"', 'ref: "1.a"'),
      expect: [/quang-ngai-2024/, /tasks\.1\.ref/, /1\.a/],
    },
    {
      name: 'an unclosed tag in the MDX body',
      text: () => breakOnce(good, '<Task id="quang-ngai-2024/2.a">', '<Task id="quang-ngai-2024/2.a">\n<div>'),
      expect: [/quang-ngai-2024\.mdx/, /div/],
    },
    {
      name: 'a <script> tag in the MDX body (the body is text: src/integrations/safe-mdx.ts)',
      text: () =>
        breakOnce(
          good,
          '<Task id="quang-ngai-2024/2.a">',
          '<script>alert(1)</script>\n\n<Task id="quang-ngai-2024/2.a">',
        ),
      expect: [/quang-ngai-2024\.mdx/, /thẻ <script>/, /&lt;/],
    },
    {
      name: 'a <Task> wrapper whose task is not in the frontmatter',
      text: () => breakOnce(good, '<Task id="quang-ngai-2024/2.a">', '<Task id="quang-ngai-2024/9.z">'),
      expect: [/quang-ngai-2024\.mdx/, /9\.z/],
    },
  ])('$name', ({ text, expect: patterns }) => {
    const result = buildWithContent({ [FILE]: text() });
    expect(result.status, result.output).not.toBe(0);
    for (const pattern of patterns) expect(result.output).toMatch(pattern);
  });
});
