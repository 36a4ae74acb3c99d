// `digest summarize --merge`: reads every input first (a merged summary needs them all), then
// writes one summary of the story. JSON and NDJSON still carry each article's own digest under
// `articles`, with the merged summary under `merged`; text and Markdown show only the merged one.

import type { Digest, Problem, SummarizeOptions } from '../model.js';
import { digestArticle } from '../summarize/digest.js';
import { mergeSummaries } from '../summarize/merge.js';
import { digestJson } from '../render/article-json.js';
import { digestMarkdown, digestText } from '../render/digest-text.js';
import { mergedJson, mergedMarkdown, mergedText } from '../render/merged.js';
import { renderItem, streamRenderer, type RunInfo } from '../render/stream.js';
import type { Io } from './io.js';
import type { CommonOptions } from './options.js';
import { loadAllArticles, loadInputs, renderContext, reportProblem } from './run-articles.js';
import { EXIT_ERROR, EXIT_OK } from './errors.js';

export async function runMerged(
  io: Io, paths: readonly string[], common: CommonOptions, info: RunInfo, options: SummarizeOptions, explain: boolean,
): Promise<number> {
  const resolved = await loadInputs(io, paths, common);
  const problems: Problem[] = [...resolved.problems];
  for (const p of resolved.problems) reportProblem(io, p, common.quiet);
  const articles = await loadAllArticles(io, resolved.inputs, common, problems);
  const digests: Digest[] = articles.map((article) => digestArticle(article, options));
  const merged = mergeSummaries(articles, options, digests.map((d) => ({ quotes: d.quotes, figures: d.figures })));
  const ctx = renderContext(io, common);
  const views = { json: digestJson, text: (d: Digest) => digestText(d, ctx, explain), markdown: digestMarkdown, noun: 'article' };
  const renderer = streamRenderer(common.format, info, views, ctx);
  const totals = { items: digests.length, problems, sections: { merged: mergedJson(merged) } };
  let out = renderer.start();
  if (common.format === 'json' || common.format === 'ndjson') digests.forEach((d, i) => { out += renderItem(renderer, d, i); });
  else if (digests.length > 0) out += common.format === 'text' ? mergedText(merged, ctx, explain) : mergedMarkdown(merged);
  await io.stdout(out + renderer.end(totals));
  return problems.some((p) => p.severity === 'error') ? EXIT_ERROR : EXIT_OK;
}
