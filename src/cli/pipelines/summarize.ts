import type { Digest, SummarizeOptions } from '../../model.js';
import { digestArticle } from '../../summarize/digest.js';
import { digestJson } from '../../render/article-json.js';
import { digestMarkdown, digestText } from '../../render/digest-text.js';
import type { Pipeline } from '../pipeline.js';

export interface SummarizePipelineOptions extends SummarizeOptions {
  explain: boolean;
}

export const summarizePipeline: Pipeline<Digest, SummarizePipelineOptions> = {
  info: { command: 'summarize', itemsKey: 'articles', itemType: 'article' },
  compute: (article, options) => digestArticle(article, options),
  views: (options) => ({
    json: digestJson,
    text: (digest, ctx) => digestText(digest, ctx, options.explain),
    markdown: digestMarkdown,
    noun: 'article',
  }),
};
