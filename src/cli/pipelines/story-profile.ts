// The per-article half of `digest stories`, run in worker threads with --jobs: read, parse and
// profile an article; only the compact profile and a few header fields go back, never the text.
import type { StoryArticle } from '../../model.js';
import { profileArticle, type ArticleProfile } from '../../compare/profile.js';
import { StemCache } from '../../text/tokens.js';
import type { Pipeline } from '../pipeline.js';

export interface ProfiledArticle {
  meta: Omit<StoryArticle, 'score'>;
  profile: ArticleProfile;
}

/**
 * One per thread, for the whole run: every article stems the same common words again. Bounded
 * (StemCache's limit), and it holds stems only, so a long-lived thread cannot leak articles.
 */
const stems = new StemCache();

export const storyProfilePipeline: Pipeline<ProfiledArticle, null> = {
  info: { command: 'stories', itemsKey: 'profiles', itemType: 'profile' },
  compute: (article) => ({
    meta: { file: article.file, headline: article.headline, source: article.source, date: article.date },
    profile: profileArticle(article, stems.stem),
  }),
  views: () => ({
    json: (item) => ({ meta: item.meta, profile: item.profile }),
    text: (item) => JSON.stringify(item),
    markdown: (item) => JSON.stringify(item),
    noun: 'profile',
  }),
};
