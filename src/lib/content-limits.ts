/**
 * The limits a plan file (content/plans/<slug>.mdx) must keep, so that a mistake (a whole PDF
 * pasted into a title, a YAML alias bomb) stops the build with a clear message instead of
 * publishing a page or a data file of tens of megabytes. content/README.md lists them.
 */

/** Bytes of a whole plan file, frontmatter and full text (the largest real plan is about 80 kB). */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Characters of a plan's title (plan.title): it names the plan in every list and page title. */
export const MAX_PLAN_TITLE = 300;

/** Characters of any other title (tasks, sections, groups, legal bases, sources): the longest real task title is about 950. */
export const MAX_TITLE = 2000;

/**
 * Values the YAML aliases (`*name`) of a frontmatter may repeat in all: plans need none, a few are
 * fine; an alias bomb (aliases of aliases, each level multiplying the last) stops at once.
 */
export const MAX_ALIAS_NODES = 1000;
