import type { Article } from '../model.js';
import type { ItemViews, RunInfo } from '../render/stream.js';

/**
 * A per-article command's work: compute a result from an article, and how to show it.
 * Options must be plain data: with --jobs they are sent to worker threads.
 */
export interface Pipeline<T, O> {
  info: Omit<RunInfo, 'toolVersion'>;
  compute(article: Article, options: O): T;
  views(options: O): ItemViews<T>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyPipeline = Pipeline<any, any>;

/** Every per-article pipeline by name, loaded lazily (in the main thread and in workers alike). */
export const PIPELINES: Record<string, () => Promise<AnyPipeline>> = {
  summarize: async () => (await import('./pipelines/summarize.js')).summarizePipeline,
  figures: async () => (await import('./pipelines/figures.js')).figuresPipeline,
  quotes: async () => (await import('./pipelines/quotes.js')).quotesPipeline,
  'story-profile': async () => (await import('./pipelines/story-profile.js')).storyProfilePipeline,
};

export async function loadPipeline(name: string): Promise<AnyPipeline> {
  const load = PIPELINES[name];
  if (!load) throw new Error(`unknown pipeline ${name}`);
  return load();
}
