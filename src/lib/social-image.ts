/**
 * The pictures a shared link shows (Open Graph / Twitter cards, 1200 × 630 PNG), drawn at build
 * time with no outside service: a card is a small tree of boxes and text (satori lays it out and
 * turns the text into paths, with the Latin and Vietnamese subsets of Noto Sans from
 * @fontsource/noto-sans), then resvg paints it to PNG. One card for each plan, one for each
 * province with plans, one for the site. The cards say what the page says: no figure of their own.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { shortTitle, themeCoverage } from './matrix.ts';
import { PLAN_KINDS } from './plan-kinds.ts';
import { formatDate, periodLabel, type PlanEntry } from './plans.ts';
import { SOCIAL_CARD } from './site.ts';

const CARD = SOCIAL_CARD;

const COLOURS = { bg: '#fbfaf7', text: '#1d1f21', muted: '#4f5558', accent: '#0b5d57', soft: '#e0f0ed' };

/** What a card shows: a kicker line, a title, a few facts, chips (themes), the site's name and host. */
export interface CardContent {
  kicker: string;
  title: string;
  facts: string[];
  chips?: string[];
  site: string;
  host: string;
}

/** A satori element: the subset of React's shape that satori reads. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string };
}

const el = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']) => ({
  type,
  props: { style, children },
});

/** The card's layout as a tree of boxes (what satori lays out). */
export function cardTree(content: CardContent): CardNode {
  const inner = CARD.width - 2 * 64 - 16;
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      boxSizing: 'border-box',
      width: CARD.width,
      height: CARD.height,
      padding: '52px 64px',
      background: COLOURS.bg,
      borderLeft: `16px solid ${COLOURS.accent}`,
      fontFamily: 'Noto Sans Vietnamese, Noto Sans Latin',
      color: COLOURS.text,
    },
    [
      el('div', { display: 'flex', justifyContent: 'space-between', width: inner, fontSize: 30 }, [
        el('div', { fontWeight: 700, color: COLOURS.accent }, content.site),
        el('div', { color: COLOURS.muted }, content.host),
      ]),
      el('div', { display: 'flex', flexDirection: 'column', width: inner }, [
        el('div', { fontSize: 30, color: COLOURS.muted, marginBottom: 14 }, content.kicker),
        el('div', { fontSize: content.title.length > 90 ? 46 : 56, fontWeight: 700, lineHeight: 1.2 }, content.title),
      ]),
      el('div', { display: 'flex', flexDirection: 'column', width: inner }, [
        el('div', { fontSize: 30, color: COLOURS.text }, content.facts.join(' · ')),
        el(
          'div',
          { display: 'flex', flexWrap: 'wrap', marginTop: content.chips?.length ? 18 : 0 },
          (content.chips ?? []).map((chip) =>
            el(
              'div',
              {
                fontSize: 24,
                background: COLOURS.soft,
                color: COLOURS.accent,
                borderRadius: 999,
                padding: '4px 18px',
                marginRight: 12,
                marginBottom: 8,
              },
              chip,
            ),
          ),
        ),
      ]),
    ],
  );
}

const require = createRequire(import.meta.url);
/** Static Noto Sans (satori reads WOFF, not WOFF2 nor variable fonts), the two subsets the site uses. */
function fonts() {
  const file = (subset: string, weight: number) =>
    readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`));
  return (['latin', 'vietnamese'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      // Two family names, so that satori falls back glyph by glyph from one subset to the other.
      name: `Noto Sans ${subset === 'latin' ? 'Latin' : 'Vietnamese'}`,
      data: file(subset, weight),
      weight,
      style: 'normal' as const,
    })),
  );
}
let loaded: ReturnType<typeof fonts> | undefined;

/** The card as a PNG file. */
export async function renderCard(content: CardContent): Promise<Uint8Array<ArrayBuffer>> {
  loaded ??= fonts();
  const svg = await satori(cardTree(content) as Parameters<typeof satori>[0], { ...CARD, fonts: loaded });
  // satori has turned every glyph into a path: resvg needs no fonts, and scanning the system's
  // fonts for each card would cost more than drawing it.
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: CARD.width }, font: { loadSystemFonts: false } });
  return new Uint8Array(resvg.render().asPng());
}

// ---- What each card says ----

/** Where a card is shown: the site's name and the host of its address ("kehoachmo.vn"). */
export interface CardSite {
  name: string;
  host: string;
}

const themeChips = (entries: readonly PlanEntry[], count = 3) =>
  themeCoverage(entries)
    .filter((theme) => theme.tasks > 0)
    .sort((a, b) => b.tasks - a.tasks)
    .slice(0, count)
    .map((theme) => theme.label);

/** A plan's card: kind, province and period; its title; number, date and tasks; its main themes. */
export function planCard(entry: PlanEntry, site: CardSite): CardContent {
  const { plan, tasks } = entry.data;
  return {
    kicker: `${PLAN_KINDS.label(plan.kind)} · ${plan.province} · ${periodLabel(plan)}`,
    title: shortTitle(plan.title, 120),
    facts: [
      plan.number ? `Số ${plan.number}` : 'Không số',
      plan.issued ? `ban hành ${formatDate(plan.issued)}` : 'không rõ ngày ban hành',
      `${tasks.length} nhiệm vụ`,
    ],
    chips: themeChips([entry], 2),
    site: site.name,
    host: site.host,
  };
}

/** A province's card: its plans and tasks, the plans by kind and period. */
export function provinceCard(province: string, entries: readonly PlanEntry[], site: CardSite): CardContent {
  return {
    kicker: 'Kế hoạch hỗ trợ khởi nghiệp đổi mới sáng tạo',
    title: `Tỉnh ${province}`,
    facts: [`${entries.length} kế hoạch`, `${entries.reduce((sum, e) => sum + e.data.tasks.length, 0)} nhiệm vụ`],
    chips: entries.map((e) => `${PLAN_KINDS.label(e.data.plan.kind)} ${periodLabel(e.data.plan)}`).slice(0, 4),
    site: site.name,
    host: site.host,
  };
}

/** The site's card: what it holds. */
export function siteCard(entries: readonly PlanEntry[], tagline: string, site: CardSite): CardContent {
  const provinces = [...new Set(entries.map((e) => e.data.plan.province))];
  return {
    kicker: 'Dữ liệu mở',
    title: tagline,
    facts: [
      `${entries.length} kế hoạch`,
      `${provinces.length} tỉnh`,
      `${entries.reduce((sum, e) => sum + e.data.tasks.length, 0)} nhiệm vụ`,
    ],
    chips: provinces.slice(0, 5),
    site: site.name,
    host: site.host,
  };
}
