// The formats `digest check` can print. A new format is one file and one line here.
import type { RenderContext } from './style.js';
import type { CheckReport } from './check-report.js';
import { renderStylish } from './check-stylish.js';
import { renderJson, renderNdjson } from './check-json.js';
import { renderGithub } from './check-github.js';
import { renderJunit } from './check-junit.js';

const CHECK_RENDERERS = {
  stylish: renderStylish,
  text: renderStylish,
  json: renderJson,
  ndjson: renderNdjson,
  github: renderGithub,
  junit: renderJunit,
} satisfies Record<string, (report: CheckReport, ctx: RenderContext) => string>;

export type CheckFormat = keyof typeof CHECK_RENDERERS;
export const CHECK_FORMATS = Object.keys(CHECK_RENDERERS) as CheckFormat[];

/** Only stylish (alias text) is ever colored. */
export function renderCheck(format: CheckFormat, report: CheckReport, ctx: RenderContext): string {
  return CHECK_RENDERERS[format](report, { ...ctx, color: ctx.color && (format === 'stylish' || format === 'text') });
}
